"""The small expression language of interactive episodes: conditions and effects on
typed story state, parsed by hand (never ``eval``) into a tree exporters can walk.

    condition  trust >= 2 and not betrayed          ally == "mei" or (trust > 0)
    effect     trust += 1      betrayed = true      ally = "mei"      trust = trust - 2

Grammar (lowest precedence first)::

    expr  := and ("or" and)*          and := not ("and" not)*
    not   := "not" not | cmp          cmp := sum (("=="|"!="|"<"|"<="|">"|">=") sum)?
    sum   := unary (("+"|"-") unary)* unary := "-" unary | atom
    atom  := INT | STRING | "true" | "false" | NAME | "(" expr ")"
    effect := NAME ("=" | "+=" | "-=") expr

Values are ``bool``, ``int`` or ``str``. A syntax error is an :class:`ExpressionError`
(a ValueError, so a pydantic field that parses turns it into a validation error that
the YAML loader places at the file, line and field) naming the column and the fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from microdrama.errors import InputError

Value = bool | int | str
VarType = Literal["bool", "int", "str"]

#: Variable names: lowercase words with underscores (so they read the same in Ink,
#: Twee/SugarCube and Ren'Py, which all accept them).
NAME_PATTERN = r"^[a-z_][a-z0-9_]*$"
KEYWORDS = frozenset({"and", "or", "not", "true", "false"})

_TOKEN = re.compile(
    r"\s*(?:(?P<int>\d+)|(?P<str>\"[^\"\n]*\"|'[^'\n]*')|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>==|!=|<=|>=|\+=|-=|&&|\|\||[<>=+\-()!]))")
_COMPARE = ("==", "!=", "<", "<=", ">", ">=")
_HINTS = {"&&": "write 'and'", "||": "write 'or'", "!": "write 'not'",
          "True": "write 'true' (lowercase)", "False": "write 'false' (lowercase)"}


class ExpressionError(InputError, ValueError):
    """An expression that does not parse: the text, the 1-based column and the fix.

    A ValueError too, so a pydantic validator that parses one reports it in place (the
    episode loader then names the file, the line and the field)."""

    def __init__(self, problem: str, text: str, column: int, fix: str) -> None:
        self.text, self.column = text, column
        super().__init__(problem, where=f"column {column} of `{text}`", fix=fix)

    def render(self) -> str:
        """``problem at column N of `text`; fix`` (the loader adds the file and line)."""
        return f"{self.problem} at column {self.column} of `{self.text}`; {self.fix}"


@dataclass(frozen=True)
class Const:
    """A constant: ``2``, ``"mei"``, ``true``."""

    value: Value


@dataclass(frozen=True)
class Name:
    """A read of a state variable."""

    name: str


@dataclass(frozen=True)
class Unary:
    """``not x`` or ``-x``."""

    op: Literal["not", "-"]
    operand: Expr


@dataclass(frozen=True)
class Binary:
    """``a op b``: or, and, a comparison, + or -."""

    op: str
    left: Expr
    right: Expr


Expr = Const | Name | Unary | Binary


@dataclass(frozen=True)
class Effect:
    """``target op value``: ``=`` sets, ``+=``/``-=`` add to an int."""

    target: str
    op: Literal["=", "+=", "-="]
    value: Expr


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    column: int


def _tokens(text: str) -> list[_Tok]:
    out, pos = [], 0
    while pos < len(text):
        if not text[pos:].strip():
            break
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            column = pos + len(text[pos:]) - len(text[pos:].lstrip()) + 1
            bad = text[column - 1]
            fix = ("close the string with the same quote" if bad in "\"'"
                   else "use names, numbers, quoted strings, and/or/not, comparisons, + and -")
            raise ExpressionError(f"unexpected {bad!r}", text, column, fix)
        kind = match.lastgroup or "op"
        token = match[kind]
        column = match.start(kind) + 1
        if token in _HINTS:
            raise ExpressionError(f"unknown operator {token!r}", text, column, _HINTS[token])
        out.append(_Tok(kind, token, column))
        pos = match.end()
    out.append(_Tok("end", "", len(text) + 1))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def fail(self, tok: _Tok, expected: str) -> ExpressionError:
        found = f"{tok.text!r}" if tok.kind != "end" else "the end"
        return ExpressionError(f"expected {expected}, found {found}", self.text, tok.column,
                               f"write {expected} there")

    def is_word(self, word: str) -> bool:
        tok = self.peek()
        return tok.kind == "name" and tok.text == word

    def expr(self) -> Expr:
        left = self.conj()
        while self.is_word("or"):
            self.take()
            left = Binary("or", left, self.conj())
        return left

    def conj(self) -> Expr:
        left = self.neg()
        while self.is_word("and"):
            self.take()
            left = Binary("and", left, self.neg())
        return left

    def neg(self) -> Expr:
        if self.is_word("not"):
            self.take()
            return Unary("not", self.neg())
        return self.compare()

    def compare(self) -> Expr:
        left = self.sum()
        tok = self.peek()
        if tok.kind == "op" and tok.text in _COMPARE:
            self.take()
            left = Binary(tok.text, left, self.sum())
            after = self.peek()
            if after.kind == "op" and after.text in _COMPARE:
                raise ExpressionError("comparisons do not chain", self.text, after.column,
                                      "join two comparisons with 'and'")
        elif tok.kind == "op" and tok.text == "=":
            raise ExpressionError("'=' sets a variable", self.text, tok.column,
                                  "write '==' to compare")
        return left

    def sum(self) -> Expr:
        left = self.unary()
        while self.peek().kind == "op" and self.peek().text in ("+", "-"):
            op = self.take().text
            left = Binary(op, left, self.unary())
        return left

    def unary(self) -> Expr:
        if self.peek().kind == "op" and self.peek().text == "-":
            self.take()
            return Unary("-", self.unary())
        return self.atom()

    def atom(self) -> Expr:
        tok = self.take()
        if tok.kind == "int":
            return Const(int(tok.text))
        if tok.kind == "str":
            return Const(tok.text[1:-1])
        if tok.kind == "name":
            if tok.text in ("true", "false"):
                return Const(tok.text == "true")
            if tok.text in KEYWORDS:
                raise self.fail(tok, "a value")
            if not re.match(NAME_PATTERN, tok.text):
                raise ExpressionError(f"variable {tok.text!r} is not lowercase", self.text,
                                      tok.column, f"write {tok.text.lower()!r}")
            return Name(tok.text)
        if tok.kind == "op" and tok.text == "(":
            inner = self.expr()
            close = self.take()
            if close.text != ")":
                raise self.fail(close, "')'")
            return inner
        raise self.fail(tok, "a value (a name, a number, a quoted string, true or false)")

    def done(self) -> None:
        tok = self.peek()
        if tok.kind != "end":
            raise ExpressionError(f"unexpected {tok.text!r}", self.text, tok.column,
                                  "join conditions with 'and'/'or', or remove it")


def parse_condition(text: str) -> Expr:
    """The tree of a condition such as ``trust >= 2 and not betrayed``."""
    if not text.strip():
        raise ExpressionError("the condition is empty", text, 1,
                              "write a condition such as `trust >= 2`, or remove it")
    parser = _Parser(text)
    expr = parser.expr()
    parser.done()
    return expr


def parse_effect(text: str) -> Effect:
    """The tree of an effect such as ``trust += 1`` or ``betrayed = true``."""
    parser = _Parser(text)
    target = parser.take()
    if target.kind != "name" or target.text in KEYWORDS:
        raise parser.fail(target, "the name of the variable to set")
    if not re.match(NAME_PATTERN, target.text):
        raise ExpressionError(f"variable {target.text!r} is not lowercase", text, target.column,
                              f"write {target.text.lower()!r}")
    op = parser.take()
    if op.kind != "op" or op.text not in ("=", "+=", "-="):
        raise parser.fail(op, "'=', '+=' or '-='")
    value = parser.expr()
    parser.done()
    return Effect(target.text, op.text, value)  # type: ignore[arg-type]


def type_of_value(value: Value) -> VarType:
    """The type of a state value (a bool is not an int here)."""
    if isinstance(value, bool):
        return "bool"
    return "int" if isinstance(value, int) else "str"


class ExpressionTypeError(InputError, ValueError):
    """An expression whose operands do not fit its operators (``trust and 2``)."""

    def render(self) -> str:
        """The problem alone: the graph checks report it with the node that holds it."""
        return self.problem


def infer_type(expr: Expr, types: Mapping[str, VarType]) -> VarType:
    """The type ``expr`` evaluates to; ExpressionTypeError when it mixes types, KeyError
    (the name) for a variable ``types`` does not know."""
    if isinstance(expr, Const):
        return type_of_value(expr.value)
    if isinstance(expr, Name):
        return types[expr.name]
    if isinstance(expr, Unary):
        inner = infer_type(expr.operand, types)
        want: VarType = "bool" if expr.op == "not" else "int"
        if inner != want:
            raise ExpressionTypeError(f"'{expr.op}' needs a {want}, not a {inner}")
        return want
    left, right = infer_type(expr.left, types), infer_type(expr.right, types)
    if expr.op in ("and", "or"):
        if left != "bool" or right != "bool":
            raise ExpressionTypeError(f"'{expr.op}' joins true/false values, not {left} and {right}")
        return "bool"
    if left != right:
        raise ExpressionTypeError(f"'{expr.op}' compares a {left} with a {right}")
    if expr.op in ("==", "!="):
        return "bool"
    if left != "int":
        raise ExpressionTypeError(f"'{expr.op}' needs numbers, not {left}s")
    return "bool" if expr.op in _COMPARE else "int"


def names_read(expr: Expr) -> set[str]:
    """Every variable ``expr`` reads."""
    if isinstance(expr, Name):
        return {expr.name}
    if isinstance(expr, Unary):
        return names_read(expr.operand)
    if isinstance(expr, Binary):
        return names_read(expr.left) | names_read(expr.right)
    return set()


def effect_reads(effect: Effect) -> set[str]:
    """Variables an effect reads (``x += 1`` reads x)."""
    return names_read(effect.value) | ({effect.target} if effect.op != "=" else set())


class UnsetVariable(KeyError):
    """Evaluation read a variable the state does not hold: an internal signal of the
    graph checks' playthroughs (a read-before-set finding), it never reaches the user."""


