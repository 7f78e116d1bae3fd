"""Ink, Twee and Ren'Py exchange of interactive episodes, without outside tools: exports
read back into the same graph and episode, hand-written stories import with their
structure, every planted construct the exchange does not carry fails with the construct
and its line, and the Ren'Py script, played as Ren'Py would, reaches the graph's endings.
The npm compilers and the Ink runtime check the same exports in test_story_tools.py."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microdrama.domain.script import Beat, Episode, Line, Scene
from microdrama.errors import InputError
from microdrama.formats.ink import story_to_ink
from microdrama.formats.ink_parse import parse_ink
from microdrama.formats.interactive import load_interactive, story_graph
from microdrama.formats.renpy import story_to_renpy
from microdrama.formats.story_draft import build_episode
from microdrama.formats.subtitle_profiles import load_profile
from microdrama.formats.twee import story_ifid, story_to_twee
from microdrama.formats.twee_parse import parse_twee
from microdrama.review.craft import load_craft
from microdrama.review.story import review_story
from microdrama.review.story_play import GraphNumbers
from tests.formats.story_data import (
    DATA,
    STORIES,
    bible,
    canonical,
    canonical_episode,
    episode,
    source,
)

WRITERS = {"ink": (story_to_ink, parse_ink), "twee": (story_to_twee, parse_twee)}


def numbers_of(script: Episode) -> GraphNumbers:
    _, numbers = review_story(script, load_craft("en"), load_interactive(), load_profile("en"))
    assert numbers is not None
    return numbers


# --- round trips -------------------------------------------------------------------------


@pytest.mark.parametrize("name", STORIES)
@pytest.mark.parametrize("kind", list(WRITERS))
def test_an_export_reads_back_into_the_same_graph_and_episode(kind: str, name: str) -> None:
    write, read = WRITERS[kind]
    original = episode(name)
    built = build_episode(read(write(source(name)), file=f"story.{kind}"), bible(), 1)
    assert canonical(story_graph(built.episode)) == canonical(story_graph(original))
    # Every id, beat, action, emotion, direction, fact and ledger event comes back too.
    assert canonical_episode(built.episode) == canonical_episode(original)
    assert built.notes == []


@pytest.mark.parametrize("kind", list(WRITERS))
def test_an_export_imported_as_another_episode_renumbers_its_ids(kind: str) -> None:
    write, read = WRITERS[kind]
    built = build_episode(read(write(source("three-endings")), file=f"s.{kind}"), bible(), 7)
    assert built.episode.id == "ep007"
    assert all(ident.startswith("ep007-") for ident in built.episode.all_ids())
    assert built.episode.scenes[0].choices[0].goto == "ep007-sc02"


def linear_episode() -> Episode:
    scenes = [Scene(id=f"ep001-sc0{n}", location="study", characters=["lead"], beats=[
        Beat(id=f"ep001-sc0{n}-b01", kind="hook", action=f"Scene {n}.", lines=[
            Line(id=f"ep001-sc0{n}-l01", speaker="lead", text=f"Line {n}.")])])
        for n in (1, 2, 3)]
    return Episode(id="ep001", number=1, title="Straight On", target_seconds=60, scenes=scenes)


@pytest.mark.parametrize("kind", list(WRITERS))
def test_a_linear_episode_goes_out_as_a_chain_and_comes_back_linear(kind: str) -> None:
    write, read = WRITERS[kind]
    original = linear_episode()
    text = write(source(original))
    assert text.count("ep001-sc02") >= 2  # sc01 goes on to sc02
    built = build_episode(read(text, file=f"s.{kind}"), bible(), 1)
    assert built.episode == original and not built.episode.branching


def test_ink_lines_carry_id_speaker_and_shot_tags() -> None:
    text = story_to_ink(source("three-endings", shots={"ep001-sc02-l01": "ep001-sh03"}))
    assert ("He says he saw nothing. He is lying. # id: ep001-sc02-l01 # speaker: lead "
            "# shot: ep001-sh03") in text
    assert "=== ep001_sc02 ===" in text and "-> ep001_sc03" in text
    assert "+ {trust >= 1} [Forgive him # id: ep001-sc03-c01]" in text
    assert "VAR saw_letter = false" in text and "# flag: saw_letter" in text
    assert text.count("-> END") == 3


def test_twee_story_data_has_a_derived_ifid_sugarcube_and_the_start() -> None:
    text = story_to_twee(source("three-endings"))
    ifid = re.search(r'"ifid": "([0-9A-F-]+)"', text)
    assert ifid and re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-"
                                 r"[0-9A-F]{12}", ifid[1])
    assert ifid[1] == story_ifid("tests|ep001") != story_ifid("tests|ep002")
    assert '"format": "SugarCube"' in text and '"start": "ep001-sc01"' in text
    assert '<<set $saw_letter to recall("saw_letter", false)>>' in text
    assert ('<<if $trust >= 1>><<link "Forgive him" "ep001-sc04">><</link>><</if>>' in text)
    assert 'memorize("saw_letter", $saw_letter)' in text


#: Words with everything Ink, SugarCube and Ren'Py read as markup, and some non-ASCII.
_WORDS = st.lists(st.sampled_from(list("abcXYZ 019'\"#{}[]<>-*+=~/\\|$_@^:;!&%()") +
                                   ["é", "中", "→", "TODO", "->", "<<", "[[", "''", "/*"]),
                  min_size=1, max_size=16).map("".join).filter(lambda t: t == t.strip() != "")
_CONDITIONS = ["", "trust < 4", "not betrayed", 'ally == "finch" or saw_letter',
               "trust >= 1 and not (ally != \"\")", "-trust < 2"]
_EFFECTS = [[], ["trust += 2"], ['ally = "finch"', "betrayed = true"], ["saw_letter = true"],
            ["trust = trust - 1"]]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_random_story_reads_back_the_same_from_ink_and_twee(draw: st.DataObject) -> None:
    script = episode("loop-and-flags").model_copy(deep=True)
    ids = [scene.id for scene in script.scenes]
    for scene in script.scenes:
        for beat in scene.beats:
            rows = draw.draw(st.lists(_WORDS, max_size=2))
            beat.action = "\n".join(rows)
            for line in beat.lines:
                line.text = draw.draw(_WORDS)
                line.direction = draw.draw(st.sampled_from(["", "aside", "two  spaces\nand a break"]))
        for choice in scene.choices:
            choice.label = draw.draw(_WORDS)
            choice.goto = draw.draw(st.sampled_from(ids))
            choice.condition = draw.draw(st.sampled_from(_CONDITIONS))
            choice.effects = draw.draw(st.sampled_from(_EFFECTS))
        if scene.next is not None:
            scene.next = draw.draw(st.sampled_from(ids))
    script = Episode.model_validate(script.model_dump())
    for write, read in WRITERS.values():
        built = build_episode(read(write(source(script)), file="random"), bible(), 1)
        assert canonical_episode(built.episode) == canonical_episode(script)


# --- hand-written stories ------------------------------------------------------------------


def test_a_hand_written_ink_story_imports_with_its_weave() -> None:
    path = DATA / "night-train.ink"
    draft = parse_ink(path.read_text("utf-8"), file=str(path))
    built = build_episode(draft, bible(), 2)
    script = built.episode
    assert draft.renamed == {"hasTicket": "has_ticket"}
    scene = {s.id: s for s in script.scenes}
    first = script.scenes[0]
    assert built.scenes["platform"] == first.id == "ep002-sc01"
    assert first.beats[0].action == "The platform is cold."  # the comment is gone
    assert [(ln.speaker, ln.text) for ln in first.beats[0].lines] == [("lead", "Where is the train?")]
    buy, wait = first.choices
    assert (buy.label, buy.effects) == ("Buy a ticket", ["has_ticket = true", "coins -= 1"])
    # "Buy a ticket" says something, then both choices meet at the gather (board).
    assert scene[buy.goto].beats[0].action == "You buy one."
    assert scene[buy.goto].next == wait.goto == built.scenes["platform@17"]
    assert scene[wait.goto].beats[0].action == "The train arrives."
    board, stay = scene[wait.goto].choices
    assert board.condition == "has_ticket" and board.goto == built.scenes["train.carriage"]
    # A once-only choice that leads back to itself is hidden once taken; one that leaves is not.
    ask, leave = scene[built.scenes["platform_loop"]].choices
    assert ask.goto == built.scenes["platform_loop"]
    assert ask.condition == "not ep002_sc04_c01_taken" and "ep002_sc04_c01_taken = true" in ask.effects
    assert leave.condition == "" and scene[leave.goto].ending is not None
    # Nested choices and their gather inside a stitch.
    sit = scene[built.scenes["train.carriage"]].choices[0]
    sleep, read = scene[sit.goto].choices
    assert scene[sleep.goto].next == read.goto
    assert scene[built.scenes["ending_stand"]].ending is not None  # -> DONE ends too
    findings, numbers = review_story(script, load_craft("en"), load_interactive(),
                                     load_profile("en"))
    assert numbers is not None and len(numbers.endings_reachable) == numbers.endings == 3
    assert not [f for f in findings if f.severity == "error"]


def test_a_hand_written_twee_story_imports_links_setters_conditions_and_flags() -> None:
    path = DATA / "night-train.twee"
    draft = parse_twee(path.read_text("utf-8"), file=str(path))
    built = build_episode(draft, bible(), 3)
    script = built.episode
    assert script.title == "The Night Train"
    assert script.state == {"has_ticket": False, "coins": 2} and script.flags == {"rode_before": False}
    platform, office, waiting, carriage = script.scenes
    buy, wait, bribe = platform.choices
    assert buy.effects == ["has_ticket = true", "coins -= 1"] and buy.goto == office.id
    assert bribe.condition == "coins >= 3" and bribe.goto == carriage.id
    assert office.next == waiting.id and office.beats[-1].action.endswith("Waiting")
    board, stay = waiting.choices
    assert board.condition == "has_ticket" and board.effects == ["rode_before = true"]
    assert stay.goto == platform.id  # <<link>> with <<goto>> inside
    assert carriage.ending is not None and carriage.ending.title == "Carriage"
    assert [ln.speaker for ln in carriage.beats[0].lines] == ["butler"]


# --- what is not carried -------------------------------------------------------------------

INK_HEAD = "VAR x = 1\n-> start\n=== start ===\nHello.\n"


@pytest.mark.parametrize(("body", "line", "words"), [
    ("* [Go] -> other ->\n-> END\n=== other ===\nHi.\n->->\n", 5, "tunnel"),
    ("-> other\n=== other ===\nHi.\n->->\n", 8, "tunnel return"),
    ("<- other\n-> END\n=== other ===\n* [a] -> END\n", 5, "thread"),
    ("-> END\n=== function twice(y) ===\n~ return y\n", 6, "function twice"),
    ("-> END\nLIST moods = happy, sad\n", 6, "a LIST"),
    ("INCLUDE other.ink\n-> END\n", 5, "INCLUDE"),
    ("-> END\nEXTERNAL play(sound)\n", 6, "EXTERNAL"),
    ("Good <>\n* [Go] -> END\n* [Stay] -> END\n", 5, "glue (<>) joining text across"),
    ("{x > 1: Big.|Small.}\n-> END\n", 5, "inline conditional"),
    ("{Once|Twice}\n-> END\n", 5, "a sequence ({Once|Twice})"),
    ("You have {x}.\n-> END\n", 5, "printed value"),
    ("* {start} [Again] -> start\n* [Stop] -> END\n", 5, "visit count of start"),
    ("* [Go]\n    ~ temp y = 2\n    -> END\n* [Stop] -> END\n", 5, "temporary variable"),
    ("~ x = x * 2\n-> END\n", 5, "multiplication"),
    ("Thunder. # CLEAR\n-> END\n", 5, "clear"),
    ("* -> END\n", 5, "fallback choice"),
    ("-> END\n=== knot(a) ===\nHi.\n-> END\n", 6, "parameters"),
    ("* [Go]\n    ~ x = x * 2\n    -> END\n* [Stop] -> END\n", 5, "multiplication"),
    ("* [Go] -> nowhere\n* [Stop] -> END\n", 5, "names no knot"),
    ("* [Go]\n    Gone.\n", 6, "runs out"),
])
def test_a_planted_ink_construct_fails_with_its_name_and_line(body: str, line: int,
                                                               words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_ink(INK_HEAD + body, file="planted.ink")
    error = caught.value
    assert error.file == "planted.ink" and error.where == f"line {line}", error.render()
    assert words.lower() in error.render().lower()


def test_a_decimal_var_and_a_list_var_are_named() -> None:
    for text, words in (("VAR f = 1.5\n-> END\n", "decimal"), ("VAR l = (a, b)\n-> END\n", "list")):
        with pytest.raises(InputError, match=words) as caught:
            parse_ink(text, file="v.ink")
        assert caught.value.where == "line 1"


TWEE_HEAD = (':: StoryData\n{"ifid": "5C1E4F0B-8A3B-4C0D-9E21-6F5A2D7C9B10", "format": "SugarCube", '
             '"start": "A"}\n\n:: StoryInit\n<<set $x to 1>>\n\n:: B\nEnd.\n\n:: A\n')


@pytest.mark.parametrize(("body", "words"), [
    ("You have <<print $x>> coins.\n[[B]]", "<<print>>"),
    ("You have $x coins.\n[[B]]", "printed variable"),
    ("<<if $x is 1>><<set $x to 2>><</if>>\n[[B]]", "change of state inside <<if>>"),
    # In a story whose StoryData says SugarCube, "(set:" is prose and $x is printed.
    ("(set: $x to 2)\n[[B]]", "printed variable"),
    ("<<if $x is 1>>Rich.<</if>>\n[[B]]", "text inside <<if>>"),
    ("<<if $x is 1>>Rich.<<else>>[[B]]<</if>>", "text inside <<if>>"),
    ("[[Go|C]]", "names no passage"),
    ("<<if _y is 1>>[[B]]<</if>>", "temporary variable"),
    ("<<if visited('B')>>[[B]]<</if>>", "function call visited"),
    ("[img[cat.png]]\n[[B]]", "image"),
])
def test_a_planted_twee_construct_fails_with_its_name_and_line(body: str, words: str) -> None:
    text = TWEE_HEAD + body + "\n"
    with pytest.raises(InputError) as caught:
        parse_twee(text, file="planted.twee")
    error = caught.value
    assert error.where == "line 11", error.render()
    assert words.lower() in error.render().lower()


@pytest.mark.parametrize(("text", "line", "words"), [
    (':: StoryData\n{"format": "Jonah", "start": "A"}\n\n:: A\nHi.\n', 1,
     "the story format jonah is not supported"),
    # A story that does not say its format is read as SugarCube; Harlowe's macros are
    # named as such, with the fix.
    (':: StoryData\n{"start": "A"}\n\n:: A\n(set: $x to 2)\n[[A]]\n', 5,
     'harlowe macro ((set:…) in a story that names no format'),
    (':: StoryData\n{"start": "A"}\n\n:: A\nHi.\n\n:: PassageReady\nHi.\n', 7,
     "special passage passageready (runs on every passage)"),
    (':: StoryData\n{"format": "Harlowe", "start": "A"}\n\n:: A\nHi.\n\n:: Top [header]\n'
     'Hi.\n', 7, "[header] passage top (runs on every passage)"),
])
def test_twee_formats_and_passages_that_run_everywhere_are_named(text: str, line: int,
                                                                   words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_twee(text, file="planted.twee")
    assert words.lower() in caught.value.render().lower(), caught.value.render()
    assert caught.value.where == f"line {line}"


def test_an_unknown_speaker_or_a_repeated_id_is_an_error_at_its_line() -> None:
    text = story_to_ink(source("three-endings"))
    with pytest.raises(InputError, match="unknown speaker 'ghost'") as caught:
        build_episode(parse_ink(text.replace("# speaker: lead", "# speaker: ghost", 1),
                                file="s.ink"), bible(), 1)
    assert caught.value.where == "line 16"
    twice = text.replace("# id: ep001-sc02-l01", "# id: ep001-sc01-l01")
    with pytest.raises(InputError, match="used twice"):
        build_episode(parse_ink(twice, file="s.ink"), bible(), 1)


# --- Ren'Py --------------------------------------------------------------------------------


@dataclass
class _Label:
    rows: list[tuple[int, str]] = field(default_factory=list)
    segment: str = ""


def renpy_labels(text: str) -> dict[str, _Label]:
    """The script's labels with their indented rows (indent, text)."""
    labels: dict[str, _Label] = {}
    current: _Label | None = None
    for row in text.split("\n"):
        if match := re.match(r"label (\w+):(?:\s+# (\S+))?$", row):
            current = labels[match[1]] = _Label(segment=match[2] or "")
        elif current is not None and row.strip() and not row.lstrip().startswith("#"):
            current.rows.append((len(row) - len(row.lstrip()), row.strip()))
    return labels


