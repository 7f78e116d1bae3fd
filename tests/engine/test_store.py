from pathlib import Path

from microdrama.engine.store import Store


def test_blobs_are_content_addressed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    digest = store.put(b"abc")
    assert store.put(b"abc") == digest
    assert store.get(digest) == b"abc"
    assert store.has(digest)
    assert not list(tmp_path.rglob("*.tmp"))


def test_result_is_a_miss_when_a_blob_is_lost(tmp_path: Path) -> None:
    store = Store(tmp_path)
    result = store.put_result("b2:" + "ab" * 20, {"out": b"data"}, {"cost_usd": 0})
    assert store.get_result("b2:" + "ab" * 20) == result
    digest = result.outputs["out"].split(":")[1]
    (tmp_path / "objects" / digest[:2] / digest[2:]).unlink()
    assert store.get_result("b2:" + "ab" * 20) is None


def test_unknown_key_is_a_miss(tmp_path: Path) -> None:
    assert Store(tmp_path).get_result("b2:" + "00" * 20) is None


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    import os
    import stat

    from microdrama.files import write_atomic

    target = tmp_path / "out.txt"
    write_atomic(target, "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
