"""Compliance rule packs on real generated series: planted violations are found with the
rule, the market and the id of the line, beat or episode; waivers are kept and shown;
``--strict`` counts only what is open; the clean demo raises no compliance error."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from microdrama.app.create import DEMO_IDEA, DEMO_MARKETS
from microdrama.domain.settings import ReleaseSettings
from microdrama.formats.yamlio import dump_model
from microdrama.packs import pack_names
from microdrama.project.folder import Project
from microdrama.review.compliance import CHECKS, load_market, review_tier
from tests.test_cli import run

IDEA = "A maid's daughter humiliated at an engagement party is the real heiress switched at birth."


def set_markets(root: Path, markets: list[str], extra: str = "") -> None:
    """Replace drama.toml's [release] table."""
    text = (root / "drama.toml").read_text("utf-8").split("[release]")[0]
    (root / "drama.toml").write_text(
        text + "[release]\nmarkets = " + json.dumps(markets) + "\n" + extra, "utf-8")


def findings(root: Path) -> list[dict[str, str]]:
    return [f for path in sorted((root / "out/review").glob("ep*.json"))
            for f in json.loads(path.read_text("utf-8"))["findings"]]


def found(root: Path, rule: str) -> set[str]:
    """Targets of the findings of ``rule``."""
    return {f["target"] for f in findings(root) if f["rule"] == rule}


@pytest.fixture
def project(built_project: Callable[..., Path]) -> Path:
    return built_project(["--idea", IDEA, "--lang", "en", "--episodes", "3"],
                         ["--until", "script"])


def plant(root: Path) -> dict[str, str]:
    """A bait title, a minor in a romance scene, an alcohol scene; the ids they sit at."""
    loaded = Project.open(root)
    bible = loaded.load_bible()
    assert bible is not None
    episodes = [loaded.load_episode(n, bible) for n in (1, 2, 3)]
    first, second, third = episodes
    assert first is not None and second is not None and third is not None
    # A minor: a character present in a scene of episode 1 with a line of theirs.
    scene = next(s for s in first.scenes if len(s.characters) >= 2
                 and any(line.speaker != "lead" for b in s.beats for line in b.lines))
    line = next(line for b in scene.beats for line in b.lines if line.speaker != "lead")
    minor = bible.character(line.speaker)
    assert minor is not None
    minor.look.age = 16
    line.text += " Kiss me, then."
    (root / "series.yaml").write_text(dump_model(bible), "utf-8")
    (root / "episodes/ep001.yaml").write_text(dump_model(first), "utf-8")
    second.title = "My Domineering CEO Husband"
    (root / "episodes/ep002.yaml").write_text(dump_model(second), "utf-8")
    beat = third.scenes[0].beats[0]
    beat.action += " She raises a glass of champagne."
    (root / "episodes/ep003.yaml").write_text(dump_model(third), "utf-8")
    return {"minor": line.id, "title": second.id, "alcohol": beat.id, "name": minor.name}


