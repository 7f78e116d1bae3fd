"""Reading an idea into a premise frame: who, what they hide, who stands against them,
where it happens, the moment it turns on — in the idea's own words.

Chinese ideas are segmented with jieba (the pack's words added to its dictionary) and read
with patterns; English ideas with patterns. Every word list is data
(``packs/premise/<lang>.yaml``). What the idea does not say is assumed and noted in
``Premise.assumed`` so ``new`` can print it; nothing is silent.
"""


from __future__ import annotations

import re

from pydantic import Field

from microdrama.domain.base import Model
from microdrama.domain.premise import Premise, PremisePerson
from microdrama.packs import load_pack
from microdrama.providers.offline.writer.premise_en import harms_the_lead, read_en
from microdrama.providers.offline.writer.premise_pack import (
    CJK,
    LoveRule,
    PremisePack,
    has_word,
    load_premise_pack,
    place_kind,
)
from microdrama.providers.offline.writer.premise_zh import read_zh

__all__ = ["LanguageGuess", "PremisePack", "choose_trope", "guess_language", "load_premise_pack",
           "place_kind", "read_premise", "story_trope", "understand", "wrong_pronoun"]


class LanguageGuess(Model):
    """Which language an idea is written in, as far as the writer can tell."""

    code: str = Field(description="'zh', 'en', or another ISO code (e.g. 'es'), '' if unknown.")
    name: str = Field(description="Its name in English, for messages.")

class FunctionWords(Model):
    """Common closed-class words of one language, and its name in English."""

    name: str
    words: list[str] = Field(min_length=1)


class LanguagesPack(Model):
    """Schema of ``packs/premise/languages.yaml``."""

    function_words: dict[str, FunctionWords]

_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")

_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")


def guess_language(idea: str) -> LanguageGuess:
    """zh when the idea is mostly Chinese, else the language whose function words it uses."""
    cjk = len(CJK.findall(idea))
    words = [w.lower() for w in _LATIN_WORD.findall(idea)]
    # Kana or Hangul make it Japanese or Korean, whatever Han characters it also has.
    kana, hangul = len(_KANA.findall(idea)), len(_HANGUL.findall(idea))
    if max(kana, hangul) >= 2 and max(kana, hangul) >= len(words):
        return (LanguageGuess(code="ja", name="Japanese") if kana >= hangul else
                LanguageGuess(code="ko", name="Korean"))
    if cjk and cjk >= len(words):
        return LanguageGuess(code="zh", name="Chinese")
    table = load_pack("premise", "languages", LanguagesPack).function_words
    scores = {code: sum(1 for w in words if w in set(entry.words))
              for code, entry in table.items()}
    best = max(sorted(scores), key=lambda c: scores[c]) if scores else ""
    if not best or scores[best] == 0:
        return LanguageGuess(code="en" if words else "", name="English" if words else "unknown")
    if best != "en" and scores.get("en", 0) >= scores[best]:
        best = "en"
    return LanguageGuess(code=best, name=table[best].name)

def read_premise(idea: str, language: str) -> Premise:
    """The premise frame of ``idea`` (trope left empty: :func:`choose_trope` sets it)."""
    if language == "zh" and guess_language(idea).code == "zh":
        return read_zh(idea)
    if language == "en" and guess_language(idea).code == "en":
        return read_en(idea)
    return Premise(assumed=[_foreign_note(idea, language)])

def _foreign_note(idea: str, language: str) -> str:
    guess = guess_language(idea)
    if language == "zh":
        return f"这个想法不是中文（看起来是{guess.name}），无法从中读出人物和情节：按题材默认写作"
    return (f"the idea is not in English (it reads as {guess.name}): its people and events "
            "could not be read, so the trope's defaults are used")

