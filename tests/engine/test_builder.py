"""The engine: cache hits, staleness, owned text, failures, and resume after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from microdrama.engine.builder import Builder
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Produced, State, Work
from microdrama.engine.waves import waves
from microdrama.project.folder import Project, create_project
from tests.conftest import make_settings
from tests.engine.toy_stages import Owned, Upper


def toy_project(root: Path, count: int = 4) -> BuildContext:
    project = create_project(root, make_settings())
    (root / "inputs").mkdir()
    for i in range(count):
        (root / "inputs" / f"item{i}.txt").write_text(f"text {i}", "utf-8")
    return BuildContext(project)


def test_second_build_does_no_work_and_logs_only_cache_hits(project_dir: Path) -> None:
    ctx = toy_project(project_dir)
    builder = Builder(ctx, [Upper()])
    first = builder.build()
    assert sorted(first[0].ran) == [f"item{i}" for i in range(4)]
    assert (project_dir / "out/item2.txt").read_text() == "TEXT 2"
    second = builder.build()
    assert second[0].ran == [] and len(second[0].kept) == 4
    rows = list(builder.log.items())
    assert rows and all(r.cache_hit for r in rows)
    assert all(s.state == State.FRESH for s in builder.status())


def test_editing_one_input_marks_exactly_that_item_stale(project_dir: Path) -> None:
    ctx = toy_project(project_dir)
    builder = Builder(ctx, [Upper()])
    builder.build()
    (project_dir / "inputs/item1.txt").write_text("changed", "utf-8")
    states = {s.item: s.state for s in builder.status()}
    assert states == {"item0": State.FRESH, "item1": State.STALE, "item2": State.FRESH,
                      "item3": State.FRESH}
    report = builder.build()[0]
    assert report.ran == ["item1"]
    assert (project_dir / "out/item1.txt").read_text() == "CHANGED"


def test_reverting_an_edit_restores_from_the_cache_without_running(project_dir: Path) -> None:
    ctx = toy_project(project_dir)
    builder = Builder(ctx, [Upper()])
    builder.build()
    (project_dir / "inputs/item1.txt").write_text("changed", "utf-8")
    builder.build()
    (project_dir / "inputs/item1.txt").write_text("text 1", "utf-8")
    report = builder.build()[0]
    assert report.ran == [] and report.restored == ["item1"]
    assert (project_dir / "out/item1.txt").read_text() == "TEXT 1"


def test_deleted_output_is_restored_and_hand_edited_output_rebuilt(project_dir: Path) -> None:
    ctx = toy_project(project_dir)
    builder = Builder(ctx, [Upper()])
    builder.build()
    (project_dir / "out/item0.txt").unlink()
    (project_dir / "out/item3.txt").write_text("scribble", "utf-8")
    report = builder.build()[0]
    assert sorted(report.restored) == ["item0", "item3"] and report.ran == []
    assert (project_dir / "out/item3.txt").read_text() == "TEXT 3"


def test_a_build_reports_where_its_time_went(project_dir: Path) -> None:
    """Per stage: its wave, the planning, its longest item where it ran (benchmarks)."""
    ctx = toy_project(project_dir)
    first = Builder(ctx, [Upper()]).build()[0]
    assert first.wave == 1 and first.item_seconds > 0 and first.plan_seconds > 0
    assert first.seconds >= first.plan_seconds
    again = Builder(ctx, [Upper()]).build()[0]
    assert again.ran == [] and again.item_seconds == 0 and again.plan_seconds > 0


def test_owned_outputs_are_kept_when_edited_and_rewritten_when_forced(project_dir: Path) -> None:
    ctx = toy_project(project_dir, count=2)
    builder = Builder(ctx, [Owned()])
    builder.build()
    (project_dir / "owned/item0.txt").write_text("my own words", "utf-8")
    (project_dir / "inputs/item1.txt").write_text("new input", "utf-8")
    states = {s.item: s.state for s in builder.status()}
    assert states == {"item0": State.EDITED, "item1": State.OUTDATED}
    report = builder.build()[0]
    assert report.ran == [] and sorted(report.kept) == ["item0", "item1"]
    assert (project_dir / "owned/item0.txt").read_text() == "my own words"
    forced = builder.build(force=["owned"])[0]
    assert sorted(forced.ran) == ["item0", "item1"]
    assert (project_dir / "owned/item0.txt").read_text() == "TEXT 0"


def test_a_failing_item_keeps_the_finished_ones(project_dir: Path) -> None:
    ctx = toy_project(project_dir)
    (project_dir / "inputs/item2.txt").write_text("please FAIL", "utf-8")
    builder = Builder(ctx, [Upper()])
    try:
        builder.build()
    except Exception as error:  # noqa: BLE001
        assert "item2" in str(error) and "asked to fail" in str(error)
    else:
        raise AssertionError("the build should fail")
    assert sorted(p.name for p in (project_dir / "out").glob("*.txt")) == [
        "item0.txt", "item1.txt", "item3.txt"]
    (project_dir / "inputs/item2.txt").write_text("fine now", "utf-8")
    assert builder.build()[0].ran == ["item2"]


def test_process_pool_runs_items(project_dir: Path) -> None:
    ctx = toy_project(project_dir)

    class ProcessUpper(Upper):
        executor = "process"

    report = Builder(ctx, [ProcessUpper()], jobs=2).build()[0]
    assert len(report.ran) == 4


RUNNER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from microdrama.engine.builder import Builder
    from microdrama.engine.context import BuildContext
    from microdrama.project.folder import Project
    from tests.engine.toy_stages import Upper
    builder = Builder(BuildContext(Project.open(sys.argv[1])), [Upper()], jobs=1)
    builder.build()
    """
)


