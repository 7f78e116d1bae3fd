"""The build engine: runs stages (waves, pools), the content-addressed store, the run log."""
