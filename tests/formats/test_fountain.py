"""Fountain export and import: golden lines, round trips, hand-written scripts, bad input."""

from __future__ import annotations

import re
from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microdrama.domain import (
    Beat,
    Bible,
    Character,
    Episode,
    LedgerEvent,
    Line,
    Location,
    Look,
    Scene,
    Voice,
    is_id,
)
from microdrama.domain.script import Emotion, TimeOfDay
from microdrama.errors import InputError
from microdrama.formats.fountain import (
    BEAT_KINDS,
    episode_to_fountain,
    parse_fountain,
    series_to_fountain,
)

FILE = "episodes/ep001.fountain"


def character(ident: str, name: str) -> Character:
    look = Look(
        age=28, face="oval", hair="long", hair_color="#101010", eye_color="#202020",
        skin="#e0c0a0", outfit="black suit", palette=["#000000", "#ffffff"],
    )  # fmt: skip
    voice = Voice(gender="female", pitch=50, rate=50, timbre="cool")
    return Character(
        id=ident, name=name, role="lead", gender="female", description="The lead.",
        look=look, voice=voice,
    )  # fmt: skip


def make_bible(language: str) -> Bible:
    if language == "zh":
        cast = [
            character("su-wan", "苏晚"),
            character("gu-chen", "顾沉"),
            character("kevin", "Kevin"),
        ]
        places = [
            Location(id="lin-mansion", name="林家大宅", kind="mansion"),
            Location(id="riverside", name="江边", kind="street"),
        ]
    else:
        cast = [
            character("mara", "Mara Hart"),
            character("david", "David"),
            character("jose", "José"),
        ]
        places = [
            Location(id="hart-mansion", name="The Hart Mansion", kind="mansion"),
            Location(id="harbor", name="Harbor Street", kind="street"),
        ]
    return Bible(
        title="重生之千金归来" if language == "zh" else "The Hart Affair", language=language,
        logline="A daughter returns.", genre="revenge", tropes=["heiress"], tone="tense",
        world="Today.", characters=cast, locations=places,
    )  # fmt: skip


ZH = make_bible("zh")
EN = make_bible("en")


def zh_episode() -> Episode:
    return Episode(
        id="ep001", number=1, title="归来", target_seconds=90, summary="苏晚回到林家。",
        scenes=[
            Scene(id="ep001-sc01", location="lin-mansion", time="night",
                  characters=["su-wan", "gu-chen"], beats=[
                Beat(id="ep001-sc01-b01", kind="hook", action="雨夜。苏晚推门而入。",
                     events=[LedgerEvent(kind="establish", fact="identity", who=["su-wan"])],
                     lines=[
                    Line(id="ep001-sc01-l01", speaker="su-wan", text="我回来了。",
                         emotion="cold", direction="冷笑", knows=["identity"]),
                    Line(id="ep001-sc01-l02", speaker="gu-chen", text="你是谁？", emotion="shocked"),
                ]),
                Beat(id="ep001-sc01-b02", kind="cliffhanger", action="灯灭了。", lines=[]),
            ]),
        ],
    )  # fmt: skip


def en_episode() -> Episode:
    return Episode(
        id="ep002", number=2, title="The Return", target_seconds=120, summary="",
        scenes=[
            Scene(id="ep002-sc01", location="harbor", time="dusk", characters=["mara"], beats=[
                Beat(id="ep002-sc01-b01", kind="hook", action="Rain. Mara waits.\n\nBANG!", lines=[
                    Line(id="ep002-sc01-l01", speaker="mara", text="I came back.",
                         direction="quietly", emotion="determined"),
                ]),
            ]),
            Scene(id="ep002-sc02", location="hart-mansion", time="night",
                  characters=["david", "mara", "jose"], beats=[
                Beat(id="ep002-sc02-b01", kind="reversal", action="", lines=[
                    Line(id="ep002-sc02-l01", speaker="david", text="You? Here?"),
                    Line(id="ep002-sc02-l03", speaker="jose", text="Both of you. Now."),
                ]),
            ]),
        ],
    )  # fmt: skip


