"""Ideas told in the first person: the narrator is the lead; "my husband" and 我闺蜜 are
people of theirs (against them when they do harm), and a partner gives their gender."""

from __future__ import annotations

import pytest

from microdrama.providers.offline.writer.premise import read_premise

# (language, idea, the narrator's gender, the lead's job, antagonists' words)
FIRST_PERSON = [
    ("en", "my husband and my sister stole my company and left me for dead in a car crash. "
     "I survive with a new face and come back as their new investor", "female", "",
     {"husband", "sister"}),
    ("en", "My ex-wife took the kids and the house. Now I am the billionaire she wants back.",
     "male", "billionaire", {"ex-wife"}),
    ("en", "After my stepmother threw me out, I became the CEO she begs for money.", "", "CEO",
     {"stepmother"}),
    ("zh", "重生回到高考前一天，前世被闺蜜顶替了大学名额，这一世我要亲手拿回属于我的一切", "", "",
     {"闺蜜"}),
    ("zh", "我老公和我闺蜜联手骗走了我的公司，五年后我带着新身份回来了", "female", "",
     {"老公", "闺蜜"}),
    ("zh", "结婚三年，我老婆嫌我穷跟富二代跑了，她不知道我是首富的儿子", "male", "", {"富二代"}),
]


@pytest.mark.parametrize(("language", "idea", "gender", "job", "foes"), FIRST_PERSON)
def test_a_first_person_idea_is_the_narrators_story(language: str, idea: str, gender: str,
                                                    job: str, foes: set[str]) -> None:
    premise = read_premise(idea, language)
    lead = premise.protagonist
    assert (lead.gender, lead.occupation) == (gender, job)
    said = {w for a in premise.antagonists for w in (a.hold, a.occupation) if w}
    assert foes <= said, said
    assert not any("company" in p or "公司" in p for p in premise.places)  # taken, no place


def test_a_verb_after_a_love_marker_is_no_love() -> None:
    """"a contract marriage to fool his dying grandma": 'fool' is what the marriage is
    for, not whom it is to (a marker's noun phrase, not a verb and its object)."""
    premise = read_premise("broke night shift nurse spills coffee on a cold billionaire CEO, "
                           "he offers her a contract marriage to fool his dying grandma", "en")
    assert premise.love.occupation != "fool" and premise.protagonist.occupation == "nurse"
    assert read_premise("She is forced into a marriage to the crown prince.",
                        "en").love.occupation == "crown prince"


def test_an_idea_that_opens_on_a_bare_noun_phrase_that_acts_names_the_lead() -> None:
    """Typed ideas drop the article: "true crime podcaster realizes…" is the podcaster's
    story; a place that opens an idea is no lead."""
    premise = read_premise("true crime podcaster realizes the serial killer she's been "
                           "covering is her own dad", "en")
    assert "podcaster" in premise.protagonist.occupation
    assert premise.protagonist.gender == "female"
    assert read_premise("small town in Texas gets a new sheriff", "en").protagonist.occupation == ""


def test_a_palace_title_is_a_person_and_not_a_place() -> None:
    """冷宫弃妃 is a consort (冷宫 says which), not a place; 妃, 嫔, 宫女… end person words."""
    premise = read_premise("冷宫弃妃靠一手医术翻身，皇后想毒死太子再嫁祸给她", "zh")
    assert "弃妃" in premise.protagonist.occupation
    assert "冷宫弃妃" not in premise.places
    assert [a.hold or a.occupation for a in premise.antagonists] == ["皇后"]
