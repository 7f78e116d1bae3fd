"""`microdrama export --format ink|twee|renpy` and `microdrama import-story`, end to end on
project folders: files where the README says, one per episode when several go out, an
import that loads as the build will read it (no id left for the build to write), and
errors with the file, the line and the fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from microdrama.formats.interactive import story_graph
from microdrama.project.folder import Project, fill_missing_ids
from tests.conftest import EPISODE_EN, copy_project, project_template
from tests.formats.story_data import canonical, episode, make_project
from tests.test_cli import run


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "drama", "three-endings", "loop-and-flags")


def test_export_writes_one_story_per_episode_in_each_format(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for kind, extension in (("ink", "ink"), ("twee", "twee"), ("renpy", "rpy")):
        code, out, err = run(capsys, "export", str(project), "--format", kind)
        assert code == 0, err
        for number in (1, 2):
            target = project / f"out/drama-ep00{number}.{extension}"
            assert target.is_file() and f"wrote {target}" in out
    code, out, _ = run(capsys, "export", str(project), "--format", "ink", "--episodes", "1")
    assert code == 0 and (project / "out/drama.ink").is_file()
    code, out, _ = run(capsys, "export", str(project), "--format", "twee", "--episodes", "2",
                       "--out", "-")
    assert code == 0 and out.startswith(":: StoryTitle\nThe Locked Study: Again\n")
    code, _, err = run(capsys, "export", str(project), "--format", "ink", "--out", "x.ink")
    assert code == 2 and "--episodes" in err


def test_import_story_writes_an_episode_the_build_reads_as_is(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "export", str(project), "--format", "ink", "--episodes", "2")[0] == 0
    other = make_project(tmp_path / "other")
    code, out, err = run(capsys, "import-story", str(project / "out/drama.ink"),
                         "--into", str(other))
    assert code == 0, err
    # The file's own episode (ep002) comes in as episode 2, with its ids.
    path = other / "episodes/ep002.yaml"
    assert f"imported drama.ink as ep002 into {path}" in out
    text = path.read_text("utf-8")
    assert fill_missing_ids(text, path, 2) is None  # nothing left for a build to write
    source = Project.open(project)
    loaded = Project.open(other).load_episode(2, Project.open(other).load_bible())  # type: ignore[arg-type]
    original = source.load_episode(2, source.load_bible())  # type: ignore[arg-type]
    assert loaded is not None and original is not None
    assert canonical(story_graph(loaded)) == canonical(story_graph(original))
    code, _, err = run(capsys, "import-story", str(project / "out/drama.ink"), "--into", str(other))
    assert code == 2 and "--replace" in err
    code, out, _ = run(capsys, "import-story", str(project / "out/drama.ink"), "--into",
                       str(other), "--episode", "5")
    assert code == 0 and (other / "episodes/ep005.yaml").is_file()
    assert "ep005-sc01-c01" in (other / "episodes/ep005.yaml").read_text("utf-8")


def test_import_story_of_twee_and_its_findings(project: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "export", str(project), "--format", "twee", "--episodes", "1")[0] == 0
    other = make_project(tmp_path / "other")
    code, out, err = run(capsys, "import-story", str(project / "out/drama.twee"), "--into",
                         str(other))
    assert code == 0, err
    loaded = Project.open(other).load_episode(1, Project.open(other).load_bible())  # type: ignore[arg-type]
    assert loaded is not None
    assert canonical(story_graph(loaded)) == canonical(story_graph(episode("three-endings")))
    assert "error" not in out  # a correct graph: no findings listed


def test_import_story_names_the_construct_and_line(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    other = make_project(tmp_path / "other")
    story = tmp_path / "tunnel.ink"
    story.write_text("-> start\n=== start ===\nHello.\n-> aside ->\n-> END\n"
                     "=== aside ===\nAn aside.\n->->\n", "utf-8")
    code, _, err = run(capsys, "import-story", str(story), "--into", str(other))
    assert code == 2
    assert f"{story}, line 4: a tunnel (-> aside ->) is not supported" in " ".join(err.split())
    assert not (other / "episodes/ep001.yaml").exists()
    code, _, err = run(capsys, "import-story", str(tmp_path / "x.txt"), "--into", str(other))
    assert code == 2 and "neither Ink nor Twine" in err


def test_a_rendered_episode_goes_out_with_its_shots_and_comes_back_unchanged(
        tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The shared built English episode (storyboard and all): every Ink line carries the
    shot the storyboard puts it in, and importing the export over the episode gives back
    the same episode, so nothing downstream needs rebuilding."""
    root = copy_project(project_template(tmp_path_factory, EPISODE_EN, []), tmp_path / "drama")
    project = Project.open(root)
    bible = project.load_bible()
    assert bible is not None
    script = project.load_episode(1, bible)
    assert script is not None
    board = project.load_storyboard(1, script, bible)
    assert board is not None
    assert run(capsys, "export", str(root), "--format", "ink")[0] == 0
    text = (root / "out/drama.ink").read_text("utf-8")
    for shot in board.shots:
        for line in shot.lines:
            assert re.search(rf"# id: {line} # speaker: [a-z0-9-]+ # shot: {shot.id}\b", text), line
    code, _, err = run(capsys, "import-story", str(root / "out/drama.ink"), "--into", str(root),
                       "--replace")
    assert code == 0, err
    assert Project.open(root).load_episode(1, bible) == script
    code, out, _ = run(capsys, "status", str(root))
    assert code == 0 and "script ep001: edited" in out  # the file is new text: yours now
    rows = re.findall(r"│ (\w+)\s+│ (\d+)\s+│ (\d+)\s+│ (\d+)\s+│ (\d+)\s+│ (\d+)\s+│ "
                      r"(\d+)\s+│ (\d+)\s+│", out)
    assert len(rows) == 15
    for stage, *counts in rows:  # the same episode: nothing after it is stale
        stale, missing, outdated, blocked, pending = (int(counts[i]) for i in (1, 2, 4, 5, 6))
        assert (stale, missing, outdated, blocked, pending) == (0, 0, 0, 0, 0), stage
