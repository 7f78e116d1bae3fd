"""`microdrama import-story` on stories as the tools writers use write them (our own
fixtures in tests/data/story/thirdparty, written after the Twee 3 spec, Twine 2.6's "View
as Twee", the SugarCube, Harlowe, Chapbook and Snowman docs and Writing with Ink): each
imports into a fresh project with the graph its file means — scenes, options, targets,
conditions, effects, start values, endings — or stops naming the construct, the file and
the line, leaving the project as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from microdrama.app.stories import StoryImportRequest, StoryImportResult, import_story
from microdrama.domain.script import Episode
from microdrama.errors import InputError
from microdrama.project.folder import Project, create_project, fill_missing_ids
from tests.conftest import make_settings
from tests.formats.story_data import DATA, make_project
from tests.test_cli import run

FIXTURES = DATA / "thirdparty"

#: Per scene (by the source's name): its ways on — options as (label, target, condition,
#: effects), ``("next", target)``, or ``("ending", title)`` — and its text.
Shape = dict[str, object]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "drama")


def imported(name: str, project: Path) -> StoryImportResult:
    result = import_story(StoryImportRequest(file=FIXTURES / name, into=project))
    # As the build reads it: the file on disk loads, with no id left for a build to write.
    path = result.target
    assert fill_missing_ids(path.read_text("utf-8"), path, 1) is None
    bible = Project.open(project).load_bible()
    assert bible is not None
    assert Project.open(project).load_episode(1, bible) == result.episode
    return result


def ways(result: StoryImportResult) -> Shape:
    """Each scene's ways on, named by the source's passage or knot names."""
    source = {scene: name for name, scene in result.scenes.items()}
    out: Shape = {}
    for scene in result.episode.scenes:
        name = source[scene.id]
        if scene.ending is not None:
            out[name] = ("ending", scene.ending.title)
        elif scene.next is not None:
            out[name] = ("next", source[scene.next])
        else:
            out[name] = [(c.label, source[c.goto], c.condition, c.effects) for c in scene.choices]
    return out


def words(episode: Episode, scene_id: str) -> list[tuple[str, str]]:
    """A scene's action and lines in order: ("", action) or (speaker, words)."""
    scene = next(s for s in episode.scenes if s.id == scene_id)
    out: list[tuple[str, str]] = []
    for beat in scene.beats:
        out += [("", row) for row in beat.action.split("\n") if row]
        out += [(line.speaker, line.text) for line in beat.lines]
    return out


def errors(result: StoryImportResult) -> list[str]:
    return [f"{f.rule} {f.target}" for f in result.findings if f.severity == "error"]


def test_a_harlowe_story_twine_exported_as_twee(project: Path) -> None:
    result = imported("harlowe-twine.twee", project)
    episode = result.episode
    assert episode.title == "The Locked Study"
    # The start's (set:)s are the start values; $hasKey gets our name.
    assert episode.state == {"trust": 0, "has_key": False} and episode.flags == {}
    assert result.renamed == {"$hasKey": "has_key"}
    assert ways(result) == {
        # (link:)[(set:)(goto:)] is an option with its effect; the (set: $trust to it + 1)
        # that Finch's Answer makes as it plays runs on the way in.
        "Arrival": [("Take the key from the desk", "The Hall", "", ["has_key = true"]),
                    ("Call for Finch", "Finch's Answer", "", ["trust = trust + 1"]),
                    ("Go straight to the hall", "The Hall", "", [])],
        "Finch's Answer": ("next", "The Hall"),
        "The Hall": [
            ("Open the door", "The [Locked] Door", "has_key", []),
            # (else-if:) holds when the (if:) before it did not; the hook's words with
            # its one link are that option as the viewer reads it.
            ("Finch waits by the stairs. Ask Finch to stay", "Morning",
             "(not has_key) and (trust > 0)", []),
            ("Wait for morning", "Morning", "(not has_key) and (not (trust > 0))", []),
            # (unless:) and (link-reveal-goto:) with a (put:) in its hook.
            ("Climb out of the window", "Garden", "not (trust > 1)", ["trust = trust - 1"])],
        "The [Locked] Door": ("ending", "The [Locked] Door"),  # the escaped passage name
        "Morning": ("ending", "Morning"),
        "Garden": ("ending", "Garden"),
    }
    scene = result.scenes
    assert words(episode, scene["Arrival"]) == [  # the <!-- comment --> is gone
        ("", "Rain runs down the windows of the country house."),
        ("lead", "Someone has been in the study.")]
    # Twine writes a text row starting with :: as \::; { } only collapse whitespace.
    assert words(episode, scene["Morning"])[0] == ("", ":: Morning ::")
    assert words(episode, scene["The Hall"]) == [
        ("", "The corridor is dark. A door stands at the end.")]
    # The story's JavaScript and stylesheet are skipped and said so.
    assert any("StoryScript [script] at line 56" in n for n in result.notes)
    assert any("StoryStylesheet [stylesheet] at line 61" in n for n in result.notes)
    assert errors(result) == []


