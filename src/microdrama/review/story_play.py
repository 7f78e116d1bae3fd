"""Playing a story graph out: every reachable (segment, state) pair up to the pack's
bound, the findings only a played-out story shows (conditions that never hold, options
all hidden, loops that trap under state) and the numbers (endings reachable, shortest
and longest path)."""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import product

from microdrama.domain.expressions import (
    Const,
    UnsetVariable,
    Value,
    VarType,
    apply_effect,
    evaluate,
)
from microdrama.domain.findings import Finding, Severity
from microdrama.domain.story import Segment, StoryGraph
from microdrama.formats.interactive import InteractivePack
from microdrama.review.graph_walk import loops, reach

SOURCE = "subtitles-localization-interactive.md 'Graph checks'"
State = tuple[tuple[str, Value], ...]
Pair = tuple[str, State]


@dataclass
class GraphNumbers:
    """What the enumeration measured (first playthrough: persistent flags at their start)."""

    endings: int
    endings_reachable: list[str]
    states: int
    complete: bool
    shortest_segments: int | None = None
    longest_segments: int | None = None  #: None: no ending, or a loop makes it unbounded
    shortest_ms: int | None = None
    longest_ms: int | None = None
    looping: bool = False

    def as_json(self) -> dict[str, object]:
        """Plain data for reports."""
        return dict(self.__dict__)


@dataclass
class GraphFindings:
    """Findings of one graph, each (rule, target) once."""

    graph: StoryGraph
    rules: InteractivePack
    findings: list[Finding] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)

    def add(self, rule: str, severity: Severity, target: str, message: str, fix: str) -> None:
        if (rule, target) in self.seen:
            return
        self.seen.add((rule, target))
        self.findings.append(Finding(rule=f"graph.{rule}", severity=severity, target=target,
                                     message=message, fix=fix, source=SOURCE))


def _start_states(graph: StoryGraph, replays: bool) -> list[dict[str, Value]]:
    """The state at the start of a first playthrough, and with ``replays`` every mix of
    values the flags can keep from earlier ones (their start, or any constant set)."""
    first = graph.initial_state()
    if not replays:
        return [first]
    flags = [v for v in graph.variables if v.persistent]
    choices: list[list[Value]] = []
    for flag in flags:
        values = [flag.default]
        for _, option in graph.options():
            for effect in option.changes:
                if (effect.target == flag.name and effect.op == "="
                        and isinstance(effect.value, Const) and effect.value.value not in values):
                    values.append(effect.value.value)
        choices.append(values)
    return [{**first, **dict(zip([f.name for f in flags], combo, strict=True))}
            for combo in product(*choices)]


def _shown(segment: Segment, state: dict[str, Value]) -> list[bool]:
    out = []
    for option in segment.options():
        when = option.when
        try:
            out.append(when is None or bool(evaluate(when, state)))
        except UnsetVariable:
            out.append(False)
    return out


def _explore(graph: StoryGraph, by_id: dict[str, Segment], starts: list[dict[str, Value]],
             limit: int) -> tuple[dict[Pair, list[Pair]], bool]:
    """Reachable (segment, state) pairs and their successors; False when cut at ``limit``."""
    edges: dict[Pair, list[Pair]] = {}
    queue: deque[Pair] = deque()
    for state in starts:
        pair = (graph.start, tuple(sorted(state.items())))
        if pair not in edges:
            edges[pair] = []
            queue.append(pair)
    while queue:
        ident, frozen = pair = queue.popleft()
        segment, state = by_id[ident], dict(frozen)
        nexts: list[Pair] = []
        if segment.next in by_id:
            nexts.append((segment.next, frozen))
        for option, shown in zip(segment.options(),
                                 _shown(segment, state), strict=True):
            if not shown or option.target not in by_id:
                continue
            after = state
            try:
                for effect in option.changes:
                    after = apply_effect(effect, after)
            except UnsetVariable:
                continue
            nexts.append((option.target, tuple(sorted(after.items()))))
        edges[pair] = nexts
        for nxt in nexts:
            if nxt not in edges:
                if len(edges) >= limit:  # cut: keep only edges between pairs found
                    return {p: [n for n in ns if n in edges] for p, ns in edges.items()}, False
                edges[nxt] = []
                queue.append(nxt)
    return edges, True


def play(checks: GraphFindings, by_id: dict[str, Segment],
          typed: dict[str, VarType] | None) -> GraphNumbers:
    graph = checks.graph
    endings = graph.endings()
    numbers = GraphNumbers(endings=len(endings), endings_reachable=[], states=0, complete=False)
    if typed is None or graph.start not in by_id:
        return numbers
    limit = checks.rules.analysis.max_states
    every, complete = _explore(graph, by_id, _start_states(graph, True), limit)
    if not complete:
        checks.add("state-bound", "info", graph.id,
                   f"stopped after {limit} (scene, state) pairs: the checks that play the "
                   "story out are incomplete and its numbers are lower bounds",
                   "bound counters that grow in a loop (e.g. stop a loop once trust >= 5)")
    _state_findings(checks, by_id, every, complete)
    first, first_complete = _explore(graph, by_id, _start_states(graph, False), limit)
    numbers.states, numbers.complete = len(first), first_complete
    reached = {ident for ident, _ in first}
    numbers.endings_reachable = [e.id for e in endings if e.id in reached]
    _paths(numbers, graph, by_id, first)
    return numbers


