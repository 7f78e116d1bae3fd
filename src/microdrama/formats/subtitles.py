"""Subtitle cues: making them from timed dialogue, checking them, writing SRT/WebVTT/ASS.

Every rule number lives in ``review/packs/subtitles.toml`` with its source; this module
only applies them. Our :class:`Cue` is the source of truth — the file formats are
written from it and never read back into it.
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from microdrama.domain.findings import Finding, Severity
from microdrama.errors import InputError


@dataclass(frozen=True)
class Cue:
    """One subtitle event; ``text`` holds its lines (at most two) joined by ``\\n``."""

    id: str
    start_ms: int
    end_ms: int
    text: str
    speaker: str = ""

    @property
    def lines(self) -> list[str]:
        """The displayed lines."""
        return self.text.split("\n")

    @property
    def duration_ms(self) -> int:
        """How long the cue is on screen."""
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class SpokenLine:
    """A line of dialogue with the real timing of its audio (speech start and end)."""

    line_id: str
    text: str
    speaker: str
    start_ms: int
    end_ms: int
    names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.start_ms < 0 or self.end_ms <= self.start_ms:
            raise InputError(
                f"speech timing {self.start_ms}–{self.end_ms} ms is empty or negative",
                where=f"line {self.line_id}",
                fix="give start_ms ≥ 0 and end_ms > start_ms from the voice track",
            )


@dataclass(frozen=True)
class SubtitleProfile:
    """Subtitle rules for one language, horizontal sidecar or vertical burned-in."""

    language: str
    vertical: bool
    chars_per_line: int
    preferred_chars_per_line: int
    max_lines: int
    preferred_lines: int
    cps: float
    cps_child: float
    min_duration_ms: int
    max_duration_ms: int
    min_gap_ms: int
    close_gap_ms: int
    linger_ms: int
    breaks: str
    half_width_weight: float
    script: str
    glue_after: frozenset[str]
    break_before: frozenset[str]
    no_break_before: str
    break_after: str
    version: str
    source: str

    def width(self, text: str) -> float:
        """Line length as the language counts it (half-width may count 0.5, marks 0)."""
        total = 0.0
        for ch in text:
            if ch == "\n" or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
                continue
            half = unicodedata.east_asian_width(ch) in ("Na", "H", "N")
            total += self.half_width_weight if half else 1.0
        return total


@dataclass(frozen=True)
class SafeZone:
    """Pixels at each edge of the frame that platform UI may cover."""

    top: int
    bottom: int
    left: int
    right: int


@dataclass(frozen=True)
class CaptionLayout:
    """Where and how big burned-in subtitles are drawn on one frame size."""

    width: int
    height: int
    safe: SafeZone
    text_px: int
    outline_px: int
    shadow_px: int
    line_pitch_px: int
    ass_font_size: int

    @property
    def band_left(self) -> int:
        """Left edge of the text band."""
        return self.safe.left

    @property
    def band_right(self) -> int:
        """Right edge of the text band."""
        return self.width - self.safe.right

    @property
    def band_width(self) -> int:
        """Width available to a line of text."""
        return self.band_right - self.band_left

    @property
    def band_bottom(self) -> int:
        """The lowest pixel row text may use (top of the bottom safe zone)."""
        return self.height - self.safe.bottom

    @property
    def center_x(self) -> int:
        """Horizontal centre of the text band."""
        return (self.band_left + self.band_right) // 2


@cache
def _pack() -> dict[str, Any]:
    text = resources.files("microdrama.review").joinpath("packs/subtitles.toml").read_text("utf-8")
    return tomllib.loads(text)


def _language_key(language: str) -> str:
    pack = _pack()
    key = language.strip().lower().replace("_", "-")
    key = str(pack["aliases"].get(key, key))
    if key in pack["languages"]:
        return key
    base = key.split("-")[0]
    base = str(pack["aliases"].get(base, base))
    if base in pack["languages"]:
        return str(base)
    known = ", ".join(sorted(pack["languages"]))
    raise InputError(
        f"no subtitle profile for language {language!r}",
        where="review/packs/subtitles.toml",
        fix=f"use one of {known}, or add a [languages.{key}] table with its sources",
    )


@cache
def load_profile(language: str, vertical: bool = False) -> SubtitleProfile:
    """Subtitle rules for ``language``; ``vertical`` gives the 9:16 burned-in profile."""
    pack = _pack()
    key = _language_key(language)
    lang, timing = pack["languages"][key], pack["timing"]
    cpl = pref = int(lang["chars_per_line"])
    max_lines, preferred_lines = int(timing["max_lines"]), 1
    source = f"{lang['source']}; {timing['source']}"
    if vertical:
        vert = pack["vertical"]
        cpl = min(cpl, int(vert["chars_per_line"][lang["script"]]))
        pref = min(cpl, int(vert["preferred_chars_per_line"][lang["script"]]))
        max_lines = min(max_lines, int(vert["max_lines"]))
        preferred_lines = int(vert["preferred_lines"])
        source += f"; {vert['source']}"
    fps, frames = int(timing["fps"]), int(timing["min_gap_frames"])
    return SubtitleProfile(
        language=key,
        vertical=vertical,
        chars_per_line=cpl,
        preferred_chars_per_line=pref,
        max_lines=max_lines,
        preferred_lines=preferred_lines,
        cps=float(lang["cps"]),
        cps_child=float(lang["cps_child"]),
        min_duration_ms=int(timing["min_duration_ms"]),
        max_duration_ms=int(timing["max_duration_ms"]),
        min_gap_ms=math.ceil(frames * 1000 / fps),
        close_gap_ms=int(timing["close_gap_ms"]),
        linger_ms=int(timing["linger_ms"]),
        breaks=str(lang["breaks"]),
        half_width_weight=float(lang["half_width_weight"]),
        script=str(lang["script"]),
        glue_after=frozenset(lang.get("glue_after", ())),
        break_before=frozenset(lang.get("break_before", ())),
        no_break_before=str(lang.get("no_break_before", "")),
        break_after=str(lang.get("break_after", "")),
        version=str(pack["version"]),
        source=source,
    )


@cache
def caption_layout(width: int = 1080, height: int = 1920) -> CaptionLayout:
    """Safe zones, text size, outline and line pitch for burned-in text on this frame."""
    vert = _pack()["vertical"]
    zone, text = vert["safe_zone"], vert["text"]
    sx, sy = width / zone["reference_width"], height / zone["reference_height"]
    safe = SafeZone(
        top=round(zone["top"] * sy),
        bottom=round(zone["bottom"] * sy),
        left=round(zone["left"] * sx),
        right=round(zone["right"] * sx),
    )
    band = width - safe.left - safe.right
    size = min(round(height * text["height_ratio"]), band // int(text["fit_chars_per_line"]))
    size = max(size, 8)
    return CaptionLayout(
        width=width,
        height=height,
        safe=safe,
        text_px=size,
        outline_px=max(1, round(size * text["outline_ratio"])),
        shadow_px=max(1, round(size * text["shadow_ratio"])),
        line_pitch_px=round(size * text["line_spacing"]),
        ass_font_size=round(size * text["ass_cell_per_em"]),
    )


def label_min_height(width: int, height: int) -> int:
    """Smallest allowed text height of the visible AI label on a ``width``×``height`` frame."""
    return math.ceil(min(width, height) * float(_pack()["label"]["min_height_ratio"]))


def font_face(language: str) -> tuple[int, str]:
    """Face index in the bundled Noto Sans CJK collection and its family name."""
    fonts = _pack()["fonts"]
    key = language.strip().lower().replace("_", "-")
    key = _pack()["aliases"].get(key, key)
    if key not in fonts["faces"]:
        key = key.split("-")[0]
    index = int(fonts["faces"].get(key, fonts["default_face"]))
    return index, str(fonts["families"].get(key, fonts["default_family"]))


def font_file_name() -> str:
    """File name of the bundled Noto Sans CJK collection."""
    return str(_pack()["fonts"]["file"])


# --- line breaking -------------------------------------------------------------------

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


# --- timing --------------------------------------------------------------------------


def _share(
    start: int, end: int, widths: list[float], profile: SubtitleProfile
) -> list[tuple[int, int]]:
    """Spread ``[start, end]`` over cues in proportion to their widths, with floors."""
    n, gap = len(widths), profile.min_gap_ms
    span = end - start
    if n == 1:
        return [(start, end)]
    total = sum(widths) or 1.0
    # Slot k covers cue k and the gap after it. Sharing the whole span (speech plus any
    # reading-time linger) keeps every cue at the line's reading speed; boundaries drift
    # behind the speech by at most the linger.
    shown = span - (n - 1) * gap
    slots = [shown * w / total + (gap if k < n - 1 else 0) for k, w in enumerate(widths)]
    floors = [float(profile.min_duration_ms + gap)] * (n - 1) + [float(profile.min_duration_ms)]
    if sum(floors) > span:
        floors = [min(f, span / n) for f in floors]
    fixed = [False] * n
    for _ in range(n):
        low = [k for k in range(n) if not fixed[k] and slots[k] < floors[k]]
        if not low:
            break
        for k in low:
            slots[k], fixed[k] = floors[k], True
        free = [k for k in range(n) if not fixed[k]]
        rest = span - sum(slots[k] for k in range(n) if fixed[k])
        have = sum(slots[k] for k in free)
        for k in free:
            slots[k] = slots[k] * rest / have if have > 0 else rest / len(free)
    effective_gap = gap if span >= n * (gap + 1) else max(0, (span - n) // max(1, n - 1))
    cues, cursor, acc = [], start, 0.0
    for k in range(n):
        acc += slots[k]
        bound = end if k == n - 1 else start + round(acc)
        cue_end = bound if k == n - 1 else bound - effective_gap
        cue_end = max(cue_end, cursor + 1)
        cues.append((cursor, cue_end))
        cursor = max(bound, cue_end + (0 if k == n - 1 else effective_gap))
    return cues


def make_cues(lines: Sequence[SpokenLine], language: str, *, vertical: bool = True) -> list[Cue]:
    """Subtitle cues for timed dialogue lines, obeying the language's profile.

    A cue starts on the first frame of speech and may run up to ``linger_ms`` past it (for
    reading time or the minimum duration) but never into the next line minus the minimum
    gap; gaps of ``close_gap_ms`` or less are closed to the minimum gap. A line too long
    for one cue becomes consecutive cues ``<id>``, ``<id>-2``, … with time shared in
    proportion to their characters.
    """
    profile = load_profile(language, vertical)
    ordered = sorted(lines, key=lambda line: (line.start_ms, line.end_ms))
    cues: list[Cue] = []
    for index, line in enumerate(ordered):
        next_start = ordered[index + 1].start_ms if index + 1 < len(ordered) else None
        limit = next_start - profile.min_gap_ms if next_start is not None else None
        start, speech_end = line.start_ms, line.end_ms
        rough_end = speech_end + profile.linger_ms
        window = (min(rough_end, limit) if limit is not None else rough_end) - start
        texts = break_text(
            line.text, language, vertical=vertical, names=line.names, window_ms=max(window, 1)
        )
        if not texts:
            continue
        widths = [profile.width(t) for t in texts]
        n = len(texts)
        # Time every cue needs (reading time, at least the minimum duration; 1 ms of
        # rounding each) plus the gaps between them; the linger may pay for it.
        need = (
            sum(max(math.ceil(w * 1000 / profile.cps) + 1, profile.min_duration_ms) for w in widths)
            + (n - 1) * profile.min_gap_ms
        )
        end = max(speech_end, min(speech_end + profile.linger_ms, start + need))
        end = max(end, start + n * profile.min_duration_ms + (n - 1) * profile.min_gap_ms)
        if limit is not None:
            end = min(end, limit)
        end = max(end, start + 1)
        timed = _share(start, end, widths, profile)
        timed = [(s, min(e, s + profile.max_duration_ms)) for s, e in timed]
        last_start, last_end = timed[-1]
        if (
            next_start is not None
            and limit is not None
            and profile.min_gap_ms < next_start - last_end <= profile.close_gap_ms
            and limit - last_start <= profile.max_duration_ms
        ):
            timed[-1] = (last_start, limit)
        for k, (text, (cue_start, cue_end)) in enumerate(zip(texts, timed, strict=True)):
            ident = line.line_id if k == 0 else f"{line.line_id}-{k + 1}"
            cues.append(Cue(ident, cue_start, cue_end, text, line.speaker))
    return cues


# --- checks --------------------------------------------------------------------------


def check_cues(cues: Sequence[Cue], language: str, *, vertical: bool = True) -> list[Finding]:
    """Findings for every cue that breaks the language's subtitle rules."""
    profile = load_profile(language, vertical)
    findings: list[Finding] = []

    def add(rule: str, severity: Severity, cue: Cue, message: str, fix: str) -> None:
        findings.append(
            Finding(
                rule=f"subtitle.{rule}", severity=severity, target=cue.id, message=message, fix=fix
            )
        )

    seen: set[str] = set()
    for cue in cues:
        if cue.id in seen:
            add("id", "error", cue, f"cue id {cue.id!r} is used twice", "give every cue its own id")
        seen.add(cue.id)
        lines = cue.lines
        if not cue.text.strip():
            add("text", "error", cue, "the cue has no text", "drop the cue or give it text")
        if len(lines) > profile.max_lines:
            add(
                "lines",
                "error",
                cue,
                f"{len(lines)} lines (at most {profile.max_lines})",
                "split the cue in two",
            )
        for number, text in enumerate(lines, 1):
            width = profile.width(text)
            if width > profile.chars_per_line:
                add(
                    "line-length",
                    "error",
                    cue,
                    f"line {number} has {width:g} characters (at most {profile.chars_per_line})",
                    "break the line or split the cue",
                )
        duration = cue.duration_ms
        if duration <= 0:
            add(
                "timing",
                "error",
                cue,
                f"the cue ends at {cue.end_ms} ms, not after its start",
                "give the cue an end after its start",
            )
            continue
        if duration < profile.min_duration_ms:
            add(
                "duration",
                "warning",
                cue,
                f"on screen {duration} ms (at least {profile.min_duration_ms} ms)",
                "extend the out-time or merge with a neighbouring cue",
            )
        elif duration > profile.max_duration_ms:
            add(
                "duration",
                "warning",
                cue,
                f"on screen {duration} ms (at most {profile.max_duration_ms} ms)",
                "split the cue or end it earlier",
            )
        cps = profile.width(cue.text) * 1000 / duration
        if cps > profile.cps + 1e-9:
            add(
                "cps",
                "warning",
                cue,
                f"{cps:.1f} characters per second (at most {profile.cps:g})",
                "say it shorter, or give it more time",
            )
    ordered = sorted(cues, key=lambda cue: (cue.start_ms, cue.end_ms))
    for before, after in zip(ordered, ordered[1:], strict=False):
        gap = after.start_ms - before.end_ms
        if gap < 0:
            add(
                "gap",
                "error",
                after,
                f"overlaps cue {before.id} by {-gap} ms",
                "end the earlier cue before this one starts",
            )
        elif gap < profile.min_gap_ms:
            add(
                "gap",
                "error",
                after,
                f"{gap} ms after cue {before.id} (at least {profile.min_gap_ms} ms, 2 frames)",
                "end the earlier cue sooner",
            )
        elif (
            gap <= profile.close_gap_ms
            and gap > profile.min_gap_ms
            and after.start_ms - profile.min_gap_ms - before.start_ms <= profile.max_duration_ms
        ):
            add(
                "gap",
                "warning",
                after,
                f"{gap} ms after cue {before.id} flickers",
                f"close gaps of {profile.close_gap_ms} ms or less to {profile.min_gap_ms} ms",
            )
    return findings


