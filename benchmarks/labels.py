"""What the AI labels and C2PA signing cost, against a full render of one episode.

Builds one episode (or takes a built project), then times on its files:
- writing and reading back the implicit AIGC label of every file the build wrote
  (what engine/labelling does once per output);
- C2PA-signing the episode MP4 and reading the manifest back (a throwaway ES256 chain
  made here; needs the dev extra: c2pa-python, cryptography).
Prints each as seconds and as a share of the full render (goal: both ≤ 5 %). Timing
the work itself, not two whole renders, keeps the answer out of the machine's noise.

Run: .venv/bin/python benchmarks/labels.py [--seconds 90] [--lang zh] [--project DIR
--render-seconds S]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from microdrama.engine.labelling import language_of
from microdrama.media.aigc import kind_of, label_bytes, mark_text
from microdrama.media.credentials import manifest, read, sign
from microdrama.media.label import aigc_metadata

IDEA = {"zh": "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金。",
        "en": "A maid's daughter is the real heiress switched at birth."}


def build(root: Path, lang: str, seconds: int) -> float:
    """Make and build one episode; wall seconds of the build."""
    run = [sys.executable, "-m", "microdrama.cli"]
    subprocess.run([*run, "new", str(root), "--idea", IDEA[lang], "--lang", lang, "--episodes",
                    "1", "--seconds", str(seconds)], check=True, stdout=subprocess.DEVNULL)
    started = time.perf_counter()
    subprocess.run([*run, "build", str(root)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def label_all(root: Path) -> tuple[int, float]:
    """Label every labelled kind the build wrote, as the hook does; (files, seconds)."""
    files = [p for p in root.rglob("*") if p.is_file() and kind_of(p)
             and "store" not in p.parts]
    value = aigc_metadata("microdrama", "bench-0123456789abcdef")
    started = time.perf_counter()
    for path in files:
        relative = path.relative_to(root).as_posix()
        label_bytes(relative, path.read_bytes(), value,
                    mark=mark_text(language_of(relative) or "zh"))
    return len(files), time.perf_counter() - started


def sign_episode(video: Path, folder: Path) -> float:
    """Seconds to sign the episode and read its manifest back."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.app.test_verify import make_chain

    chain, key, _root = make_chain(folder)
    started = time.perf_counter()
    sign(video, folder / "signed.mp4", certificate=chain.read_bytes(),
         private_key=key.read_bytes(), algorithm="es256",
         definition=manifest(title=video.name, generator="microdrama", version="bench",
                             models=["panel=offline"]))
    assert read(folder / "signed.mp4").valid
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=90)
    parser.add_argument("--lang", default="zh", choices=sorted(IDEA))
    parser.add_argument("--project", type=Path, help="a built project (skips the build)")
    parser.add_argument("--render-seconds", type=float, help="its full render time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.project
        full = args.render_seconds
        if root is None:
            root = Path(tmp) / "bench"
            full = build(root, args.lang, args.seconds)
        assert full, "give --render-seconds with --project"
        count, labelling = label_all(root)
        video = next((root / "out").glob("*/ep001.mp4"))
        signing = sign_episode(video, Path(tmp) / "keys")
    print(f"full render: {full:.1f} s")
    print(f"labelling {count} files (write + read back): {labelling:.2f} s = "
          f"{100 * labelling / full:.2f} % of the full render")
    print(f"C2PA signing + reading back the episode: {signing:.2f} s = "
          f"{100 * signing / full:.2f} % of the full render")
    print(f"together: {100 * (labelling + signing) / full:.2f} % (goal ≤ 5 %)")


if __name__ == "__main__":
    main()