def _state_findings(checks: GraphFindings, by_id: dict[str, Segment],
                    edges: dict[Pair, list[Pair]], complete: bool) -> None:
    shown_ever: set[str] = set()
    for ident, frozen in edges:
        segment, state = by_id[ident], dict(frozen)
        if segment.choice is None:
            continue
        shown = _shown(segment, state)
        options = segment.choice.options
        shown_ever.update(o.id for o, s in zip(options, shown, strict=True) if s)
        if options and not any(shown):
            checks.add("all-hidden", "error", ident,
                       f"every option after {ident} is hidden when {_describe(state)}",
                       "give one option no condition, or make the conditions cover every state")
        elif (segment.choice.default < len(options) and any(shown)
              and not shown[segment.choice.default]):
            checks.add("default-hidden", "warning", options[segment.choice.default].id,
                       f"the default option is hidden when {_describe(state)}; a timeout then "
                       "takes the first option shown",
                       "make an always-shown option the default")
    if not complete:
        return
    reached = {ident for ident, _ in edges}
    for ident in reached:
        for option in by_id[ident].options():
            if option.id not in shown_ever:
                checks.add("unsatisfiable", "warning", option.id,
                           f"the condition `{option.condition}` never holds when {ident} ends",
                           "loosen the condition, or set what it needs on the way there")
    structural = {f.target for f in checks.findings if f.rule == "graph.unreachable"}
    for segment in checks.graph.segments:
        if segment.id not in reached and segment.id not in structural:
            checks.add("unreachable", "warning", segment.id,
                       f"every path to {segment.id} is closed by a condition",
                       "loosen the conditions on the way to it, or delete it")
    # Trapped under state: pairs that reach no ending, on a loop.
    back: dict[Pair, list[Pair]] = {p: [] for p in edges}
    for pair, nexts in edges.items():
        for nxt in nexts:
            back[nxt].append(pair)
    ends = [p for p in edges if by_id[p[0]].ending is not None]
    can_end = reach(ends, lambda p: back[p])
    trapped = {p for p in edges if p not in can_end}
    if any(f.rule in ("graph.trap-cycle", "graph.dead-end", "graph.all-hidden")
           for f in checks.findings):
        return  # the structural cause is reported already
    for loop in loops(trapped, lambda p: [n for n in edges[p] if n in trapped]):
        members = sorted({ident for ident, _ in loop})
        first = next(s.id for s in checks.graph.segments if s.id in members)
        checks.add("trap-cycle", "error", first,
                   f"with the state it carries, the loop {' → '.join(members)} never reaches "
                   "an ending", "make a way out of the loop that some state always allows")


def _describe(state: dict[str, Value]) -> str:
    if not state:
        return "the story starts"
    return ", ".join(f"{k} = {str(v).lower() if isinstance(v, bool) else repr(v)}"
                     for k, v in sorted(state.items()))


def _paths(numbers: GraphNumbers, graph: StoryGraph, by_id: dict[str, Segment],
           edges: dict[Pair, list[Pair]]) -> None:
    """Shortest and longest start-to-ending paths, in segments and in ms."""
    ends = {p for p in edges if by_id[p[0]].ending is not None}
    if not ends:
        return
    back: dict[Pair, list[Pair]] = {p: [] for p in edges}
    for pair, nexts in edges.items():
        for nxt in nexts:
            back[nxt].append(pair)
    useful = reach(list(ends), lambda p: back[p])
    starts = [(graph.start, tuple(sorted(graph.initial_state().items())))]
    starts = [p for p in starts if p in useful]
    if not starts:
        return
    looping = bool(loops(useful, lambda p: [n for n in edges[p] if n in useful]))
    numbers.looping = looping
    memo: dict[Pair, tuple[int, int, int, int]] = {}

    def measure(pair: Pair) -> tuple[int, int, int, int]:
        # (min segments, max segments, min ms, max ms) from pair to an ending, acyclic only.
        stack = [(pair, False)]
        while stack:
            node, expanded = stack.pop()
            if node in memo:
                continue
            nexts = [n for n in edges[node] if n in useful]
            if not expanded and any(n not in memo for n in nexts):
                stack.append((node, True))
                stack.extend((n, False) for n in nexts if n not in memo)
                continue
            ms = by_id[node[0]].duration_ms
            if node in ends or not nexts:
                memo[node] = (1, 1, ms, ms)
                continue
            parts = [memo[n] for n in nexts]
            memo[node] = (1 + min(p[0] for p in parts), 1 + max(p[1] for p in parts),
                          ms + min(p[2] for p in parts), ms + max(p[3] for p in parts))
        return memo[pair]

    if looping:
        numbers.shortest_segments = min(_shortest(s, edges, useful, ends, lambda _: 1)
                                        for s in starts)
        numbers.shortest_ms = min(_shortest(s, edges, useful, ends,
                                            lambda p: by_id[p[0]].duration_ms) for s in starts)
        return
    measured = [measure(s) for s in starts]
    numbers.shortest_segments = min(m[0] for m in measured)
    numbers.longest_segments = max(m[1] for m in measured)
    numbers.shortest_ms = min(m[2] for m in measured)
    numbers.longest_ms = max(m[3] for m in measured)


def _shortest(start: Pair, edges: dict[Pair, list[Pair]], useful: set[Pair], ends: set[Pair],
              weight: Callable[[Pair], int]) -> int:
    """Dijkstra: the least total weight of the segments on a path from start to an ending."""
    best = {start: weight(start)}
    heap = [(weight(start), repr(start), start)]
    while heap:
        cost, _, pair = heapq.heappop(heap)
        if pair in ends:
            return cost
        if cost > best.get(pair, cost):
            continue
        for nxt in edges[pair]:
            if nxt not in useful:
                continue
            total = cost + weight(nxt)
            if total < best.get(nxt, total + 1):
                best[nxt] = total
                heapq.heappush(heap, (total, repr(nxt), nxt))
    return 0


