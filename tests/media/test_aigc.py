"""The implicit AIGC label per container: written once (replaced, never appended), read
back by our reader and by third-party readers (PyAV/ffmpeg, Pillow, the wave module)."""

from __future__ import annotations

import io
import subprocess
import wave
from pathlib import Path
from xml.etree import ElementTree

import av
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from microdrama.media import aigc, aigc_text
from microdrama.media.ffmpeg import ffmpeg_exe
from microdrama.media.label import LabelError, aigc_metadata

VALUE = aigc_metadata("microdrama", "ep001-test-0123456789abcdef")
OTHER = aigc_metadata("microdrama", "ep002-other")
SRT = "1\n00:00:00,500 --> 00:00:02,000\n你好\n\n2\n00:00:03,000 --> 00:00:04,000\n再见\n"
VTT = ("WEBVTT\n\nep001-l01\n00:00:00.500 --> 00:00:02.000\nhello\n\n"
       "ep001-l02\n00:00:03.000 --> 00:00:04.000\nbye\n")
ASS = ("[Script Info]\n; Written by a test\nScriptType: v4.00+\n\n[V4+ Styles]\n"
       "Format: Name, Fontname\nStyle: Default,Arial\n\n[Events]\n"
       "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
       "Dialogue: 0,0:00:00.50,0:00:02.00,Default,,0,0,0,,hello, world\n")


def ffmpeg(tmp: Path, name: str, *args: str) -> bytes:
    out = tmp / name
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, str(out)], check=True)
    return out.read_bytes()


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    tmp = tmp_path_factory.mktemp("media")
    video = ["-f", "lavfi", "-i", "testsrc2=size=160x96:rate=10", "-f", "lavfi",
             "-i", "sine=f=440", "-t", "1", "-c:v", "libx264", "-c:a", "aac"]
    png, jpeg = io.BytesIO(), io.BytesIO()
    Image.new("RGB", (32, 16), (200, 10, 10)).save(png, "PNG")
    Image.new("RGB", (32, 16), (200, 10, 10)).save(jpeg, "JPEG")
    return {
        "moov-last.mp4": ffmpeg(tmp, "a.mp4", *video),
        "faststart.mp4": ffmpeg(tmp, "b.mp4", *video, "-movflags", "+faststart"),
        "audio.m4a": ffmpeg(tmp, "c.m4a", "-f", "lavfi", "-i", "sine=f=440", "-t", "1",
                            "-c:a", "aac", "-movflags", "+faststart"),
        "voice.wav": ffmpeg(tmp, "d.wav", "-f", "lavfi", "-i", "sine=f=440", "-t", "0.5"),
        "panel.png": png.getvalue(), "cover.jpg": jpeg.getvalue(),
        "ep001.srt": SRT.encode(), "ep001.vtt": VTT.encode(), "ep001.ass": ASS.encode(),
    }


NAMES = ["moov-last.mp4", "faststart.mp4", "audio.m4a", "voice.wav", "panel.png",
         "cover.jpg", "ep001.srt", "ep001.vtt", "ep001.ass"]


@pytest.mark.parametrize("name", NAMES)
def test_exactly_one_label_after_writing_twice(media: dict[str, bytes], name: str) -> None:
    kind = aigc.kind_of(name)
    assert kind is not None
    once = aigc.label_bytes(name, media[name], OTHER, mark="AI生成")
    twice = aigc.label_bytes(name, once, VALUE, mark="AI生成")
    expected = [] if kind in aigc.MARK_ONLY else [VALUE]
    assert aigc.read_labels(kind, twice) == expected
    assert aigc.read_labels(kind, media[name]) == []
    if kind in aigc.SUBTITLES:
        assert aigc.read_marks(kind, twice) == ["AI生成"]
    assert aigc.label_bytes(name, twice, VALUE, mark="AI生成") == twice  # stable


@pytest.mark.parametrize("name", ["moov-last.mp4", "faststart.mp4", "audio.m4a"])
def test_a_labelled_mp4_plays_and_ffmpeg_reads_the_label(
        media: dict[str, bytes], name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(aigc.write_mp4(aigc.write_mp4(media[name], OTHER), VALUE))
    with av.open(str(path)) as container:
        assert container.metadata["AIGC"] == VALUE
        stream = container.streams[0]
        decoded = sum(1 for _ in container.decode(stream))
    with av.open(io.BytesIO(media[name])) as original:
        assert decoded == sum(1 for _ in original.decode(original.streams[0]))
    done = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "null", "-"],
                          capture_output=True, text=True, check=True)
    assert done.stderr == ""  # chunk offsets were shifted when moov grew before mdat