def without_continuity(episode: Episode) -> dict[str, Any]:
    """Dump an episode without the fields Fountain does not carry."""
    data = episode.model_dump()
    for scene in data["scenes"]:
        for beat in scene["beats"]:
            beat.pop("events")
            for line in beat["lines"]:
                line.pop("knows")
    return data


# ---------------------------------------------------------------- export


def test_zh_export_reads_as_a_screenplay() -> None:
    lines = episode_to_fountain(ZH, zh_episode()).split("\n")
    assert lines[:3] == ["Title: 重生之千金归来", "Credit: 编剧", "Author: microdrama"]
    assert "# 第1集 归来" in lines
    assert "= 苏晚回到林家。" in lines
    assert ".林家大宅 - 夜" in lines
    assert "## hook" in lines and "## cliffhanger" in lines
    cue = lines.index("@苏晚")
    assert lines[cue - 1] == "" and lines[cue + 1 : cue + 3] == ["(冷笑)", "我回来了。"]
    assert not any("[[" in line for line in lines)


def test_en_export_uses_upper_case_cues_and_forces_what_would_misparse() -> None:
    text = series_to_fountain(EN, [en_episode()])
    lines = text.split("\n")
    assert lines[:3] == ["Title: The Hart Affair", "Credit: Written by", "Author: microdrama"]
    assert "# Episode 2: The Return" in lines
    assert "EXT. HARBOR STREET - DUSK" in lines
    assert "INT. THE HART MANSION - NIGHT" in lines
    assert lines[lines.index("MARA HART") + 1 : lines.index("MARA HART") + 3] == [
        "(quietly)",
        "I came back.",
    ]
    assert "!BANG!" in lines  # all caps would read as a character cue
    assert "@José" in lines  # non-ASCII names are forced
    assert lines[lines.index("DAVID") + 1] == "You? Here?"
    assert text.endswith("\n") and "\n\n\n" not in text


def test_ids_add_metadata_notes() -> None:
    lines = episode_to_fountain(ZH, zh_episode(), ids=True).split("\n")
    assert lines[lines.index("# 第1集 归来") + 1] == "[[id: ep001; target: 90]]"
    assert lines[lines.index(".林家大宅 - 夜") + 1] == "[[id: ep001-sc01]]"
    assert lines[lines.index("## hook") + 1] == "[[id: ep001-sc01-b01]]"
    assert "[[id: ep001-sc01-l01; emotion: cold]]" in lines
    assert "[[id: ep001-sc01-l02; emotion: shocked]]" in lines


def test_export_is_deterministic() -> None:
    assert series_to_fountain(EN, [en_episode()], ids=True) == series_to_fountain(
        EN, [en_episode()], ids=True
    )


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize(("bible", "make"), [(ZH, zh_episode), (EN, en_episode)])
def test_round_trip_with_ids_is_lossless(bible: Bible, make: Any) -> None:
    episode = make()
    back = parse_fountain(episode_to_fountain(bible, episode, ids=True), file=FILE, bible=bible)
    assert [without_continuity(e) for e in back] == [without_continuity(episode)]


def test_series_round_trip_keeps_every_episode() -> None:
    episodes = [zh_episode(), zh_episode().model_copy(update={"id": "ep002", "number": 2})]
    back = parse_fountain(series_to_fountain(ZH, episodes, ids=True), file=FILE, bible=ZH)
    assert [e.id for e in back] == ["ep001", "ep002"]
    assert [without_continuity(e) for e in back] == [without_continuity(e) for e in episodes]


@pytest.mark.parametrize(("bible", "make"), [(ZH, zh_episode), (EN, en_episode)])
def test_round_trip_without_ids_keeps_the_story(bible: Bible, make: Any) -> None:
    episode = make()
    (back,) = parse_fountain(episode_to_fountain(bible, episode), file=FILE, bible=bible)
    assert (back.number, back.title, back.summary) == (
        episode.number,
        episode.title,
        episode.summary,
    )
    assert [(s.location, s.time) for s in back.scenes] == [
        (s.location, s.time) for s in episode.scenes
    ]
    assert [(b.kind, b.action) for b in back.beats()] == [
        (b.kind, b.action) for b in episode.beats()
    ]
    assert [(ln.speaker, ln.text, ln.direction) for ln in back.lines()] == [
        (ln.speaker, ln.text, ln.direction) for ln in episode.lines()
    ]
    ids = back.all_ids()
    assert len(ids) == len(set(ids)) and all(is_id(i) for i in ids)
    assert ids[:2] == [f"{episode.id}-sc01", f"{episode.id}-sc01-b01"]
    assert all(re.fullmatch(r"ep\d{3}-sc\d{2}(-[bl]\d{2})?", i) for i in ids)


