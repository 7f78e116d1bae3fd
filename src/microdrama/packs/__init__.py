"""Data packs: phrase banks, prompts, rule tables, vendors, workflows — data, not code.

Every pack is one file ``<kind>/<name>.<ext>`` under this package (a ``name`` may hold a
``/``: ``prompts/en/system.md`` is kind ``prompts``, name ``en/system``), read by this one
loader. It parses by extension (``.yaml``, ``.toml``, ``.json``; ``.md`` is text) and
validates against the pydantic schema its owner passes in (the schema lives with the
code that uses the data), so a broken pack fails naming the file, the field and the fix.

A project may replace a built-in pack with its own ``packs/<kind>/<name>.<ext>`` (the
whole file, no merging; its extension may differ). Which packs a caller reads is a
:class:`Packs` value — the project's replacement files, read once by
:func:`project_packs` from the build context or the provider config's ``project_dir``
and passed down, never looked up behind the caller's back. A replacement changes
outputs, so :meth:`Packs.digest` gives their content hash for cache keys ('' when the
project replaces nothing of those kinds, so keys stay as they were without one).
Only the kinds in :data:`OVERRIDABLE` reach every reader so far; a project file of any
other kind is refused with the reason rather than silently ignored.
"""

from __future__ import annotations

import difflib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml
from pydantic import BaseModel, ValidationError

from microdrama.errors import InputError
from microdrama.hashing import canonical_json, content_hash

try:  # the C loader is ~10x faster on the large phrase banks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

M = TypeVar("M", bound=BaseModel)

#: File types a pack may be, in the order a built-in pack is looked for.
EXTENSIONS = ("yaml", "toml", "json", "md")
#: Kinds a project's packs/ may replace: every reader of these is given the project's
#: packs and every cache key that depends on them folds in their digest.
OVERRIDABLE = frozenset({"craft", "prompts", "compliance"})
#: Notes beside packs, not packs.
_NOT_PACKS = frozenset({"README.md"})
_BUILTIN_LABEL = "microdrama/packs/{} (built in)"


class PackError(InputError):
    """A pack is missing, does not parse or does not fit its schema."""


@dataclass(frozen=True)
class Packs:
    """The packs a reader sees: the built-in ones, with a project's replacements over them.

    ``files`` holds each replacement as (``kind/name.ext``, text); ``folder`` is where
    they were read from (for messages only: a Packs carried in a Work is location-free).
    """

    files: tuple[tuple[str, str], ...] = ()
    folder: str = field(default="", compare=False)

    def replacement(self, kind: str, name: str) -> tuple[str, str] | None:
        """(relative file, text) of the project's pack ``kind/name``, or None."""
        stem = f"{kind}/{name}."
        for relative, text in self.files:
            if relative.startswith(stem) and relative[len(stem):] in EXTENSIONS:
                return relative, text
        return None

    def only(self, *kinds: str) -> Packs:
        """These packs restricted to the replacements of ``kinds``."""
        chosen = tuple(f for f in self.files if f[0].partition("/")[0] in kinds)
        return Packs(chosen, self.folder)

    def digest(self, *kinds: str) -> str:
        """Content hash of the replacements of ``kinds`` (all when none named), '' if none."""
        chosen = self.only(*kinds) if kinds else self
        return content_hash(canonical_json(dict(chosen.files))) if chosen.files else ""

    def to_json(self) -> dict[str, str]:
        """The replacements as ``{kind/name.ext: text}`` (to carry in a Work payload)."""
        return dict(self.files)

    @classmethod
    def from_json(cls, data: Mapping[str, str] | None) -> Packs:
        """The Packs that :meth:`to_json` wrote ({} or None: the built-in packs)."""
        return cls(tuple(sorted((data or {}).items())))

    def label(self, relative: str) -> str:
        """How messages name the project file ``relative`` (``kind/name.ext``)."""
        if self.folder:
            return str(Path(self.folder) / relative)
        return f"packs/{relative} (the project's)"


#: Only the packs that ship with microdrama.
BUILTIN = Packs()


# --- reading ---------------------------------------------------------------------------


