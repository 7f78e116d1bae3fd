"""Siblings: an item whose run makes a later stage's item as well (a locale's shot drawn
once for the file with its captions and the clean one) — each output keyed and stored
as its own item, made only when the build would otherwise run it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from microdrama.engine.builder import Builder
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.keys import cache_key
from microdrama.project.folder import create_project
from tests.conftest import make_settings


class Worded(Stage):
    """inputs/NAME.json {picture, words} → worded/NAME.txt; carries the Bare item of the
    same name as a sibling (the picture without the words)."""

    name: ClassVar[str] = "worded"
    version: ClassVar[int] = 1
    description: ClassVar[str] = "picture + words"

    def items(self, ctx: BuildContext) -> list[str]:
        return sorted(p.stem for p in ctx.project.path("inputs").glob("*.json"))

    def plan(self, ctx: BuildContext, item: str) -> Work:
        source = ctx.project.path(f"inputs/{item}.json")
        if not source.is_file():
            raise Blocked("no input")
        data = json.loads(source.read_text("utf-8"))
        runs = str(ctx.project.path("runs.log"))
        payload = {"picture": data["picture"], "words": data["words"], "runs": runs}
        work = Work(stage=self.name, item=item,
                    key=cache_key(self.name, 1, [data["picture"], data["words"]]),
                    payload=payload, outputs={"out": f"worded/{item}.txt"})
        bare = Bare().plan(ctx, item)
        return replace(work, siblings=(bare,))

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        with open(p["runs"], "a", encoding="utf-8") as log:
            log.write(f"worded {work.item} +{len(work.siblings)}\n")
        return Produced({"out": f"{p['picture']} {p['words']}".encode()},
                        siblings={s.key: {"out": s.payload["picture"].encode()}
                                  for s in work.siblings})


class Bare(Stage):
    name: ClassVar[str] = "bare"
    version: ClassVar[int] = 1
    description: ClassVar[str] = "the picture alone"
    after: ClassVar[tuple[str, ...] | None] = ("worded",)

    def items(self, ctx: BuildContext) -> list[str]:
        return Worded().items(ctx)

    def plan(self, ctx: BuildContext, item: str) -> Work:
        data = json.loads(ctx.project.path(f"inputs/{item}.json").read_text("utf-8"))
        return Work(stage=self.name, item=item, key=cache_key(self.name, 1, data["picture"]),
                    payload={"picture": data["picture"],
                             "runs": str(ctx.project.path("runs.log"))},
                    outputs={"out": f"bare/{item}.txt"})

    @staticmethod
    def run(work: Work) -> Produced:
        with open(work.payload["runs"], "a", encoding="utf-8") as log:
            log.write(f"bare {work.item}\n")
        return Produced({"out": work.payload["picture"].encode()})


def project(root: Path) -> Builder:
    created = create_project(root, make_settings())
    (root / "inputs").mkdir()
    for i in range(3):
        write(root, f"shot{i}", f"picture {i}", f"words {i}")
    return Builder(BuildContext(created), [Worded(), Bare()], jobs=1)


def write(root: Path, item: str, picture: str, words: str) -> None:
    (root / f"inputs/{item}.json").write_text(
        json.dumps({"picture": picture, "words": words}), "utf-8")


def runs(root: Path) -> list[str]:
    """What ran since the last call (and forget it)."""
    log = root / "runs.log"
    lines = log.read_text("utf-8").splitlines() if log.is_file() else []
    log.unlink(missing_ok=True)
    return sorted(lines)


def test_one_run_makes_both_items_each_stored_under_its_own_key(project_dir: Path) -> None:
    builder = project(project_dir)
    worded, bare = builder.build()
    assert runs(project_dir) == [f"worded shot{i} +1" for i in range(3)]
    assert sorted(worded.ran) == ["shot0", "shot1", "shot2"]
    assert bare.ran == [] and sorted(bare.restored) == ["shot0", "shot1", "shot2"]
    assert (project_dir / "bare/shot1.txt").read_text() == "picture 1"
    assert (project_dir / "worded/shot1.txt").read_text() == "picture 1 words 1"
    ctx = builder.ctx
    stored = builder.store.get_result(Bare().plan(ctx, "shot1").key)
    assert stored is not None and stored.meta["made_with"] == "worded shot1"
    # The run log has each item in its own stage: the made one ran, its sibling restored.
    rows = {(r.stage, r.item): r.outcome for r in builder.log.items()}
    assert rows[("worded", "shot1")] == "ran" and rows[("bare", "shot1")] == "restored"
    builder.close()


def test_an_edit_to_the_words_remakes_only_the_worded_item(project_dir: Path) -> None:
    builder = project(project_dir)
    builder.build()
    runs(project_dir)
    write(project_dir, "shot1", "picture 1", "other words")
    worded, bare = builder.build()
    assert runs(project_dir) == ["worded shot1 +0"]  # the bare picture is stored: not asked
    assert worded.ran == ["shot1"] and bare.ran == [] and bare.restored == []
    write(project_dir, "shot2", "picture two", "words 2")
    worded, bare = builder.build()
    assert runs(project_dir) == ["worded shot2 +1"]
    assert bare.restored == ["shot2"]
    assert (project_dir / "bare/shot2.txt").read_text() == "picture two"
    builder.close()


def test_a_sibling_the_build_does_not_reach_or_forces_is_not_made_with_it(
        project_dir: Path) -> None:
    builder = project(project_dir)
    builder.build(until="worded")
    assert runs(project_dir) == [f"worded shot{i} +0" for i in range(3)]
    _, bare = builder.build()
    assert runs(project_dir) == [f"bare shot{i}" for i in range(3)]  # made on its own
    write(project_dir, "shot0", "picture zero", "words")
    builder.build(force=["bare"])
    assert runs(project_dir) == ["bare shot0", "bare shot1", "bare shot2", "worded shot0 +0"]
    builder.close()


def test_a_run_that_leaves_its_sibling_out_leaves_it_to_its_stage(project_dir: Path) -> None:
    builder = project(project_dir)
    original = Worded.run

    def forgetful(work: Work) -> Produced:
        produced = original(work)
        return Produced(produced.blobs)

    Worded.run = staticmethod(forgetful)  # type: ignore[method-assign]
    try:
        _, bare = builder.build()
    finally:
        Worded.run = staticmethod(original)  # type: ignore[method-assign]
    assert sorted(bare.ran) == ["shot0", "shot1", "shot2"]
    assert (project_dir / "bare/shot0.txt").read_text() == "picture 0"
    builder.close()
