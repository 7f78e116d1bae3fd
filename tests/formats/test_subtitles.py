"""Subtitle profiles, cue making, checks and SRT/WebVTT/ASS writers."""

from __future__ import annotations

import io
import tomllib
from importlib import resources

import pysubs2
import pytest
import webvtt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microdrama.errors import InputError
from microdrama.formats.subtitles import (
    Cue,
    SpokenLine,
    break_text,
    caption_layout,
    check_cues,
    load_profile,
    make_cues,
    write_ass,
    write_srt,
    write_vtt,
)

CUES = [
    Cue("ep01-sc01-l01", 1000, 2500, "你以为你是谁？", "lin"),
    Cue("ep01-sc01-l02", 2567, 4000, "Lin Xia, you & I\nare <done>.", "su"),
    Cue("ep01-sc01-l03", 3_723_004, 3_725_000, "{\\b1}滚！"),
]

GOLDEN_SRT = """\
1
00:00:01,000 --> 00:00:02,500
你以为你是谁？

2
00:00:02,567 --> 00:00:04,000
Lin Xia, you & I
are ＜done＞.

3
01:02:03,004 --> 01:02:05,000
｛\\b1｝滚！
"""

PLACE = "line:78.12%,end position:44.91%,center size:78.7% align:center"
GOLDEN_VTT = f"""\
WEBVTT

ep01-sc01-l01
00:00:01.000 --> 00:00:02.500 {PLACE}
<v lin>你以为你是谁？</v>

ep01-sc01-l02
00:00:02.567 --> 00:00:04.000 {PLACE}
<v su>Lin Xia, you &amp; I
are &lt;done&gt;.</v>

ep01-sc01-l03
01:02:03.004 --> 01:02:05.000 {PLACE}
{{\\b1}}滚！
"""

GOLDEN_ASS = """\
[Script Info]
; Written by microdrama
ScriptType: v4.00+
PlayResX: 1080
PlayResY: 1920
WrapStyle: 2
ScaledBorderAndShadow: yes
YCbCr Matrix: TV.709

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, \
BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, \
BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Noto Sans CJK SC,87,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,\
0,0,0,0,100,100,0,0,1,4,2,2,60,170,420,1
Style: Speaker su,Noto Sans CJK SC,87,&H0066D1FF,&H000000FF,&H00000000,&H80000000,\
0,0,0,0,100,100,0,0,1,4,2,2,60,170,420,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:02.50,Default,lin,0,0,0,,你以为你是谁？
Dialogue: 0,0:00:02.57,0:00:04.00,Speaker su,su,0,0,0,,Lin Xia, you & I\\Nare <done>.
Dialogue: 0,1:02:03.00,1:02:05.00,Default,,0,0,0,,｛＼b1｝滚！
"""


# --- profiles ------------------------------------------------------------------------


def test_profiles_carry_the_documented_numbers() -> None:
    zh, en = load_profile("zh"), load_profile("en")
    assert (zh.chars_per_line, zh.cps, zh.cps_child) == (16, 9, 7)
    assert (en.chars_per_line, en.cps, en.cps_child) == (42, 20, 17)
    assert (zh.min_duration_ms, zh.max_duration_ms, zh.max_lines) == (833, 7000, 2)
    assert zh.min_gap_ms == 67  # 2 frames at 30 fps, rounded up
    assert load_profile("ja").chars_per_line == 13
    assert load_profile("ko").width("가나 AB") == 3.5  # half-width counts 0.5
    vzh, ven = load_profile("zh", vertical=True), load_profile("en", vertical=True)
    assert (vzh.chars_per_line, vzh.preferred_chars_per_line) == (14, 12)
    assert (ven.chars_per_line, ven.preferred_chars_per_line) == (24, 20)
    assert vzh.cps == zh.cps and vzh.max_lines == 2 and vzh.preferred_lines == 1


