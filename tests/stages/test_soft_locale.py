"""A locale with soft subtitles (decision 0039): its episode is the series' textless
picture with the locale's dub and a subtitle track — no shot of its own is rendered — and
the dub is fitted into the series' shots without moving one."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import av
import numpy as np
import pysubs2
import pytest

from microdrama.cli import main
from microdrama.domain.timeline import LineTiming, ShotTiming, Timeline, fit_dub, frame_ms
from microdrama.domain.translation import LocaleTranslations, TranslationUnit
from microdrama.engine.context import BuildContext
from microdrama.media.ffmpeg import run_ffmpeg
from microdrama.media.video import frame_count, probe
from microdrama.project.folder import Project
from microdrama.project.translations import save_translations
from microdrama.stages.dubs import shares_picture
from microdrama.stages.segment import CleanStage, SegmentStage
from microdrama.stages.story import label_ms
from tests.conftest import EPISODE_EN, copy_project, project_template

SOFT = '\n[locales]\ntargets = ["qps-ploc"]\n\n[locales.style.qps-ploc]\nsubtitles = "soft"\n'


@pytest.fixture
def project(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A private copy of the session's built English episode."""
    return copy_project(project_template(tmp_path_factory, EPISODE_EN, []), tmp_path / "drama")


def packets(video: Path) -> list[bytes]:
    """The video stream's packets, in order."""
    with av.open(str(video)) as container:
        return [bytes(p) for p in container.demux(container.streams.video[0]) if p.size]


def last_frames(video: Path, count: int) -> list[np.ndarray[Any, Any]]:
    """The last ``count`` frames (luma), decoded from a keyframe before them."""
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        assert stream.duration is not None and stream.time_base is not None
        back = int((count / 30 + 1.5) / stream.time_base)
        container.seek(max(0, stream.duration - back), stream=stream)
        frames = [f.to_ndarray(format="gray") for f in container.decode(stream)]
    assert len(frames) >= count
    return frames[-count:]


def built(root: Path, *args: str) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["build", str(root), *args, "--json"]) == 0
    report: dict[str, Any] = json.loads(out.getvalue())
    return {s["stage"]: s for s in report["stages"]}


