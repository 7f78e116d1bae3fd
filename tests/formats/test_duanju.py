"""Chinese micro-drama scripts (短剧剧本) as writers deliver them — plain text in UTF-8
or GBK, or a Word .docx — imported into a project's episodes (formats/duanju.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from microdrama.cli import main
from microdrama.formats.docx import docx_text
from microdrama.formats.duanju import chinese_number, looks_like_duanju, parse_duanju
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import Project
from tests.conftest import isolated_config
from tests.docx import paragraph, write_docx

DATA = Path(__file__).parents[1] / "data/duanju"
SCRIPT = DATA / "豪门千金归来.txt"
NAMES = ("林晚", "顾夫人", "顾少")
PLACES = ("顾家客厅", "顾家花园", "宴会厅")


@pytest.fixture(scope="module")
def bible_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A zh project through its bible, whose first three characters and places are
    renamed to the script's (a writer's own cast and sets)."""
    root = tmp_path_factory.mktemp("duanju") / "drama"
    with isolated_config(tmp_path_factory.mktemp("home")):
        assert main(["new", str(root), "--idea", "保姆之女其实是豪门真千金", "--episodes", "2"]) == 0
        assert main(["build", str(root), "--until", "bible"]) == 0
    project = Project.open(root)
    bible = project.load_bible()
    assert bible is not None
    cast = [c.model_copy(update={"name": name})
            for c, name in zip(bible.characters, NAMES, strict=False)]
    sets = [place.model_copy(update={"name": name})
            for place, name in zip(bible.locations, PLACES, strict=False)]
    bible = bible.model_copy(update={"characters": cast + bible.characters[len(NAMES):],
                                     "locations": sets + bible.locations[len(PLACES):]})
    (root / "series.yaml").write_text(dump_model(bible), "utf-8")
    return root


def _ids(root: Path) -> dict[str, str]:
    bible = Project.open(root).load_bible()
    assert bible is not None
    return {c.name: c.id for c in bible.characters}


def test_a_script_reads_into_episodes_scenes_beats_and_lines() -> None:
    episodes = parse_duanju(SCRIPT.read_text("utf-8"), file=str(SCRIPT))
    assert [(e.number, e.title) for e in episodes] == [(1, "订婚宴"), (2, "")]
    first, second = episodes
    assert first.summary == "保姆之女林晚在订婚宴上被羞辱，顾少认出了她。"
    assert [(s.time, len(s.beats)) for s in first.scenes] == [("day", 2), ("night", 2)]
    opening = first.scenes[0].beats[0]
    # The front matter (人物小传) is not read: its "林晚：女，22岁" rows are no lines.
    assert opening.action.startswith("林晚端着茶盘走进客厅")
    assert "3-5个保镖冲进客厅。" in first.scenes[0].beats[1].action  # action, not a heading
    lines = [line for scene in first.scenes for beat in scene.beats for line in beat.lines]
    assert [(line.text, line.direction) for line in lines] == [
        ("一个保姆的女儿，也配站在这里？", "冷笑"),
        ("夫人，茶凉了，我再去换一杯。", ""),
        # Without a bible "林晚看着手机" cannot be told from a name: it is a speaker.
        ("屏幕上是一条陌生短信。", ""),
        ("是她……那个雨夜救我的人？", "OS"),  # 顾少OS：a voice-over
        ("你到底是谁？", ""),
        ("一个不该出现在这里的人。 我该走了。", "顿 转身"),  # directions are not spoken
    ]
    closing = first.scenes[1].beats[-1]
    assert closing.kind == "cliffhanger" and closing.action.startswith("顾少掏出一枚玉佩")
    assert second.scenes[0].time == "day"
    assert second.scenes[0].beats[0].lines[0].direction == "怒"
    assert "【闪回】二十二年前" in second.scenes[0].beats[-1].action


def test_imported_into_a_project_speakers_and_cast_are_the_bibles(
        bible_project: Path, tmp_path: Path) -> None:
    root = bible_project
    ids = _ids(root)
    assert main(["import-script", str(SCRIPT), "--into", str(root), "--replace"]) == 0
    project = Project.open(root)
    episode = project.load_episode(1, project.load_bible())
    first = episode.scenes[0]
    # The cast row names who is in the scene; 保安甲, an extra the bible lacks, is left out.
    assert first.characters == [ids["林晚"], ids["顾夫人"], ids["顾少"]]
    speakers = [line.speaker for beat in first.beats for line in beat.lines]
    assert speakers == [ids["顾夫人"], ids["林晚"], ids["顾少"]]
    # With the bible, a row about 林晚 with a colon in it is action, not a speaker.
    assert "林晚看着手机：屏幕上是一条陌生短信。" in first.beats[1].action


