"""An idea that hides no truth gets the trope's secret that fits it (decision 0028): never a
stock identity written for another kind of lead (a designer's secret for a violinist)."""

from __future__ import annotations

import pytest

from microdrama.providers.base import SeriesRequest
from microdrama.providers.offline.writer.banks import load_bank
from microdrama.providers.offline.writer.cast import make_bible
from microdrama.providers.offline.writer.frame import slots_of
from microdrama.providers.offline.writer.provider import write_series
from tests.providers.offline.test_premise import _text

# (language, idea, the trope, words of the idea the secret says, stock words it must not say)
NO_TRUTH = [
    ("en", "A shy violinist marries a cold CEO to pay off her father's debts.",
     "ceo_romance", ["violinist"], ["Muse", "designer"]),
    ("en", "A night-shift nurse betrayed by her husband wakes up five years earlier.",
     "rebirth", ["nurse"], ["Phoenix", "investor"]),
    ("en", "A kindergarten teacher has raised her son alone; five years later the boy's real "
     "father walks into her classroom.", "secret_baby", ["teacher"], ["Angel", "surgeon"]),
    ("en", "A soldier back from the war finds his wife's family has sold his house.",
     "hidden_identity", ["commander"], ["Titan", "son-in-law"]),
    ("zh", "花店老板娘为了救弟弟，和冷面总裁签下了契约婚姻", "ceo_romance", ["花店老板娘"],
     ["夜莺", "设计"]),
    ("zh", "幼儿园老师独自带大了孩子，五年后孩子的亲生父亲出现了", "secret_baby", ["老师"],
     ["圣手"]),
]


@pytest.mark.parametrize(("language", "idea", "trope", "said", "stock"), NO_TRUTH)
def test_an_assumed_secret_fits_the_idea(language: str, idea: str, trope: str,
                                          said: list[str], stock: list[str]) -> None:
    genre = "hidden_identity" if trope == "hidden_identity" else "auto"  # a soldier's war god
    bible = make_bible(SeriesRequest(idea=idea, language=language, seed=3, episodes=6,
                                     genre=genre))
    assert bible.premise is not None and not bible.premise.hidden_truth
    assert bible.tropes[0] == trope
    for word in said:
        assert word in bible.secret, bible.secret
    text = "\n".join([bible.secret, bible.logline, bible.world, bible.title,
                      *(c.description for c in bible.characters)])
    for word in stock:
        assert word not in text, (word, text)
    # `new`'s notes say the secret was assumed, and which.
    assert any(bible.secret in note for note in bible.premise.assumed), bible.premise.assumed


@pytest.mark.parametrize(("language", "idea", "stock"), [
    (NO_TRUTH[0][0], NO_TRUTH[0][1], ["Muse"]), (NO_TRUTH[4][0], NO_TRUTH[4][1], ["夜莺"])])
def test_the_scripts_keep_to_the_assumed_secret(language: str, idea: str,
                                                stock: list[str]) -> None:
    bible, _, episodes = write_series(language, idea, episodes=6, seed=2)  # type: ignore[arg-type]
    text = "\n".join(_text(e) for e in episodes)
    for word in stock:
        assert word not in text
    opening = [event.text for scene in episodes[0].scenes for beat in scene.beats
               for event in beat.events if event.fact == "identity"]
    assert opening == [bible.secret]
    from microdrama.providers.offline.writer.series import Series

    identity = Series.of(bible, 2).fills["identity"]  # what lines call the lead's secret
    assert identity and not any(word in identity for word in stock)
    assert identity in ("the one who saved his life", "当年救他的人")


