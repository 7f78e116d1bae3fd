"""Reading an idea into a premise frame: who, what they hide, who stands against them,
where it happens, the moment it turns on — in the idea's own words.

Chinese ideas are segmented with jieba (the pack's words added to its dictionary) and read
with patterns; English ideas with patterns. Every word list is data
(``packs/premise/<lang>.yaml``). What the idea does not say is assumed and noted in
``Premise.assumed`` so ``new`` can print it; nothing is silent.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import Field

from microdrama.domain.base import Model
from microdrama.domain.bible import LocationKind
from microdrama.domain.premise import Premise, PremisePerson, TimeStructure, TruthKind
from microdrama.packs import load_pack

Gender = Literal["female", "male", ""]


class TruthEntry(Model):
    words: list[str]
    kind: TruthKind
    trope: str
    gender: Gender = ""
    not_core: list[str] = Field(default_factory=list)


class Occupation(Model):
    word: str
    gender: Gender = ""
    side: Literal["any", "foe"] = "any"


class Witness(Model):
    words: list[str]
    say: str


class PlaceEntry(Model):
    words: list[str]
    kind: LocationKind


class PremisePack(Model):
    """Schema of ``packs/premise/<lang>.yaml``."""

    language: Literal["zh", "en"]
    truth_markers: list[str] = Field(min_length=1)
    truth_hidden_by: list[str] = Field(default_factory=list)
    truths: list[TruthEntry]
    occupations: list[Occupation]
    female_words: list[str]
    male_words: list[str]
    incident_verbs: list[str] | dict[str, str]
    images: list[str]
    witnesses: list[Witness]
    places: list[PlaceEntry]
    time: dict[Literal["rebirth", "time_skip", "countdown"], list[str]]
    want_markers: list[str]
    pronouns: dict[Literal["female", "male"], list[str]]
    surnames: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    writing: dict[str, Any] = Field(description="Templates; validated by frame.Writing.")

    def incident_words(self) -> list[str]:
        words = self.incident_verbs
        return list(words) if isinstance(words, dict) else words

    def occupation(self, word: str) -> Occupation | None:
        lower = word.lower()
        return next((o for o in self.occupations if o.word.lower() == lower), None)


@cache
def load_premise_pack(language: str) -> PremisePack:
    """The validated premise pack for ``language``."""
    return PremisePack.model_validate(load_pack("premise", language))


class LanguageGuess(Model):
    """Which language an idea is written in, as far as the writer can tell."""

    code: str = Field(description="'zh', 'en', or another ISO code (e.g. 'es'), '' if unknown.")
    name: str = Field(description="Its name in English, for messages.")


_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")


def guess_language(idea: str) -> LanguageGuess:
    """zh when the idea is mostly Chinese, else the language whose function words it uses."""
    cjk = len(_CJK.findall(idea))
    words = [w.lower() for w in _LATIN_WORD.findall(idea)]
    if cjk and cjk >= len(words):
        return LanguageGuess(code="zh", name="Chinese")
    table = load_pack("premise", "languages")["function_words"]
    scores = {code: sum(1 for w in words if w in set(entry["words"]))
              for code, entry in table.items()}
    best = max(sorted(scores), key=lambda c: scores[c]) if scores else ""
    if not best or scores[best] == 0:
        return LanguageGuess(code="en" if words else "", name="English" if words else "unknown")
    if best != "en" and scores.get("en", 0) >= scores[best]:
        best = "en"
    return LanguageGuess(code=best, name=table[best]["name"])


@dataclass
class _Person:
    name: str = ""
    occupation: str = ""
    gender: Gender = ""
    start: int = -1


def read_premise(idea: str, language: str) -> Premise:
    """The premise frame of ``idea`` (trope left empty: :func:`choose_trope` sets it)."""
    if language == "zh" and guess_language(idea).code == "zh":
        return _read_zh(idea)
    if language == "en" and guess_language(idea).code == "en":
        return _read_en(idea)
    return Premise(assumed=[_foreign_note(idea, language)])


def _foreign_note(idea: str, language: str) -> str:
    guess = guess_language(idea)
    if language == "zh":
        return f"这个想法不是中文（看起来是{guess.name}），无法从中读出人物和情节：按题材默认写作"
    return (f"the idea is not in English (it reads as {guess.name}): its people and events "
            "could not be read, so the trope's defaults are used")


def choose_trope(premise: Premise, idea: str, trope_ids: list[str], keyword_scores: dict[str, int],
                 genre: str, language: str) -> tuple[str, str]:
    """The trope id and a sentence saying why (for ``new`` and ``premise.assumed``)."""
    zh = language == "zh"
    if genre != "auto":
        return genre, (f"题材：{genre}（--genre 指定）" if zh else f"trope: {genre} (set by --genre)")
    pack = load_premise_pack(language)
    text = premise.hidden_truth or idea
    for entry in pack.truths:
        hit = next((w for w in entry.words if _has(text, w, language)), None)
        if hit and entry.trope in trope_ids and premise.hidden_truth and \
                keyword_scores.get(entry.trope, 0) + 2 > max(keyword_scores.values(), default=0):
            return entry.trope, (
                f"题材：{entry.trope}（隐藏身份“{hit}”）" if zh
                else f"trope: {entry.trope} (from the hidden truth, {hit!r})")
    top = max(keyword_scores.values(), default=0)
    if premise.time_structure == "rebirth" and "rebirth" in trope_ids and \
            keyword_scores.get("rebirth", 0) + 2 > top:
        return "rebirth", ("题材：rebirth（重生）" if zh else "trope: rebirth (the idea relives the past)")
    if any(keyword_scores.get(t, 0) for t in trope_ids):
        best = max(trope_ids, key=lambda t: (keyword_scores.get(t, 0), -trope_ids.index(t)))
        return best, (f"题材：{best}（想法里的关键词）" if zh else f"trope: {best} (keywords in the idea)")
    for entry in pack.truths:
        hit = next((w for w in entry.words if _has(text, w, language)), None)
        if hit and entry.trope in trope_ids:
            return entry.trope, (
                f"没有找到题材关键词：根据隐藏身份“{hit}”选了 {entry.trope}；可在 series.yaml 的 premise: 修改"
                if zh else f"no trope word found — chose {entry.trope} from the hidden truth "
                f"({hit!r}); edit premise: in series.yaml")
    if premise.time_structure == "rebirth" and "rebirth" in trope_ids:
        chosen = "rebirth"
    elif premise.antagonists and premise.incident and "revenge" in trope_ids:
        chosen = "revenge"
    else:
        chosen = trope_ids[0]
    return chosen, (
        f"没有找到题材关键词：选了 {chosen}；用 --genre 指定，或在 series.yaml 的 premise: 修改"
        if zh else f"no trope word found — chose {chosen}; pass --genre or edit premise: in "
        "series.yaml")


def wrong_pronoun(text: str, gender: str, language: str) -> str | None:
    """A pronoun in ``text`` of the other gender than ``gender`` (None if there is none)."""
    other = {"female": "male", "male": "female"}.get(gender)
    if other is None:
        return None
    pronouns = load_premise_pack(language).pronouns[other]  # type: ignore[index]
    return next((p for p in pronouns if _has(text, p, language)), None)


def _has(text: str, word: str, language: str) -> bool:
    if language == "zh":
        return word in text
    return re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", text, re.IGNORECASE) is not None


# ---------------------------------------------------------------------------------- zh

_CLAUSE_ZH = re.compile(r"[，。；！？、,.;!?\n]+")


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
    """(word, flag, offset) for each token."""
    out: list[tuple[str, str, int]] = []
    offset = 0
    for pair in _jieba().cut(text):  # type: ignore[attr-defined]
        out.append((pair.word, pair.flag, offset))
        offset += len(pair.word)
    return out


def _is_name_zh(word: str, flag: str, pack: PremisePack) -> bool:
    if not 2 <= len(word) <= 4 or word in pack.not_names or pack.occupation(word):
        return False
    if not all(_CJK.match(ch) for ch in word):
        return False
    if any(word in entry.words for entry in pack.truths) or any(
            word in entry.words for entry in pack.places):
        return False
    if flag in ("nr", "nrfg"):
        return True
    if word[0] in "老小阿" and word[1:] in pack.surnames:  # 老周, 小林, 阿强
        return True
    starts = any(word.startswith(s) and len(word) - len(s) in (1, 2) for s in pack.surnames)
    return starts and flag in ("nrt", "n", "nz", "x", "ng", "a", "ns")


def _read_zh(idea: str) -> Premise:
    pack = load_premise_pack("zh")
    text = "".join(idea.split())
    tokens = _tokens_zh(text)
    names = [(w, o) for w, f, o in tokens if _is_name_zh(w, f, pack)]
    jobs = [(w, o) for w, f, o in tokens if pack.occupation(w)]

    # The truth: after a marker, or after 是 once the idea says nobody knows.
    truth, truth_at = "", -1
    for marker in sorted(pack.truth_markers, key=len, reverse=True):
        at = text.find(marker)
        if at >= 0 and (truth_at < 0 or at < truth_at):
            truth_at, truth = at, _clause_from(text, at + len(marker))
    if not truth:
        for marker in pack.truth_hidden_by:
            at = text.find(marker)
            if at >= 0:
                is_at = text.find("是", at)
                if is_at >= 0:
                    truth_at, truth = at, _clause_from(text, is_at + 1)
                    break
    truth = truth.removeprefix("那个").strip()

    # The incident: 被 + agent + verb, or an incident verb with its clause.
    agents: list[_Person] = []
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
    lead, foes = _cast(names, jobs, agents, truth_at, truth, text, pack)
    image = next((w for w in pack.images if w in text), "") or _first_of(incident, verbs)[1]
    return _frame(pack, text, lead, foes, truth, incident, _places_zh(tokens, pack), image)


def _frame(pack: PremisePack, text: str, lead: _Person, foes: list[_Person], truth: str,
           incident: str, places: list[str], image: str) -> Premise:
    """The premise from what a reader found: genders from jobs, the truth or the words."""
    language = pack.language
    truth_entry = _truth_entry(pack, truth or text, language)
    job = pack.occupation(lead.occupation)
    lead.gender = job.gender if job else ""
    if not lead.gender:
        lead.gender = (truth_entry.gender if truth_entry and truth_entry.gender
                       else _gender_from_words(text, pack))
    for foe in foes:
        job = pack.occupation(foe.occupation)
        foe.gender = job.gender if job else ""
    return Premise(
        protagonist=PremisePerson(name=lead.name, gender=lead.gender, occupation=lead.occupation,
                                  situation=incident),
        hidden_truth=truth,
        truth_kind=truth_entry.kind if truth_entry else ("identity" if truth else "none"),
        antagonists=[PremisePerson(name=f.name, gender=f.gender, occupation=f.occupation,
                                   hold=f.occupation) for f in foes],
        places=places, setting=places[0] if places else "",
        incident=incident, witnesses=_witnesses(text, pack, language),
        want=_want(text, pack, language), time_structure=_time(text, pack, language),
        image=image,
    )


def _clauses(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for match in _CLAUSE_ZH.finditer(text + "。"):
        if match.start() > start:
            out.append((start, text[start:match.start()]))
        start = match.end()
    return out


def _clause_from(text: str, at: int) -> str:
    match = _CLAUSE_ZH.search(text, at)
    return text[at:match.start() if match else len(text)].strip()


def _first_of(text: str, words: list[str]) -> tuple[int, str]:
    best = (-1, "")
    for word in words:
        at = text.find(word)
        if at >= 0 and (best[0] < 0 or at < best[0]):
            best = (at, word)
    return best


def _inside(offset: int, start: int, truth: str, text: str) -> bool:
    if start < 0 or not truth:
        return False
    truth_at = text.find(truth, start)
    return truth_at <= offset < truth_at + len(truth)


def _person_in_span(names: list[tuple[str, int]], jobs: list[tuple[str, int]], start: int,
                    end: int, pack: PremisePack) -> _Person:
    person = _Person(start=start)
    person.name = next((w for w, o in names if start <= o < end), "")
    person.occupation = next((w for w, o in jobs if start <= o < end), "")
    return person


def _cast(names: list[tuple[str, int]], jobs: list[tuple[str, int]], agents: list[_Person],
          truth_at: int, truth: str, text: str, pack: PremisePack) -> tuple[_Person, list[_Person]]:
    """The protagonist and the antagonists among the people an idea mentions.

    The agent of the incident is a foe; so is a name right after a foe word ("渣男周明",
    "her boss Derek"). The protagonist is the first other name, with the job just before
    it (or the first job that is not a foe's).
    """
    taken = {a.name for a in agents} | {a.occupation for a in agents}

    def job_before(offset: int) -> tuple[str, int] | None:
        near = [(w, o) for w, o in jobs if o < offset and
                text[o + len(w):offset].strip(" ") in ("", "named", "called", "叫", "名叫")]
        return near[-1] if near else None

    def is_foe_job(word: str) -> bool:
        job = pack.occupation(word)
        return job is not None and job.side == "foe"

    lead, foes = _Person(), list(agents)
    for word, offset in names:
        if word in taken or _inside(offset, truth_at, truth, text):
            continue
        before = job_before(offset)
        if before and is_foe_job(before[0]) or lead.name:
            foes.append(_Person(name=word, occupation=before[0] if before else ""))
            taken |= {word, before[0] if before else ""}
            continue
        lead.name, lead.start = word, offset
        if before and before[0] not in taken:
            lead.occupation = before[0]
    if not lead.occupation and not lead.name:
        for word, offset in jobs:
            if word in taken or _inside(offset, truth_at, truth, text) or is_foe_job(word):
                continue
            lead.occupation = word
            break
    for word, offset in jobs:
        if is_foe_job(word) and word not in taken and word != lead.occupation and \
                not _inside(offset, truth_at, truth, text):
            foes.append(_Person(occupation=word))
            taken.add(word)
    return lead, foes


def _truth_entry(pack: PremisePack, text: str, language: str) -> TruthEntry | None:
    for entry in pack.truths:
        if any(_has(text, w, language) for w in entry.words):
            return entry
    return None


def _gender_from_words(text: str, pack: PremisePack) -> Gender:
    """The gender the idea's words point to (pronouns count double in zh)."""
    if pack.language == "en":
        words = re.findall(r"[a-z']+", text.lower())
        female = sum(1 for w in words if w in pack.female_words)
        male = sum(1 for w in words if w in pack.male_words)
    else:
        female = sum(text.count(w) for w in pack.female_words) + text.count("她")
        male = sum(text.count(w) for w in pack.male_words) + text.count("他")
    if female > male:
        return "female"
    if male > female:
        return "male"
    return ""


def _places_zh(tokens: list[tuple[str, str, int]], pack: PremisePack) -> list[str]:
    words = {w for entry in pack.places for w in entry.words}
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
        after = index + 1
        while after < len(tokens) and tokens[after][1] in ("n", "nplace", "ns") and len(phrase) < 6:
            phrase += tokens[after][0]
            after += 1
        if not any(phrase in p or p in phrase for p in places):
            places.append(phrase)
    return places


def place_kind(phrase: str, language: str) -> LocationKind | None:
    """The location kind a place phrase names (None when no pack word fits)."""
    pack = load_premise_pack(language)
    for entry in pack.places:
        if any(_has(phrase, w, language) for w in entry.words):
            return entry.kind
    return None


def _witnesses(text: str, pack: PremisePack, language: str) -> str:
    for entry in pack.witnesses:
        if any(_has(text, w, language) for w in entry.words):
            return entry.say
    return ""


def _want(text: str, pack: PremisePack, language: str) -> str:
    for marker in pack.want_markers:
        at = text.lower().find(marker) if language == "en" else text.find(marker)
        if at >= 0:
            start = at + len(marker)
            if language == "zh":
                return _clause_from(text, start)
            return _clause_en(text, start)
    return ""


def _time(text: str, pack: PremisePack, language: str) -> TimeStructure:
    for kind in ("rebirth", "countdown", "time_skip"):
        if any(_has(text, w, language) for w in pack.time.get(kind, [])):  # type: ignore[call-overload]
            return kind  # type: ignore[return-value]
    return "linear"


# ---------------------------------------------------------------------------------- en

_CLAUSE_EN = re.compile(r"[,.;!?:\n]|\s(?:and|but|when|while|who|until|after|before|where|so)\s")
_CAPITAL = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b")
_ARTICLES = ("a ", "an ", "the ", "her ", "his ", "their ", "its ", "my ", "one ")


def _clause_en(text: str, at: int) -> str:
    match = _CLAUSE_EN.search(text, at)
    return text[at:match.start() if match else len(text)].strip()


def _find_en(text: str, word: str, start: int = 0) -> int:
    match = re.compile(rf"(?<![\w']){re.escape(word)}(?![\w'])", re.IGNORECASE).search(text, start)
    return match.start() if match else -1


def _read_en(idea: str) -> Premise:
    pack = load_premise_pack("en")
    text = " ".join(idea.split())
    not_names = set(pack.not_names)
    vocabulary = {o.word.lower() for o in pack.occupations} | {
        w for entry in pack.truths for w in entry.words} | {
        w for entry in pack.places for w in entry.words}
    verb_words = {w for v in pack.incident_words() for w in v.split()}
    names = [(m.group(), m.start()) for m in _CAPITAL.finditer(text)
             if m.group().split()[0] not in not_names
             and m.group().split()[0].lower() not in verb_words
             and not any(w.lower() in vocabulary for w in m.group().split())]
    # Jobs as the idea spells them ("CEO"), found whatever their case.
    jobs = sorted(((text[at:at + len(o.word)], at) for o in pack.occupations
                   if (at := _find_en(text, o.word)) >= 0), key=lambda j: j[1])
    # Longest match wins where two overlap ("maid's daughter" over "maid").
    jobs = [j for j in jobs if not any(o != j and o[1] <= j[1] < o[1] + len(o[0])
                                       and len(o[0]) > len(j[0]) for o in jobs)]

    truth, truth_at = "", -1
    for marker in sorted(pack.truth_markers, key=len, reverse=True):
        at = _find_en(text, marker)
        if at >= 0 and (truth_at < 0 or at < truth_at):
            keep = marker.split()[-1] in ("the", "real", "long-lost", "hidden")
            start = at + len(marker) - (len(marker.split()[-1]) if keep else 0)
            truth_at, truth = at, _clause_en(text, start)
    if not truth:
        for marker in pack.truth_hidden_by:
            at = _find_en(text, marker)
            if at >= 0:
                copula = re.compile(r"\b(?:is|was|'s)\s", re.IGNORECASE).search(text, at + len(marker))
                if copula:
                    truth_at, truth = at, _clause_en(text, copula.end())
                    break

    verbs = pack.incident_verbs if isinstance(pack.incident_verbs, dict) else {}
    incident, agents = "", []
    for verb in sorted(verbs, key=len, reverse=True):
        at = _find_en(text, verb)
        if at < 0:
            continue
        clause_start = max([0, *(m.end() for m in re.finditer(r"[,.;!?]", text[:at]))])
        incident = text[clause_start:at + len(verb)].strip() + " " + _clause_en(text, at + len(verb))
        incident = incident.strip()
        by = re.compile(r"\bby\s", re.IGNORECASE).search(text, at + len(verb))
        if by and by.start() - (at + len(verb)) < 40:
            span = _clause_en(text, by.end())
            span_at = by.end()
            span_end = span_at + len(span)
            for cut in (" at ", " in ", " on ", " during ", " in front of "):
                cut_at = text.lower().find(cut, span_at, span_end)
                if cut_at >= 0:
                    span_end = cut_at
            agent = _Person(start=span_at)
            agent.name = next((w for w, o in names if span_at <= o < span_end), "")
            agent.occupation = next((w for w, o in jobs if span_at <= o < span_end), "")
            if agent.name or agent.occupation:
                agents.append(agent)
        elif re.match(r"\s+(?:her|him|them|me|us|[A-Z][a-z]+)\b", text[at + len(verb):]):
            # Active voice ("when her boss Derek fires her"): the agent comes before the verb.
            agent = _Person(start=clause_start)
            agent.name = next((w for w, o in reversed(names) if clause_start <= o < at), "")
            agent.occupation = next((w for w, o in reversed(jobs) if clause_start <= o < at), "")
            if agent.name or agent.occupation:
                agents.append(agent)
        break
    lead, foes = _cast(names, jobs, agents, truth_at, truth, text, pack)
    if truth.lower().startswith(("her ", "his ")):
        truth = _strip_article(truth)
    image = next((w for w in pack.images if _find_en(text, w) >= 0), "") or next(
        (v for v in verbs if _find_en(incident, v) >= 0), "")
    return _frame(pack, text, lead, foes, truth, incident, _places_en(text, pack), image)


def _strip_article(phrase: str) -> str:
    lower = phrase.lower()
    for article in _ARTICLES:
        if lower.startswith(article):
            return phrase[len(article):]
    return phrase


def _places_en(text: str, pack: PremisePack) -> list[str]:
    found: list[tuple[int, str]] = []
    for entry in pack.places:
        for word in entry.words:
            at = _find_en(text, word)
            if at < 0:
                continue
            # Up to two words before the place word that belong to its phrase.
            head = text[:at].split()
            phrase_words: list[str] = []
            for previous in reversed(head[-2:]):
                bare = previous.lower().strip(",.;")
                if bare in {"at", "in", "on", "to", "during", "a", "an", "the", "her", "his",
                            "their", "of", "by", "from", "into", "and", "with"} or previous[-1] in ",.;":
                    break
                phrase_words.insert(0, previous)
            phrase = " ".join([*phrase_words, text[at:at + len(word)]])
            found.append((at - len(" ".join(phrase_words)) - bool(phrase_words), phrase))
    found.sort(key=lambda f: (f[0], -len(f[1])))
    places: list[str] = []
    for _at, phrase in found:
        if not any(phrase.lower() in p.lower() or p.lower() in phrase.lower() for p in places):
            places.append(phrase)
    return places


def understand(idea: str, language: str, genre: str, trope_ids: list[str],
               keyword_scores: dict[str, int]) -> tuple[Premise, list[str]]:
    """What ``new`` prints: the premise the writer will use and lines saying it, what was
    found in the idea and what it had to assume (names are cast later, by the bible)."""
    premise = read_premise(idea, language)
    trope, why = choose_trope(premise, idea, trope_ids, keyword_scores, genre, language)
    premise.trope = trope
    zh = language == "zh"
    lead = premise.protagonist
    found = [
        ("主角" if zh else "lead", "".join(filter(None, [lead.occupation, lead.name])) if zh
         else ", ".join(filter(None, [lead.name, lead.occupation]))),
        ("隐藏身份" if zh else "hidden truth", premise.hidden_truth),
        ("对手" if zh else "antagonist", "、".join(
            "".join(filter(None, [a.occupation, a.name])) if zh else
            ", ".join(filter(None, [a.name, a.occupation])) for a in premise.antagonists)),
        ("地点" if zh else "place", "、".join(premise.places) if zh else ", ".join(premise.places)),
        ("起因" if zh else "incident", premise.incident),
        ("目标" if zh else "want", premise.want),
        ("标志画面" if zh else "signature image", premise.image),
    ]
    lines = [f"{label}: {value}" for label, value in found if value]
    if premise.time_structure != "linear":
        lines.append(("时间结构" if zh else "time structure") + f": {premise.time_structure}")
    missing = [label for label, value in found[:4] if not value]
    if missing:
        lines.append(("想法里没有，写作时会补上：" if zh else "not in the idea, the writer will "
                      "assume: ") + ("、".join(missing) if zh else ", ".join(missing)))
    lines.extend([*premise.assumed, why])
    return premise, lines