def test_a_soft_locale_is_the_series_textless_picture_with_its_dub_and_a_track(
        project: Path) -> None:
    """qps-ploc, then zh-Hant (a label of its own language) over an English series."""
    ctx = BuildContext(Project.open(project))
    worded = [item for item in SegmentStage().items(ctx)
              if SegmentStage().plan(ctx, item).payload["cues"]]
    assert worded and not any(SegmentStage().plan(ctx, item).siblings for item in worded)
    (project / "drama.toml").write_text((project / "drama.toml").read_text("utf-8") + SOFT,
                                        "utf-8")
    # Named in [locales] targets, the soft locale makes the series draw its clean shots with
    # its shots with words (one drawing, two encodes) from the series' first build on.
    ctx = BuildContext(Project.open(project))
    planned = SegmentStage().plan(ctx, worded[0])
    assert [(s.stage, s.item) for s in planned.siblings] == [("clean", worded[0])]
    assert planned.siblings[0].key == CleanStage().plan(ctx, worded[0]).key

    stages = built(project, "--locale", "qps-ploc")
    # No shot of the locale's own: the series' clean shots, rendered once, serve it.
    assert not [i for i in stages["segment"]["ran"] if i.startswith("qps-ploc/")]
    assert set(stages["clean"]["ran"]) == set(worded)
    assert {i for i in stages["clean"]["restored"] if i.startswith("qps-ploc/")} == {
        f"qps-ploc/{item}" for item in SegmentStage().items(ctx) if "/" not in item}

    series = json.loads((project / ".microdrama/work/timing/ep001.json").read_text())
    dub = json.loads((project / ".microdrama/work/timing/qps-ploc/ep001.json").read_text())
    assert [(s["shot"], s["start_ms"], s["end_ms"]) for s in dub["shots"][:-1]] == [
        (s["shot"], s["start_ms"], s["end_ms"]) for s in series["shots"][:-1]]
    assert dub["shots"][-1]["start_ms"] == series["shots"][-1]["start_ms"]
    fit = json.loads((project / ".microdrama/work/timing/qps-ploc/ep001.fit.json").read_text())
    assert fit["shared_picture"] and any(line["overrun_ms"] for line in fit["lines"])

    video, master = project / "out/qps-ploc/ep001.mp4", project / "out/qps-ploc/ep001.clean.mp4"
    series_master = project / "out/en/ep001.clean.mp4"
    info = probe(video)
    assert info.constant_frame_rate and info.frame_count == frame_count(dub["duration_ms"], 30)
    assert probe(master).frame_count == info.frame_count
    # The picture is the series' textless master, sample for sample; where the dub ends
    # after it, its last frame is held.
    shared = packets(series_master)
    assert packets(video)[:len(shared)] == shared == packets(master)[:len(shared)]
    held = info.frame_count - len(shared)
    assert held == frame_count(dub["duration_ms"], 30) - frame_count(series["duration_ms"], 30)
    assert held > 0  # the pseudo-locale's last line runs past the series' picture
    last, *holds = last_frames(video, held + 1)
    assert all(np.abs(h.astype(int) - last.astype(int)).mean() < 2 for h in holds)
    # The words are a text track in the locale's language, the SRT's cues exactly.
    with av.open(str(video)) as container:
        (track,) = container.streams.subtitles
        assert track.codec_context.name == "mov_text" and track.language == "qps"
    with av.open(str(master)) as container:
        assert not container.streams.subtitles
    extracted = project.parent / "track.srt"
    run_ffmpeg(["-y", "-i", str(video), "-map", "0:s:0", "-f", "srt", str(extracted)])
    sidecar = pysubs2.load(str(project / "out/qps-ploc/ep001.srt"))
    track_cues = pysubs2.load(str(extracted))
    assert [(e.start, e.end, e.plaintext) for e in track_cues] == [
        (e.start, e.end, e.plaintext) for e in sidecar]
    # Labelled and marked like every video (visible label in the picture, AIGC metadata).
    assert main(["verify", str(project / "out/qps-ploc")]) == 0
    assert main(["verify", str(series_master)]) == 0

    # A second build does nothing; the review names the lines that run long over the
    # shared picture with the way out.
    again = built(project, "--locale", "qps-ploc")
    assert not any(stage["ran"] for stage in again.values())
    assert main(["review", str(project), "--no-build"]) == 0
    review = json.loads((project / "out/review.json").read_text("utf-8"))
    fixes = [f["fix"] for e in review["episodes"] for f in e["findings"]
             if f["rule"] == "dub.overrun"]
    assert fixes and all('subtitles = "burned"' in fix for fix in fixes)

    # A locale whose label is in another language (zh-Hant's 'AI生成' over an English
    # series) renders the shots the label covers; every later shot is the series' own.
    loaded = Project.open(project)
    bible = loaded.load_bible()
    assert bible is not None
    lines = {line.id: line.text for n in loaded.episode_numbers_on_disk()
             for line in (loaded.load_episode(n, bible) or _none()).lines()}
    units = {i: TranslationUnit(source=t, target=f"她說：{n}", state="reviewed")
             for n, (i, t) in enumerate(lines.items())}
    save_translations(project, LocaleTranslations(locale="zh-Hant", units=units))
    (project / "drama.toml").write_text(
        (project / "drama.toml").read_text("utf-8")
        + '\n[locales.style.zh-Hant]\nsubtitles = "soft"\n', "utf-8")
    stages = built(project, "--locale", "zh-Hant")
    series = json.loads((project / ".microdrama/work/timing/ep001.json").read_text())
    labelled = {f"zh-Hant/{s['shot']}" for s in series["shots"] if s["start_ms"] < label_ms()}
    assert {i for i in stages["clean"]["ran"] if "/" in i} == labelled
    assert {i for i in stages["clean"]["restored"] if "/" in i} == {
        f"zh-Hant/{s['shot']}" for s in series["shots"]} - labelled
    video = project / "out/zh-Hant/ep001.mp4"
    with av.open(str(video)) as container:
        assert container.streams.subtitles[0].language == "zho"
    ours, theirs = packets(video), packets(project / "out/en/ep001.clean.mp4")
    after = frame_count(max(s["end_ms"] for s in series["shots"]
                            if f"zh-Hant/{s['shot']}" in labelled), 30)
    assert ours[:after] != theirs[:after] and ours[after:len(theirs)] == theirs[after:]
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["verify", str(project / "out/zh-Hant")]) == 0
    assert "AI生成" in out.getvalue()


