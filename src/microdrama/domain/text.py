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
