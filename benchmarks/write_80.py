"""How long the offline writer takes to write an 80-episode series (goal: < 10 s).

Run: .venv/bin/python benchmarks/write_80.py [--episodes 80] [--lang zh]
Prints the wall time of `microdrama build DIR --until script` on a new project, and of
the second (no-op) build.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

IDEA = {"zh": "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金。",
        "en": "A maid's daughter is the real heiress switched at birth."}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--episodes", type=int, default=80)
    parser.add_argument("--lang", default="zh", choices=sorted(IDEA))
    args = parser.parse_args()
    cli = [sys.executable, "-m", "microdrama.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench"
        subprocess.run([*cli, "new", str(root), "--idea", IDEA[args.lang], "--lang", args.lang,
                        "--episodes", str(args.episodes)], check=True, capture_output=True)
        timings = []
        for label in ("first build --until script", "second build (nothing changed)"):
            started = time.perf_counter()
            subprocess.run([*cli, "build", str(root), "--until", "script"], check=True,
                           capture_output=True)
            timings.append((label, time.perf_counter() - started))
        count = len(list((root / "episodes").glob("ep*.yaml")))
    for label, seconds in timings:
        print(f"{label}: {seconds:.2f} s ({count} {args.lang} episodes, whole command incl. start-up)")


if __name__ == "__main__":
    main()
