"""Content hashes of files, read once: reused while the file system says it is untouched.

Planning a build hashes every input an item declares and every output it would
replace; a rebuild of one line used to read and hash the whole project again (the
episode, every shot, the music beds: ≈ 0.2 s of a rebuild). A hash is reused when the
file's *stamp* — device, inode, size, modification and change time (ctime), in
nanoseconds — is the one it had when it was hashed, and that hash had **settled**:

- Any write to a file, and any change of its times (``touch``, ``cp -p``, ``os.utime``,
  an editor that restores the mtime), sets its ctime to the current time, which no
  program can set back; replacing the file by a rename gives another inode. So a
  content change with the same size and the same mtime still changes the stamp.
- A file system keeps times in ticks (a few milliseconds, up to a second or two on
  some), so a second write in the very tick of the one we read would leave the stamp
  unchanged. A hash is therefore kept only when the file's ctime was at least
  ``SETTLED_NS`` older than the moment we began to read it: any later write falls in a
  later tick. A file changed less than that before it was hashed is hashed again the
  next time it is asked for (a fresh output: once, in the next build).

Settled hashes are kept for the build (in memory) and across builds in the run log's
``stamps`` table. The rule assumes a local file system whose clock is this machine's
(a network file system whose server clock lags by more than ``SETTLED_NS`` could make a
just-written file look settled).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from microdrama.hashing import content_hash

#: How long before a read a file must have last changed for its hash to be kept.
SETTLED_NS = 2_000_000_000


@dataclass(frozen=True)
class Stamp:
    """What stat says of a file that changes whenever its content can have changed."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @staticmethod
    def of(status: os.stat_result) -> Stamp:
        """The stamp of a stat result."""
        return Stamp(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns,
                     status.st_ctime_ns)


class StampLog(Protocol):
    """Where settled hashes are kept between builds (the run log)."""

    def stamp(self, path: str) -> tuple[Stamp, str] | None: ...

    def record_stamp(self, path: str, stamp: Stamp, sha: str) -> None: ...


@dataclass
class FileHashes:
    """Content hashes of files by path; see the module docstring for when one is reused."""

    #: Settled hashes kept between builds; None: this process only.
    log: StampLog | None = None
    settled_ns: int = SETTLED_NS
    _known: dict[str, tuple[Stamp, str]] = field(default_factory=dict)

    def digest(self, path: Path) -> str | None:
        """``content_hash`` of the file's bytes; None when there is no such file."""
        name = os.path.abspath(path)  # the same file whatever folder the build ran from
        try:
            before = Stamp.of(os.stat(name))
        except (FileNotFoundError, NotADirectoryError):
            return None
        known = self._known.get(name)
        if known is None and self.log is not None:
            known = self.log.stamp(name)
        if known is not None and known[0] == before:
            self._known[name] = known
            return known[1]
        began = time.time_ns()
        digest = content_hash(path.read_bytes())
        try:
            after = Stamp.of(os.stat(name))
        except FileNotFoundError:
            return digest
        if after == before and before.ctime_ns < began - self.settled_ns:
            self._known[name] = (before, digest)
            if self.log is not None:
                self.log.record_stamp(name, before, digest)
        return digest
