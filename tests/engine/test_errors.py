"""Errors cross process boundaries (stages run in worker processes) intact."""

from __future__ import annotations

import pickle

from microdrama.errors import InputError, ProviderError, StageError


def test_errors_survive_pickling_with_their_fields() -> None:
    error = ProviderError("voice failed", provider="espeak", model="m", status=500, body="b")
    error.cost_usd = 0.25  # type: ignore[attr-defined]
    back = pickle.loads(pickle.dumps(error))
    assert str(back) == str(error)
    assert (back.provider, back.model, back.status, back.body) == ("espeak", "m", 500, "b")
    assert back.cost_usd == 0.25
    assert str(pickle.loads(pickle.dumps(StageError("voice", "ep001-l01", "x")))) == \
        "stage voice, item ep001-l01: x"
    bad = InputError("bad", file="f", where="w", fix="x")
    assert str(pickle.loads(pickle.dumps(bad))) == str(bad)


def test_a_busy_project_is_an_input_error_with_its_own_exit_code() -> None:
    from microdrama.errors import ProjectBusyError, ReviewError, StorageError

    busy = ProjectBusyError("another build holds this project", file="x/build.lock", fix="wait")
    assert isinstance(busy, InputError) and busy.exit_code == 6
    assert str(pickle.loads(pickle.dumps(busy))) == str(busy)
    codes = [InputError.exit_code, ProviderError.exit_code, StageError.exit_code,
             ReviewError.exit_code, ProjectBusyError.exit_code, StorageError.exit_code]
    assert len(set(codes)) == len(codes)  # each family its own code, as the README lists


def test_file_system_faults_map_to_storage_errors_that_pickle() -> None:
    import errno
    import sqlite3

    from microdrama.errors import StorageError, storage_error

    for code, words in ((errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full"),
                        (errno.ENOTDIR, "a file stands where a folder belongs"),
                        (errno.EACCES, "permission denied")):
        found = storage_error(OSError(code, "x", "/p/out/ep001.mp4"))
        assert isinstance(found, StorageError) and words in str(found)
        assert "/p/out/ep001.mp4" in str(found) and "Fix:" in str(found)
        assert str(pickle.loads(pickle.dumps(found))) == str(found)
    assert storage_error(sqlite3.OperationalError("attempt to write a readonly database"))
    assert storage_error(ValueError("not a file system fault")) is None
    assert storage_error(OSError(errno.EINVAL, "bad argument")) is None
