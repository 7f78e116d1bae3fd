"""The offline writer's phrase banks: schema, slots, line lengths, coverage, continuity."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from microdrama.domain.text import spoken_size
from microdrama.packs import PackError, pack_names, read_pack
from microdrama.providers.offline.writer import banks
from microdrama.providers.offline.writer.banks import LANGUAGES, load_bank, parse_bank
from microdrama.providers.offline.writer.banks.schema import Bank, Move, template_slots
from microdrama.providers.offline.writer.banks.text import expand
from microdrama.review.craft import load_craft

TROPES = {
    "heiress", "hidden_identity", "ceo_romance", "revenge", "rebirth", "secret_baby",
    "werewolf", "stepmother",
}
SCHEMES = {
    "frame_theft", "stolen_design", "poison", "forged_will", "fake_pregnancy",
    "scandal_photos", "sabotaged_launch", "kidnapping", "contract_fraud", "fire_cover_up",
}
MIN_MOVES = {
    "hook": 12, "stakes": 12, "reversal": 12, "escalation": 12, "cliffhanger": 12,
    "reveal": 4, "finale": 3,
}


def longest_fills(bank: Bank) -> dict[str, str]:
    """For each slot, the longest value the writer could put there."""
    names_zh = [s + g for s in bank.names.surnames[:3] for g in bank.names.female[:3]]
    names = names_zh if bank.language == "zh" else bank.names.female
    name = max(names, key=len)
    fills = {role: name for role in ("lead", "love", "rival", "elder", "aide", "wildcard", "schemer")}
    fills["family"] = max(bank.names.surnames, key=len)
    fills["identity"] = max((t.identity.format(family=fills["family"]) for t in bank.tropes), key=len)
    fills["prop"] = max((s.prop for s in bank.schemes), key=len)
    fills["scheme"] = max((s.scheme for s in bank.schemes), key=len)
    fills["stake"] = max((st for t in bank.tropes for st in t.stakes), key=len)
    fills["place"] = max(
        (n.format(family=fills["family"]) for p in bank.places for n in p.names), key=len
    )
    return fills


@pytest.fixture(params=LANGUAGES)
def bank(request: pytest.FixtureRequest) -> Bank:
    return load_bank(request.param)


def all_moves(bank: Bank) -> list[Move]:
    return [*bank.moves, *(t.move for t in bank.twists)]


def test_bank_covers_the_tropes_and_schemes(bank: Bank) -> None:
    assert {t.id for t in bank.tropes} >= TROPES
    assert {s.id for s in bank.schemes} >= SCHEMES
    assert len(bank.twists) >= 6
    assert all(t.move.beat == "twist" for t in bank.twists)
    kinds = {p.kind for p in bank.places}
    for trope in bank.tropes:
        assert set(trope.locations) <= kinds, trope.id


def test_bank_has_enough_moves_per_beat(bank: Bank) -> None:
    for beat, least in MIN_MOVES.items():
        count = sum(1 for m in bank.moves if m.beat == beat)
        assert count >= least, f"{bank.language}: {count} {beat} moves, want {least}"
    generic_expose = [m for m in bank.moves if m.phase == "expose" and not m.schemes]
    assert len(generic_expose) >= 3
    for beat in ("stakes", "escalation"):
        for state in ("hidden", "revealed"):
            n = sum(1 for m in bank.moves if m.beat == beat and m.identity == state)
            assert n >= 3, f"{bank.language}: {n} {beat} moves for identity {state}"


def test_every_spoken_line_fits_the_line_length_rule(bank: Bank) -> None:
    craft = load_craft(bank.language)
    fills = longest_fills(bank)
    bad = []
    for move in all_moves(bank):
        for line in move.lines:
            for say in (text for variant in line.say for text in expand(variant)):
                size = spoken_size(say.format(**fills), bank.language)
                if not craft.line_min <= size <= craft.line_max:
                    bad.append(f"{move.id}: {size} in {say!r}")
    assert not bad, "\n".join(bad)


def test_lines_keep_the_continuity_rules(bank: Bank) -> None:
    bad = []
    for move in all_moves(bank):
        for line in move.lines:
            uses_identity = any("identity" in template_slots(s) for s in line.say)
            outsider = line.who not in ("lead", "aide")
            if uses_identity and outsider and "identity" not in line.knows:
                bad.append(f"{move.id}: {line.who} names the identity without knows: [identity]")
            if "identity" in line.knows and outsider and not (
                move.identity == "revealed" or move.beat == "reveal"
            ):
                bad.append(f"{move.id}: {line.who} knows the identity before the reveal")
            if "scheme" in line.knows and line.who != "schemer" and move.phase != "expose":
                bad.append(f"{move.id}: {line.who} knows the scheme outside an expose move")
            if "twist" in line.knows and move.beat != "twist":
                bad.append(f"{move.id}: knows the twist outside a twist move")
        if move.beat == "reveal" and move.identity == "hidden":
            bad.append(f"{move.id}: a reveal move cannot require a hidden identity")
    assert not bad, "\n".join(bad)


def test_variants_are_distinct(bank: Bank) -> None:
    says = [s for m in all_moves(bank) for line in m.lines for s in line.say]
    repeated = {s for s in says if says.count(s) > 1}
    assert not repeated, sorted(repeated)[:10]
    per_line = [len(line.say) for m in bank.moves for line in m.lines]
    assert sum(per_line) / len(per_line) >= 2, "most lines need at least two variants"


def test_each_bank_pack_validates() -> None:
    # The branching packs beside them have schemas of their own (tests/packs).
    phrase_banks = [n for n in pack_names("banks") if not n.startswith("branching/")]
    assert phrase_banks == sorted(LANGUAGES)
    for language in LANGUAGES:
        bank = parse_bank(read_pack("banks", language), f"banks/{language}.yaml")
        assert bank.language == language
        assert bank == load_bank(language)


def broken(language: str) -> dict[str, Any]:
    """A copy of a bank pack with a bad slot in the first line of the first move."""
    data: dict[str, Any] = copy.deepcopy(read_pack("banks", language))
    data["moves"][0]["lines"][0]["say"][0] = "{nobody} is here at {place}"
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_broken_pack_fails_naming_the_file_and_the_problem(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = broken(language)
    move_id = data["moves"][0]["id"]
    monkeypatch.setattr(banks, "read_pack", lambda kind, name, **_: data)
    with pytest.raises(PackError) as caught:
        load_bank.__wrapped__(language)  # past the cache: reads the (patched) pack
    message = str(caught.value)
    assert f"banks/{language}.yaml" in message
    assert f"move {move_id} line 0: unknown slots ['nobody']" in message
    assert read_pack("banks", language)["moves"][0] != data["moves"][0]  # cache untouched


def test_a_bad_field_value_names_its_location() -> None:
    data = copy.deepcopy(read_pack("banks", "en"))
    data["moves"][3]["lines"][1]["who"] = "butler"
    with pytest.raises(PackError, match=r"(?s)pack banks/en\.yaml.*moves\.3\.lines\.1\.who"):
        parse_bank(data, "banks/en.yaml")


def test_a_slot_that_opens_a_sentence_is_capitalised() -> None:
    from microdrama.providers.offline.writer.cast import fill

    fills = {"stake": "the engagement", "lead": "ava"}
    assert fill("Please. {stake} is all I have left.", fills) == \
        "Please. The engagement is all I have left."
    assert fill("{stake} first.", fills) == "The engagement first."
    assert fill("You want {stake}?", fills) == "You want the engagement?"
    assert fill("{unknown} stays visible", fills) == "{unknown} stays visible"
