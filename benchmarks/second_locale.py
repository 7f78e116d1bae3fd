"""What a second locale of a built episode costs, against the first locale's render.

Builds one episode from an idea in the series language (the first locale: idea →
labelled MP4), then builds the pseudo-locale qps-ploc of it (translated offline, dubbed,
fitted into the series' shots, re-subtitled, re-rendered) and prints:
- seconds (wall and CPU) of each, and the second locale's share of the first (goal ≤ 40 %);
- what the second locale ran per stage (panels and music are reused; every shot whose
  burned-in subtitles differ is re-encoded) and what came from the cache (a shot with
  words and its clean shot are drawn once by the segment stage: the clean stage finds
  them there, decision 0024);
- how far the dub moved the picture: running time of both, lines sped up, and lines that
  ran over at the capped speed-up.

The pseudo-locale's text is ~35 % longer than the source, on purpose: a harder case than
most real translations.

Run: .venv/bin/python benchmarks/second_locale.py [--seconds 90] [--lang zh] [--locale qps-ploc]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from rebuild import IDEA, cli  # the same CLI runner and ideas as the render benchmark


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=90)
    parser.add_argument("--lang", default="zh", choices=sorted(IDEA))
    parser.add_argument("--locale", default="qps-ploc")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench"
        cli("new", str(root), "--idea", IDEA[args.lang], "--lang", args.lang, "--episodes", "1",
            "--seconds", str(args.seconds))
        first, first_cpu, _ = cli("build", str(root), "--json")
        second, second_cpu, printed = cli("build", str(root), "--locale", args.locale, "--json")
        report = json.loads(printed)
        source = json.loads((root / ".microdrama/work/timing/ep001.json").read_text())
        dub = json.loads((root / f".microdrama/work/timing/{args.locale}/ep001.json").read_text())
    sped = [line for line in dub["lines"] if line.get("tempo", 1.0) > 1.0]
    budget = {line["line"]: line["end_ms"] - line["start_ms"] for line in source["lines"]}
    print(f"first locale ({args.lang}), {args.seconds}-s episode: {first:.1f} s wall, "
          f"{first_cpu:.1f} s CPU")
    print(f"second locale ({args.locale}): {second:.1f} s wall, {second_cpu:.1f} s CPU = "
          f"{100 * second / first:.0f} % of the first's wall time, "
          f"{100 * second_cpu / first_cpu:.0f} % of its CPU (goal ≤ 40 %)")
    ran = ", ".join(f"{s['stage']} {len(s['ran'])}" for s in report["stages"] if s["ran"])
    print(f"the second locale ran: {ran}")
    cached = ", ".join(f"{s['stage']} {len(s['restored'])}" for s in report["stages"]
                       if s["restored"])
    print(f"and took from the cache: {cached or 'nothing'}")
    print(f"running time: {source['duration_ms'] / 1000:.1f} s → {dub['duration_ms'] / 1000:.1f} s; "
          f"{len(sped)} of {len(dub['lines'])} lines sped up (at most "
          f"{max((line['tempo'] for line in sped), default=1.0):.2f}×); "
          f"{sum(1 for line in dub['lines'] if line['end_ms'] - line['start_ms'] > budget[line['line']])}"
          " lines longer than their source line")


if __name__ == "__main__":
    main()
