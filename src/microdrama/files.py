"""Safe file writing: write to a temp file beside the target, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from microdrama.errors import InputError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_MODE = 0o666 & ~_umask()


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half.

    The temp file lives in the same folder (rename is atomic only within a file system)
    and is fsynced before the rename, so a ``kill -9`` or power cut leaves no torn file.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _MODE)  # mkstemp makes 0600; a deliverable should read like any file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_text(path: Path) -> str:
    """Read a UTF-8 text file; unreadable or non-UTF-8 files are an InputError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("the file does not exist", file=path, fix="check the path") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"the file is not UTF-8 text (byte {error.start})",
            file=path,
            fix="save it as UTF-8",
        ) from None
    except OSError as error:
        raise InputError(
            f"cannot read the file ({error.strerror})",
            file=path,
            fix="check its permissions",
        ) from None


def check_writable(folder: Path) -> None:
    """Raise an InputError naming ``folder`` if we cannot create files in it."""
    probe = folder
    while not probe.exists():
        probe = probe.parent
    if not os.access(probe, os.W_OK | os.X_OK):
        raise InputError(
            "the folder is not writable",
            file=folder,
            fix="choose another folder or change its permissions",
        )
