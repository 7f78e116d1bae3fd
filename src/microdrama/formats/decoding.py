"""Plain text of an unknown encoding → str, and which language carries a text.

UTF-8/16/32 with or without a BOM, GB18030/GBK, Big5 and what charset-normalizer can
tell; bytes that are not text raise an InputError naming the file and the fix.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path
from typing import Literal

from microdrama.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Decode with the superset of what a detector names, so rare characters survive.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030",
              "big5": "cp950", "big5hkscs": "big5hkscs", "cp950": "cp950"}


def _undecodable(path: Path, problem: str) -> InputError:
    return InputError(problem, file=path,
                      fix="open it in a text editor and save it as UTF-8, then try again")


def decode_text(data: bytes, path: Path) -> str:
    """Text of a plain-text file in UTF-8/16/32 (BOM or not), GB18030/GBK, Big5, …

    Newlines are normalised to ``\\n``. Raises InputError naming the file when the
    bytes are not text in any encoding we can tell.
    """
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise _undecodable(path, f"the file starts like {encoding.upper()} but byte "
                                   f"{error.start} is not valid {encoding.upper()}") from None
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text[:200_000]
                   if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\n\t\f"))
    if controls > max(2, len(text[:200_000]) // 200):
        raise _undecodable(path, "the file does not look like text (binary or an unknown encoding)")
    return text


def _guess(data: bytes, path: Path) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _undecodable(path, "cannot tell the file's text encoding")
    encoding = _SUPERSETS.get(best.encoding.lower().replace("_", ""), best.encoding)
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise _undecodable(path, f"the file is not valid {best.encoding} text") from None


def detect_language(text: str) -> Literal["zh", "en"]:
    """``zh`` when Chinese characters carry the text, else ``en`` (from a sample)."""
    sample = text[:50_000]
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    # One Chinese character carries about as much as a short English word.
    return "zh" if han * 4 >= latin and han else "en"
