"""A trope written for one gender's lead, told of the other (decision 0036): the bible,
the identity lines say and the bank's texts follow the cast's genders."""

from __future__ import annotations

import re

import pytest

from microdrama.providers.offline.writer.provider import write_series
from microdrama.providers.offline.writer.regender import regender, swap_flipped
from microdrama.providers.offline.writer.series import Series

HEIRESS = {"lead": "female", "love": "male", "rival": "female", "elder": "female",
           "aide": "male", "wildcard": "male"}
FLIPPED = {**HEIRESS, "lead": "male", "love": "female"}


@pytest.mark.parametrize(("text", "worded"), [
    # a pronoun follows the role it points to: the subject's, an object's other one
    ("{lead} lifts her chin as {rival} sneers.", "{lead} lifts his chin as {rival} sneers."),
    ("{rival} slaps {lead} and laughs at her.", "{rival} slaps {lead} and laughs at him."),
    ("{love} unties a tag from his belt.", "{love} unties a tag from her belt."),
    # a sentence that names no one goes on with the last subject
    ("{lead} died trusting them. Reborn, she trusts no one.",
     "{lead} died trusting them. Reborn, he trusts no one."),
    # someone else's kin keeps its gender; its owner follows the cast
    ("At the gates, {lead} sees a boy with the same face as her son.",
     "At the gates, {lead} sees a boy with the same face as his son."),
    # a noun follows a role only where it says who the role is
    ("{lead}, the heiress nobody wanted, smiles.", "{lead}, the heir nobody wanted, smiles."),
    ("The woman who raised {lead} is dying.", "The woman who raised {lead} is dying."),
    # the rival is a woman in both casts
    ("{rival} smooths her dress.", "{rival} smooths her dress."),
    # no pronoun inside a word; someone's servant is the subject, not their master
    ("Three she-wolves corner {lead}.", "Three she-wolves corner {lead}."),
    ("{rival}'s maid falls to her knees.", "{rival}'s maid falls to her knees."),
])
def test_an_english_text_follows_the_cast(text: str, worded: str) -> None:
    assert regender(text, HEIRESS, FLIPPED, "en") == worded


def test_a_text_of_unknown_writing_follows_its_subject_only_when_no_one_fits() -> None:
    """An any-trope move that says "her" of the aide: a male aide gets "his"; where a woman
    the sentence names could be meant, it stays."""
    cast = {**FLIPPED, "aide": "male"}
    assert regender("{aide} is hauled out, shaking her head.", {}, cast, "en") == \
        "{aide} is hauled out, shaking his head."
    assert regender("{aide} hands {rival} her coat.", {}, cast, "en") == \
        "{aide} hands {rival} her coat."


def test_a_chinese_text_follows_the_cast() -> None:
    assert regender("{love}抬起{lead}的下巴，皱着眉看她眼里的泪。", HEIRESS, FLIPPED, "zh") == \
        "{love}抬起{lead}的下巴，皱着眉看他眼里的泪。"
    # 她 inside its clause is not the subject's: the aide's hand, a woman in both casts
    assert regender("{lead}拦住{aide}，把她手里的点心倒了。", {**HEIRESS, "aide": "female"},
                    {**FLIPPED, "aide": "female"}, "zh") == "{lead}拦住{aide}，把她手里的点心倒了。"
    assert regender("{lead}是沈家的千金，其他人和她们都不信。", HEIRESS, FLIPPED, "zh") == \
        "{lead}是沈家的少爷，其他人和她们都不信。"  # 其他, 她们: no one's


def test_the_leads_identity_says_their_gender() -> None:
    assert swap_flipped("the lost Stone daughter", "en", head_only=True, gender="male") == \
        "the lost Stone son"
    assert swap_flipped("the one raising the Hale heir", "en", head_only=True,
                        gender="female") == "the one raising the Hale heir"  # the child's
    assert swap_flipped("当年救他的人", "zh", head_only=True, gender="female") == "当年救她的人"
    assert swap_flipped("陆家继承人的亲生母亲", "zh", head_only=True, gender="male") == \
        "陆家继承人的亲生父亲"
    assert swap_flipped("the true Lockwood heir", "en", head_only=True, gender="male") == \
        "the true Lockwood heir"  # already his


