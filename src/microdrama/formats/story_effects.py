"""Changes of state made as a segment plays, as imported stories write them (Ink's ``~``
outside a choice, ``<<set>>`` / ``(set:)`` in a passage, Chapbook's vars section,
Snowman's ``s.x = …``), made what the episode keeps: effects of the ways into the
segment (:func:`settle_effects`).

Why this is the same story: nothing a reader accepts shows state in text, and a
segment's options read state only after everything in it has run, so a change made
while a segment plays can run on the way in instead, before it plays. A segment that
goes straight on to the next one hands that one's changes back to its own ways in (it
always leads there); the start's changes, on the first playthrough, are its state's
start values. Segments left with nothing to show that only go on are dropped, the ways
into them going where they went.

Variables a story sets but never declares (Harlowe, Chapbook and Snowman have no
declarations) are declared with the value an unset variable reads as — false, 0 or "" —
when a change gives their type; the notes say which ones the start does not set.
"""

from __future__ import annotations

from microdrama.domain.expressions import (
    Effect,
    ExpressionTypeError,
    UnsetVariable,
    Value,
    VarType,
    apply_effect,
    infer_type,
    parse_effect,
    type_of_value,
)
from microdrama.errors import InputError
from microdrama.formats.story_draft import DraftSegment, DraftStory, DraftVariable

_ZERO: dict[VarType, Value] = {"bool": False, "int": 0, "str": ""}


def settle_effects(draft: DraftStory) -> list[str]:
    """Move every segment's changes of state onto the ways into it, declare what is set
    but undeclared, drop segments that only pass on; the notes to show the user."""
    declared = _declare_set_variables(draft)
    segments = {s.key: s for s in draft.segments}
    memo: dict[str, list[tuple[int, str]]] = {}

    def entry(key: str, stack: tuple[str, ...] = ()) -> list[tuple[int, str]]:
        if key in memo:
            return memo[key]
        segment = segments[key]
        out = list(segment.effects)
        if segment.next is not None and segment.next not in stack:
            out += entry(segment.next, (*stack, key))
        memo[key] = out
        return out

    if any(s.effects for s in draft.segments):
        for segment in draft.segments:
            for option in segment.options:
                option.effects = option.effects + [e for _, e in entry(option.target)]
        start = entry(draft.start)
        _start_values(draft, start)
        set_at_start = {parse_effect(text).target for _, text in start}
        declared = {k: v for k, v in declared.items() if k not in set_at_start}
        for segment in draft.segments:
            segment.effects = []
    _drop_pass_throughs(draft)
    values = {v.name: v.value for v in draft.variables}
    return [f"{name} is set (line {line}) but never declared: it starts as "
            f"{_shown(values[name])}, what an unset variable reads as"
            for name, line in sorted(declared.items(), key=lambda item: item[1])]


def _declare_set_variables(draft: DraftStory) -> dict[str, int]:
    """Declare variables the story sets but never declares, typed by what sets them;
    each one declared → the line that first sets it."""
    types: dict[str, VarType] = {v.name: type_of_value(v.value) for v in draft.variables}
    found: dict[str, int] = {}
    changes: list[tuple[int, Effect]] = []
    for segment in draft.segments:
        changes += [(line, parse_effect(text)) for line, text in segment.effects]
        for option in segment.options:
            changes += [(option.line, parse_effect(text)) for text in option.effects]
    progress = True
    while progress:  # x = y is typed once y is
        progress = False
        for line, effect in changes:
            if effect.target in types:
                continue
            kind: VarType | None = "int" if effect.op != "=" else None
            if kind is None:
                try:
                    kind = infer_type(effect.value, types)
                except (KeyError, ExpressionTypeError):
                    continue
            types[effect.target] = kind
            found[effect.target] = line
            progress = True
    for name, line in sorted(found.items(), key=lambda item: item[1]):
        draft.variables.append(DraftVariable(name, _ZERO[types[name]], False, line))
    return found


def _start_values(draft: DraftStory, changes: list[tuple[int, str]]) -> None:
    """The start's changes, on the first playthrough: the state's start values."""
    state: dict[str, Value] = {v.name: v.value for v in draft.variables}
    for line, text in changes:
        try:
            state = apply_effect(parse_effect(text), state)
        except UnsetVariable as unset:
            raise InputError(f"`{text}` at the start reads {unset.args[0]}, which has no "
                             "value yet", file=draft.file, where=f"line {line}",
                             fix="declare the variable with a start value") from None
        except (ValueError, TypeError):
            raise InputError(f"`{text}` at the start mixes types", file=draft.file,
                             where=f"line {line}", fix="set the variable to a value of "
                             "its type") from None
    for variable in draft.variables:
        variable.value = state[variable.name]


def _drop_pass_throughs(draft: DraftStory) -> None:
    """Segments with nothing to show that only go on: the ways into them go on."""
    empty = {s.key: s.next for s in draft.segments if _passes_through(s)}
    if not empty:
        return

    def onward(key: str) -> str:
        seen: set[str] = set()
        while key in empty and key not in seen:
            seen.add(key)
            key = empty[key] or key
        return key

    kept = [s for s in draft.segments if s.key not in empty or onward(s.key) in empty]
    if len(kept) == len(draft.segments):
        return
    dropped = {s.key for s in draft.segments} - {s.key for s in kept}
    for segment in kept:
        if segment.next in dropped:
            segment.next = onward(segment.next)
        for option in segment.options:
            option.target = onward(option.target)
    if draft.start in dropped:
        draft.start = onward(draft.start)
        start = next(s for s in kept if s.key == draft.start)
        kept = [start] + [s for s in kept if s is not start]
    draft.segments = kept


def _passes_through(segment: DraftSegment) -> bool:
    return (not segment.items and not segment.meta and not segment.options
            and segment.ending is None and segment.next is not None
            and segment.next != segment.key)


def _shown(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)

