"""An interactive episode, built offline and played in real headless Chromium (Debian's
`chromium`, driven by Playwright): every story segment is its own labelled video,
mixed on its own; the player at out/<lang>/interactive/ opens from disk, plays the
first segment, shows the choice on time, plays the option the viewer taps, takes the
default when the window times out, reaches an ending, resumes after a reload, remembers
the endings seen, takes the keyboard, and counts to the console or a POST endpoint.

Screenshots of the choice overlay go to the test's tmp_path (and, when
MICRODRAMA_SCREENSHOTS names a folder, are copied there as player-*.png)."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from microdrama.app.verify import VerifyRequest, verify_files
from microdrama.domain.expressions import (
    Binary,
    Const,
    Expr,
    Name,
    Unary,
    evaluate,
)
from microdrama.engine.context import BuildContext
from microdrama.engine.store import Store, with_inputs
from microdrama.formats.player import expression_json
from microdrama.media.ffmpeg import ffmpeg_command
from microdrama.media.loudness import measure_loudness
from microdrama.media.video import probe
from microdrama.project.folder import Project
from microdrama.stages import pipeline
from tests.conftest import EPISODE_EN, copy_project, isolated_config, project_template
from tests.player.branching import make_branching

EVENT = "microdrama-analytics "


@pytest.fixture(scope="module")
def branching(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The session's built 30-s en episode, made interactive by hand and built again:
    four segments, two choices (the second with a 2-s window), two endings — in English
    and in the pseudo-locale (test_player_locale.py)."""
    from microdrama.cli import main

    root = copy_project(project_template(tmp_path_factory, EPISODE_EN, []),
                        tmp_path_factory.mktemp("player") / "drama")
    ids = make_branching(root, window_ms=2000)
    with isolated_config(tmp_path_factory.mktemp("home")):
        assert main(["build", str(root), "--locale", "qps-ploc"]) == 0
    return root, ids


def _story(root: Path) -> dict[str, Any]:
    return json.loads((root / "out/en/interactive/story.json").read_text("utf-8"))


def _options(story: dict[str, Any], segment: str) -> dict[str, dict[str, Any]]:
    choice = story["episodes"][0]["segments"][segment]["choice"]
    return {o["label"]: o for o in choice["options"]}


def test_each_segment_is_one_labelled_video_with_its_own_audio(
        branching: tuple[Path, dict[str, str]]) -> None:
    root, ids = branching
    folder = root / "out/en/interactive"
    videos = sorted((folder / "segments").glob("*.mp4"))
    assert [v.stem for v in videos] == sorted(ids.values())
    result = verify_files(VerifyRequest(paths=[folder]))
    assert result.ok, [(f.path.name, [(c.name, c.status) for c in f.checks]) for f in result.files]
    assert {f.path.name for f in result.files} == {v.name for v in videos}
    assert all(any(c.name == "visible" and c.status == "ok" for c in f.checks)
               for f in result.files)  # the label on every segment's opening frames
    story = _story(root)
    segments = story["episodes"][0]["segments"]
    for video in videos:
        info = probe(video)
        assert (info.width, info.height, info.audio_codec) == (1080, 1920, "aac")
        # The video is exactly as long as the story says the segment plays.
        assert abs(info.frame_count * 1000 / 30 - segments[video.stem]["duration_ms"]) < 34
        mix = root / f".microdrama/work/mix/ep001/{video.stem}.m4a"
        wav = subprocess.run(ffmpeg_command(["-i", str(mix), "-f", "wav", "pipe:1"]),
                             capture_output=True, check=True).stdout
        loudness, peak = measure_loudness(wav)
        assert abs(loudness - -14.0) < 1.0 and peak <= -0.9, (video.stem, loudness, peak)
    # Each shot was rendered once, whatever path leads through it, and each segment
    # assembled once (not once per path: there are three paths through four segments).
    with sqlite3.connect(root / ".microdrama/runlog.sqlite") as log:
        last = log.execute("SELECT max(id) FROM runs").fetchone()[0]
        ran = log.execute("SELECT stage, item FROM items WHERE run_id = ? AND outcome = 'ran'",
                          (last,)).fetchall()
    by_stage: dict[str, list[str]] = {}
    for stage, item in ran:
        by_stage.setdefault(stage, []).append(item)
    # (The build also made the pseudo-locale: its items carry the locale, once each too.)
    for stage in ("episode", "mix"):
        assert sorted(by_stage[stage]) == sorted([*ids.values(),
                                                  *(f"qps-ploc/{i}" for i in ids.values())])
    assert len(by_stage["segment"]) == len(set(by_stage["segment"]))


