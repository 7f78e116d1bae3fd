"""Measuring text the way the craft rules count it."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")


def spoken_size(text: str, language: str) -> int:
    """Spoken size: Chinese characters (a Latin word counts one) for zh; words for en."""
    if language == "zh":
        return len(_CJK.findall(text)) + len(_WORD.findall(text))
    return len(_WORD.findall(text))


#: A stop inside a line: a run of sentence or clause punctuation with more words after it
#: (a line's own final stop is its ending, not a pause within it).
_PAUSE = re.compile(r"[.!?…,;:—–。！？，；：、]+(?=[\s\"'”’」』）)]*[A-Za-z0-9\u3400-\u9fff\uf900-\ufaff])")


def pauses(text: str) -> int:
    """Stops within a line, where a voice pauses before speaking on (sentence and clause
    breaks: "No pregnancy. Not now, not ever." has two)."""
    return len(_PAUSE.findall(text))
