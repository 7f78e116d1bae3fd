"""A built episode runs its target_seconds ±10 % (issue 8): the offline writer sizes
dialogue by the offline voice's measured speed and the timing stage's overheads
(packs/craft/rules.toml [<lang>.measured], from benchmarks/voice_rate.py).

Real espeak-ng, real files: new → build through timing → read the timelines. The build
runs timing and the stages it reads (storyboard, voices): no panel is painted, as none is
read (tests/conftest.py's build_through)."""

from __future__ import annotations

import ctypes
import json
from pathlib import Path

import pytest

from microdrama.domain import Episode
from microdrama.domain.timeline import Timeline
from microdrama.formats.yamlio import load_model
from microdrama.project import layout as paths
from microdrama.review.craft import load_craft
from tests.conftest import project_template

IDEAS = {
    "zh": "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金。",
    "en": "A maid's daughter humiliated at an engagement party is the real heiress switched at birth.",
}
#: (language, target seconds, episodes): two episodes at 90 s (an opening and a finale),
#: one at 60 s, and three at 30 s (shorter than the eight beats a blueprint starts with:
#: whole beats are dropped, decision 0037).
CASES = [("zh", 90, 2), ("en", 90, 2), ("zh", 60, 1), ("en", 60, 1), ("zh", 30, 3),
         ("en", 30, 4), ("en", 30, 3)]
#: Known to run over, kept in view (strict: it fails the suite once it fits): the finale
#: of the 3-episode en series runs 33.2 s where the measure expects 31.2 s. Each of its
#: six lines is said 0.1–0.6 s slower than the measure at its own pace (rms 0.4 s a line
#: in en), and six lines are too few for that to average out (decision 0037).
OVER = {("en", 30, 3): "en ep003 runs 33.2 s, measured 31.2 s (decision 0037)"}


@pytest.fixture(scope="module", params=CASES, ids=[f"{c[0]}-{c[1]}s-{c[2]}ep" for c in CASES])
def built(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int, Path]:
    """(language, target seconds, the project built through timing), one case at a time:
    a case is built only when its test runs. The projects are session templates (read
    here, never changed): tests/app/test_translations.py starts from the en 90-s one."""
    language, seconds, episodes = request.param
    root = project_template(tmp_path_factory, case_args(language, seconds, episodes), [],
                            through="timing")
    return language, seconds, root


def case_args(language: str, seconds: int, episodes: int) -> list[str]:
    """``microdrama new`` arguments of a case."""
    return ["--idea", IDEAS[language], "--lang", language, "--episodes", str(episodes),
            "--seconds", str(seconds)]


def test_a_built_episode_runs_its_target_within_ten_percent(
        built: tuple[str, int, Path], request: pytest.FixtureRequest) -> None:
    case = request.node.callspec.params["built"]
    if case in OVER:
        request.applymarker(pytest.mark.xfail(strict=True, reason=OVER[case]))
    language, seconds, root = built
    episodes = sorted((root / "episodes").glob("ep*.yaml"))
    assert episodes
    for path in episodes:
        episode = load_model(Episode, path, what="episode")
        assert episode.target_seconds == seconds
        timeline = Timeline.model_validate(
            json.loads((root / paths.timeline(episode.id)).read_text("utf-8")))
        assert timeline.shots and timeline.duration_ms == timeline.shots[-1].end_ms
        running = timeline.duration_ms / 1000
        assert abs(running - seconds) <= 0.10 * seconds, (
            f"{language} {episode.id}: {running:.1f} s for a {seconds}-s target")


def test_a_short_episode_keeps_its_hook_turn_and_ending(built: tuple[str, int, Path]) -> None:
    """Beats dropped to fit a short target are never the hook, the turn or the ending."""
    for path in sorted((built[2] / "episodes").glob("ep*.yaml")):
        beats = [b for s in load_model(Episode, path, what="episode").scenes for b in s.beats]
        assert beats[0].kind == "hook"
        assert beats[-1].kind in ("cliffhanger", "twist", "reveal", "finale")
        assert any(b.kind in ("reversal", "reveal") for b in beats[1:-1])
        assert all(b.lines for b in beats if not b.action.strip())


def test_more_lines_get_less_text() -> None:
    for language in ("zh", "en"):
        craft = load_craft(language)
        few_low, few_high = craft.fill_range(90, lines=15, beats=7)
        many_low, many_high = craft.fill_range(90, lines=25, beats=7)
        assert 0 < many_low < few_low and many_high < few_high
        assert few_low < few_high
        low, high = craft.fill_range(90, lines=20, beats=8)
        for size in (low, high):
            running = craft.running_seconds(size, lines=20, beats=8)
            assert abs(running - 90) <= 90 * craft.fill_tolerance + 0.5


def test_the_measured_numbers_are_for_the_installed_voice() -> None:
    """When espeak-ng changes, re-run benchmarks/voice_rate.py and update craft.toml."""
    import espeakng_loader

    library = ctypes.CDLL(espeakng_loader.get_library_path())
    library.espeak_Info.restype = ctypes.c_char_p
    library.espeak_Info.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
    version = (library.espeak_Info(None) or b"").decode()
    for language in ("zh", "en"):
        craft = load_craft(language)
        assert "benchmarks/voice_rate.py" in craft.measured_source
        assert f"espeak-ng {version} " in craft.measured_source, (
            f"craft.toml [{language}.measured] was measured on another espeak-ng than {version}: "
            "re-run benchmarks/voice_rate.py")
        assert craft.units_per_second > 0 and craft.line_ms > 0 and craft.beat_ms > 0


def test_stops_within_a_line_and_its_pace_weigh_in_its_length() -> None:
    """Decision 0037: a stop inside a line is a pause the voice takes; a line's own final
    stop is not. A line said at half the pace weighs twice as much."""
    from microdrama.domain.text import pauses

    assert pauses("No pregnancy. Not now, not ever.") == 2
    assert pauses("Please! One more chance!") == 1
    assert pauses("Get out.") == 0
    assert pauses("好，我记住你了，苏嘉禾。") == 2
    craft = load_craft("en")
    plain, stopped = craft.fill_size("Not now not ever"), craft.fill_size("Not now, not ever.")
    assert plain == 4 and stopped == pytest.approx(4 + craft.pause_ms * craft.units_per_second / 1000)
    assert craft.fill_size("Not now, not ever.", 0.5) == pytest.approx(2 * stopped)