def test_resume_after_kill_9_redoes_nothing_finished(project_dir: Path, tmp_path: Path) -> None:
    toy_project(project_dir, count=12)
    script = tmp_path / "runner.py"
    script.write_text(RUNNER.format(root=str(Path(__file__).resolve().parents[2])), "utf-8")
    env = {**os.environ, "TOY_DELAY": "0.15"}
    child = subprocess.Popen([sys.executable, str(script), str(project_dir)], env=env)
    out = project_dir / "out"
    deadline = time.time() + 30
    while time.time() < deadline and len(list(out.glob("*.txt"))) < 4:
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    done_before = sorted(p.stem for p in out.glob("*.txt"))
    assert 4 <= len(done_before) < 12, "the kill should land mid-build"
    for path in out.glob("*.txt"):  # nothing torn
        assert path.read_text("utf-8") == (project_dir / "inputs" / path.name).read_text().upper()
    assert not list(out.glob(".*.tmp"))

    builder = Builder(BuildContext(Project.open(project_dir)), [Upper()])
    report = builder.build()[0]
    assert set(report.ran).isdisjoint(done_before)
    assert sorted(report.ran + report.kept + report.restored) == sorted(f"item{i}" for i in range(12))
    assert len(list(out.glob("*.txt"))) == 12



def test_stage_names_match_the_pipeline() -> None:
    from microdrama.stages import STAGE_NAMES, TEXT_STAGES, pipeline

    names = tuple(stage.name for stage in pipeline())
    assert names == STAGE_NAMES and set(TEXT_STAGES) <= set(names)
    assert len({(s.name, s.version) for s in pipeline()}) == len(names)


def test_every_stage_depends_only_on_earlier_stages() -> None:
    from microdrama.stages import pipeline

    seen: list[str] = []
    for stage in pipeline():
        assert stage.after is not None and set(stage.after) <= set(seen), stage.name
        seen.append(stage.name)


def test_a_stage_joins_the_first_wave_after_what_it_reads() -> None:
    """The mix reads voices, music and timing, not shots: it encodes beside the shots
    (a one-line rebuild runs the shot and the mix at once), and what follows a lone
    (sequential or read-everything) stage never moves before it."""
    from microdrama.stages import pipeline

    names = [s.name for s in pipeline()]  # --until X builds the stages up to X
    assert not {"segment", "mix", "episode"} & set(names[: names.index("sheet")]), (
        "the cover sheet waits for the shots")
    planned = [[s.name for s in wave] for wave in waves(pipeline())]
    where = {name: index for index, wave in enumerate(planned) for name in wave}
    assert where["mix"] == where["segment"] and where["episode"] > where["clean"] > where["segment"]
    assert planned[where["script"]] == ["script"] and all(where[n] > where["script"] for n in (
        "check", "storyboard", "voice"))
    stages = {s.name: s for s in pipeline()}
    for name, index in where.items():  # never beside or before a stage it reads
        assert all(where[r] < index for r in stages[name].after or () if r in where), name


def test_independent_stages_share_a_wave_and_dependent_ones_wait(project_dir: Path) -> None:
    class Lower(Upper):
        name = "lower"
        after = ()

        @staticmethod
        def run(work):  # noqa: ANN001, ANN205
            return Produced({"out": work.payload["text"].lower().encode()})

        def plan(self, ctx, item):  # noqa: ANN001, ANN202
            work = super().plan(ctx, item)
            return Work(stage="lower", item=item, key=work.key + "l", payload=work.payload,
                        outputs={"out": f"lower/{item}.txt"})

    class First(Upper):
        after = ()

    class Waits(Lower):
        name = "waits"
        after = ("upper",)

    planned = waves([First(), Lower(), Waits()])
    assert [[s.name for s in w] for w in planned] == [["upper", "lower"], ["waits"]]
    ctx = toy_project(project_dir, count=3)
    reports = Builder(ctx, [First(), Lower()]).build()
    assert [len(r.ran) for r in reports] == [3, 3]
    assert (project_dir / "lower/item1.txt").read_text() == "text 1"