def test_segment_items_and_the_player_read_only_their_inputs(
        branching: tuple[Path, dict[str, str]]) -> None:
    """Location-free like every item (decision 0009): a segment's mix and video and the
    player open nothing in the project but the store's blobs."""
    from tests.engine.test_location_free import opened_during

    root, ids = branching
    project = Project.open(root)
    ctx = BuildContext(project)
    store = Store(project.cache_dir / "store")
    blobs = (project.cache_dir / "store").resolve()
    checked = []
    for stage in pipeline():
        if stage.name not in ("mix", "episode", "player"):
            continue
        item = "interactive" if stage.name == "player" else ids["confront"]
        assert item in stage.items(ctx)
        ready = with_inputs(stage.plan(ctx, item), store, ctx.sources)
        paths = [(Path.cwd() / p).resolve()
                 for p in opened_during(lambda s=stage, w=ready: s.run(w))]
        inside = [p for p in paths
                  if p.is_relative_to(root.resolve()) and not p.is_relative_to(blobs)]
        assert not inside, f"{stage.name}.run opened {inside}"
        checked.append(stage.name)
    assert checked == ["mix", "episode", "player"]


def test_story_json_holds_the_graph_with_trees_not_strings(
        branching: tuple[Path, dict[str, str]]) -> None:
    root, ids = branching
    story = _story(root)
    episode = story["episodes"][0]
    assert story["format"] == "microdrama-story" and story["label"] == "AI-generated"
    assert episode["start"] == ids["start"]
    assert {v["name"]: v["persistent"] for v in episode["variables"]} == {
        "courage": False, "exposed_once": True}
    expose = _options(story, ids["confront"])["Expose Ivy"]
    assert expose["condition"] == {"op": ">=", "left": {"var": "courage"}, "right": {"const": 1}}
    assert expose["effects"] == [{"target": "exposed_once", "op": "=", "value": {"const": True}}]
    assert episode["segments"][ids["confront"]]["choice"]["window_ms"] == 2000
    assert episode["segments"][ids["exposed"]]["ending"]["title"] == "Exposed"
    page = (root / "out/en/interactive/index.html").read_text("utf-8")
    assert "<script src=\"player.js\">" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing from the network
    assert not re.search(r"https?://", (root / "out/en/interactive/player.js").read_text("utf-8"))


def _typed(rng: random.Random, want: str, depth: int) -> Expr:
    """A random well-typed expression of type ``want`` over trust (int), betrayed (bool),
    ally (str)."""
    if depth == 0 or rng.random() < 0.3:
        leaves: dict[str, list[Expr]] = {
            "int": [Name("trust"), Const(rng.randint(-3, 5))],
            "bool": [Name("betrayed"), Const(rng.random() < 0.5)],
            "str": [Name("ally"), Const(rng.choice(["mei", "li", ""]))]}
        return rng.choice(leaves[want])
    if want == "int":
        if rng.random() < 0.2:
            return Unary("-", _typed(rng, "int", depth - 1))
        return Binary(rng.choice("+-"), _typed(rng, "int", depth - 1), _typed(rng, "int", depth - 1))
    if want == "str":
        return _typed(rng, "str", 0)
    kind = rng.choice(["not", "andor", "compare", "equal"])
    if kind == "not":
        return Unary("not", _typed(rng, "bool", depth - 1))
    if kind == "andor":
        return Binary(rng.choice(["and", "or"]), _typed(rng, "bool", depth - 1),
                      _typed(rng, "bool", depth - 1))
    if kind == "compare":
        return Binary(rng.choice(["<", "<=", ">", ">="]), _typed(rng, "int", depth - 1),
                      _typed(rng, "int", depth - 1))
    side = rng.choice(["int", "bool", "str"])
    return Binary(rng.choice(["==", "!="]), _typed(rng, side, depth - 1),
                  _typed(rng, side, depth - 1))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is missing: run scripts/install-browser.sh"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


def _phone(browser: Any) -> Any:
    """A 9:16-ish phone: touch, a narrow viewport, a high-density screen."""
    return browser.new_context(viewport={"width": 390, "height": 780}, device_scale_factor=2,
                               has_touch=True, is_mobile=True)