def test_planted_violations_are_found_with_their_ids(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    at = plant(project)
    set_markets(project, ["cn", "middle-east", "eu"])
    code, _out, _err = run(capsys, "build", str(project), "--until", "check")
    assert code == 0
    assert found(project, "cn.title.bait") == {at["title"]}
    assert found(project, "cn.minor.romance") == {at["minor"]}
    assert at["name"] in next(f["message"] for f in findings(project)
                              if f["rule"] == "cn.minor.romance")
    assert at["alcohol"] in found(project, "middle-east.alcohol")
    assert found(project, "cn.licence-card") == {"ep001", "ep002", "ep003"}
    assert found(project, "eu.content-credentials") == {"series"}
    every = findings(project)
    for finding in every:
        if finding["market"]:
            assert finding["source"] and finding["rule"].startswith(finding["market"] + ".")
    # Only the markets named: the same script for the West alone raises none of these.
    set_markets(project, ["west"])
    assert run(capsys, "build", str(project), "--until", "check")[0] == 0
    assert not [f for f in findings(project) if f["market"] not in ("", "west")]


def test_the_record_number_clears_the_licence_finding(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    set_markets(project, ["cn"], '[release.cn]\nrecord = "网微剧备字(2026)第00001号"\n'
                                 "budget_cny = 500000\n")
    assert run(capsys, "build", str(project), "--until", "check")[0] == 0
    assert not found(project, "cn.licence-card")
    tier = next(f for f in findings(project) if f["rule"] == "cn.review-tier")
    assert tier["target"] == "series" and "provincial" in tier["message"]


def test_waivers_are_kept_shown_and_not_counted_by_strict(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    at = plant(project)
    set_markets(project, ["middle-east"])
    code, _out, err = run(capsys, "build", str(project), "--until", "check", "--strict")
    assert code == 5 and "ep003" in err
    (project / "waivers.toml").write_text(
        '[[waiver]]\nrule = "middle-east.alcohol"\ntarget = "*"\n'
        'reason = "Grape juice in the Arabic version."\nby = "Lin"\n'
        f'[[waiver]]\nrule = "middle-east.intimacy"\ntarget = "{at["minor"]}"\n'
        'reason = "Cut from the Arabic version."\n', "utf-8")
    code, _out, err = run(capsys, "build", str(project), "--until", "check", "--strict")
    assert code == 0, err
    alcohol = [f for f in findings(project) if f["rule"] == "middle-east.alcohol"]
    assert {f["target"] for f in alcohol} >= {at["alcohol"]}
    assert all(f["waived"] == "Grape juice in the Arabic version. (Lin)" for f in alcohol)
    intimacy = {f["target"]: f["waived"] for f in findings(project)
                if f["rule"] == "middle-east.intimacy"}
    assert intimacy[at["minor"]] == "Cut from the Arabic version."


def test_bad_markets_and_waivers_name_the_file_and_the_fix(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    set_markets(project, ["atlantis"])
    code, _out, err = run(capsys, "build", str(project), "--until", "check")
    assert code == 2 and "drama.toml" in err and "atlantis" in err and "middle-east" in err
    set_markets(project, ["eu"])
    (project / "waivers.toml").write_text('[[waiver]]\nrule = "eu.x"\n', "utf-8")
    code, _out, err = run(capsys, "build", str(project), "--until", "check")
    assert code == 2 and "waivers.toml" in err and "[[waiver]] number 1, reason" in err


def test_a_project_pack_replaces_a_market(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    set_markets(project, ["middle-east"])
    pack = project / "packs/compliance/middle-east.toml"
    pack.parent.mkdir(parents=True)
    pack.write_text(
        'market = "middle-east"\nname = "ME, house rules"\nkind = "culture"\n'
        'version = "2027-01-01"\nsources = ["our distributor"]\n'
        '[[rules]]\nid = "middle-east.stairs"\ncheck = "words"\nseverity = "info"\n'
        'message = "stairs: {word}"\nfix = "none"\nsource = "distributor memo"\n'
        'words = { en = ["the", "a"], zh = ["的"] }\n', "utf-8")
    assert run(capsys, "build", str(project), "--until", "check")[0] == 0
    rules = {f["rule"] for f in findings(project) if f["market"]}
    assert rules == {"middle-east.stairs"}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_demo_raises_no_compliance_error(capsys: pytest.CaptureFixture[str], language: str, built_project: Callable[..., Path]
                                            ) -> None:
    root = built_project(["--idea", DEMO_IDEA[language], "--lang", language, "--episodes", "3"],
                         ["--until", "script"])
    set_markets(root, DEMO_MARKETS[language])
    assert run(capsys, "build", str(root), "--until", "check")[0] == 0
    market = [f for f in findings(root) if f["market"]]
    assert market, "the demo's markets raise no finding at all: are the packs read?"
    assert not [f for f in market if f["severity"] == "error"]


def test_a_zh_bait_title_is_found(capsys: pytest.CaptureFixture[str], built_project: Callable[..., Path]) -> None:
    root = built_project(["--idea", DEMO_IDEA["zh"], "--lang", "zh", "--episodes", "3"],
                         ["--until", "script"])
    text = (root / "episodes/ep001.yaml").read_text("utf-8")
    (root / "episodes/ep001.yaml").write_text(
        re.sub(r"(?m)^title: .*$", "title: 霸总的替身新娘", text, count=1), "utf-8")
    set_markets(root, ["cn"])
    assert run(capsys, "build", str(root), "--until", "check")[0] == 0
    assert found(root, "cn.title.bait") == {"ep001"}


def test_every_pack_is_dated_sourced_and_speaks_zh_and_en() -> None:
    names = pack_names("compliance")
    assert {"cn", "eu", "us", "middle-east", "southeast-asia", "latam", "japan", "korea",
            "west"} <= set(names)
    used = set()
    for name in names:
        pack = load_market(name)
        date.fromisoformat(pack.version)
        for rule in pack.rules:
            used.add(rule.check)
            assert rule.source
            if rule.check in ("words", "title-words", "minor-words"):
                assert rule.words.get("zh") and rule.words.get("en"), rule.id
    assert used == set(CHECKS)


def test_review_tiers_follow_the_dated_thresholds() -> None:
    pack = load_market("cn")
    data = tomllib.loads((Path(__file__).parents[2] / "src/microdrama/packs/compliance/cn.toml")
                         .read_text("utf-8"))
    assert len(data["tiers"]) == 3
    assert review_tier(pack, 200_000, date(2026, 12, 6), None)[0] == "platform self-review"
    assert review_tier(pack, 500_000, date(2026, 12, 6), None)[0].startswith("provincial")
    assert review_tier(pack, 900_000, date(2026, 12, 6), None)[0].startswith("national")
    # Before the AI thresholds: the 2026-01-01 ones (¥1 M–3 M provincial).
    assert review_tier(pack, 900_000, date(2026, 3, 1), None)[0] == "platform self-review"
    assert review_tier(pack, 10, date(2026, 12, 6), "police")[0].startswith("national")
    assert ReleaseSettings().markets == []


def test_drama_toml_keeps_the_release_table_whole(tmp_path: Path) -> None:
    from microdrama.project.folder import load_settings, settings_toml
    from tests.conftest import make_settings

    settings = make_settings()
    settings.release.markets = ["cn", "eu"]
    settings.release.cn.record = "网微剧备字(2026)第00001号"
    settings.release.audio_label = "rhythm"
    (tmp_path / "drama.toml").write_text(settings_toml(settings), "utf-8")
    assert load_settings(tmp_path / "drama.toml").release == settings.release
