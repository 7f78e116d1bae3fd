"""What a stage is: a name, a version, items with cache keys, and a pure ``run``.

A stage plans one ``Work`` per item from the project as it is on disk (so its key
covers exactly the inputs it reads), and ``run`` turns a Work into bytes for each of
its outputs. ``run`` is a static function of the Work alone so that it can run in a
thread or another process and be retried or resumed.

Stages whose outputs are **owned** write text the user then owns (series.yaml,
episodes/*.yaml): written once, never overwritten unless the user forces the stage.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    from microdrama.engine.context import BuildContext


class State(StrEnum):
    """Where one item stands."""

    FRESH = "fresh"  # outputs exist and match the current key
    STALE = "stale"  # outputs exist but an input changed: will rebuild
    MISSING = "missing"  # never built
    EDITED = "edited"  # owned text the user changed: kept
    OUTDATED = "outdated"  # owned text whose inputs changed since written: kept
    BLOCKED = "blocked"  # cannot plan until an upstream item exists
    PENDING = "pending"  # fresh now, but an upstream item it reads will rebuild first


class Blocked(Exception):
    """Raised by ``Stage.plan`` when an item cannot be planned yet.

    An internal signal, not an error: the builder catches it wherever it plans and
    reports the item as blocked (it is built once its inputs exist), so it never reaches
    the user."""


class Blobs(Protocol):
    """Where a running item finds the bytes of its inputs, by content hash (a local
    store's files here; a cluster's object store for a remote executor)."""

    def path(self, digest: str) -> Path:
        """A local file holding the blob ``digest``."""
        ...


@dataclass(frozen=True)
class Work:
    """One stage item, ready to run: its key, what it needs, where its outputs go.

    ``inputs`` names the files the item reads by content hash (``ctx.input`` puts them
    in the store at plan time): ``run`` opens them with ``input_path``/``input_bytes``
    and nothing else, so the item can run wherever the store's blobs can be reached.
    The executor attaches ``blobs`` just before it runs the item."""

    stage: str
    item: str
    key: str
    payload: Any
    outputs: dict[str, str]  # output name → project-relative path
    provider: str = ""
    inputs: dict[str, str] = field(default_factory=dict)  # input name → content hash
    blobs: Blobs | None = field(default=None, compare=False)
    #: Items of later stages (as their stages plan them) that this run can make as well,
    #: for less than apart: a locale's shot is drawn once for the file with its captions
    #: and for the clean one. Each keeps its own stage, item, key and outputs. The builder
    #: leaves one here only when this build would run it (not kept, not in the store, its
    #: stage planned and not forced), so nothing is made twice or ahead of need; ``run``
    #: returns its outputs in ``Produced.siblings``, the builder stores them under its key,
    #: and its stage then finds them there (restored, not run).
    siblings: tuple[Work, ...] = ()

    def input_path(self, name: str) -> Path:
        """A local file with the bytes of input ``name``."""
        if name not in self.inputs:
            raise KeyError(f"{self.stage} {self.item} declared no input {name!r}")
        if self.blobs is None:
            raise RuntimeError(f"{self.stage} {self.item} runs without a blob store attached")
        return self.blobs.path(self.inputs[name])

    def input_bytes(self, name: str) -> bytes:
        """The bytes of input ``name``."""
        return self.input_path(name).read_bytes()

    def input_copy(self, name: str, folder: Path, filename: str) -> Path:
        """Input ``name`` as ``folder/filename``, for a provider that sends a file by its
        name (an upload's filename tells the service its type)."""
        target = folder / filename
        target.write_bytes(self.input_bytes(name))
        return target


@dataclass(frozen=True)
class Produced:
    """What ``run`` returns: bytes per output name, plus metadata for the run log."""

    blobs: dict[str, bytes]
    #: USD; None when a provider could not say (no price known).
    cost_usd: float | None = 0.0
    meta: dict[str, Any] = field(default_factory=dict)
    #: A sibling's key → bytes per output name (``Work.siblings``).
    siblings: dict[str, dict[str, bytes]] = field(default_factory=dict)


class Stage(ABC):
    """Base of every stage."""

    name: ClassVar[str]
    version: ClassVar[int]
    description: ClassVar[str]
    owned: ClassVar[bool] = False
    #: Names of the stages whose outputs this stage reads; None = every stage before it.
    #: Stages that do not read each other run side by side in one worker pool.
    after: ClassVar[tuple[str, ...] | None] = None
    #: Items depend on the items before them (each reads what the previous wrote).
    sequential: ClassVar[bool] = False
    #: "thread" for light or I/O-bound work, "process" for CPU-heavy work.
    executor: ClassVar[str] = "thread"
    #: The provider capability the stage calls (writer, painter, …), or None.
    capability: ClassVar[str | None] = None

    def executor_for(self, ctx: BuildContext) -> str:
        """Where this build runs the stage's items: a stage that calls a remote service
        waits on the network, so it runs in threads (where the provider's concurrency
        limit holds for the whole build) even if its offline engine needs processes."""
        if self.capability is not None:
            provider = ctx.settings.providers.provider_for(self.capability)
            if provider and provider.partition(":")[0] != "offline":
                return "thread"
        return self.executor

    def check_ready(self, ctx: BuildContext) -> None:
        """Called once before the first item of this stage runs in a build.

        Provider stages make their provider here (settings and keys checked, nothing
        sent), so a missing key stops the build before any work with a clear message.
        """
        if self.capability is not None:
            from microdrama.engine.providing import check_provider

            check_provider(ctx, self.capability)

    def warm(self, ctx: BuildContext) -> None:
        """Load in this process what ``run`` loads on its first call (a dictionary, a
        model), so that the items of later builds — run here, or in workers forked from
        here — start warm. A resident build (``microdrama watch``) calls it once; a
        build that runs once and exits does not. Changes no output. Most stages have
        nothing to load: this one does nothing."""
        return None

    @staticmethod
    def warm_worker() -> None:
        """Run once in each worker of a resident pool before it takes items: do in
        miniature what ``run`` does first (open an encoder, touch the memory it uses), so
        the worker's first item runs as fast as its later ones. Changes no output."""
        return None

    @abstractmethod
    def items(self, ctx: BuildContext) -> list[str]:
        """Item ids this stage has for the context's selection, in order."""

    @abstractmethod
    def plan(self, ctx: BuildContext, item: str) -> Work:
        """The Work for ``item``; raise Blocked when an upstream output is missing."""

    @staticmethod
    @abstractmethod
    def run(work: Work) -> Produced:
        """Produce the outputs of one item. Pure: reads nothing but ``work``."""
