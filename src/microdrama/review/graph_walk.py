"""Walks over any directed graph given by a step function: what can be reached, and
the loops (strongly connected parts that hold a cycle). Shared by the story checks over
segments and over (segment, state) pairs."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

N = TypeVar("N")


def reach(starts: Iterable[N], step: Callable[[N], list[N]]) -> set[N]:
    """Every node reachable from ``starts`` (the starts included)."""
    found = set(starts)
    queue = deque(found)
    while queue:
        for nxt in step(queue.popleft()):
            if nxt not in found:
                found.add(nxt)
                queue.append(nxt)
    return found


def loops(nodes: set[N], step: Callable[[N], list[N]]) -> list[set[N]]:
    """Strongly connected parts of ``nodes`` that hold a loop (Tarjan, iterative)."""
    index: dict[N, int] = {}
    low: dict[N, int] = {}
    stack: list[N] = []
    on_stack: set[N] = set()
    out: list[set[N]] = []
    counter = 0
    for root in sorted(nodes, key=repr):
        if root in index:
            continue
        work: list[tuple[N, Iterator[N]]] = [(root, iter(step(root)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(step(child))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                part: set[N] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.add(member)
                    if member == node:
                        break
                if len(part) > 1 or node in step(node):
                    out.append(part)
    return out