def test_gbk_text_and_a_word_document_import_as_the_utf8_text(
        bible_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SCRIPT.read_text("utf-8")
    gbk = tmp_path / "script-gbk.txt"
    gbk.write_bytes(text.replace("\n", "\r\n").encode("gbk"))  # as Notepad on Chinese Windows
    docx = tmp_path / "script.docx"
    write_docx(docx, text.split("\n"))
    assert docx_text(docx).split("\n") == text.split("\n")
    printed = []
    for source in (SCRIPT, gbk, docx):
        assert main(["import-script", str(source)]) == 0
        printed.append(capsys.readouterr().out)
    assert printed[0] == printed[1] == printed[2] and "ep002-sc01-l02" in printed[0]


def test_a_word_document_reads_tables_text_boxes_once_and_not_deleted_text(
        tmp_path: Path) -> None:
    docx = tmp_path / "script.docx"
    body = (
        paragraph("1-1 日 内 客厅")
        + '<w:tbl><w:tr><w:tc>' + paragraph("林晚：你来了。") + "</w:tc></w:tr></w:tbl>"
        + '<w:p><w:r><w:t>顾少：</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>'
        '<w:ins><w:r><w:t>我来了。</w:t></w:r></w:ins></w:p>'
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>'
        + paragraph("△门开了。")
        + "</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>"
        + paragraph("△门开了。")
        + "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>末</w:t></w:r></w:p>'
    )
    write_docx(docx, body=body)
    assert docx_text(docx).split("\n") == [
        "1-1 日 内 客厅", "林晚：你来了。", "顾少：我来了。", "", "△门开了。", "第一行", "第二行\t末"]


@pytest.mark.parametrize(("name", "content", "problem", "fix"), [
    ("old.doc", b"\xd0\xcf\x11\xe0", "cannot read a .doc file", "Word (.docx)"),
    ("broken.docx", b"PK not really", "not a Word document", "save it from Word or WPS"),
])
def test_files_that_are_not_scripts_are_named_with_the_fix(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes,
        problem: str, fix: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["import-script", str(path)]) == 2
    err = capsys.readouterr().err
    assert name in err and problem in err and fix in err


@pytest.mark.parametrize(("script", "line", "problem", "fix"), [
    ("第1集\n△她走进来。\n1-1 日 内 客厅\n林晚：你好。", 2, "action before the first scene",
     "1-1 日 内 顾家客厅"),
    ("1-1 日 内\n林晚：你好。", 1, "scene heading has no place", "1-1 日 内 顾家客厅"),
    ("第1十集\n1-1 日 内 宴会厅\n林晚：你好。", 1, "episode number '1十' is not a number",
     "第十二集"),
    ("1-1 日 内 宴会厅\n林晚：（冷笑）", 2, "林晚 has no words to say", "林晚：你来了。"),
    ("1-1 日 内 宴会厅\n陌生人：你好。", 2, "unknown character '陌生人'", "series.yaml"),
    ("1-1 日 内 顾家客厅\n林晚：你好。\n1-2 夜 外 码头\n林晚：走。", 3,
     "unknown place '码头' (series.yaml has: 顾家客厅, 顾家花园, 宴会厅", "add this one there"),
])
def test_a_bad_script_names_its_row_and_the_fix(
        bible_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        script: str, line: int, problem: str, fix: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(script, "utf-8")
    before = sorted(p.name for p in (bible_project / "episodes").glob("*")) \
        if (bible_project / "episodes").is_dir() else []
    assert main(["import-script", str(path), "--into", str(bible_project), "--replace"]) == 2
    err = capsys.readouterr().err
    assert f"line {line}" in err and problem in err and fix in err, err
    after = sorted(p.name for p in (bible_project / "episodes").glob("*")) \
        if (bible_project / "episodes").is_dir() else []
    assert before == after


def test_episodes_follow_the_scene_numbers_when_there_is_no_episode_heading() -> None:
    text = "2-1 日 内 客厅\n林晚：你好。\n2-2 夜 外 街道\n林晚：再见。\n3-1 日内客厅\n林晚：又见面了。"
    episodes = parse_duanju(text, file="x.txt")
    assert [(e.number, len(e.scenes)) for e in episodes] == [(2, 2), (3, 1)]
    assert episodes[1].scenes[0].time == "day"  # 日内客厅: the time written onto the place


@pytest.mark.parametrize(("numeral", "value"), [
    ("12", 12), ("１２", 12), ("十二", 12), ("二十", 20), ("一百零一", 101), ("两千", 2000)])
def test_chinese_episode_numbers(numeral: str, value: int) -> None:
    assert chinese_number(numeral) == value


def test_a_fountain_screenplay_is_not_taken_for_one() -> None:
    fountain = Path(__file__).parents[1] / "data/exchange/thirdparty"
    assert not looks_like_duanju("INT. HART MANSION - NIGHT\n\nAVA\nHello.\n")
    assert not looks_like_duanju(".林家大宅 - 夜\n\n苏晚\n你好。\n")
    assert looks_like_duanju(SCRIPT.read_text("utf-8"))
    assert fountain.is_dir()


def test_a_directions_words_give_the_lines_emotion_in_both_formats() -> None:
    from microdrama.formats.fountain import parse_fountain, series_to_fountain
    from tests.formats.test_fountain import en_episode, make_bible

    episodes = parse_duanju(SCRIPT.read_text("utf-8"), file=str(SCRIPT))
    lines = [line for e in episodes for s in e.scenes for b in s.beats for line in b.lines]
    assert [(line.direction, line.emotion) for line in lines if line.direction] == [
        ("冷笑", "mocking"),  # the longest word: not the smiling of 笑
        ("OS", "neutral"), ("顿 转身", "neutral"), ("怒", "angry")]
    fountain = ("INT. HART MANSION - NIGHT\n\nCHLOE\n(coldly)\nGet out.\n\n"
                "AVA\n(tears the report)\nIt's fake!\n\nETHAN\n(smiling sadly)\nGo.\n")
    read = parse_fountain(fountain, file="x.fountain")
    assert [(line.direction, line.emotion) for line in read[0].scenes[0].beats[0].lines] == [
        ("coldly", "cold"), ("tears the report", "neutral"), ("smiling sadly", "smiling")]
    # A line whose emotion is not what its direction says keeps it through a round trip.
    bible = make_bible("en")
    episode = en_episode()
    said = episode.scenes[0].beats[0].lines[0]
    for direction, emotion in (("smiling", "neutral"), ("coldly", "furious"), ("coldly", "cold")):
        changed = episode.model_copy(deep=True)
        changed.scenes[0].beats[0].lines[0] = said.model_copy(
            update={"direction": direction, "emotion": emotion})
        text = series_to_fountain(bible, [changed], ids=True)
        assert parse_fountain(text, file="x.fountain", bible=bible) == [changed], text


@pytest.fixture
def invented(tmp_path: Path) -> Path:
    """A zh project whose bible the offline writer invented (no name of the script's)."""
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "保姆之女其实是豪门真千金", "--episodes", "3"]) == 0
    assert main(["build", str(root), "--until", "bible"]) == 0
    return root


