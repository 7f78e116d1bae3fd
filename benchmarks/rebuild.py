"""Where a rebuild's time goes: a no-op build and one-line rebuilds of a built episode.

Builds one episode from an idea (or takes a built project with ``--project``), then
times, through the real CLI (``microdrama build --json``, a new process each time, as
a user runs it):
- the CLI's start alone (``python -c "import microdrama.cli"``: the interpreter and the
  imports every command pays before it parses its arguments);
- a build with nothing to do (``--rounds`` times, best shown);
- ``--rounds`` one-line rebuilds, each after editing a different dialogue line (its
  last punctuation mark, as benchmarks/render.py does), so every round re-voices a line
  and re-renders its shot, the mix and the join.

Each is broken down from the build's own report: start (CLI wall − the build's own
seconds: interpreter, imports, parsing the command line, printing the report and
exiting), setup (opening the project and its stages), planning (every stage's items:
keys, input hashes, freshness of outputs), then each wave that ran something (its wall
time and its longest item, measured where it ran) and what is left (waves with nothing
to run, storing and publishing, the review's counts). CPU is user + system of the CLI
and every process it started. Speed goals live here, never in tests.

Run: .venv/bin/python benchmarks/rebuild.py [--lang en] [--seconds 90] [--rounds 3]
     [--project DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from microdrama.formats.yamlio import parse_yaml

IDEA = {"zh": "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金。",
        "en": "A maid's daughter is the real heiress switched at birth."}


def cpu_seconds() -> float:
    """User + system seconds of every finished child process (workers and ffmpeg too)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def cli(*args: str) -> tuple[float, float, str]:
    """Run the microdrama CLI; return wall seconds, CPU seconds and what it printed."""
    started, cpu = time.perf_counter(), cpu_seconds()
    done = subprocess.run([sys.executable, "-m", "microdrama.cli", *args], check=True,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return time.perf_counter() - started, cpu_seconds() - cpu, done.stdout


class Watch:
    """``microdrama watch DIR --json`` running beside the benchmark: the resident build a
    creator keeps open while editing (decision 0038). ``rebuild(edit)`` times an edit from
    the moment the file is saved to the moment the watch reports its rebuild."""

    def __init__(self, root: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "microdrama.cli", "watch", str(root), "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.next_report()  # its first build (up to date) and the stages warmed

    def next_report(self) -> dict[str, Any]:
        """The next build's report; fails when the watch stopped or a build failed."""
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"microdrama watch ended (exit {self.process.wait()})")
        report: dict[str, Any] = json.loads(line)
        if not report["ok"]:
            raise RuntimeError(f"the watched build failed: {report['error']}")
        return report

    def cpu(self) -> float:
        """CPU seconds of the watch and of its workers, running or ended (Linux /proc)."""
        ticks = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:  # ended meanwhile
                continue
            if stat.parent.name == str(self.process.pid) or fields[1] == str(self.process.pid):
                ticks += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
        return ticks / os.sysconf("SC_CLK_TCK")

    def rebuild(self, edit: Callable[[], object]) -> tuple[float, float, dict[str, Any]]:
        """Wall seconds from ``edit()`` saving a file to the watch's report of the
        rebuild, the CPU seconds it used, and the report."""
        time.sleep(2.5)  # the last build's files settled (0023): none is hashed again
        cpu = self.cpu()
        started = time.perf_counter()
        edit()
        report = self.next_report()
        wall = time.perf_counter() - started
        time.sleep(0.3)  # its workers reaped into its CPU count
        return wall, self.cpu() - cpu, report

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()


def import_seconds(rounds: int = 3) -> tuple[float, float]:
    """Best wall and CPU seconds of a new interpreter importing the CLI."""
    best = (float("inf"), float("inf"))
    for _ in range(rounds):
        started, cpu = time.perf_counter(), cpu_seconds()
        subprocess.run([sys.executable, "-c", "import microdrama.cli"], check=True)
        best = min(best, (time.perf_counter() - started, cpu_seconds() - cpu))
    return best


def edit_line(root: Path, index: int, lang: str) -> str:
    """Change the last punctuation mark of the ``index``-th dialogue line of episode 1
    (counted from the second beat, so the episode's hook is left alone); its id."""
    script = root / "episodes/ep001.yaml"
    text = script.read_text("utf-8")
    lines = [line for scene in parse_yaml(text, script)["scenes"]
             for beat in scene["beats"][1:] for line in beat["lines"]]
    line = lines[index % len(lines)]
    old = line["text"]
    bang = "！" if lang == "zh" else "!"
    new = old[:-1] + bang if old[-1] in "。.？?" else old + bang
    script.write_text(text.replace(old, new, 1), "utf-8")
    return str(line["id"])


def breakdown(wall: float, cpu: float, report: dict[str, Any], start_alone: float | None = None
              ) -> list[str]:
    """Lines that say where one build's wall time went (see the module's docstring)."""
    build = float(report["seconds"])
    setup = float(report.get("setup_seconds", 0.0))
    stages = report["stages"]
    plan = sum(float(s.get("plan_seconds", 0.0)) for s in stages)
    lines = [f"{wall:.2f} s wall, {cpu:.2f} s CPU",
             f"  start + exit: {wall - build:.2f} s"
             + (f" (the CLI's imports alone: {start_alone:.2f} s)" if start_alone else ""),
             f"  setup (project, stages): {setup:.2f} s",
             f"  planning (keys, input hashes, freshness), all stages: {plan:.2f} s"]
    waves: dict[int, list[dict[str, Any]]] = {}
    for stage in stages:
        if stage["ran"]:
            waves.setdefault(int(stage.get("wave", 0)), []).append(stage)
    running = 0.0
    for number, members in sorted(waves.items()):
        items = ", ".join(f"{s['stage']} {len(s['ran'])} (longest item "
                          f"{float(s.get('item_seconds', 0.0)):.2f} s)" for s in members)
        if all(s.get("beside") for s in members):
            lines.append(f"  beside the waves: {items}")
            continue
        wave = max(float(s["seconds"]) for s in members)
        own = wave - sum(float(s.get("plan_seconds", 0.0)) for s in members)
        running += own
        lines.append(f"  wave {number}: {own:.2f} s after its planning — {items}")
    lines.append(f"  rest (waves with nothing to run, the review's counts): "
                 f"{max(build - setup - plan - running, 0.0):.2f} s")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=90)
    parser.add_argument("--lang", default="en", choices=sorted(IDEA))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--project", type=Path, help="a built project to rebuild (edited!)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.project or Path(tmp) / "bench"
        if args.project is None:
            cli("new", str(root), "--idea", IDEA[args.lang], "--lang", args.lang,
                "--episodes", "1", "--seconds", str(args.seconds))
            full, full_cpu, _ = cli("build", str(root), "--json")
            print(f"full build: {full:.1f} s wall, {full_cpu:.1f} s CPU")
        alone, alone_cpu = import_seconds()
        print(f"the CLI's start alone (interpreter + imports): {alone:.2f} s wall, "
              f"{alone_cpu:.2f} s CPU")
        noops = [cli("build", str(root), "--json") for _ in range(args.rounds)]
        wall, cpu, out = min(noops, key=lambda run: run[0])
        print(f"no-op build (best of {args.rounds}): "
              + "\n".join(breakdown(wall, cpu, json.loads(out), alone)))
        rebuilds = []
        for index in range(args.rounds):
            line = edit_line(root, 2 + 3 * index, args.lang)
            wall, cpu, out = cli("build", str(root), "--json")
            rebuilds.append(wall)
            print(f"one-line rebuild ({line}): "
                  + "\n".join(breakdown(wall, cpu, json.loads(out), alone)))
        print(f"one-line rebuilds: median {statistics.median(rebuilds):.2f} s wall "
              f"(of {', '.join(f'{w:.2f}' for w in rebuilds)})")


if __name__ == "__main__":
    main()