def evaluate(expr: Expr, state: Mapping[str, Value]) -> Value:
    """The value of ``expr`` in ``state`` (type-checked expressions only)."""
    if isinstance(expr, Const):
        return expr.value
    if isinstance(expr, Name):
        if expr.name not in state:
            raise UnsetVariable(expr.name)
        return state[expr.name]
    if isinstance(expr, Unary):
        inner = evaluate(expr.operand, state)
        return (not inner) if expr.op == "not" else -int(inner)
    if expr.op == "and":
        return bool(evaluate(expr.left, state)) and bool(evaluate(expr.right, state))
    if expr.op == "or":
        return bool(evaluate(expr.left, state)) or bool(evaluate(expr.right, state))
    left, right = evaluate(expr.left, state), evaluate(expr.right, state)
    if expr.op == "==":
        return left == right
    if expr.op == "!=":
        return left != right
    a, b = int(left), int(right)
    results = {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}
    if expr.op in results:
        return results[expr.op]
    return a + b if expr.op == "+" else a - b


def apply_effect(effect: Effect, state: Mapping[str, Value]) -> dict[str, Value]:
    """A new state with ``effect`` applied."""
    value = evaluate(effect.value, state)
    if effect.op != "=":
        if effect.target not in state:
            raise UnsetVariable(effect.target)
        current = int(state[effect.target])
        value = current + int(value) if effect.op == "+=" else current - int(value)
    return {**state, effect.target: value}


def render(expr: Expr) -> str:
    """Canonical text of ``expr`` (fully parenthesised where precedence needs it)."""
    if isinstance(expr, Const):
        if isinstance(expr.value, bool):
            return "true" if expr.value else "false"
        return f'"{expr.value}"' if isinstance(expr.value, str) else str(expr.value)
    if isinstance(expr, Name):
        return expr.name
    if isinstance(expr, Unary):
        inner = render(expr.operand)
        inner = inner if isinstance(expr.operand, Const | Name) else f"({inner})"
        return f"not {inner}" if expr.op == "not" else f"-{inner}"

    def side(node: Expr) -> str:
        text = render(node)
        return f"({text})" if isinstance(node, Binary | Unary) and not (
            isinstance(node, Unary) and node.op == "-") else text

    return f"{side(expr.left)} {expr.op} {side(expr.right)}"


def render_effect(effect: Effect) -> str:
    """Canonical text of an effect."""
    return f"{effect.target} {effect.op} {render(effect.value)}"
