"""What a {stake} slot may name: a line whose words sign over, sell, split or claim its
stake names a thing one can own or hold, never a relationship (0035)."""

from __future__ import annotations

import re

import pytest

from microdrama.domain import Episode
from microdrama.providers.offline.writer.banks import LANGUAGES, load_bank
from microdrama.providers.offline.writer.banks.schema import Bank, Move
from microdrama.providers.offline.writer.banks.text import STAKE_KINDS, expand
from microdrama.providers.offline.writer.provider import write_series

#: Ideas of every trope whose arcs put a relationship at stake (a contract marriage, an
#: engagement, a mate bond) next to assets.
IDEAS = {
    "en": ["A florist signs a contract marriage with a cold CEO to pay her mother's bills",
           "A maid's daughter humiliated at her sister's engagement party is the real heiress",
           "After her fiance cheats on her, Claire wakes up five years in the past",
           "A waitress slapped by the alpha's fiancee is secretly the true luna",
           "A son-in-law mocked by his wife's family is secretly a war god"],
    "zh": ["落魄设计师和冷面总裁签下契约婚姻，只为给母亲凑手术费",
           "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金",
           "重生回到订婚那天，她发誓这一次绝不嫁给渣男",
           "被狼族首领的未婚妻当众扇耳光的服务员，其实是真正的月神之女",
           "上门女婿被丈母娘赶出家门，其实他是隐退的兵王"],
}


def _pattern(template: str) -> re.Pattern[str]:
    """A spoken line of ``template``, its {stake} captured, every other slot any words."""
    parts = re.split(r"(\{[a-z]+\})", template)
    regex = "".join("(?P<stake>.+?)" if part == "{stake}" and "(?P<stake>" not in "".join(
        parts[:i]) else ".+?" if part.startswith("{") else re.escape(part)
                    for i, part in enumerate(parts))
    return re.compile(f"^{regex}$", re.IGNORECASE)


def _stake_lines(bank: Bank) -> list[tuple[Move, re.Pattern[str]]]:
    moves = [m for m in [*bank.moves, *(t.move for t in bank.twists)] if m.stake]
    out = []
    for move in moves:
        says = [s for line in move.lines for s in line.say]
        if move.payoff is not None:
            says += [s for line in move.payoff.lines for s in line.say]
        out += [(move, _pattern(text)) for say in says for text in expand(say)
                if "{stake}" in text]
    return out


def _misnamed(bank: Bank, episodes: list[Episode], trope: str) -> list[str]:
    stakes = {s.lower(): s.kind for t in bank.tropes if t.id == trope for s in t.stakes}
    found = []
    patterns = _stake_lines(bank)
    for line in (line for episode in episodes for line in episode.lines()):
        for move, pattern in patterns:
            match = pattern.match(line.text)
            named = match["stake"].lower() if match else ""
            if named in stakes and stakes[named] not in move.stake:
                found.append(f"{move.id} names {stakes[named]} {named!r}: {line.text}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_stake_slot_never_names_what_its_words_cannot_do(language: str) -> None:
    bank = load_bank(language)
    bad: list[str] = []
    for seed, idea in enumerate(IDEAS[language], start=1):
        bible, _, episodes = write_series(language, idea, episodes=12, seed=seed)  # type: ignore[arg-type]
        bad += _misnamed(bank, episodes, bible.tropes[0])
    assert not bad, bad[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_trope_has_typed_stakes_and_moves_say_their_kinds(language: str) -> None:
    bank = load_bank(language)
    for trope in bank.tropes:
        assert all(stake.kind in STAKE_KINDS for stake in trope.stakes)
        # "sign over {stake}" needs an asset or a title: every trope can deal one
        assert {s.kind for s in trope.stakes} & {"asset", "title"}, trope.id
    relations = {s for t in bank.tropes for s in t.stakes if s.kind == "bond"}
    assert relations, "a bank names relationships at stake (an engagement)"
    signing = [m for m in bank.moves if m.stake and "bond" not in m.stake]
    assert signing, "some moves' words need an asset"


def test_a_verb_after_a_slot_agrees_with_a_plural_value() -> None:
    from microdrama.providers.offline.writer.cast import fill

    assert fill("A single day. After that, {stake} is theirs.", {"stake": "the family shares"}) \
        == "A single day. After that, the family shares are theirs."
    assert fill("Then {stake} slips away for good.", {"stake": "the Hale shares"}) == \
        "Then the Hale shares slip away for good."
    assert fill("{stake} was never yours.", {"stake": "the business"}) == \
        "The business was never yours."
    assert fill("{secret} is out.", {"secret": "the truth about the twins"}) == \
        "The truth about the twins is out."
    assert fill("{stake}是我的。", {"stake": "婚约"}) == "婚约是我的。"
