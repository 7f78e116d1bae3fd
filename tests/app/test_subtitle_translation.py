"""A subtitler's translated SRT / WebVTT / ASS imported as translations, its cues matched
to the lines by time (app/subtitle_translation.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from microdrama.app import TranslationImportRequest, import_translation
from microdrama.errors import InputError
from microdrama.project.translations import load_translations
from tests.conftest import EPISODE_EN


def _clock(ms: int) -> str:
    seconds, millis = divmod(ms, 1000)
    return f"00:{seconds // 60:02d}:{seconds % 60:02d},{millis:03d}"


def _srt(cues: list[tuple[int, int, str]]) -> str:
    return "".join(f"{n}\n{_clock(a)} --> {_clock(b)}\n{text}\n\n"
                   for n, (a, b, text) in enumerate(cues, 1))


@pytest.fixture
def drama(built_project: Callable[..., Path]) -> Path:
    root = built_project(EPISODE_EN, [])  # the session's rendered episode: its cues are built
    with (root / "drama.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[locales]\ntargets = ["es", "ja"]\n')
    return root


def _cues(root: Path) -> list[dict[str, object]]:
    return json.loads((root / ".microdrama/work/cues/ep001.json").read_text("utf-8"))


def test_cues_go_to_the_lines_they_overlap_whatever_the_subtitler_merged_or_split(
        drama: Path, tmp_path: Path) -> None:
    cues = _cues(drama)
    line_of = {str(c["id"]): re.sub(r"(-l\d+[a-z]?)-\d+$", r"\1", str(c["id"])) for c in cues}
    first = cues[0]
    a, b = int(first["start_ms"]), int(first["end_ms"])
    translated = [(0, min(a, 2000) - 1, "Generado por IA")] if a > 1 else []  # the label
    # The first cue split in two by the subtitler, every time a few frames off.
    middle = (a + b) // 2
    translated += [(a + 40, middle, "Primera mitad,"), (middle + 1, b - 40, "segunda mitad.")]
    translated += [(int(c["start_ms"]) + 20, int(c["end_ms"]) - 20, f"ES {c['text']}")
                   for c in cues[1:]]
    expected: dict[str, list[str]] = {line_of[str(first["id"])]: [
        "Primera mitad,", "segunda mitad."]}
    for cue in cues[1:]:
        expected.setdefault(line_of[str(cue["id"])], []).append(f"ES {cue['text']}")
    path = tmp_path / "ep001.es.srt"
    path.write_text(_srt(translated), "utf-8")
    result = import_translation(TranslationImportRequest(file=path, into=drama))
    assert result.locale == "es" and result.format == "subtitles (SRT)"
    units = load_translations(drama, "es").units
    assert {i: u.target for i, u in units.items()} == {
        i: " ".join(parts) for i, parts in expected.items()}
    assert all(u.state == "translated" for u in units.values())
    assert not result.missing and set(result.changed) == set(expected)
    # The label's cue is said, not taken.
    assert any("overlaps no line" in notice for notice in result.notices) == (a > 1)


def test_an_unspaced_language_joins_a_lines_cues_without_a_space(
        drama: Path, tmp_path: Path) -> None:
    cue = _cues(drama)[0]
    a, b = int(cue["start_ms"]), int(cue["end_ms"])
    path = tmp_path / "ep001.vtt"  # WebVTT, its locale given by the option
    path.write_text("WEBVTT\n\n" + _srt([(a, (a + b) // 2, "前半"), ((a + b) // 2, b, "後半")])
                    .replace(",", "."), "utf-8")
    result = import_translation(TranslationImportRequest(file=path, into=drama, locale="ja"))
    line = str(cue["id"])
    assert load_translations(drama, "ja").units[line].target == "前半後半"
    assert result.missing  # the lines the file has no cue for are reported


@pytest.mark.parametrize(("name", "locale", "problem", "fix"), [
    ("ep001.srt", None, "does not say which language", "--locale"),
    ("ep009.es.srt", None, "ep009, which the project does not have", "ep001"),
    ("ep001.es.srt", None, "not a subtitle file", "SRT, WebVTT or ASS"),
])
def test_a_subtitle_file_that_cannot_be_matched_names_the_fix(
        drama: Path, tmp_path: Path, name: str, locale: str | None, problem: str,
        fix: str) -> None:
    path = tmp_path / name
    path.write_text("this is no subtitle\n" if "not a subtitle" in problem else
                    _srt([(100, 900, "Hola")]), "utf-8")
    with pytest.raises(InputError) as raised:
        import_translation(TranslationImportRequest(file=path, into=drama, locale=locale))
    assert problem in str(raised.value) and fix in str(raised.value.fix)