def test_the_player_evaluates_conditions_and_effects_as_the_graph_does(
        branching: tuple[Path, dict[str, str]], browser: Any) -> None:
    root, _ = branching
    rng = random.Random(13)
    cases = []
    for _ in range(300):
        expr = _typed(rng, "bool" if rng.random() < 0.7 else "int", 4)
        state = {"trust": rng.randint(-2, 4), "betrayed": rng.random() < 0.5,
                 "ally": rng.choice(["mei", "li"])}
        cases.append({"tree": expression_json(expr), "state": state, "want": evaluate(expr, state)})
    context = _phone(browser)
    page = context.new_page()
    page.goto((root / "out/en/interactive/index.html").as_uri())
    got = page.evaluate("""cases => cases.map(c => window.microdramaPlayer.evaluate(c.tree, c.state))""",
                        cases)
    context.close()
    assert got == [c["want"] for c in cases]
    assert {type(c["want"]) for c in cases} == {bool, int}


#: Samples, every animation frame, whether a picture is on screen: a shown video that
#: has a frame to show (readyState ≥ 2), or a screen over it.
GAP_PROBE = """
window.__frames = {total: 0, blank: 0, where: []};
(function sample() {
  const on = document.querySelector('video.on');
  const screen = document.querySelector('#screen:not([hidden])');
  if (!window.microdramaPlayer) return requestAnimationFrame(sample);  // still loading
  window.__frames.total++;
  if (!screen && !(on && (on.readyState >= 2 || on.seeking))) {
    window.__frames.blank++;
    window.__frames.where.push([on ? on.dataset.segment : null, on ? on.readyState : -1,
                                on ? on.currentTime : -1]);
  }
  requestAnimationFrame(sample);
})();
"""


def _events(messages: list[str]) -> list[dict[str, Any]]:
    return [json.loads(m[len(EVENT):]) for m in messages if m.startswith(EVENT)]


def _wait_playing(page: Any, segment: str) -> None:
    """Wait until ``segment`` is the shown video and its clock moves."""
    page.wait_for_function(
        """id => { const v = document.querySelector('video.on');
                   return v && v.dataset.segment === id && v.currentTime > 0.3 && !v.paused; }""",
        arg=segment, timeout=20000)
    first = page.evaluate("() => document.querySelector('video.on').currentTime")
    page.wait_for_function("t => document.querySelector('video.on').currentTime > t + 0.2",
                           arg=first, timeout=10000)
    src = page.evaluate("() => document.querySelector('video.on').currentSrc")
    assert src.endswith(f"/segments/{segment}.mp4"), src


def _skip_to_end(page: Any) -> None:
    """Jump the shown video to just before its end (the test does not sit through it)."""
    page.evaluate("() => { const v = document.querySelector('video.on'); "
                  "v.currentTime = Math.max(0, v.duration - 0.6); }")


def _shot(page: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"player-{name}.png"
    page.screenshot(path=str(path))
    shared = os.environ.get("MICRODRAMA_SCREENSHOTS")
    if shared:
        Path(shared).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(shared) / path.name)
    return path