# ---------------------------------------------------------------- hand-written Fountain

HAND_WRITTEN = """\
Title: The Hart Affair
Author: Jane Doe
Draft date: 1 May

FADE IN:

EXT. HARBOR STREET - NIGHT #1#

Rain hammers the docks. MARA (30s) waits under a lamp.

MARA (V.O.)
I swore I would never come back.

/* An older draft:
MARA
Old line.
*/

INT. HART MANSION - CONTINUOUS [[check the set]]

Lights flicker.

MARA
(whispering)
Hello?

DAVID (O.S.)
Who's there?

MARA (CONT'D)
It's me.
(beat)
Your sister,
always.

CUT TO:

.THE GARDEN

> THE END <

===
"""


def test_parses_ordinary_hand_written_fountain() -> None:
    (episode,) = parse_fountain(HAND_WRITTEN, file=FILE)
    assert (episode.id, episode.number, episode.title) == ("ep001", 1, "")
    assert [(s.id, s.location, s.time) for s in episode.scenes] == [
        ("ep001-sc01", "harbor-street", "night"),
        ("ep001-sc02", "hart-mansion", "night"),
        ("ep001-sc03", "the-garden", "night"),  # no time: the previous scene's
    ]
    first, second, third = episode.scenes
    assert first.beats[0].action == "Rain hammers the docks. MARA (30s) waits under a lamp."
    assert [b.kind for b in episode.beats()] == ["hook", "escalation", "cliffhanger"]
    assert [(ln.speaker, ln.text, ln.direction) for ln in episode.lines()] == [
        ("mara", "I swore I would never come back.", "V.O."),  # the cue says how it is heard
        ("mara", "Hello?", "whispering"),
        ("david", "Who's there?", "O.S."),
        ("mara", "It's me.", ""),
        ("mara", "Your sister, always.", "beat"),
    ]
    assert [ln.id for ln in second.beats[0].lines] == [f"ep001-sc02-l0{n}" for n in range(1, 5)]
    assert second.characters == ["mara", "david"]
    assert third.beats[0].action == "THE END"


def test_hand_written_names_map_through_the_bible() -> None:
    text = "INT. THE HART MANSION - DAY\n\nMARA HART\nHello.\n\nJOSÉ (V.O.)\nHi.\n\n@david\nYo.\n"
    (episode,) = parse_fountain(text, file=FILE, bible=EN)
    assert episode.scenes[0].location == "hart-mansion"
    assert [ln.speaker for ln in episode.lines()] == ["mara", "jose", "david"]


def test_chinese_names_are_cues_without_the_at_sign_when_the_bible_knows_them() -> None:
    text = ".江边 - 黄昏\n\n风很大。\n\n苏晚\n（冷笑）你来\n了。\n"
    (episode,) = parse_fountain(text, file=FILE, bible=ZH)
    assert (episode.scenes[0].location, episode.scenes[0].time) == ("riverside", "dusk")
    assert [(ln.speaker, ln.text) for ln in episode.lines()] == [("su-wan", "（冷笑）你来了。")]


def test_sections_number_episodes_and_unmarked_beats_get_kinds() -> None:
    text = """\
# Episode 3: Fire
= It burns.

INT. LAB - DAY

Smoke.

MARA
Run!

Glass breaks.

# Pilot

INT. LAB - NIGHT

## reversal

Silence.

EXT. ROOF - DAWN

Sunrise.
"""
    third, fourth = parse_fountain(text, file=FILE)
    assert (third.number, third.title, third.summary) == (3, "Fire", "It burns.")
    assert (fourth.id, fourth.number, fourth.title) == ("ep004", 4, "Pilot")
    # action after dialogue starts a new beat of the same kind
    assert [(b.id, b.kind, b.action) for b in third.beats()] == [
        ("ep003-sc01-b01", "hook", "Smoke."),
        ("ep003-sc01-b02", "hook", "Glass breaks."),
    ]
    assert [b.kind for b in fourth.beats()] == ["reversal", "cliffhanger"]


