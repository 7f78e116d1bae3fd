"""YAML in and out, with errors that point at the file, line and field.

Loading and dumping use PyYAML's libyaml bindings (about ten times faster than pure
Python, which matters for 100-episode series). Only when something is wrong do we
re-parse with ruamel's round-trip loader, which remembers where every key and item
sits, so the error can say "line 42, field scenes[0].beats[1].lines[2].speaker".
Booleans are YAML 1.2's (true/false only): a line that says "No" stays a string.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

import yaml as pyyaml
from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from microdrama.errors import InputError
from microdrama.files import read_text

M = TypeVar("M", bound=BaseModel)


def _yaml(typ: str = "rt") -> YAML:
    yaml = YAML(typ=typ)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


_BaseLoader = getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)
_BaseDumper = getattr(pyyaml, "CSafeDumper", pyyaml.SafeDumper)
_BOOL = "tag:yaml.org,2002:bool"


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader with YAML 1.2 booleans (yes/no/on/off stay strings) that refuses a key
    written twice in one mapping (YAML forbids it; PyYAML would keep the last silently, and
    the first value — a speaker, a line's text — would be lost without a word)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        first: dict[Any, Any] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                seen = first.setdefault(key, key_node.start_mark)
            except TypeError:  # an unhashable key: the base constructor says so
                continue
            if seen is not key_node.start_mark:
                raise pyyaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    f"found duplicate key {key!r} (first at line {seen.line + 1})",
                    key_node.start_mark)
        return super().construct_mapping(node, deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


class _Dumper(_BaseDumper):  # type: ignore[misc,valid-type]
    """Block-style dumper that indents lists under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _syntax_error(error: Exception, file: str | Path) -> InputError:
    """One InputError for a syntax error from either YAML library."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is None:
        return InputError(f"invalid YAML: {error}", file=file, fix="correct the YAML syntax")
    problem = (getattr(error, "problem", None) or getattr(error, "context", None)
               or "invalid YAML").strip()
    context = (getattr(error, "context", None) or "").strip()
    opened = getattr(error, "context_mark", None)
    if opened is not None and "end of stream" in problem:
        # The parser ran to the end of the file looking for what closes something (a
        # quote, a bracket): the place to fix is where that thing was opened.
        what = "a quote" if "quoted scalar" in context else "something"
        return InputError(
            f"invalid YAML: {what} opened here is never closed ({context})",
            file=file, where=f"line {opened.line + 1}, column {opened.column + 1}",
            fix="close it on the same line (or remove it)",
        )
    duplicate = "duplicate key" in problem
    return InputError(
        f"invalid YAML: {problem}",
        file=file,
        where=f"line {mark.line + 1}, column {mark.column + 1}",
        fix=("keep one of the two (a key is written once in each mapping)" if duplicate
             else "correct the YAML syntax there (indentation, quotes, colons)"),
    )


def parse_yaml(text: str, file: str | Path) -> Any:
    """Parse YAML text; syntax errors become an InputError with line and column."""
    try:
        return pyyaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except pyyaml.YAMLError as error:
        raise _syntax_error(error, file) from None


def parse_yaml_located(text: str, file: str | Path) -> Any:
    """Parse YAML keeping positions (slow; for error messages)."""
    try:
        return _yaml().load(text)
    except (MarkedYAMLError, YAMLError) as error:
        raise _syntax_error(error, file) from None


def field_path(loc: tuple[Any, ...]) -> str:
    """``('scenes', 0, 'id')`` → ``scenes[0].id``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def locate(text: str, loc: tuple[Any, ...]) -> int | None:
    """1-based line in YAML ``text`` of the deepest node on ``loc``, or None."""
    try:
        data = parse_yaml_located(text, "")
    except InputError:
        return None
    line: int | None = None
    node = data
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            break
    if line is None and isinstance(data, CommentedMap | CommentedSeq):
        line = data.lc.line + 1
    return line


def validate(model: type[M], data: Any, file: str | Path, *, what: str, text: str = "") -> M:
    """Validate parsed YAML against ``model``; the first problem becomes an InputError."""
    if data is None:
        raise InputError(
            f"the file is empty; expected {what}", file=file, fix=f"write {what} into it"
        )
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        line = locate(text, loc) if text else None
        where = (f"line {line}, " if line else "") + f"field {field_path(loc)}"
        message = first["msg"]
        duplicate = re.search(r"duplicate (?:\w+ )?id '([^']+)'", message)
        if duplicate and not loc and text:
            # A whole-file check: point at the second place the id is written.
            places = [n for n, row in enumerate(text.splitlines(), 1)
                      if re.search(rf"\bid:\s*['\"]?{re.escape(duplicate[1])}['\"]?\s*$", row)]
            if len(places) > 1:
                where = f"line {places[1]} (first at line {places[0]})"
                raise InputError(message, file=file, where=where,
                                 fix="give one of them another id, or delete the id line and "
                                 "let the next build assign a new one") from None
        extra = len(error.errors()) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
        if first["type"] == "extra_forbidden":
            fix = f"remove or rename {loc[-1]!r}; see the {what} fields in docs/project-format.md"
        elif first["type"] == "missing":
            fix = f"add the field {loc[-1]!r}"
        else:
            fix = f"correct the value of {field_path(loc)}"
        raise InputError(f"{message}{more}", file=file, where=where, fix=fix) from None


def load_model(model: type[M], path: Path, *, what: str) -> M:
    """Read, parse and validate a YAML file as ``model``."""
    text = read_text(path)
    return validate(model, parse_yaml(text, path), path, what=what, text=text)


def dump_yaml(data: Any) -> str:
    """YAML text for plain data (block style, Unicode kept)."""
    return pyyaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                       default_flow_style=False, width=4096)


def dump_model(model: BaseModel, header: str = "") -> str:
    """YAML text for a model; fields at their defaults are left out to keep files short."""
    data = model.model_dump(mode="json", exclude_defaults=True)
    text = dump_yaml(data)
    return (header + text) if header else text


def dump_located(data: Any) -> str:
    """YAML text for data parsed by ``parse_yaml_located`` (comments and layout kept)."""
    import io

    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()