@cache
def _builtin_file(kind: str, name: str) -> str | None:
    """``kind/name.ext`` of the built-in pack, None if there is none."""
    *folders, stem = name.split("/")
    where = resources.files(__name__).joinpath(kind, *folders)
    for extension in EXTENSIONS:
        if where.joinpath(f"{stem}.{extension}").is_file():
            return f"{kind}/{name}.{extension}"
    return None


def _source(kind: str, name: str, packs: Packs) -> tuple[str, str, str]:
    """(label for messages, extension, text) of the pack a reader of ``packs`` sees."""
    replaced = packs.replacement(kind, name)
    if replaced is not None:
        relative, text = replaced
        return packs.label(relative), relative.rpartition(".")[2], text
    builtin = _builtin_file(kind, name)
    if builtin is None:
        known = ", ".join(pack_names(kind)) or "none"
        raise PackError(f"no pack {kind}/{name}", where="microdrama/packs",
                        fix=f"packs of kind {kind!r}: {known}")
    return _BUILTIN_LABEL.format(builtin), builtin.rpartition(".")[2], _builtin_text(builtin)


@cache
def _builtin_text(relative: str) -> str:
    return resources.files(__name__).joinpath(*relative.split("/")).read_text("utf-8")


@cache
def _parse(label: str, extension: str, text: str) -> Any:
    """The parsed text (cached: treat it as read-only); PackError naming the line if not."""
    fix = f"correct the {extension.upper()} syntax"
    try:
        if extension == "yaml":
            return yaml.load(text, Loader=_Loader)
        if extension == "toml":
            return tomllib.loads(text)
        if extension == "json":
            return json.loads(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        raise PackError(f"not valid YAML: {problem}", file=label, where=where, fix=fix) from None
    except tomllib.TOMLDecodeError as error:
        raise PackError(f"not valid TOML: {error}", file=label, fix=fix) from None
    except json.JSONDecodeError as error:
        raise PackError(f"not valid JSON: {error.msg}", file=label,
                        where=f"line {error.lineno}", fix=fix) from None
    return text  # .md: the text is the pack


def read_pack(kind: str, name: str, *, packs: Packs = BUILTIN) -> Any:
    """The parsed pack ``kind/name`` as ``packs`` give it, not validated (for digests;
    readers use :func:`load_pack`). Cached: treat it as read-only."""
    return _parse(*_source(kind, name, packs))


def pack_text(kind: str, name: str, *, packs: Packs = BUILTIN) -> str:
    """The text of pack ``kind/name`` (a prompt template) as ``packs`` give it."""
    return _source(kind, name, packs)[2]


def load_pack(kind: str, name: str, schema: type[M], *, packs: Packs = BUILTIN) -> M:
    """Pack ``kind/name`` as ``packs`` give it, validated against ``schema``.

    Raises :class:`PackError` naming the file, the field and the fix when it does not
    parse or fit. Cached per (kind, name, schema, packs): treat the result as read-only.
    """
    return cast(M, _load(kind, name, schema, packs))


@cache
def _load(kind: str, name: str, schema: type[BaseModel], packs: Packs) -> BaseModel:
    label, extension, text = _source(kind, name, packs)
    data = _parse(label, extension, text)
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"]) or "the top level"
        more = error.error_count() - 1
        problem = f"does not fit the {kind} pack schema: {first['msg']}" + (
            f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")
        builtin = _builtin_file(kind, name)
        model = f"the built-in {builtin}" if builtin else f"{schema.__name__}"
        raise PackError(problem, file=label, where=f"field {place}",
                        fix=f"follow the shape of {model}") from None


def pack_names(kind: str) -> list[str]:
    """The names of the built-in packs of one kind, sorted (``en/system`` for sub-folders)."""
    root = resources.files(__name__).joinpath(kind)
    names: list[str] = []

    def walk(folder: Traversable, prefix: str) -> None:
        for entry in folder.iterdir():
            if entry.is_dir():
                walk(entry, f"{prefix}{entry.name}/")
            elif entry.name not in _NOT_PACKS and entry.name.rpartition(".")[2] in EXTENSIONS:
                names.append(prefix + entry.name.rpartition(".")[0])

    if root.is_dir():
        walk(root, "")
    return sorted(names)


# --- a project's packs -----------------------------------------------------------------


def project_packs(root: str | Path | None) -> Packs:
    """The packs a project at ``root`` gives its readers: its ``packs/`` over the built-in.

    Every file is checked now — a kind that can be replaced, a built-in pack of that
    name, text that parses — so a wrong one stops the build before anything runs, with
    the file named. Re-read only when a file changes (size or time).
    """
    if root is None:
        return BUILTIN
    folder = Path(root) / "packs"
    if not folder.is_dir():
        return BUILTIN
    found = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    stamp = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in found)
    return _read_project(str(folder), stamp)


@cache
def _read_project(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> Packs:
    files: list[tuple[str, str]] = []
    base = Path(folder)
    for raw, _, _ in stamp:
        path = Path(raw)
        relative = path.relative_to(base).as_posix()
        if path.name in _NOT_PACKS:
            continue
        kind, _, rest = relative.partition("/")
        name, _, extension = rest.rpartition(".")
        _check_place(path, kind, name, extension)
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            raise PackError("not UTF-8 text", file=path, fix="save it as UTF-8") from None
        _parse(str(path), extension, text)
        files.append((relative, text))
    return Packs(tuple(files), folder)


def _check_place(path: Path, kind: str, name: str, extension: str) -> None:
    """A project file is a pack of a replaceable kind that replaces a built-in one."""
    if not name or extension not in EXTENSIONS:
        raise PackError("not a pack file", file=path,
                        fix=f"name it packs/<kind>/<name>.<{'|'.join(EXTENSIONS)}>")
    kinds = sorted(entry.name for entry in resources.files(__name__).iterdir() if entry.is_dir()
                   and not entry.name.startswith("_"))
    if kind not in kinds:
        close = difflib.get_close_matches(kind, kinds, n=1)
        raise PackError(f"no kind of pack is called {kind!r}", file=path,
                        fix=(f"did you mean packs/{close[0]}/? " if close else "")
                        + f"replaceable kinds: {', '.join(sorted(OVERRIDABLE))}")
    if kind == "vendors":
        raise PackError("a project cannot replace the vendor pack", file=path,
                        fix="where requests go and which key they carry is yours to say, not a "
                        "project's: add vendors under [vendors.<name>] in your user config; "
                        "drama.toml may set a vendor's prices and JSON mode")
    if kind not in OVERRIDABLE:
        raise PackError(f"a project cannot replace {kind} packs yet", file=path,
                        fix=f"remove it; a project may replace {', '.join(sorted(OVERRIDABLE))} "
                        "packs (see docs/decisions/0008-packs.md)")
    names = pack_names(kind)
    if name not in names:
        close = difflib.get_close_matches(name, names, n=1)
        raise PackError(f"there is no built-in {kind} pack {name!r} to replace", file=path,
                        fix=(f"did you mean {kind}/{close[0]}? " if close else "")
                        + f"{kind} packs: {', '.join(names)}")


def with_digest(identity: Mapping[str, Any], packs: Packs, *kinds: str) -> dict[str, Any]:
    """``identity`` (a provider's, for cache keys) plus ``packs``: the digest of the
    project's replacements of ``kinds`` — unchanged when it replaces none of them, so
    a project without packs keeps its keys."""
    digest = packs.digest(*kinds)
    return {**identity, "packs": digest} if digest else dict(identity)


def builtin_path(kind: str, name: str) -> Path:
    """The built-in pack ``kind/name`` as a file path, for a reader that loads files by
    path because its users' own files are paths too (ComfyUI workflows)."""
    relative = _builtin_file(kind, name)
    if relative is None:
        raise PackError(f"no pack {kind}/{name}", where="microdrama/packs",
                        fix=f"packs of kind {kind!r}: {', '.join(pack_names(kind)) or 'none'}")
    return Path(str(resources.files(__name__).joinpath(*relative.split("/"))))