def test_a_dub_over_a_shared_picture_moves_no_shot() -> None:
    source = Timeline(episode="ep001", duration_ms=6000, shots=[
        ShotTiming(shot="ep001-sh01", start_ms=0, end_ms=2000),
        ShotTiming(shot="ep001-sh02", start_ms=2000, end_ms=3000),
        ShotTiming(shot="ep001-sh03", start_ms=3000, end_ms=6000),
    ], lines=[
        LineTiming(line="l1", shot="ep001-sh01", start_ms=150, end_ms=1650),
        LineTiming(line="l2", shot="ep001-sh03", start_ms=3150, end_ms=5650),
    ])
    rules = {"max_tempo": 1.15, "min_gap_ms": 120, "min_tail_ms": 200}
    # l1 runs 1.15 s past its shot even at 1.15×: it goes on over the silent shot and
    # pushes l2, whose own overrun holds the last shot longer.
    timeline, overruns = fit_dub(source, {"l1": 3500, "l2": 3000}, keep_shots=True, **rules)
    assert [(s.start_ms, s.end_ms) for s in timeline.shots[:2]] == [(0, 2000), (2000, 3000)]
    l1, l2 = timeline.lines
    assert (l1.start_ms, l1.tempo) == (150, 1.15) and l1.end_ms == 150 + round(3500 / 1.15)
    assert l2.start_ms == l1.end_ms + 120 and l2.tempo == 1.15
    end = l2.end_ms + 200
    assert timeline.shots[2].start_ms == 3000
    assert timeline.shots[2].end_ms == frame_ms(-(-end * 30 // 1000), 30) >= end
    assert timeline.duration_ms == timeline.shots[2].end_ms and set(overruns) == {"l1", "l2"}
    # A dub that fits keeps the series' clock to the millisecond.
    same, over = fit_dub(source, {"l1": 1500, "l2": 2500}, keep_shots=True, **rules)
    assert same.shots == source.shots and not over
    # Without keep_shots the first shot grows instead, as a burned-in locale's does.
    moved, _ = fit_dub(source, {"l1": 3500, "l2": 3000}, **rules)
    assert moved.shots[0].end_ms > 2000 and moved.shots[1].start_ms > 2000


def _none() -> Any:
    raise AssertionError("an episode did not load")


def test_an_interactive_episode_keeps_its_own_picture_in_a_soft_locale(tmp_path: Path) -> None:
    """Its segments are for the player (no clean master, no track): a soft locale still
    renders its own shots with its words there."""
    root = tmp_path / "branching"
    assert main(["new", str(root), "--idea", "A courier must choose which sister to save "
                 "from a fire", "--lang", "en", "--episodes", "1", "--seconds", "30",
                 "--interactive"]) == 0
    assert main(["build", str(root), "--until", "storyboard"]) == 0
    (root / "drama.toml").write_text((root / "drama.toml").read_text("utf-8") + SOFT, "utf-8")
    ctx = BuildContext(Project.open(root), locales=("qps-ploc",))
    assert ctx.episode(1) is not None and ctx.episode(1).branching
    shots = [item for item in SegmentStage().items(ctx) if "/" not in item]
    assert shots and {f"qps-ploc/{item}" for item in shots} <= set(SegmentStage().items(ctx))
    assert CleanStage().items(ctx) == []
    assert not shares_picture(ctx, "qps-ploc", 1)
