"""`build` reports open review findings; `--strict` stops on errors; stale storyboards."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from microdrama.engine.context import BuildContext
from microdrama.errors import ReviewError
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import Project
from microdrama.review.lexicon import has_any, load_doctor_pack, normalise
from microdrama.stages.check import CheckStage
from tests.test_cli import run

IDEA = "A maid's daughter humiliated at an engagement party is the real heiress switched at birth."


@pytest.fixture
def project(built_project: Callable[..., Path]) -> Path:
    """A 4-episode offline project built through the scripts (a private copy)."""
    return built_project(["--idea", IDEA, "--lang", "en", "--episodes", "4"],
                         ["--until", "script"])


def kill_someone(root: Path) -> str:
    """Plant an error as plain text: someone dies in episode 1 and speaks in episode 2."""
    loaded = Project.open(root)
    bible = loaded.load_bible()
    assert bible is not None
    first, second = loaded.load_episode(1, bible), loaded.load_episode(2, bible)
    assert first is not None and second is not None
    speaker = next(x.speaker for x in second.lines() if x.speaker != "lead" and
                   x.speaker not in {y.speaker for y in first.beats()[-1].lines})
    character = bible.character(speaker)
    assert character is not None
    first.beats()[-1].action += f" {character.name} collapses and dies."
    (root / "episodes/ep001.yaml").write_text(dump_model(first), "utf-8")
    return next(x.id for x in second.lines() if x.speaker == speaker)


def open_errors(root: Path) -> int:
    return sum(f["severity"] == "error" for path in (root / "out/review").glob("ep*.json")
               for f in json.loads(path.read_text("utf-8"))["findings"])


def test_build_prints_the_open_findings_and_strict_stops_on_errors(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = kill_someone(project)
    code, out, _ = run(capsys, "build", str(project), "--until", "check")
    assert code == 0
    errors = open_errors(project)
    assert errors >= 1
    assert f"review: {errors} errors" in out and "out/review/" in out
    code, out, err = run(capsys, "build", str(project), "--until", "check", "--strict")
    assert code == ReviewError.exit_code == 5
    assert f"{errors} review error" in err and "out/review/ep002.json" in err
    assert "Traceback" not in err
    review = json.loads((project / "out/review/ep002.json").read_text("utf-8"))
    assert any(f["target"] == target and f["rule"] == "doctor.departed-speaks"
               for f in review["findings"])
    # strict stops right after the review: nothing downstream is made
    code, _, _ = run(capsys, "build", str(project), "--until", "storyboard", "--strict")
    assert code == 5
    assert not (project / "storyboards").exists()
    code, out, _ = run(capsys, "build", str(project), "--until", "storyboard", "--json")
    assert code == 0 and json.loads(out)["review"]["error"] == errors
    assert (project / "storyboards/ep001.yaml").is_file()


def test_strict_passes_when_the_review_has_no_error(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "build", str(project), "--until", "check")
    assert open_errors(project) == 0  # the offline writer's own series is clean
    code, out, _ = run(capsys, "build", str(project), "--until", "storyboard", "--strict")
    assert code == 0 and "review: 0 errors" in out
    assert (project / "storyboards/ep004.yaml").is_file()


def test_a_script_edited_after_its_storyboard_names_force_storyboard(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "build", str(project), "--until", "storyboard")[0] == 0
    text = (project / "episodes/ep002.yaml").read_text("utf-8")
    loaded = Project.open(project)
    bible = loaded.load_bible()
    assert bible is not None
    episode = loaded.load_episode(2, bible)
    assert episode is not None
    beat = next(b for b in episode.beats() if len(b.lines) > 1)
    cut = beat.lines.pop()
    (project / "episodes/ep002.yaml").write_text(dump_model(episode), "utf-8")
    assert text != (project / "episodes/ep002.yaml").read_text("utf-8")
    ctx = BuildContext(Project.open(project))
    stage = CheckStage()
    report = json.loads(stage.run(stage.plan(ctx, "ep002")).blobs["findings"])
    stale = [f for f in report["findings"] if f["rule"] == "doctor.storyboard-stale"]
    assert len(stale) == 1 and cut.id in stale[0]["message"]
    assert "--force storyboard" in stale[0]["fix"] and stale[0]["severity"] == "error"
    # a stage that needs the storyboard stops with an input error naming the same fix
    code, _, err = run(capsys, "build", str(project), "--until", "timing")
    assert code == 2
    assert cut.id in err and "--force storyboard" in err and "Traceback" not in err
    code, _, _ = run(capsys, "build", str(project), "--until", "storyboard",
                     "--force", "storyboard")
    assert code == 0
    ctx = BuildContext(Project.open(project))
    report = json.loads(stage.run(stage.plan(ctx, "ep002")).blobs["findings"])
    assert not [f for f in report["findings"] if f["rule"] == "doctor.storyboard-stale"]


def test_the_check_key_follows_relevant_earlier_text(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def key(item: str) -> str:
        return CheckStage().plan(BuildContext(Project.open(project)), item).key

    before = key("ep002")
    loaded = Project.open(project)
    bible = loaded.load_bible()
    assert bible is not None
    first, second = loaded.load_episode(1, bible), loaded.load_episode(2, bible)
    assert first is not None and second is not None
    # an earlier line that episode 2 does not repeat, with nothing to set up: same key
    words = [w for _, item in load_doctor_pack("en").setup.items() for w in item.words]
    said = {normalise(x.text) for x in second.lines()}
    line = next(x for x in first.lines() if not has_any(x.text, words, "en")
                and normalise(x.text) not in said)
    line.text = "Fine. Say it, then."
    (project / "episodes/ep001.yaml").write_text(dump_model(first), "utf-8")
    assert key("ep002") == before
    # episode 1 now says a line of episode 2: the repeat is relevant, the key moves
    line.text = second.lines()[-1].text
    (project / "episodes/ep001.yaml").write_text(dump_model(first), "utf-8")
    repeated = key("ep002")
    assert repeated != before
    # a death in episode 1's action: the key moves again
    kill_someone(project)
    assert key("ep002") != repeated
