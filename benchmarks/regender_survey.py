"""How often a series says the wrong gender of its lead (decision 0036's second survey).

Run: PYTHONPATH=src .venv/bin/python benchmarks/regender_survey.py [--episodes 12] [--show]

Each idea's lead is of the other gender than the trope it is written in (a man in the
heiress, revenge or palace story; a woman in the hidden-identity one), so the trope's
own moves, twists and identity were written for the other gender. The series is written
offline (bible, outline, every script) and every stage direction, line and direction is
read, with the bible's title, secret and lead description: a sentence that names the lead
and holds a pronoun or a gendered noun of the other gender than the lead's (a noun no
pronoun owns: "her son" is someone else), while naming no one of that gender, says the
lead's gender wrong (or speaks of an extra the text never names — both read wrong on
screen). The lead's hidden identity as lines say it counts once when it says the other
gender ("the lost Stone daughter" for a man).

Then six zh series (three modern, three palace): lines that say 您 to a peer or to someone
of lower rank, by the ranks of the premise pack's ``register:`` table (decision 0036).
"""

from __future__ import annotations

import argparse
import re

from microdrama.providers.offline.writer.provider import write_series
from microdrama.providers.offline.writer.series import Series

# (language, idea, trope): the trope is given, as `new --genre` does.
IDEAS = [
    ("en", "A quiet stable hand is the true son the Ashford family lost at birth.", "heiress"),
    ("en", "A chef is framed by his business partner and loses everything.", "revenge"),
    ("en", "A broke dad signs a contract marriage with a cold billionaire heiress.",
     "ceo_romance"),
    ("en", "A husband dies in a fire set by his brother and wakes up five years earlier.",
     "rebirth"),
    ("en", "A single father discovers his daughter's mother is the CEO he works for.",
     "secret_baby"),
    ("en", "A young lord is thrown out of the manor by his stepmother.", "stepmother"),
    ("en", "A palace guard is framed for poisoning the emperor's heir.", "palace"),
    ("en", "A waitress is secretly the heir of a fallen tech dynasty.", "hidden_identity"),
    ("zh", "豪门少爷被继母陷害流落街头，三年后他带着千亿身家归来", "stepmother"),
    ("zh", "程序员丈夫被公司裁员后，妻子嫌他没用要离婚", "revenge"),
    ("zh", "穷小子被首富千金看上，签下一纸契约婚约", "ceo_romance"),
    ("zh", "他被亲弟弟害死后，重生回到十八岁", "rebirth"),
    ("zh", "单亲爸爸带着女儿摆地摊，孩子的亲生母亲竟是女总裁", "secret_baby"),
    ("zh", "侯府庶子被嫡母赶出家门，原来他才是真少爷", "heiress"),
    ("zh", "御前侍卫被贵妃陷害，打入天牢", "palace"),
    ("zh", "外卖女孩其实是隐世家族的继承人", "hidden_identity"),
]

_OTHER = {"en": {"male": r"\b(she|her|hers|herself)\b", "female": r"\b(he|him|his|himself)\b"},
          "zh": {"male": "她(?!们)", "female": "(?<![其吉])他(?!们|人|日|乡)"}}
#: Nouns that say a gender, by the gender they say, unless a pronoun owns them ("her son").
_NOUNS = {"en": {"female": r"(?<!her )(?<!his )\b(girl|woman|daughter|heiress|wife|lady|"
                           r"princess|queen|bride)\b",
                 "male": r"(?<!her )(?<!his )\b(boy|man|son|heir|husband|gentleman|prince|"
                         r"king|groom)\b"},
          "zh": {"female": "(?<![她他]的)(女儿|千金|丫头|姑娘|女人|女孩|妻子|公主|大小姐|母亲)",
                 "male": "(?<![她他]的)(儿子|少爷|小子|男人|男孩|丈夫|皇子|大少爷|父亲)"}}
_SENTENCE = re.compile(r"[^.!?。！？；]+[.!?。！？；]*")