def test_restored_ids_are_never_reused() -> None:
    text = """\
INT. LAB - DAY
[[id: ep001-sc02]]

MARA
One.
[[id: ep001-sc02-l01; emotion: angry]]

MARA
Two.

INT. HALL - DAY

Empty.
"""
    (episode,) = parse_fountain(text, file=FILE)
    assert episode.all_ids() == [
        "ep001-sc02", "ep001-sc02-b01", "ep001-sc02-l01", "ep001-sc02-l02",
        "ep001-sc03", "ep001-sc03-b01",
    ]  # fmt: skip
    assert episode.lines()[0].emotion == "angry"


# ---------------------------------------------------------------- bad input

BAD_INPUT = [
    ("", 1, "no screenplay content"),
    ("  \n\t\n   ", 1, "no screenplay content"),
    ("Title: Only a title page\nAuthor: Me\n", 1, "no screenplay content"),
    ("INT. HOUSE - DAY\n\n(angrily)\nGet out!\n", 3, "dialogue with no character cue"),
    ("INT. HOUSE - DAY\n\nBirds.\n\n@Mara\n\nShe leaves.\n", 5, "has no dialogue"),
    ("INT. HOUSE - DAY\n\nMARA\n(whispers)\n\nShe leaves.\n", 3, "cue with no dialogue"),
    ("\n\nINT. HOUSE - DAY\n\nINT. GARDEN - DAY\n\nBirds.\n", 3, "scene has no content"),
    ("INT. HOUSE - DAY\n\nBirds.\n\nINT. - NIGHT\n\nMore birds.\n", 5, "no location"),
    ("INT. HOUSE - DAY\n\n## hook\n[[id: ep001-sc01-b01; kind: climax]]\n", 4, "unknown beat kind"),
    ("INT. HOUSE - DAY\n[[id: ep001-sc01; mood: happy]]\n\nBirds.\n", 2, "malformed metadata"),
    ("INT. HOUSE - DAY\n\nBirds.\n[[id: ep001-sc01-b01; emotion: sad]]\n", 4, "malformed metadata"),
    ("INT. HOUSE - DAY\n\nMARA\nHi.\n[[emotion: giddy]]\n", 5, "unknown emotion"),
    ("[[id: ep001; target: 5]]\nINT. HOUSE - DAY\n\nBirds.\n", 1, "target"),
    ("INT. HOUSE - DAY\n[[id: EP001-SC01]]\n\nBirds.\n", 2, "invalid id"),
    (
        "INT. A - DAY\n[[id: ep001-sc01]]\n\nB.\n\nINT. C - DAY\n[[id: ep001-sc01]]\n\nD.\n",
        7,
        "twice",
    ),
    ("# Episode 1: A\n\n# Episode 2: B\n\nINT. HOUSE - DAY\n\nBirds.\n", 1, "has no scenes"),
    (
        "# Episode 1: A\n\nINT. A - DAY\n\nB.\n\n# Episode 1: C\n\nINT. A - DAY\n\nB.\n",
        7,
        "used twice",
    ),
    ("Birds sing.\n\nINT. HOUSE - DAY\n\nMore.\n", 1, "before the first scene heading"),
    ("INT. HOUSE - DAY\n\nBirds.\n/* cut\n", 4, "never closed"),
    ("INT. HOUSE - DAY\n\nMARA\nHi \x00 there.\n", 4, "control character"),
]