def test_every_language_and_table_names_its_source() -> None:
    text = resources.files("microdrama.packs").joinpath("subtitles/profiles.toml").read_text("utf-8")
    pack = tomllib.loads(text)
    assert {"en", "es", "pt-br", "id", "ar", "hi", "th", "zh", "zh-hant", "ko", "ja"} <= set(
        pack["languages"]
    )
    for table in [
        *pack["languages"].values(),
        pack["timing"],
        pack["vertical"],
        pack["vertical"]["text"],
        pack["vertical"]["safe_zone"],
        pack["label"],
    ]:
        assert table["source"].strip()


def test_language_aliases_and_unknown_language() -> None:
    assert load_profile("zh-CN").language == "zh"
    assert load_profile("zh_TW").language == "zh-hant"
    assert load_profile("en-US").language == "en"
    with pytest.raises(InputError, match="no subtitle profile.*Fix: use one of"):
        load_profile("tlh")


def test_caption_layout_sits_inside_the_safe_zones() -> None:
    layout = caption_layout(1080, 1920)
    assert (layout.safe.top, layout.safe.bottom, layout.safe.left, layout.safe.right) == (
        250,
        420,
        60,
        170,
    )
    assert layout.band_bottom == 1500 and layout.band_width == 850
    # 5% of 1920 would be 96 px; capped so 14 CJK characters fit the 850-px band.
    assert layout.text_px * 14 <= layout.band_width
    assert layout.text_px == 60
    small = caption_layout(720, 1280)
    assert small.safe.bottom == 280 and small.text_px == 40


# --- writers -------------------------------------------------------------------------


def test_srt_golden_and_parses() -> None:
    text = write_srt(CUES)
    assert text == GOLDEN_SRT
    parsed = pysubs2.SSAFile.from_string(text, format_="srt")
    assert [(e.start, e.end) for e in parsed] == [(c.start_ms, c.end_ms) for c in CUES]
    assert parsed[1].plaintext == "Lin Xia, you & I\nare ＜done＞."
    assert parsed[2].plaintext == "｛\\b1｝滚！"


def test_vtt_golden_and_parses() -> None:
    text = write_vtt(CUES)
    assert text == GOLDEN_VTT
    captions = webvtt.from_buffer(io.StringIO(text)).captions
    assert [c.identifier for c in captions] == [c.id for c in CUES]
    assert captions[0].start == "00:00:01.000" and captions[2].end == "01:02:05.000"
    assert captions[1].voice == "su"
    assert captions[1].text == "Lin Xia, you &amp; I\nare &lt;done&gt;."
    assert "line:78.12%,end" in captions[0].settings
    bare = write_vtt(CUES[:1], placement=False)
    assert "00:00:01.000 --> 00:00:02.500\n" in bare


def test_ass_golden_and_parses() -> None:
    text = write_ass(CUES, language="zh", speaker_colours={"su": "#ffd166"})
    assert text == GOLDEN_ASS
    parsed = pysubs2.SSAFile.from_string(text, format_="ass")
    assert parsed.info["PlayResX"] == "1080" and parsed.info["PlayResY"] == "1920"
    style = parsed.styles["Default"]
    layout = caption_layout()
    assert style.fontsize == layout.ass_font_size
    assert (style.marginl, style.marginr, style.marginv) == (60, 170, 420)
    assert style.alignment == pysubs2.Alignment.BOTTOM_CENTER
    assert style.outline > 0 and style.shadow > 0
    assert parsed.styles["Speaker su"].primarycolor == pysubs2.Color(255, 209, 102, 0)
    assert [e.plaintext for e in parsed][:2] == ["你以为你是谁？", "Lin Xia, you & I\nare <done>."]
    assert parsed[1].style == "Speaker su" and parsed[2].start == 3_723_000