@pytest.mark.parametrize(("language", "idea", "stock"), [
    ("en", "A son-in-law the whole family treats like a servant is done being polite.", "Titan"),
    ("zh", "入赘三年的上门女婿，被丈母娘赶出了家门", "北境"),
    ("zh", "战神回到家乡，发现女儿被人关进了柴房", "北境"),  # a 战神 the reader finds in no role
    ("en", "A fashion designer signs a fake marriage contract with her billionaire boss.", "Muse"),
])
def test_a_stock_secret_that_fits_is_kept(language: str, idea: str, stock: str) -> None:
    bible = make_bible(SeriesRequest(idea=idea, language=language, seed=3, episodes=6, genre="auto"))
    assert stock in bible.secret, bible.secret


def test_every_assumed_secret_fills_and_fits_the_length() -> None:
    """Every trope's secrets say only slots the writer fills, and their identities are
    short enough for a line ("You're {identity}.")."""
    known = {"lead", "love", "rival", "family", "occupation", "a_occupation", "the_hold"}
    for language in ("en", "zh"):
        for trope in load_bank(language).tropes:
            for secret in trope.secrets:
                assert slots_of(secret.secret) | slots_of(secret.identity) <= known, secret
                limit = 12 if language == "zh" else 9
                said = secret.identity.format(family="沈" if language == "zh" else "Shen",
                                              occupation="外卖员" if language == "zh" else "chef")
                assert len(said if language == "zh" else said.split()) <= limit, said


@pytest.mark.parametrize(("language", "idea", "truth", "foe", "gender"), [
    # 谁知他是…: the truth after 是, as after 殊不知 (the pack's truth_hidden_by).
    ("zh", "外卖小哥陈默被丈母娘赶出家门，谁知他是首富失散多年的儿子", "首富失散多年的儿子",
     "丈母娘", "female"),
    # Someone else's son is still a man; a sister-in-law is a woman.
    ("en", "A shy waitress is bullied by the mayor's son until she takes him to court.", "",
     "mayor's son", "male"),
    ("zh", "温柔的护士被大嫂赶出了家门", "", "大嫂", "female"),
])
def test_people_an_idea_names_in_passing(language: str, idea: str, truth: str, foe: str,
                                         gender: str) -> None:
    from microdrama.providers.offline.writer.premise import read_premise

    premise = read_premise(idea, language)
    assert premise.hidden_truth == truth
    assert premise.antagonists and premise.antagonists[0].hold == foe
    assert premise.antagonists[0].gender == gender


def _arc_schemes(language: str, idea: str) -> set[str]:
    """Every scheme a 100-episode series of ``idea`` runs (its arcs deal them all)."""
    import asyncio

    from microdrama.providers.base import OutlineRequest
    from microdrama.providers.offline.writer.provider import OfflineWriter

    writer = OfflineWriter()
    bible = asyncio.run(writer.write_bible(SeriesRequest(idea=idea, language=language,
                                                         seed=5, episodes=100, genre="auto")))
    outline = asyncio.run(writer.write_outline(OutlineRequest(bible=bible, episodes=100,
                                                              episode_seconds=90, seed=5)))
    return {arc.scheme for arc in outline.arcs}


@pytest.mark.parametrize(("language", "idea", "made_for"), [
    ("en", "A night-shift nurse discovers her patient is the billionaire who ruined her "
     "father.", False),
    ("zh", "急诊科护士发现自己救下的病人，正是当年害得她家破产的富豪。", False),
    ("en", "Mara, a young fashion designer, finds out her best friend stole her sketches "
     "and sold them as her own.", True),
    ("zh", "服装设计师的闺蜜偷走了她的设计稿，还反咬她抄袭。", True),
])
def test_a_scheme_made_for_one_kind_of_work_is_run_only_on_such_a_lead(
        language: str, idea: str, made_for: bool) -> None:
    """A nurse is framed for a stolen necklace, not for stealing a design (bank
    schemes' leads:); a designer can be."""
    schemes = _arc_schemes(language, idea)
    assert len(schemes) >= 6
    assert ("stolen_design" in schemes) is made_for
    if not made_for:
        assert "sabotaged_launch" not in schemes
