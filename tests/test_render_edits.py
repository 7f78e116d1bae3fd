"""Editing a rendered project: a broken font or logo stops the build with its name and
keeps finished work, a user font and logo are used, and status says what a line edit will
rebuild, which the build then confirms by re-rendering only its shot. Real ffmpeg and
decoding, as test_render.py.

A file of its own so it runs beside test_render.py on another worker (scripts/test.sh);
its tests run in this order on one copy of the project."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from microdrama.cli import main
from microdrama.formats.yamlio import parse_yaml
from tests.conftest import EPISODE_ZH, build_through, copy_project, project_template


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built 30-s zh episode: this module's own copy of the session's template."""
    return copy_project(project_template(tmp_path_factory, EPISODE_ZH, []),
                        tmp_path_factory.mktemp("render") / "drama")


@pytest.mark.parametrize(("name", "words"), [("fonts/broken.ttf", "cannot read the font"),
                                             ("logo.png", "cannot read the image")])
def test_an_unreadable_asset_stops_with_its_name_and_keeps_finished_work(
        rendered: Path, capsys: pytest.CaptureFixture[str], name: str, words: str) -> None:
    bad = rendered / "assets" / name
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"not really a font or an image")
    try:
        segments = sorted((rendered / ".microdrama/work/segments/ep001").glob("*.mp4"))
        capsys.readouterr()
        assert main(["build", str(rendered), "--force", "segment", "--force", "sheet"]) == 2
        err = capsys.readouterr().err
        assert str(bad) in err and words in err and "Fix:" in err
        assert sorted((rendered / ".microdrama/work/segments/ep001").glob("*.mp4")) == segments
        assert (rendered / "out/zh/ep001.mp4").is_file()
    finally:
        bad.unlink()


def test_a_user_font_and_logo_are_used(rendered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The font is in every segment's key and a segment with words renders with it; the
    logo is on the cover. One segment is rendered (its work item, planned and run as a
    build would), not every shot again: the keys say that all of them would be."""
    from PIL import Image

    from microdrama.media.fonts import cjk_font_path
    from microdrama.media.video import probe

    fonts = rendered / "assets/fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    (fonts / "house.ttc").write_bytes(cjk_font_path().read_bytes())
    Image.new("RGBA", (200, 100), (255, 0, 0, 255)).save(rendered / "assets/logo.png")
    cover = rendered / "out/zh/ep001.cover.jpg"
    before = cover.read_bytes()
    try:
        build_through(rendered, "sheet")  # the cover: sheet and what it reads (not segments)
        assert cover.read_bytes() != before  # the font and the logo are in its key
        with Image.open(cover) as image:
            red = np.array(image.convert("RGB"))[60:240, 600:910]
        assert ((red[:, :, 0] > 200) & (red[:, :, 1] < 60)).sum() > 1000  # the logo, top right
        capsys.readouterr()
        assert main(["status", str(rendered), "--json"]) == 0
        states = {item: state for item, state in (
            (i["item"], i["state"]) for i in json.loads(capsys.readouterr().out)
            if i["stage"] == "segment")}
        assert states and set(states.values()) == {"stale"}  # the font is in their keys
        video = _render_segment(rendered, sorted(states))
        info = probe(video)
        assert (info.width, info.height, info.codec) == (1080, 1920, "h264")
    finally:
        (fonts / "house.ttc").unlink()
        (rendered / "assets/logo.png").unlink()
    # Without them the keys are the old ones again: the old cover comes back, all is fresh.
    build_through(rendered, "sheet")
    assert cover.read_bytes() == before
    capsys.readouterr()
    assert main(["status", str(rendered), "--json"]) == 0
    assert {i["state"] for i in json.loads(capsys.readouterr().out)
            if i["stage"] not in ("script", "storyboard")} == {"fresh"}


def _render_segment(root: Path, items: list[str]) -> Path:
    """Render the first of ``items`` that burns in words, as a build would: planned, its
    inputs from the store."""
    from microdrama.engine.context import BuildContext
    from microdrama.engine.store import Store, with_inputs
    from microdrama.project.folder import Project
    from microdrama.stages import pipeline

    project = Project.open(root)
    ctx = BuildContext(project)
    [stage] = [s for s in pipeline() if s.name == "segment"]
    work = next(w for w in map(lambda item: stage.plan(ctx, item), items) if w.payload["cues"])
    assert "font" in work.inputs  # the words are drawn in the user's font
    produced = stage.run(with_inputs(work, Store(project.cache_dir / "store"), ctx.sources))
    video = root / "segment.mp4"
    video.write_bytes(produced.blobs["segment"])
    return video


def test_a_line_edit_shows_in_status_then_re_renders_only_its_shot(
        rendered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Status says what a line edit will rebuild; the build then redoes only the line's
    voice, its shot and the episode, and status says all is fresh."""
    script = rendered / "episodes/ep001.yaml"
    text = script.read_text("utf-8")
    line = parse_yaml(text, script)["scenes"][0]["beats"][1]["lines"][0]
    script.write_text(text.replace(line["text"], line["text"].rstrip("。！？") + "！", 1), "utf-8")
    capsys.readouterr()
    assert main(["status", str(rendered), "--json"]) == 0
    states = {(i["stage"], i["item"]): i["state"] for i in json.loads(capsys.readouterr().out)}
    assert states[("voice", line["id"])] == "stale"
    assert states[("script", "ep001")] == "edited"
    assert states[("subtitles", "ep001")] == "stale"
    for stage in ("timing", "mix", "episode"):
        assert states[(stage, "ep001")] in ("stale", "pending"), stage
    segments = {state for (stage, _), state in states.items() if stage == "segment"}
    assert segments == {"pending"}  # which shot changes is known once timing reruns
    assert states[("sheet", "ep001")] == "fresh"  # panels do not depend on dialogue

    assert main(["build", str(rendered), "--json"]) == 0
    report = {s["stage"]: s["ran"] for s in json.loads(capsys.readouterr().out)["stages"]}
    assert report["voice"] == [line["id"]]
    assert len(report["segment"]) == 1
    assert report["panel"] == [] and report["music"] in ([], ["ep001-sc01"])
    assert report["episode"] == ["ep001"]
    assert main(["status", str(rendered), "--json"]) == 0
    after = {i["state"] for i in json.loads(capsys.readouterr().out)
             if i["stage"] not in ("script", "storyboard")}
    assert after == {"fresh"}
