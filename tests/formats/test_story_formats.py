"""The story readers on what real authoring tools and writers put in files: every Twine
story format's constructs we do not carry fail naming the construct (as the format
names it, with what it does, from the story formats pack) and its line; the ones we do
carry mean in the graph what they mean when played; and no input, however broken, ends
in anything but a clear InputError."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microdrama.errors import InputError
from microdrama.formats.ink_parse import parse_ink
from microdrama.formats.story_draft import DraftStory, build_episode
from microdrama.formats.story_formats import StoryFormatsPack, load_story_formats
from microdrama.formats.twee_parse import parse_twee
from microdrama.packs import load_pack
from tests.formats.story_data import bible


def twee(story_format: str, body: str) -> str:
    """A story of the format whose passage A (the start) holds ``body`` from line 8."""
    return (f':: StoryData\n{{"ifid": "0D1B2C3A-4E5F-4A6B-8C7D-9E0F1A2B3C4D", "format": '
            f'"{story_format}", "start": "A"}}\n\n:: B\nEnd.\n\n:: A\n{body}\n')


def refused(read: object, text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        read(text, file="story")  # type: ignore[operator]
    return caught.value


@pytest.mark.parametrize(("story_format", "body", "line", "words"), [
    # SugarCube 2: every macro named with what it does.
    ("SugarCube", "You have <<print $x>>.\n[[B]]", 8,
     "the macro <<print>> (prints a value or another passage into the text)"),
    ("SugarCube", "<<back>>", 8, "the macro <<back>> (goes back to where the viewer came from)"),
    ("SugarCube", '<<textbox "$name" "">>\n[[B]]', 8,
     "the macro <<textbox>> (asks the viewer to type or pick a value)"),
    ("SugarCube", "<<timed 2s>>Boo.<</timed>>\n[[B]]", 8,
     "the macro <<timed>> (acts on a timer or an event)"),
    ("SugarCube", '<<aside "x">>\n[[B]]', 8,
     "the macro <<aside>> (not a SugarCube macro: a widget or a custom macro)"),
    ("SugarCube", "You have $x coins.\n[[B]]", 8, "a printed variable ($x…)"),
    ("SugarCube", "<<if $x>>\n[[B]]", 8, "a <<if>> that is never closed"),
    ("SugarCube", '[[B]]\n<<goto "B">>', 9,
     "the passage both links on (line 8) and moves on by itself (line 9)"),
    ("SugarCube", '<<goto "B">>\nMore text.', 9, "this is never shown"),
    ("SugarCube", "<<if $x is 1>>[[B]]<</if>>\n<<set $x to 2>>", 9,
     "a change of x after a link's condition reads it (line 8)"),
    ("SugarCube", '<<if $x>><<goto "B">><</if>>', 8, "a <<goto>> inside <<if>>"),
    ("SugarCube", '<<link "Go">><</link>>', 8, "a <<link>> that goes to no passage"),
    ("SugarCube", "[[Read more->https://example.com]]", 8, "a link to a web page"),
    ("SugarCube", "<<if $x>>Rich. [[B]] or [[B]]<</if>>", 8, "text inside <<if>>"),
    # Harlowe 3: macro names as Harlowe reads them.
    ("Harlowe", '(either: "a", "b")\n[[B]]', 8, "the macro (either:) (picks at random)"),
    ("Harlowe", "(print: $x)\n[[B]]", 8, "the macro (print:) (prints a value"),
    ("Harlowe", "You have $x coins.\n[[B]]", 8, "a printed variable ($x)"),
    ("Harlowe", "(text-colour: red)[Hi]\n[[B]]", 8, "the macro (text-colour:) (styles the page)"),
    ("Harlowe", "(Text_Colour: red)[Hi]\n[[B]]", 8, "the macro (Text_Colour:) (styles the page)"),
    ("Harlowe", '(link: "Go")[You go.]', 8, "text a (link:) reveals"),
    ("Harlowe", '(link: "Go")[(set: $x to 1)]', 8, "a (link:) that goes to no passage"),
    ("Harlowe", "(if: $x is 1)[Rich.]\n[[B]]", 8, "text inside (if:)"),
    ("Harlowe", "(else:)[ [[B]] ]", 8, "(else:) with no (if:) before it"),
    ("Harlowe", '(if: (history:) contains "B")[ [[B]] ]', 8,
     "the macro (history:) (reads the passages already visited)"),
    ("Harlowe", "(set: $x to (random: 1, 6))\n[[B]]", 8, "the macro (random:) (picks at random)"),
    ("Harlowe", "(shout: 1)\n[[B]]", 8, "the macro (shout:) (not a Harlowe macro"),
    ("Harlowe", "(set: _roll to 1)\n[[B]]", 8, "the temporary variable _roll"),
    ("Harlowe", "(if: $x)[\n[[B]]", 8, "the hook of (if:) that is never closed"),
    ("Harlowe", "(if: $x)[(set: $y to 1)] [[B]]", 8, "a change of state inside (if:)"),
    ("Harlowe", '(goto: "B")\nMore.', 9, "this is never shown"),
    ("Harlowe", "(if: $x contains 1)[ [[B]] ]", 8, "contains"),
    ("Harlowe", "(if: $x is 1 or 2)[ [[B]] ]", 8, "an elided comparison (`$x is 1 or 2`)"),
    ("Harlowe", "(if: $x)+(text-colour: red)[ [[B]] ]", 8,
     "(if:) joined to another changer with +"),
    # Chapbook 2: inserts and modifiers.
    ("Chapbook", "{back link}", 8,
     "the insert {back link} (goes back to where the viewer came from)"),
    ("Chapbook", "{restart link, label: 'Again'}", 8, "(acts on the page or the browser"),
    ("Chapbook", "You have {coins} coins.\n[[B]]", 8, "a printed variable ({coins})"),
    ("Chapbook", "{embed passage: 'B'}\n[[B]]", 8, "the insert {embed passage: 'B'} (prints"),
    ("Chapbook", "{cycling link for 'mood', choices: ['a', 'b']}\n[[B]]", 8,
     "(asks the viewer to type or pick a value)"),
    ("Chapbook", "[JavaScript]\nwindow.x = 1;", 8, "the modifier [JavaScript] (runs code)"),
    ("Chapbook", "[Sound of rain]\n[[B]]", 8,
     "the modifier [Sound of rain] (not a Chapbook modifier: Chapbook would hide the row)"),
    ("Chapbook", "x (y > 1): 2\n--\n[[B]]", 8, "the conditional assignment `x (y > 1): 2`"),
    ("Chapbook", "[else]\n[[B]]", 8, "[else] with no [if] before it"),
    ("Chapbook", "[if x]\nGo [[B]] or [[B]].", 8, "text inside [if]"),
    # Snowman 2: JavaScript beyond changes of the state.
    ("Snowman", "<%= s.x %>\n[[B]]", 8, "a printed value (<%= s.x %>)"),
    ("Snowman", "<% if (s.x) { %>[[B]]<% } %>", 8, "snowman's javascript `if (s.x) {`"),
    ("Snowman", "<% s.x = 1\n[[B]]", 8, "a <% block that is never closed with %>"),
])
def test_a_story_formats_construct_we_do_not_carry_is_named_with_its_line(
        story_format: str, body: str, line: int, words: str) -> None:
    error = refused(parse_twee, twee(story_format, body))
    assert error.file == "story" and error.where == f"line {line}", error.render()
    assert words.lower() in error.render().lower(), error.render()
    assert error.fix


INK_HEAD = "VAR x = 1\n-> start\n=== start ===\nHello.\n"


@pytest.mark.parametrize(("body", "line", "words"), [
    ("{stopping:\n    - One\n    - Two\n}\n-> END\n", 5, "a multi-line sequence ({stopping: …})"),
    ("{shuffle once:\n- One\n}\n-> END\n", 5, "a multi-line sequence ({shuffle once: …})"),
    ("{\n- x > 1: Big.\n- else: Small.\n}\n-> END\n", 5,
     "a multi-line conditional ({ - condition: … - else: … })"),
    ("{x:\n- 1: One.\n}\n-> END\n", 5, "a multi-line conditional or switch ({x: …})"),
    ("{&Tick|Tock}\n-> END\n", 5, "a cycle ({&Tick|Tock})"),
    ("{~Heads|Tails}\n-> END\n", 5, "a shuffle ({~Heads|Tails})"),
    ("{!Once|Never}\n-> END\n", 5, "a once-only sequence ({!Once|Never})"),
    ("Good <>\n-> other\n=== other ===\nday.\n-> END\n", 5,
     "glue (<>) joining text across a divert, a choice or a gather"),
    ("* [Go] <> on\n-> END\n", 5, "glue (<>) in a choice"),
    ("* [Go]\n    ~ x = RANDOM(1, 6)\n    -> END\n* [Stop] -> END\n", 5,
     "the function call RANDOM()"),
    ("Thunder. # IMAGE: storm.png\n-> END\n", 5, "the tag `# image` has no place"),
    ("-> END\nVAR d = -> start\n", 6, "the value `-> start` of d (a list, a divert target"),
    ("-> END\nCONST HALF = 0.5\n", 6, "the decimal const half"),
    ("~ temp y = 1\n-> END\n", 5, "a temporary variable (~ temp)"),
    ("-> END\n=== function roll ===\n~ return 4\n", 6, "the function roll"),
])
def test_an_ink_construct_we_do_not_carry_is_named_with_its_line(body: str, line: int,
                                                                 words: str) -> None:
    error = refused(parse_ink, INK_HEAD + body)
    assert error.where == f"line {line}", error.render()
    assert words.lower() in error.render().lower(), error.render()


def built(draft: DraftStory) -> dict[str, object]:
    """The episode's ways on by source name (for the semantic checks)."""
    result = build_episode(draft, bible(), 1)
    source = {scene: name for name, scene in result.scenes.items()}
    out: dict[str, object] = {"state": result.episode.state, "notes": result.notes}
    for scene in result.episode.scenes:
        out[source[scene.id]] = (
            [(c.label, source[c.goto], c.condition, c.effects) for c in scene.choices]
            or (source[scene.next] if scene.next else f"ending {scene.ending.title}"
                if scene.ending else None))
        out[source[scene.id] + " says"] = [b.action for b in scene.beats]
    return out