def play_renpy(text: str, max_steps: int = 60) -> tuple[set[str], int]:
    """Every playthrough of the Ren'Py script, as Ren'Py runs it (``default``s, ``$``
    statements and menu conditions evaluated as Python): the endings reached and the
    number of playthroughs."""
    labels = renpy_labels(text)
    state: dict[str, object] = {}
    persistent = SimpleNamespace()
    for name, value in re.findall(r"^default (\S+) = (.+)$", text, re.M):
        if name.startswith("persistent."):
            setattr(persistent, name.split(".", 1)[1], eval(value))  # noqa: S307
        else:
            state[name] = eval(value)  # noqa: S307
    endings: set[str] = set()
    runs = 0
    stack: list[tuple[str, dict[str, object], dict[str, object], int]] = [
        ("start", state, vars(persistent), 0)]
    while stack:
        label, values, kept, steps = stack.pop()
        assert steps < max_steps, "a playthrough that does not end"
        scope = {**values, "persistent": SimpleNamespace(**kept)}
        rows = labels[label].rows
        index = 0
        while index < len(rows):
            indent, row = rows[index]
            if row.startswith("$ "):
                exec(row[2:], {}, scope)  # noqa: S102
            elif row.startswith("jump "):
                stack.append((row[5:], _values(scope), vars(scope["persistent"]).copy(),
                              steps + 1))
                break
            elif row == "return":
                endings.add(labels[label].segment)
                runs += 1
                break
            elif row == "menu:":
                for option, body in _menu(rows, index):
                    condition = option.partition(" if ")[2].rstrip(":").strip()
                    if condition and not eval(condition, {}, dict(scope)):  # noqa: S307
                        continue
                    branch = dict(scope)
                    branch["persistent"] = SimpleNamespace(**vars(scope["persistent"]))
                    for effect in body[:-1]:
                        exec(effect[2:], {}, branch)  # noqa: S102
                    stack.append((body[-1][5:], _values(branch),
                                  vars(branch["persistent"]).copy(), steps + 1))
                break
            index += 1
    return endings, runs


