"""A bank text written for one cast, said of another: its pronouns and gendered words
follow the genders of the roles they point to.

A move, a twist or a scheme is written for a cast: a trope's own moves for its roles'
genders (the heiress trope's lead is a woman), a move that says ``genders:`` for those. The
idea may cast otherwise (a man in the heiress story, so the love interest is a woman).
Slots name the roles (``{lead}``); the words around them that say a gender (she, his,
她, 女儿) are worded here for the cast the series has. Which role a word points to is
read from the text: the role it was written for with that gender among those the sentence
names (the sentence's subject first, else the nearest before it); a sentence that names
no one goes on with the last subject. A word that no role of its written gender explains
is left alone when someone the sentence names has that gender in the cast, else it is the
subject's. A gendered noun ("heiress", 千金) follows a role only where it says who that
role is ("{lead}, the heiress", {lead}是沈家的千金); "her son" and 她的女儿 are someone
else, and only their owner's word follows the cast. The word pairs are data (``gender_words`` of
``packs/premise/<lang>.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from microdrama.providers.offline.writer.premise_pack import load_premise_pack
from microdrama.providers.offline.writer.premise_phrase_en import open_words

ROLES = ("lead", "love", "rival", "elder", "aide", "wildcard", "schemer")
_SLOT = re.compile(r"\{(" + "|".join(ROLES) + r")\}")
_SENTENCE = re.compile(r"[^.!?。！？；;]+[.!?。！？；;]*[\"'”’)）]*\s*")
#: After these, "her" is an object ("tells her the truth"): "him"; before a noun, "his".
_NOT_A_NOUN = frozenset({"and", "or", "but", "to", "in", "at", "on", "with", "from", "for",
                         "as", "by", "the", "a", "an", "that", "so", "when", "if", "off", "out",
                         "up", "down", "away", "back", "again", "go", "alone", "now",
                         "here", "there", "too", "yet", "anymore", "about"})


@cache
def _words(language: str) -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """(word → its gender, word → the other gender's word, a pattern finding them)."""
    pack = load_premise_pack(language)
    gender: dict[str, str] = {}
    other: dict[str, str] = {}
    for female, male in pack.gender_words:
        for word, said, counterpart in ((female, "female", male), (male, "male", female)):
            key = word if language == "zh" else word.lower()
            gender.setdefault(key, said)
            other.setdefault(key, counterpart)
    words = sorted(gender, key=len, reverse=True)
    if language == "zh":
        pattern = re.compile("|".join(map(re.escape, words)))
    else:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])",
                             re.IGNORECASE)  # not she-wolves
    return gender, other, pattern


def regender(text: str, written: dict[str, str], cast: dict[str, str], language: str,
             context: tuple[str, ...] = ()) -> str:
    """``text`` worded for ``cast`` (role → gender) when it was written for ``written``
    (role → gender, '' or missing: not known). ``context``: the roles a spoken line may
    speak of when it names no one (the move's other roles, speaker left out)."""
    if not any(cast.get(r) and written.get(r) and cast[r] != written[r] for r in ROLES) and \
            not any(cast.get(r) and not written.get(r) for r in ROLES if f"{{{r}}}" in text):
        return text  # written for this cast, or names no one of unknown writing
    gender_of, other, pattern = _words(language)
    out: list[str] = []
    subject = ""
    for piece in _SENTENCE.findall(text) or [text]:
        slots = [(m.start(), m.group(1)) for m in _SLOT.finditer(piece)]
        opening = piece.lstrip(" \"'“‘(（")
        owner = re.match(r"\{\w+\}(?:['’]s\b|的)", opening)  # "{rival}'s maid": the maid
        if slots and opening.startswith("{" + slots[0][1] + "}") and not owner:
            subject = slots[0][1]
        elif slots:
            subject = ""
        named = [r for _, r in slots] or ([subject] if subject else [])
        extra = _names_an_extra(piece, language)  # "the old servant": she may be meant

        def word(match: re.Match[str], piece: str = piece, slots: list[tuple[int, str]] = slots,
                 named: list[str] = named, subject: str = subject, extra: bool = extra) -> str:
            found = match.group()
            key = found if language == "zh" else found.lower()
            said = gender_of[key]
            if _inside_other_word(piece, match.start(), match.end(), language):
                return found  # 其他, 他们: no one's pronoun
            if _pronoun(key, language):
                role = _referent(said, match.start(), slots, named, subject, written, cast,
                                 context, _object(key, piece, match.end(), language) or extra)
            else:  # a noun: only when it says who a named role is ("{lead}, the heiress")
                role = _apposed(piece[:match.start()], language)
            if not role or not cast.get(role) or cast[role] == said:
                return found
            new = _counterpart(key, piece, match.end(), other, language)
            if language != "zh" and found[:1].isupper():
                new = new[:1].upper() + new[1:]
            return new

        out.append(pattern.sub(word, piece))
    return "".join(out)


