"""Reading a Chinese idea: jieba (with the pack's words added) and patterns."""

from __future__ import annotations

import logging
import re
from functools import cache

from microdrama.domain.premise import Premise, PremisePerson
from microdrama.providers.offline.writer.premise_narrator import tell_by_narrator
from microdrama.providers.offline.writer.premise_open_zh import (
    fill_lead_zh,
    is_nominal,
    is_person_zh,
    kin_word,
    open_foes_zh,
    open_words_zh,
    person_prefix,
    read_open_zh,
)
from microdrama.providers.offline.writer.premise_pack import CJK, PremisePack, load_premise_pack
from microdrama.providers.offline.writer.premise_read import (
    CLAUSE_ZH,
    Person,
    build_frame,
    cast_people,
    clause_zh_from,
)
from microdrama.providers.offline.writer.premise_roles_zh import (
    foe_in_truth_zh,
    harm_partner,
    love_in_zh,
    pronoun_lead,
    vendetta_truth_zh,
)


@cache
def _jieba() -> object:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    pack = load_premise_pack("zh")
    for occupation in pack.occupations:
        tokenizer.add_word(occupation.word, 20000, "nocc")
    for place in pack.places:
        for word in place.words:
            tokenizer.add_word(word, 20000, "nplace")
    for truth in pack.truths:
        for word in truth.words:
            tokenizer.add_word(word, 5000, "n")
    for word in pack.incident_words():
        tokenizer.add_word(word, 20000, "v")
    return jieba.posseg.POSTokenizer(tokenizer)

def _tokens_zh(text: str) -> list[tuple[str, str, int]]:
    """(word, flag, offset) for each token; a lone surname before a given name is joined
    to it (孤女 / 林 / 小雨 → 林小雨), and 和 that jieba took into the word after a person
    is split off (丈夫 / 和亲 / 妹妹 → 丈夫 / 和 / 亲妹妹; 未婚夫 / 和继妹 → 未婚夫 / 和 / 继妹)."""
    surnames = set(load_premise_pack("zh").surnames)
    out: list[tuple[str, str, int]] = []
    offset = 0
    for pair in _jieba().cut(text):  # type: ignore[attr-defined]
        word, flag = pair.word, pair.flag
        if flag in ("nr", "nrfg") and len(word) == 2 and out and out[-1][0] in surnames:
            previous = out.pop()
            out.append((previous[0] + word, "nr", previous[2]))
        elif flag in ("nr", "nrfg") and len(word) >= 3 and len(out) >= 2 and \
                out[-2][1] == "nocc" and len(out[-1][0]) == 2 and out[-1][0][0] in surnames and \
                out[-1][1] != "nr":
            # 秀女/温婉/宁入宫: the name is 温婉宁 (a job, then a surname), 入宫 what she does
            previous = out.pop()
            out.append((previous[0] + word[0], "nr", previous[2]))
            out.append((word[1:], "v", offset + 1))
        elif 1 <= len(word) <= 2 and flag[:1] in ("n", "v", "a") and out and \
                out[-1][1] == "nr" and out[-1][0] in surnames and len(out[-1][0]) == 1 and \
                all(CJK.match(ch) for ch in word):
            previous = out.pop()  # 赵/建国 (jieba's place name): 赵建国, a name after a lone surname
            out.append((previous[0] + word, "nr", previous[2]))
        elif flag in ("nr", "nrfg") and out and out[-1][1] == "m":
            out.append((word, "n", offset))  # 一支凤钗: a thing counted, not a name
        else:
            out.append((word, flag, offset))
        offset += len(word)
    # 和 jieba took into the next word after a person: 未婚夫/和继妹 (a "name") →
    # 未婚夫, 和, 继妹; 丈夫/和亲/妹妹 (和亲, an alliance) → 丈夫, 和, 亲妹妹.
    for at in range(len(out) - 1, 0, -1):
        word, flag, start = out[at]
        if len(word) < 2 or word[0] not in "和与跟同" or flag in ("c", "p") or \
                not is_person_zh(out[at - 1][0]):
            continue
        if len(word) >= 3 and flag in ("nr", "nrfg") and is_person_zh(word[1:]):
            out[at:at + 1] = [(word[0], "c", start), (word[1:], "n", start + 1)]
        elif len(word) == 2 and at + 1 < len(out) and is_person_zh(word[1] + out[at + 1][0]):
            out[at:at + 2] = [(word[0], "c", start), (word[1] + out[at + 1][0], "n", start + 1)]
    return out

