"""A SugarCube 2 passage, read row by row (:class:`SugarCubeReader`).

Read: text; links ``[[label|passage]]`` (``->``, ``<-``, a setter ``[$x to 1]``);
``<<link>>`` / ``<<button>>`` (``"label" "passage"``, ``"label"`` with a ``<<goto>>``
inside, ``[[label|passage]]``) with ``<<set>>``, ``<<goto>>`` and ``memorize`` inside;
``<<if>>`` / ``<<elseif>>`` / ``<<else>>`` around links, over as many rows as they
take (a link gets the condition of its branch: an else-branch is that none before it
held); ``<<set>>`` as the passage plays (its changes of state); a ``<<goto>>`` on its
own (the passage moves on by itself); ``<<nobr>>`` and ``<<silently>>`` (whose text is
never shown). In a start-up passage (``StoryInit``, ``init`` tag) only ``<<set>>``,
``recall(…)`` marking a flag.

Refused, naming the macro and what it does (from the story formats pack): text or a
change of state inside ``<<if>>`` (it would show or happen only sometimes), printed
variables, every other macro (a widget or an unknown macro is named as such).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

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
    unquoted_rest,
)

_MACRO = re.compile(r"<<(/?)([A-Za-z=-][\w-]*)\s*(.*?)>>", re.S)
_NAKED = re.compile(r"\$[A-Za-z_]")
_FIX = "keep to text, links, <<link>>, <<set>>, <<goto>> and <<if>> around links"


@dataclass
class _Block:
    """An open ``<<if>>`` (its branches' conditions so far), ``<<link>>`` or text block."""

    kind: str
    line: int
    prior: list[str] = field(default_factory=list)
    current: str | None = ""
    option: DraftOption | None = None
    #: What the branch shows (an if-block's): its words are its one link's label.
    sentence: Sentence | None = None

    def condition(self) -> str:
        """The condition under which this branch plays."""
        if self.current is None:
            return none_of(self.prior)
        return all_of([none_of(self.prior), self.current])


class SugarCubeReader:
    """One SugarCube passage."""

    def __init__(self, ctx: TweeContext) -> None:
        self.ctx = ctx
        self.blocks: list[_Block] = []

    def finish(self) -> None:
        """An ``<<if>>``, ``<<link>>``, ``<<nobr>>`` or ``<<silently>>`` left open."""
        if self.blocks:
            block = self.blocks[-1]
            raise Unsupported(f"a <<{block.kind}>> that is never closed",
                              f"close it with <</{block.kind}>>", line=block.line)

    def _link(self) -> _Block | None:
        return next((b for b in reversed(self.blocks) if b.kind in ("link", "button")), None)

    def _conditions(self) -> str:
        return all_of([b.condition() for b in self.blocks if b.kind == "if"])

    def _hidden(self) -> bool:
        return any(b.kind == "silently" for b in self.blocks)

    def _branch(self) -> _Block | None:
        """The innermost if-block, when no link is open inside it."""
        for block in reversed(self.blocks):
            if block.kind in ("link", "button"):
                return None
            if block.kind == "if":
                return block
        return None

    def row(self, number: int, text: str) -> RowResult:
        """The row's text (a link standing in prose leaves its words), links, changes."""
        result = RowResult()
        shown: list[str] = []
        prose = False
        pos = 0
        if "[img[" in text or "[image[" in text:
            raise Unsupported("an image ([img[…]])",
                              "remove the image; pictures come from the storyboard")
        if (branch := self._branch()) is not None:
            assert branch.sentence is not None
            branch.sentence.say("\n")  # a block's rows are words apart
        while pos < len(text):
            macro = _MACRO.search(text, pos)
            link_at = text.find("[[", pos)
            starts = [at for at in (macro.start() if macro else -1, link_at) if at >= 0]
            start = min(starts) if starts else len(text)
            between = text[pos:start]
            branch = self._branch()
            if self._hidden():
                pass
            elif branch is not None:
                assert branch.sentence is not None
                branch.sentence.say(between)
                between = ""
            elif between.strip():
                if self.ctx.init:
                    raise Unsupported(f"the text `{one_line(between)}` in a start-up passage",
                                      "a start-up passage may only <<set>> variables")
                if self._link() is not None:
                    raise Unsupported("text inside <<link>>", "write the text outside")
                prose = True
            shown.append(between)
            if start >= len(text):
                break
            if start == link_at:
                end = link_end(text, link_at)
                if end < 0:
                    raise Unsupported("a link that is never closed ([[ without ]])",
                                      "close it with ]]")
                option = self._markup_link(text[link_at + 2:end - 2], number)
                pos = end
                if self._link() is not None:
                    raise Unsupported("a link inside <<link>>", "put the link outside")
                result.links.append(option)
                if (branch := self._branch()) is not None:
                    assert branch.sentence is not None
                    branch.sentence.link(option)
                elif not any(b.kind == "if" for b in self.blocks):
                    shown.append(option.label)
                continue
            assert macro is not None
            pos = macro.end()
            self._macro(macro[1] == "/", macro[2], macro[3], number, result)
        words = "".join(shown).strip() if prose else ""
        if found := _NAKED.search(words):
            raise Unsupported(f"a printed variable ({found[0]}…)",
                              "write the text out; branch with links")
        result.text = words
        return result

    def _markup_link(self, inner: str, line: int) -> DraftOption:
        body, _, setter = inner.partition("][")
        label, target = split_link(body, pipe=True)
        option = DraftOption(label=label, target=target, line=line,
                             condition=self._conditions())
        if setter:
            option.effects = read_effects(setter, "sugarcube", self.ctx.name)
        return option

    def _macro(self, closing: bool, name: str, args: str, line: int,
               result: RowResult) -> None:
        if self.ctx.init and name != "set":
            raise Unsupported(f"the macro <<{name}>> in a start-up passage",
                              "a start-up passage may only <<set>> variables")
        if closing:
            self._close(name, result)
        elif name == "if":
            self.blocks.append(_Block("if", line, current=self._condition(args),
                                      sentence=Sentence(line)))
        elif name in ("elseif", "else"):
            block = self.blocks[-1] if self.blocks else None
            if block is None or block.kind != "if" or block.current is None:
                raise Unsupported(f"<<{name}>> outside an <<if>>", "put it inside <<if>>")
            assert block.sentence is not None
            block.sentence.close("<<if>>")
            block.prior.append(block.current)
            block.current = self._condition(args) if name == "elseif" else None
            block.sentence = Sentence(line)
        elif name in ("link", "button"):
            if self._link() is not None:
                raise Unsupported(f"a <<{name}>> inside <<link>>", "put the link outside")
            self.blocks.append(_Block(name, line, option=self._macro_link(name, args, line)))
        elif name in ("nobr", "silently"):
            self.blocks.append(_Block(name, line))
        elif name == "set":
            self._set(args, result)
        elif name == "goto":
            self._goto(args, result)
        elif name == "run" and (link := self._link()) is not None and (
                memo := re.fullmatch(r'memorize\(\s*"(\w+)"\s*,\s*\$(\w+)\s*\)', args.strip())):
            assert link.option is not None
            self.ctx.flags.add(self.ctx.name(memo[2]))
        else:
            raise self.ctx.refused("macros", name, f"the macro <<{name}>>",
                                   "not a SugarCube macro: a widget or a custom macro", _FIX)

    def _close(self, name: str, result: RowResult) -> None:
        if not self.blocks or self.blocks[-1].kind != name:
            raise Unsupported(f"<</{name}>> with no <<{name}>> open", f"remove <</{name}>>")
        block = self.blocks.pop()
        if block.sentence is not None:
            block.sentence.close("<<if>>")
        if block.kind in ("link", "button"):
            assert block.option is not None
            if not block.option.target:
                raise Unsupported(f"a <<{name}>> that goes to no passage",
                                  f'give it a passage: <<{name} "label" "passage">>')
            result.links.append(block.option)
            if (branch := self._branch()) is not None:
                assert branch.sentence is not None
                branch.sentence.link(block.option)

    def _condition(self, args: str) -> str:
        return read_condition(args, "sugarcube", self.ctx.name)

    def _macro_link(self, name: str, args: str, line: int) -> DraftOption:
        text = args.strip()
        if text.startswith("[["):
            end = link_end(text, 0)
            if end < 0 or text[end:].strip():
                raise Unsupported(f"the <<{name} {one_line(text)}>> form",
                                  f'write <<{name} "label" "passage">>')
            option = self._markup_link(text[2:end - 2], line)
        else:
            strings = quoted(text)
            if not strings or len(strings) > 2 or unquoted_rest(text).strip():
                raise Unsupported(f"the <<{name} {one_line(text)}>> form",
                                  f'write <<{name} "label" "passage">>')
            option = DraftOption(label=html.unescape(strings[0]).strip(),
                                 target=strings[1] if len(strings) > 1 else "", line=line,
                                 condition=self._conditions())
        option.condition = self._conditions()
        return option

    def _set(self, args: str, result: RowResult) -> None:
        link = self._link()
        if self.ctx.init:
            result.effects += self._init_effects(args)
        elif link is not None:
            assert link.option is not None
            link.option.effects += read_effects(args, "sugarcube", self.ctx.name)
        elif any(b.kind == "if" for b in self.blocks):
            raise Unsupported("a change of state inside <<if>> (it would happen only "
                              "sometimes)", "set variables in the links that lead here")
        else:
            result.effects += read_effects(args, "sugarcube", self.ctx.name)

    def _init_effects(self, args: str) -> list[str]:
        """StoryInit's ``<<set>>``: ``recall("x", start)`` marks a flag."""
        out = []
        for statement in re.split(r",(?![^()]*\))|;", args):
            recall = re.fullmatch(r"\s*\$(\w+)\s*(?:to|=)\s*recall\(\s*([\"'])(\w+)\2\s*,"
                                  r"\s*(.*)\)\s*", statement, re.S)
            if recall is None:
                out += read_effects(statement, "sugarcube", self.ctx.name)
                continue
            if recall[1] == "endings_seen" and recall[4].strip() == "[]":
                continue  # the export's own record of the endings seen
            ours = self.ctx.name(recall[1])
            self.ctx.flags.add(ours)
            out += read_effects(f"${recall[1]} to {recall[4]}", "sugarcube", self.ctx.name)
        return out

    def _goto(self, args: str, result: RowResult) -> None:
        text = args.strip()
        if text.startswith("[["):
            end = link_end(text, 0)
            target = split_link(text[2:end - 2], pipe=True)[1] if end > 0 else ""
        else:
            strings = quoted(text)
            target = strings[0] if len(strings) == 1 and not unquoted_rest(text).strip() else ""
        if not target:
            raise Unsupported(f"the <<goto {one_line(text)}>> form", 'write <<goto "passage">>')
        link = self._link()
        if link is not None:
            assert link.option is not None
            link.option.target = target
        elif any(b.kind == "if" for b in self.blocks):
            raise Unsupported("a <<goto>> inside <<if>> (the story would move on only "
                              "sometimes)", "make the ways on links with conditions")
        else:
            result.redirect = target

