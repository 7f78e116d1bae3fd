"""Media helpers: fonts and overlays, audio and video — pure helpers under the stages."""