#: A token this frequent in jieba's dictionary is a word, whatever its tag says.
COMMON_WORD = 100


def _is_name_zh(word: str, flag: str, pack: PremisePack) -> bool:
    if not 2 <= len(word) <= 4 or word in pack.not_names or pack.occupation(word) or \
            word[-1] in pack.not_name_endings:
        return False
    if is_person_zh(word) and not any(word.startswith(s) for s in pack.surnames):
        return False  # 太子妃, tagged as a name: a person word, with no surname
    if len(word) == 2 and word[1] == "家" and word[0] in pack.surnames:
        return False  # 霍家: the Huo family, no one's name
    if not all(CJK.match(ch) for ch in word):
        return False
    if any(word in entry.words for entry in pack.truths) or any(
            word in entry.words for entry in pack.places):
        return False
    frequency = _jieba().tokenizer.FREQ.get(word) or 0  # type: ignore[attr-defined]
    if flag in ("nr", "nrfg"):
        return frequency < COMMON_WORD  # 克扣 is tagged nr, but it is a common verb
    if word[0] in "老小阿" and word[1:] in pack.surnames:  # 老周, 小林, 阿强
        return True
    if frequency:
        return False  # a word of the dictionary (程序员), not a name the segmenter missed
    starts = any(word.startswith(s) and len(word) - len(s) in (1, 2) for s in pack.surnames)
    return starts and flag in ("nrt", "n", "nz", "x", "ng", "a", "ns")

