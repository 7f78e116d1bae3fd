"""What a second locale of a built episode costs, against the first locale's render.

Builds one episode from an idea in the series language (the first locale: idea →
labelled MP4), then builds the pseudo-locale qps-ploc of it (translated offline, dubbed,
re-subtitled), each way a locale can carry its words (decision 0039):
- **soft** (``[locales.style.qps-ploc] subtitles = "soft"``, named in ``[locales]
  targets`` before the first build): the series' first build draws its textless picture
  beside its shots with words (one drawing, two encodes); the locale's episode is that
  picture with its dub and a subtitle track — a mux, no shot rendered;
- **burned** (the default): the locale's own picture, every shot whose words differ
  rendered again with its words and clean (0013, 0024), its shots as long as its dub.

It prints, for each: seconds (wall and CPU) of the first build and of the locale's, the
locale's share of the first (goal ≤ 40 %), and for soft also against a first build made
without the textless picture (what a series with no locales pays); what the locale ran
per stage and took from the cache; and how far the dub moved: running time of both,
lines sped up, lines that ran over at the capped speed-up.

The pseudo-locale's text is ~35 % longer than the source, on purpose: a harder case than
most real translations (all its lines run long, and over a shared picture the last shot
is held for the difference).

Run: .venv/bin/python benchmarks/second_locale.py [--seconds 90] [--lang zh]
     [--locale qps-ploc] [--subtitles both|soft|burned]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from rebuild import IDEA, cli  # the same CLI runner and ideas as the render benchmark


def first_and_second(root: Path, locale: str) -> tuple[float, float, float, float, dict[str, Any]]:
    """Build ``root`` (the first locale), then ``root`` in ``locale``: wall and CPU
    seconds of each, and the second build's report."""
    first, first_cpu, _ = cli("build", str(root), "--json")
    second, second_cpu, printed = cli("build", str(root), "--locale", locale, "--json")
    return first, first_cpu, second, second_cpu, json.loads(printed)


def describe(root: Path, locale: str, report: dict[str, Any]) -> None:
    ran = ", ".join(f"{s['stage']} {len(s['ran'])}" for s in report["stages"] if s["ran"])
    print(f"  the locale ran: {ran}")
    cached = ", ".join(f"{s['stage']} {len(s['restored'])}" for s in report["stages"]
                       if s["restored"])
    print(f"  and took from the cache: {cached or 'nothing'}")
    source = json.loads((root / ".microdrama/work/timing/ep001.json").read_text())
    dub = json.loads((root / f".microdrama/work/timing/{locale}/ep001.json").read_text())
    sped = [line for line in dub["lines"] if line.get("tempo", 1.0) > 1.0]
    budget = {line["line"]: line["end_ms"] - line["start_ms"] for line in source["lines"]}
    longer = sum(1 for line in dub["lines"]
                 if line["end_ms"] - line["start_ms"] > budget[line["line"]])
    moved = sum(1 for a, b in zip(source["shots"], dub["shots"], strict=True)
                if (a["start_ms"], a["end_ms"]) != (b["start_ms"], b["end_ms"]))
    print(f"  running time: {source['duration_ms'] / 1000:.1f} s → "
          f"{dub['duration_ms'] / 1000:.1f} s; {moved} of {len(dub['shots'])} shots moved or "
          f"lengthened; {len(sped)} of {len(dub['lines'])} lines sped up (at most "
          f"{max((line['tempo'] for line in sped), default=1.0):.2f}×); {longer} lines longer "
          "than their source line")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=90)
    parser.add_argument("--lang", default="zh", choices=sorted(IDEA))
    parser.add_argument("--locale", default="qps-ploc")
    parser.add_argument("--subtitles", default="both", choices=["both", "soft", "burned"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        made: dict[str, Path] = {}
        plain_first: tuple[float, float] | None = None  # the burned run's first build
        for mode in ("burned", "soft"):
            if args.subtitles not in (mode, "both"):
                continue
            root = made[mode] = Path(tmp) / mode
            cli("new", str(root), "--idea", IDEA[args.lang], "--lang", args.lang,
                "--episodes", "1", "--seconds", str(args.seconds))
            if mode == "soft":
                toml = root / "drama.toml"
                toml.write_text(toml.read_text("utf-8") + f'\n[locales]\ntargets = '
                                f'["{args.locale}"]\n\n[locales.style.{args.locale}]\n'
                                'subtitles = "soft"\n', "utf-8")
            first, first_cpu, second, second_cpu, report = first_and_second(root, args.locale)
            print(f"{mode}: first locale ({args.lang}), {args.seconds}-s episode: "
                  f"{first:.1f} s wall, {first_cpu:.1f} s CPU"
                  + (" (with the series' textless picture)" if mode == "soft" else ""))
            print(f"{mode}: second locale ({args.locale}): {second:.1f} s wall, "
                  f"{second_cpu:.1f} s CPU = {100 * second / first:.0f} % of the first's wall "
                  f"time, {100 * second_cpu / first_cpu:.0f} % of its CPU (goal ≤ 40 %)")
            if mode == "soft" and plain_first is not None:
                plain, plain_cpu = plain_first
                print(f"soft: against the first build without the textless picture ({plain:.1f} s "
                      f"wall, {plain_cpu:.1f} s CPU): {100 * second / plain:.0f} % wall, "
                      f"{100 * second_cpu / plain_cpu:.0f} % CPU; the textless picture added "
                      f"{first - plain:.1f} s ({100 * (first - plain) / plain:.0f} %) to the "
                      "series' first build, once for every soft locale")
            if mode == "burned":
                plain_first = (first, first_cpu)
            describe(root, args.locale, report)


if __name__ == "__main__":
    main()