@pytest.mark.parametrize(("text", "line", "problem"), BAD_INPUT)
def test_bad_input_names_the_file_and_line(text: str, line: int, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_fountain(text, file=FILE)
    message = str(caught.value)
    assert message.startswith(f"{FILE}, line {line}: "), message
    assert problem in message and "Fix: " in message


def test_unknown_speaker_names_the_name_and_the_fix() -> None:
    text = "INT. THE HART MANSION - DAY\n\nMara walks in.\n\nMARA HART\nHi.\n\nVICTOR\nHello.\n"
    with pytest.raises(InputError) as caught:
        parse_fountain(text, file=FILE, bible=EN)
    assert caught.value.where == "line 8" and caught.value.file == FILE
    assert "'VICTOR'" in str(caught.value)
    assert caught.value.fix == "add the character to series.yaml or correct the name"


# ---------------------------------------------------------------- property tests

CHINESE = "苏晚顾沉林家大宅夜雨你我他的了是不在回来，。！？“”"
PLAIN = "abcxyzABCXYZ0123456789 .,!?'-:;#@~=>" + CHINESE
SPEECH = "abcxyzABC0123456789 .,!?'-:;#@~=>" + CHINESE


def single_line(alphabet: str, min_size: int = 1) -> st.SearchStrategy[str]:
    text = st.text(alphabet, min_size=min_size, max_size=12).map(lambda s: " ".join(s.split()))
    return text.filter(lambda s: len(s) >= min_size)


def paragraphs(alphabet: str, most: int) -> st.SearchStrategy[str]:
    lines = st.lists(single_line(alphabet), min_size=1, max_size=2).map("\n".join)
    return st.lists(lines, max_size=most).map("\n\n".join)


@st.composite
def episodes(draw: st.DrawFn, bible: Bible) -> Episode:
    cast = [c.id for c in bible.characters]
    number = draw(st.integers(1, 999))
    ident = f"ep{number:03d}"
    scenes = []
    first_scene = draw(st.integers(1, 3))
    for scene_number in range(first_scene, first_scene + draw(st.integers(1, 3))):
        scene_id = f"{ident}-sc{scene_number:02d}"
        beats, line_number = [], draw(st.integers(1, 5))
        for beat_number in range(1, draw(st.integers(1, 3)) + 1):
            lines = []
            for _ in range(draw(st.integers(0, 3))):
                lines.append(Line(
                    id=f"{scene_id}-l{line_number:02d}", speaker=draw(st.sampled_from(cast)),
                    text=draw(single_line(SPEECH)),
                    emotion=draw(st.sampled_from(get_args(Emotion))),
                    direction=draw(single_line(PLAIN + "()", 0)),
                ))  # fmt: skip
                line_number += 1
            beats.append(Beat(
                id=f"{scene_id}-b{beat_number:02d}", kind=draw(st.sampled_from(BEAT_KINDS)),
                action=draw(paragraphs(PLAIN + "()", 2)), lines=lines,
            ))  # fmt: skip
        scenes.append(Scene(
            id=scene_id, location=draw(st.sampled_from([loc.id for loc in bible.locations])),
            time=draw(st.sampled_from(get_args(TimeOfDay))),
            characters=draw(st.lists(st.sampled_from(cast), unique=True, max_size=3)), beats=beats,
        ))  # fmt: skip
    return Episode(
        id=ident, number=number, title=draw(single_line(PLAIN, 0)),
        target_seconds=draw(st.integers(10, 1200)), summary=draw(paragraphs(PLAIN, 1)),
        scenes=scenes,
    )  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), bible=st.sampled_from([ZH, EN]))
def test_random_episodes_round_trip_losslessly_with_ids(data: st.DataObject, bible: Bible) -> None:
    episode = data.draw(episodes(bible))
    text = episode_to_fountain(bible, episode, ids=True)
    assert parse_fountain(text, file=FILE, bible=bible) == [episode], text


FOUNTAIN_BITS = [
    "", "", "", "INT. HOUSE - DAY", ".林家大宅 - 夜", "EXT. - NIGHT", "# Episode 2: X", "# 第3集",
    "## hook", "## twist", "= summary", "===", "MARA", "MARA (V.O.) ^", "@苏晚", "@", "(softly)",
    "Hello.", "CUT TO:", "> THE END <", ">", "!LOUD", "~la la", "[[id: ep001-sc01-l01]]",
    "[[emotion: angry]]", "[[id: ep001; target: 90]]", "[[kind: nope]]", "[[note]]", "/*", "*/",
    "[[", "]]", "Title: T", "#", "##", ".", "..", "(", ")", "()", "@(V.O.)",
]  # fmt: skip


