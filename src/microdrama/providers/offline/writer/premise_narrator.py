"""Ideas told in the first person: the narrator is the lead.

"my husband and my sister stole my company and left me for dead" is the wife's story;
"这一世我要亲手拿回属于我的一切" is the speaker's. Whoever else the idea names ("my
husband", 闺蜜) is someone of the narrator's, never the lead, and a pronoun in it ("the CEO
she begs") is someone else's. The narrator's gender comes from their partner ("my
husband": a woman; 我老婆: a man), else the writer chooses (packs/premise ``narrator``,
``narrator_partners``).
"""

from __future__ import annotations

import re

from microdrama.domain.premise import Premise, PremisePerson
from microdrama.providers.offline.writer.premise_open_zh import open_words_zh
from microdrama.providers.offline.writer.premise_pack import has_word, load_premise_pack


def narrated(text: str, language: str) -> bool:
    """Whether ``text`` is told in the first person (outside quotes)."""
    pack = load_premise_pack(language)
    bare = re.sub(r"[\"“「『][^\"”」』]*[\"”」』]", " ", text)  # what someone says aloud
    if language == "zh":
        return any(word in bare for word in pack.narrator)
    return any(re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", bare,
                         0 if word == "I" else re.IGNORECASE) for word in pack.narrator)


def narrator_gender(text: str, language: str) -> str:
    """The narrator's gender as their partner says it ("my husband" → female), or ''."""
    pack = load_premise_pack(language)
    for partner, gender in pack.narrator_partners.items():
        pattern = (rf"(?:我的?|我那){re.escape(partner)}" if language == "zh" else
                   rf"\b(?:my|our)\s+(?:\w+\s+)?{re.escape(partner)}\b")
        if re.search(pattern, text, re.IGNORECASE):
            return gender
    return ""


def own_people(text: str, language: str) -> set[str]:
    """The words the narrator calls their own people by ("my sister" → sister)."""
    if language == "zh":
        return set(re.findall(r"我的?([\u4e00-\u9fff]{1,3}?)(?=[，。、和与跟把被]|$)", text))
    return {m.lower() for m in re.findall(r"\b(?:my|our)\s+(?:\w+\s+)?([a-z-]+)", text,
                                          re.IGNORECASE)}


def tell_by_narrator(premise: Premise, text: str, language: str) -> None:
    """Make the narrator the lead of a first-person ``premise`` (in place): a lead read
    from someone of theirs ("my husband", 被闺蜜顶替's 闺蜜) is dropped, and the gender is
    theirs; in Chinese, people of theirs who do harm (我老公和我闺蜜骗走了…) are against
    them, and what was taken from them (我的公司) is no place."""
    if premise.protagonist.name or not narrated(text, language):
        return
    lead = premise.protagonist
    theirs = own_people(text, language)
    if language == "zh":
        _zh_people(premise, text)
        theirs |= {a.hold for a in premise.antagonists} | {a.occupation for a in
                                                           premise.antagonists}
    if lead.occupation and (lead.occupation.lower() in theirs or
                            lead.occupation.split()[-1].lower() in theirs):
        lead.occupation = ""
    lead.gender = narrator_gender(text, language) or _truth_gender(  # type: ignore[assignment]
        premise.hidden_truth, language)


def _truth_gender(truth: str, language: str) -> str:
    """The gender of what the narrator says they secretly are (我是…的真千金: a woman), from
    the pack's truths, or ''."""
    if not truth:
        return ""
    for entry in load_premise_pack(language).truths:
        if entry.gender and any(has_word(truth, word, language) for word in entry.words):
            return entry.gender
    return ""


def _zh_people(premise: Premise, text: str) -> None:
    """我老公和我闺蜜联手骗走了我的公司: 老公 and 闺蜜 are against the narrator, 公司 is
    theirs, not a place."""
    pack, words = load_premise_pack("zh"), open_words_zh()
    persons = {o.word: o.gender for o in pack.occupations}
    persons |= {w: k.gender for k in words.kin for w in k.words}
    harms = sorted(words.harm_verbs, key=len, reverse=True)
    known = {a.hold for a in premise.antagonists} | {a.occupation for a in premise.antagonists}
    for person in sorted(persons, key=len, reverse=True):
        for found in re.finditer(rf"我的?{re.escape(person)}", text):
            clause = re.split(r"[，,。；;！!？?]", text[found.end():], maxsplit=1)[0]
            if person not in known and any(verb in clause for verb in harms) and not any(
                    person in other and person != other for other in known):
                premise.antagonists.append(PremisePerson(
                    hold=person, occupation=person if pack.occupation(person) else "",
                    gender=persons[person]))  # type: ignore[arg-type]
                known.add(person)
    premise.places = [p for p in premise.places if not any(
        re.search(rf"(?:{'|'.join(map(re.escape, harms))})了?我的?{re.escape(p)}", text)
        for _ in (0,))]
