"""IMSC 1.1 (TTML) sidecars: parsed by ttconv's IMSC reader with every cue, its timing and
its lines; right to left for Arabic; the AI label written once and read back."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import pytest
from ttconv.imsc import reader

from microdrama.formats.subtitles import Cue
from microdrama.formats.ttml import IMSC_TEXT, TT, TTS, write_ttml
from microdrama.media.aigc import read_labels, read_marks, write_label
from microdrama.media.label import aigc_metadata

CUES = [Cue("ep001-sc01-l01", 2150, 4086, "Know your place.", "ivy"),
        Cue("ep001-sc01-l02", 4200, 7900, "You're just\na maid's daughter.", "tess"),
        Cue("ep001-sc01-l03", 8000, 9500, "Tom & Jerry <3", "ivy")]


def test_ttconv_reads_every_cue_with_its_time_and_lines() -> None:
    text = write_ttml(CUES, language="en", title="ep001")
    doc = reader.to_model(ET.ElementTree(ET.fromstring(text)))
    assert doc is not None
    ps = [p for p in ET.fromstring(text).iter(f"{{{TT}}}p")]
    assert [p.get("begin") for p in ps] == ["00:00:02.150", "00:00:04.200", "00:00:08.000"]
    assert [p.get("end") for p in ps] == ["00:00:04.086", "00:00:07.900", "00:00:09.500"]
    assert ["\n".join(p.itertext()).strip() for p in ps][1] == "You're just\na maid's daughter."
    assert "".join(ps[2].itertext()) == "Tom & Jerry <3"  # escaped, not markup
    root = ET.fromstring(text)
    assert root.get("{http://www.w3.org/ns/ttml#parameter}contentProfiles") == IMSC_TEXT
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    body = doc.get_body()
    assert body is not None and len(list(body)) == 1  # one div with the cues


def test_arabic_sidecars_run_right_to_left() -> None:
    text = write_ttml([Cue("a", 0, 1000, "مرحبا")], language="ar", rtl=True)
    style = ET.fromstring(text).find(f".//{{{TT}}}style")
    assert style is not None and style.get(f"{{{TTS}}}direction") == "rtl"
    assert reader.to_model(ET.ElementTree(ET.fromstring(text))) is not None


@pytest.mark.parametrize("times", [1, 2])
def test_the_label_is_written_once_and_read_back(times: int) -> None:
    content = write_ttml(CUES, language="en").encode("utf-8")
    value = aigc_metadata("microdrama", "ep001-ttml-1")
    for _ in range(times):  # labelling again replaces, never appends
        content = write_label("ttml", content, value, mark="AI-generated")
    assert read_labels("ttml", content) == [value]
    assert read_marks("ttml", content) == ["AI-generated"]
    assert reader.to_model(ET.ElementTree(ET.fromstring(content))) is not None
    first = next(ET.fromstring(content).iter(f"{{{TT}}}p"))
    assert first.text == "AI-generated" and first.get("begin") == "00:00:00.000"
