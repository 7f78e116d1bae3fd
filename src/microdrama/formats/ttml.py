"""IMSC 1.1 Text Profile (TTML) for delivery: one ``<p>`` per cue, timed on the media
clock, in a bottom region inside the vertical safe zones; right to left for RTL scripts.
Our cue model is the source of truth; this only writes it (ttconv reads it in tests)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from microdrama.formats.subtitles import Cue, caption_layout

TT = "http://www.w3.org/ns/ttml"
TTP = "http://www.w3.org/ns/ttml#parameter"
TTS = "http://www.w3.org/ns/ttml#styling"
TTM = "http://www.w3.org/ns/ttml#metadata"
XML = "http://www.w3.org/XML/1998/namespace"
#: The IMSC 1.1 Text Profile designator (W3C IMSC 1.1, §6.3).
IMSC_TEXT = "http://www.w3.org/ns/ttml/profile/imsc1.1/text"

for _prefix, _uri in (("", TT), ("ttp", TTP), ("tts", TTS), ("ttm", TTM)):
    ET.register_namespace(_prefix, _uri)


def clock(ms: int) -> str:
    """A TTML media time, ``HH:MM:SS.mmm``."""
    hours, rest = divmod(max(0, ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def write_ttml(cues: Sequence[Cue], *, language: str, title: str = "", rtl: bool = False,
               width: int = 1080, height: int = 1920) -> str:
    """The cues as an IMSC 1.1 Text Profile document."""
    layout = caption_layout(width, height)
    root = ET.Element(f"{{{TT}}}tt", {
        f"{{{XML}}}lang": language, f"{{{TTP}}}contentProfiles": IMSC_TEXT,
        f"{{{TTP}}}timeBase": "media", f"{{{TTS}}}extent": f"{width}px {height}px"})
    head = ET.SubElement(root, f"{{{TT}}}head")
    metadata = ET.SubElement(head, f"{{{TT}}}metadata")
    ET.SubElement(metadata, f"{{{TTM}}}title").text = title
    styling = ET.SubElement(head, f"{{{TT}}}styling")
    style = {
        f"{{{XML}}}id": "caption", f"{{{TTS}}}color": "white",
        f"{{{TTS}}}fontSize": f"{layout.text_px}px", f"{{{TTS}}}textAlign": "center",
        f"{{{TTS}}}textOutline": f"black {layout.outline_px}px",
    }
    if rtl:
        style[f"{{{TTS}}}direction"] = "rtl"
        style[f"{{{TTS}}}unicodeBidi"] = "embed"
    ET.SubElement(styling, f"{{{TT}}}style", style)
    region_layout = ET.SubElement(head, f"{{{TT}}}layout")
    left, right, bottom = layout.safe.left, layout.safe.right, layout.safe.bottom
    band = 3 * layout.line_pitch_px
    ET.SubElement(region_layout, f"{{{TT}}}region", {
        f"{{{XML}}}id": "bottom",
        f"{{{TTS}}}origin": f"{left}px {height - bottom - band}px",
        f"{{{TTS}}}extent": f"{width - left - right}px {band}px",
        f"{{{TTS}}}displayAlign": "after"})
    body = ET.SubElement(root, f"{{{TT}}}body", {"region": "bottom", "style": "caption"})
    div = ET.SubElement(body, f"{{{TT}}}div")
    for number, cue in enumerate(cues, 1):
        p = ET.SubElement(div, f"{{{TT}}}p", {
            f"{{{XML}}}id": f"c{number}", "begin": clock(cue.start_ms),
            "end": clock(cue.end_ms)})
        lines = cue.lines
        p.text = lines[0] if lines else ""
        for line in lines[1:]:
            ET.SubElement(p, f"{{{TT}}}br").tail = line
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