def test_ass_font_follows_language_and_rejects_bad_colour() -> None:
    assert "Noto Sans CJK TC" in write_ass(CUES, language="zh-hant")
    assert ",My Font,87," in write_ass(CUES, language="en", font_name="My Font")
    with pytest.raises(InputError, match="#RRGGBB"):
        write_ass(CUES, language="zh", speaker_colours={"su": "gold"})


# --- cue making ----------------------------------------------------------------------

LONG_ZH = "林晓，你以为你是谁？今天我就让你知道，什么叫做真正的豪门千金！你给我跪下道歉。"
LONG_EN = (
    "Lin Xia, do you really think you can walk into my house and take everything "
    "that belongs to me? You are nothing but a liar, and tonight everyone will know it."
)


@pytest.mark.parametrize("vertical", [True, False])
@pytest.mark.parametrize(
    ("language", "text", "name"), [("zh", LONG_ZH, "林晓"), ("en", LONG_EN, "Lin Xia")]
)
def test_long_lines_split_into_clean_cues(
    language: str, text: str, name: str, vertical: bool
) -> None:
    seconds = 9 if language == "zh" else 8
    line = SpokenLine("ep01-sc01-l01", text, "su", 1000, 1000 + seconds * 1000, (name,))
    cues = make_cues([line], language, vertical=vertical)
    assert len(cues) >= 2
    assert [c.id for c in cues] == ["ep01-sc01-l01"] + [
        f"ep01-sc01-l01-{k}" for k in range(2, len(cues) + 1)
    ]
    assert cues[0].start_ms == 1000 and all(c.speaker == "su" for c in cues)
    assert cues[-1].end_ms <= line.end_ms + 500
    assert check_cues(cues, language, vertical=vertical) == []
    joined = ("" if language == "zh" else " ").join(
        c.text.replace("\n", "" if language == "zh" else " ") for c in cues
    )
    assert joined == text
    assert any(name in c.text.split("\n")[0] for c in cues)


def test_vertical_prefers_one_line_cues() -> None:
    line = SpokenLine("l1", LONG_ZH, "su", 0, 9000)
    assert all("\n" not in c.text for c in make_cues([line], "zh"))
    horizontal = make_cues([line], "zh", vertical=False)
    assert any("\n" in c.text for c in horizontal)


def test_english_breaks_keep_word_groups() -> None:
    texts = break_text(
        "I never said that I would marry the man who destroyed my family.", "en", window_ms=6000
    )
    lines = [line for text in texts for line in text.split("\n")]
    for line in lines[:-1]:
        assert line.split()[-1].lower() not in {"the", "a", "i", "would", "my", "never"}
    assert lines[-1].endswith("family.")


def test_chinese_never_breaks_before_closing_punctuation_or_after_opening() -> None:
    text = "「你给我站住！」他说——" * 3 + "《豪门》……"
    for cue in break_text(text, "zh", window_ms=12_000):
        for line in cue.split("\n"):
            assert line[0] not in "，。！？、；：」』》…—"
            assert line[-1] not in "「『《"


def test_latin_word_inside_chinese_stays_whole() -> None:
    texts = break_text(
        "这是我们公司最新的AIGenerated系统，你们谁敢说它不好用？", "zh", window_ms=8000
    )
    assert any("AIGenerated" in t for t in texts)


def test_gaps_close_to_two_frames_and_never_touch_the_next_line() -> None:
    lines = [
        SpokenLine("a", "你好。", "lin", 0, 1500),
        SpokenLine("b", "你也好。", "su", 1900, 3000),  # 400 ms after a: close the gap
        SpokenLine("c", "走吧。", "lin", 3020, 4200),  # 20 ms after b: end b early
        SpokenLine("d", "好。", "su", 6000, 6900),
    ]
    cues = make_cues(lines, "zh")
    by_id = {c.id: c for c in cues}
    assert by_id["a"].end_ms == 1900 - 67
    assert by_id["b"].end_ms == 3020 - 67
    assert by_id["c"].end_ms == 4200  # reading time fits the speech: no linger needed
    assert by_id["d"].start_ms == 6000
    assert check_cues(cues, "zh") == []