def read_zh(idea: str) -> Premise:
    pack = load_premise_pack("zh")
    text = "".join(idea.split())
    tokens = _tokens_zh(text)
    # A word before a person word describes them (米其林/三星主厨, 北漂/女孩): no name.
    names = [(w, o) for i, (w, f, o) in enumerate(tokens) if _is_name_zh(w, f, pack)
             and not person_prefix(tokens, i + 1)[0]]
    jobs = [(w, o) for w, f, o in tokens if pack.occupation(w)]

    # The truth: after a marker, or after 是 once the idea says nobody knows.
    truth, truth_at = "", -1
    for marker in sorted(pack.truth_markers, key=len, reverse=True):
        at = text.find(marker)
        if at >= 0 and (truth_at < 0 or at < truth_at):
            truth_at, truth = at, clause_zh_from(text, at + len(marker))
    if not truth:
        for marker in pack.truth_hidden_by:
            at = text.find(marker)
            if at >= 0:
                is_at = text.find("是", at)
                if is_at >= 0:
                    truth_at, truth = at, clause_zh_from(text, is_at + 1)
                    break
    truth = truth.removeprefix("那个").strip()

    # The incident: 被 + agent + verb, or an incident verb with its clause.
    agents: list[Person] = []
    incident = ""
    verbs = sorted(pack.incident_words(), key=len, reverse=True)
    for clause_start, clause in _clauses(text):
        bei = clause.find("被")
        verb_at, verb = _first_of(clause, verbs)
        if bei >= 0 and verb_at > bei:
            end = clause.find("的", verb_at + len(verb))
            incident = clause[bei:end if end >= 0 else len(clause)]
            span_start, span_end = clause_start + bei + 1, clause_start + verb_at
            agent = _person_in_span(names, jobs, span_start, span_end, pack)
            if agent.name or agent.occupation:
                agents.append(agent)
            break
        if verb_at >= 0 and not incident:
            incident = clause
            # 她发现丈夫和闺蜜早已暗中勾结: the incident is what she finds
            found = next((w for w in sorted(pack.discover_words, key=len, reverse=True)
                          if re.match(rf"[她他]{w}", clause)), "")
            if found and len(clause) > len(found) + 3:
                incident = clause[len(found) + 1:]
    # What the pack's words left empty, read from jieba's tags and the pack's word endings.
    reading = read_open_zh(tokens)
    if truth_at >= 0:
        clause_start = max([0, *(m.end() for m in CLAUSE_ZH.finditer(text[:truth_at]))])
        if any(clause_start <= p.start < truth_at for p in reading.people):
            truth = ""  # 暗恋她的屠夫竟是凶手: what someone else turns out to be
            names = [(w, o) for w, o in names if not clause_start <= o < truth_at]
    lead, foes = cast_people(names, jobs, agents, truth_at, truth, text, pack)
    if lead.name and not lead.occupation:  # 钢琴家陆沉, 外科医生周野: the job before the name
        lead.occupation = _job_before_name_zh(tokens, lead.name)
    truth = fill_lead_zh(reading, lead, truth, text)
    by_pronoun = pronoun_lead(tokens) if not lead.name else None
    if by_pronoun is not None:  # 继母把她赶出家门: 她 is the lead, 继母 against her
        gender, foe_words = by_pronoun
        lead.occupation, lead.gender, lead.start = "", gender, -1
        foes = [f for f in foes if foe_words not in (f.occupation, f.name, f.hold) or not foe_words]
        if foe_words:
            # 丈夫和闺蜜联手…: who does it with them is against her too
            partner = harm_partner(tokens)
            for at, words in enumerate(w for w in (foe_words, partner) if w):
                job = pack.occupation(words)
                kin = kin_word(words)
                foes = [f for f in foes if words not in (f.occupation, f.name, f.hold)]
                foes.insert(at, Person(occupation=words, hold=words, gender=(
                    job.gender if job and job.gender else kin[1] if kin else "")))
    if by_pronoun is not None and reading.lead and re.match(r"[她他]是", text) and \
            not lead.occupation and not reading.past:
        lead.occupation = reading.occupation or reading.lead  # 他是全村第一个大学生
    for foe in foes:  # 村长的儿子: the son is the one, the 村长 only whose son he is
        after = text.find(foe.occupation + "的") if foe.occupation else -1
        rest = text[after + len(foe.occupation) + 1:] if after >= 0 else ""
        kin = next(((w, e.gender) for e in open_words_zh().kin
                    for w in sorted(e.words, key=len, reverse=True) if rest.startswith(w)), None)
        if kin is not None:
            foe.hold, foe.occupation = f"{foe.occupation}的{kin[0]}", ""
            foe.gender = kin[1] or foe.gender
    if not foes:
        foes = open_foes_zh(reading)
    if not foes and truth:
        foes = foe_in_truth_zh(truth, reading, truth_at)
        if foes:  # 被他害得…的医生的女儿: say who
            truth = re.sub("被[他她]", f"被{foes[0].hold}", truth, count=1)
    image = next((w for w in pack.images if w in text), "") or _first_of(incident, verbs)[1]
    places = _places_zh(tokens, pack)
    for place in reading.places:
        if not any(place in p or p in place for p in places):
            places.append(place)
    premise = build_frame(pack, text, lead, foes, truth, incident, places, image)
    if reading.setting:
        premise.setting = reading.setting
    if reading.rebirth:
        premise.time_structure = "rebirth"
    relations = {w for e in open_words_zh().wronged_kin.values() for w in (e.female, e.male) if w}
    if premise.antagonists and premise.hidden_truth.startswith("被" + premise.antagonists[0].hold) \
            and any(premise.hidden_truth.endswith("的" + r) for r in relations):
        premise.truth_kind = "vendetta"  # whose child the lead is: a revenge
    love = love_in_zh(tokens)
    wronged_by = premise.antagonists[0] if premise.truth_kind == "vendetta" and \
        premise.antagonists else None  # who wronged her family is against her, not to love
    if love and love not in (premise.protagonist.occupation, premise.protagonist.name) and \
            (wronged_by is None or love not in (wronged_by.occupation, wronged_by.hold)):
        kin = kin_word(love)
        premise.love = PremisePerson(occupation=love, hold=love, gender=kin[1] if kin else (
            "male" if premise.protagonist.gender == "female" else
            "female" if premise.protagonist.gender == "male" else ""))
        premise.antagonists = [a for a in premise.antagonists if love not in (a.occupation, a.hold)]
    vendetta_truth_zh(reading, premise)
    tell_by_narrator(premise, text, "zh")  # 这一世我要亲手拿回属于我的一切
    return premise

