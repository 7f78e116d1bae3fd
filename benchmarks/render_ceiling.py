"""How close `render_segment` gets to the raw x264 encoder on this machine.

(a) ffmpeg encodes 90 s of 1080×1920 30 fps `testsrc2` with the segment x264
    settings (preset veryfast, CRF 23, yuv420p, -g 30): the encoder ceiling.
(b) `render_segment` renders 90 s as 9 × 10-s push-in segments, one subtitle-sized
    overlay each, from a busy synthetic panel — one after the other, each encoded on one
    thread as in a build (where shots run one per core), so on a machine with several
    cores (b) is slower in wall time than the ceiling's threaded encode by design.
Prints seconds, × real time, the ratio (b)/(a), and peak memory (this process, and the
largest ffmpeg child). Run: .venv/bin/python benchmarks/render_ceiling.py [seconds]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from microdrama.media.ffmpeg import run_ffmpeg
from microdrama.media.video import Overlay, render_segment, segment_args

WIDTH, HEIGHT, FPS = 1080, 1920, 30


def busy_panel(seed: int) -> np.ndarray:
    """A textured RGB panel: smooth gradients, noise and shapes, like a painted still."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    image = np.stack(
        [
            127 + 100 * np.sin(xx / 97 + seed),
            127 + 100 * np.cos(yy / 131 - seed),
            127 + 80 * np.sin((xx + yy) / 173),
        ],
        axis=-1,
    )
    image += rng.normal(0, 12, image.shape)
    for _ in range(40):
        x, y, r = rng.integers(0, WIDTH), rng.integers(0, HEIGHT), rng.integers(20, 160)
        image[max(0, y - r) : y + r, max(0, x - r) : x + r] = rng.integers(0, 255, 3)
    return np.clip(image, 0, 255).astype(np.uint8)


def subtitle_overlay(start_ms: int, end_ms: int) -> Overlay:
    """A white box with a dark band where a two-line subtitle would sit."""
    rgba = np.zeros((HEIGHT, WIDTH, 4), np.uint8)
    rgba[1400:1560, 120:960] = (20, 20, 20, 160)
    rgba[1430:1530, 160:920] = (255, 255, 255, 255)
    return Overlay(rgba, start_ms, end_ms)


def peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main(seconds: int = 90) -> None:
    segments = seconds // 10
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        started = time.perf_counter()
        args = segment_args(WIDTH, HEIGHT, FPS, 23, "veryfast", work / "ceiling.mp4", threads=0)
        source = args.index("-i")
        run_ffmpeg(
            ["-y", "-f", "lavfi", "-i", f"testsrc2=size={WIDTH}x{HEIGHT}:rate={FPS}", "-t", str(seconds),
             *args[source + 2 :]]
        )  # fmt: skip
        ceiling = time.perf_counter() - started
        ceiling_child = peak_mib(resource.RUSAGE_CHILDREN)

        from PIL import Image

        panels = [Image.fromarray(busy_panel(i)) for i in range(segments)]
        started = time.perf_counter()
        for i, panel in enumerate(panels):
            render_segment(
                panel, work / f"seg{i}.mp4", duration_ms=10_000, move="push-in",
                overlays=[subtitle_overlay(1000, 6000)],
            )  # fmt: skip
        rendered = time.perf_counter() - started

    print(
        f"(a) ceiling: ffmpeg testsrc2 → libx264 veryfast, {seconds} s: {ceiling:.1f} s "
        f"({seconds / ceiling:.2f}× real time), ffmpeg peak {ceiling_child:.0f} MiB"
    )
    print(
        f"(b) render_segment, {segments} × 10 s push-in + overlay: {rendered:.1f} s "
        f"({seconds / rendered:.2f}× real time)"
    )
    print(f"ratio (b)/(a): {rendered / ceiling:.2f}")
    print(
        f"peak memory: python {peak_mib(resource.RUSAGE_SELF):.0f} MiB, "
        f"largest ffmpeg child {peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 90)
