"""The application layer used without the CLI, as a web studio would use it: typed
requests in, typed results and progress events out, nothing printed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from microdrama.app import (
    BuildEvent,
    BuildRequest,
    BuildResult,
    BuildStarted,
    EstimateRequest,
    ExportRequest,
    ImportRequest,
    InputError,
    NewRequest,
    ReviewCounts,
    StageProgress,
    State,
    StatusRequest,
    build_project,
    estimate_build,
    export_script,
    import_script,
    new_project,
    read_status,
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "drama"
    result = new_project(NewRequest(directory=root, idea="a maid's daughter is the real heiress",
                                    lang="en", episodes=2))
    assert result.directory == root and (root / "drama.toml").is_file()
    assert result.premise.language == "en" and result.premise.understood
    assert result.premise.warning is None
    return root


def test_new_build_and_status_report_through_typed_values(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events: list[BuildEvent] = []
    result = build_project(BuildRequest(directory=project, until="script", command="studio build"),
                           events.append)

    assert isinstance(events[0], BuildStarted)
    stages = list(events[0].stages)
    assert stages[-1] == "script" and "bible" in stages
    progress = [e for e in events[1:] if isinstance(e, StageProgress)]
    assert len(progress) == len(events) - 1  # one start, then progress only
    assert all(0 <= e.done <= e.total for e in progress)
    last = {e.stage: e for e in progress}
    assert last["script"].done == last["script"].total == 2  # both episodes written
    assert [r.stage for r in result.reports] == stages
    assert next(r for r in result.reports if r.stage == "script").ran == ["ep001", "ep002"]
    assert result.review is None and result.review_error is None  # the review did not run
    assert result.seconds > 0

    status = read_status(StatusRequest(directory=project, until="script"))
    assert status.items and {i.state for i in status.items} == {State.FRESH}
    assert status.spent_usd == 0 and status.budget_usd is None

    db = sqlite3.connect(project / ".microdrama/runlog.sqlite")
    assert db.execute("SELECT command FROM runs").fetchall() == [("studio build",)]
    db.close()
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "")  # the app layer never prints


def test_a_refused_request_starts_nothing(project: Path) -> None:
    events: list[BuildEvent] = []
    with pytest.raises(InputError, match="unknown stage 'scrpit'"):
        build_project(BuildRequest(directory=project, until="scrpit"), events.append)
    with pytest.raises(InputError, match="episode 9 is past the project's last"):
        build_project(BuildRequest(directory=project, episodes="9"), events.append)
    assert events == []
    assert not (project / ".microdrama/runlog.sqlite").exists()


def test_an_estimate_sends_nothing(project: Path) -> None:
    estimate = estimate_build(EstimateRequest(directory=project, until="script"))
    assert estimate.estimated_usd == 0 and estimate.spent_usd == 0
    assert estimate.budget_usd is None
    assert not (project / "series.yaml").exists()  # nothing was built


def test_strict_reports_the_review_error_it_stopped_on(tmp_path: Path) -> None:
    review = ReviewCounts(error=2, warning=1, with_errors=["ep003"])
    stopped = BuildResult(tmp_path, [], 0.1, review, strict=True).review_error
    assert stopped is not None and stopped.exit_code == 5 and "out/review/ep003.json" in str(stopped)
    assert BuildResult(tmp_path, [], 0.1, review, strict=False).review_error is None
    clean = ReviewCounts(warning=3)
    assert BuildResult(tmp_path, [], 0.1, clean, strict=True).review_error is None


def test_export_to_the_caller_then_import_it(project: Path, tmp_path: Path) -> None:
    build_project(BuildRequest(directory=project, until="script"))
    exported = export_script(ExportRequest(directory=project, output="-", ids=True))
    assert exported.target is None and exported.episodes == 2
    assert not (project / "out").exists() or not list((project / "out").glob("*.fountain"))
    screenplay = tmp_path / "drama.fountain"
    screenplay.write_text(exported.text, "utf-8")

    read = import_script(ImportRequest(file=screenplay))
    assert read.into is None and [e.number for e in read.episodes] == [1, 2]
    assert len(read.documents) == 2 and all("lines:" in d for d in read.documents)

    with pytest.raises(InputError, match="episode 1 already exists"):
        import_script(ImportRequest(file=screenplay, into=project))
    written = import_script(ImportRequest(file=screenplay, into=project, replace=True))
    assert written.into == project
    assert (project / "episodes/ep001.yaml").read_text("utf-8") == written.documents[0]


def test_an_idea_in_another_language_is_a_warning_not_an_error(tmp_path: Path) -> None:
    result = new_project(NewRequest(directory=tmp_path / "zh", lang="zh",
                                    idea="a maid's daughter is the real heiress"))
    assert result.premise.warning is not None and "--lang en" in result.premise.warning


@pytest.mark.parametrize(("idea", "language", "warned"), [
    ("A retired hitman opens a bakery, and the town's sheriff is his ex-wife.", "en", False),
    ("冷宫弃妃重生回到入宫那天", "zh", False),
    ("Une serveuse découvre qu'elle est l'héritière d'un empire.", "zh", True),
    ("彼女は財閥の令嬢だった。でも誰も知らない。", "zh", True),  # kana: Japanese, not Chinese
    ("재벌집 막내아들로 다시 태어났다", "zh", True),
])
def test_without_a_language_the_series_is_written_in_the_ideas(
        tmp_path: Path, idea: str, language: str, warned: bool) -> None:
    """An idea in English makes an English series unless --lang says otherwise (it was
    read by the Chinese writer, which could not read it, and became a stock story); an
    idea in a language the offline writer does not write stays Chinese, with the warning
    that names the choices."""
    result = new_project(NewRequest(directory=tmp_path / "drama", idea=idea))
    settings = (tmp_path / "drama/drama.toml").read_text("utf-8")
    assert f'language = "{language}"' in settings
    assert result.premise.language == language
    assert (result.premise.warning is not None) == warned
