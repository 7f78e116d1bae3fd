"""Final Draft screenplays (.fdx, also written by WriterDuet, Highland, Fade In and
Arc Studio) read into episodes.

An FDX file is XML: ``<FinalDraft><Content>`` holds ``<Paragraph Type="…">`` elements —
Scene Heading, Action, Character, Parenthetical, Dialogue, Transition, Shot, General,
New Act / End of Act — whose words are the ``<Text>`` runs inside (styles split them).
``<DualDialogue>`` wraps two speeches said at once; they are read one after the other.
Each paragraph is handed to the Fountain reader's drafting
(:mod:`microdrama.formats.fountain_parse`), so ids, beats, speakers matched to the bible
and every check are those of a Fountain import; an error names the paragraph. Title
page, script notes, revisions' colours and the document's settings are not read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NoReturn

from lxml import etree

from microdrama.domain.bible import Bible
from microdrama.domain.script import Episode
from microdrama.errors import InputError
from microdrama.formats.fountain_parse import _Parser
from microdrama.formats.fountain_syntax import _FIXES, _HEADING, Newcomers, _one_line

_CJK = re.compile(r"[\u3400-\u9fff]")
#: Paragraph types that open an act or an episode (a level-1 section in Fountain).
_SECTION = {"new act", "act break"}
#: Paragraph types that say nothing of the story.
_SKIPPED = {"transition", "outline", "outline body", "end of act", "page break"}
#: Elements whose paragraphs are notes on the script, not the script.
_NOTES = {"ScriptNote", "ScriptNotes", "TitlePage", "HeaderAndFooter", "Header", "Footer"}

_FIX_FILE = "export it again from the screenwriting app as Final Draft (.fdx) or Fountain"


def fdx_paragraphs(data: bytes, path: Path) -> list[tuple[str, str]]:
    """(type, text) of each paragraph of the script, in order; a file that is not an FDX
    script is an InputError naming it and the fix."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        raise InputError(f"not a Final Draft file: its XML is broken ({error})", file=path,
                         fix=_FIX_FILE) from None
    content = root.find("Content") if root.tag == "FinalDraft" else None
    if content is None:
        raise InputError(f"not a Final Draft script: the document is <{root.tag}>, with no "
                         "<FinalDraft><Content>", file=path, fix=_FIX_FILE)
    found: list[tuple[str, str]] = []
    for paragraph in content.iter("Paragraph"):
        if any(ancestor.tag in _NOTES for ancestor in paragraph.iterancestors()):
            continue
        kind = (paragraph.get("Type") or "General").strip().casefold()
        text = "".join("".join(run.itertext()) for run in paragraph.findall("Text"))
        found.append((kind, text))
    return found


def parse_fdx(data: bytes, *, path: Path, bible: Bible | None = None,
              newcomers: Newcomers | None = None) -> list[Episode]:
    """Read a Final Draft script into episodes; bad input raises InputError. With
    ``newcomers``, speakers and places the bible lacks are gathered there, not refused."""
    paragraphs = fdx_paragraphs(data, path)
    text = " ".join(words for _, words in paragraphs)
    language = bible.language if bible else ("zh" if _CJK.search(text) else "en")
    parser = _FdxParser(str(path), bible, language)
    parser.newcomers = newcomers
    return parser.read(paragraphs)


class _FdxParser(_Parser):
    """Paragraphs → the Fountain reader's drafts; errors name the paragraph."""

    def fail(self, problem: str, number: int, fix: str) -> NoReturn:
        raise InputError(problem, file=self.file, where=f"paragraph {max(number, 1)}",
                         fix=_FIXES[fix].replace("put the speaker's name in capitals (or "
                                                 "@Name) on the line above",
                                                 "put a Character paragraph above it"))

    def read(self, paragraphs: list[tuple[str, str]]) -> list[Episode]:
        for number, (kind, raw) in enumerate(paragraphs, 1):
            row = _one_line(raw)
            if kind in ("parenthetical", "dialogue") and self.line is not None:
                if row:
                    self.speech(number, row if kind == "dialogue" or row.startswith("(")
                                else f"({row})")
                continue
            self.end_speech()
            if not row or kind in _SKIPPED:
                continue
            if kind == "scene heading":
                self.heading(number, row if _HEADING.match(row) else f".{row.lstrip('.')}")
            elif kind == "character":
                self.cue(number, row)
            elif kind in _SECTION:
                self.section(number, f"# {row}")
            elif kind in ("dialogue", "parenthetical"):
                self.fail("dialogue with no character cue", number, "no cue")
            else:  # action, general, shot and types an app adds
                self.action(number, row, False)
        self.end_speech()
        if not self.episodes:
            self.fail("no scene heading in the script", 1, "scene")
        return self.finish()
