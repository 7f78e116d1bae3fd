"""Ideas in words no pack lists: the reader finds their people and places by phrase edges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from microdrama.cli import main
from microdrama.providers.offline.writer.premise import read_premise, understand
from tests.providers.offline.test_premise import _text
from tests.providers.offline.test_writer import write_series

# (idea, lead's job, hidden truth, (antagonist's job, their hold on the lead), places, setting)
READINGS = [
    ("A retired astronaut runs a noodle stall in Taipei and discovers her estranged son is the "
     "health inspector sent to shut her down.",
     "noodle stall owner", "a retired astronaut", ("health inspector", "estranged son"),
     ["noodle stall"], "Taipei"),
    ("A former ballerina teaches dance at a prison in Ohio and learns her star pupil is the man "
     "who killed her sister.",
     "", "a former ballerina", ("star pupil", "star pupil"), ["prison"], "Ohio"),
    ("Twin sisters separated at birth meet as rival lawyers in a murder trial in Chicago.",
     "lawyer", "", ("lawyer", "twin sister"), ["murder trial"], "Chicago"),
    ("An ex-cop drives a taxi in Mumbai until a passenger leaves a bag of cash behind.",
     "taxi driver", "a former cop", None, ["taxi"], "Mumbai"),
    ("The quiet new nurse on the night shift is a former army surgeon hiding from her past.",
     "nurse", "a former army surgeon", None, [], ""),
    ("A teenage chess prodigy from Lagos must beat the grandmaster who cheated her mother.",
     "chess prodigy", "the daughter of the woman the grandmaster cheated",
     ("grandmaster", "grandmaster"), [], "Lagos"),
    ("A single dad opens a flower shop across the street from his ex-wife's bakery.",
     "flower shop owner", "", ("", "ex-wife"), ["flower shop", "street", "bakery"], "flower shop"),
    ("A shy translator at the United Nations overhears a plot by her own boss.",
     "translator", "", ("boss", "boss"), ["United Nations"], "United Nations"),
]


@pytest.mark.parametrize(("idea", "job", "truth", "foe", "places", "setting"), READINGS,
                         ids=[f"en-{n}" for n in range(len(READINGS))])
def test_an_idea_in_open_words_is_read_by_its_phrases(
        idea: str, job: str, truth: str, foe: tuple[str, str] | None, places: list[str],
        setting: str) -> None:
    premise = read_premise(idea, "en")
    assert premise.protagonist.occupation == job
    assert premise.hidden_truth == truth
    if foe is None:
        assert premise.antagonists == []
    else:
        first = premise.antagonists[0]
        assert (first.occupation, first.hold) == foe
    assert premise.places == places
    assert premise.setting == setting


def test_whose_it_is_and_what_is_gone_are_read_too() -> None:
    # A wife who drowned is no antagonist; "his" makes the lead a man; "a talking seal" is
    # what the idea turns on.
    premise = read_premise("A widowed fisherman in Maine finds a talking seal that claims to be "
                           "his drowned wife.", "en")
    assert premise.protagonist.occupation == "fisherman"
    assert premise.protagonist.gender == "male"
    assert premise.antagonists == [] and premise.setting == "Maine"
    assert premise.image == "talking seal"
    # The victim of a harm is not the one who does it; "her" makes the lead a woman.
    premise = read_premise("A small-town baker wins a cooking contest, only to learn the judge "
                           "is her long-lost father.", "en")
    assert premise.protagonist.gender == "female" and premise.places == []  # not "small- town"
    assert (premise.antagonists[0].occupation, premise.antagonists[0].hold) == (
        "judge", "long-lost father")
    # "a senator's daughter" is who she is; "her late husband's mistress" is not gone.
    assert read_premise("A corrupt senator's daughter falls for the journalist investigating "
                        "her father.", "en").protagonist.occupation == "senator's daughter"
    widow = read_premise("A grieving widow opens a bakery next to her late husband's mistress.",
                         "en")
    assert widow.protagonist.gender == "female"
    assert widow.antagonists[0].hold == "husband's mistress"
    # A clause before the comma that says when is not the subject; someone else's family
    # is not the lead's.
    premise = read_premise("Ten years after he was jailed for a crime his brother committed, a "
                           "mechanic returns to win back the diner his family lost.", "en")
    assert premise.protagonist.occupation == "mechanic"
    assert read_premise("A K-pop trainee is forced to fake-date the label president's son.",
                        "en").antagonists == []
    # A place name in any script is whole; a name after "in" is the setting, not a venue.
    premise = read_premise("A retired astronaut runs a noodle stall in São Paulo.", "en")
    assert premise.setting == "São Paulo" and premise.places == ["noodle stall"]
    # "will" the verb is not a will.
    assert read_premise("After her company is bought by her ex-husband, a single mother must "
                        "train the AI that will replace her.", "en").image != "will"


# Ideas of every kind of story, none with a word of the trope banks' keyword lists.
SERIES = [
    (READINGS[0][0], ["noodle stall", "retired astronaut", "Taipei", "health inspector",
                      "estranged son"], {"hidden_identity"}),
    (READINGS[2][0], ["lawyer", "murder trial", "Chicago", "twin sister"], None),
    (READINGS[5][0], ["chess prodigy", "Lagos", "grandmaster"], None),
    (READINGS[6][0], ["flower shop", "ex-wife"], None),
]


def test_what_another_person_wants_or_would_make_of_her_is_theirs() -> None:
    # "he wants to hire her as his private nurse": his want, and what *she* would be —
    # not the lead's goal, and not what the patient is; "in Chicago" is where, not what.
    premise = read_premise(
        "A night-shift nurse in Chicago finds out the billionaire patient she saved is the man "
        "who ruined her father's company, and he wants to hire her as his private nurse.", "en")
    assert premise.protagonist.occupation == "nurse"
    assert [(a.occupation, a.gender) for a in premise.antagonists] == [
        ("billionaire patient", "male")]  # "… is the man who …"
    assert premise.want == ""
    assert premise.incident.startswith("finds out the billionaire patient")
    # The lead's own want is kept, whoever else wants something.
    assert read_premise("Jake's boss wants to fire him, so Jake vows to expose the fraud.",
                        "en").want == "expose the fraud"
    assert read_premise("女护士林晚被前夫陷害入狱，他发誓要夺走她的一切。", "zh").want == ""
    assert read_premise("女护士林晚被前夫陷害入狱，出狱后她发誓要夺回一切。",
                        "zh").want == "要夺回一切"


@pytest.mark.parametrize(("idea", "nouns", "tropes"), SERIES,
                         ids=[f"en-{n}" for n in range(len(SERIES))])
def test_open_words_reach_the_bible_and_the_opening_episodes(
        idea: str, nouns: list[str], tropes: set[str] | None) -> None:
    bible, _, episodes = write_series("en", 3, 1, idea=idea)
    assert bible.premise is not None
    if tropes:
        assert bible.premise.trope in tropes
    text = yaml.safe_dump(bible.model_dump(mode="json", exclude={"premise"}), allow_unicode=True)
    opening = "\n".join(_text(e) for e in episodes)
    for noun in nouns:
        assert noun.lower() in text.lower(), f"{noun!r} missing from the bible"
        assert noun.lower() in opening.lower(), f"{noun!r} missing from episodes 1–3"
    # The antagonist's hold, from the idea, is in the rival's description.
    rival = bible.by_role("rival")
    assert rival is not None and bible.premise.antagonists
    assert bible.premise.antagonists[0].hold.lower() in rival.description.lower()


def test_a_hidden_past_is_not_swapped_for_a_stock_heiress() -> None:
    bible, _, _ = write_series("en", 3, 1, idea=READINGS[0][0])
    assert bible.tropes[0] == "hidden_identity"
    assert "switched at birth" not in bible.logline.lower()
    assert "retired astronaut" in bible.secret and "Taipei" in bible.world


def test_new_prints_the_setting_and_the_foes_hold(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "a"), "--lang", "en", "--idea", READINGS[0][0]]) == 0
    out = capsys.readouterr().out
    for said in ("lead: noodle stall owner", "hidden truth: a retired astronaut",
                 "antagonist: health inspector, estranged son", "setting: Taipei",
                 "place: noodle stall"):
        assert said in out
    assert "chose heiress" not in out


# (idea, lead's job, hidden truth, (antagonist's job, their hold), places, setting)
READINGS_ZH = [
    ("退休的女宇航员在台北开面馆，却发现来查封她的卫生稽查员是她失散多年的儿子。",
     "面馆老板", "退休的女宇航员", ("卫生稽查员", "儿子"), ["面馆"], "台北"),
    ("一个哑巴女孩在菜市场卖鱼，暗恋她的屠夫竟是杀害她父亲的凶手。",
     "卖鱼的", "被凶手杀害的那个人的女儿", ("凶手", "凶手"), ["菜市场"], "菜市场"),
    ("落魄的钢琴家在维也纳街头卖艺，发现新房东就是毁掉她前途的指挥家。",
     "卖艺的", "落魄的钢琴家", ("房东", "房东"), ["维也纳街头"], "维也纳"),
    ("被裁员的程序员回到老家种茶，却发现村长一直在侵吞扶贫款。",
     "程序员", "", ("村长", "村长"), ["老家"], "老家"),
]


@pytest.mark.parametrize(("idea", "job", "truth", "foe", "places", "setting"), READINGS_ZH,
                         ids=[f"zh-{n}" for n in range(len(READINGS_ZH))])
def test_a_chinese_idea_in_open_words_is_read_by_its_word_endings(
        idea: str, job: str, truth: str, foe: tuple[str, str], places: list[str],
        setting: str) -> None:
    premise = read_premise(idea, "zh")
    assert premise.protagonist.occupation == job
    assert premise.hidden_truth == truth
    assert (premise.antagonists[0].occupation, premise.antagonists[0].hold) == foe
    assert premise.places == places and premise.setting == setting


def test_chinese_time_victims_and_whose_kin() -> None:
    # 回到老家 is going home, not rebirth; 回到十八岁 is.
    assert read_premise(READINGS_ZH[3][0], "zh").time_structure == "linear"
    assert read_premise("她回到十八岁那年，发誓不再嫁给渣男", "zh").time_structure == "rebirth"
    # The father she lost is no antagonist; the man who killed him is.
    assert all(a.hold != "父亲" for a in read_premise(READINGS_ZH[1][0], "zh").antagonists)
    # 首富的孙女 is the tycoon's kin, not the lead's: she is not set against him.
    premise = read_premise("外卖小哥意外救下首富的孙女，首富要把公司交给他。", "zh")
    assert premise.protagonist.occupation == "外卖小哥"
    assert all(a.hold != "孙女" for a in premise.antagonists)
    # 被亲哥顶罪: the one who made him take the blame is against him.
    premise = read_premise("十年前被亲哥顶罪入狱的修车工，出狱后回到小镇。", "zh")
    assert premise.protagonist.occupation == "修车工" and premise.antagonists[0].hold == "亲哥"
    # 被婆婆赶出家门的单亲妈妈苏念: the agent of a passive is not the lead.
    premise = read_premise("被婆婆赶出家门的单亲妈妈苏念，带着孩子五年后归来", "zh")
    assert (premise.protagonist.name, premise.protagonist.occupation) == ("苏念", "单亲妈妈")


def test_a_chinese_idea_in_open_words_reaches_the_bible_and_the_opening() -> None:
    bible, _, episodes = write_series("zh", 3, 1, idea=READINGS_ZH[0][0])
    assert bible.premise is not None and bible.tropes[0] == "hidden_identity"
    text = yaml.safe_dump(bible.model_dump(mode="json", exclude={"premise"}), allow_unicode=True)
    opening = "\n".join(_text(e) for e in episodes)
    assert "退休的女宇航员" in bible.secret
    for noun in ("面馆", "女宇航员", "台北", "卫生稽查员", "儿子"):
        assert noun in text, f"{noun!r} missing from the bible"
        assert noun in opening, f"{noun!r} missing from episodes 1–3"
    assert "抱错" not in bible.logline + bible.secret  # no stock heiress premise


@pytest.mark.parametrize(("language", "idea", "stock"), [
    ("en", READINGS[0][0], "Titan"),
    ("zh", READINGS_ZH[0][0], "北境"),
])
def test_a_series_with_its_own_truth_never_says_the_tropes_stock_identity(
        language: str, idea: str, stock: str) -> None:
    bible, _, episodes = write_series(language, 6, 1, idea=idea)
    assert bible.tropes[0] == "hidden_identity"
    said = "\n".join(_text(e) for e in episodes)
    assert stock not in said and stock not in bible.world + bible.logline + bible.secret



def test_an_idea_that_names_the_stock_identity_keeps_the_tropes_own_moves() -> None:
    from microdrama.providers.offline.writer.cast import load_bank
    from microdrama.providers.offline.writer.story import Series

    bank = load_bank("zh")
    own = [m for m in bank.moves if "hidden_identity" in m.tropes and any(
        "北境" in t for t in [*m.action, *(s for line in m.lines for s in line.say)])]
    assert own
    mine, _, _ = write_series("zh", 1, 1, idea="被全家看不起的上门女婿，竟是隐藏身份的北境战神")
    other, _, _ = write_series("zh", 1, 1, idea=READINGS_ZH[0][0])
    assert all(Series.of(mine, 1).allowed(m) for m in own)
    assert not any(Series.of(other, 1).allowed(m) for m in own)


def test_an_open_table_that_does_not_fit_names_the_pack_and_the_field() -> None:
    from microdrama.domain.base import Model
    from microdrama.packs import PackError
    from microdrama.providers.offline.writer.premise_pack import open_table

    class Wants(Model):
        no_such_list: list[str]

    with pytest.raises(PackError) as raised:
        open_table("en", Wants)
    said = str(raised.value)
    assert "premise/en.yaml" in said and "open.no_such_list" in said


# (idea, the lead's gender, the antagonist first named) when the idea calls the lead 她/他
PRONOUN_LEADS = [
    ("继母把她赶出家门，五年后她带着总裁的孩子回来了。", "female", "继母"),
    ("前夫当着全家人的面甩给她离婚协议，却不知道她才是集团真正的董事长。", "female", "前夫"),
    ("婆婆嫌她穷，逼她离婚。", "female", "婆婆"),
    ("被闺蜜推下天台的她睁眼回到了高考前一天，这一世她要拿回被偷走的录取通知书。", "female",
     "闺蜜"),
    ("为了给弟弟治病，她和冷面总裁签下了一年的契约婚姻。", "female", ""),
]


@pytest.mark.parametrize(("idea", "gender", "foe"), PRONOUN_LEADS,
                         ids=[f"zh-{n}" for n in range(len(PRONOUN_LEADS))])
def test_a_lead_named_only_by_a_pronoun_is_not_the_one_who_acts_on_her(
        idea: str, gender: str, foe: str) -> None:
    premise = read_premise(idea, "zh")
    assert premise.protagonist.gender == gender
    assert premise.protagonist.occupation not in ("继母", "前夫", "婆婆", "闺蜜", "总裁")
    if foe:
        assert premise.antagonists[0].occupation == foe
    # Whoever does something to 她 later in the idea is not made the lead either.
    assert premise.protagonist.name == ""


def test_who_is_harmed_and_whose_place_it_is_zh() -> None:
    # 被他害得家破人亡的医生: the doctor is the one harmed, never the antagonist.
    premise = read_premise("小护士林晚救了一个病危的亿万富翁，他醒来后非要聘她当私人看护，却不知道她"
                           "是被他害得家破人亡的医生的女儿。", "zh")
    assert premise.protagonist.name == "林晚"
    assert all(a.occupation != "医生" for a in premise.antagonists)
    # 上司 is a person; the one who killed her father is against her.
    premise = read_premise("实习生发现自己的上司就是当年害死她父亲的人。", "zh")
    assert premise.protagonist.occupation == "实习生"
    assert premise.antagonists[0].occupation == "上司"
    # 她父亲公司 is her father's, not where the story is set.
    premise = read_premise("夜班护士发现她救下的亿万富翁病人，就是当年害她父亲公司破产的仇人。", "zh")
    assert "父亲公司" not in premise.places and premise.setting != "父亲公司"


def test_a_place_word_that_names_something_else_is_no_place() -> None:
    # "hospital bills" are not a hospital; "ruined her father's company" is what was done.
    assert "hospital" not in read_premise(
        "He signs a contract marriage with a cold heiress to pay his mother's hospital bills.",
        "en").places
    assert read_premise("Mara, a shy sous-chef, discovers that her new boss is the man who "
                        "ruined her father's company.", "en").places == []


def test_stock_text_follows_a_lead_of_the_other_gender() -> None:
    # A trope written for a heroine, an idea about a man: the trope's own sentences say
    # he, and no speech keeps an unfilled slot.
    bible, _, _ = write_series("en", 2, 7, idea="Ethan, a broke paramedic, is dumped by his "
                               "fiancee at the altar.")
    lead = bible.characters[0]
    assert lead.gender == "male"
    for text in (bible.logline, bible.secret, lead.speech):
        assert not re.search(r"\b(she|her|herself)\b", text, re.IGNORECASE), text
    assert all("{" not in c.speech for c in bible.characters)


def test_a_wronged_family_becomes_the_leads_secret_and_a_revenge() -> None:
    # The idea hides nothing, but its antagonist wronged the lead's father: the lead hides
    # whose child she is, in the idea's words, and the story is a revenge.
    premise, lines = understand(
        "Mara, a shy sous-chef, discovers that her new boss is the man who ruined her "
        "father's company.", "en", "auto", ["heiress", "revenge", "hidden_identity"], {})
    assert premise.protagonist.occupation == "sous-chef"
    assert premise.hidden_truth == "the daughter of the man her boss ruined"
    assert (premise.truth_kind, premise.trope) == ("vendetta", "revenge")
    premise, _ = understand("实习生发现自己的上司就是当年害死她父亲的人。", "zh", "auto",
                            ["heiress", "revenge"], {})
    assert premise.hidden_truth == "被上司害死的那个人的女儿" and premise.trope == "revenge"
    # Someone else's father is not the lead's family; a lead whose own secret the idea
    # gives keeps it.
    assert read_premise("A nurse learns her patient is the man who ruined his father.",
                        "en").truth_kind != "vendetta"
    assert read_premise("A maid's daughter is the real heiress, and her boss is the man who "
                        "ruined her father.", "en").truth_kind == "identity"
    bible, _, episodes = write_series("en", 2, 3, idea="Mara, a shy sous-chef, discovers that "
                                      "her new boss is the man who ruined her father's company.")
    assert bible.secret == "Mara is secretly the daughter of the man her boss ruined."
    spoken = " ".join(line.text for e in episodes for s in e.scenes for b in s.beats
                      for line in b.lines)
    assert "being the ruined?" not in spoken and "billionaire" not in spoken


# (idea, the lead's (job, gender), the first antagonist's job or '' for none, hidden truth)
HARDER_EN = [
    ("A nurse saves a billionaire's life in the ER, and he wants to hire her as his private "
     "nurse, not knowing she is the daughter of the man he ruined.",
     ("nurse", "female"), "billionaire", "the daughter of the man the billionaire ruined"),
    ("A palace maid poisoned by the empress wakes up ten years earlier.",
     ("maid", "female"), "empress", ""),
    ("A quiet librarian in Boston is secretly a hacker, and the FBI agent hunting her just "
     "moved in next door.", ("librarian", "female"), "FBI agent", "a hacker"),
    ("A disgraced detective goes undercover as a butler in the mansion of the family that "
     "framed him.", ("butler", "male"), "family", "a disgraced detective"),
    ("He signs a contract marriage with a cold heiress to pay his mother's hospital bills, but "
     "he is secretly the heir of her family's biggest rival.", ("", "male"), "", None),
    ("When her twin sister dies in a car crash, Nora takes her place beside the husband.",
     ("", "female"), "", ""),
    ("A lowly stable boy in the emperor's palace is actually the lost crown prince, and the "
     "empress wants him dead.", (None, "male"), "empress", "the lost crown prince"),
]


@pytest.mark.parametrize(("idea", "lead", "foe", "truth"), HARDER_EN,
                         ids=[f"en-{n}" for n in range(len(HARDER_EN))])
def test_who_does_what_to_whom_in_english(idea: str, lead: tuple[str | None, str], foe: str,
                                          truth: str | None) -> None:
    premise = read_premise(idea, "en")
    job, gender = lead
    assert premise.protagonist.gender == gender
    if job is not None:
        assert premise.protagonist.occupation == job
    assert (premise.antagonists[0].occupation if premise.antagonists else "") == foe
    if truth is not None:
        assert premise.hidden_truth == truth
    assert not premise.setting.startswith("Christmas")


def test_who_the_truth_points_back_to_zh() -> None:
    premise = read_premise("小护士林晚救了一个病危的亿万富翁，他醒来后非要聘她当私人看护，却不知道"
                           "她是被他害得家破人亡的医生的女儿。", "zh")
    assert premise.antagonists[0].occupation == "亿万富翁"
    assert premise.hidden_truth == "被亿万富翁害得家破人亡的医生的女儿"
    assert premise.truth_kind == "vendetta"
    # jieba tags 契约 and 哥哥 as place names: only a place after 在/回到… is the setting.
    assert read_premise("为了给弟弟治病，她和冷面总裁签下了一年的契约婚姻。", "zh").setting == ""
    premise = read_premise("被豪门抛弃的真千金在乡下开了一家小诊所，亲生父母找上门来求她救哥哥。",
                           "zh")
    assert premise.setting == "乡下" and premise.hidden_truth == "真千金"
    # 当街 between the fiancé and what he does: he still does it.
    premise = read_premise("外卖小哥顾北其实是隐退的特种兵王，女总裁的未婚夫当街羞辱了他。", "zh")
    assert premise.antagonists[0].hold == "总裁的未婚夫"  # hers, not his
    assert read_premise("Her boss fires her on Christmas Eve.", "en").setting == ""
    # "in a car crash", "inside a novel": what happens, not where.
    assert read_premise("When her twin sister dies in a car crash, Nora takes her place.",
                        "en").places == []
    assert read_premise("She wakes up inside a novel as the villainess who dies in chapter "
                        "three.", "en").places == []


def test_the_one_the_idea_sets_against_her_can_be_the_one_she_falls_for() -> None:
    # A romance trope makes the billionaire who wronged her family the love interest
    # (enemies to lovers), not a stock rival of the other gender.
    ids = ["heiress", "ceo_romance", "revenge", "secret_baby"]
    premise, lines = understand(
        "A nurse saves a billionaire's life in the ER, and he wants to hire her as his private "
        "nurse, not knowing she is the daughter of the man he ruined.", "en", "auto", ids,
        {"ceo_romance": 1})
    assert premise.trope == "ceo_romance"
    assert (premise.love.occupation, premise.love.gender) == ("billionaire", "male")
    assert premise.antagonists == [] and "love interest: billionaire" in lines
    # Whoever is the father of her son is the love interest, in any trope.
    premise, _ = understand("A single mother working night shifts at a gas station finds out "
                            "her landlord is her son's real father.", "en", "auto", ids, {})
    assert premise.love.occupation == "landlord"
    premise, _ = understand("单亲妈妈发现房东竟是她儿子的亲生父亲。", "zh", "auto", ids, {})
    assert premise.love.occupation == "房东"
    # A foe who is no such person stays the antagonist.
    premise, _ = understand("Mara, a shy sous-chef, discovers that her new boss is the man who "
                            "ruined her father's company.", "en", "auto", ids, {"revenge": 1})
    assert premise.love.occupation == "" and premise.antagonists[0].occupation == "boss"
    # The bible casts the idea's person as the love interest.
    bible, _, _ = write_series("en", 2, 5, idea="A single mother working night shifts at a gas "
                               "station finds out her landlord is her son's real father.")
    love = next(c for c in bible.characters if c.role == "love")
    assert love.gender == "male" and "landlord" in love.description
    assert "landlord" in bible.logline


def test_a_lead_who_is_only_the_pronoun_of_a_clause_about_someone_else() -> None:
    # "The billionaire patient she saved…": she is the lead; what he turns out to be is
    # his, not her secret.
    premise = read_premise("The billionaire patient she saved turns out to be the husband who "
                           "faked his death.", "en")
    assert premise.protagonist.gender == "female"
    assert premise.protagonist.occupation == "" and premise.hidden_truth == ""
    # A pronoun that says the truth is the lead's ("not knowing she is…").
    assert read_premise("A nurse saves a billionaire's life, not knowing she is the heiress.",
                        "en").protagonist.gender == "female"


def test_loglines_for_leads_without_a_job_and_holds_said_right() -> None:
    # A lead the idea names only by a pronoun still gets a logline in the idea's words
    # (not the trope's stock one); a rank is "the empress", never "her empress"; the
    # fiancé of the woman CEO is hers, not the lead's.
    bible, _, _ = write_series("zh", 2, 3, idea="前夫当着全家人的面甩给她离婚协议，却不知道她才是"
                               "集团真正的董事长。")
    assert "集团真正的董事长" in bible.logline and "前夫" in bible.logline
    bible, _, _ = write_series("en", 2, 3, idea="A palace maid poisoned by the empress wakes up "
                               "ten years earlier.")
    assert "her empress" not in bible.logline + bible.world
    bible, _, _ = write_series("zh", 2, 3, idea="外卖小哥顾北其实是隐退的特种兵王，女总裁的未婚夫当街"
                               "羞辱了他。")
    assert "他的未婚夫" not in bible.logline and "总裁的未婚夫" in bible.logline
    bible, _, _ = write_series("en", 2, 3, idea="The CEO who fired her last year is now begging "
                               "her to save his company.")
    assert "CEO" in bible.logline


def test_whom_the_lead_marries_or_falls_for_is_the_love_interest() -> None:
    premise = read_premise("A blind pianist in Vienna falls for the detective investigating her "
                           "husband's murder.", "en")
    assert (premise.love.occupation, premise.love.gender) == ("detective", "male")
    premise = read_premise("Her husband cheats on her with her sister, so she marries his "
                           "billionaire uncle.", "en")
    assert premise.protagonist.occupation == "" and premise.protagonist.gender == "female"
    assert premise.love.hold == "billionaire uncle" and premise.antagonists[0].hold == "husband"
    # 新郎当众悔婚，她…: the groom who jilts her is against her, the one she marries is
    # the love interest, and she is the lead.
    premise = read_premise("婚礼当天，新郎当众悔婚，她转身嫁给了他的小叔。", "zh")
    assert premise.protagonist.gender == "female" and premise.protagonist.name == ""
    assert premise.antagonists[0].hold == "新郎" and premise.love.occupation == "小叔"
    premise = read_premise("她替姐姐嫁给了残疾的霍家少爷，新婚夜才发现他是装的。", "zh")
    assert premise.protagonist.name == "" and premise.love.occupation == "霍家少爷"
    # 被富家千金羞辱: whoever does the harm right after 被 is against the lead.
    premise = read_premise("穷小子在拍卖会上被富家千金羞辱，却不知道他是拍卖行的幕后老板。", "zh")
    assert premise.antagonists[0].hold == "富家千金"
    premise, _ = understand("A blind pianist in Vienna falls for the detective investigating her "
                            "husband's murder.", "en", "auto", ["heiress", "ceo_romance"], {})
    assert premise.trope == "ceo_romance"
    # With no trope word, a marriage the idea names makes a romance, not a hidden identity.
    premise, _ = understand("她替姐姐嫁给了残疾的霍家少爷，新婚夜才发现他是装的。", "zh", "auto",
                            ["heiress", "hidden_identity", "ceo_romance"], {})
    assert premise.trope == "ceo_romance"
    # 乡下来的丑丫头: where she comes from is said of her, she is the lead.
    assert read_premise("乡下来的丑丫头被全班嘲笑，没人知道她是全国奥赛冠军。",
                        "zh").protagonist.occupation == "丑丫头"


def test_a_name_after_a_job_and_a_thing_counted_zh() -> None:
    # jieba cuts 秀女/温婉/宁入宫: the name is 温婉宁; 一支凤钗 is a hairpin, not a person.
    premise = read_premise("秀女温婉宁入宫第一天就被贵妃陷害，打入冷宫。", "zh")
    assert (premise.protagonist.name, premise.protagonist.occupation) == ("温婉宁", "秀女")
    premise = read_premise("贵妃用一支凤钗陷害秀女林晚，皇上大怒。", "zh")
    assert premise.protagonist.name == "林晚" and premise.antagonists[0].occupation == "贵妃"


def test_the_one_she_marries_can_be_the_one_the_truth_points_back_to() -> None:
    # The billionaire she marries is the "he" of her secret: said by name, no crash.
    premise = read_premise("A nurse marries a billionaire, not knowing she is the daughter of "
                           "the man he ruined.", "en")
    assert premise.love.occupation == "billionaire" and premise.antagonists == []
    assert premise.hidden_truth == "the daughter of the man the billionaire ruined"


def test_lines_about_a_day_that_happened_need_an_event_not_a_venue() -> None:
    # "the ER" is a venue: no line says it "comes out" or that "since the ER" she changed;
    # an engagement party is an event: those lines may be dealt.
    venue = "A night-shift nurse at the ER is secretly the heiress of the hospital's founder."
    bible, _, episodes = write_series("en", 3, 2, idea=venue)
    spoken = " ".join(line.text for e in episodes for s in e.scenes for b in s.beats
                      for line in b.lines)
    for event_line in ("ER comes out", "Since the ER", "The ER owes me", "ER ends today",
                       "Don't think the ER is forgotten"):
        assert event_line not in spoken
    from microdrama.providers.offline.writer.frame import premise_values

    values = premise_values(bible.premise, "en", lead="A", lead_full="A B", rival="C",  # type: ignore[arg-type]
                            place="engagement party", family="D", gender="female")
    assert values["the_event"] == "the engagement party"
    assert premise_values(bible.premise, "en", lead="A", lead_full="A B", rival="C",  # type: ignore[arg-type]
                          place="ER", family="D", gender="female")["event"] == ""


def test_a_reborn_lead_and_the_love_interest_in_the_bible_and_the_doctors_terms() -> None:
    bible, _, _ = write_series("zh", 2, 3, idea="被闺蜜推下天台的她睁眼回到了高考前一天，这一世她要"
                               "拿回被偷走的录取通知书。")
    assert bible.logline.startswith("重生归来的") and "闺蜜" in bible.logline
    premise = read_premise("A blind pianist in Vienna falls for the detective investigating her "
                           "husband's murder.", "en")
    assert "detective" in premise.terms()


def test_a_name_that_opens_the_idea_and_acts_is_the_lead_and_an_employer_is_no_one() -> None:
    # A sentence's first word is capitalised anyway; one no dictionary knows, followed by
    # what it does, is a name. "Rain falls" is weather: rain is a word.
    bakery = read_premise("Jake opens a bakery in Boston.", "en").protagonist
    assert (bakery.name, bakery.occupation) == ("Jake", "bakery owner")
    taxi = read_premise("Mara drives a taxi in Mumbai until a passenger leaves a bag of cash "
                        "behind.", "en").protagonist
    assert (taxi.name, taxi.occupation) == ("Mara", "taxi driver")
    assert read_premise("Rain falls on the wedding as the bride learns the truth.",
                        "en").protagonist.name == ""
    # Whom one works for is not the lead, nor the lead's foe.
    uber = read_premise("Jake, a driver for Uber, finds a bag of cash.", "en")
    assert (uber.protagonist.name, uber.protagonist.occupation) == ("Jake", "driver")
    assert all(p.name != "Uber" for p in uber.antagonists)
    google = read_premise("Jake works for Google until he is fired by his boss.", "en")
    assert google.protagonist.name == "Jake"
    assert [p.occupation for p in google.antagonists] == ["boss"]


def test_a_station_in_life_is_the_lead_until_their_own_verb_gives_a_job() -> None:
    premise = read_premise("A single dad who drives for a ride-share app is secretly the heir to "
                           "a shipping empire, and his ex-wife's new husband is the man who "
                           "framed him.", "en")
    assert (premise.protagonist.occupation, premise.protagonist.gender) == ("single dad", "male")
    # Whose husband he is stays: not the lead's own.
    assert premise.antagonists[0].hold == "ex-wife's new husband"
    # Whose boss opens the idea is the lead, and the hold stays the job.
    boss = read_premise("Zoe's boss Derek humiliates her at the company gala, but she is "
                        "secretly the founder's daughter.", "en")
    assert (boss.protagonist.name, boss.protagonist.occupation) == ("Zoe", "")
    assert (boss.antagonists[0].name, boss.antagonists[0].hold) == ("Derek", "boss")
    # A city's richest man is no one's name.
    assert read_premise("Tokyo's richest man falls for a maid who is secretly a princess.",
                        "en").protagonist.name == ""
    stall = read_premise("A single mom who runs a noodle stall is secretly a billionaire's "
                         "daughter.", "en").protagonist
    assert (stall.occupation, stall.gender) == ("noodle stall owner", "female")


def test_who_betrays_the_lead_whom_with_and_who_the_lead_becomes() -> None:
    # Whose husband opens the idea leads; the husband who leaves her and the one he leaves
    # her for are both against her, and the incident is what he does.
    maya = read_premise("Maya's husband leaves her for her best friend, so she builds an "
                        "empire to make them pay.", "en")
    assert maya.protagonist.name == "Maya"
    assert [a.occupation or a.hold for a in maya.antagonists] == ["husband", "best friend"]
    assert maya.incident.startswith("leaves her for her best friend")
    # Whom a betrayal is done with ("cheats on her with", "runs off with").
    sister = read_premise("After her husband cheats on her with her sister, a housewife "
                          "fakes her death and comes back as a billionaire.", "en")
    assert sister.protagonist.occupation == "housewife"
    assert [a.occupation or a.hold for a in sister.antagonists] == ["husband", "sister"]
    partner = read_premise("Jake's wife runs off with his business partner and takes "
                           "everything; he rebuilds from a food truck.", "en")
    assert [a.occupation or a.hold for a in partner.antagonists] == ["wife", "business partner"]
    # Who the lead returns as is the lead, not a second foe; a job she works as stays hers.
    altar = read_premise("Her fiance dumped her at the altar; three years later she returns "
                         "as his new boss.", "en")
    assert [a.occupation or a.hold for a in altar.antagonists] == ["fiance"]
    lena = read_premise("Lena works as a maid in the Harrington mansion to find out who "
                        "killed her mother.", "en")
    assert (lena.protagonist.name, lena.protagonist.occupation) == ("Lena", "maid")
    # Whom a harm is done to is on the lead's side: the killer is still to be found.
    assert all("mother" not in (a.occupation, a.hold) for a in lena.antagonists)
    tom = read_premise("Years after someone murdered his father, Tom returns to the village "
                       "as a doctor.", "en")
    assert all("father" not in (a.occupation, a.hold) for a in tom.antagonists)


def test_two_who_harm_her_together_and_a_clause_that_goes_on_with_them_zh() -> None:
    # 丈夫和闺蜜联手出轨，还卷走了她的…: the husband was read as the lead; 她 is.
    both = read_premise("丈夫和闺蜜联手出轨，还卷走了她的全部家产，她带着女儿白手起家，"
                        "发誓让渣男贱女付出代价。", "zh")
    assert (both.protagonist.occupation, both.protagonist.gender) == ("", "female")
    assert [a.hold for a in both.antagonists[:2]] == ["丈夫", "闺蜜"]
    for idea, foes in [("婆婆和小姑子联手把她赶出家门，五年后她带着萌宝归来。", ["婆婆", "小姑子"]),
                       ("继母和妹妹合谋抢走了她的未婚夫。", ["继母", "妹妹"])]:
        premise = read_premise(idea, "zh")
        assert premise.protagonist.occupation == "" and premise.protagonist.gender == "female"
        assert [a.hold for a in premise.antagonists] == foes
    # Harmed in its own clause (被 after a place), the subject is the lead, and a later
    # 他是… is what he is, not whom a harm is done to.
    poor = read_premise("穷小子在拍卖会上被富家千金羞辱，却不知道他是拍卖行的幕后老板。", "zh")
    assert poor.protagonist.occupation == "穷小子"
    assert [a.hold for a in poor.antagonists] == ["富家千金"]


def test_an_idea_that_opens_on_a_participle_clause_leads_after_its_comma() -> None:
    # "Disguised as a man, …" read no lead: the clause before the comma is no subject.
    daughter = read_premise("Disguised as a man, a general's daughter joins the army to save "
                            "her father.", "en")
    assert daughter.protagonist.occupation == "general's daughter"
    cfo = read_premise("Framed for embezzlement by her own brother, a disgraced CFO rebuilds "
                       "her career from a food truck.", "en")
    assert [a.occupation or a.hold for a in cfo.antagonists] == ["brother"]
    assert "CFO" in (cfo.protagonist.occupation + cfo.hidden_truth)


def test_one_she_is_to_marry_who_harms_her_is_no_love_interest() -> None:
    lin = read_premise("Reborn on the day of her wedding, Lin refuses to marry the man who "
                       "killed her.", "en")
    assert lin.love.occupation == "" and [a.occupation for a in lin.antagonists] == ["man"]
    # Whom she falls for and who harms her stay apart.
    nurse = read_premise("A waitress falls for the detective investigating her.", "en")
    assert nurse.love.occupation == "detective" and nurse.antagonists == []


def test_a_village_bully_who_harms_the_lead_is_the_antagonist_zh() -> None:
    premise = read_premise("大学生返乡创业，被村霸处处刁难，却意外挖出祖上留下的宝藏。", "zh")
    assert premise.protagonist.occupation == "大学生"
    assert [a.occupation for a in premise.antagonists] == ["村霸"]


def test_someones_kin_who_harms_them_opens_the_idea_and_the_owner_leads() -> None:
    # "A woman's sister steals her fiancé": the sister was read as the lead.
    sister = read_premise("A woman's sister steals her fiance the night before the wedding.", "en")
    assert sister.protagonist.occupation == "" and sister.protagonist.gender == "female"
    assert [a.occupation or a.hold for a in sister.antagonists] == ["sister"]
    assert sister.incident.startswith("steals her fiance")
    # Not when no harm comes back to the owner: the maid's daughter is the heiress herself.
    maid = read_premise("A maid's daughter is the real heiress switched at birth.", "en")
    assert maid.protagonist.occupation == "maid's daughter"


def test_her_cheating_husband_is_someone_of_hers_not_the_lead() -> None:
    premise = read_premise("She divorces her cheating husband and takes the company.", "en")
    assert premise.protagonist.occupation == "" and premise.protagonist.gender == "female"


def test_a_cheating_husband_is_against_her_and_a_clause_in_ing_leads_after_its_comma() -> None:
    # "her cheating husband" read no antagonist: "cheating" before a noun was taken for a
    # verb, so no phrase started at "her".
    divorce = read_premise("She divorces her cheating husband and builds a fashion empire.",
                           "en")
    assert [a.occupation or a.hold for a in divorce.antagonists] == ["cheating husband"]
    stepmother = read_premise("Her scheming stepmother sells the family farm.", "en")
    assert [a.occupation or a.hold for a in stepmother.antagonists] == ["stepmother"]
    # "Living in a trailer, …" read no lead: an -ing word that is also a noun opens a
    # clause when a preposition, article or pronoun follows it.
    # (The lead was read as her own antagonist, and "Working" as her job.)
    mother = read_premise("Living in a trailer, a single mother wins the lottery.", "en")
    assert mother.protagonist.occupation == "single mother" and mother.antagonists == []
    student = read_premise("Working two jobs, a college student finds a lost billionaire's "
                           "phone.", "en")
    assert "student" in student.protagonist.occupation
    # Whom the lead raises is on her side, not against her.
    waitress = read_premise("Raising her son alone, a waitress discovers his father is a "
                            "billionaire.", "en")
    assert waitress.protagonist.occupation == "waitress"
    assert "son" not in [a.occupation or a.hold for a in waitress.antagonists]


def test_whom_he_cheats_with_and_a_time_frame_before_her_clause_zh() -> None:
    # "丈夫出轨闺蜜" read only the husband: whom he cheats with is against her too.
    cheated = read_premise("丈夫出轨闺蜜，她带着女儿净身出户，三年后成为商界女王。", "zh")
    assert cheated.protagonist.gender == "female" and cheated.protagonist.occupation == ""
    assert [a.occupation or a.hold for a in cheated.antagonists] == ["丈夫", "闺蜜"]
    # "结婚五年，她发现…" made the husband the lead: a clause that only says when (it ends
    # on a time word) is not the one whose subject leads; colluding is a harm.
    found = read_premise("结婚五年，她发现丈夫和闺蜜早已暗中勾结，侵吞了她家的公司。", "zh")
    assert found.protagonist.gender == "female" and found.protagonist.occupation == ""
    assert [a.occupation or a.hold for a in found.antagonists] == ["丈夫", "闺蜜"]


def test_what_she_walks_in_on_is_the_incident_and_both_who_do_it_are_foes_zh() -> None:
    # "她撞见未婚夫和继妹在订婚宴上偷情" read no antagonist and made the stepsister the love
    # interest: jieba tags 和继妹 as a name, a place between the pair and the verb hid the
    # harm, and 订婚(宴) looked like her own engagement to the stepsister.
    caught = read_premise("她撞见未婚夫和继妹在订婚宴上偷情。", "zh")
    assert [a.occupation or a.hold for a in caught.antagonists] == ["未婚夫", "继妹"]
    assert caught.love.occupation == "" and caught.incident == "未婚夫和继妹在订婚宴上偷情"
    found = read_premise("结婚五年，她发现丈夫和闺蜜早已暗中勾结，侵吞了她家的公司。", "zh")
    assert found.incident == "丈夫和闺蜜早已暗中勾结"
    # Her own contract marriage still makes its partner the love interest.
    contract = read_premise("她和陌生总裁签下一年的契约婚姻。", "zh")
    assert contract.love.occupation == "陌生总裁"


def test_jiebas_joined_and_a_prince_and_a_harm_tagged_as_a_noun_zh() -> None:
    # 丈夫/和亲/妹妹: jieba's 和亲 (a marriage alliance) hid the husband.
    nurse = read_premise("护士林晓发现丈夫和亲妹妹有染", "zh")
    assert [a.occupation or a.hold for a in nurse.antagonists][:1] == ["丈夫"]
    assert len(nurse.antagonists) == 2
    assert read_premise("公主被迫和亲，远嫁北疆。", "zh").antagonists == []
    # 太子 is a person; whom he neglects leads.
    consort = read_premise("太子妃被太子冷落三年，一朝被废，却被摄政王看上", "zh")
    assert [a.occupation or a.hold for a in consort.antagonists] == ["太子"]
    assert consort.love.occupation == "摄政王"
    # 作威作福 (jieba: a noun) is a harm, not the end of 公司's name.
    cleaner = read_premise("保洁阿姨其实是集团董事长，她亲眼看着儿媳在公司作威作福", "zh")
    assert [a.occupation or a.hold for a in cleaner.antagonists] == ["儿媳"]


def test_a_match_forced_on_her_and_a_narrator_who_is_the_true_daughter_zh() -> None:
    # 被嫡母许配给病秧子: who marries her off is against her, whom she is matched with is
    # the love interest (no foe and no love were read).
    daughter = read_premise("王府庶女被嫡母许配给病秧子，她却发现病秧子是装病的世子", "zh")
    assert [a.occupation or a.hold for a in daughter.antagonists] == ["嫡母"]
    assert daughter.love.occupation == "病秧子"
    # 我是…的真千金: the narrator is what she secretly is, a woman.
    narrator = read_premise("我是被亲生父母抛弃的真千金，这一世我要让假千金付出代价", "zh")
    assert narrator.protagonist.gender == "female" and narrator.hidden_truth == "真千金"


def test_what_someone_threatens_to_take_from_the_lead_is_what_she_fights_to_save() -> None:
    # "the banker who is foreclosing on her shop" gave no stake.
    florist = read_premise("A Parisian florist falls for the grumpy banker who is foreclosing "
                           "on her shop.", "en")
    assert florist.want == "save her shop" and florist.love.occupation == "banker"
    assert read_premise("The bank is seizing his boat.", "en").want == "save his boat"
    # A want the idea says still comes first.
    rancher = read_premise("A rancher vows to stop the developer tearing down his family "
                           "ranch.", "en")
    assert rancher.want.startswith("stop the developer")


def test_a_lead_the_idea_calls_by_a_truth_word_keeps_it_as_her_secret() -> None:
    # "A teen hacker uncovers a conspiracy at her school" lost "hacker" (neither job nor
    # truth), and the writer made her a stock heiress in an apron.
    hacker = read_premise("A teen hacker uncovers a conspiracy at her school.", "en")
    assert hacker.hidden_truth == "a hacker" and hacker.protagonist.gender == "female"
    heiress = read_premise("An heiress falls for her bodyguard.", "en")
    assert heiress.hidden_truth == "an heiress" and heiress.love.occupation == "bodyguard"
    # A truth the idea says itself still wins.
    said = read_premise("A maid's daughter is the real heiress switched at birth.", "en")
    assert "heiress" in said.hidden_truth and said.protagonist.occupation == "maid's daughter"