def test_the_wav_label_is_a_riff_chunk_that_players_skip(media: dict[str, bytes]) -> None:
    labelled = aigc.write_wav(media["voice.wav"], VALUE)
    assert b"AIGC" + len(VALUE).to_bytes(4, "little") + VALUE.encode() in labelled
    with wave.open(io.BytesIO(labelled)) as read, wave.open(io.BytesIO(media["voice.wav"])) as source:
        assert read.readframes(read.getnframes()) == source.readframes(source.getnframes())


@pytest.mark.parametrize("name", ["panel.png", "cover.jpg"])
def test_the_image_label_is_xmp_tc260(media: dict[str, bytes], name: str) -> None:
    kind = aigc.kind_of(name)
    assert kind is not None
    labelled = aigc.write_label(kind, media[name], VALUE, mark="")
    assert b'xmlns:TC260="http://www.tc260.org.cn/ns/AIGC/1.0/"' in labelled
    with Image.open(io.BytesIO(labelled)) as image:
        image.load()
        packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    assert image.size == (32, 16)
    # Pillow finds the packet where readers look for XMP; a plain XML parser reads it.
    assert packet is not None
    text = packet.decode() if isinstance(packet, bytes) else packet
    root = ElementTree.fromstring(text[text.index("<x:xmpmeta"):text.index("</x:xmpmeta>") + 12])
    values = [element.attrib["{http://www.tc260.org.cn/ns/AIGC/1.0/}AIGC"]
              for element in root.iter() if "{http://www.tc260.org.cn/ns/AIGC/1.0/}AIGC"
              in element.attrib]
    assert values == [VALUE]


def test_a_doubled_label_is_read_as_two(media: dict[str, bytes]) -> None:
    wav = aigc.write_wav(media["voice.wav"], VALUE)
    chunk = wav[wav.index(b"AIGC"):]
    doubled = wav + chunk
    doubled = doubled[:4] + (len(doubled) - 8).to_bytes(4, "little") + doubled[8:]
    assert aigc.read_wav(doubled) == [VALUE, VALUE]


@pytest.mark.parametrize(("value", "problem"), [
    ('{"AIGC":{"Label":"4","ContentProducer":"m","ProduceID":"i","ReservedCode1":"",'
     '"ContentPropagator":"m","PropagateID":"i","ReservedCode2":""}}', "Label '4'"),
    ('{"AIGC":{"Label":"1","ContentProducer":"micro drama","ProduceID":"i","ReservedCode1":"",'
     '"ContentPropagator":"m","PropagateID":"i","ReservedCode2":""}}', "ContentProducer"),
    ('{"AIGC":{"Label":1}}', "fields"),
    ('{"AIGC":', "not JSON"),
    ('{"Other":{}}', "not an object"),
])
def test_malformed_values_are_named(value: str, problem: str) -> None:
    assert any(problem in found for found in aigc.problems(value))
    assert aigc.problems(VALUE) == []


def test_a_file_that_is_not_its_kind_is_a_label_error() -> None:
    with pytest.raises(LabelError, match="cannot label"):
        aigc.label_bytes("x.png", b"not a png", VALUE, mark="AI生成")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                        max_size=30).filter(lambda t: t.strip() and "-->" not in t
                                            and t.strip() == t),
                min_size=0, max_size=5))
def test_subtitle_cues_survive_labelling(texts: list[str]) -> None:
    blocks = [f"{i}\n00:00:0{i},000 --> 00:00:0{i},900\n{text}" for i, text in
              enumerate(texts, 1)]
    labelled = aigc_text.write_srt("\n\n".join(blocks).encode(), VALUE, "AI-generated")
    again = aigc_text.write_srt(labelled, VALUE, "AI-generated")
    assert again == labelled
    cues = [aigc_text.cue_text(block) for block in aigc_text.subtitle_blocks(labelled.decode())]
    assert cues[0] == "AI-generated"
    assert [c for c in cues[1:]] == [t for t in texts if t not in ("AI生成", "AI-generated")]
