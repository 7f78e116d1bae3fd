"""A Harlowe 3 passage, read row by row (:class:`HarloweReader`).

Read: text (``{…}`` whitespace markup dropped, hooks ``[…]`` and named hooks shown);
links ``[[label->passage]]``, ``[[passage<-label]]``, ``[[passage]]`` (the rightmost
``->``, the leftmost ``<-``, as Harlowe reads them) and, with no arrow, the legacy
``[[label|passage]]`` Harlowe still reads; ``(link-goto:)``; ``(link:)`` and
``(link-reveal-goto:)`` whose hook holds ``(set:)`` / ``(put:)`` and a ``(goto:)``;
``(if:)`` / ``(unless:)`` / ``(else-if:)`` / ``(else:)`` hooks around links, over as
many rows as they take; ``(set:)`` / ``(put:)`` as the passage plays (its changes of
state, ``it`` meaning the variable set); ``(goto:)`` / ``(redirect:)`` on its own (the
passage moves on by itself). In a ``startup`` passage only ``(set:)`` / ``(put:)``.
Macro names are read as Harlowe reads them: without case, ``-`` or ``_``.

Refused, naming the macro and what it does (from the story formats pack): text or a
change of state inside ``(if:)`` hooks, text a ``(link:)`` reveals, printed variables
(``$x``, ``_x``), every other macro (an unknown one is named as such).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from microdrama.formats.story_draft import DraftOption
from microdrama.formats.story_syntax import (
    Unsupported,
    read_condition,
    read_effects,
    split_statements,
)
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

_CALL = re.compile(r"\((\$?[A-Za-z][\w-]*):")
_NAMED_OPEN = re.compile(r"\|[\w-]+[>)]\[")
_NAMED_CLOSE = re.compile(r"[<(][\w-]+\|")
_PRINTED = re.compile(r"(?<![\w$])[$_][A-Za-z][\w]*")
_FIX = "keep to text, links, (link-goto:), (link:) with (set:) and (goto:), (set:) and " \
       "(if:) / (else:) around links"
_IF = {"if", "unless", "elseif", "else"}


def _key(name: str) -> str:
    return re.sub(r"[-_]", "", name.casefold())


@dataclass
class _Hook:
    """An open hook: plain (shown), a branch of an ``(if:)`` chain, or a link's."""

    role: str
    line: int
    condition: str = ""
    prior: list[str] = field(default_factory=list)
    own: str | None = None
    option: DraftOption | None = None
    macro: str = ""
    #: What an (if:) hook shows: its words are its one link's label.
    sentence: Sentence | None = None


