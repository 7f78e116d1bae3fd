"""The exchanges checked by the tools interactive writers use (installed by
scripts/install-story-tools.sh, which scripts/test.sh runs): the Ink export compiles
with the npm inkjs compiler and every playthrough the PyPI bink runtime plays reaches
the endings our graph says; the Twee export parses with the npm extwee; a hand-written
Ink story plays the same before and after import; a published Ink story the tests do
not ship imports or fails with the construct and line named."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from bink.story import Story

from microdrama.errors import InputError
from microdrama.formats.ink import story_to_ink
from microdrama.formats.ink_parse import parse_ink
from microdrama.formats.interactive import load_interactive, story_graph
from microdrama.formats.story_draft import build_episode
from microdrama.formats.subtitle_profiles import load_profile
from microdrama.formats.twee import story_to_twee
from microdrama.formats.twee_parse import parse_twee
from microdrama.review.craft import load_craft
from microdrama.review.story import review_story
from tests.formats.story_data import DATA, STORIES, bible, canonical, episode, source

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools" / "story"
COMPILER = TOOLS / "node_modules" / ".bin" / "inkjs-compiler"
EXTWEE = TOOLS / "node_modules" / "extwee" / "index.js"
PUBLISHED = TOOLS / "published" / "unreal_example.ink"


@pytest.fixture(scope="module", autouse=True)
def tools() -> None:
    missing = [str(p.relative_to(ROOT)) for p in (COMPILER, EXTWEE, PUBLISHED) if not p.exists()]
    if missing or shutil.which("node") is None:
        pytest.fail(f"the story tools are not installed ({', '.join(missing) or 'node'}): "
                    "run scripts/install-story-tools.sh")


def compile_ink(text: str, folder: Path) -> str:
    """The story compiled by inkjs-compiler: its JSON text (BOM removed)."""
    source_file, target = folder / "story.ink", folder / "story.json"
    source_file.write_text(text, "utf-8")
    done = subprocess.run([str(COMPILER), "-o", str(target), str(source_file)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # inkjs writes a BOM before the JSON
    return raw.decode("utf-8-sig")


@dataclass
class Playthrough:
    """One way through a compiled story: the choices taken, the scenes entered (by their
    ``# id:`` tags), and the ending's last text and tags."""

    choices: tuple[str, ...]
    scenes: tuple[str, ...]
    last_text: str
    ending_tags: tuple[str, ...]


def playthroughs(compiled: str, scene_ids: set[str], max_choices: int = 25) -> list[Playthrough]:
    """Every playthrough bink plays, choosing each option at every choice (depth-first,
    a state saved and restored at each branch); a story longer than ``max_choices``
    choices fails the test."""
    story = Story(compiled)
    out: list[Playthrough] = []
    stack = [(story.save_state(), (), ())]
    while stack:
        state, choices, scenes = stack.pop()
        story.load_state(state)
        text, tags = "", ()
        scenes = list(scenes)
        while story.can_continue():
            line = story.cont()
            current = tuple(story.get_current_tags())
            scenes += [t[4:] for t in current if t.startswith("id: ") and t[4:] in scene_ids]
            text = line.strip() or text
            tags = current
        options = story.get_current_choices()
        if not options:
            out.append(Playthrough(choices, tuple(scenes), text, tags))
            continue
        assert len(choices) < max_choices, f"more than {max_choices} choices: {choices}"
        saved = story.save_state()
        for index in range(len(options)):
            story.load_state(saved)
            label = options[index]
            story.choose_choice_index(index)
            stack.append((story.save_state(), (*choices, label), tuple(scenes)))
    return out


@pytest.mark.parametrize("name", STORIES)
def test_the_ink_export_compiles_and_every_playthrough_reaches_the_graphs_endings(
        name: str, tmp_path: Path) -> None:
    script = episode(name)
    compiled = compile_ink(story_to_ink(source(name)), tmp_path)
    graph = story_graph(script)
    runs = playthroughs(compiled, {s.id for s in graph.segments})
    _, numbers = review_story(script, load_craft("en"), load_interactive(), load_profile("en"))
    assert numbers is not None and numbers.complete
    ended = {run.scenes[-1] for run in runs}
    assert ended == set(numbers.endings_reachable)
    assert all(any(t.startswith("ending: ") for t in run.ending_tags) for run in runs)
    assert all(graph.by_id()[run.scenes[-1]].ending is not None for run in runs)
    lengths = [len(run.scenes) for run in runs]
    assert min(lengths) == numbers.shortest_segments
    if not numbers.looping:
        assert max(lengths) == numbers.longest_segments
    # The state the graph declares is Ink's.
    story = Story(compiled)
    for variable in graph.variables:
        assert story.get_variable(variable.name) == variable.default


def test_inkjs_refuses_an_export_with_a_knot_cut_out(tmp_path: Path) -> None:
    """The compile check can fail: without a knot its divert names nothing."""
    text = story_to_ink(source("three-endings"))
    cut = re.sub(r"=== ep001_sc04 ===.*?(?==== )", "", text, flags=re.S)
    (tmp_path / "cut.ink").write_text(cut, "utf-8")
    done = subprocess.run([str(COMPILER), "-o", str(tmp_path / "cut.json"),
                           str(tmp_path / "cut.ink")], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode != 0 and "ep001_sc04" in done.stdout + done.stderr


@pytest.mark.parametrize(("name", "count"), [("night-train.ink", 7),
                                           ("thirdparty/inky-writer.ink", 5)])
def test_a_hand_written_ink_story_plays_the_same_before_and_after_import(
        name: str, count: int, tmp_path: Path) -> None:
    """Every playthrough of the original, as bink plays it (its choices and where it
    ends), is a playthrough of our import exported back to Ink, and no other — with
    glue, CONST, labelled gathers and ``~`` as a knot plays in the writer's story."""
    text = (DATA / name).read_text("utf-8")
    original = playthroughs(compile_ink(text, tmp_path), set())
    built = build_episode(parse_ink(text, file=name), bible(), 1)
    again = story_to_ink(source(built.episode))
    (tmp_path / "again").mkdir()
    imported = playthroughs(compile_ink(again, tmp_path / "again"), set())

    speakers = tuple(f"{c.name}: " for c in bible().characters)

    def runs(plays: list[Playthrough]) -> list[tuple[tuple[str, ...], str]]:
        # The writer's "Name: words" comes back as the words with a speaker tag.
        return sorted((p.choices, p.last_text.removeprefix(next(
            (s for s in speakers if p.last_text.startswith(s)), ""))) for p in plays)

    assert runs(imported) == runs(original)
    assert len(original) == count


def extwee(path: Path) -> dict[str, object]:
    done = subprocess.run(["node", str(Path(__file__).with_name("extwee_read.mjs")), str(TOOLS),
                           str(path)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    data: dict[str, object] = json.loads(done.stdout)
    return data


@pytest.mark.parametrize("name", STORIES)
def test_the_twee_export_parses_with_extwee(name: str, tmp_path: Path) -> None:
    path = tmp_path / "story.twee"
    path.write_text(story_to_twee(source(name)), "utf-8")
    story = extwee(path)
    graph = story_graph(episode(name))
    assert story["warnings"] == []
    assert re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}",
                        str(story["ifid"]))
    assert (story["format"], story["start"], story["name"]) == ("SugarCube", graph.start,
                                                                 graph.title)
    passages = {p["name"]: p for p in story["passages"]}  # type: ignore[attr-defined]
    assert set(passages) == {s.id for s in graph.segments} | {"StoryInit"}
    for segment in graph.segments:
        links = re.findall(r'<<link "[^"]*" "([^"]+)">>', passages[segment.id]["text"])
        assert links == segment.targets()
    # What extwee writes back out (its own Twee) imports into the same graph.
    (tmp_path / "again.twee").write_text(str(story["twee"]), "utf-8")
    built = build_episode(parse_twee(str(story["twee"]), file="again.twee"), bible(), 1)
    assert canonical(story_graph(built.episode)) == canonical(graph)


@pytest.mark.parametrize("name", ["harlowe-twine.twee", "sugarcube-tweego.twee",
                                  "chapbook.twee", "snowman.twee", "zh-crlf-bom.twee"])
def test_extwee_reads_the_third_party_twee_as_we_do(name: str, tmp_path: Path) -> None:
    """Our Twee fixtures are Twee as extwee reads it: the same format, start and story
    passages (escaped names and all) as our import makes scenes of."""
    text = (DATA / "thirdparty" / name).read_text("utf-8-sig")  # extwee misreads a BOM
    path = tmp_path / name
    path.write_text(text, "utf-8")
    story = extwee(path)
    assert story["warnings"] == []
    draft = parse_twee(text, file=name)
    built = build_episode(draft, bible(), 1)
    names = {str(p["name"]) for p in story["passages"]}  # type: ignore[attr-defined]
    skipped = {"StoryTitle", "StoryInit", "StoryCaption", "Widgets"}
    assert names - skipped == set(built.scenes)
    assert story["start"] == draft.start
    assert re.search(rf'"format": "{story["format"]}"', text)


def test_a_published_ink_story_imports_or_names_the_construct_and_line() -> None:
    """inkcpp-py's example story (from PyPI at setup; not in this repository)."""
    text = PUBLISHED.read_text("utf-8")
    rows = text.split("\n")
    try:
        draft = parse_ink(text, file=str(PUBLISHED))
        built = build_episode(draft, bible(), 1)
    except InputError as error:
        assert error.file == str(PUBLISHED) and error.where is not None
        line = int(error.where.removeprefix("line "))
        assert 1 <= line <= len(rows)
        assert "is not supported in an episode" in error.problem
        # The construct named is on the line named.
        construct = re.search(r"EXTERNAL|INCLUDE|CONST|LIST|function|tunnel|thread|glue|"
                              r"inline|printed|visit count|temporary|~", error.problem)
        assert construct is not None, error.problem
        token = {"function": "function", "tunnel": "->", "thread": "<-", "glue": "<>",
                 "inline": "{", "printed": "{", "visit count": "{", "temporary": "temp"}
        assert token.get(construct[0], construct[0]) in rows[line - 1], (error.render(),
                                                                          rows[line - 1])
    else:
        assert built.episode.scenes
