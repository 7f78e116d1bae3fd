"""How fast the offline voice speaks, and what the timing stage adds around the speech.

Run: .venv/bin/python benchmarks/voice_rate.py [--episodes 6] [--lang zh en] [--keep DIR]

For each language it makes a project with the offline writer, builds it through the
timing stage (real espeak-ng, the cast's own voices and the lines' emotions) and reads
back the voice files, storyboards and timelines. It prints:

- the voice's speed in spoken units per second (zh characters, en words, counted by
  ``domain/text.py::spoken_size``): a least-squares fit of each line's voice length on
  its spoken size and its stops within it (``domain/text.py::pauses``), both divided by
  the line's speed (its speaker's ``Voice.rate`` and its emotion, as the offline voice
  paces them: ``providers/offline/voice/prosody.py``), at a neutral line of the cast's
  middle rate: the speed, what each stop adds, and the intercept, the fixed cost of a
  line (the voice's own lead-in and release); and the plain ratio for comparison;
- the speed at the cast's voice rates (the lowest, middle and highest ``Voice.rate``
  the offline cast deals, neutral emotion) on the same lines;
- the timing overheads: per line shot (lead-in, tail, frame rounding) and per beat with
  an action (its silent action shot, the hook included), averaged over those beats (a
  beat without action has no silent shot; counting it too made beat_ms ~15 % short);
- how well ``size / speed + stops × pause + lines × line + beats × beat`` predicts each
  episode;
- a TOML block for ``packs/craft/rules.toml`` ([<lang>.measured]).
"""

from __future__ import annotations

import argparse
import ctypes
import datetime
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from microdrama.domain import Bible, Episode, Voice
from microdrama.domain.storyboard import Storyboard
from microdrama.domain.text import pauses, spoken_size
from microdrama.domain.timeline import Timeline
from microdrama.formats.yamlio import load_model
from microdrama.media.audio import duration_ms
from microdrama.project import layout as paths
from microdrama.providers.base import SpeechRequest
from microdrama.providers.offline.voice.prosody import relative_speed
from microdrama.providers.offline.voice.provider import OfflineSpeech

IDEA = {"zh": "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金。",
        "en": "A maid's daughter humiliated at an engagement party is the real heiress switched at birth."}
#: The Voice.rate the offline cast deals (providers/offline/cast.py: randint(40, 62)).
CAST_RATES = (40, 51, 62)


def espeak_version() -> str:
    """The espeak-ng library version the offline voice loads."""
    import espeakng_loader

    library = ctypes.CDLL(espeakng_loader.get_library_path())
    library.espeak_Info.restype = ctypes.c_char_p
    library.espeak_Info.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
    version = library.espeak_Info(None)
    return version.decode() if version else "unknown"


def build(root: Path, language: str, episodes: int, seconds: int) -> None:
    cli = [sys.executable, "-m", "microdrama.cli"]
    subprocess.run([*cli, "new", str(root), "--idea", IDEA[language], "--lang", language,
                    "--episodes", str(episodes), "--seconds", str(seconds)],
                   check=True, capture_output=True)
    subprocess.run([*cli, "build", str(root), "--until", "timing"], check=True,
                   capture_output=True)


