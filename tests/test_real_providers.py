"""Done-when of real providers: a project on an OpenAI-compatible endpoint builds end to
end against a loopback server — text, panels with reference sheets, voices — into the
same kinds of files as the offline default, and a second build redoes nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pysubs2
import pytest

from microdrama.cli import main
from microdrama.media.label import verify_aigc
from microdrama.media.video import probe, read_metadata
from tests.conftest import EPISODE_EN, copy_project, project_template, write_user_config
from tests.providers.fake_openai import Behaviour, FakeOpenAI, ImageBehaviour, SpeechBehaviour
from tests.providers.fake_writer import FakeWriter

KEY = "sk-fake-end-to-end-9876543210"


def test_a_project_on_an_openai_compatible_endpoint_builds_end_to_end(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_KEY", KEY)
    root = tmp_path / "drama"
    with FakeOpenAI() as fake:
        fake.standing("chat", Behaviour("ok", responder=FakeWriter(), usage=(800, 400), times=None))
        fake.standing("images", ImageBehaviour("image", times=None))
        fake.standing("speech", SpeechBehaviour("speech", ms_per_char=45, times=None))
        assert main(["new", str(root), "--idea", "a maid's daughter is the real heiress",
                     "--lang", "en", "--episodes", "1", "--seconds", "30"]) == 0
        toml = (root / "drama.toml").read_text()
        for capability, model in (("writer", "fake-chat"), ("storyboarder", "fake-chat"),
                                  ("painter", "fake-image"), ("speech", "fake-tts")):
            toml = toml.replace(f'{capability} = "offline"',
                                f'{capability} = "openai-compat:fake/{model}"')
        toml += """
[providers.openai-compat]
voice_list = { female = ["v-low", "v-high"], male = ["v-deep", "v-bright"] }
max_attempts = 3

[vendors.fake.prices]
"fake-chat" = { input = 1.0, output = 2.0 }
"fake-image" = { per_image = 0.04 }
"fake-tts" = { per_million_chars = 15.0 }
"""
        (root / "drama.toml").write_text(toml)
        write_user_config(f"""