def test_minimum_duration_extends_when_there_is_room() -> None:
    cues = make_cues([SpokenLine("a", "滚！", "su", 1000, 1300)], "zh")
    assert cues[0].duration_ms == 833
    tight = make_cues(
        [SpokenLine("a", "滚！", "su", 1000, 1300), SpokenLine("b", "你敢！", "lin", 1600, 2600)],
        "zh",
    )
    assert tight[0].end_ms == 1600 - 67
    findings = check_cues(tight, "zh")
    assert [(f.rule, f.severity, f.target) for f in findings] == [
        ("subtitle.duration", "warning", "a")
    ]


def test_long_speech_is_split_below_max_duration() -> None:
    cues = make_cues(
        [SpokenLine("a", "我等了你整整十年，你知道这十年我是怎么过的吗？", "lin", 0, 15_000)], "zh"
    )
    assert len(cues) >= 3 and all(c.duration_ms <= 7000 for c in cues)
    assert check_cues(cues, "zh") == []


def test_bad_speech_timing_is_an_input_error() -> None:
    with pytest.raises(InputError, match="line x.*Fix"):
        SpokenLine("x", "hi", "a", 500, 500)


# --- checks --------------------------------------------------------------------------


def test_check_cues_reports_each_rule() -> None:
    cues = [
        Cue("a", 0, 500, "你好"),  # too short
        Cue("b", 520, 8000, "一二三四五六七八九十一二三四五六\n二\n三"),  # gap, length, lines, long
        Cue("c", 7900, 8900, "这是一句说得太快太快太快的台词啊"),  # overlap, cps
        Cue("c", 9100, 9000, ""),  # duplicate id, empty, negative
        Cue("e", 9300, 10_300, "好"),  # 300 ms after … closable gap
    ]
    found = {(f.rule, f.severity, f.target) for f in check_cues(cues, "zh")}
    assert found == {
        ("subtitle.duration", "warning", "a"),
        ("subtitle.gap", "error", "b"),
        ("subtitle.line-length", "error", "b"),
        ("subtitle.lines", "error", "b"),
        ("subtitle.duration", "warning", "b"),
        ("subtitle.gap", "error", "c"),
        ("subtitle.line-length", "error", "c"),
        ("subtitle.cps", "warning", "c"),
        ("subtitle.id", "error", "c"),
        ("subtitle.text", "error", "c"),
        ("subtitle.timing", "error", "c"),
        ("subtitle.gap", "warning", "c"),  # 200 ms between the two c's
        ("subtitle.gap", "warning", "e"),
    }
    assert all(f.fix for f in check_cues(cues, "zh"))


def test_horizontal_profile_allows_longer_lines() -> None:
    cue = [Cue("a", 0, 3000, "一二三四五六七八九十一二三四五六")]
    assert [f.rule for f in check_cues(cue, "zh")] == ["subtitle.line-length"]
    assert check_cues(cue, "zh", vertical=False) == []


# --- properties ----------------------------------------------------------------------

ZH_CHARS = "你我他的是不了在有人这个们来到说要就出会可也以为" + "，。！？"
EN_WORDS = [
    "the",
    "a",
    "house",
    "never",
    "and",
    "you",
    "walk",
    "to",
    "money",
    "I",
    "would",
    "marry",
    "family,",
    "tonight.",
    "really?",
    "everything",
    "with",
    "belongs",
]


