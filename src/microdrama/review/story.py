"""Checks of a story graph, as review findings with the id of the node they are about,
and its numbers (endings reachable, shortest and longest path).

Structure first (ids, targets, reachability, dead ends, loops with no way out), then
variables (declared, typed, set before read on every path), then the graph is played
out: every reachable (segment, state) pair is enumerated, up to the pack's bound, which
finds conditions that never hold, choices whose options can all be hidden, the endings
a viewer can reach and the path lengths. Rule ids start with ``graph.``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from microdrama.domain.expressions import (
    Const,
    Effect,
    Expr,
    ExpressionTypeError,
    VarType,
    effect_reads,
    infer_type,
    names_read,
    type_of_value,
)
from microdrama.domain.findings import Finding
from microdrama.domain.script import Episode
from microdrama.domain.story import Segment, StoryGraph, graph_of
from microdrama.formats.interactive import InteractivePack
from microdrama.formats.subtitle_profiles import SubtitleProfile
from microdrama.review.craft import Craft
from microdrama.review.graph_walk import loops, reach
from microdrama.review.story_play import SOURCE, GraphFindings, GraphNumbers, play


def check_graph(graph: StoryGraph, rules: InteractivePack,
                reading_ms: Callable[[str], int]) -> tuple[list[Finding], GraphNumbers]:
    """Findings about ``graph`` and its numbers; ``reading_ms`` says how long a label
    takes to read (the subtitle profile's characters per second)."""
    checks = GraphFindings(graph, rules)
    by_id = graph.by_id()
    _structure(checks, by_id)
    _choices(checks, reading_ms)
    typed = _variables(checks, by_id)
    numbers = play(checks, by_id, typed)
    return checks.findings, numbers


def _structure(checks: GraphFindings, by_id: dict[str, Segment]) -> None:
    graph = checks.graph
    seen: set[str] = set()
    for ident in [s.id for s in graph.segments] + [o.id for _, o in graph.options()]:
        if ident in seen:
            checks.add("duplicate-id", "error", ident, f"the id {ident!r} is used twice",
                       "give one of them another id")
        seen.add(ident)
    if graph.start not in by_id:
        checks.add("broken-target", "error", graph.id, f"the start {graph.start!r} is no segment",
                   "start at a segment id of the episode")
        return
    for segment in graph.segments:
        if segment.next is not None and segment.next not in by_id:
            checks.add("broken-target", "error", segment.id,
                       f"{segment.id} goes on to {segment.next!r}, which is no scene",
                       f"set next to one of {sorted(by_id)}")
        for option in segment.options():
            if option.target not in by_id:
                checks.add("broken-target", "error", option.id,
                           f"option {option.label!r} goes to {option.target!r}, which is no scene",
                           f"set goto to one of {sorted(by_id)}")
    reachable = reach([graph.start], lambda s: [t for t in by_id[s].targets() if t in by_id])
    for segment in graph.segments:
        if segment.id not in reachable:
            checks.add("unreachable", "warning", segment.id,
                       f"no path from the start ({graph.start}) reaches {segment.id}",
                       "point a choice or a next at it, or delete it")
        elif not segment.targets() and segment.ending is None:
            checks.add("dead-end", "error", segment.id,
                       f"{segment.id} neither ends the story nor goes on: the viewer is stuck",
                       "give it choices, a next scene, or an ending")
    # Loops with no way out: reachable segments from which no ending can be reached and
    # that are not stuck because of a dead end further on.
    back: dict[str, list[str]] = {s: [] for s in by_id}
    for ident, segment in by_id.items():
        for target in segment.targets():
            if target in back:
                back[target].append(ident)
    ending_ids = [s.id for s in by_id.values() if s.ending is not None]
    can_end = reach(ending_ids, lambda s: back[s])
    trapped = {s for s in reachable if s not in can_end}
    for component in loops(trapped, lambda s: [t for t in by_id[s].targets() if t in trapped]):
        first = next(s.id for s in checks.graph.segments if s.id in component)
        checks.add("trap-cycle", "error", first,
                   f"the loop {' → '.join(sorted(component))} has no way out to an ending",
                   "give one of its scenes a choice that leads towards an ending")


def _choices(checks: GraphFindings, reading_ms: Callable[[str], int]) -> None:
    rules = checks.rules.choice
    for segment in checks.graph.segments:
        choice = segment.choice
        if choice is None:
            continue
        count = len(choice.options)
        if not rules.min_options <= count <= rules.max_options:
            checks.add("options", "error", segment.id,
                       f"the choice after {segment.id} has {count} option"
                       f"{'' if count == 1 else 's'}; a choice offers "
                       f"{rules.min_options}–{rules.max_options}",
                       "use next: for a single way on, or split the options" if count < 2
                       else "cut options down, or chain two choices")
        needed = sum(reading_ms(option.label) for option in choice.options)
        if choice.window_ms < needed:
            checks.add("window-short", "warning", segment.id,
                       f"the {choice.window_ms} ms window is shorter than the {needed} ms its "
                       "options take to read",
                       f"shorten the labels or set window_ms: {(needed + 999) // 1000 * 1000}")
        if choice.default >= count:
            checks.add("broken-target", "error", segment.id,
                       f"the default option {choice.default} is not one of its {count}",
                       "mark one of the options default: true")


def _variables(checks: GraphFindings, by_id: dict[str, Segment]) -> dict[str, VarType] | None:
    """Types of every variable; findings for undeclared ones, type errors and reads
    before a set on some path. None when the types do not hold (no enumeration then)."""
    graph = checks.graph
    types: dict[str, VarType] = {v.name: v.type for v in graph.variables}
    declared = set(types)
    ok = True
    for _segment, option in graph.options():  # undeclared: typed from their first set
        for effect in option.changes:
            if effect.target not in types and effect.op == "=" and isinstance(effect.value, Const):
                types[effect.target] = type_of_value(effect.value.value)
    for _segment, option in graph.options():
        used = names_read(option.when) if option.when else set()
        for effect in option.changes:
            used |= effect_reads(effect) | {effect.target}
        for name in sorted(used - declared):
            ok = False
            checks.add("undeclared", "error", option.id,
                       f"{name!r} is not declared in the episode's state or flags",
                       f"declare it with its starting value, e.g. state: {{{name}: 0}}")
        problem = _type_problem(option.when, option.changes, types)
        if problem:
            ok = False
            checks.add("type", "error", option.id, problem,
                       "compare numbers with numbers, strings with strings; and/or/not take "
                       "true/false")
    _read_before_set(checks, by_id, declared)
    return types if ok else None


def _type_problem(when: Expr | None, changes: list[Effect], types: dict[str, VarType]) -> str:
    try:
        if when is not None and infer_type(when, types) != "bool":
            return "the condition is not true/false"
        for effect in changes:
            value = infer_type(effect.value, types)
            want = types.get(effect.target)
            if want is None:
                continue  # an undeclared variable: reported as graph.undeclared
            if effect.op != "=" and (want != "int" or value != "int"):
                return f"'{effect.op}' adds numbers: {effect.target} is a {want}"
            if want is not None and value != want:
                return f"{effect.target} is a {want} but is set to a {value}"
    except ExpressionTypeError as error:
        return str(error)
    except KeyError:
        return ""  # an undeclared variable: reported as graph.undeclared
    return ""


def _read_before_set(checks: GraphFindings, by_id: dict[str, Segment], declared: set[str]) -> None:
    """Must-be-set analysis: a variable read on an option is set on every path to it."""
    graph = checks.graph
    every = declared | {e.target for _, o in graph.options() for e in o.changes}
    entry: dict[str, set[str]] = {s: set(every) for s in by_id}
    if graph.start not in entry:
        return
    entry[graph.start] = set(declared)
    changed = True
    while changed:
        changed = False
        for ident, segment in by_id.items():
            flows = [(segment.next, set(entry[ident]))] if segment.next else []
            for option in segment.options():
                defined = set(entry[ident])
                for effect in option.changes:
                    defined.add(effect.target)
                flows.append((option.target, defined))
            for target, defined in flows:
                if target in entry and target != graph.start and not entry[target] <= defined:
                    entry[target] &= defined
                    changed = True
    reachable = reach([graph.start], lambda s: [t for t in by_id[s].targets() if t in by_id])
    for ident in (s.id for s in graph.segments if s.id in reachable):
        for option in by_id[ident].options():
            defined = set(entry[ident])
            reads = names_read(option.when) if option.when else set()
            missing = reads - defined
            for effect in option.changes:
                missing |= effect_reads(effect) - defined
                defined.add(effect.target)
            for name in sorted(missing):
                checks.add("read-before-set", "error", option.id,
                           f"{name!r} is read here but not set on some path to {ident}",
                           f"declare {name} with a starting value, or set it on every path")


def estimated_durations(episode: Episode, craft: Craft) -> dict[str, int]:
    """Scene id → how long the offline voice and timing make it, in ms (the craft pack's
    measured speed): the durations the path numbers use before anything is timed."""
    out = {}
    for scene in episode.scenes:
        lines = [line for beat in scene.beats for line in beat.lines]
        size = sum(craft.fill_size(line.text) for line in lines)
        seconds = craft.running_seconds(size, lines=len(lines), beats=len(scene.beats))
        out[scene.id] = round(seconds * 1000)
    return out


def review_story(episode: Episode, craft: Craft, rules: InteractivePack,
                 profile: SubtitleProfile) -> tuple[list[Finding], GraphNumbers | None]:
    """The graph findings and numbers of an interactive episode; ([], None) for a linear one."""
    if not episode.branching:
        return [], None
    graph = graph_of(episode, window_ms=rules.choice.window_ms,
                     durations=estimated_durations(episode, craft))
    findings, numbers = check_graph(graph, rules, lambda text: reading_ms(text, profile))
    findings.append(Finding(rule="graph.numbers", severity="info", target=episode.id,
                            message=_numbers_message(numbers), source=SOURCE))
    return findings, numbers


def _numbers_message(numbers: GraphNumbers) -> str:
    if not numbers.states:
        return (f"{numbers.endings} endings; the story was not played out: fix the "
                "graph errors first")
    text = (f"{len(numbers.endings_reachable)} of {numbers.endings} endings reachable on a "
            f"first playthrough; {numbers.states} (scene, state) pairs"
            + ("" if numbers.complete else " (stopped at the bound)"))
    if numbers.shortest_segments is None:
        return text + "; no path reaches an ending"
    longest = ("unbounded (a loop)" if numbers.looping
               else f"{numbers.longest_segments} scenes, {_seconds(numbers.longest_ms)}")
    return (text + f"; shortest path {numbers.shortest_segments} scenes, "
            f"{_seconds(numbers.shortest_ms)}; longest {longest}")


def reading_ms(text: str, profile: SubtitleProfile) -> int:
    """How long ``text`` takes to read at the profile's adult characters per second."""
    return math.ceil(profile.width(text) / profile.cps * 1000)


def _seconds(ms: int | None) -> str:
    return "–" if ms is None else f"{ms / 1000:.1f} s"