[vendors.fake]
base_url = "{fake.base_url}"
key_env = "FAKE_KEY"
structured_output = "json_schema"
""")
        capsys.readouterr()
        # Before anything exists, the dry run estimates every paid stage and sends nothing.
        assert main(["build", str(root), "--dry-run", "--json"]) == 0
        estimate = {s["stage"]: s for s in json.loads(capsys.readouterr().out)["stages"]}
        assert all(estimate[s]["usd"] > 0 for s in ("bible", "script", "refsheet", "panel", "voice"))
        assert estimate["music"]["usd"] == 0 and not fake.requests
        assert main(["build", str(root)]) == 0
        asked = len(fake.requests)
        paths = {r.path for r in fake.requests}
        assert {"/v1/chat/completions", "/v1/images/generations", "/v1/images/edits",
                "/v1/audio/speech"} <= paths

        # The same kinds of files as the offline default.
        for name in ("series.yaml", "outline.yaml", "episodes/ep001.yaml",
                     "storyboards/ep001.yaml", "out/en/ep001.mp4", "out/en/ep001.srt",
                     "out/en/ep001.vtt", "out/en/ep001.ass", "out/en/ep001.cover.jpg",
                     "out/en/ep001.contact.png", "out/refs/lin-xia.png"):
            assert (root / name).is_file(), name
        info = probe(root / "out/en/ep001.mp4")
        assert (info.width, info.height, info.codec, info.audio_codec) == (1080, 1920, "h264", "aac")
        assert len(pysubs2.load(str(root / "out/en/ep001.srt"))) > 0
        verify_aigc(root / "out/en/ep001.mp4", read_metadata(root / "out/en/ep001.mp4")["AIGC"])

        # Cost per item, from the vendor's price table, for every paid stage.
        db = sqlite3.connect(root / ".microdrama/runlog.sqlite")
        costs = dict(db.execute(
            "SELECT stage, sum(cost_usd) FROM items GROUP BY stage").fetchall())
        unknown = db.execute("SELECT sum(cost_unknown) FROM items").fetchone()[0]
        db.close()
        assert all(costs[s] > 0 for s in ("bible", "outline", "script", "storyboard",
                                          "refsheet", "panel", "voice"))
        assert unknown == 0

        # Nothing finished is redone: no request, every item a cache hit.
        assert main(["build", str(root)]) == 0
        assert len(fake.requests) == asked
        db = sqlite3.connect(root / ".microdrama/runlog.sqlite")
        misses = db.execute("SELECT count(*) FROM items WHERE run_id = (SELECT max(id) FROM runs)"
                            " AND cache_hit = 0").fetchone()[0]
        db.close()
        assert misses == 0

        # The bare model ids name the same vendor and models: still nothing is redone.
        bare = (root / "drama.toml").read_text().replace("openai-compat:fake/", "openai-compat:")
        (root / "drama.toml").write_text(bare)
        assert main(["build", str(root)]) == 0
        assert len(fake.requests) == asked
    for path in root.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


def voice_project(tmp_path_factory: pytest.TempPathFactory, root: Path, fake: FakeOpenAI
                  ) -> None:
    """A one-episode project whose voices come from the fake vendor (two voices): a copy of
    the session's built 30-s en episode, so its panels are fresh and a build reaches the
    voices at once (the speech provider is in the voices' keys only)."""
    copy_project(project_template(tmp_path_factory, EPISODE_EN, []), root)
    toml = (root / "drama.toml").read_text()
    assert 'speech = "offline"' in toml
    toml = toml.replace('speech = "offline"', 'speech = "openai-compat:fake/fake-tts"')
    (root / "drama.toml").write_text(toml + """
[providers.openai-compat]
voice_list = { female = ["v-low"], male = ["v-deep"] }
""")
    write_user_config(f'[vendors.fake]\nbase_url = "{fake.base_url}"\nkey_env = "FAKE_KEY"\n')


def test_a_provider_failure_on_a_parallel_stage_reaches_the_user_intact(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Voices run side by side: the vendor's error must come back as itself."""
    monkeypatch.setenv("FAKE_KEY", KEY)
    root = tmp_path / "drama"
    with FakeOpenAI() as fake:
        fake.standing("speech", Behaviour("error", status=400, message="no such voice 'v-low'",
                                          times=None))
        voice_project(tmp_path_factory, root, fake)
        capsys.readouterr()
        assert main(["build", str(root), "--until", "voice", "--jobs", "2"]) == 3  # a provider failed (its stage and item named)
        err = capsys.readouterr().err
        assert "no such voice 'v-low'" in err and "fake" in err and "400" in err
        assert "process" not in err.lower()


def test_a_voice_vendor_with_no_voices_stops_the_build_before_anything_is_paid(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_KEY", KEY)
    root = tmp_path / "drama"
    with FakeOpenAI() as fake:
        fake.standing("chat", Behaviour("ok", responder=FakeWriter(), times=None))
        assert main(["new", str(root), "--idea", "a maid's daughter is the real heiress",
                     "--lang", "en", "--episodes", "1", "--seconds", "30"]) == 0
        toml = (root / "drama.toml").read_text()
        toml = toml.replace('writer = "offline"', 'writer = "openai-compat:fake/fake-chat"')
        toml = toml.replace('speech = "offline"', 'speech = "openai-compat:fake/fake-tts"')
        (root / "drama.toml").write_text(toml)
        write_user_config(f'[vendors.fake]\nbase_url = "{fake.base_url}"\nkey_env = "FAKE_KEY"\n')
        capsys.readouterr()
        assert main(["build", str(root)]) == 2
        err = capsys.readouterr().err
        assert "voice_list" in err and "Fix:" in err
        assert not fake.requests  # not one paid call before the build stopped
        assert not (root / "series.yaml").exists()


def test_a_refused_key_stops_the_sibling_items_at_once(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_KEY", KEY)
    root = tmp_path / "drama"
    with FakeOpenAI() as fake:
        fake.standing("speech", Behaviour("error", status=401, message="invalid api key",
                                          times=None))
        voice_project(tmp_path_factory, root, fake)
        assert main(["build", str(root), "--until", "storyboard"]) == 0
        lines = len(list((root / "episodes").glob("*.yaml")))
        capsys.readouterr()
        assert main(["build", str(root), "--until", "voice", "--jobs", "2"]) == 3  # a provider failed
        assert "invalid api key" in capsys.readouterr().err
        assert lines and len(fake.requests) <= 2  # the two in flight; none started after