def choose_trope(premise: Premise, idea: str, trope_ids: list[str], keyword_scores: dict[str, int],
                 genre: str, language: str,
                 lead_genders: dict[str, str] | None = None) -> tuple[str, str]:
    """The trope id and a sentence saying why (for ``new`` and ``premise.assumed``);
    ``lead_genders`` (trope → its lead's gender) keeps a default trope fit for the lead."""
    zh = language == "zh"
    if genre != "auto":
        return genre, (f"题材：{genre}（--genre 指定）" if zh else f"trope: {genre} (set by --genre)")
    pack = load_premise_pack(language)
    vendetta = premise.truth_kind == "vendetta"  # whose child the lead is: a revenge
    text = idea if vendetta else premise.hidden_truth or idea
    for entry in pack.truths if not vendetta else []:
        hit = next((w for w in entry.words if has_word(text, w, language)), None)
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
        loving = [t for t in (pack.love.tropes if pack.love else []) if t in trope_ids]
        if (premise.love.occupation or premise.love.name) and loving and best not in loving \
                and keyword_scores.get(best, 0) <= 1 + max(keyword_scores.get(t, 0) for t in loving):
            # She marries the young master: a romance, unless another trope's words win clearly.
            best = max(loving, key=lambda t: (keyword_scores.get(t, 0), -loving.index(t)))
        return best, (f"题材：{best}（想法里的关键词）" if zh else f"trope: {best} (keywords in the idea)")
    loving = [t for t in (pack.love.tropes if pack.love else []) if t in trope_ids]
    love_named = bool(premise.love.occupation or premise.love.name) and bool(loving)
    story = story_trope(premise, idea, pack, trope_ids)
    # With no hidden truth, a truth word anywhere in the idea (山里的孩子, 残疾大佬) says less
    # than the story the idea tells.
    guessing = not premise.hidden_truth and story is not None
    for entry in pack.truths if not vendetta and not love_named and not guessing else []:
        hit = next((w for w in entry.words if has_word(text, w, language)), None)
        if hit and entry.trope in trope_ids:
            return entry.trope, (
                f"没有找到题材关键词：根据隐藏身份“{hit}”选了 {entry.trope}；可在 series.yaml 的 premise: 修改"
                if zh else f"no trope word found — chose {entry.trope} from the hidden truth "
                f"({hit!r}); edit premise: in series.yaml")
    by_kind = next((e.trope for e in sorted(pack.truths, key=lambda e: e.gender != "")
                    if e.kind == premise.truth_kind and
                    e.gender in ("", premise.protagonist.gender)), "")
    if premise.time_structure == "rebirth" and "rebirth" in trope_ids:
        chosen = "rebirth"
    elif vendetta and "revenge" in trope_ids:
        chosen = "revenge"
    elif (premise.love.occupation or premise.love.name) and pack.love and any(
            t in trope_ids for t in pack.love.tropes):  # "falls for the detective": a romance
        chosen = next(t for t in pack.love.tropes if t in trope_ids)
    elif premise.hidden_truth and by_kind in trope_ids:  # "a retired astronaut": a hidden past
        chosen = by_kind
    elif story:  # what the idea's story is
        chosen, kind = story
        return chosen, (
            f"没有找到题材关键词：按故事（{kind}）选了 {chosen}；用 --genre 指定，或在 series.yaml 的 "
            "premise: 修改" if zh else f"no trope word found — the idea tells a {kind} story: "
            f"chose {chosen}; pass --genre or edit premise: in series.yaml")
    elif premise.antagonists and (premise.incident or premise.setting) and "revenge" in trope_ids:
        chosen = "revenge"
    else:  # the first trope written for a lead like this one (a man is no heiress)
        gender = premise.protagonist.gender
        chosen = next((t for t in trope_ids if not gender or
                       (lead_genders or {}).get(t, "any") in (gender, "any")), trope_ids[0])
    return chosen, (
        f"没有找到题材关键词：选了 {chosen}；用 --genre 指定，或在 series.yaml 的 premise: 修改"
        if zh else f"no trope word found — chose {chosen}; pass --genre or edit premise: in "
        "series.yaml")

def story_trope(premise: Premise, idea: str, pack: PremisePack,
                trope_ids: list[str]) -> tuple[str, str] | None:
    """(trope, story kind) for an idea that names no trope word: the kind of story
    (``stories:`` of the premise pack) whose words the idea says most, an antagonist
    counting once for harm and a love interest once for love; ties go to the kind listed
    first. None when the idea tells none of them."""
    best: tuple[int, int, str, str] | None = None
    for order, entry in enumerate(pack.stories):
        if entry.trope not in trope_ids:
            continue
        score = sum(1 for w in entry.words if has_word(idea, w, pack.language))
        if score and entry.story == "harm" and premise.antagonists:
            score += 1
        if score and entry.story == "love" and (premise.love.occupation or premise.love.name):
            score += 1
        if score and (best is None or score > best[0]):
            best = (score, order, entry.trope, entry.story)
    return (best[2], best[3]) if best else None


