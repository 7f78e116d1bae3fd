"""A Snowman 2 passage (:class:`SnowmanReader`).

Read: text; links ``[[label->passage]]``, ``[[passage<-label]]``, ``[[label|passage]]``;
``<% … %>`` blocks (over as many rows as they take) whose statements only change the
story state (``s.name = value``, ``s.name += n``, ``s.name++``): the passage's changes
of state, in order.

Refused: any other JavaScript in ``<% … %>`` (an ``if``, a function call…), printed
values (``<%= … %>``, ``<%- … %>``).
"""

from __future__ import annotations

import re

from microdrama.formats.story_draft import DraftOption
from microdrama.formats.story_syntax import Unsupported, read_effects
from microdrama.formats.twee_body import RowResult, TweeContext, link_end, one_line, split_link

_STATE = re.compile(r"^\s*s\.[A-Za-z_$][\w$]*\s*(?:=(?!=)|\+=|-=|\+\+|--)")


class SnowmanReader:
    """One Snowman passage."""

    def __init__(self, ctx: TweeContext) -> None:
        self.ctx = ctx
        self.code: list[str] | None = None  # an open <% block
        self.code_line = 0

    def finish(self) -> None:
        """A ``<%`` left open."""
        if self.code is not None:
            raise Unsupported("a <% block that is never closed with %>", "close it with %>",
                              line=self.code_line)

    def row(self, number: int, text: str) -> RowResult:
        """The row's text (a link standing in prose leaves its words), links, changes."""
        result = RowResult()
        shown: list[str] = []
        prose = False
        i = 0
        while i < len(text):
            if self.code is not None:
                end = text.find("%>", i)
                self.code.append(text[i:] if end < 0 else text[i:end])
                if end < 0:
                    break
                result.effects += self._code(" ".join(self.code))
                self.code = None
                i = end + 2
                continue
            code_at, link_at = text.find("<%", i), text.find("[[", i)
            starts = [at for at in (code_at, link_at) if at >= 0]
            start = min(starts) if starts else len(text)
            chunk = text[i:start]
            shown.append(chunk)
            prose = prose or bool(chunk.strip())
            if start >= len(text):
                break
            if start == code_at:
                if text.startswith(("<%=", "<%-"), start):
                    end = text.find("%>", start)
                    raise Unsupported(f"a printed value ({one_line(text[start:end + 2])})",
                                      "write the text out; branch with links")
                self.code, self.code_line = [], number
                i = start + 2
                continue
            end = link_end(text, start)
            if end < 0:
                raise Unsupported("a link that is never closed ([[ without ]])",
                                  "close it with ]]")
            label, target = split_link(text[start + 2:end - 2], pipe=True)
            result.links.append(DraftOption(label, target, number))
            shown.append(label)
            i = end
        result.text = "".join(shown).strip() if prose else ""
        return result

    def _code(self, code: str) -> list[str]:
        effects: list[str] = []
        for statement in re.split(r"[;\n]", code):
            if not statement.strip():
                continue
            if not _STATE.match(statement):
                raise Unsupported(f"Snowman's JavaScript `{one_line(statement)}`",
                                  "keep to changes of the story state (s.name = value); "
                                  "branch with links")
            effects += read_effects(statement, "javascript", self.ctx.name)
        return effects
