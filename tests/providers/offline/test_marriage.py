"""Divorce papers only for a lead who married: a move that needs a marriage (bank
``needs: [married]``) is dealt when the trope's premise is one (a contract marriage, a
live-in son-in-law) or the idea or bible says one, never to a boxer or a reborn student."""

from __future__ import annotations

import pytest

from microdrama.providers.offline.writer.banks import load_bank
from microdrama.providers.offline.writer.provider import write_series
from microdrama.providers.offline.writer.series import Series


@pytest.mark.parametrize(("language", "idea", "married"), [
    ("en", "kid from a trailer park gets into an elite boxing academy. the coach's son "
     "bullies him.", False),
    ("en", "my husband and my sister stole my company and left me for dead", True),
    ("zh", "重生回到高考前一天，前世被闺蜜顶替了大学名额", False),
    ("zh", "上门女婿被丈母娘赶出家门，其实他是隐退的兵王", True),
])
def test_a_move_that_needs_a_marriage_is_dealt_only_to_a_married_lead(
        language: str, idea: str, married: bool) -> None:
    bible, _, _ = write_series(language, idea, episodes=2, seed=1)
    series = Series.of(bible, 1)
    divorce = next(m for m in series.bank.moves if m.id == "hook-divorce")
    assert series.married is married
    assert series.allowed(divorce) is married


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_divorce_move_needs_a_marriage(language: str) -> None:
    bank = load_bank(language)
    divorces = [m for m in bank.moves if any(
        word in text for text in m.action for word in ("Divorce", "divorce", "离婚"))]
    assert divorces and all("married" in m.needs for m in divorces)
