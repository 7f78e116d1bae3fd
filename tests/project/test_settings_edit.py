"""Changing one value of drama.toml in place (project/settings_edit.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from microdrama.errors import InputError
from microdrama.project.settings_edit import set_project_int

TOML = """# my notes on this series
[project]
title = "T"   # working title
episodes = 3  # three for now
seed = 1

[providers]
writer = "offline"
episodes = 9
"""


def test_the_line_changes_and_everything_else_stays(tmp_path: Path) -> None:
    path = tmp_path / "drama.toml"
    path.write_text(TOML, "utf-8")
    set_project_int(path, "episodes", 12)
    assert path.read_text("utf-8") == TOML.replace("episodes = 3  #", "episodes = 12  #")


def test_a_missing_key_is_added_under_the_table(tmp_path: Path) -> None:
    path = tmp_path / "drama.toml"
    path.write_text(TOML.replace("episodes = 3  # three for now\n", ""), "utf-8")
    set_project_int(path, "episodes", 5)
    text = path.read_text("utf-8")
    assert text.startswith("# my notes on this series\n[project]\nepisodes = 5\ntitle")
    assert "episodes = 9" in text  # the other table's key is not the project's


def test_no_project_table_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "drama.toml"
    path.write_text("[providers]\nwriter = \"offline\"\n", "utf-8")
    with pytest.raises(InputError, match=r"no \[project\] table"):
        set_project_int(path, "episodes", 5)
    assert path.read_text("utf-8") == "[providers]\nwriter = \"offline\"\n"