def _job_before_name_zh(tokens: list[tuple[str, str, int]], name: str) -> str:
    """The person word right before ``name`` in one run of nouns (钢琴家/陆沉 → 钢琴家), ''
    when none is (发现/陆沉) or it is someone's (她的/丈夫/陆沉 names a husband)."""
    at = next((i for i, (w, _f, _o) in enumerate(tokens) if w == name), None)
    if not at:
        return ""
    start = at
    while start > 0 and (is_nominal(tokens[start - 1][1]) or tokens[start - 1][1] in ("b", "j")) \
            and tokens[start - 1][1] != "nr":
        start -= 1
    if start > 0 and tokens[start - 1][0] == "的":
        return ""
    for first in range(start, at):  # the longest run that names a person
        words = "".join(w for w, _f, _o in tokens[first:at])
        if is_person_zh(words) and kin_word(words) is None:
            return words
    return ""


def _clauses(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for match in CLAUSE_ZH.finditer(text + "。"):
        if match.start() > start:
            out.append((start, text[start:match.start()]))
        start = match.end()
    return out

def _first_of(text: str, words: list[str]) -> tuple[int, str]:
    best = (-1, "")
    for word in words:
        at = text.find(word)
        if at >= 0 and (best[0] < 0 or at < best[0]):
            best = (at, word)
    return best

def _person_in_span(names: list[tuple[str, int]], jobs: list[tuple[str, int]], start: int,
                    end: int, pack: PremisePack) -> Person:
    person = Person(start=start)
    person.name = next((w for w, o in names if start <= o < end), "")
    person.occupation = next((w for w, o in jobs if start <= o < end), "")
    return person

def _places_zh(tokens: list[tuple[str, str, int]], pack: PremisePack) -> list[str]:
    words = {w for entry in pack.places for w in entry.words}
    table = open_words_zh()
    not_part = {*table.sell_verbs, *table.harm_verbs, *table.workplace_verbs}  # 街头卖艺
    places: list[str] = []
    for index, (word, _flag, _offset) in enumerate(tokens):
        if word not in words:
            continue
        phrase = word
        before = index - 1
        while before >= 0 and tokens[before][1] in ("n", "nplace", "ns", "nz") and \
                tokens[before][0] not in ("在", "于") and len(phrase) < 6:
            phrase = tokens[before][0] + phrase
            before -= 1
        owner = tokens[before - 1][0] if before >= 1 and tokens[before][0] == "的" else \
            tokens[before + 1][0] if before + 1 < index else ""
        if owner and is_person_zh(owner):
            continue  # 她父亲的公司 is someone's, not where the story is
        after = index + 1
        if after < len(tokens) and tokens[after][1] in ("n", "nocc", "nr") and \
                is_person_zh(tokens[after][0]):
            continue  # 冷宫弃妃, 集团董事长: a person the place word describes, no place
        while after < len(tokens) and tokens[after][1] in ("n", "nplace", "ns") and \
                tokens[after][0] not in not_part and len(phrase) < 6:
            phrase += tokens[after][0]
            after += 1
        if not any(phrase in p or p in phrase for p in places):
            places.append(phrase)
    return places
