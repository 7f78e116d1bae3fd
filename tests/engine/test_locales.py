"""Typed item ids with a locale: a second locale's items live beside the first's.

A second locale (the pseudo-locale ``qps-ploc``: translated offline) is built through
the real translate, voice, timing and subtitle stages: its items have their own ids,
paths, cache keys, store results and run-log rows, and the series language's items are
untouched by it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from microdrama.domain.items import ItemId
from microdrama.engine.builder import Builder
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import State
from microdrama.engine.store import Store
from microdrama.errors import InputError
from microdrama.project.folder import create_project
from microdrama.stages import pipeline
from microdrama.stages.subtitles import SubtitlesStage
from microdrama.stages.timing import TimingStage
from microdrama.stages.voice import VoiceStage
from tests.conftest import make_settings


def test_item_ids_parse_with_and_without_a_locale() -> None:
    assert ItemId.parse("ep003-sh04") == ItemId("ep003-sh04")
    es = ItemId.parse("es/ep003-sc02-l07")
    assert (es.locale, es.local, es.number, es.episode) == ("es", "ep003-sc02-l07", 3, "ep003")
    assert str(es) == "es/ep003-sc02-l07" and str(ItemId.parse("pt-BR/ep010")) == "pt-BR/ep010"
    assert ItemId.parse("ch0012").chapter == 12
    assert es.key_part() == {"locale": "es"} and ItemId("ep001").key_part() == {}
    with pytest.raises(InputError, match="malformed locale"):
        ItemId.parse("Spanish!/ep001")
    with pytest.raises(InputError, match="does not belong to an episode"):
        _ = ItemId.parse("bible").number


def _stages() -> list:
    text = pipeline("translate")
    return [*text, VoiceStage(), TimingStage(), SubtitlesStage()]


def test_a_second_locale_coexists_in_paths_store_and_run_log(project_dir: Path) -> None:
    project = create_project(project_dir, make_settings(episodes=1, episode_seconds=30))
    series = Builder(BuildContext(project), _stages())
    try:
        series.build()
        before = {i.item: i.key for i in series.status() if i.stage == "voice"}
    finally:
        series.close()

    both = Builder(BuildContext(project, locales=("qps-ploc",)), _stages())
    try:
        reports = {r.stage: r for r in both.build()}
        voice = reports["voice"]
        # Only the new locale's items ran; the series language's were kept as they were.
        assert voice.ran and all(item.startswith("qps-ploc/") for item in voice.ran)
        assert sorted(voice.kept) == sorted(before)
        assert reports["subtitles"].ran == ["qps-ploc/ep001"]
        assert reports["timing"].ran == ["qps-ploc/ep001"]
        assert reports["translate"].ran == ["qps-ploc/ep001"]
        status = {(i.stage, i.item): i for i in both.status()}
        assert all(i.state == State.FRESH for i in status.values())
        line = next(iter(before))
        series_item, es_item = status[("voice", line)], status[("voice", f"qps-ploc/{line}")]
        assert series_item.key == before[line]  # the series' keys did not move
        assert es_item.key != series_item.key
        store = Store(project.cache_dir / "store")
        assert store.get_result(series_item.key) and store.get_result(es_item.key)
        rows = {(r.stage, r.item): r for r in both.log.items()}
        assert rows[("voice", line)].key != rows[("voice", f"qps-ploc/{line}")].key
        assert ("subtitles", "ep001") in rows and ("subtitles", "qps-ploc/ep001") in rows
    finally:
        both.close()

    number = ItemId.parse(line)
    work = project_dir / ".microdrama" / "work"
    assert (work / "voice" / number.episode / f"{line}.wav").is_file()
    assert (work / "voice" / "qps-ploc" / number.episode / f"{line}.wav").is_file()
    assert (work / "timing" / "qps-ploc" / "ep001.json").is_file()
    assert (work / "cues" / "ep001.json").is_file() and (work / "cues" / "qps-ploc" / "ep001.json").is_file()
    assert (project_dir / "out" / "en" / "ep001.srt").is_file()
    assert (project_dir / "out" / "qps-ploc" / "ep001.srt").is_file()

    # Building the series language alone again runs nothing and leaves es as it is.
    again = Builder(BuildContext(project), _stages())
    try:
        assert not any(r.ran for r in again.build())
    finally:
        again.close()