def test_ink_glue_const_and_changes_of_state_as_a_knot_plays() -> None:
    text = ("# title: Glue\n# theme: dark\nCONST LIMIT = 2\nVAR x = LIMIT\n~ x = x + 1\n"
            "-> start\n=== start ===\nGood <>\nday.\nHel<>\nlo.\n"
            "TODO without a colon is words.\n* {x > LIMIT} [Go] -> next\n* [Stay] -> next\n"
            "=== next ===\nA\n<> B\n~ x = 0\n-> END\n")
    graph = built(parse_ink(text, file="glue.ink"))
    # The root's ~ runs before the first knot: the start value is 3, not 2.
    assert graph["state"] == {"x": 3}
    assert graph["start"] == [("Go", "next", "x > 2", ["x = 0"]),
                              ("Stay", "next", "", ["x = 0"])]
    assert graph["start says"] == ["Good day.\nHello.\nTODO without a colon is words."]
    assert graph["next says"] == ["A B"]
    assert any("`# theme: dark` (line 2) is not kept" in n for n in graph["notes"])  # type: ignore[union-attr]


def test_twee_changes_as_a_passage_plays_run_on_the_ways_in() -> None:
    text = twee("SugarCube", "<<set $x to 1>>\n[[Go->Logic]]\n[[Stay->B]]") + (
        ':: Logic\n<<set $x += 2>><<set $seen to true>>\n<<goto "B">>\n')
    graph = built(parse_twee(text, file="s.twee"))
    # Logic only changes state and goes on: it is dropped, its changes ride the option.
    assert graph["A"] == [("Go", "B", "", ["x += 2", "seen = true"]), ("Stay", "B", "", [])]
    assert "Logic" not in graph
    # $x and $seen are never declared: x starts as the start sets it, seen as unset reads.
    assert graph["state"] == {"x": 1, "seen": False}
    assert [n for n in graph["notes"] if "declared" in n] == [  # type: ignore[attr-defined]
        "seen is set (line 12) but never declared: it starts as false, what an unset "
        "variable reads as"]


