"""Building a locale: translations keyed by line id (people's, pseudo, or a model's through
a loopback OpenAI-compatible server that drops and merges lines), dubs fitted into the
series' shots, subtitles within the locale's profile, and an Arabic episode whose frames
show shaped, right-to-left glyphs, not boxes — built in one go right after a storyboard cut
that leaves a scene without shots, which the dub is timed on."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageFont, features

import microdrama
from microdrama.cli import main
from microdrama.domain.translation import LocaleTranslations, TranslationUnit
from microdrama.engine.context import BuildContext
from microdrama.engine.store import Store
from microdrama.formats.locales import locale_facts
from microdrama.formats.subtitle_profiles import load_profile
from microdrama.formats.subtitles import Cue, check_cues
from microdrama.hashing import content_hash
from microdrama.media.audio import audio_rules
from microdrama.media.fonts import cjk_font_path, system_font_path
from microdrama.media.video import probe
from microdrama.project.folder import Project
from microdrama.project.translations import save_translations
from microdrama.stages.segment import CleanStage, SegmentStage
from tests.conftest import (
    EPISODE_EN,
    build_through,
    copy_project,
    isolated_config,
    project_template,
    write_user_config,
)
from tests.frames import frame_at
from tests.providers.fake_openai import FakeOpenAI

IDEA = "A maid's daughter humiliated at an engagement party is the real heiress switched at birth."
KEY = "sk-test-translator"
ARABIC = ["مرحبا", "أين كنت", "لن أسامحك", "هذا بيتي", "اخرجي الآن", "أنا الوريثة"]


def series_lines(root: Path) -> dict[str, str]:
    loaded = Project.open(root)
    bible = loaded.load_bible()
    assert bible is not None
    return {line.id: line.text for n in loaded.episode_numbers_on_disk()
            for line in (loaded.load_episode(n, bible) or _none()).lines()}


def _none() -> Any:
    raise AssertionError("an episode did not load")


def translation(root: Path, locale: str, episode: str = "ep001") -> dict[str, dict[str, str]]:
    path = root / f".microdrama/work/translate/{locale}/{episode}.json"
    return dict(json.loads(path.read_text("utf-8"))["lines"])


def use_translator(root: Path, fake: FakeOpenAI, locales: list[str]) -> None:
    toml = (root / "drama.toml").read_text("utf-8").replace(
        "[providers]\n", '[providers]\ntranslator = "openai-compat:fake/fake-chat"\n', 1)
    (root / "drama.toml").write_text(
        toml + f"\n[locales]\ntargets = {json.dumps(locales)}\n", "utf-8")
    write_user_config(f'[vendors.fake]\nbase_url = "{fake.base_url}"\nkey_env = "FAKE_KEY"\n')


def asked(request: Any) -> list[dict[str, Any]]:
    """The lines a translation request asks for."""
    return list(json.loads(request["messages"][-1]["content"])["lines"])


def unruly(prefix: str) -> Callable[[Any], str]:
    """A fake model: its first reply drops one line and merges it into another, its second
    adds a line nobody asked for; after that it answers every id with prefix + text."""
    calls = {"n": 0}

    def reply(request: Any) -> str:
        calls["n"] += 1
        lines = asked(request)
        pairs = [{"id": line["id"], "text": prefix + line["text"]} for line in lines]
        if calls["n"] == 1 and len(pairs) > 1:
            pairs[0]["text"] += " " + pairs.pop()["text"]
        elif calls["n"] == 2:
            pairs.append({"id": "ep999-sc01-l01", "text": "invented"})
        return json.dumps({"translations": pairs}, ensure_ascii=False)

    return reply


@pytest.fixture
def project(built_project: Callable[..., Path]) -> Path:
    return built_project(["--idea", IDEA, "--lang", "en", "--episodes", "2", "--seconds", "30"],
                         ["--until", "storyboard"])


def test_a_model_that_drops_and_merges_lines_still_yields_an_aligned_translation(
        project: Path, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_KEY", KEY)
    use_translator(project, fake, ["es"])
    fake.respond(unruly("ES "))
    assert main(["build", str(project), "--locale", "all", "--until", "translate"]) == 0
    lines = series_lines(project)
    got = {**translation(project, "es", "ep001"), **translation(project, "es", "ep002")}
    assert set(got) == set(lines)  # every line id once, none invented
    for ident, entry in got.items():
        assert entry["text"] == "ES " + lines[ident], ident  # matched by id, not position
        assert entry["via"] == "model"
    requests = [r for r in fake.requests if r.path.endswith("/chat/completions")]
    assert len(requests) > 2  # the bad replies were set aside and their batches split
    assert all(r.headers.get("authorization") == f"Bearer {KEY}" for r in requests)
    assert KEY not in "".join(p.read_text("utf-8", "replace") for p in project.rglob("*.json"))

    # Editing one line re-translates that line only.
    episode = (project / "episodes/ep001.yaml").read_text("utf-8")
    first = next(iter(translation(project, "es", "ep001")))
    old = lines[first]
    (project / "episodes/ep001.yaml").write_text(
        episode.replace(old, old + " Now.", 1), "utf-8")
    before = len(fake.requests)
    assert main(["build", str(project), "--locale", "es", "--until", "translate"]) == 0
    again = [asked(r.json) for r in fake.requests[before:]]
    assert [[line["id"] for line in batch] for batch in again] == [[first]]
    assert translation(project, "es", "ep001")[first]["text"] == "ES " + old + " Now."


def test_peoples_translations_are_used_and_stale_ones_stop_the_build(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = series_lines(project)
    units = {i: TranslationUnit(source=t, target=f"[pt] {t}", state="reviewed")
             for i, t in lines.items()}
    save_translations(project, LocaleTranslations(locale="pt-BR", units=units))
    assert main(["build", str(project), "--locale", "pt-BR", "--until", "translate"]) == 0
    assert {e["via"] for e in translation(project, "pt-BR").values()} == {"people"}
    stale = next(iter(units))
    units[stale] = TranslationUnit(source="an older text", target="[pt] old", state="reviewed")
    save_translations(project, LocaleTranslations(locale="pt-BR", units=units))
    capsys.readouterr()
    assert main(["build", str(project), "--locale", "pt-BR", "--until", "translate"]) == 2
    err = capsys.readouterr().err
    assert "locales/pt-BR.yaml" in err and stale in err and "stale" in err
    assert "import-translation" in err and "translator" in err


def test_the_pseudo_locale_builds_offline_within_its_profile_and_its_shots(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The subtitles and what they read (voices, timing), not the panels before them.
    build_through(project, "subtitles", locales=["qps-ploc"])
    lines = series_lines(project)
    pseudo = {**translation(project, "qps-ploc", "ep001"),
              **translation(project, "qps-ploc", "ep002")}
    assert set(pseudo) == set(lines)
    assert all(len(pseudo[i]["text"]) > len(lines[i]) for i in lines)
    rules = audio_rules()["dubbing"]
    for number in (1, 2):
        source = json.loads((project / f".microdrama/work/timing/ep00{number}.json").read_text())
        dub = json.loads(
            (project / f".microdrama/work/timing/qps-ploc/ep00{number}.json").read_text())
        assert [s["shot"] for s in dub["shots"]] == [s["shot"] for s in source["shots"]]
        assert all(1.0 <= line.get("tempo", 1.0) <= rules["max_tempo"] for line in dub["lines"])
        starts = {line["line"]: line["start_ms"] for line in source["lines"]}
        assert all(line["start_ms"] >= starts[line["line"]] for line in dub["lines"])
        cues = [Cue(c["id"], c["start_ms"], c["end_ms"], c["text"], c.get("speaker", ""))
                for c in json.loads((project / f".microdrama/work/cues/qps-ploc/ep00{number}.json")
                                    .read_text("utf-8"))]
        profile = locale_facts("qps-ploc", "en").subtitles
        errors = [f for f in check_cues(cues, profile) if f.severity == "error"]
        assert not errors, errors
    assert (project / "out/qps-ploc/ep001.srt").is_file()
    capsys.readouterr()
    assert main(["status", str(project), "--until", "subtitles", "--locale", "qps-ploc",
                 "--json"]) == 0
    states = {(i["stage"], i["item"]): i["state"] for i in json.loads(capsys.readouterr().out)}
    assert states[("timing", "qps-ploc/ep001")] == "fresh"
    assert states[("translate", "qps-ploc/ep002")] == "fresh"
    # Lines ~35 % longer cannot all fit at 1.15×: those that run over are in the fit
    # report and in the producer's review, named by locale and line.
    fit = json.loads((project / ".microdrama/work/timing/qps-ploc/ep001.fit.json").read_text())
    over = {line["line"] for line in fit["lines"] if line["overrun_ms"]}
    assert over  # the pseudo-locale is long on purpose
    assert all(line["tempo"] == rules["max_tempo"] for line in fit["lines"]
               if line["overrun_ms"])
    assert main(["review", str(project), "--no-build"]) == 0
    review = json.loads((project / "out/review.json").read_text("utf-8"))
    flagged = {f["target"] for e in review["episodes"] for f in e["findings"]
               if f["rule"] == "dub.overrun" and e["id"] == "ep001"}
    assert flagged == {f"qps-ploc/{line}" for line in over}
    titles = json.loads(
        (project / ".microdrama/work/translate/qps-ploc/ep001.json").read_text())["titles"]
    assert {t["via"] for t in titles.values()} == {"pseudo"} and set(titles) == {"ep001", "series"}


def test_a_long_title_stays_inside_the_cover() -> None:
    import io

    from microdrama.stages.episode import COVER_MARGIN, make_cover

    panel = io.BytesIO()
    Image.new("RGB", (1080, 1920), (40, 40, 60)).save(panel, "PNG")
    cover = make_cover(panel.getvalue(), "[Ŧḣé Ḣîððéñ Ḣéîŕéšš one two three four five six]", 1,
                       "[Åñšẃéŕ ťḣé Þḣöñé one two three four five six seven]", "en",
                       "AI-generated")
    pixels = np.asarray(Image.open(io.BytesIO(cover)).convert("RGB"), dtype=np.int16)
    band = pixels[1920 - 420 - 200:1920 - 300]  # where the titles are drawn
    bright = (band.max(axis=2) > 180).any(axis=0)
    assert bright.any()
    assert not bright[:COVER_MARGIN - 8].any() and not bright[1080 - COVER_MARGIN + 8:].any()


def test_arabic_glyphs_are_drawn_shaped_not_boxes() -> None:
    assert features.check("raqm")
    arabic = ImageFont.truetype(str(system_font_path("Noto Sans Arabic")), 80)
    cjk = ImageFont.truetype(str(cjk_font_path()), 80)

    def bitmap(font: ImageFont.FreeTypeFont, text: str) -> bytes:
        return bytes(font.getmask(text))

    letters = ["م", "ر", "ح"]
    assert len({bitmap(arabic, ch) for ch in letters}) == 3  # three glyphs…
    assert len({bitmap(cjk, ch) for ch in letters}) == 1  # …where a font without them boxes
    joined = arabic.getlength("سلام")
    assert joined < sum(arabic.getlength(ch) for ch in "سلام")  # shaped: letters connect


def grey_at(video: Path, seconds: float, dtype: Any) -> np.ndarray[Any, Any]:
    """The frame at ``seconds`` in grey levels (PIL's L)."""
    return np.asarray(Image.fromarray(frame_at(video, seconds)).convert("L"), dtype=dtype)


#: The Arabic episode's storyboard is cut to its first shots, so that its first scene is
#: all that is left (test_a_cut_that_drops_a_scene…) and the locale renders few shots.
SHOTS = 4


@pytest.fixture(scope="module")
def arabic_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The session's built 30-s en episode (a copy), its storyboard cut by hand to its first
    SHOTS shots so that its second scene has none left, then built in one go with Arabic,
    translated by a fake model; with the build's --json report."""
    root = copy_project(project_template(tmp_path_factory, EPISODE_EN, []),
                        tmp_path_factory.mktemp("arabic") / "drama")
    board = root / "storyboards/ep001.yaml"
    text = board.read_text("utf-8")
    board.write_text(text[: text.index(f"- id: ep001-sh{SHOTS + 1:02}")], "utf-8")
    out = io.StringIO()
    with (isolated_config(tmp_path_factory.mktemp("home")), pytest.MonkeyPatch.context() as patch,
          FakeOpenAI() as fake):
        patch.setenv("FAKE_KEY", KEY)
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
            patch.delenv(name, raising=False)
        use_translator(root, fake, ["ar"])

        def reply(request: Any) -> str:
            pairs = [{"id": line["id"], "text": ARABIC[sum(map(ord, line["id"])) % len(ARABIC)]}
                     for line in asked(request)]
            return json.dumps({"translations": pairs}, ensure_ascii=False)

        fake.respond(reply)
        with redirect_stdout(out):
            assert main(["build", str(root), "--locale", "ar", "--json"]) == 0
    return root, {s["stage"]: s for s in json.loads(out.getvalue())["stages"]}


@pytest.fixture
def arabic_episode(arabic_build: tuple[Path, dict[str, Any]]) -> Path:
    return arabic_build[0]


def test_a_cut_that_drops_a_scene_rebuilds_the_mixes_and_times_the_dub_on_it(
        arabic_build: tuple[Path, dict[str, Any]]) -> None:
    """A storyboard cut so that a scene has no shot left, then built with a locale in one
    go: the scene gets no music, the mixes are made again for the cut (not kept from the
    longer cut), and the locale's dub is timed on the series' new timeline."""
    root, report = arabic_build
    assert not any(s["blocked"] for s in report.values()), report
    assert sorted(report["mix"]["ran"]) == ["ar/ep001", "ep001"]
    # The scene without a shot has no bed (and blocks nothing): one music item, sc01's.
    music = report["music"]
    assert set(music["ran"] + music["restored"]) <= {"ep001-sc01"}
    assert len(music["ran"]) + len(music["restored"]) + music["kept"] == 1
    for folder in ("en", "ar"):
        timeline = json.loads((root / ".microdrama/work/timing" / (
            "ep001.json" if folder == "en" else "ar/ep001.json")).read_text("utf-8"))
        assert [s["shot"] for s in timeline["shots"]] == [f"ep001-sh{n:02}"
                                                          for n in range(1, SHOTS + 1)]
        info = probe(root / f"out/{folder}/ep001.mp4")
        assert abs(info.duration_ms - timeline["duration_ms"]) < 100, folder


def test_the_arabic_episode_is_dubbed_subtitled_and_labelled(arabic_episode: Path) -> None:
    root = arabic_episode
    video = root / "out/ar/ep001.mp4"
    assert main(["verify", str(root / "out/ar")]) == 0  # video, sidecars and cover
    assert {p.suffix for p in (root / "out/ar").iterdir()} >= {
        ".mp4", ".srt", ".vtt", ".ass", ".ttml", ".jpg"}
    assert (root / "out/ar/ep001.clean.mp4").is_file()
    titles = json.loads((root / ".microdrama/work/translate/ar/ep001.json").read_text())["titles"]
    assert set(titles) == {"ep001", "series"} and all(t["text"] in ARABIC for t in titles.values())
    assert (root / "out/ar/ep001.cover.jpg").read_bytes() != (
        root / "out/en/ep001.cover.jpg").read_bytes()
    cues = json.loads((root / ".microdrama/work/cues/ar/ep001.json").read_text("utf-8"))
    spoken = [c for c in cues if any(ch >= "\u0600" for ch in c["text"])]
    assert spoken, "no Arabic cue"
    cue = spoken[len(spoken) // 2]
    at = (cue["start_ms"] + cue["end_ms"]) / 2000
    picture = grey_at(video, at, np.int16)
    english = grey_at(root / "out/en/ep001.mp4", at, np.int16)
    clean = grey_at(root / "out/ar/ep001.clean.mp4", at, np.int16)
    band = slice(int(picture.shape[0] * 0.62), int(picture.shape[0] * 0.86))
    # The same panel under different words: the subtitle band differs, with white ink…
    assert np.abs(picture[band] - english[band]).mean() > 2
    assert (picture[band] > 235).sum() > 500
    # …and the clean master shows the same picture without it: where the cue's glyphs are
    # white in the episode, the clean master shows the panel.
    from microdrama.media.fonts import render_caption

    drawn = render_caption(cue["text"], language="ar")
    ink = ((np.asarray(drawn.getchannel("A")) > 200)
           & (np.asarray(drawn.convert("L")) > 200))
    assert picture[ink].mean() > 200
    assert clean[ink].mean() < picture[ink].mean() - 30
    outside = slice(0, int(picture.shape[0] * 0.5))
    assert np.abs(clean[outside] - picture[outside]).mean() < 3
    # The dub keeps the series' shots unless a line cannot fit at the capped speed-up.
    dub = json.loads((root / ".microdrama/work/timing/ar/ep001.json").read_text())
    source = json.loads((root / ".microdrama/work/timing/ep001.json").read_text())
    assert all(line.get("tempo", 1.0) <= audio_rules()["dubbing"]["max_tempo"]
               for line in dub["lines"])
    # Short lines fit: every dubbed line inside its shot, the picture's timing unchanged.
    assert dub["shots"] == source["shots"]
    shots = {s["shot"]: s for s in dub["shots"]}
    assert all(shots[line["shot"]]["start_ms"] <= line["start_ms"] < line["end_ms"]
               <= shots[line["shot"]]["end_ms"] for line in dub["lines"])
    profile = load_profile(locale_facts("ar", "en").subtitles, vertical=True)
    assert profile.max_lines >= 1
    timed = [Cue(c["id"], c["start_ms"], c["end_ms"], c["text"], c.get("speaker", ""))
             for c in cues]
    assert not [f for f in check_cues(timed, locale_facts("ar", "en").subtitles)
                if f.severity == "error"]


#: Renders one locale shot in a child process: its segment with its clean sibling (one
#: drawing, two encoders), then each alone as the segment and clean stages plan them;
#: prints each file's digest, labelled as the build labels it.
DRAWN_ONCE = """
import hashlib, json, sys
from dataclasses import replace
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from microdrama.engine.context import BuildContext
from microdrama.engine.labelling import labelled
from microdrama.engine.store import Store, with_inputs
from microdrama.project.folder import Project
from microdrama.stages.segment import CleanStage, SegmentStage

root, item = Path(sys.argv[1]), sys.argv[2]
ctx = BuildContext(Project.open(root), locales=(item.split("/")[0],))
store = Store(ctx.project.cache_dir / "store")

def run(work):
    return labelled(work, SegmentStage.run(with_inputs(work, store, ctx.sources)))

def digest(data):
    return hashlib.sha256(data).hexdigest()

both, clean = SegmentStage().plan(ctx, item), CleanStage().plan(ctx, item)
assert both.siblings == (clean,), "the segment carries the clean stage's own Work"
joint = run(both)
print(json.dumps({
    "joint": digest(joint.blobs["segment"]),
    "joint clean": digest(joint.siblings[clean.key]["segment"]),
    "alone": digest(run(replace(both, siblings=())).blobs["segment"]),
    "alone clean": digest(run(clean).blobs["segment"]),
}))
"""


def test_a_shot_with_words_and_its_clean_shot_are_drawn_once(
        arabic_build: tuple[Path, dict[str, Any]]) -> None:
    """The locale's shots with words were drawn once for both files (decision 0024): the
    clean stage ran nothing (each clean shot was stored by its segment's run, under its
    own key), and each file is byte for byte the one rendered alone."""
    root, report = arabic_build
    shots = [f"ar/ep001-sh{n:02}" for n in range(1, SHOTS + 1)]
    assert report["clean"]["ran"] == [] and sorted(report["clean"]["restored"]) == shots
    ctx = BuildContext(Project.open(root), locales=("ar",))
    store = Store(ctx.project.cache_dir / "store")
    made = {}
    for shot in shots:
        work = CleanStage().plan(ctx, shot)
        result = store.get_result(work.key)
        assert result is not None
        assert result.outputs["segment"] == content_hash(
            (root / work.outputs["segment"]).read_bytes())  # what was published
        made[shot] = result.meta.get("made_with", "")
    # With words, made by its segment's run; without, it is the segment itself (same key).
    planned = {s: SegmentStage().plan(ctx, s).payload for s in shots}
    worded = sorted((s for s in shots if planned[s]["cues"]),
                    key=lambda s: planned[s]["duration_ms"])  # the shortest first
    assert worded and all(made[s] == f"segment {s}" for s in worded)
    assert all(made[s] == "" for s in shots if s not in worded)
    # x264 reads memory it never wrote on some pictures, so the same frames can encode
    # differently in two processes: the child fixes the allocator's fill (glibc's
    # MALLOC_PERTURB_) so that the bytes compared depend on the frames and options alone.
    child = subprocess.run(
        [sys.executable, "-c", DRAWN_ONCE, str(root), worded[0],
         str(Path(microdrama.__file__).resolve().parents[1])],
        env={**os.environ, "MALLOC_PERTURB_": "165"}, capture_output=True, text=True,
        check=True)
    files = json.loads(child.stdout)
    assert files["alone"] != files["alone clean"]  # the words are burned into one of them
    assert files["joint"] == files["alone"]
    assert files["joint clean"] == files["alone clean"]


def test_subtitle_band_of_the_arabic_frame_matches_the_shaped_rendering(
        arabic_episode: Path) -> None:
    from microdrama.media.fonts import render_caption

    root = arabic_episode
    cues = json.loads((root / ".microdrama/work/cues/ar/ep001.json").read_text("utf-8"))
    cue = next(c for c in cues if any(ch >= "\u0600" for ch in c["text"]))
    at = (cue["start_ms"] + cue["end_ms"]) / 2000
    picture = grey_at(root / "out/ar/ep001.mp4", at, np.float64)
    drawn = render_caption(cue["text"], language="ar")
    alpha = np.asarray(drawn.getchannel("A"), dtype=np.float64)
    white = np.asarray(drawn.convert("L"), dtype=np.float64)
    ink = (alpha > 200) & (white > 200)  # the glyphs' white fill
    assert ink.sum() > 300
    assert picture[ink].mean() > 200  # the frame is white where the shaped glyphs are
    mirrored = np.fliplr(ink)  # left-to-right order would put the ink elsewhere
    assert picture[mirrored & ~ink].mean() < picture[ink].mean() - 20
    assert Image.fromarray(ink.astype(np.uint8) * 255).getbbox() is not None


def test_an_unknown_locale_is_refused_before_anything_is_built(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--out", str(tmp_path / "demo"), "--locale", "xx-nope"]) == 2
    err = capsys.readouterr().err
    assert "option --locale" in err and "qps-ploc" in err
    assert not (tmp_path / "demo" / "out").exists()


def test_translation_is_estimated_before_and_counted_after(
        project: Path, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    monkeypatch.setenv("FAKE_KEY", KEY)
    use_translator(project, fake, ["es"])
    write_user_config('[vendors.fake.prices]\n"fake-chat" = { input = 1.0, output = 2.0 }\n')
    capsys.readouterr()
    assert main(["build", str(project), "--locale", "es", "--until", "translate",
                 "--dry-run", "--json"]) == 0
    estimate = {s["stage"]: s for s in json.loads(capsys.readouterr().out)["stages"]}
    assert estimate["translate"]["items"] == 2 and estimate["translate"]["usd"] > 0
    assert fake.requests == []  # a dry run sends nothing
    fake.respond(lambda request: json.dumps({"translations": [
        {"id": x["id"], "text": "ES " + x["text"]} for x in asked(request)]}),
        usage=(1000, 500))
    assert main(["build", str(project), "--locale", "es", "--until", "translate"]) == 0
    calls = len(fake.requests)
    db = sqlite3.connect(project / ".microdrama/runlog.sqlite")
    spent = db.execute("SELECT sum(cost_usd) FROM items WHERE stage = 'translate'").fetchone()[0]
    db.close()
    # Each call: 1000 tokens in at $1/M and 500 out at $2/M = $0.002, counted exactly.
    assert spent == pytest.approx(calls * 0.002)