def love_among_foes(premise: Premise, idea: str, language: str) -> None:
    """Make the idea's first antagonist the love interest (``premise.love``) when the story
    makes them the one the lead falls for: the parent of the lead's child ("her landlord is
    her son's real father"), or, in a romance trope, someone of power ("the billionaire
    patient she saved": enemies to lovers). The pack's ``love:`` says who and which tropes."""
    rule = load_premise_pack(language).love
    if rule is None or not premise.antagonists or premise.love.occupation or premise.love.name:
        return
    foe = premise.antagonists[0]
    love_gender = {"female": "male", "male": "female"}.get(premise.protagonist.gender, "")
    if foe.gender and love_gender and foe.gender != love_gender:
        return
    said = " ".join(filter(None, [foe.name, foe.occupation, foe.hold]))
    romance = premise.trope in rule.tropes and any(has_word(said, w, language) for w in rule.words)
    if romance and language == "en" and harms_the_lead(idea, foe):
        romance = False  # "the billionaire who ruined him": against the lead, not to love
    if not romance and not _parent_of_child(idea, foe, rule, language):
        return
    premise.love = foe.model_copy(update={"gender": foe.gender or love_gender})
    premise.antagonists = premise.antagonists[1:]


def _parent_of_child(idea: str, foe: PremisePerson, rule: LoveRule, language: str) -> bool:
    """Whether the idea says ``foe`` is the father (or mother) of the lead's child."""
    names = [re.escape(w) for w in (foe.name, foe.occupation, foe.hold) if w]
    if not names:
        return False
    who, children, parents = ("|".join(names), "|".join(map(re.escape, rule.children)),
                              "|".join(map(re.escape, rule.parents)))
    if language == "zh":
        pattern = (rf"(?:{who})[^，。；！？]{{0,6}}?(?:是|就是|竟是|竟然是)(?:她|他)?的?(?:{children})"
                   rf"的?(?:亲生)?(?:{parents})")
    else:
        pattern = (rf"\b(?:{who})\s+(?:is|was|turns out to be|is really|is actually)\s+"
                   rf"(?:her|his|their)\s+(?:{children})['’]s?\s+(?:real\s+|biological\s+|"
                   rf"birth\s+)?(?:{parents})\b")
    return re.search(pattern, idea, re.IGNORECASE) is not None


def wrong_pronoun(text: str, gender: str, language: str) -> str | None:
    """A pronoun in ``text`` of the other gender than ``gender`` (None if there is none)."""
    other = {"female": "male", "male": "female"}.get(gender)
    if other is None:
        return None
    pronouns = load_premise_pack(language).pronouns[other]  # type: ignore[index]
    return next((p for p in pronouns if has_word(text, p, language)), None)

def understand(idea: str, language: str, genre: str, trope_ids: list[str],
               keyword_scores: dict[str, int],
               lead_genders: dict[str, str] | None = None) -> tuple[Premise, list[str]]:
    """What ``new`` prints: the premise the writer will use and lines saying it, what was
    found in the idea and what it had to assume (names are cast later, by the bible)."""
    premise = read_premise(idea, language)
    trope, why = choose_trope(premise, idea, trope_ids, keyword_scores, genre, language,
                              lead_genders)
    premise.trope = trope
    love_among_foes(premise, idea, language)
    zh = language == "zh"
    lead = premise.protagonist
    found = [
        ("主角" if zh else "lead", "".join(filter(None, [lead.occupation, lead.name])) if zh
         else ", ".join(filter(None, [lead.name, lead.occupation]))),
        ("隐藏身份" if zh else "hidden truth", premise.hidden_truth),
        ("对手" if zh else "antagonist", "、".join(
            "".join(filter(None, [a.occupation or a.hold, a.name])) if zh else
            ", ".join(filter(None, [a.name, a.occupation, a.hold if a.hold != a.occupation
                                    else ""])) for a in premise.antagonists)),
        ("地点" if zh else "place", "、".join(premise.places) if zh else ", ".join(premise.places)),
        ("感情线" if zh else "love interest", "".join(filter(None, [premise.love.occupation,
                                                                   premise.love.name])) if zh
         else ", ".join(filter(None, [premise.love.name, premise.love.hold or
                                      premise.love.occupation]))),
        ("背景" if zh else "setting",
         premise.setting if premise.setting and premise.setting not in premise.places else ""),
        ("起因" if zh else "incident", premise.incident),
        ("目标" if zh else "want", premise.want),
        ("标志画面" if zh else "signature image", premise.image),
    ]
    lines = [f"{label}: {value}" for label, value in found if value]
    if premise.time_structure != "linear":
        lines.append(("时间结构" if zh else "time structure") + f": {premise.time_structure}")
    missing = [label for label, value in found[:4] if not value and not (
        label in ("地点", "place") and premise.setting)]
    if missing:
        lines.append(("想法里没有，写作时会补上：" if zh else "not in the idea, the writer will "
                      "assume: ") + ("、".join(missing) if zh else ", ".join(missing)))
    lines.extend([*premise.assumed, why])
    return premise, lines