@pytest.mark.parametrize(("story_format", "body"), [
    ("SugarCube", '<<if $x>>Finch waits.\n<<link "Ask him" "B">><</link>><</if>>\n[[Go->B]]'),
    ("Harlowe", '(if: $x)[Finch waits.\n(link-goto: "Ask him", "B")] [[Go->B]]'),
    ("Chapbook", "[if x]\nFinch waits.\n{link to: 'B', label: 'Ask him'}\n[continue]\n[[Go->B]]"),
])
def test_a_conditional_sentence_with_its_link_is_that_option(story_format: str,
                                                             body: str) -> None:
    text = twee(story_format, body).replace(':: A\n', ':: A\n' + (
        "x: true\n--\n" if story_format == "Chapbook" else "(set: $x to true)\n"
        if story_format == "Harlowe" else "<<set $x to true>>\n"))
    graph = built(parse_twee(text, file="s.twee"))
    assert graph["A"] == [("Finch waits. Ask him", "B", "x", []), ("Go", "B", "", [])]
    assert graph["state"] == {"x": True}


def test_a_change_at_the_start_that_reads_an_unset_variable_is_refused() -> None:
    error = refused(parse_twee, twee("Harlowe", "(set: $x to $y + 1)\n[[B]]"))
    assert error.where == "line 8"
    assert "`x = y + 1` at the start reads y, which has no value yet" in error.render()