def _pronoun(word: str, language: str) -> bool:
    return word in load_premise_pack(language).pronouns["female"] + \
        load_premise_pack(language).pronouns["male"]


def swap_flipped(text: str, language: str, *, head_only: bool = False, gender: str = "") -> str:
    """A trope's own text about its lead or love interest ("a scholarship girl", "the
    lost Stone daughter", 当年救他的人) for a series whose lead is of the other gender than
    the trope's, and so its love interest too: its pronouns swapped, and its gendered nouns
    but those someone else owns ("her son", 她的女儿). ``head_only``: a phrase that names
    one person (the lead's identity) keeps the nouns after its head ("the one raising the
    Hale heir": the heir is the child). ``gender``: whose the text is, when it may already
    be written for them (a secret chosen to fit the lead): only nouns of the other gender
    change."""
    gender_of, other, pattern = _words(language)
    head = _head(text, pattern, language) if head_only else None

    def word(match: re.Match[str]) -> str:
        found = match.group()
        key = found if language == "zh" else found.lower()
        if _inside_other_word(text, match.start(), match.end(), language):
            return found
        if not _pronoun(key, language) and (
                head_only and match.start() != head or _owned(text, match.start(), language)
                or gender_of[key] == gender):
            return found
        new = _counterpart(key, text, match.end(), other, language)
        return new[:1].upper() + new[1:] if language != "zh" and found[:1].isupper() else new

    return pattern.sub(word, text)


def says_gender(text: str, gender: str, language: str) -> bool:
    """Whether ``text`` holds a pronoun or gendered noun of ``gender`` (其他 is none)."""
    gender_of, _other, pattern = _words(language)
    return any(gender_of[m.group() if language == "zh" else m.group().lower()] == gender and
               not _inside_other_word(text, m.start(), m.end(), language)
               for m in pattern.finditer(text))


def _head(text: str, pattern: re.Pattern[str], language: str) -> int | None:
    """Where the head noun of a phrase naming one person starts, if it is gendered: zh's
    last noun (陆家继承人的亲生母亲), English's first before a clause, "of" or a
    participle (the woman who…, the lost Stone daughter; not the heir in "the one raising
    the Hale heir")."""
    nouns = [m for m in pattern.finditer(text)
             if not _pronoun(m.group() if language == "zh" else m.group().lower(), language)]
    if not nouns:
        return None
    if language == "zh":
        last = nouns[-1]
        return last.start() if text[last.end():].strip(" ，。") == "" else None
    first = nouns[0]
    before = re.findall(r"[A-Za-z'’-]+", text[:first.start()].lower())
    if any(w in ("of", "who", "that", "which", "whose", "with", "for") or w.endswith("ing")
           for w in before):
        return None
    return first.start()


