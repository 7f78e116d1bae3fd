"""Line breaking: cutting a line of dialogue into cue texts of one or two lines.

Owns the tokenizer into unbreakable pieces (words, or characters for languages whose
profile breaks between characters, with names and punctuation kept attached), the break
costs, and the dynamic programme behind :func:`break_text` that picks cue and line
breaks. The limits it obeys come from :mod:`microdrama.formats.subtitle_profiles`;
timing the cues is :func:`microdrama.formats.subtitles.make_cues`'s job.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from microdrama.formats.subtitle_profiles import SubtitleProfile, load_profile

_SENTENCE_END = set("。！？!?.…")
_PAUSE = set("，、；：,;:—–")
_CLOSING = set("，。！？、；：）」』】》〉〕”’…—,.!?;:)]}%")
_OPENING = set("（「『【《〈〔“‘([{")
_LATIN = re.compile(r"[A-Za-z0-9'’.\-_%@#&+]")

# Break costs: lower is a better place to break. Tuning weights, not rules.
_COST_SENTENCE, _COST_PAUSE, _COST_SPACE, _COST_BEFORE, _COST_PLAIN = 0.0, 1.0, 3.0, 3.0, 6.0
# Between two CJK characters with no punctuation: worse than an extra cue when time allows.
_COST_CHAR = 12.0
_COST_GLUE, _COST_FORCED = 40.0, 200.0
_COST_CUE, _COST_SHORT, _COST_LONG = 10.0, 30.0, 1000.0


@dataclass
class _Atom:
    """An unbreakable run of text; ``cost`` is the price of breaking right before it."""

    text: str
    sep: str
    cost: float


def _protected(text: str, names: Sequence[str]) -> list[bool]:
    """inside[i] is True when a break between text[i-1] and text[i] would split a name."""
    inside = [False] * (len(text) + 1)
    for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            for i in range(start + 1, start + len(name)):
                inside[i] = True
            start = text.find(name, start + len(name))
    return inside


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’()[]«»¿¡").lower()


def _after_cost(previous: str) -> float | None:
    """Cost of breaking after ``previous`` if it ends on punctuation, else None."""
    stripped = previous.rstrip("\"'”’)]」』》〉】")
    if stripped and stripped[-1] in _SENTENCE_END:
        return _COST_SENTENCE
    if stripped and stripped[-1] in _PAUSE:
        return _COST_PAUSE
    return None


def _word_atoms(text: str, inside: list[bool], profile: SubtitleProfile) -> list[_Atom]:
    atoms: list[_Atom] = []
    previous_end = -1
    for match in re.finditer(r"\S+", text):
        word = match.group()
        if atoms and any(inside[i] for i in range(previous_end, match.start() + 1)):
            atoms[-1].text += " " + word
        else:
            cost = _COST_PLAIN
            if atoms:
                after = _after_cost(atoms[-1].text)
                if after is not None:
                    cost = after
                elif _bare(atoms[-1].text.split(" ")[-1]) in profile.glue_after:
                    cost = _COST_GLUE
                elif _bare(word) in profile.break_before:
                    cost = _COST_BEFORE
            atoms.append(_Atom(word, " " if atoms else "", cost))
        previous_end = match.end()
    return atoms


def _char_atoms(text: str, inside: list[bool], profile: SubtitleProfile) -> list[_Atom]:
    atoms: list[_Atom] = []
    sep, attach_next, quotes = "", False, 0
    for i, ch in enumerate(text):
        if ch.isspace():
            sep = " " if atoms else ""
            continue
        if ch == '"':
            quotes += 1
            closing, opening = quotes % 2 == 0, quotes % 2 == 1
        else:
            closing, opening = ch in _CLOSING, ch in _OPENING
        glue = (
            unicodedata.category(ch).startswith("M")
            or inside[i]
            or attach_next
            or (closing and not sep)
            or (
                bool(_LATIN.match(ch))
                and not sep
                and bool(atoms)
                and bool(_LATIN.match(atoms[-1].text[-1]))
            )
        )
        if atoms and glue:
            atoms[-1].text += sep + ch
        else:
            cost = _COST_SPACE if sep else _COST_CHAR
            if atoms:
                after = _after_cost(atoms[-1].text)
                if after is not None:
                    cost = min(cost, after)
                elif atoms[-1].text[-1] in profile.break_after:
                    cost = min(cost, _COST_BEFORE)
            if ch in profile.no_break_before:
                cost = max(cost, _COST_GLUE)
            atoms.append(_Atom(ch, sep, cost))
        sep, attach_next = "", opening
    return atoms


def _clusters(text: str) -> list[str]:
    out: list[str] = []
    for ch in text:
        if out and (unicodedata.category(ch).startswith("M") or ch == " " or out[-1].endswith(" ")):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _atoms(text: str, profile: SubtitleProfile, names: Sequence[str]) -> list[_Atom]:
    """Cut ``text`` into unbreakable atoms, each priced by how bad a break before it is."""
    text = " ".join(text.split())
    inside = _protected(text, names)
    build = _char_atoms if profile.breaks == "chars" else _word_atoms
    atoms: list[_Atom] = []
    for atom in build(text, inside, profile):
        if profile.width(atom.text) <= profile.chars_per_line:
            atoms.append(atom)
            continue
        # Longer than a line (a very long word or name): break it where we must.
        for k, piece in enumerate(_clusters(atom.text)):
            if k == 0:
                atoms.append(_Atom(piece, atom.sep, atom.cost))
            elif atoms[-1].text.endswith(" "):
                atoms[-1].text = atoms[-1].text.rstrip(" ")
                atoms.append(_Atom(piece, " ", _COST_FORCED))
            else:
                atoms.append(_Atom(piece, "", _COST_FORCED))
    return atoms


class _Breaker:
    """Chooses cue and line breaks for one spoken line by dynamic programming."""

    def __init__(self, atoms: list[_Atom], profile: SubtitleProfile, window_ms: int) -> None:
        self.atoms, self.profile, self.window_ms = atoms, profile, window_ms
        self.prefix = [0.0]
        self.seps = [profile.width(a.sep) for a in atoms]
        for atom, sep in zip(atoms, self.seps, strict=True):
            self.prefix.append(self.prefix[-1] + profile.width(atom.text) + sep)
        self.total = self.width(0, len(atoms))
        self.second_line = 15.0 if profile.preferred_lines == 1 and profile.vertical else 2.0

    def width(self, i: int, j: int) -> float:
        return self.prefix[j] - self.prefix[i] - (self.seps[i] if i < j else 0.0)

    def _line_cost(self, width: float) -> float:
        return max(0.0, width - self.profile.preferred_chars_per_line) * 0.5

    def layout(self, i: int, j: int) -> tuple[float, list[tuple[int, int]]] | None:
        cpl = self.profile.chars_per_line
        whole = self.width(i, j)
        if whole <= cpl:
            return self._line_cost(whole), [(i, j)]
        best: tuple[float, list[tuple[int, int]]] | None = None
        if self.profile.max_lines >= 2:
            for k in range(i + 1, j):
                top, bottom = self.width(i, k), self.width(k, j)
                if top > cpl or bottom > cpl:
                    continue
                cost = (
                    self.second_line
                    + self.atoms[k].cost
                    + 2 * abs(top - bottom) / cpl
                    + (0.5 if top > bottom else 0.0)
                    + self._line_cost(top)
                    + self._line_cost(bottom)
                )
                if best is None or cost < best[0]:
                    best = (cost, [(i, k), (k, j)])
        if best is None and j == i + 1:
            return _COST_LONG, [(i, j)]
        return best

    def _timing_cost(self, width: float, whole: bool) -> float:
        estimate = self.window_ms * width / self.total if self.total else self.window_ms
        cost = 0.0
        if estimate > self.profile.max_duration_ms:
            cost += _COST_LONG * estimate / self.profile.max_duration_ms
        if not whole and estimate < self.profile.min_duration_ms:
            cost += _COST_SHORT * (1 - estimate / self.profile.min_duration_ms)
            if estimate < self.profile.min_gap_ms + 1:
                cost += _COST_LONG
        return cost

    def solve(self) -> list[list[tuple[int, int]]]:
        n = len(self.atoms)
        capacity = self.profile.chars_per_line * self.profile.max_lines
        best: list[tuple[float, int, list[tuple[int, int]]]] = [(0.0, -1, [])] + [
            (math.inf, -1, list[tuple[int, int]]()) for _ in range(n)
        ]
        for i in range(n):
            if best[i][0] == math.inf:
                continue
            enter = self.atoms[i].cost if i else 0.0
            for j in range(i + 1, n + 1):
                width = self.width(i, j)
                if width > capacity and j > i + 1:
                    break
                laid = self.layout(i, j)
                if laid is None:
                    continue
                cost = (
                    best[i][0]
                    + enter
                    + _COST_CUE
                    + laid[0]
                    + self._timing_cost(width, i == 0 and j == n)
                )
                if cost < best[j][0]:
                    best[j] = (cost, i, laid[1])
        cues: list[list[tuple[int, int]]] = []
        j = n
        while j > 0:
            cues.append(best[j][2])
            j = best[j][1]
        return cues[::-1]

    def text(self, lines: list[tuple[int, int]]) -> str:
        out = []
        for i, j in lines:
            out.append(self.atoms[i].text + "".join(a.sep + a.text for a in self.atoms[i + 1 : j]))
        return "\n".join(out)


def break_text(
    text: str,
    language: str,
    *,
    vertical: bool = True,
    names: Sequence[str] = (),
    window_ms: int = 0,
) -> list[str]:
    """Split ``text`` into cue texts (lines joined by ``\\n``) by the language's rules.

    ``window_ms`` is the time the text is on screen; it steers how many cues fit.
    """
    profile = load_profile(language, vertical)
    atoms = _atoms(text, profile, names)
    if not atoms:
        return []
    breaker = _Breaker(atoms, profile, window_ms)
    return [breaker.text(lines) for lines in breaker.solve()]
