"""File hashes reused across builds only while a file's stamp says it is untouched."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from microdrama.engine import hashes as hashes_module
from microdrama.engine.hashes import FileHashes
from microdrama.engine.runlog import RunLog
from microdrama.hashing import content_hash

SETTLED_NS = 50_000_000  # 50 ms instead of 2 s, so the tests need not wait long


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the files hashed (each hash is one read of a whole file)."""
    count = [0]
    real = hashes_module.content_hash

    def counting(data: bytes | str) -> str:
        count[0] += 1
        return real(data)

    monkeypatch.setattr(hashes_module, "content_hash", counting)
    return count


def settled(path: Path, data: bytes) -> Path:
    """``path`` written with ``data``, then left alone until its hash may be kept."""
    path.write_bytes(data)
    time.sleep(2 * SETTLED_NS / 1e9)
    return path


def test_a_settled_hash_is_reused_by_the_next_build(tmp_path: Path, reads: list[int]) -> None:
    log = RunLog(tmp_path / "runlog.sqlite")
    file = settled(tmp_path / "panel.png", b"pixels" * 1000)
    first = FileHashes(log, settled_ns=SETTLED_NS)
    assert first.digest(file) == content_hash(file.read_bytes())
    assert first.digest(file) == content_hash(file.read_bytes())
    assert reads[0] == 1  # once in this build...
    assert FileHashes(log, settled_ns=SETTLED_NS).digest(file) == content_hash(file.read_bytes())
    assert reads[0] == 1  # ...and not again in the next one


def test_a_change_of_content_with_the_same_size_and_mtime_is_seen(tmp_path: Path) -> None:
    log = RunLog(tmp_path / "runlog.sqlite")
    file = settled(tmp_path / "voice.wav", b"A" * 4096)
    mtime = file.stat().st_mtime_ns
    assert FileHashes(log, settled_ns=SETTLED_NS).digest(file) == content_hash(b"A" * 4096)
    with file.open("r+b") as handle:  # in place: the same inode, the same size
        handle.write(b"B")
    os.utime(file, ns=(mtime, mtime))  # and the modification time put back
    assert file.stat().st_mtime_ns == mtime and file.stat().st_size == 4096
    assert FileHashes(log, settled_ns=SETTLED_NS).digest(file) == content_hash(b"B" + b"A" * 4095)


def test_a_file_replaced_by_a_rename_is_seen(tmp_path: Path) -> None:
    log = RunLog(tmp_path / "runlog.sqlite")
    file = settled(tmp_path / "cues.json", b"[1, 2]")
    FileHashes(log, settled_ns=SETTLED_NS).digest(file)
    other = tmp_path / "new.json"
    other.write_bytes(b"[3, 4]")
    stat = file.stat()
    os.utime(other, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(other, file)
    assert FileHashes(log, settled_ns=SETTLED_NS).digest(file) == content_hash(b"[3, 4]")


def test_a_file_changed_just_before_it_was_hashed_is_hashed_again(
        tmp_path: Path, reads: list[int]) -> None:
    """Another write in the same tick of the file system's clock would keep the stamp:
    a hash is kept only once the file has settled."""
    log = RunLog(tmp_path / "runlog.sqlite")
    file = tmp_path / "mix.m4a"
    file.write_bytes(b"fresh")
    hashes = FileHashes(log, settled_ns=SETTLED_NS)
    hashes.digest(file)
    hashes.digest(file)
    assert reads[0] == 2 and log.stamp(str(file)) is None
    time.sleep(2 * SETTLED_NS / 1e9)
    hashes.digest(file)
    hashes.digest(file)
    assert reads[0] == 3 and log.stamp(str(file)) is not None


def test_a_missing_file_has_no_hash(tmp_path: Path) -> None:
    assert FileHashes().digest(tmp_path / "nothing.png") is None
