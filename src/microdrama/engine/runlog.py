"""The run log (SQLite, ``.microdrama/runlog.sqlite``).

Tables: ``runs`` (one row per command), ``items`` (one row per stage item per run:
cache hit or not, duration, provider, cost), ``outputs`` (every project file a
stage published, with the key and content hash, so status can tell fresh from
stale from edited) and ``stamps`` (files whose content hash a build may reuse while
their stat is unchanged: engine/hashes.py says when).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from microdrama.engine.hashes import Stamp

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    command TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'running'
);
CREATE TABLE IF NOT EXISTS items (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    stage TEXT NOT NULL,
    item TEXT NOT NULL,
    key TEXT NOT NULL,
    outcome TEXT NOT NULL,
    cache_hit INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    cost_usd REAL NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outputs (
    path TEXT PRIMARY KEY,
    stage TEXT NOT NULL,
    item TEXT NOT NULL,
    key TEXT NOT NULL,
    sha TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stamps (
    path TEXT PRIMARY KEY,
    device TEXT NOT NULL,  -- as text: unsigned 64-bit numbers overflow SQLite's integers
    inode TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    sha TEXT NOT NULL
);
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Published:
    """A project file a stage wrote."""

    path: str
    stage: str
    item: str
    key: str
    sha: str


@dataclass(frozen=True)
class ItemRow:
    """One logged stage item."""

    run_id: int
    stage: str
    item: str
    key: str
    outcome: str
    cache_hit: bool
    duration_ms: int
    provider: str
    cost_usd: float


def _use_wal(db: sqlite3.Connection) -> None:
    """Put the log in WAL mode. Switching needs the database to itself, and SQLite answers
    "database is locked" at once, without waiting out the busy timeout, when another
    process opening the same new log switches it at that moment (two builds started
    together): so wait and try again while it is not WAL yet, for up to 5 s."""
    for attempt in range(50):
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == 49:
                raise
            time.sleep(0.1)


class RunLog:
    """The SQLite run log; used from the main thread of a build only."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA busy_timeout=5000")
        _use_wal(self.db)
        # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process
        # loses nothing (the WAL is in the OS's hands); only a power cut can lose the last
        # rows, and then the next build re-runs those items. FULL cost ≈ 2.4 ms per item
        # logged (0.24 s of a no-op build of one episode).
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(items)")}
        if "cost_unknown" not in columns:  # logs written before costs could be unknown
            try:
                self.db.execute(
                    "ALTER TABLE items ADD COLUMN cost_unknown INTEGER NOT NULL DEFAULT 0"
                )
            except sqlite3.OperationalError as error:
                # Another process opening the same new log added it first: that is fine.
                if "duplicate column" not in str(error):
                    raise

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def start_run(self, command: str) -> int:
        """Record a new run; return its id."""
        cursor = self.db.execute(
            "INSERT INTO runs(command, started) VALUES (?, ?)", (command, _now())
        )
        return int(cursor.lastrowid or 0)

    def close_stale_runs(self) -> int:
        """Mark runs still 'running' as interrupted (call only while holding the project
        lock: then no live build owns them — they were killed). Returns how many."""
        cursor = self.db.execute(
            "UPDATE runs SET finished = ?, status = 'interrupted' WHERE status = 'running'",
            (_now(),),
        )
        return cursor.rowcount

    def finish_run(self, run_id: int, status: str) -> None:
        """Mark a run finished with ``status`` (ok, failed, interrupted)."""
        self.db.execute(
            "UPDATE runs SET finished = ?, status = ? WHERE id = ?", (_now(), status, run_id)
        )

    def log_item(
        self,
        run_id: int,
        *,
        stage: str,
        item: str,
        key: str,
        outcome: str,
        cache_hit: bool,
        duration_ms: int,
        provider: str = "",
        cost_usd: float | None = 0.0,
        error: str = "",
    ) -> None:
        """Record one stage item of a run (``cost_usd`` None: it cost something unknown)."""
        self.db.execute(
            "INSERT INTO items(run_id, stage, item, key, outcome, cache_hit, duration_ms,"
            " provider, cost_usd, cost_unknown, error, at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (run_id, stage, item, key, outcome, int(cache_hit), duration_ms, provider,
             cost_usd or 0.0, int(cost_usd is None), error, _now()),
        )

    def spent(self) -> tuple[float, int]:
        """USD recorded over every run of the project, and how many items cost an unknown sum."""
        row = self.db.execute(
            "SELECT coalesce(sum(cost_usd), 0), coalesce(sum(cost_unknown), 0) FROM items"
        ).fetchone()
        return float(row[0]), int(row[1])

    def record_output(self, published: Published) -> None:
        """Remember that a stage wrote this project file."""
        self.db.execute(
            "INSERT OR REPLACE INTO outputs(path, stage, item, key, sha) VALUES (?,?,?,?,?)",
            (published.path, published.stage, published.item, published.key, published.sha),
        )

    def output(self, path: str) -> Published | None:
        """What we last wrote at ``path``, or None."""
        row = self.db.execute(
            "SELECT path, stage, item, key, sha FROM outputs WHERE path = ?", (path,)
        ).fetchone()
        return Published(*row) if row else None

    def stamp(self, path: str) -> tuple[Stamp, str] | None:
        """The stamp and content hash a build recorded for the file at ``path``, or None."""
        row = self.db.execute(
            "SELECT device, inode, size, mtime_ns, ctime_ns, sha FROM stamps WHERE path = ?",
            (path,),
        ).fetchone()
        if row is None:
            return None
        return Stamp(int(row[0]), int(row[1]), row[2], row[3], row[4]), row[5]

    def record_stamp(self, path: str, stamp: Stamp, sha: str) -> None:
        """Remember the content hash of the file at ``path`` while its stamp is ``stamp``."""
        self.db.execute(
            "INSERT OR REPLACE INTO stamps(path, device, inode, size, mtime_ns, ctime_ns, sha)"
            " VALUES (?,?,?,?,?,?,?)",
            (path, str(stamp.device), str(stamp.inode), stamp.size, stamp.mtime_ns,
             stamp.ctime_ns, sha),
        )

    def items(self, run_id: int | None = None) -> Iterator[ItemRow]:
        """Logged items of one run (default: the latest run)."""
        if run_id is None:
            row = self.db.execute("SELECT max(id) FROM runs").fetchone()
            run_id = row[0] if row and row[0] is not None else 0
        for row in self.db.execute(
            "SELECT run_id, stage, item, key, outcome, cache_hit, duration_ms, provider,"
            " cost_usd FROM items WHERE run_id = ? ORDER BY rowid",
            (run_id,),
        ):
            yield ItemRow(
                run_id=row[0], stage=row[1], item=row[2], key=row[3], outcome=row[4],
                cache_hit=bool(row[5]), duration_ms=row[6], provider=row[7], cost_usd=row[8],
            )
