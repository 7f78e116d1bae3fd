"""Reading an interactive episode along each way through it: paths, the default path,
continuity per path (the series continues from the default one) and craft's ending."""

from __future__ import annotations

from pathlib import Path

from microdrama.domain import Episode, Ledger, LedgerEvent
from microdrama.domain.playthrough import default_path, path_episode, playthrough, scene_paths
from microdrama.formats.yamlio import parse_yaml
from microdrama.review.continuity import check_continuity
from microdrama.review.craft import check_craft

EXAMPLE = Path(__file__).resolve().parents[1] / "data/story/three-endings.yaml"


def example() -> Episode:
    return Episode.model_validate(parse_yaml(EXAMPLE.read_text(), EXAMPLE))


def scene(episode: Episode, ident: str):  # noqa: ANN201
    return next(s for s in episode.scenes if s.id == ident)


def test_paths_and_the_default_path() -> None:
    episode = example()
    assert scene_paths(episode) == [
        ["ep001-sc01", "ep001-sc02", "ep001-sc03", "ep001-sc04"],
        ["ep001-sc01", "ep001-sc02", "ep001-sc03", "ep001-sc05"],
        ["ep001-sc01", "ep001-sc02", "ep001-sc03", "ep001-sc06"],
        ["ep001-sc01", "ep001-sc03", "ep001-sc04"],
        ["ep001-sc01", "ep001-sc03", "ep001-sc05"],
        ["ep001-sc01", "ep001-sc03", "ep001-sc06"],
    ]
    # Defaults: ask the butler (trust 1), then call the police (the default is shown).
    assert default_path(episode) == ["ep001-sc01", "ep001-sc02", "ep001-sc03", "ep001-sc05"]
    played = playthrough(episode)
    assert not played.branching and [s.id for s in played.scenes] == default_path(episode)
    assert path_episode(played, ["x"]) is played  # a linear episode is its own path


def test_a_hidden_default_falls_to_the_first_option_shown() -> None:
    episode = example()
    third = scene(episode, "ep001-sc03")
    third.choices[1].condition = "betrayed"  # the default is hidden on a first playthrough
    assert default_path(episode)[-1] == "ep001-sc04"  # trust >= 1 shows 'Forgive him' first


def test_continuity_per_path_and_the_ledger_follows_the_default_path() -> None:
    episode = example()
    # Both endings establish the same fact: fine, no path sees it twice.
    for ident in ("ep001-sc04", "ep001-sc05"):
        scene(episode, ident).beats[0].events = [
            LedgerEvent(kind="establish", fact="ending", who=["lead"], text=ident)]
    # Only the branch through the butler's scene tells the lead the letter's secret.
    scene(episode, "ep001-sc02").beats[0].events = [
        LedgerEvent(kind="establish", fact="letter", who=["lead"], text="a letter")]
    scene(episode, "ep001-sc06").beats[0].lines[0].knows = ["letter"]
    ledger = Ledger()
    findings = check_continuity(episode, ledger)
    assert [(f.rule, f.target) for f in findings] == [("continuity.unknown-fact", "ep001-sc06-l01")]
    assert ledger.facts["ending"].text == "ep001-sc05" and "letter" in ledger.facts
    assert ledger.after == "ep001"


def test_craft_reads_the_ending_of_the_default_path_only() -> None:
    episode = example()
    scene(episode, "ep001-sc06").beats[0].kind = "reversal"  # an ending that closes: fine
    assert not [f for f in check_craft(episode, "en") if f.rule == "craft.ending"]
    scene(episode, "ep001-sc05").beats[0].kind = "reversal"  # the main story's ending
    assert [f.target for f in check_craft(episode, "en") if f.rule == "craft.ending"] == [
        "ep001-sc05-b01"]