def _values(scope: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in scope.items() if k != "persistent"}


def _menu(rows: list[tuple[int, str]], index: int) -> list[tuple[str, list[str]]]:
    base = rows[index][0]
    out: list[tuple[str, list[str]]] = []
    for indent, row in rows[index + 1:]:
        if indent <= base:
            break
        if indent == base + 4:
            out.append((row.split("  #")[0], []))
        else:
            out[-1][1].append(row)
    return out


@pytest.mark.parametrize("name", STORIES)
def test_the_renpy_script_plays_to_the_endings_the_graph_says(name: str) -> None:
    text = story_to_renpy(source(name))
    # Every Python fragment parses: defaults, $ statements, menu conditions.
    for row in text.split("\n"):
        row = row.strip()
        if row.startswith("$ "):
            ast.parse(row[2:])
        elif row.startswith("default "):
            ast.parse(row[len("default "):])
        elif " if " in row and row.endswith(":") or " if " in row and "  #" in row:
            ast.parse(row.split("  #")[0].rstrip(":").partition(" if ")[2], mode="eval")
    endings, runs = play_renpy(text)
    numbers = numbers_of(episode(name))
    assert endings == set(numbers.endings_reachable)
    assert runs >= len(endings)
    assert "default persistent.saw_letter = False" in text
    assert "$ persistent.endings_seen.add('ep001-sc04')" in text


def test_renpy_strings_escape_quotes_and_interpolation() -> None:
    text = story_to_renpy(source("loop-and-flags"))
    assert r'butler "* I saw nothing, miss. [[Nothing.] <> <- -> ->-> ~ = +"' in text
    assert '"Rain. The note says: [[[[not a link]] <<not a macro>> $trust {{braces} # hash' in text
    assert '"Trust Finch [[again]" if trust < 4:' in text
