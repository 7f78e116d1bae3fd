"""Render one 90-s episode from an idea and compare it with the raw encoder ceiling.

Prints, from one run on this machine:
- seconds for the full build of one episode (idea → labelled MP4) and its ratio to
  real time;
- the raw encoder ceiling: ffmpeg encoding a 1080×1920 30 fps ``testsrc2`` of the same
  length with the same x264 settings, on as many threads as it likes (a build encodes
  each shot on one thread, one shot per core); and the ratio full-render / ceiling (goal ≤ 1.35),
  in wall time and in CPU time (on a machine shared with other work the wall ratio
  swings with the load; the CPU ratio much less);
- seconds to rebuild after editing one line of dialogue, as a share of the full
  render (goal ≤ 5 %), and where it went (benchmarks/rebuild.py's breakdown: the CLI's
  start, setup, planning, each wave that ran with its longest item, the rest): once
  with `microdrama build` (a new process), then twice with `microdrama watch` (the
  process a creator keeps open while editing; from the save to its report; the first
  edit of its session forks its workers, the second finds them: decision 0038);
- peak memory (largest process: the build or any of its workers/ffmpeg; goal ≤ 1.5 GiB).

Run: .venv/bin/python benchmarks/render.py [--seconds 90] [--lang zh]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from rebuild import IDEA, Watch, breakdown, cli, cpu_seconds, import_seconds

from microdrama.formats.yamlio import parse_yaml
from microdrama.media.ffmpeg import run_ffmpeg
from microdrama.media.video import probe, segment_args


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=90)
    parser.add_argument("--lang", default="zh", choices=sorted(IDEA))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench"
        cli("new", str(root), "--idea", IDEA[args.lang], "--lang", args.lang, "--episodes", "1",
            "--seconds", str(args.seconds))
        full, full_cpu, _ = cli("build", str(root), "--json")  # as the rebuild, for a fair ratio
        video = root / f"out/{args.lang}/ep001.mp4"
        length_s = probe(video).duration_ms / 1000

        out = Path(tmp) / "ceiling.mp4"
        encode = segment_args(1080, 1920, 30, 23, "veryfast", out, threads=0)  # all cores
        source = encode.index("-i")
        started, cpu = time.perf_counter(), cpu_seconds()
        run_ffmpeg(["-y", "-f", "lavfi", "-i", "testsrc2=size=1080x1920:rate=30",
                    "-t", f"{length_s:.3f}", *encode[source + 2:]])
        ceiling, ceiling_cpu = time.perf_counter() - started, cpu_seconds() - cpu

        script = root / "episodes/ep001.yaml"
        text = script.read_text("utf-8")
        data = parse_yaml(text, script)
        old = data["scenes"][0]["beats"][1]["lines"][0]["text"]
        new = old[:-1] + ("！" if args.lang == "zh" else "!") if old[-1] in "。.？?" else old + "!"
        script.write_text(text.replace(old, new, 1), "utf-8")
        rebuild, rebuild_cpu, report = cli("build", str(root), "--json")
        alone, _ = import_seconds()

        # The same line edited again (another mark), twice, rebuilt by a resident `watch`:
        # the session's first edit forks its workers, a later one finds them.
        marks = ["？", "……"] if args.lang == "zh" else ["?", "..."]
        edits = [new] + [new[:-1] + mark for mark in marks]
        watch = Watch(root)
        resident_runs = []
        try:
            for before, after in zip(edits, edits[1:], strict=False):
                resident_runs.append(watch.rebuild(
                    lambda b=before, a=after: script.write_text(
                        script.read_text("utf-8").replace(b, a, 1), "utf-8")))
        finally:
            watch.close()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"episode length: {length_s:.1f} s ({args.lang})")
    print(f"full render (idea → labelled MP4): {full:.1f} s = {length_s / full:.2f}× real time")
    print(f"raw encoder ceiling (testsrc2, same x264 settings): {ceiling:.1f} s "
          f"= {length_s / ceiling:.2f}× real time")
    print(f"full render / ceiling: {full / ceiling:.2f} (goal ≤ 1.35); in CPU time "
          f"{full_cpu:.1f} s / {ceiling_cpu:.1f} s = {full_cpu / ceiling_cpu:.2f}")
    print(f"rebuild after editing one line: {rebuild:.1f} s = {100 * rebuild / full:.1f} % of "
          f"the full render (goal ≤ 5 %); CPU time {rebuild_cpu:.1f} s of {full_cpu:.1f} s = "
          f"{100 * rebuild_cpu / full_cpu:.1f} % (steadier than wall time on a busy machine)")
    for stage in json.loads(report)["stages"]:
        if stage["ran"]:
            print(f"  re-ran {stage['stage']}: {len(stage['ran'])} "
                  f"({', '.join(stage['ran'][:3])}{', …' if len(stage['ran']) > 3 else ''}), "
                  f"wave {stage['seconds']:.1f} s")
    print("  where the rebuild went: "
          + "\n  ".join(breakdown(rebuild, rebuild_cpu, json.loads(report), alone)))
    for when, (resident, resident_cpu, resident_report) in zip(
            ["the session's first edit", "a later edit"], resident_runs, strict=True):
        print(f"the same line edited again, rebuilt by `microdrama watch` (one resident "
              f"process), {when}: {resident:.1f} s from the save to the report = "
              f"{100 * resident / full:.1f} % of the full render (goal ≤ 5 %); CPU time "
              f"{resident_cpu:.1f} s = {100 * resident_cpu / full_cpu:.1f} %")
        print("  where it went (start + exit: noticing the save, and the report): "
              + "\n  ".join(breakdown(resident, resident_cpu, resident_report)))
    print(f"peak memory (largest process): {peak:.0f} MiB (goal ≤ 1536)")


if __name__ == "__main__":
    main()
