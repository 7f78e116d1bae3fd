"""Ideas of a fourth survey (decision 0029): the trope an idea with no trope word gets
from the story it tells, descriptive leads, and the antagonists and loves the reader
used to miss. Each idea here is worded apart from the survey's own, so the readings
are the general rules', not one sentence's."""

from __future__ import annotations

import pytest

from microdrama.domain.premise import Premise
from microdrama.providers.offline.writer.banks import load_bank
from microdrama.providers.offline.writer.cast import lead_genders, trope_scores
from microdrama.providers.offline.writer.era import settle_era
from microdrama.providers.offline.writer.premise import understand


def _read(language: str, idea: str) -> tuple[Premise, str]:
    """The premise `new` prints and the series' main trope once its era is settled."""
    bank = load_bank(language)
    premise, _lines = understand(idea, language, "auto", [t.id for t in bank.tropes],
                                 trope_scores(idea), lead_genders(bank))
    tropes, _note = settle_era(bank, idea, [t for t in bank.tropes if t.id == premise.trope])
    return premise, tropes[0].id


@pytest.mark.parametrize(("language", "idea", "trope"), [
    # No trope word: the story the idea tells picks the trope.
    ("zh", "状元郎被人冒名顶替，三年后他换了身份回京讨公道", "revenge"),  # harm done to the lead
    ("zh", "校队的替补后卫，带着一群废柴打进省赛决赛", "hidden_identity"),  # an underdog
    ("zh", "穿进一本宫斗小说成了炮灰女配，她只想活到大结局", "palace"),  # a second life, at court
    ("zh", "穿成小说里的恶毒女配，我只想苟到结局", "rebirth"),  # a second life
    ("zh", "山村女医生为了保住村里的卫生所，和镇上的包工头斗到底", "revenge"),
    ("zh", "儿科男护士意外救了黑道大佬，从此被卷入一场追杀", "ceo_romance"),  # not 大佬's hidden identity
    ("zh", "失意剑客在小镇开了一家茶馆，却被当年的仇家找上门", "palace"),  # a period world
    ("en", "After her fiance files for divorce, a quiet bookkeeper is framed by his new partner.",
     "revenge"),
    ("en", "Two rival bakeries share one street in Lisbon, and their owners' children fall in love.",
     "ceo_romance"),
    # A keyword inside a word or someone else's possessive is no keyword: "legitimate" is no
    # werewolf "mate", "a mob boss's widow" no CEO romance.
    ("en", "A shy florist agrees to a fake engagement with her high-school nemesis to keep her "
     "late mother's shop.", "ceo_romance"),
    ("en", "A housemaid in the marquis's household schemes against her legitimate half-sister "
     "for a marriage to the young duke.", "palace"),
])
def test_an_idea_without_a_trope_word_gets_the_trope_of_its_story(
        language: str, idea: str, trope: str) -> None:
    _premise, main = _read(language, idea)
    assert main == trope


@pytest.mark.parametrize(("idea", "lead", "gender"), [
    ("替嫁给瘫痪总裁后，小聋女被宠成了宝", "小聋女", "female"),  # a 'X后' clause says when
    ("山村女医生为了保住村里的卫生所，和镇上的包工头斗到底", "山村女医生", "female"),
    ("校队的替补少年，带着一群废柴打进省赛决赛", "替补少年", ""),
    ("战神归来，发现父母被赶进了牛棚", "战神", ""),  # a title is the lead's role
    ("新科状元被人顶替，十年后她回来讨公道", "新科状元", "female"),  # harmed, not the harm-doer
])
def test_a_descriptive_zh_lead_is_read_whole(idea: str, lead: str, gender: str) -> None:
    premise, _main = _read("zh", idea)
    assert premise.protagonist.occupation == lead
    assert premise.protagonist.gender == gender or not gender
    assert lead not in [a.occupation for a in premise.antagonists]


def test_a_past_lead_keeps_the_past_as_truth_and_the_foe_by_what_they_are() -> None:
    premise, _main = _read("zh", "落魄剑客在江边开了一家茶馆，却被十年前灭门的仇人找上门")
    assert premise.hidden_truth == "落魄的剑客"
    assert premise.protagonist.occupation == "茶馆老板"
    assert [a.occupation for a in premise.antagonists] == ["仇人"]


def test_a_name_jieba_splits_as_a_place_is_one_name() -> None:
    premise, _main = _read("zh", "姐妹王秀英和王秀兰为争夺母亲留下的茶园反目成仇，姐夫李建国却另有打算")
    assert premise.protagonist.name == "王秀英"
    assert [a.name for a in premise.antagonists][:1] == ["王秀兰"]


def test_someone_the_lead_fights_with_is_an_antagonist() -> None:
    premise, _main = _read("zh", "乡村女校长为了留住学生，和县里的开发商斗到底")
    assert "开发商" in [a.occupation for a in premise.antagonists]


@pytest.mark.parametrize(("language", "idea", "love"), [
    ("zh", "冷面总裁爱上了给他送花的小姑娘", "小姑娘"),  # after a relative clause's 的
    ("zh", "为了给弟弟还债，她和陌生富翁签下半年的契约婚姻", "陌生富翁"),  # a marriage's partner
    ("zh", "女法医意外救了黑帮老大，从此卷入一场追杀", "黑帮老大"),  # a rescued man of power
    ("zh", "离婚三年后，前妻带着双胞胎回国，总裁追妻火葬场", "总裁"),  # a suitor
    ("zh", "替嫁给瘫痪总裁后，小聋女被宠成了宝", "瘫痪总裁"),
    ("en", "A shy florist agrees to a fake engagement with her high-school nemesis to keep her "
     "late mother's shop.", "nemesis"),
    ("en", "A housemaid in the marquis's household schemes against her half-sister for a "
     "marriage to the young duke.", "duke"),
])
def test_the_love_interest_is_read(language: str, idea: str, love: str) -> None:
    premise, _main = _read(language, idea)
    assert love in " ".join([premise.love.occupation, premise.love.hold, premise.love.name])
    assert love not in [a.occupation for a in premise.antagonists]


def test_a_title_in_capitals_is_a_role_not_a_name() -> None:
    premise, _main = _read("en", "The Eastern War God comes home after ten years to find his "
                           "parents living in a shed.")
    assert premise.protagonist.name == ""
    assert premise.protagonist.occupation == "War God"


def test_in_the_country_is_no_place() -> None:
    premise, _main = _read("en", "A shy intern discovers she is the heir to the richest family "
                           "in the country.")
    assert "country" not in premise.places
    assert premise.setting != "country"
