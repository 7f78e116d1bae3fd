"""The pieces of interactive rendering and the player that need no browser: segments
last at least the label's time, a segment's music fades at both ends, the page inlines
its story safely, and a bad analytics endpoint is refused with the file and the fix."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from microdrama.domain.storyboard import Storyboard
from microdrama.domain.timeline import build_timeline
from microdrama.errors import InputError
from microdrama.formats.player import player_files, player_strings, story_document
from microdrama.media.audio import read_wav, write_wav
from microdrama.media.mix import mix_episode
from microdrama.project.folder import load_settings


def _board() -> Storyboard:
    shot = {"framing": "MS", "characters": [], "location": "hall", "beat": "ep001-sc01-b01",
            "duration_ms": 2000}
    return Storyboard.model_validate({"episode": "ep001", "shots": [
        {**shot, "id": "ep001-sh01", "lines": ["l1"]},
        {**shot, "id": "ep001-sh02", "lines": ["l2"]},
        {**shot, "id": "ep001-sh03", "lines": ["l3"]}]})


def test_a_segment_shorter_than_its_label_holds_its_last_shot() -> None:
    voices = {"l1": 500, "l2": 600, "l3": 4000}
    linear = build_timeline(_board(), voices)
    segments = {"ep001-sh01": "ep001-sc01", "ep001-sh02": "ep001-sc02", "ep001-sh03": "ep001-sc02"}
    branching = build_timeline(_board(), voices, segment_of=segments, min_segment_ms=3000)
    assert [s.duration_ms for s in linear.shots] == [1000, 1100, 4500]
    # sc01 (one short shot) is held to 3 s; sc02 is long enough already.
    assert [s.duration_ms for s in branching.shots] == [3000, 1100, 4500]
    assert branching.lines[0].start_ms == linear.lines[0].start_ms  # speech keeps its place
    assert build_timeline(_board(), voices, segment_of=None, min_segment_ms=3000) == linear


def test_a_segment_bed_fades_in_and_out_instead_of_cutting() -> None:
    rate = 48000
    tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(rate) / rate)
    bed = write_wav(np.stack([tone, tone], axis=1), rate)
    cut, _ = read_wav(mix_episode([], [(0, 2000, bed)], 2000))
    faded, _ = read_wav(mix_episode([], [(0, 2000, bed)], 2000, fade_ends=True))

    def level(samples: np.ndarray, start_ms: int, end_ms: int) -> float:
        part = samples[start_ms * rate // 1000:end_ms * rate // 1000]
        return float(np.sqrt(np.mean(np.square(part.astype(np.float64)))))

    assert level(faded, 0, 20) < 0.2 * level(cut, 0, 20)  # it starts from silence…
    assert level(faded, 1980, 2000) < 0.2 * level(cut, 1980, 2000)  # …and ends in it
    assert abs(level(faded, 800, 1200) - level(cut, 800, 1200)) < 1e-3 * level(cut, 800, 1200)


def test_the_page_inlines_the_story_so_no_text_can_close_its_script() -> None:
    hostile = '</script><script>alert("x")</script>'
    document = story_document([], series=hostile, language="en", label="AI-generated",
                              analytics_url="", strings=player_strings("en"))
    files = player_files(document)
    page = files["index"].decode("utf-8")
    inline = re.search(r'<script type="application/json" id="story">(.*?)</script>', page, re.S)
    assert inline is not None and json.loads(inline[1]) == document
    assert page.count("<script") == 2  # the story and player.js: nothing the title opened
    assert "<title>&lt;/script&gt;" in page
    assert json.loads(files["story"]) == document
    assert player_strings("zh-Hans").play == "开始观看" and player_strings("fr").play == "Play"
    assert player_strings("es").play == "Ver" and player_strings("pt-BR").resume == "Continuar"


@pytest.mark.parametrize("url", ["ftp://example.com/x", "javascript:alert(1)", "events here"])
def test_a_bad_analytics_url_names_drama_toml_and_the_fix(tmp_path: Path, url: str) -> None:
    path = tmp_path / "drama.toml"
    path.write_text('[project]\nidea = "A maid\'s daughter is the real heiress of the house."\n'
                    f'language = "en"\nepisodes = 3\n\n[interactive]\nanalytics_url = "{url}"\n',
                    "utf-8")
    with pytest.raises(InputError) as caught:
        load_settings(path)
    assert "drama.toml" in str(caught.value) and "analytics_url" in str(caught.value)
    assert "https://stats.example.com/events" in (caught.value.fix or "")


def test_a_right_to_left_locales_player_is_laid_out_right_to_left() -> None:
    """The player stage passes a right-to-left locale's direction to the page (an Arabic
    player), and keeps left-to-right for the others."""
    from microdrama.engine.contract import Work
    from microdrama.stages.player import PlayerStage

    document = story_document([], series="مسلسل", language="ar", label="AI-generated",
                              analytics_url="", strings=player_strings("ar"))
    outputs = {"index": "i", "script": "s", "style": "c", "story": "j"}
    for payload, direction in (({"document": document, "rtl": True}, "rtl"),
                               ({"document": document}, "ltr")):
        made = PlayerStage.run(Work(stage="player", item="ar/interactive", key="k",
                                    payload=payload, outputs=outputs))
        assert f'<html lang="ar" dir="{direction}">' in made.blobs["index"].decode("utf-8")
    assert player_strings("ar").play == "شاهد"