@st.composite
def text_with_name(draw: st.DrawFn, language: str) -> tuple[str, str]:
    if language == "zh":
        name = draw(st.sampled_from(["林晓", "苏婉清", "顾北辰", "欧阳明月"]))
        before = draw(st.text(alphabet=ZH_CHARS, max_size=40))
        after = draw(st.text(alphabet=ZH_CHARS, max_size=40))
        return before + name + after, name
    name = draw(st.sampled_from(["Lin Xia", "Gu Beichen", "Mr. Gu", "Su Wanqing"]))
    words_before = draw(st.lists(st.sampled_from(EN_WORDS), max_size=14))
    words_after = draw(st.lists(st.sampled_from(EN_WORDS), max_size=14))
    return " ".join([*words_before, name, *words_after]), name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), language=st.sampled_from(["zh", "en"]), vertical=st.booleans())
def test_names_are_never_split(data: st.DataObject, language: str, vertical: bool) -> None:
    text, name = data.draw(text_with_name(language))
    seconds = max(1, len(text) // (4 if language == "zh" else 12))
    line = SpokenLine("l1", text, "x", 0, seconds * 1000, (name,))
    lines = [
        part
        for cue in make_cues([line], language, vertical=vertical)
        for part in cue.text.split("\n")
    ]
    assert sum(part.count(name) for part in lines) == text.count(name)


@st.composite
def spoken_lines(draw: st.DrawFn, language: str, sane: bool) -> list[SpokenLine]:
    count = draw(st.integers(1, 6))
    profile = load_profile(language, True)
    lines, cursor = [], draw(st.integers(0, 2000))
    for index in range(count):
        if language == "zh":
            text = draw(st.text(alphabet=ZH_CHARS, min_size=1, max_size=60))
        else:
            text = " ".join(draw(st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=25)))
        if sane:
            need = profile.width(text) * 1000 / (0.8 * profile.cps)
            duration = max(int(need), profile.min_duration_ms) + draw(st.integers(0, 3000))
            gap = draw(st.integers(profile.min_gap_ms, 2000))
        else:
            duration = draw(st.integers(100, 9000))
            gap = draw(st.integers(0, 1500))
        lines.append(SpokenLine(f"l{index}", text, "x", cursor, cursor + duration))
        cursor += duration + gap
    return lines


def _assert_ordered(cues: list[Cue]) -> None:
    for cue in cues:
        assert cue.start_ms < cue.end_ms
    for before, after in zip(cues, cues[1:], strict=False):
        assert before.end_ms <= after.start_ms


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), language=st.sampled_from(["zh", "en"]))
def test_any_timing_gives_ordered_cues_and_honest_findings(
    data: st.DataObject, language: str
) -> None:
    lines = data.draw(spoken_lines(language, sane=False))
    cues = make_cues(lines, language)
    _assert_ordered(cues)
    assert len({c.id for c in cues}) == len(cues)
    profile = load_profile(language, True)
    findings = {(f.rule, f.target) for f in check_cues(cues, language)}
    for before, after in zip(cues, cues[1:], strict=False):
        if after.start_ms - before.end_ms < profile.min_gap_ms:
            assert ("subtitle.gap", after.id) in findings
    for cue in cues:
        if not profile.min_duration_ms <= cue.duration_ms <= profile.max_duration_ms:
            assert ("subtitle.duration", cue.id) in findings
        if profile.width(cue.text) * 1000 / cue.duration_ms > profile.cps:
            assert ("subtitle.cps", cue.id) in findings
        assert len(cue.lines) <= profile.max_lines
        assert all(profile.width(part) <= profile.chars_per_line for part in cue.lines)
    # The text is never lost: every line's characters come back in order.
    said = "".join("".join(line.text.split()) for line in lines)
    assert "".join("".join(c.text.split()) for c in cues) == said


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), language=st.sampled_from(["zh", "en"]), vertical=st.booleans())
def test_readable_speech_gives_cues_without_errors(
    data: st.DataObject, language: str, vertical: bool
) -> None:
    lines = data.draw(spoken_lines(language, sane=True))
    cues = make_cues(lines, language, vertical=vertical)
    _assert_ordered(cues)
    errors = [f for f in check_cues(cues, language, vertical=vertical) if f.severity == "error"]
    assert errors == []
