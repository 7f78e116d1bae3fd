"""What the Ink, Twee (SugarCube) and Ren'Py exchanges share: an episode with its graph
and what it needs from the project (:class:`StorySource`), conditions and effects written
in each language (walking :mod:`microdrama.domain.expressions`' tree), and expressions
read back from Ink and SugarCube into ours.

Reading translates the other language's tokens into our expression language and parses
the result, so what comes in is what the checks, the player and the exports understand.
Whatever has no counterpart (arithmetic past ``+``/``-``, function calls, visit counts,
lists, temporary variables) raises :class:`Unsupported` naming the construct; the
readers turn it into an InputError at the file and line.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from microdrama.domain.expressions import (
    Binary,
    Const,
    Effect,
    Expr,
    ExpressionError,
    Name,
    Unary,
    parse_condition,
    parse_effect,
    render,
    render_effect,
)
from microdrama.domain.script import Episode
from microdrama.domain.story import StoryGraph

#: The languages conditions and effects are read from: Ink, SugarCube's TwineScript,
#: Harlowe, and JavaScript (Chapbook's bare names, Snowman's ``s.name``).
Dialect = Literal["ink", "sugarcube", "harlowe", "javascript"]

#: Words Ink reserves: a variable or knot named so does not compile.
INK_RESERVED = frozenset({
    "true", "false", "not", "and", "or", "mod", "has", "hasnt", "temp", "return", "function",
    "else", "ref", "stopping", "cycle", "shuffle", "once", "END", "DONE", "VAR", "CONST",
    "LIST", "INCLUDE", "EXTERNAL"})
#: Names Ren'Py's own statements and stores use, besides Python's keywords.
RENPY_RESERVED = frozenset({
    "persistent", "store", "config", "renpy", "ui", "im", "audio", "gui", "build", "style",
    "define", "default", "label", "menu", "jump", "call", "scene", "show", "hide", "with",
    "window", "pause", "voice", "nvl", "narrator", "extend", "centered", "start", "main_menu",
    "python", "init", "screen", "transform", "image", "translate", "character"})


class Unsupported(Exception):
    """A construct the exchange does not carry: what it is and how to do without it.

    An internal signal: the readers and writers catch it and raise an InputError with
    the file and the line, so it never reaches the user. ``line`` is set when the
    construct began on an earlier line than the one being read (an unclosed block)."""

    def __init__(self, construct: str, fix: str, line: int | None = None) -> None:
        self.construct, self.fix, self.line = construct, fix, line
        super().__init__(construct)


@dataclass(frozen=True)
class StorySource:
    """What a writer needs of one episode: its script (lines, beats, places), its story
    graph (ways on, state), who speaks (character id → name) and which shot each line is
    in (from the storyboard, when there is one)."""

    episode: Episode
    graph: StoryGraph
    names: Mapping[str, str] = field(default_factory=dict)
    shots: Mapping[str, str] = field(default_factory=dict)
    #: A Twee story's IFID (Twee only).
    ifid: str = ""


# --------------------------------------------------------------------------- writing


def write_expression(expr: Expr, language: Literal["ink", "sugarcube", "python"],
                     flags: frozenset[str] = frozenset()) -> str:
    """``expr`` in Ink, SugarCube (TwineScript) or Python (Ren'Py; ``flags`` are read from
    ``persistent``), every compound operand parenthesised so no precedence rule of the
    other language can regroup it."""
    if isinstance(expr, Const):
        return _constant(expr.value, language)
    if isinstance(expr, Name):
        if language == "sugarcube":
            return "$" + expr.name
        if language == "python" and expr.name in flags:
            return "persistent." + expr.name
        return expr.name
    if isinstance(expr, Unary):
        inner = _operand(expr.operand, language, flags)
        return f"not {inner}" if expr.op == "not" else f"-{inner}"
    op = expr.op
    if language == "sugarcube":
        op = {"==": "is", "!=": "isnot"}.get(op, op)
    left = _operand(expr.left, language, flags)
    right = _operand(expr.right, language, flags)
    return f"{left} {op} {right}"


def _operand(expr: Expr, language: Literal["ink", "sugarcube", "python"],
             flags: frozenset[str]) -> str:
    text = write_expression(expr, language, flags)
    return f"({text})" if isinstance(expr, Binary | Unary) else text


def _constant(value: bool | int | str, language: str) -> str:
    if isinstance(value, bool):
        if language == "python":
            return "True" if value else "False"
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if language == "ink":
        if '"' in value or "\\" in value:
            raise Unsupported(f"the string {value!r} (Ink strings cannot hold \" or \\)",
                              "use a string without double quotes or backslashes")
        return f'"{value}"'
    if language == "python":
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def write_effect(effect: Effect, language: Literal["ink", "sugarcube", "python"],
                 flags: frozenset[str] = frozenset()) -> str:
    """``effect`` as an assignment in the language (without Ink's ``~`` or SugarCube's
    ``<<set>>``, which the writers add)."""
    target = write_expression(Name(effect.target), language, flags)
    value = write_expression(effect.value, language, flags)
    if language == "sugarcube" and effect.op == "=":
        return f"{target} to {value}"
    return f"{target} {effect.op} {value}"


# --------------------------------------------------------------------------- reading

_TOKEN = re.compile(r"""\s*(?:
    (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<name>[$_]?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
  | (?P<op>===|!==|->|==|!=|<=|>=|&&|\|\||\+=|-=|\+\+|--|!\?|[<>=+\-*/%!?^(),\[\]{}])
)""", re.VERBOSE)

_WORDS: dict[Dialect, dict[str, str]] = {
    "ink": {"and": "and", "or": "or", "not": "not", "true": "true", "false": "false"},
    "sugarcube": {"and": "and", "or": "or", "not": "not", "true": "true", "false": "false",
                  "is": "==", "eq": "==", "isnot": "!=", "neq": "!=", "gt": ">", "gte": ">=",
                  "lt": "<", "lte": "<="},
    "harlowe": {"and": "and", "or": "or", "not": "not", "true": "true", "false": "false",
                "is": "=="},
    "javascript": {"true": "true", "false": "false"},
}
_OPS = {"==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">=", "+": "+", "-": "-",
        "(": "(", ")": ")", "&&": "and", "||": "or", "!": "not", "===": "==", "!==": "!="}
_NO_OP = {"*": "multiplication", "/": "division", "%": "the remainder operator (%)",
          "?": "a list test (?)", "!?": "a list test (!?)", "^": "a list intersection (^)",
          "->": "a divert target as a value", "[": "an array or index", "]": "an index",
          "{": "inline logic", "}": "inline logic", ",": "a list of values"}
_NO_WORD = {"mod": "the remainder operator (mod)", "has": "a list test (has)",
            "hasnt": "a list test (hasnt)", "def": "SugarCube's def", "ndef": "SugarCube's ndef",
            "to": "an assignment inside a condition", "new": "a JavaScript object",
            "typeof": "a JavaScript type test"}
#: Harlowe's words with no counterpart here.
_NO_HARLOWE = {"contains": "a test of what a value contains (contains)",
               "in": "a test of what a value is in (is in)", "matches": "a pattern test (matches)",
               "a": "a type test (is a)", "an": "a type test (is an)",
               "it": "`it` (the value just named) in a condition",
               "its": "`its` (a property of the value just named)",
               "visits": "the visit count (visits)", "visit": "the visit count (visit)",
               "time": "the time in the passage (time)", "exits": "the exits left (exits)",
               "pos": "a position in a list (pos)", "via": "a lambda (via)",
               "where": "a lambda (where)", "each": "a lambda (each)",
               "into": "a (put:) target in a condition", "to": "an assignment inside a condition"}


def read_condition(text: str, dialect: Dialect, names: Callable[[str], str]) -> str:
    """Our text of a condition written in Ink or SugarCube. ``names`` maps a variable
    as the source writes it (``$trust``, ``hasKey``) to ours, or raises Unsupported."""
    translated = _translate(text, dialect, names)
    try:
        tree = parse_condition(translated)
    except ExpressionError as error:
        raise Unsupported(f"the condition `{text.strip()}` ({error.problem})",
                          "write a comparison of variables, numbers and strings joined "
                          "with and/or/not") from None
    if dialect == "harlowe" and _elided(tree):
        raise Unsupported(f"an elided comparison (`{text.strip()}`)",
                          "write each comparison out: `$x is 1 or $x is 2`")
    return render(tree)


def _elided(expr: Expr) -> bool:
    """True when and/or joins a number or string: Harlowe's ``$x is 1 or 2`` (which
    means ``$x is 1 or $x is 2``)."""
    if isinstance(expr, Binary):
        if expr.op in ("and", "or") and any(
                isinstance(side, Const) and not isinstance(side.value, bool)
                for side in (expr.left, expr.right)):
            return True
        return _elided(expr.left) or _elided(expr.right)
    return isinstance(expr, Unary) and _elided(expr.operand)


def read_effects(text: str, dialect: Dialect, names: Callable[[str], str]) -> list[str]:
    """Our effects from an Ink ``~`` line (``x = x + 1``, ``x++``), a SugarCube
    ``<<set>>`` (``$x to 1, $y += 2``), a Harlowe ``(set:)`` (``$x to it + 1``) or
    JavaScript statements (``s.x = 1; s.y++``)."""
    parts = split_statements(text) if dialect != "ink" else [text]
    out = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        bump = re.fullmatch(r"(\S+?)\s*(\+\+|--)", part)
        if bump:
            part = f"{bump[1]} {'+=' if bump[2] == '++' else '-='} 1"
        match = re.match(r"\s*([$_]?[A-Za-z_][\w.]*)\s*(\+=|-=|=(?!=)|to\b)(.*)$", part, re.S)
        if match is None:
            raise Unsupported(f"the statement `{part}`",
                              "change state only with `x = value`, `x += n` or `x -= n`")
        target = _translate(match[1], dialect, names)
        op = "=" if match[2] in ("=", "to") else match[2]
        value_text = match[3]
        if dialect == "harlowe":  # `it` is the variable being set
            value_text = _it(value_text, match[1])
        value = _translate(value_text, dialect, names)
        try:
            out.append(render_effect(parse_effect(f"{target} {op} {value}")))
        except ExpressionError as error:
            raise Unsupported(f"the statement `{part}` ({error.problem})",
                              "set a variable to a value, or add or subtract a number") from None
    return out


def _it(text: str, target: str) -> str:
    """Harlowe's ``it`` (outside strings) replaced by the variable being set."""
    parts = re.split(r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')", text)
    return "".join(part if index % 2 else re.sub(r"\bit\b", target, part)
                   for index, part in enumerate(parts))


def split_statements(text: str) -> list[str]:
    """Statements separated by commas or semicolons (those inside strings or brackets kept)."""
    parts, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote and text[index - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char in ",;" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _translate(text: str, dialect: Dialect, names: Callable[[str], str]) -> str:
    out: list[str] = []
    pos = 0
    words = _WORDS[dialect]
    while pos < len(text) and text[pos:].strip():
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            bad = text[pos:].strip()[:1]
            raise Unsupported(f"the character {bad!r} in `{text.strip()}`",
                              "write a comparison of variables, numbers and strings")
        pos = match.end()
        kind = match.lastgroup
        token = match[kind or "op"]
        if kind == "num":
            if "." in token:
                raise Unsupported(f"the decimal number {token}", "use whole numbers")
            out.append(token)
        elif kind == "str":
            body = token[1:-1]
            if "\\" in body or '"' in body:
                raise Unsupported(f"the string {token} (escapes or double quotes)",
                                  "use a plain string")
            out.append(f'"{body}"')
        elif kind == "name" and dialect == "harlowe" and token == "is" and (
                after := re.match(r"\s+not\b", text[pos:])):
            out.append("!=")  # Harlowe's two-word `is not`
            pos += after.end()
        elif kind == "name":
            out.append(_word(token, text, pos, dialect, words, names))
        elif token in _OPS:
            out.append(_OPS[token])
        else:
            raise Unsupported(_NO_OP.get(token, f"the operator {token!r}"),
                              "keep to comparisons, and/or/not, + and -")
    return " ".join(out)


def _word(token: str, text: str, pos: int, dialect: Dialect, words: Mapping[str, str],
          names: Callable[[str], str]) -> str:
    if token in words:
        return words[token]
    if text[pos:].lstrip().startswith("("):
        raise Unsupported(f"the function call {token}()",
                          "replace the call with a variable the choices set")
    if dialect == "harlowe" and token in _NO_HARLOWE:
        raise Unsupported(_NO_HARLOWE[token], "keep to comparisons (is, is not, <, >), "
                          "and/or/not, + and -")
    if token in _NO_WORD:
        raise Unsupported(_NO_WORD[token], "keep to comparisons, and/or/not, + and -")
    if dialect in ("sugarcube", "harlowe"):
        if token.startswith("_"):
            raise Unsupported(f"the temporary variable {token}",
                              "use a story variable ($name)")
        if not token.startswith("$"):
            what = "JavaScript" if dialect == "sugarcube" else "Harlowe"
            raise Unsupported(f"the {what} name {token}",
                              "use story variables ($name), numbers and strings")
        token = token[1:]
    elif dialect == "javascript" and token.startswith("s.") and token.count(".") == 1:
        token = token[2:]  # Snowman's story state
    if "." in token:
        raise Unsupported(f"the dotted name {token} (a property, or a visit count)",
                          "use a plain variable")
    if token.startswith("$"):
        raise Unsupported(f"the name {token}", "use a plain variable")
    return names(token)


# --------------------------------------------------------------------------- names


def snake_case(name: str) -> str:
    """Our variable name for one written in another language: ``hasKey`` → ``has_key``,
    ``DEBUG`` → ``debug``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return spaced.lower()


def safe_identifier(ident: str, taken: set[str], reserved: frozenset[str],
                    prefix: str) -> str:
    """``ident`` (an id such as ``ep001-sc02``) as an identifier of Ink or Python:
    dashes become underscores; a reserved word, a leading digit or a name already taken
    gets ``prefix``; the result is added to ``taken``."""
    name = ident.replace("-", "_")
    if name in reserved or name[:1].isdigit() or name in taken or keyword.iskeyword(name):
        name = f"{prefix}_{name}"
        while name in taken:
            name += "_"
    taken.add(name)
    return name