# --- writers -------------------------------------------------------------------------


def _clean_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _clock(ms: int, separator: str) -> str:
    ms = max(0, ms)
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _srt_text(text: str) -> str:
    # SubRip has no escapes; players read <…> as HTML and {…} as ASS tags: use look-alikes.
    for plain, shown in (("<", "＜"), (">", "＞"), ("{", "｛"), ("}", "｝")):
        text = text.replace(plain, shown)
    return text


def write_srt(cues: Sequence[Cue]) -> str:
    """SubRip text for ``cues``, numbered from 1 in the given order."""
    blocks = []
    for number, cue in enumerate(cues, 1):
        timing = f"{_clock(cue.start_ms, ',')} --> {_clock(cue.end_ms, ',')}"
        lines = _clean_lines(_srt_text(cue.text))
        blocks.append("\n".join([str(number), timing, *lines]) + "\n")
    return "\n".join(blocks)


def _percent(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + "%"


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_vtt(
    cues: Sequence[Cue], *, width: int = 1080, height: int = 1920, placement: bool = True
) -> str:
    """WebVTT text; cue settings put the text in the lower-middle band above the bottom
    safe zone (``line`` is the band's bottom edge) and between the side safe zones."""
    settings = ""
    if placement:
        layout = caption_layout(width, height)
        settings = (
            f" line:{_percent(100 * layout.band_bottom / height)},end"
            f" position:{_percent(100 * layout.center_x / width)},center"
            f" size:{_percent(100 * layout.band_width / width)} align:center"
        )
    blocks = ["WEBVTT\n"]
    for cue in cues:
        lines = [_vtt_escape(line) for line in _clean_lines(cue.text)]
        if cue.speaker and lines:
            lines[0] = f"<v {_vtt_escape(cue.speaker)}>{lines[0]}"
            lines[-1] += "</v>"
        ident = cue.id.replace("-->", "->").replace("\n", " ")
        timing = f"{_clock(cue.start_ms, '.')} --> {_clock(cue.end_ms, '.')}{settings}"
        blocks.append("\n".join([ident, timing, *lines]) + "\n")
    return "\n".join(blocks)


def _ass_clock(ms: int) -> str:
    centis = (max(0, ms) + 5) // 10
    hours, rest = divmod(centis, 360_000)
    minutes, rest = divmod(rest, 6000)
    seconds, centis = divmod(rest, 100)
    return f"{hours:d}:{minutes:02d}:{seconds:02d}.{centis:02d}"


def _ass_text(text: str) -> str:
    # ASS has no portable escape for override braces or backslashes: use look-alikes.
    text = text.replace("\\", "＼").replace("{", "｛").replace("}", "｝")
    return r"\N".join(_clean_lines(text))


def _ass_colour(hex_rgb: str, alpha: int = 0) -> str:
    value = hex_rgb.lstrip("#")
    if not re.fullmatch(r"[0-9a-fA-F]{6}", value):
        raise InputError(f"colour {hex_rgb!r} is not #RRGGBB", fix="write colours like #ffd166")
    red, green, blue = value[0:2], value[2:4], value[4:6]
    return f"&H{alpha:02X}{blue}{green}{red}".upper()


def _ass_name(text: str) -> str:
    return re.sub(r"[,\n]", " ", text).strip() or "Speaker"


def write_ass(
    cues: Sequence[Cue],
    *,
    language: str,
    width: int = 1080,
    height: int = 1920,
    font_name: str | None = None,
    speaker_colours: Mapping[str, str] | None = None,
) -> str:
    """Advanced SubStation Alpha for burn-in: PlayRes = frame, text above the bottom
    safe zone, outline and shadow for readability, one style per coloured speaker."""
    layout = caption_layout(width, height)
    family = font_name or font_face(language)[1]
    white, black, shade = "&H00FFFFFF", "&H00000000", "&H80000000"

    def style(name: str, primary: str) -> str:
        return (
            f"Style: {name},{_ass_name(family)},{layout.ass_font_size},{primary},&H000000FF,"
            f"{black},{shade},0,0,0,0,100,100,0,0,1,{layout.outline_px},{layout.shadow_px},"
            f"2,{layout.safe.left},{layout.safe.right},{layout.safe.bottom},1"
        )

    colours = dict(speaker_colours or {})
    styles = [style("Default", white)]
    style_of: dict[str, str] = {}
    for speaker, colour in colours.items():
        name = f"Speaker {_ass_name(speaker)}"
        style_of[speaker] = name
        styles.append(style(name, _ass_colour(colour)))
    events = []
    for cue in cues:
        name = _ass_name(cue.speaker) if cue.speaker else ""
        events.append(
            f"Dialogue: 0,{_ass_clock(cue.start_ms)},{_ass_clock(cue.end_ms)},"
            f"{style_of.get(cue.speaker, 'Default')},{name},0,0,0,,{_ass_text(cue.text)}"
        )
    return "\n".join(
        [
            "[Script Info]",
            "; Written by microdrama",
            "ScriptType: v4.00+",
            f"PlayResX: {width}",
            f"PlayResY: {height}",
            "WrapStyle: 2",
            "ScaledBorderAndShadow: yes",
            "YCbCr Matrix: TV.709",
            "",
            "[V4+ Styles]",
            "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
            "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
            "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
            *styles,
            "",
            "[Events]",
            "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
            *events,
            "",
        ]
    )
