"""The command line, end to end on real project folders."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from microdrama.cli import main
from microdrama.formats.yamlio import parse_yaml


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def built(built_project: Callable[..., Path]) -> Path:
    """A 4-episode offline project built through the review (a private copy)."""
    return built_project(["--idea", "a maid's daughter is the real heiress", "--lang", "en",
                          "--episodes", "4"], ["--until", "check"])


def runlog_rows(root: Path) -> list[tuple[str, str, str, int]]:
    db = sqlite3.connect(root / ".microdrama/runlog.sqlite")
    last = db.execute("SELECT max(id) FROM runs").fetchone()[0]
    rows = db.execute("SELECT stage, item, outcome, cache_hit FROM items WHERE run_id = ?",
                      (last,)).fetchall()
    db.close()
    return rows


def test_build_writes_a_coherent_project(built: Path) -> None:
    assert (built / "series.yaml").is_file() and (built / "outline.yaml").is_file()
    episodes = sorted(p.name for p in (built / "episodes").iterdir())
    assert episodes == ["ep001.yaml", "ep002.yaml", "ep003.yaml", "ep004.yaml"]
    review = json.loads((built / "out/review/ep001.json").read_text("utf-8"))
    assert review["findings"] == []


def test_a_second_build_does_no_work(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "build", str(built), "--until", "check", "--json")
    assert code == 0
    report = json.loads(out)
    assert all(not s["ran"] and not s["restored"] for s in report["stages"])
    rows = runlog_rows(built)
    assert rows and all(hit == 1 for *_, hit in rows)
    code, out, _ = run(capsys, "status", str(built), "--until", "check", "--json")
    assert {i["state"] for i in json.loads(out)} == {"fresh"}


def test_editing_one_line_marks_exactly_its_dependents(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = built / "episodes/ep002.yaml"
    text = path.read_text("utf-8")
    data = parse_yaml(text, path)
    old = data["scenes"][0]["beats"][0]["lines"][0]["text"]
    path.write_text(text.replace(old, "I changed this line myself.", 1), "utf-8")
    code, out, _ = run(capsys, "status", str(built), "--until", "check", "--json")
    not_fresh = {(i["stage"], i["item"]): i["state"] for i in json.loads(out) if i["state"] != "fresh"}
    assert not_fresh == {("script", "ep002"): "edited", ("check", "ep002"): "stale"}
    code, out, _ = run(capsys, "build", str(built), "--until", "check", "--json")
    ran = {s["stage"]: s["ran"] for s in json.loads(out)["stages"]}
    assert ran == {"digest": [], "bible": [], "outline": [], "sourcemap": [], "script": [],
                   "check": ["ep002"]}
    assert "I changed this line myself." in path.read_text("utf-8")


def test_force_rewrites_an_edited_episode(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = built / "episodes/ep001.yaml"
    original = path.read_text("utf-8")
    path.write_text(original.replace("target_seconds: 90", "target_seconds: 95"), "utf-8")
    assert run(capsys, "build", str(built), "--force", "script", "--episodes", "1",
               "--until", "script")[0] == 0
    assert path.read_text("utf-8") == original


def test_an_invalid_episode_stops_the_build_and_names_the_place(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = built / "episodes/ep003.yaml"
    text = path.read_text("utf-8")
    data = parse_yaml(text, path)
    speaker = data["scenes"][0]["beats"][0]["lines"][0]["speaker"]
    broken = text.replace(f"speaker: {speaker}", "speaker: nobody", 1)
    path.write_text(broken, "utf-8")
    code, _, err = run(capsys, "build", str(built), "--until", "check")
    assert code == 2
    assert "ep003.yaml, line" in err and "unknown character 'nobody'" in err and "Fix:" in err
    assert path.read_text("utf-8") == broken


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--idea", ""], "option --idea"),
        (["--idea", "x" * 2001], "option --idea"),
        (["--idea", "a revenge story", "--lang", "fr"], "option --lang"),
        (["--idea", "a revenge story", "--episodes", "0"], "option --episodes"),
        (["--idea", "a revenge story", "--genre", "space"], "option --genre"),
        (["--idea", "a revenge story", "--seconds", "5"], "Fix: use --seconds between 30 and 900"),
    ],
)
def test_new_refuses_bad_input_and_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   args: list[str], words: str) -> None:
    root = tmp_path / "drama"
    code, _, err = run(capsys, "new", str(root), *args)
    assert code == 2 and words in err and "Fix:" in err
    assert not root.exists()


def test_new_into_an_unwritable_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    code, _, err = run(capsys, "new", str(blocker / "drama"), "--idea", "a revenge story")
    assert code == 2 and "a-file" in err and "Fix:" in err


def test_unknown_stage(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "build", str(built), "--until", "render")
    assert code == 2 and "unknown stage 'render'" in err


def test_export_and_import_fountain(built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", str(built), "--format", "fountain")
    assert code == 0
    fountain = next((built / "out").glob("*.fountain"))
    text = fountain.read_text("utf-8")
    assert text.startswith("Title:") and "INT." in text and "# Episode 1" in text
    code, out, _ = run(capsys, "import-script", str(fountain))
    assert code == 0 and out.count("---\n") == 4 and "ep001-sc01-l01" in out
    before = (built / "episodes/ep001.yaml").read_text("utf-8")
    code, _, err = run(capsys, "import-script", str(fountain), "--into", str(built))
    assert code == 2 and "--replace" in err
    assert (built / "episodes/ep001.yaml").read_text("utf-8") == before


def test_build_of_a_selection_writes_the_episodes_it_continues_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "drama"
    run(capsys, "new", str(root), "--idea", "重生复仇", "--lang", "zh", "--episodes", "6")
    assert run(capsys, "build", str(root), "--episodes", "3", "--until", "script")[0] == 0
    assert sorted(p.name for p in (root / "episodes").iterdir()) == [
        "ep001.yaml", "ep002.yaml", "ep003.yaml"]


PAST = ("past the project's last (2)", "Fix: choose episodes within 1-2")
NOT_A_NUMBER = ("is not an episode number or range", "Fix: write numbers and ranges like 1-3,7")


@pytest.mark.parametrize(("episodes", "message"), [
    ("1-100000000", PAST),  # refused before the range is spelled out
    ("100000", PAST), ("3", PAST), ("2-1", NOT_A_NUMBER), ("x", NOT_A_NUMBER),
])
def test_an_episode_selection_is_checked_against_the_project(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], episodes: str,
        message: tuple[str, str]) -> None:
    root = tmp_path / "drama"
    assert run(capsys, "new", str(root), "--idea", "a maid's daughter is the real heiress",
               "--lang", "en", "--episodes", "2")[0] == 0
    code, _, err = run(capsys, "build", str(root), "--episodes", episodes, "--until", "bible")
    assert code == 2 and message[0] in err and message[1] in err, err
    assert not (root / "series.yaml").exists()  # refused before anything was made
    assert run(capsys, "build", str(root), "--episodes", "2", "--until", "script")[0] == 0


def test_status_leaves_every_file_as_it_was(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib
    import re

    path = built / "episodes/ep002.yaml"
    text = path.read_text("utf-8")
    first = parse_yaml(text, path)["scenes"][0]["beats"][0]["lines"][0]
    anchor = re.search(rf"^( *)- id: {first['id']}\n", text, re.MULTILINE)
    assert anchor is not None
    indent = anchor[1]
    added = (f"{indent}- speaker: {first['speaker']}\n"
             f"{indent}  text: 'A line I added, with no id.'\n")
    path.write_text(text[:anchor.start()] + added + text[anchor.start():], "utf-8")

    def hashes() -> dict[str, str]:
        return {str(p.relative_to(built)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(built.rglob("*")) if p.is_file()}

    before = hashes()
    assert run(capsys, "status", str(built))[0] == 0
    assert run(capsys, "status", str(built), "--json")[0] == 0
    assert hashes() == before  # not one byte of the project changed
    assert run(capsys, "build", str(built), "--until", "check")[0] == 0  # the build writes ids
    lines = parse_yaml(path.read_text("utf-8"), path)["scenes"][0]["beats"][0]["lines"]
    assert lines[0]["text"] == "A line I added, with no id." and lines[0]["id"].startswith(
        "ep002-sc01-l")


def test_version_prints_without_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    from microdrama import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == __version__


def test_a_build_that_leaves_items_blocked_says_which_and_why(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The build's report names what it could not make and what each waits for (the
    table alone only counts them)."""
    from microdrama.app.build import BuildResult
    from microdrama.cli import _print_build
    from microdrama.engine.builder import StageReport

    reports = [StageReport("music", ran=["ep001-sc01"], blocked=["ep001-sc02"],
                           why={"ep001-sc02": "needs the timeline [of ep001]"}),
               StageReport("mix", blocked=["ep001"],
                           why={"ep001": "waits for music, blocked in this build"})]
    _print_build(BuildResult(tmp_path, reports, 1.0), as_json=False)
    printed = capsys.readouterr().out
    assert "not made this time: 2 items" in printed
    assert "music ep001-sc02: needs the timeline [of ep001]" in printed
    assert "mix ep001: waits for music, blocked in this build" in printed
    _print_build(BuildResult(tmp_path, reports, 1.0), as_json=True)
    data = json.loads(capsys.readouterr().out)
    assert data["stages"][1]["blocked_why"] == {"ep001": "waits for music, blocked in this build"}