def test_a_playthrough_chooses_times_out_ends_resumes_and_remembers(
        branching: tuple[Path, dict[str, str]], browser: Any, tmp_path: Path) -> None:
    root, ids = branching
    story = _story(root)
    confront_option = _options(story, ids["start"])["Confront her"]
    expose_option = _options(story, ids["confront"])["Expose Ivy"]
    context = _phone(browser)
    context.add_init_script(GAP_PROBE)
    page = context.new_page()
    messages: list[str] = []
    errors: list[str] = []
    page.on("console", lambda m: messages.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((root / "out/en/interactive/index.html").as_uri())

    # The start screen, then a tap on Play: the first segment plays.
    assert page.locator(".player[data-screen=start] .action.primary").inner_text() == "Play"
    assert page.locator(".ai-mark").inner_text() == "AI-generated"
    page.locator(".action.primary").tap()
    _wait_playing(page, ids["start"])

    # The choice opens once the segment's speech is over, with its countdown.
    _skip_to_end(page)
    page.wait_for_selector("#choice.open", timeout=10000)
    labels = page.locator("#options .option .label").all_inner_texts()
    assert labels == ["Confront her", "Walk away"]
    assert page.locator(".countdown-bar").is_visible()
    page.wait_for_timeout(400)  # the overlay's entrance has settled
    _shot(page, tmp_path, "choice")
    page.locator(f'.option[data-option="{confront_option["id"]}"]').tap()  # not the default
    _wait_playing(page, ids["confront"])
    assert page.evaluate("() => window.microdramaPlayer.state().vars.courage") == 1

    # The second choice (a 2-s window) times out: the default branch plays.
    _skip_to_end(page)
    page.wait_for_selector("#choice.open", timeout=10000)
    assert page.locator("#options .option .label").all_inner_texts() == ["Leave", "Expose Ivy"]
    _wait_playing(page, ids["exposed"])
    made = [e for e in _events(messages) if e["event"] == "choice_made"]
    assert [(e["option"], e["timed_out"]) for e in made] == [
        (confront_option["id"], False), (expose_option["id"], True)]

    # Reload in the middle of the last segment: it resumes there, with the state it had.
    page.reload()
    page.wait_for_selector(".player[data-screen=start]")
    assert page.locator(".action.primary").inner_text() == "Continue"
    page.keyboard.press("Enter")
    _wait_playing(page, ids["exposed"])
    state = page.evaluate("() => window.microdramaPlayer.state()")
    assert state["vars"] == {"courage": 1, "exposed_once": True}

    # The ending: its screen, the endings seen, and a reload remembers them.
    _skip_to_end(page)
    page.wait_for_selector(".player[data-screen=ending]", timeout=10000)
    assert page.locator(".ending-title").inner_text() == "Exposed"
    assert page.locator(".endings-count").inner_text() == "1 of 2 endings found"
    _shot(page, tmp_path, "ending")
    page.reload()
    page.wait_for_selector(".player[data-screen=start]")
    assert page.locator(".action.primary").inner_text() == "Play"  # nothing to resume
    assert page.locator(".endings-row li.seen").all_inner_texts() == ["Exposed"]
    saved = json.loads(page.evaluate(
        "() => localStorage.getItem('microdrama:' + window.microdramaPlayer.story.id)"))
    assert saved["flags"] == {"exposed_once": True} and list(saved["endings"]) == [ids["exposed"]]

    # Keyboard: Enter plays, arrows move between the options, Enter takes one.
    page.keyboard.press("Enter")
    _wait_playing(page, ids["start"])
    _skip_to_end(page)
    page.wait_for_selector("#choice.open", timeout=10000)
    assert page.evaluate("() => document.activeElement.dataset.option") != confront_option["id"]
    page.keyboard.press("ArrowRight")  # from the default (Walk away) round to Confront her
    page.keyboard.press("ArrowRight")  # and back to Walk away
    page.keyboard.press("Enter")
    _wait_playing(page, ids["alone"])
    _skip_to_end(page)
    page.wait_for_selector(".player[data-screen=ending]", timeout=10000)
    assert page.locator(".endings-count").inner_text() == "2 of 2 endings found"
    frames = page.evaluate("() => window.__frames")
    context.close()

    assert errors == []
    events = _events(messages)
    names = [e["event"] for e in events]
    for name in ("segment_started", "segment_completed", "choice_shown", "choice_made",
                 "ending_reached"):
        assert name in names, name
    endings = [e for e in events if e["event"] == "ending_reached"]
    assert [(e["ending"], e["endings_seen"]) for e in endings] == [
        (ids["exposed"], 1), (ids["alone"], 2)]
    started = [e["segment"] for e in events if e["event"] == "segment_started"]
    assert started == [ids["start"], ids["confront"], ids["exposed"], ids["exposed"],
                       ids["start"], ids["alone"]]
    # No frame without a picture between segments: the last frame of one stays until
    # the next plays.
    assert frames["total"] > 100 and frames["blank"] == 0, frames


class _Sink(SimpleHTTPRequestHandler):
    """Serves the player's folder as a static server does (with byte ranges, which a
    browser needs to seek in a video) and records what is POSTed to /events."""

    received: list[dict[str, Any]] = []

    def do_GET(self) -> None:  # noqa: N802 - the handler's protocol
        asked = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if asked is None or not path.is_file():
            super().do_GET()
            return
        data = path.read_bytes()
        start = int(asked[1])
        end = min(int(asked[2]) if asked[2] else len(data) - 1, len(data) - 1)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        self.wfile.write(data[start:end + 1])

    def do_POST(self) -> None:  # noqa: N802 - the handler's protocol
        length = int(self.headers.get("Content-Length", "0"))
        if self.path == "/events":
            self.received.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_events_go_to_the_configured_endpoint_from_a_static_server(
        branching: tuple[Path, dict[str, str]], browser: Any, tmp_path: Path) -> None:
    from microdrama.cli import main

    source, ids = branching
    root = copy_project(source, tmp_path / "drama")
    folder = root / "out/en/interactive"
    handler = type("Sink", (_Sink,), {"received": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        with (root / "drama.toml").open("a", encoding="utf-8") as toml:
            toml.write(f'\n[interactive]\nanalytics_url = "{base}/events"\n')
        with isolated_config(tmp_path / "home"):
            assert main(["build", str(root)]) == 0
        assert _story(root)["analytics"] == {"url": f"{base}/events"}
        context = _phone(browser)
        page = context.new_page()
        messages: list[str] = []
        page.on("console", lambda m: messages.append(m.text))
        page.goto(f"{base}/index.html")
        page.locator(".action.primary").tap()
        _wait_playing(page, ids["start"])
        _skip_to_end(page)
        page.wait_for_selector("#choice.open", timeout=10000)
        page.keyboard.press("1")
        _wait_playing(page, ids["confront"])
        page.wait_for_timeout(500)
        context.close()
    finally:
        server.shutdown()
        server.server_close()
    names = {e["event"] for e in handler.received}
    assert names >= {"segment_started", "choice_shown", "choice_made", "segment_completed"}
    # Every event arrived once (beacons may arrive out of order: by their sequence).
    assert sorted(e["seq"] for e in handler.received) == list(range(1, len(handler.received) + 1))
    made = next(e for e in handler.received if e["event"] == "choice_made")
    assert made["segment"] == ids["start"] and made["target"] == ids["confront"]
    assert not made["timed_out"] and made["label"] == "Confront her"
    assert not _events(messages)  # with an endpoint, nothing goes to the console


# --- the same episode in a locale (the pseudo-locale, offline) --------------------------

LOCALE = "qps-ploc"


def test_the_locale_player_has_the_locales_words_and_videos(
        branching: tuple[Path, dict[str, str]]) -> None:
    """out/<L>/interactive/ plays the locale's segment videos, with the episode title,
    choice labels and ending titles in the locale's words, over the same graph."""
    from microdrama.cli import main
    from microdrama.formats.locales import pseudo_text

    root, ids = branching
    series = _story(root)
    local = json.loads((root / f"out/{LOCALE}/interactive/story.json").read_text("utf-8"))
    assert local["language"] == LOCALE and series["language"] == "en"
    assert local["series"] == pseudo_text(series["series"])
    [theirs], [ours] = series["episodes"], local["episodes"]
    assert ours["title"] == pseudo_text(theirs["title"])
    assert set(ours["segments"]) == set(theirs["segments"]) == set(ids.values())
    labels = 0
    for ident, segment in theirs["segments"].items():
        mine = ours["segments"][ident]
        assert mine["next"] == segment["next"]
        if segment["choice"]:
            for a, b in zip(segment["choice"]["options"], mine["choice"]["options"], strict=True):
                assert b == {**a, "label": pseudo_text(a["label"])}
                labels += 1
        if segment["ending"]:
            assert mine["ending"] == {**segment["ending"],
                                      "title": pseudo_text(segment["ending"]["title"])}
        video = root / f"out/{LOCALE}/interactive" / mine["video"]
        assert video.is_file() and video.read_bytes() != (
            root / "out/en/interactive" / segment["video"]).read_bytes()  # the dub's own
    assert labels == 4
    assert main(["verify", str(root / f"out/{LOCALE}/interactive/segments")]) == 0


def test_the_locale_player_shows_the_locales_choices(
        branching: tuple[Path, dict[str, str]], browser: Any) -> None:
    from microdrama.formats.locales import pseudo_text

    root, ids = branching
    page = _phone(browser).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((root / f"out/{LOCALE}/interactive/index.html").as_uri())
    page.locator(".player[data-screen=start] .action.primary").tap()
    _wait_playing(page, ids["start"])
    assert f"/out/{LOCALE}/interactive/segments/" in page.evaluate(
        "() => document.querySelector('video.on').currentSrc")
    _skip_to_end(page)
    page.wait_for_selector("#choice.open", timeout=10000)
    shown = page.locator("#options .option .label").all_inner_texts()
    assert shown == [pseudo_text("Confront her"), pseudo_text("Walk away")]
    assert not errors