def wrong_sentences(language: str, idea: str, trope: str, episodes: int) -> tuple[list[str], str]:
    """Sentences that say the lead's gender wrong, and the identity as lines say it."""
    bible, _outline, written = write_series(language, idea, episodes=episodes, seed=1,
                                            genre=trope)
    series = Series.of(bible, 1)
    lead = bible.by_role("lead")
    assert lead is not None
    names = {c.role: series.fills.get(c.role, c.name) for c in bible.characters}
    genders = {c.role: c.gender for c in bible.characters}
    other_gender = "female" if lead.gender == "male" else "male"
    other = _OTHER[language][lead.gender] + "|" + _NOUNS[language][other_gender]
    found: list[str] = []
    bible_texts = [bible.title, bible.secret, lead.description]
    beats = [beat for episode in written for scene in episode.scenes for beat in scene.beats]
    groups = [bible_texts, *([beat.action, *(line.text for line in beat.lines),
                              *(line.direction for line in beat.lines)] for beat in beats)]
    for text in (text for group in groups for text in group):
        for sentence in _SENTENCE.findall(text or ""):
            if names["lead"] not in sentence or not re.search(other, sentence, re.IGNORECASE):
                continue
            if any(name in sentence for role, name in names.items()
                   if genders.get(role) == other_gender):
                continue
            found.append(sentence.strip())
    identity = series.fills["identity"]
    if re.search(_NOUNS[language][other_gender], identity, re.IGNORECASE):
        found.append(f"identity: {identity}")
    return found, identity


# Ideas for the register count: three modern, three palace.
REGISTER_IDEAS = [
    "公司年会上，实习生林晚被总监当众扇了一耳光，没人知道她是董事长失散多年的女儿",
    "程序员丈夫被公司裁员后，妻子嫌他没用要离婚",
    "重生回到十八岁，她发誓这一次绝不嫁给渣男周明",
    "宫女沈月被贵妃陷害，打入冷宫",
    "农家女被选进宫当秀女，皇后第一眼就看她不顺眼",
    "千金小姐被未婚夫当众退婚，转身嫁给了他的死对头",
]


def polite_lines(idea: str, episodes: int) -> tuple[int, list[str]]:
    """Lines that say 您, and those said to a peer or an inferior: to the speaker the one
    a line answers is (the last other speaker of its beat before it, else the next), ranked
    by the premise pack's ``register:`` table for the series' era."""
    from microdrama.providers.offline.writer.premise_pack import load_premise_pack

    table = load_premise_pack("zh").polite_register
    assert table is not None
    bible, _outline, written = write_series("zh", idea, episodes=episodes, seed=1)
    ranks = table.ranks["period" if "palace" in bible.tropes else "modern"]
    roles = {c.id: c.role for c in bible.characters}
    total, wrong = 0, []
    for beat in (b for e in written for scene in e.scenes for b in scene.beats):
        for index, line in enumerate(beat.lines):
            if "您" not in line.text:
                continue
            total += 1
            before = [roles[x.speaker] for x in beat.lines[:index] if x.speaker != line.speaker]
            after = [roles[x.speaker] for x in beat.lines[index + 1:] if x.speaker != line.speaker]
            to = before[-1] if before else after[0] if after else ""
            speaker = roles[line.speaker]
            if to in ranks and speaker in ranks and ranks[speaker] >= ranks[to]:
                wrong.append(f"{speaker} → {to}: {line.text}")
    return total, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--episodes", type=int, default=12)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    total = 0
    for language, idea, trope in IDEAS:
        found, identity = wrong_sentences(language, idea, trope, args.episodes)
        total += len(found)
        print(f"{language} {trope:<16} {len(found):>3}  identity: {identity}")
        if args.show:
            for sentence in found:
                print(f"      {sentence}")
    print(f"sentences saying the lead's gender wrong: {total} in {len(IDEAS)} series of "
          f"{args.episodes} episodes")
    said = up = 0
    for idea in REGISTER_IDEAS:
        count, wrong = polite_lines(idea, args.episodes)
        said, up = said + count, up + len(wrong)
        if args.show:
            for line in wrong:
                print(f"      {line}")
    print(f"lines with 您: {said}, said to a peer or an inferior: {up} "
          f"(six zh series of {args.episodes} episodes)")


if __name__ == "__main__":
    main()
