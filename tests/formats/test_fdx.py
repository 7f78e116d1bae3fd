"""Final Draft (.fdx) screenplays imported into episodes (formats/fdx.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from microdrama.app import ImportRequest, import_script
from microdrama.errors import InputError
from microdrama.formats.fdx import parse_fdx
from tests.formats.test_fountain import make_bible

FDX = Path(__file__).parents[1] / "data/fdx/the-hart-affair.fdx"


def test_a_final_draft_script_reads_into_episodes() -> None:
    episodes = parse_fdx(FDX.read_bytes(), path=FDX, bible=make_bible("en"))
    assert [(e.number, e.title) for e in episodes] == [(1, ""), (2, "THE BOARD")]
    first = episodes[0]
    assert [(s.location, s.time) for s in first.scenes] == [("hart-mansion", "night"),
                                                           ("harbor", "dawn")]
    opening = first.scenes[0].beats[0]
    # Styled runs are one text; the transition is not the story.
    assert opening.action == "A glass of red wine hits MARA HART's face. Guests gasp."
    assert [(line.speaker, line.text, line.direction, line.emotion) for line in opening.lines] == [
        ("david", "The maid's daughter doesn't get to stand here.", "coldly", "cold"),
        ("mara", "That engagement was mine first & you know it.", "", "neutral")]
    harbor = first.scenes[1].beats[0]
    assert harbor.action == "Black cars pull up."  # the script note is not action
    # Dual dialogue: both speeches, one after the other; a voice-over keeps its mark.
    assert [(line.speaker, line.text, line.direction) for line in harbor.lines] == [
        ("jose", "Miss Hart.", ""), ("david", "No...", "V.O.")]
    assert episodes[1].scenes[0].beats[0].lines[0].text == "The board has waited three years."


def test_import_script_takes_fdx_by_its_name_or_its_xml(tmp_path: Path) -> None:
    renamed = tmp_path / "exported.txt"
    renamed.write_bytes(FDX.read_bytes())
    by_name = import_script(ImportRequest(file=FDX))
    by_content = import_script(ImportRequest(file=renamed))
    assert by_name.documents == by_content.documents and len(by_name.documents) == 2


PARAGRAPH = '<Paragraph Type="{}"><Text>{}</Text></Paragraph>'


def _fdx(*paragraphs: tuple[str, str]) -> bytes:
    body = "".join(PARAGRAPH.format(kind, text) for kind, text in paragraphs)
    return f'<?xml version="1.0"?><FinalDraft><Content>{body}</Content></FinalDraft>'.encode()


@pytest.mark.parametrize(("data", "where", "problem"), [
    (b"<?xml version='1.0'?><FinalDraft><Content>", None, "XML is broken"),
    (b"<?xml version='1.0'?><xliff version='1.2'/>", None, "the document is <xliff>"),
    (_fdx(("Scene Heading", "INT. HARBOR STREET - DAY"), ("Dialogue", "Hi.")), "paragraph 2",
     "dialogue with no character cue"),
    (_fdx(("Scene Heading", "INT. HARBOR STREET - DAY"), ("Character", "NOBODY"),
          ("Dialogue", "Hi.")), "paragraph 2", "unknown character 'NOBODY'"),
    (_fdx(("Action", "Rain.")), "paragraph 1", "action before the first scene heading"),
    (_fdx(("Scene Heading", "INT. THE MOON - DAY"), ("Action", "Dust.")), "paragraph 1",
     "unknown place 'THE MOON'"),
])
def test_a_bad_fdx_names_the_file_the_paragraph_and_the_fix(
        data: bytes, where: str | None, problem: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_fdx(data, path=Path("bad.fdx"), bible=make_bible("en"))
    error = raised.value
    assert str(error.file) == "bad.fdx" and problem in str(error) and error.fix
    assert error.where == where or where is None


def test_add_cast_brings_a_screenwriters_cast_into_an_invented_bible(tmp_path: Path) -> None:
    from microdrama.cli import main
    from microdrama.project.folder import Project

    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "A maid's daughter is the real heiress.",
                 "--episodes", "1"]) == 0
    assert main(["build", str(root), "--until", "bible"]) == 0
    result = import_script(ImportRequest(file=FDX, into=root, add_cast=True))
    bible = Project.open(root).load_bible()
    assert bible is not None
    people = {c.name: c for c in bible.characters}
    assert {"MARA HART", "DAVID", "JOSÉ"} <= set(people)
    assert people["DAVID"].gender == "male"  # the writer's name pools know him
    places = {loc.name: loc.kind for loc in bible.locations}
    assert places["THE HART MANSION"] == "mansion" and places["HARBOR STREET"] == "street"
    # The script's second episode is one the project builds: drama.toml now says 2.
    assert result.cast[-1] == "drama.toml: episodes 1 → 2" and len(result.episodes) == 2
    assert len(result.cast) == 6 and Project.open(root).settings.project.episodes == 2
