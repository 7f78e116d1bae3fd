"""The pseudo-locale: the series' own text, made to look and measure like a translation.

``pseudo_localize`` swaps letters for accented lookalikes, pads the text to be longer by
the style's expansion and brackets it: ``Know your place.`` → ``[Ḱñöẃ ýöûŕ þĺåçé. one
two]``. Anyone can then see, offline and with no translator, whether subtitles, layout
and timing survive longer text in other letters — and text that escaped localization
shows up unbracketed. It is deterministic: the same text gives the same result.

Placeholders (``{name}``, ``%s``, ``%(name)s``, ``<b>``) and everything that is not an
ASCII letter (punctuation, digits, CJK) are kept as they are. Text that is mostly wide
(CJK) is padded with wide characters, other text with words after a space, so a line
breaker finds the break points it would find in a real translation. The numbers and
letters are data (``packs/locales/locales.toml`` ``[pseudo]``), passed in as a style.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

#: What is never altered: format placeholders and markup.
_PLACEHOLDER = re.compile(
    r"\{\{[^{}]*\}\}|\{[^{}]*\}|%(?:\([^)]*\))?[-+ #0]*\d*(?:\.\d+)?[a-zA-Z%]|<[^<>]+>"
)


@dataclass(frozen=True)
class PseudoStyle:
    """How pseudo-text is made (from the locale pack's ``[pseudo]`` table)."""

    #: How much longer the text inside the brackets gets (0.35: 35 %).
    expansion: float
    open: str
    close: str
    #: Padding for spaced text, used whole, in order, round and round.
    words: tuple[str, ...]
    #: Padding for wide (CJK) text, one character at a time, round and round.
    wide: str
    #: ASCII letter → its accented lookalike.
    accents: tuple[tuple[str, str], ...]


def pseudo_localize(text: str, style: PseudoStyle) -> str:
    """``text`` accented, padded to ``expansion`` more characters, and bracketed."""
    table = dict(style.accents)
    body = []
    position = 0
    for kept in _PLACEHOLDER.finditer(text):
        body.append("".join(table.get(ch, ch) for ch in text[position:kept.start()]))
        body.append(kept.group())
        position = kept.end()
    body.append("".join(table.get(ch, ch) for ch in text[position:]))
    accented = "".join(body)
    goal = math.ceil(len(text) * (1 + style.expansion))
    padding = _padding(goal - len(accented), wide=_mostly_wide(text), style=style)
    return f"{style.open}{accented}{padding}{style.close}"


def _padding(room: int, *, wide: bool, style: PseudoStyle) -> str:
    """At least ``room`` characters of padding (whole words may overshoot by one word)."""
    if room <= 0:
        return ""
    if wide:
        cycle = style.wide * (room // len(style.wide) + 1)
        return cycle[:room]
    out = ""
    index = 0
    while len(out) < room:
        out += " " + style.words[index % len(style.words)]
        index += 1
    return out


def _mostly_wide(text: str) -> bool:
    """True when most visible characters are wide (CJK): such text writes no spaces."""
    visible = [ch for ch in text if not ch.isspace()]
    wide = sum(1 for ch in visible if unicodedata.east_asian_width(ch) in ("W", "F"))
    return bool(visible) and wide * 2 > len(visible)


#: Pseudo-accents with no Unicode decomposition, and their plain letters.
_PLAIN = str.maketrans({"ð": "d", "Ð": "D", "þ": "p", "Þ": "P", "ƒ": "f", "ı": "i"})


def speakable(text: str, style: PseudoStyle) -> str:
    """Pseudo-localized ``text`` as a voice can read it: accents and brackets dropped, the
    padding kept (a dub of the pseudo-locale runs as long as its longer text would)."""
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return plain.replace(style.open, " ").replace(style.close, " ").strip()
