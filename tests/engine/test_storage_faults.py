"""File-system faults end in a clear error with the path, exit code 7, no traceback, and
nothing of the user's changed."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from microdrama.cli import main
from microdrama.errors import StorageError

IDEA = "a maid's daughter is the real heiress"


def snapshot(root: Path) -> dict[str, str]:
    """Every file's hash, except the cache's own (the run log may record the failure)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and ".microdrama" not in p.parts}


@pytest.fixture
def written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", IDEA, "--lang", "en", "--episodes", "1",
                 "--seconds", "30"]) == 0
    assert main(["build", str(root), "--until", "storyboard"]) == 0
    capsys.readouterr()
    return root


def expect_storage_error(capsys: pytest.CaptureFixture[str], argv: list[str],
                         *words: str) -> str:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == StorageError.exit_code, err
    assert "Traceback" not in err and "Fix:" in err
    for word in words:
        assert word in err, err
    return err


def test_out_as_a_file(written: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (written / "out").mkdir(exist_ok=True)
    shutil.rmtree(written / "out")
    (written / "out").write_text("not a folder")
    before = snapshot(written)
    expect_storage_error(capsys, ["build", str(written), "--until", "check"],
                         "a file stands where a folder belongs", "out")
    assert snapshot(written) == before


def test_the_cache_as_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", IDEA, "--lang", "en", "--episodes", "1"]) == 0
    (root / ".microdrama").write_text("not a folder")
    capsys.readouterr()
    before = snapshot(root)
    expect_storage_error(capsys, ["build", str(root), "--until", "bible"], ".microdrama")
    assert snapshot(root) == before


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs of the test's own (skipped, with the reason, where it cannot mount)."""
    point = tmp_path / "disk"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or 'not permitted'}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_read_only_project(mounted: Path, written: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    root = mounted / "drama"
    shutil.copytree(written, root, ignore=shutil.ignore_patterns(".microdrama"))
    # Change the script so the build has work to do, then make the whole disk read-only.
    episode = root / "episodes/ep001.yaml"
    episode.write_text(episode.read_text().replace("title:", "title: Edited", 1))
    assert subprocess.run(["mount", "-o", "remount,ro", str(mounted)]).returncode == 0
    before = snapshot(root)
    expect_storage_error(capsys, ["build", str(root), "--until", "check"], "read-only")
    assert snapshot(root) == before


def test_a_full_disk(mounted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = mounted / "drama"
    assert main(["new", str(root), "--idea", IDEA, "--lang", "en", "--episodes", "1",
                 "--seconds", "30"]) == 0
    filler = mounted / "filler"
    with filler.open("wb") as handle:  # fill the disk to the last byte
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    capsys.readouterr()
    before = snapshot(root)
    expect_storage_error(capsys, ["build", str(root), "--until", "script"], "disk is full")
    assert snapshot(root) == before  # nothing half-written left behind