def _owned(text: str, at: int, language: str) -> bool:
    """Whether a pronoun owns the word at ``at`` ("her son", 她的女儿): someone else."""
    if language == "zh":
        return re.search(r"[她他我你]的$", text[:at]) is not None
    before = re.findall(r"[A-Za-z'’]+", text[:at])
    return bool(before) and before[-1].lower() in ("her", "his", "their", "my", "your", "our")


def _inside_other_word(piece: str, start: int, end: int, language: str) -> bool:
    """Whether the word at ``start:end`` is part of a longer word the pack lists as no
    gendered word (其他, 吉他, 他们)."""
    for compound in load_premise_pack(language).gender_words_not:
        at = piece.find(compound, max(0, start - len(compound) + 1))
        while 0 <= at <= start:
            if at + len(compound) >= end:
                return True
            at = piece.find(compound, at + 1)
    return False


def _apposed(before: str, language: str) -> str:
    """The role a noun right after says who is ("{lead}, the heiress", "{lead} is a
    girl", {lead}这个丫头, {lead}是沈家的千金), or ''."""
    if language == "zh":
        match = re.search(r"\{(" + "|".join(ROLES) + r")\}(?:是|这个|那个|这|那|，)"
                          r"[^，。！？；{}]{0,8}$", before)
    else:
        match = re.search(r"\{(" + "|".join(ROLES) + r")\}(?:,|\s+is|\s+was|\s+as|"
                          r"\s+becomes|\s+the)\s*(?:(?:a|an|the|that|this)\s+)?"
                          r"(?:[\w-]+\s+){0,2}$", before)
    return match.group(1) if match else ""


def _names_an_extra(piece: str, language: str) -> bool:
    """Whether the sentence names someone besides the roles ("the old servant", "a
    doctor"): a pronoun no role's writing explains may be theirs, so it is left alone."""
    if language == "zh":
        return False
    words = open_words()
    people = {*words.people, *(w for k in words.kin for w in k.words)}
    bare = re.sub(r"\{\w+\}(?:['’]s)?", " ", piece).lower()
    return any(w in people for w in re.findall(r"[a-z][a-z'-]*", bare))


def _object(word: str, piece: str, end: int, language: str) -> bool:
    """Whether the pronoun is an object ("laughs at *her*", "*him*", 把*她*手里的): it never
    means the sentence's subject (that would be "herself", 自己)."""
    if language == "zh":  # 把她手里…, 看她眼里的泪: not the clause's first word, not its subject
        start = end - len(word)
        return re.search(r"(^|[，,、：:；;])[\s\"“「]*$", piece[:start]) is None
    return word == "him" or word == "her" and _counterpart(word, piece, end, {}, language) == "him"


def _referent(said: str, at: int, slots: list[tuple[int, str]], named: list[str],
              subject: str, written: dict[str, str], cast: dict[str, str],
              context: tuple[str, ...], object_: bool = False) -> str:
    """The role a word of gender ``said`` at ``at`` points to ('' when it cannot tell)."""
    known = [r for r in named if written.get(r) == said]
    if object_ and len(set(known)) > 1:
        known = [r for r in known if r != subject]
    if known:
        if subject in known:
            return subject
        before = [r for start, r in slots if start < at and r in known]
        return before[-1] if before else known[0]
    if not named:  # a line that names no one: the one of the move it can only mean
        candidates = [r for r in context if written.get(r) == said]
        return candidates[0] if len(set(candidates)) == 1 else ""
    if any(cast.get(r) == said for r in named) or object_:
        return ""  # someone named here has that gender: theirs; an object is not the subject
    return subject if subject and not written.get(subject) else ""


def _counterpart(word: str, piece: str, end: int, other: dict[str, str], language: str) -> str:
    """The other gender's word; English "her" is "his" before a noun, else "him"."""
    if language != "zh" and word == "her":
        following = re.match(r"\s+([A-Za-z'’]+)", piece[end:])
        return "his" if following and following.group(1).lower() not in _NOT_A_NOUN else "him"
    return other[word]