class HarloweReader:
    """One Harlowe passage."""

    def __init__(self, ctx: TweeContext) -> None:
        self.ctx = ctx
        self.hooks: list[_Hook] = []
        #: The conditions of the last (if:) chain, for an (else-if:) or (else:) after it.
        self.chain: list[str] | None = None

    def finish(self) -> None:
        """A hook left open."""
        if self.hooks:
            hook = self.hooks[-1]
            what = f"the hook of ({hook.macro}:)" if hook.macro else "a hook ["
            raise Unsupported(f"{what} that is never closed with ]", "close it with ]",
                              line=hook.line)

    def _conditions(self) -> str:
        return all_of([h.condition for h in self.hooks if h.role == "if"])

    def _in(self, role: str) -> _Hook | None:
        return next((h for h in reversed(self.hooks) if h.role == role), None)

    def row(self, number: int, text: str) -> RowResult:
        """The row's text (a link standing in prose leaves its words), links, changes."""
        result = RowResult()
        shown: list[str] = []
        prose = False
        i = 0
        if (branch := self._in("if")) is not None:
            assert branch.sentence is not None
            branch.sentence.say("\n")  # a hook's rows are words apart
        while i < len(text):
            char = text[i]
            call = _CALL.match(text, i)
            if text.startswith("[[", i) and not text.startswith("[[[", i):
                end = link_end(text, i)
                if end < 0:
                    raise Unsupported("a link that is never closed ([[ without ]])",
                                      "close it with ]]")
                label, target = split_link(text[i + 2:end - 2], pipe=False)
                self._add_link(DraftOption(label, target, number), result, shown)
                i = end
            elif call is not None:
                i = self._call(call, text, number, result, shown)
            elif named := _NAMED_OPEN.match(text, i):
                self.hooks.append(_Hook("plain", number))
                i = named.end()
            elif char == "[":
                self.hooks.append(_Hook("plain", number))
                i += 1
            elif char == "]" and self.hooks:
                self._close(self.hooks.pop(), result)
                i += 1
                if closing := _NAMED_CLOSE.match(text, i):
                    i = closing.end()
            elif char in "{}":
                i += 1  # whitespace markup
            else:
                j = i + 1
                while j < len(text) and text[j] not in "[](){}|" and not (
                        text[j] in "$_" and (j == 0 or not text[j - 1].isalnum())):
                    j += 1
                chunk = text[i:j]
                branch = self._in("if")
                if chunk.strip():
                    self._text(chunk)
                if branch is not None:
                    assert branch.sentence is not None
                    branch.sentence.say(chunk)
                else:
                    prose = prose or bool(chunk.strip())
                    shown.append(chunk)
                i = j
        words = "".join(shown).strip() if prose else ""
        result.text = words
        return result

    def _text(self, chunk: str) -> None:
        if self.ctx.init:
            raise Unsupported(f"the text `{one_line(chunk)}` in a startup passage",
                              "a startup passage may only (set:) variables")
        if found := _PRINTED.search(chunk):
            kind = "temporary variable" if found[0].startswith("_") else "variable"
            raise Unsupported(f"a printed {kind} ({found[0]})",
                              "write the text out; branch with links")
        if self._in("link"):
            raise Unsupported("text a (link:) reveals", "show the text in the passage the "
                              "link goes to; keep only (set:) and (goto:) in the hook")

    def _add_link(self, option: DraftOption, result: RowResult, shown: list[str]) -> None:
        if self._in("link"):
            raise Unsupported("a link inside (link:)", "put the link outside")
        if self.ctx.init:
            raise Unsupported("a link in a startup passage", "move it into a passage")
        option.condition = self._conditions()
        result.links.append(option)
        branch = self._in("if")
        if branch is not None:
            assert branch.sentence is not None
            branch.sentence.link(option)
        else:
            shown.append(option.label)

    def _call(self, call: re.Match[str], text: str, line: int, result: RowResult,
              shown: list[str]) -> int:
        name = call[1]
        end = _close_paren(text, call.end())
        if end < 0:
            raise Unsupported(f"the macro ({name}:) runs past its line", "write it on one line")
        args = text[call.end():end - 1]
        hook = end
        while hook < len(text) and text[hook] in " \t":
            hook += 1
        has_hook = text.startswith("[", hook) and (not text.startswith("[[", hook)
                                                   or text.startswith("[[[", hook))
        key = _key(name)
        if text.startswith("+", hook):
            raise Unsupported(f"({name}:) joined to another changer with +",
                              f"attach ({name}:) to its hook alone; the look of text comes "
                              "from the storyboard")
        if name.startswith("$"):
            raise Unsupported(f"the custom macro ({name}:)", _FIX)
        if self.ctx.init and key not in ("set", "put"):
            raise Unsupported(f"the macro ({name}:) in a startup passage",
                              "a startup passage may only (set:) variables")
        if key in _IF:
            if not has_hook:
                raise Unsupported(f"({name}:) with no hook after it", f"write ({name}: …)[…]")
            self.hooks.append(self._branch(key, name, args, line))
            return hook + 1
        if key in ("link", "linkrevealgoto") and has_hook or key in ("linkgoto",
                                                                      "linkrevealgoto"):
            option = self._link_macro(key, name, args, line)
            if has_hook:
                self.hooks.append(_Hook("link", line, option=option, macro=name))
                return hook + 1
            self._add_link(option, result, shown)
            return end
        if has_hook:
            self.hooks.append(_Hook("plain", line, macro=name))  # refused below, or shown
        if key in ("set", "put"):
            self._set(key, args, result)
        elif key in ("goto", "redirect"):
            self._goto(name, args, result)
        else:
            raise self.ctx.refused("macros", name, f"the macro ({name}:)",
                                   "not a Harlowe macro: a custom macro or a later "
                                   "Harlowe's", _FIX)
        return end

    def _expression(self, text: str) -> str:
        """``text`` checked for macro calls inside it (named as the macro)."""
        if inner := _CALL.search(text):
            raise self.ctx.refused("macros", inner[1], f"the macro ({inner[1]}:)",
                                   "a macro inside an expression",
                                   "compare variables, numbers and strings only")
        return text

    def _branch(self, key: str, name: str, args: str, line: int) -> _Hook:
        hook = _Hook("if", line, macro=name, sentence=Sentence(line))
        if key in ("if", "unless"):
            own = read_condition(self._expression(args), "harlowe", self.ctx.name)
            hook.own = own if key == "if" else none_of([own])
            hook.condition = hook.own
            return hook
        if self.chain is None:
            raise Unsupported(f"({name}:) with no (if:) before it", "put an (if:) hook first")
        hook.prior = list(self.chain)
        if key == "elseif":
            hook.own = read_condition(self._expression(args), "harlowe", self.ctx.name)
            hook.condition = all_of([none_of(hook.prior), hook.own])
        else:
            hook.condition = none_of(hook.prior)
        return hook

    def _close(self, hook: _Hook, result: RowResult) -> None:
        if hook.role == "if":
            assert hook.sentence is not None
            hook.sentence.close(f"({hook.macro}:)")
            self.chain = hook.prior + [hook.own] if hook.own is not None else None
        elif hook.role == "link":
            assert hook.option is not None
            if not hook.option.target:
                raise Unsupported(f"a ({hook.macro}:) that goes to no passage (it only "
                                  "reveals its hook)", "put a (goto:) in its hook, or write "
                                  "(link-goto: \"label\", \"passage\")", line=hook.line)
            result.links.append(hook.option)
            if (branch := self._in("if")) is not None:
                assert branch.sentence is not None
                branch.sentence.link(hook.option)

    def _link_macro(self, key: str, name: str, args: str, line: int) -> DraftOption:
        strings = quoted(args)
        if not strings or unquoted_rest(args).replace(",", "").strip():
            raise Unsupported(f"the ({name}: {one_line(args)}) form",
                              f'write ({name}: "label", "passage") with plain strings')
        if key == "link" and len(strings) != 1 or len(strings) > 2:
            raise Unsupported(f"the ({name}: {one_line(args)}) form",
                              f'write ({name}: "label", "passage")')
        label = strings[0]
        target = "" if key == "link" else strings[-1]
        return DraftOption(label.strip(), target, line, condition=self._conditions())

    def _set(self, key: str, args: str, result: RowResult) -> None:
        args = self._expression(args)
        if key == "put":  # (put: value into $x) is (set: $x to value)
            parts = []
            for statement in _split(args):
                value, into, target = statement.rpartition(" into ")
                if not into:
                    raise Unsupported(f"the (put: {one_line(statement)}) form",
                                      "write (put: value into $name)")
                parts.append(f"{target.strip()} to {value.strip()}")
            args = ", ".join(parts)
        effects = read_effects(args, "harlowe", self.ctx.name)
        link = self._in("link")
        if link is not None:
            assert link.option is not None
            link.option.effects += effects
        elif self._in("if"):
            raise Unsupported("a change of state inside (if:) (it would happen only "
                              "sometimes)", "set variables in the links that lead here")
        else:
            result.effects += effects

    def _goto(self, name: str, args: str, line_result: RowResult) -> None:
        strings = quoted(args)
        if len(strings) != 1 or unquoted_rest(args).strip():
            raise Unsupported(f"the ({name}: {one_line(args)}) form",
                              f'write ({name}: "passage")')
        link = self._in("link")
        if link is not None:
            assert link.option is not None
            link.option.target = strings[0]
        elif self._in("if"):
            raise Unsupported(f"a ({name}:) inside (if:) (the story would move on only "
                              "sometimes)", "make the ways on links inside (if:) hooks")
        else:
            line_result.redirect = strings[0]


def _close_paren(text: str, start: int) -> int:
    """The index just past the ``)`` closing a call whose arguments start at ``start``."""
    depth, quote, index = 0, "", start
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index + 1
            depth -= 1
        index += 1
    return -1


def _split(text: str) -> list[str]:
    return [s for s in split_statements(text) if s.strip()]
