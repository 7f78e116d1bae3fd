"""`microdrama review DIR` on a built project: out/review.json holds every finding with
its script text, the waivers and the labels read back from every deliverable; the page
opens in real headless Chromium with the findings visible and user text escaped."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import Project
from tests.conftest import EPISODE_EN, copy_project, isolated_config, project_template
from tests.review.test_compliance import set_markets
from tests.test_cli import run

#: User text that would run as a script if the page did not escape it.
HOSTILE = '<script>document.title="pwned"</script><b>whisky</b> & "quoted"'


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A built 1-episode series with planted problems, then reviewed: an alcohol line for
    the Middle East (waived), hostile text in a line, and a cover whose AIGC label was
    stripped. The series is a copy of the session's built en episode; the markets, the
    audio label and the planted lines are built into it."""
    from microdrama.cli import main

    root = copy_project(project_template(tmp_path_factory, EPISODE_EN, []),
                        tmp_path_factory.mktemp("review") / "drama")
    set_markets(root, ["middle-east", "eu"], 'audio_label = "rhythm"\n')
    loaded = Project.open(root)
    bible = loaded.load_bible()
    assert bible is not None
    episode = loaded.load_episode(1, bible)
    assert episode is not None
    lines = episode.lines()
    lines[0].text = "Pour me the champagne."
    lines[1].text = HOSTILE
    (root / "episodes/ep001.yaml").write_text(dump_model(episode), "utf-8")
    (root / "waivers.toml").write_text(
        f'[[waiver]]\nrule = "middle-east.alcohol"\ntarget = "{lines[0].id}"\n'
        'reason = "Sparkling juice in the Arabic cut."\n'
        '[[waiver]]\nrule = "eu.nothing"\nreason = "A waiver that matches nothing."\n', "utf-8")
    with isolated_config(tmp_path_factory.mktemp("home")):
        assert main(["build", str(root)]) == 0
    cover = root / "out/en/ep001.cover.jpg"
    stripped = io.BytesIO()
    with Image.open(cover) as image:
        image.convert("RGB").save(stripped, "JPEG", quality=90)  # no XMP: the label is gone
    cover.write_bytes(stripped.getvalue())
    shutil.copy(cover, root / "out/en/ep001.extra.jpg")
    with isolated_config(tmp_path_factory.mktemp("home")):
        assert main(["review", str(root), "--no-build"]) == 0
    return root, {"alcohol": lines[0].id, "hostile": lines[1].id}


def test_review_json_has_findings_in_context_waivers_and_labels(
        reviewed: tuple[Path, dict[str, str]]) -> None:
    root, at = reviewed
    report = json.loads((root / "out/review.json").read_text("utf-8"))
    findings = report["episodes"][0]["findings"]
    alcohol = next(f for f in findings if f["rule"] == "middle-east.alcohol"
                   and f["target"] == at["alcohol"])
    assert alcohol["waived"] == "Sparkling juice in the Arabic cut."
    assert "Pour me the champagne." in alcohol["context"]
    assert alcohol["market_name"] == "Middle East"
    assert [w["rule"] for w in report["unused_waivers"]] == ["eu.nothing"]
    failing = {f["path"] for f in report["files"] if not f["ok"]}
    assert failing == {"out/en/ep001.cover.jpg", "out/en/ep001.extra.jpg"}
    passing = {f["path"] for f in report["files"] if f["ok"]}
    assert {"out/en/ep001.mp4", "out/en/ep001.srt", "out/en/ep001.contact.png"} <= passing
    assert report["counts"]["error"] >= 2  # the two unlabelled images at least
    video = next(f for f in report["files"] if f["path"] == "out/en/ep001.mp4")
    audio = next(c for c in video["checks"] if c["name"] == "audio")
    assert audio["status"] == "ok", audio  # drama.toml asked for the ·- ·· rhythm
    assert [m["id"] for m in report["markets"]] == ["middle-east", "eu"]


def test_strict_review_fails_on_open_errors(reviewed: tuple[Path, dict[str, str]],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    root, _at = reviewed
    code, _out, err = run(capsys, "review", str(root), "--no-build", "--strict")
    assert code == 5 and "review.html" in err


def test_the_page_shows_the_findings_escaped_in_chromium(
        reviewed: tuple[Path, dict[str, str]]) -> None:
    from playwright.sync_api import sync_playwright

    root, at = reviewed
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is missing: run scripts/install-browser.sh"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto((root / "out/review.html").as_uri())
            assert page.title().startswith("Review — ")  # the hostile script did not run
            episode = page.locator("section#ep001")
            assert episode.is_visible()
            alcohol = episode.locator(
                f'.finding[data-rule="middle-east.alcohol"][data-target="{at["alcohol"]}"]')
            assert alcohol.is_visible()
            assert "Waived: Sparkling juice" in alcohol.inner_text()
            hostile = page.locator(f'.finding[data-target="{at["hostile"]}"] .context')
            assert HOSTILE in hostile.first.inner_text()  # shown as text…
            assert page.locator(".context b").count() == 0  # …never as markup
            files = page.locator("section#files")
            assert "ep001.cover.jpg" in files.inner_text() and "fails" in files.inner_text()
            shot = root / "out/review.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
            assert not dialogs
        finally:
            browser.close()