def test_twee_headers_escapes_arrows_and_line_ends_as_twine_writes_them() -> None:
    text = twee("Harlowe", '(link-goto: "In", "Back\\\\slash [1] {x} ")\n[[To->C->D]]') + (
        ':: Back\\\\slash \\[1\\] \\{x\\}\\  [tag-one] {"position":"1,2","size":"100,100"}\n'
        "Inside.\n\n:: C->D\nArrow.\n\n:: D\nDee.\n")
    for line_end in ("\n", "\r\n", "\r"):
        graph = built(parse_twee("\ufeff" + text.replace("\n", line_end), file="t.twee"))
        # Harlowe reads the rightmost -> of a link: "To->C" goes to D.
        assert graph["A"] == [("In", "Back\\slash [1] {x} ", "", []), ("To->C", "D", "", [])]
        assert graph["Back\\slash [1] {x} " + " says"] == ["Inside."]


def test_harlowe_reads_the_legacy_pipe_link_only_where_no_arrow_is() -> None:
    # Harlowe 3 still reads Twine 1's [[label|passage]] (its legacyLink), but an arrow
    # is the separator when there is one: [[a|b->C]] goes to C, labelled "a|b".
    text = twee("Harlowe", "[[Walk away|B]]\n[[a|b->C]]") + ":: C\nSee.\n"
    graph = built(parse_twee(text, file="t.twee"))
    assert graph["A"] == [("Walk away", "B", "", []), ("a|b", "C", "", [])]


def test_the_story_formats_pack_names_no_kind_it_does_not_explain() -> None:
    pack = load_pack("interactive", "story_formats", StoryFormatsPack)
    assert pack is load_story_formats()
    for story_format in pack.twee.formats.values():
        for table in (story_format.macros, story_format.modifiers, story_format.inserts):
            assert set(table) <= set(pack.kinds)
    # Names are compared as Harlowe compares them.
    harlowe = pack.twee.formats["harlowe"]
    assert harlowe.kind_of("macros", "Link_Reveal") == "text_change"
    assert harlowe.kind_of("macros", "set") is None  # carried, so not in the pack


_TWEE_TOKENS = ["[[", "]]", "->", "<-", "|", "<<", ">>", "<</", "if ", "else", "elseif ",
                "set ", "link ", "goto ", "$x", " to ", " is ", "1", "true", '"A"', '"B"', "(",
                ")", ":", "(set:", "(if:", "(else:)", "(link:", "(goto:", "(link-goto:", "[",
                "]", "{", "}", "A", "B", "\n", "/*", "*/", "<!--", "-->", "--", "[if x]",
                "[else]", "{link to: 'B'}", "<%", "%>", "s.x = 1", "\\", "::", " ", "it", "+",
                "Mara Hart:", "''", "%"]
_INK_TOKENS = ["-> ", "A", "B", "END", "DONE", "\n", "* ", "+ ", "- ", "[", "]", "{", "}",
               "~ ", "x", " = ", "1", "<>", "<-", "->->", "=== ", "= ", "(", ")", "#", ": ",
               "VAR ", "CONST ", "LIST ", "TODO:", "//", "/*", "*/", "|", "&", "true", "not ",
               "Mara Hart: ", "\\", "function ", "."]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["SugarCube", "Harlowe", "Chapbook", "Snowman"]),
       st.lists(st.sampled_from(_TWEE_TOKENS), max_size=30).map("".join))
def test_no_twee_story_ends_in_anything_but_an_input_error(story_format: str, body: str) -> None:
    try:
        build_episode(parse_twee(twee(story_format, body), file="fuzz.twee"), bible(), 1)
    except InputError as error:
        assert error.file == "fuzz.twee"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_INK_TOKENS), max_size=30).map("".join))
def test_no_ink_story_ends_in_anything_but_an_input_error(body: str) -> None:
    text = "VAR x = 1\n-> A\n=== A ===\n" + body + "\n=== B ===\nEnd.\n-> END\n"
    try:
        build_episode(parse_ink(text, file="fuzz.ink"), bible(), 1)
    except InputError as error:
        assert error.file == "fuzz.ink"
