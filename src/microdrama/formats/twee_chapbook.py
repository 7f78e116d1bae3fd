"""A Chapbook 2 passage (:class:`ChapbookReader`).

Read: the vars section (``name: value`` rows above a ``--`` row: the passage's changes of
state, in order); text (a fork's ``>`` and a leading ``\\`` dropped); links
``[[label->passage]]``, ``[[passage<-label]]``, ``[[label|passage]]``; the
``{link to: 'passage', label: 'label'}`` insert; the ``[if …]`` / ``[unless …]`` /
``[else]`` modifiers around links, ended by ``[continue]`` or any other modifier;
``[note]`` sections (skipped, as Chapbook never shows them); modifiers that only change
how text appears (``[align …]``, ``[after …]``…: the text is kept). An insert Chapbook
does not know is shown as written, as Chapbook shows it.

Refused, naming it and what it does (from the story formats pack): conditional
assignments in the vars section, text inside ``[if]``, printed variables (``{name}``),
other inserts and modifiers (an unknown modifier is named as such: Chapbook would hide
the row).
"""

from __future__ import annotations

import re

from microdrama.formats.story_draft import DraftOption
from microdrama.formats.story_syntax import Unsupported, read_condition, read_effects
from microdrama.formats.twee_body import (
    RowResult,
    Sentence,
    TweeContext,
    all_of,
    link_end,
    none_of,
    one_line,
    quoted,
    split_link,
)

_MODIFIER = re.compile(r"^\[([^\[\]]+)\]$")
_VAR_ROW = re.compile(r"^([A-Za-z_$][\w$.]*)\s*(\([^)]*\))?\s*:\s*(.*)$")
_PRINTED = re.compile(r"^\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*$")
_NOTES = {"note", "notes", "todo", "fixme"}
_CONTINUE = {"continue", "cont", "cont'd"}


class ChapbookReader:
    """One Chapbook passage; ``rows`` (line, text) let it find the vars section."""

    def __init__(self, ctx: TweeContext, rows: list[tuple[int, str]]) -> None:
        self.ctx = ctx
        divider = next((n for n, row in rows if row.strip() == "--"), None)
        self.vars_end = divider or 0
        self.condition: str | None = None  # the [if] section the rows are in
        self.last_if: str | None = None
        self.note = False
        self.sentence: Sentence | None = None  # what the [if] section shows

    def finish(self) -> None:
        """The passage ends the last section."""
        self._end_section()

    def _end_section(self) -> None:
        if self.sentence is not None:
            self.sentence.close("[if]")
        self.sentence = None

    def row(self, number: int, text: str) -> RowResult:
        """The row's text (a link standing in prose leaves its words), links, changes."""
        result = RowResult()
        if number < self.vars_end:
            result.effects = self._var(text)
            return result
        if number == self.vars_end:
            return result
        row = text.strip()
        if (modifier := _MODIFIER.match(row)) is not None:
            self._modifier(modifier[1].strip(), number)
            return result
        if self.note:
            return result
        if self.sentence is not None:
            self.sentence.say("\n")
        row = row.removeprefix("\\")
        if row.startswith(">"):
            row = row[1:].lstrip()  # a fork: its links are links
        result.text = self._text(row, number, result)
        return result

    def _var(self, text: str) -> list[str]:
        match = _VAR_ROW.match(text.strip())
        if match is None:
            raise Unsupported(f"the vars-section row `{one_line(text)}`",
                              "write name: value, or end the vars section with --")
        name, condition, value = match[1], match[2], match[3]
        if condition:
            raise Unsupported(f"the conditional assignment `{one_line(text)}` in the vars "
                              "section", "set the variable in the links that lead here")
        return read_effects(f"{name} = {value}", "javascript", self.ctx.name)

    def _modifier(self, text: str, line: int) -> None:
        words = text.split(None, 1)
        name = words[0].casefold()
        rest = words[1] if len(words) > 1 else ""
        self.note = False
        self._end_section()
        if name in ("if", "unless"):
            own = read_condition(rest, "javascript", self.ctx.name)
            self.condition = self.last_if = own if name == "if" else none_of([own])
            self.sentence = Sentence(line)
        elif name == "else" and not rest:
            if self.last_if is None:
                raise Unsupported("[else] with no [if] before it", "put an [if …] first")
            self.condition, self.last_if = none_of([self.last_if]), None
            self.sentence = Sentence(line)
        elif name in _CONTINUE and not rest:
            self.condition = None
        elif name in _NOTES and not rest:
            self.condition, self.note = None, True
        elif name in self.ctx.story_format.presentation_modifiers:
            self.condition = None
        else:
            raise self.ctx.refused("modifiers", name, f"the modifier [{one_line(text)}]",
                                   "not a Chapbook modifier: Chapbook would hide the row",
                                   "write it as text with a \\ before the [, or remove it")

    def _text(self, row: str, line: int, result: RowResult) -> str:
        shown: list[str] = []
        prose = False
        i = 0
        while i < len(row):
            link_at = row.find("[[", i)
            insert_at = row.find("{", i)
            starts = [at for at in (link_at, insert_at) if at >= 0]
            start = min(starts) if starts else len(row)
            prose = self._prose(row[i:start], shown) or prose
            if start >= len(row):
                break
            if start == link_at:
                end = link_end(row, start)
                if end < 0:
                    raise Unsupported("a link that is never closed ([[ without ]])",
                                      "close it with ]]")
                label, target = split_link(row[start + 2:end - 2], pipe=True)
                self._link(DraftOption(label, target, line), result, shown)
                i = end
                continue
            end = row.find("}", start)
            if end < 0:
                prose = self._prose(row[start:], shown) or prose
                break
            option = self._insert(row[start + 1:end], line)
            if option is None:
                prose = self._prose(row[start:end + 1], shown) or prose
            else:
                self._link(option, result, shown)
            i = end + 1
        return "".join(shown).strip() if prose else ""

    def _prose(self, chunk: str, shown: list[str]) -> bool:
        if self.sentence is not None:
            self.sentence.say(chunk)
            return False
        shown.append(chunk)
        return bool(chunk.strip())

    def _link(self, option: DraftOption, result: RowResult, shown: list[str]) -> None:
        option.condition = all_of([self.condition or ""])
        result.links.append(option)
        if self.sentence is not None:
            self.sentence.link(option)
        else:
            shown.append(option.label)

    def _insert(self, inner: str, line: int) -> DraftOption | None:
        """The link a ``{link to: …}`` insert makes; None for text Chapbook shows as is."""
        name = re.split(r"[:,'\"]", inner, maxsplit=1)[0].strip()
        if _PRINTED.match(inner):
            raise Unsupported(f"a printed variable ({{{inner.strip()}}})",
                              "write the text out; branch with links")
        if " ".join(name.casefold().split()) == "link to":
            strings = quoted(inner)
            label = re.search(r"label\s*:\s*(['\"])", inner)
            if not strings or len(strings) > 2 or (len(strings) == 2) != bool(label):
                raise Unsupported(f"the {{{one_line(inner)}}} form",
                                  "write {link to: 'passage', label: 'label'}")
            target = strings[0]
            return DraftOption(strings[1] if label else target, target, line)
        refusal = self.ctx.pack.refusal(self.ctx.story_format, "inserts", name,
                                        f"the insert {{{one_line(inner)}}}")
        if refusal is not None:
            raise refusal
        return None
