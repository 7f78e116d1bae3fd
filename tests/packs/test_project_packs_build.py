"""A project's packs/ in a real build: what reads the replaced pack is rekeyed, the rest
stays cached; a wrong pack stops the build naming the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from microdrama.cli import main
from microdrama.packs import pack_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def states(capsys: pytest.CaptureFixture[str], root: Path) -> dict[tuple[str, str], str]:
    code, out, _ = run(capsys, "status", str(root), "--until", "check", "--json")
    assert code == 0
    return {(i["stage"], i["item"]): i["state"] for i in json.loads(out)}


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "drama"
    assert run(capsys, "new", str(root), "--idea", "a maid's daughter is the real heiress",
               "--lang", "en", "--episodes", "2")[0] == 0
    assert run(capsys, "build", str(root), "--until", "check")[0] == 0
    return root


def test_a_project_craft_pack_reruns_the_review_and_keeps_the_rest(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = json.loads((built / "out/review/ep001.json").read_text("utf-8"))
    assert set(states(capsys, built).values()) == {"fresh"}
    # Lines of at most 3 words: the project's own, stricter house rule.
    rules = pack_text("craft", "rules").replace("line_length = [4, 14]", "line_length = [1, 3]")
    (built / "packs/craft").mkdir(parents=True)
    (built / "packs/craft/rules.toml").write_text(rules, "utf-8")

    now = states(capsys, built)
    # The review reads the craft rules: stale. The writer's texts read them too, but they
    # are the user's files now: marked outdated and kept, never rewritten.
    assert {k: v for k, v in now.items() if k[0] == "check"} == {
        ("check", "ep001"): "stale", ("check", "ep002"): "stale"}
    assert {v for k, v in now.items() if k[0] != "check"} == {"outdated"}

    code, out, _ = run(capsys, "build", str(built), "--until", "check", "--json")
    assert code == 0
    ran = {s["stage"]: s["ran"] for s in json.loads(out)["stages"]}
    assert sorted(ran["check"]) == ["ep001", "ep002"]  # finished in either order
    assert not any(items for stage, items in ran.items() if stage != "check")
    after = json.loads((built / "out/review/ep001.json").read_text("utf-8"))
    assert after != before and any(f["rule"].startswith("craft.") for f in after["findings"])
    assert {v for k, v in states(capsys, built).items() if k[0] == "check"} == {"fresh"}

    # Taking the pack away brings back the built-in rules and their review, from the cache.
    (built / "packs/craft/rules.toml").unlink()
    assert {k for k, v in states(capsys, built).items() if v != "fresh"} == {
        ("check", "ep001"), ("check", "ep002")}
    code, out, _ = run(capsys, "build", str(built), "--until", "check", "--json")
    report = {s["stage"]: s for s in json.loads(out)["stages"]}
    assert report["check"]["ran"] == [] and report["check"]["restored"] == ["ep001", "ep002"]
    assert json.loads((built / "out/review/ep001.json").read_text("utf-8")) == before


def test_a_malformed_project_pack_stops_the_build_naming_the_file(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (built / "packs/craft").mkdir(parents=True)
    (built / "packs/craft/rules.toml").write_text("version = [\n", "utf-8")
    code, _, err = run(capsys, "build", str(built), "--until", "check")
    assert code == 2
    assert str(built / "packs/craft/rules.toml") in err and "not valid TOML" in err