def test_add_cast_casts_the_scripts_people_and_places_into_the_bible(
        invented: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = invented
    before = Project.open(root).load_bible()
    assert before is not None
    # An episode the script does not replace keeps the characters and place it uses.
    kept = before.characters[-1]
    (root / "episodes").mkdir(exist_ok=True)
    (root / "episodes/ep003.yaml").write_text(
        "id: ep003\nnumber: 3\ntitle: 后来\ntarget_seconds: 30\nscenes:\n"
        f"- id: ep003-sc01\n  location: {before.locations[0].id}\n  time: day\n"
        f"  characters: [{kept.id}]\n  beats:\n"
        "  - id: ep003-sc01-b01\n    kind: hook\n    lines:\n    - id: ep003-sc01-l01\n"
        f"      speaker: {kept.id}\n      text: 我还在。\n", "utf-8")
    capsys.readouterr()
    assert main(["import-script", str(SCRIPT), "--into", str(root)]) == 2
    assert "--add-cast" in capsys.readouterr().err  # the way out is named
    assert main(["import-script", str(SCRIPT), "--into", str(root), "--add-cast"]) == 0
    printed = capsys.readouterr().out
    project = Project.open(root)
    bible = project.load_bible()
    assert bible is not None
    people = {c.name: c for c in bible.characters}
    # The most talkative takes the lead; 人物小传 gives gender and age (顾夫人，50岁, is
    # the elder, not the young rival); 顾少 is a man by his name.
    assert (people["林晚"].role, people["林晚"].gender, people["林晚"].look.age) == (
        "lead", "female", 22)
    assert "真千金" in people["林晚"].description
    assert (people["顾夫人"].role, people["顾夫人"].look.age) == ("elder", 50)
    assert people["顾少"].gender == "male" and people["顾少"].voice.gender == "male"
    assert "林晚看着手机" not in people  # action about her, not a person
    assert people[kept.name] == kept
    places = {loc.name: loc for loc in bible.locations}
    assert places["顾家客厅"].kind == "mansion"
    assert places["顾家花园"].kind in ("street", "forest", "village")  # 外: outdoors
    assert before.locations[0] in bible.locations  # ep003's place is left alone
    assert "林晚: takes the place of" in printed and "顾家花园" in printed
    episode = project.load_episode(1, bible)
    assert episode is not None
    speakers = {line.speaker for s in episode.scenes for b in s.beats for line in b.lines}
    assert speakers == {people[n].id for n in NAMES}


def test_add_cast_writes_nothing_when_the_script_stops_on_a_bad_row(
        invented: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bible = (invented / "series.yaml").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_text(SCRIPT.read_text("utf-8") + "\n3-1 日 内 顾家客厅\n林晚：（哭）\n", "utf-8")
    assert main(["import-script", str(bad), "--into", str(invented), "--add-cast"]) == 2
    assert "has no words to say" in capsys.readouterr().err
    assert (invented / "series.yaml").read_bytes() == bible
    assert not (invented / "episodes").is_dir() or not list((invented / "episodes").glob("*"))
