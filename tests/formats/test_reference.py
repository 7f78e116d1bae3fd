from pathlib import Path

from microdrama.formats.reference import render_reference


def test_the_committed_reference_matches_the_models() -> None:
    committed = Path(__file__).resolve().parents[2] / "docs/project-format.md"
    assert committed.read_text("utf-8") == render_reference(), (
        "docs/project-format.md is stale: run python -m microdrama.formats.reference")