def test_a_sugarcube_story_as_tweego_compiles_it(project: Path) -> None:
    result = imported("sugarcube-tweego.twee", project)
    episode = result.episode
    assert episode.state == {"trust": 0, "ally": "", "found_letter": False}
    assert episode.flags == {"met_finch": False}  # recall(…) in StoryInit, memorize in a link
    assert ways(result) == {
        # A multi-row <<link>> with its <<set>>, a setter link, a <<button>> with <<goto>>;
        # the <<set>> Desk makes as it plays runs on the way in.
        "Start": [("Search the desk", "Desk", "", ["trust += 1", "found_letter = true"]),
                  ("Call Finch", "Finch", "", ['ally = "finch"']),
                  ("Wait in the hall", "Hall", "", [])],
        "Desk": ("next", "Hall"),  # a <<goto>> on its own goes straight on
        "Finch": [("Thank him", "Hall", "", ["met_finch = true"]),
                  ("Say nothing", "Hall", "", [])],
        "Hall": [  # <<if>> / <<elseif>> / <<else>> over several rows
            ("Read the letter aloud", "Reading", "found_letter", []),
            ("Finch is waiting. Ask Finch what he saw", "Reading",
             '(not found_letter) and (ally == "finch")', []),
            ("Go to bed", "Night", '(not found_letter) and (not (ally == "finch"))', []),
            ("Leave the house", "Garden", "", [])],
        "Reading": ("ending", "Reading"),
        "Night": ("ending", "Night"),
        "Garden": ("ending", "Garden"),
    }
    assert words(episode, result.scenes["Desk"]) == [("", "A letter lies under the blotter.")]
    notes = " ".join(result.notes)
    for skipped in ("StoryCaption at line 22", "Story JavaScript [script] at line 25",
                    "Story Stylesheet [stylesheet] at line 29", "Widgets [widget] at line 32"):
        assert f"the passage {skipped} is not imported" in notes
    assert errors(result) == []


def test_a_chapbook_story(project: Path) -> None:
    result = imported("chapbook.twee", project)
    assert result.episode.state == {"trust": 0, "has_key": False}
    assert ways(result) == {
        # The vars sections: the start's are start values (and run again on the way back).
        "Kitchen": [("Search the drawer", "Drawer", "", ["has_key = true"]),
                    ("Ring for Finch", "Finch", "", ["trust = trust + 1"])],
        "Door": [("You could unlock it.", "Study", "has_key", []),  # [if] with a sentence
                 ("Knock", "Study", "not has_key", []),  # [else]
                 ("Walk away", "Garden", "", []),  # {link to: …} after [continue]
                 ("Go back to the kitchen", "Kitchen", "", ["trust = 0", "has_key = false"])],
        "Drawer": ("next", "Door"),
        "Finch": ("next", "Door"),
        "Garden": ("ending", "Garden"),
        "Study": ("ending", "Study"),
    }
    # The [note] section is never shown; [align center] keeps the fork's link.
    door = words(result.episode, result.scenes["Door"])
    assert door == [("", "The study door is shut.")]
    assert errors(result) == []


def test_a_snowman_story(project: Path) -> None:
    result = imported("snowman.twee", project)
    assert result.episode.state == {"has_key": False, "trust": 0}
    assert ways(result) == {
        "Start": [("Take the key", "Key", "", ["has_key = true"]),
                  ("Leave the house", "Garden", "", [])],
        "Key": ("next", "Garden"), "Garden": ("ending", "Garden")}
    assert result.renamed == {"s.hasKey": "has_key"}


def test_a_chinese_story_with_a_bom_and_crlf_line_ends(tmp_path: Path) -> None:
    project = tmp_path / "zh"
    create_project(project, make_settings(language="zh", episodes=1))
    shutil.copy(FIXTURES / "series-zh.yaml", project / "series.yaml")
    result = imported("zh-crlf-bom.twee", project)
    episode = result.episode
    assert episode.title == "真假千金" and episode.state == {"trust": 0}
    assert ways(result) == {
        "订婚宴": [("冷静离场", "花园", "", []), ("当众揭穿", "书房", "", ["trust = 1"])],
        "书房": [("打开信", "真相", "trust >= 1", []), ("把信烧掉", "花园", "", [])],
        "真相": ("ending", "真相"), "花园": ("ending", "花园")}
    # Speakers written with the full-width colon are matched; no \r is left anywhere.
    assert words(episode, result.scenes["订婚宴"]) == [
        ("", "宴会厅里灯火通明，所有人都看着她。"), ("lead", "这杯酒，是你泼的？")]
    assert words(episode, result.scenes["书房"]) == [("butler", "小姐，这封信您该看看。")]
    assert "\r" not in result.document and "\ufeff" not in result.document