def parse_or_input_error(text: str, bible: Bible | None) -> None:
    try:
        result = parse_fountain(text, file=FILE, bible=bible)
    except InputError as error:
        assert error.file == FILE and error.where and error.where.startswith("line ")
    else:
        assert result and all(isinstance(episode, Episode) for episode in result)


@settings(max_examples=300, deadline=None)
@given(text=st.text(), bible=st.sampled_from([None, ZH, EN]))
def test_arbitrary_text_parses_or_raises_input_error(text: str, bible: Bible | None) -> None:
    parse_or_input_error(text, bible)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.sampled_from(FOUNTAIN_BITS) | st.text(max_size=8), max_size=30),
    bible=st.sampled_from([None, ZH, EN]),
)
def test_fountain_like_text_parses_or_raises_input_error(
    rows: list[str], bible: Bible | None
) -> None:
    parse_or_input_error("\n".join(rows), bible)


def test_a_byte_order_mark_does_not_hide_the_title_page() -> None:
    # Windows editors (Notepad, Word's "plain text") start the file with one; the title
    # page must still be read as the title page, not as action before any scene.
    text = "\ufeffTitle: The Key\r\nAuthor: Ana\r\n\r\nEXT. PIER - DAY\r\n\r\nMARA\r\nHi.\r\n"
    (episode,) = parse_fountain(text, file=FILE)
    assert [(ln.speaker, ln.text) for ln in episode.lines()] == [("mara", "Hi.")]
    assert "Title" not in episode.scenes[0].beats[0].action


def test_two_spaces_on_a_row_keep_the_dialogue_going() -> None:
    # Fountain: a row of two spaces inside dialogue is a blank line of that speech, not
    # the end of it (what follows would otherwise become action).
    text = "INT. CAR - DAY\n\nMARA\nI said no.\n  \nNot today.\n\nShe drives.\n"
    (episode,) = parse_fountain(text, file=FILE)
    assert [(ln.speaker, ln.text) for ln in episode.lines()] == [
        ("mara", "I said no. Not today.")]
    assert [b.action for b in episode.beats()] == ["", "She drives."]


def test_acts_are_parts_of_an_episode_and_ep_numbers_are_episodes() -> None:
    """Screenplays are written in acts: '# ACT TWO' does not start another episode, and
    an exporter's '# EP02 - Fire' numbers one."""
    text = """\
# ACT ONE

INT. LAB - DAY

Smoke.

# ACT TWO

EXT. ROOF - NIGHT

MARA
Run!

# EP02 - Fire

INT. LAB - NIGHT

Silence.

# 第二幕

EXT. ROOF - DAWN

Sunrise.
"""
    first, second = parse_fountain(text, file=FILE)
    assert (first.number, first.title, len(first.scenes)) == (1, "", 2)
    assert (second.number, second.title, len(second.scenes)) == (2, "Fire", 2)


def test_a_cue_extension_says_how_the_line_is_heard() -> None:
    """'(V.O.)' and '（画外音）' go to the line's direction (the figure on screen does not
    mouth it, stages/acting.py); '(CONT'D)' is only a speech carried over."""
    text = ("INT. LAB - DAY\n\nMARA (V.O.)\n(softly)\nI never left.\n\n"
            "MARA (CONT'D)\nNever.\n\nJOSE (O.S.) (CONT'D)\nMara?\n")
    (episode,) = parse_fountain(text, file=FILE)
    assert [(ln.speaker, ln.direction) for ln in episode.lines()] == [
        ("mara", "V.O. softly"), ("mara", ""), ("jose", "O.S.")]
    (zh,) = parse_fountain(".江边 - 黄昏\n\n苏晚（画外音）\n你来了。\n", file=FILE, bible=ZH)
    assert [(ln.speaker, ln.direction) for ln in zh.lines()] == [("su-wan", "画外音")]
