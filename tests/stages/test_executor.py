"""Where a stage's items run depends on its provider: remote services wait in threads."""

from __future__ import annotations

from pathlib import Path

from microdrama.engine.context import BuildContext
from microdrama.project.folder import Project
from microdrama.stages.music import MusicStage
from microdrama.stages.panel import PanelStage
from microdrama.stages.voice import VoiceStage
from tests.conftest import make_settings


def context(tmp_path: Path, **providers: str) -> BuildContext:
    settings = make_settings()
    settings = settings.model_copy(update={
        "providers": settings.providers.model_copy(update=providers)})
    return BuildContext(Project(root=tmp_path, settings=settings))


def test_offline_engines_keep_their_processes_remote_providers_run_in_threads(
        tmp_path: Path) -> None:
    offline = context(tmp_path)
    assert VoiceStage().executor_for(offline) == "process"
    assert PanelStage().executor_for(offline) == "process"
    remote = context(tmp_path, speech="openai-compat:openai/tts-1", painter="comfyui")
    assert VoiceStage().executor_for(remote) == "thread"
    assert PanelStage().executor_for(remote) == "thread"
    assert MusicStage().executor_for(remote) == "process"  # music stayed offline