def test_an_ink_story_as_a_writer_writes_it_in_inky(project: Path) -> None:
    result = imported("inky-writer.ink", project)
    episode = result.episode
    assert episode.title == "The Locked Study"
    assert episode.state == {"trust": 0, "ally": "", "found_letter": False}
    assert any("`# author: A. Writer` (line 2) is not kept" in n for n in result.notes)
    assert ways(result) == {
        # CONST MAX_TRUST is its value; the corridor's ~ trust++ runs on every way into
        # it (straight from the hall, or after Finch answers).
        "arrival": [("Search the desk", "arrival@18", "", ["found_letter = true", "trust += 1"]),
                    ("Call for Finch", "arrival@23", "trust < 2",
                     ["trust = trust + 1", 'ally = "finch"', "trust += 1"]),
                    ("Leave the house", "garden", "", [])],
        "arrival@18": ("next", "hall"),
        "arrival@23": ("next", "hall.corridor"),
        "hall": ("next", "hall.corridor"),
        "hall.corridor": [("Read the letter aloud", "reading", "found_letter", []),
                          ("Ask Finch what he saw", "hall.corridor@37", "", [])],
        "hall.corridor@37": ("next", "hall.corridor@38"),  # on to the labelled gather
        "hall.corridor@38": [("Go to bed", "night", "", []),
                             ("Keep waiting with Finch", "garden", 'ally == "finch"', [])],
        "reading": ("ending", "Reading"), "garden": ("ending", "Garden"),  # -> DONE ends too
        "night": ("ending", "Night"),
    }
    # Glue joins two rows into one; the TODO: and the comments are gone.
    assert words(episode, result.scenes["arrival"]) == [
        ("", "Rain runs down the windows of the country house. Somebody has been in the study."),
        ("lead", "The door was locked last night.")]
    assert errors(result) == []


def test_an_ink_story_in_the_style_of_inkle_stops_at_its_first_unsupported_construct(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    story = FIXTURES / "intercept-style.ink"
    code, out, err = run(capsys, "import-story", str(story), "--into", str(project))
    message = " ".join(err.split())
    assert code == 2 and out == ""
    assert (f"{story}, line 17: a multi-line sequence ({{stopping: …}}) is not supported in "
            "an episode. Fix: write the text out plainly; branch with choices.") in message
    assert "Traceback" not in err
    # Nothing is half written: the project is as it was.
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before


def test_import_story_prints_what_it_skipped_and_renamed(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "import-story", str(FIXTURES / "harlowe-twine.twee"),
                         "--into", str(project))
    assert code == 0, err
    text = " ".join(out.split())
    assert "imported harlowe-twine.twee as ep001" in text and "(6 scenes, 7 options)" in text
    assert "variable $hasKey → has_key" in text
    assert "note: the passage StoryScript [script] at line 56 is not imported" in text


@pytest.mark.parametrize(("html", "twee"), [
    # Twine 2.6's Build > Publish to File: the story format's player around the story,
    # the passages HTML-escaped, the user's stylesheet and JavaScript in their elements.
    ("harlowe-twine-published.html", "harlowe-twine.twee"),
    # Library > Archive: <tw-storydata> alone, as Twine keeps it.
    ("sugarcube-twine-archive.html", "sugarcube-tweego.twee"),
])
def test_a_twine_2_html_story_imports_as_its_twee_does(html: str, twee: str,
                                                       tmp_path: Path) -> None:
    from_html = imported(html, make_project(tmp_path / "html"))
    from_twee = imported(twee, make_project(tmp_path / "twee"))
    assert from_html.episode == from_twee.episode
    assert from_html.scenes == from_twee.scenes and from_html.renamed == from_twee.renamed
    assert any("[script]" in note and "not imported" in note for note in from_html.notes)


def test_a_twine_html_story_names_its_own_lines(project: Path, tmp_path: Path) -> None:
    text = (FIXTURES / "harlowe-twine-published.html").read_text("utf-8")
    text = text.replace("Mr. Finch: I heard nothing, miss.", '(either: "a", "b")')
    story = tmp_path / "published.html"
    story.write_text(text, "utf-8")
    line = text[:text.index("(either:")].count("\n") + 1
    with pytest.raises(InputError) as caught:
        import_story(StoryImportRequest(file=story, into=project))
    assert caught.value.where == f"line {line}"
    assert "the macro (either:) (picks at random)" in caught.value.problem


@pytest.mark.parametrize(("name", "text", "words"), [
    ("library.html", (FIXTURES / "sugarcube-twine-archive.html").read_text("utf-8")
     + (FIXTURES / "harlowe-twine-published.html").read_text("utf-8"),
     "the file holds 2 stories ('The Locked Study', 'The Locked Study')"),
    ("twine1.html", '<html><body><div id="storeArea"><div tiddler="Start" tags="">Hi'
     "</div></div></body></html>", "a Twine 1 story"),
    ("page.html", "<html><body><p>Hello</p></body></html>", "no Twine 2 story in it"),
    ("story.json", '{"inkVersion":21,"root":[["^Hi.","\\n",["done",null]],"done",null],'
     '"listDefs":{}}', "compiled ink"),
    ("story.txt", "Hello.", "story.txt is neither Ink nor Twine"),
])
def test_story_files_no_reader_takes_are_refused_naming_what_they_are(
        name: str, text: str, words: str, project: Path, tmp_path: Path) -> None:
    story = tmp_path / name
    story.write_text(text, "utf-8")
    with pytest.raises(InputError) as caught:
        import_story(StoryImportRequest(file=story, into=project))
    assert words in caught.value.problem and caught.value.fix
