"""How often a series says the wrong gender of its lead (decision 0035's second survey).

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


if __name__ == "__main__":
    main()