def test_a_man_in_the_heiress_story_is_written_as_a_man() -> None:
    """The heiress trope (a woman's) for an idea whose lead is a man: the bible and every
    line call him a son, never a daughter or a girl."""
    bible, _outline, episodes = write_series(
        "en", "A quiet stable hand is the true son the Ashford family lost at birth.",
        episodes=6, seed=1, genre="heiress")
    lead = bible.by_role("lead")
    assert lead is not None and lead.gender == "male"
    wrong = re.compile(r"\b(daughter|heiress|girl)\b", re.IGNORECASE)
    assert not wrong.search(lead.description)
    assert not wrong.search(bible.secret)
    identity = Series.of(bible, 1).fills["identity"]
    assert not wrong.search(identity)
    name = Series.of(bible, 1).fills["lead"]
    for episode in episodes:
        for scene in episode.scenes:
            for beat in scene.beats:
                for text in [beat.action, *(line.text for line in beat.lines)]:
                    for sentence in re.split(r"(?<=[.!?])\s+", text):
                        if name in sentence:
                            assert not re.search(r"\b(daughter|heiress)\b", sentence), sentence


def test_the_polite_you_is_said_only_up() -> None:
    """您 from the aide to the lead, or from anyone to the elder, stays; the lead's 您 to
    their aide or to the rival (a peer in a modern series) is 你. In the palace the rival
    consort outranks the lead, so the lead's 您 to her stays and hers to the lead goes."""
    from microdrama.providers.offline.writer.banks.schema import Move
    from microdrama.providers.offline.writer.register import addressee, plain_to

    move = Move.model_validate({
        "id": "t", "beat": "stakes", "action": ["{rival}拦住{lead}。", "{rival}冷笑。"],
        "lines": [{"who": "rival", "emotion": "smug", "say": ["你以为你赢了？", "别得意。"]},
                  {"who": "lead", "emotion": "calm", "say": ["您说了不算。", "话说早了。"]},
                  {"who": "aide", "emotion": "calm", "say": ["{lead}，您该回去了。", "走吧。"]}]})
    assert addressee(move, 1) == "rival" and addressee(move, 2) == "lead"
    assert plain_to("您说了不算。", "lead", "rival", "modern", "zh") == "你说了不算。"
    assert plain_to("您说了不算。", "lead", "rival", "period", "zh") == "您说了不算。"
    assert plain_to("您看，我没说错吧？", "rival", "lead", "period", "zh") == "你看，我没说错吧？"
    assert plain_to("{lead}，您该回去了。", "aide", "lead", "modern", "zh") == "{lead}，您该回去了。"
    assert plain_to("后果您来担。", "lead", "elder", "modern", "zh") == "后果您来担。"
    assert plain_to("You decide.", "lead", "aide", "modern", "en") == "You decide."


def test_a_palace_idea_with_no_palace_trope_word_is_set_at_court() -> None:
    """太子妃 and 摄政王 set the idea in the period era: its lines are the court's, not an
    office's (皇上 never in a modern series, 公司 never in a palace one)."""
    bible, _outline, _episodes = write_series(
        "zh", "太子妃被太子冷落三年，一朝被废，却被摄政王看上", episodes=1, seed=1)
    assert "palace" in bible.tropes


def test_a_pronoun_an_unnamed_extra_may_own_is_left_alone() -> None:
    """"{aide} lifts the old servant to her feet": her feet are the servant's, whoever the
    aide is; with no one else in the sentence, "sweat on her forehead" is the aide's."""
    cast = {**FLIPPED, "aide": "male"}
    text = "{aide} lifts the old servant to her feet and leads her out of sight."
    assert regender(text, {}, cast, "en") == text
    assert regender("{aide} runs up, sweat on her forehead.", {}, cast, "en") == \
        "{aide} runs up, sweat on his forehead."