def measure(root: Path, language: str) -> dict[str, float]:
    sizes: list[int] = []
    stops: list[int] = []
    speeds: list[float] = []
    bible = load_model(Bible, root / "series.yaml", what="bible")
    rates = {c.id: c.voice.rate for c in bible.characters}
    voices: list[int] = []
    line_pad: list[int] = []
    beat_hold = beats = 0
    texts: list[str] = []
    episodes = []
    for path in sorted((root / "episodes").glob("ep*.yaml")):
        episode = load_model(Episode, path, what="episode")
        board = load_model(Storyboard, root / "storyboards" / path.name, what="storyboard")
        timeline = Timeline.model_validate(
            json.loads((root / paths.timeline(episode.id)).read_text("utf-8")))
        by_id = {line.id: line for line in episode.lines()}
        ep_voice: dict[str, int] = {}
        for line_id in by_id:
            ep_voice[line_id] = duration_ms((root / paths.voice(episode.id, line_id)).read_bytes())
            sizes.append(spoken_size(by_id[line_id].text, language))
            stops.append(pauses(by_id[line_id].text))
            speeds.append(relative_speed(language, rates.get(by_id[line_id].speaker, 51),
                                         by_id[line_id].emotion))
            voices.append(ep_voice[line_id])
            texts.append(by_id[line_id].text)
        ep_hold = 0
        for shot, timing in zip(board.shots, timeline.shots, strict=True):
            if shot.lines:
                line_pad.append(timing.duration_ms - sum(ep_voice[x] for x in shot.lines)
                                - (len(shot.lines) - 1) * 250)
            else:
                ep_hold += timing.duration_ms
        beat_hold += ep_hold
        beats += sum(1 for beat in episode.beats() if beat.action.strip())  # silent shots
        speed = {x.id: relative_speed(language, rates.get(x.speaker, 51), x.emotion)
                 for x in by_id.values()}
        size = sum(spoken_size(x.text, language) / speed[x.id] for x in by_id.values())
        episodes.append((episode.id, episode.target_seconds, timeline.duration_ms, size,
                         sum(pauses(x.text) / speed[x.id] for x in by_id.values()), len(by_id),
                         sum(1 for beat in episode.beats() if beat.action.strip())))
    # A line at its voice's speed (the speaker's rate, the line's emotion: prosody.py)
    # says size / speed units; its stops scale the same way.
    pace = np.array(speeds, float)
    terms = np.column_stack([np.array(sizes, float) / pace, np.array(stops, float) / pace,
                             np.ones(len(sizes))])
    flat = np.column_stack([np.array(sizes, float), np.array(stops, float), np.ones(len(sizes))])
    flat_fit, *_ = np.linalg.lstsq(flat, np.array(voices, float), rcond=None)
    unpaced = np.array(voices, float) - flat @ flat_fit
    (slope, pause, intercept), *_ = np.linalg.lstsq(terms, np.array(voices, float), rcond=None)
    residual = np.array(voices, float) - terms @ np.array([slope, pause, intercept])
    plain_slope, plain_intercept = np.polyfit(np.array(sizes, float), np.array(voices, float), 1)
    plain = np.array(voices, float) - (np.array(sizes, float) * plain_slope + plain_intercept)
    result = {
        "units_per_second": 1000.0 / slope,
        "pause_ms": max(0.0, pause),
        "voice_line_ms": intercept,
        "ratio_units_per_second": sum(sizes) / (sum(voices) / 1000.0),
        "shot_line_ms": float(np.mean(line_pad)),
        "beat_ms": beat_hold / beats,
        "lines": len(sizes),
        "beats": beats,
    }
    result["line_ms"] = result["voice_line_ms"] + result["shot_line_ms"]
    print(f"\n[{language}] {len(episodes)} episodes, {len(sizes)} lines, {beats} beats")
    print(f"  voice speed (fit): {result['units_per_second']:.2f} units/s"
          f" + {result['pause_ms']:.0f} ms per stop within a line + {intercept:.0f} ms per line;"
          f"  plain ratio {result['ratio_units_per_second']:.2f} units/s")
    print(f"  a line's voice length, rms error: {np.sqrt(np.mean(residual ** 2)):.0f} ms"
          f" (without each line's speed: {np.sqrt(np.mean(unpaced ** 2)):.0f} ms;"
          f" size alone: {np.sqrt(np.mean(plain ** 2)):.0f} ms)")
    print(f"  timing: {result['shot_line_ms']:.0f} ms per line shot (lead-in, tail, frames);"
          f" {result['beat_ms']:.0f} ms per beat (silent action shots)")
    print(f"  fixed cost per line: {result['line_ms']:.0f} ms")
    speed_at_rates(texts[:24], language)
    print("  episode  target  built   predicted  (size, stops at their speeds, lines, beats)")
    for ep, target, built, size, nstops, lines, nbeats in episodes:
        predicted = (size / result["units_per_second"] + nstops * result["pause_ms"] / 1000
                     + lines * result["line_ms"] / 1000 + nbeats * result["beat_ms"] / 1000)
        print(f"  {ep}   {target:4d} s  {built / 1000:6.1f} s  {predicted:6.1f} s   "
              f"({size:.0f}, {nstops:.0f}, {lines}, {nbeats})")
    return result


def speed_at_rates(texts: list[str], language: Any) -> None:
    """Plain ratio speed of the same lines at the cast's lowest, middle and highest rate."""
    speech = OfflineSpeech()
    size = sum(spoken_size(t, language) for t in texts)
    cells = []
    for rate in CAST_RATES:
        total = 0
        for index, text in enumerate(texts):
            gender: Any = "female" if index % 2 else "male"
            total += duration_ms(speech.speak_sync(SpeechRequest(
                text=text, language=language, speaker=f"bench{index % 4}", emotion="neutral",
                voice=Voice(gender=gender, pitch=50, rate=rate, timbre="plain"))))
        cells.append(f"rate {rate}: {size / (total / 1000):.2f}")
    print(f"  speed at cast rates (neutral, incl. per-line cost): {'; '.join(cells)} units/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--episodes", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=90)
    parser.add_argument("--lang", nargs="+", default=["zh", "en"], choices=sorted(IDEA))
    parser.add_argument("--keep", type=Path, help="build here instead of a temporary folder")
    args = parser.parse_args()
    version = espeak_version()
    today = datetime.date.today().isoformat()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        for language in args.lang:
            root = base / f"voice-rate-{language}"
            if not (root / "drama.toml").is_file():
                build(root, language, args.episodes, args.seconds)
            else:
                subprocess.run([sys.executable, "-m", "microdrama.cli", "build", str(root),
                                "--until", "timing"], check=True, capture_output=True)
            results[language] = measure(root, language)
    print("\n# for packs/craft/rules.toml")
    for language, r in results.items():
        print(f"[{language}.measured]")
        print(f"units_per_second = {r['units_per_second']:.2f}")
        print(f"line_ms = {round(r['line_ms'] / 10) * 10}")
        print(f"pause_ms = {round(r['pause_ms'] / 10) * 10}")
        print(f"beat_ms = {round(r['beat_ms'] / 10) * 10}")
        print(f'source = "measured by benchmarks/voice_rate.py on {today}, espeak-ng {version} '
              f'({r["lines"]} lines, {r["beats"]} beats of the offline writer, cast voice rates)"')


if __name__ == "__main__":
    main()
