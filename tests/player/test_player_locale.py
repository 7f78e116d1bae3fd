"""An interactive episode in a locale: its own player (out/<L>/interactive/) over the
locale's segment videos, with the episode title, choice labels and ending titles in the
locale's words — built offline in the pseudo-locale and played in Debian's Chromium."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from microdrama.formats.locales import pseudo_text
from tests.conftest import EPISODE_EN, copy_project, isolated_config, project_template
from tests.player.branching import make_branching

LOCALE = "qps-ploc"


@pytest.fixture(scope="module")
def localized(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The session's built 30-s en episode made interactive by hand, built with the
    pseudo-locale."""
    from microdrama.cli import main

    root = copy_project(project_template(tmp_path_factory, EPISODE_EN, []),
                        tmp_path_factory.mktemp("player-locale") / "drama")
    ids = make_branching(root, window_ms=2000)
    with isolated_config(tmp_path_factory.mktemp("home")):
        assert main(["build", str(root), "--locale", LOCALE]) == 0
    return root, ids


def story(root: Path, language: str) -> dict[str, Any]:
    return json.loads((root / f"out/{language}/interactive/story.json").read_text("utf-8"))


def test_the_locale_player_has_the_locales_words_and_videos(
        localized: tuple[Path, dict[str, str]]) -> None:
    from microdrama.cli import main

    root, ids = localized
    series, local = story(root, "en"), story(root, LOCALE)
    assert local["language"] == LOCALE and series["language"] == "en"
    assert local["series"] == pseudo_text(series["series"])
    [theirs], [ours] = series["episodes"], local["episodes"]
    assert ours["title"] == pseudo_text(theirs["title"])
    assert set(ours["segments"]) == set(theirs["segments"]) == set(ids.values())
    labels = 0
    for ident, segment in theirs["segments"].items():
        mine = ours["segments"][ident]
        # The same graph (targets, conditions, effects, windows), in other words.
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


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is missing: run scripts/install-browser.sh"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


def test_the_locale_player_shows_the_locales_choices(
        localized: tuple[Path, dict[str, str]], browser: Any) -> None:
    root, ids = localized
    page = browser.new_context(viewport={"width": 390, "height": 780}, has_touch=True,
                               is_mobile=True).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((root / f"out/{LOCALE}/interactive/index.html").as_uri())
    page.locator(".player[data-screen=start] .action.primary").tap()
    page.wait_for_function(
        """id => { const v = document.querySelector('video.on');
                   return v && v.dataset.segment === id && v.currentTime > 0.3; }""",
        arg=ids["start"], timeout=20000)
    src = page.evaluate("() => document.querySelector('video.on').currentSrc")
    assert f"/out/{LOCALE}/interactive/segments/{ids['start']}.mp4" in src
    page.evaluate("() => { const v = document.querySelector('video.on'); "
                  "v.currentTime = Math.max(0, v.duration - 0.6); }")
    page.wait_for_selector("#choice.open", timeout=10000)
    shown = page.locator("#options .option .label").all_inner_texts()
    assert shown == [pseudo_text("Confront her"), pseudo_text("Walk away")]
    assert not errors
