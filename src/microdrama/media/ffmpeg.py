"""The ffmpeg binary (from the imageio-ffmpeg wheel), running it, and atomic outputs.

Every media helper writes through `atomic_output`, so a failed or interrupted run
never leaves a half-written file under the final name.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from microdrama.errors import DramaError, InputError

STDERR_TAIL_CHARS = 2000


class FfmpegError(DramaError):
    """ffmpeg exited with an error; keeps the command and the tail of its stderr."""

    def __init__(self, command: Sequence[str], returncode: int | None, stderr: str) -> None:
        self.command = list(command)
        self.returncode = returncode
        self.stderr = stderr
        tail = stderr.strip()[-STDERR_TAIL_CHARS:]
        status = f"exit {returncode}" if returncode is not None else "did not finish"
        super().__init__(f"ffmpeg failed ({status}): {shlex.join(self.command)}\n{tail}")


@cache
def ffmpeg_exe() -> str:
    """Path of the ffmpeg binary shipped by the imageio-ffmpeg wheel."""
    try:
        import imageio_ffmpeg
    except ImportError as error:
        raise InputError(
            "ffmpeg is not available (the imageio-ffmpeg package is missing)",
            fix="pip install imageio-ffmpeg",
        ) from error
    try:
        path = str(imageio_ffmpeg.get_ffmpeg_exe())
    except RuntimeError as error:
        raise InputError(
            f"ffmpeg is not available: {error}",
            fix="pip install imageio-ffmpeg (or set IMAGEIO_FFMPEG_EXE to an ffmpeg binary)",
        ) from error
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise InputError(
            f"ffmpeg is not available: {path} is not an executable file",
            fix="pip install imageio-ffmpeg, or point IMAGEIO_FFMPEG_EXE at an ffmpeg binary",
        )
    return path


def ffmpeg_command(args: Sequence[str]) -> list[str]:
    """The full command line for `args`: binary, quiet banner, never reads the terminal."""
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]


def run_ffmpeg(args: list[str]) -> None:
    """Run ffmpeg with `args`; raise FfmpegError (command + stderr tail) on failure."""
    command = ffmpeg_command(args)
    result = subprocess.run(command, capture_output=True, check=False)
    if result.returncode != 0:
        raise FfmpegError(command, result.returncode, result.stderr.decode("utf-8", "replace"))


def pipe_to_ffmpeg(args: Sequence[str], chunks: Iterable[bytes | memoryview]) -> None:
    """Run ffmpeg with ``args``, feeding it ``chunks`` (raw frames) on stdin; raise
    FfmpegError (command + stderr tail) on failure. Stderr goes to a temporary file, so
    a chatty encoder can never block on a full pipe."""
    command = ffmpeg_command(args)
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors
        )
        assert process.stdin is not None
        try:
            for chunk in chunks:
                process.stdin.write(chunk)
        except BrokenPipeError:
            pass  # ffmpeg quit early; its exit code and stderr say why
        except BaseException:
            process.kill()
            raise
        finally:
            with contextlib.suppress(OSError):
                process.stdin.close()
            process.wait()
        if process.returncode != 0:
            errors.seek(0)
            raise FfmpegError(command, process.returncode, errors.read().decode("utf-8", "replace"))


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path next to `out` (same suffix); rename it to `out` on success.

    On any exception the temporary file is removed and `out` is left untouched.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=f".{out.stem}.", suffix=f".part{out.suffix}", dir=out.parent
    )
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