def test_what_reads_an_episode_left_blocked_waits_instead_of_using_an_old_copy(
        project_dir: Path) -> None:
    """A stage whose input for an episode could not be made in this build (blocked) does
    not make that episode from what an earlier build left (say, a mix of a cut that no
    longer exists): it is blocked too, naming what it waits for; other episodes go on."""
    class Source(Upper):
        after = ()

        def items(self, ctx):  # noqa: ANN001, ANN202
            return ["ep001", "ep002"]

    class Reads(Upper):
        name = "reads"
        after = ("upper",)

        def items(self, ctx):  # noqa: ANN001, ANN202
            return ["ep001", "ep002"]

        def plan(self, ctx, item):  # noqa: ANN001, ANN202
            text = ctx.project.path(f"out/{item}.txt").read_text("utf-8")
            return Work(stage="reads", item=item, key=f"reads-{text}", payload={"text": text},
                        outputs={"out": f"reads/{item}.txt"})

        @staticmethod
        def run(work):  # noqa: ANN001, ANN205
            return Produced({"out": work.payload["text"][::-1].encode()})

    ctx = toy_project(project_dir, count=0)
    for number in (1, 2):
        (project_dir / f"inputs/ep00{number}.txt").write_text(f"episode {number}", "utf-8")
    builder = Builder(ctx, [Source(), Reads()])
    assert [sorted(r.ran) for r in builder.build()] == [["ep001", "ep002"]] * 2
    (project_dir / "inputs/ep001.txt").unlink()  # ep001's input can no longer be made
    (project_dir / "inputs/ep002.txt").write_text("episode two", "utf-8")
    source, reads = builder.build()
    assert source.blocked == ["ep001"] and source.ran == ["ep002"]
    assert reads.blocked == ["ep001"] and reads.ran == ["ep002"]
    assert source.why == {"ep001": "no input"}
    assert reads.why == {"ep001": "waits for upper, blocked in this build"}
    assert (project_dir / "reads/ep002.txt").read_text() == "OWT EDOSIPE"


class Review(Upper):
    """A stage nothing reads. Its items finish only once the stage of the next wave has
    published the same item: a builder that waited for it there would never get on."""

    name = "review"
    after = ()
    executor = "process"

    def plan(self, ctx, item):  # noqa: ANN001, ANN202
        work = super().plan(ctx, item)
        payload = {**work.payload, "after": str(ctx.project.path(f"later/{item}.txt"))}
        return Work(stage="review", item=item, key=work.key + "r", payload=payload,
                    outputs={"out": f"review/{item}.txt"})

    @staticmethod
    def run(work):  # noqa: ANN001, ANN205
        deadline = time.monotonic() + 10
        while not Path(work.payload["after"]).exists():
            if time.monotonic() > deadline:
                raise TimeoutError("the next wave did not run beside this stage")
            time.sleep(0.02)
        if "oops" in work.payload["text"]:
            raise ValueError("the review found nothing to read")
        return Produced({"out": f"reviewed in {os.getpid()}".encode()})


class Reads(Upper):
    after = ()


class Later(Upper):
    name = "later"
    after = ("upper",)

    def plan(self, ctx, item):  # noqa: ANN001, ANN202
        work = super().plan(ctx, item)
        return Work(stage="later", item=item, key=work.key + "l", payload=work.payload,
                    outputs={"out": f"later/{item}.txt"})


def test_a_stage_nothing_reads_runs_beside_the_later_waves(project_dir: Path) -> None:
    """The review's check holds up nothing: its items run while the next waves make the
    shots, and are recorded when the build ends; a failure there still fails the build."""
    from microdrama.engine.waves import unread_stages
    from microdrama.errors import StageError

    stages = [Reads(), Review(), Later()]
    assert [[s.name for s in w] for w in waves(stages)] == [["upper", "review"], ["later"]]
    assert unread_stages(stages) == {"review", "later"}
    ctx = toy_project(project_dir, count=3)
    reports = {r.stage: r for r in Builder(ctx, stages).build()}
    assert sorted(reports["review"].ran) == ["item0", "item1", "item2"]
    assert [(r.wave, r.beside) for r in reports.values()] == [(1, False), (1, True), (2, False)]
    # In a process of its own (its Python must not hold the lock the builder plans with).
    assert (project_dir / "review/item1.txt").read_text() != f"reviewed in {os.getpid()}"
    (project_dir / "inputs/item3.txt").write_text("text 3", "utf-8")  # one item alone
    alone = {r.stage: r for r in Builder(ctx, stages).build()}
    assert alone["review"].ran == ["item3"]
    assert (project_dir / "review/item3.txt").read_text() != f"reviewed in {os.getpid()}"
    assert sorted(reports["later"].ran) == ["item0", "item1", "item2"]
    (project_dir / "inputs/item1.txt").write_text("oops", "utf-8")
    builder = Builder(ctx, stages)
    try:
        builder.build()
    except StageError as error:
        assert error.stage == "review" and "nothing to read" in str(error)
    else:
        raise AssertionError("a failed review must fail the build")
    assert (project_dir / "later/item1.txt").read_text() == "OOPS"
    assert {(r.stage, r.outcome) for r in builder.log.items() if r.item == "item1"} >= {
        ("review", "failed"), ("later", "ran")}
