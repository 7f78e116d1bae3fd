"""The error tree. Every error microdrama raises on purpose is a DramaError.

    DramaError          (exit 1: a media failure, or anything of no family below)
     ├── InputError      bad user input: names the file, the place in it and the fix
     │    ├── ProjectBusyError  another build holds the project's lock (who, since when)
     │    ├── BudgetError       the next work would pass the budget (engine)
     │    └── PackError         a pack (built in, or the project's packs/) is broken (packs)
     ├── ProviderError   a provider failed: provider, model, status, body
     ├── StageError      a stage failed on one item: stage, item, cause
     ├── ReviewError     `build --strict` found error-level review findings open
     ├── StorageError    the file system said no: read-only, a file where a folder
     │                   belongs, a full disk — with the path and the fix
     └── media: FfmpegError (the command and its stderr), UnreadableClip (bytes that are
         not a video or image), FontMissingError, LabelError (an AI label read back wrong)

The CLI maps them to exit codes (InputError 2, ProviderError 3, StageError 4,
ReviewError 5, ProjectBusyError 6, StorageError 7) and prints the message without a traceback unless
--debug is given. Whatever a stage raises while running an item (a ProviderError, a
media error, a bug) fails that item and reaches the user as the stage's StageError.

Three exceptions stand outside the tree on purpose: internal signals, each caught where
it is raised, that never reach the user — ``Blocked`` (an item cannot be planned yet),
``Halted`` (an item not started after a sibling's key was refused) and ``Stopped`` (a
request not sent after a sibling failed). tests/test_exit_codes.py holds every class to
this and drives one real failure of each family through the CLI.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class DramaError(Exception):
    """Root of every error microdrama raises on purpose."""

    exit_code = 1


class InputError(DramaError):
    """The user's input is wrong: says which file, where, what is wrong and the fix."""

    exit_code = 2

    def __init__(
        self,
        problem: str,
        *,
        file: str | Path | None = None,
        where: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.file = str(file) if file is not None else None
        self.where = where
        self.fix = fix
        super().__init__(self.render())

    def render(self) -> str:
        """One paragraph: `file, where: problem. Fix: fix`."""
        head = ""
        if self.file:
            head = self.file
            if self.where:
                head += f", {self.where}"
            head += ": "
        elif self.where:
            head = f"{self.where}: "
        text = head + self.problem.rstrip(".") + "."
        if self.fix:
            text += " Fix: " + self.fix.rstrip(".") + "."
        return text


class ProviderError(DramaError):
    """A provider (model or service) failed."""

    exit_code = 3

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        model: str | None = None,
        status: int | None = None,
        body: str | None = None,
    ) -> None:
        self.provider = provider
        self.model = model
        self.status = status
        self.body = body
        self.message = message
        parts = [f"provider {provider}"]
        if model:
            parts.append(f"model {model}")
        if status is not None:
            parts.append(f"status {status}")
        super().__init__(f"{message} ({', '.join(parts)})")

    def __reduce__(self) -> tuple[object, ...]:
        # Stages run in worker processes: the error must survive pickling, with its
        # fields and any attributes added on the way (say, what the call cost).
        fields = {"provider": self.provider, "model": self.model, "status": self.status,
                  "body": self.body}
        return (_provider_error, (self.message, fields), dict(self.__dict__))


class StageError(DramaError):
    """A stage failed on one item; finished items are kept."""

    exit_code = 4

    def __init__(self, stage: str, item: str, cause: BaseException | str, *,
                 exit_code: int | None = None) -> None:
        self.stage = stage
        self.item = item
        self.cause = cause
        if exit_code is not None:  # the family of what failed: 3 for a provider, 2 for input
            self.exit_code = exit_code
        super().__init__(f"stage {stage}, item {item}: {cause}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_stage_error, (type(self), self.stage, self.item, str(self.cause),
                               self.exit_code), None)


class ReviewError(DramaError):
    """Error-level review findings are open and the build was asked to be strict."""

    exit_code = 5

    def __init__(self, errors: int, where: list[str], report: str = "") -> None:
        self.errors = errors
        self.where = where
        self.report = report
        files = report or (", ".join(f"out/review/{w}.json" for w in where[:5])
                           + (" …" if len(where) > 5 else ""))
        stops = "the review fails" if report else "--strict stops the build here"
        super().__init__(
            f"{errors} review error{'s' if errors != 1 else ''} open ({files}); {stops}. "
            "Fix: correct what each finding names (its target and fix), or waive it with a "
            "reason in waivers.toml, then build again; or build without --strict to go on"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.errors, self.where, self.report), None)


class ProjectBusyError(InputError):
    """Another build holds the project's lock: says who, since when, and what to do."""

    exit_code = 6


def _provider_error(message: str, fields: dict[str, object]) -> ProviderError:
    return ProviderError(message, **fields)  # type: ignore[arg-type]


class StorageError(DramaError):
    """Reading or writing a project file failed in the file system, not in microdrama."""

    exit_code = 7

    def __init__(self, problem: str, *, path: str | Path | None, fix: str) -> None:
        self.problem = problem
        self.path = str(path) if path is not None else None
        self.fix = fix
        head = f"{self.path}: " if self.path else ""
        super().__init__(f"{head}{problem.rstrip('.')}. Fix: {fix.rstrip('.')}.")

    def __reduce__(self) -> tuple[object, ...]:
        return (_storage_error, (self.problem, self.path, self.fix), None)


def _storage_error(problem: str, path: str | None, fix: str) -> StorageError:
    return StorageError(problem, path=path, fix=fix)


#: errno → (what happened, how to fix it).
_STORAGE_FIXES = {
    errno.EACCES: ("permission denied", "make the project writable (chmod -R u+w) or copy it "
                   "somewhere you may write; finished work is kept"),
    errno.EPERM: ("operation not permitted", "make the project writable or copy it somewhere "
                  "you may write"),
    errno.EROFS: ("the file system is read-only", "copy the project to a writable disk and build "
                  "there; finished work is kept"),
    errno.ENOTDIR: ("a file stands where a folder belongs", "move that file away (out/ and "
                    ".microdrama/ are folders microdrama makes itself)"),
    errno.EISDIR: ("a folder stands where a file belongs", "move that folder away"),
    errno.EEXIST: ("a file stands where a folder belongs", "move that file away (out/ and "
                   ".microdrama/ are folders microdrama makes itself)"),
    errno.ENOSPC: ("the disk is full", "free some space and build again; finished work is "
                   "kept and nothing half-written is left"),
    errno.EDQUOT: ("the disk quota is used up", "free some space and build again; finished "
                   "work is kept"),
}


def storage_error(error: BaseException, path: str | Path | None = None) -> StorageError | None:
    """The StorageError for an OSError or SQLite error of the file system (None when the
    error is not one)."""
    if isinstance(error, sqlite3.OperationalError):
        text = str(error)
        if "readonly" in text or "read-only" in text:
            return StorageError(f"the run log cannot be written ({text})", path=path,
                                fix=_STORAGE_FIXES[errno.EROFS][1])
        if "unable to open" in text or "disk I/O" in text or "full" in text:
            return StorageError(f"the run log cannot be opened ({text})", path=path,
                                fix="check that .microdrama/ is a writable folder with free "
                                "space")
        return None
    if isinstance(error, OSError) and error.errno in _STORAGE_FIXES:
        what, fix = _STORAGE_FIXES[error.errno]
        return StorageError(what, path=error.filename or path, fix=fix)
    return None


def _stage_error(kind: type[StageError], stage: str, item: str, cause: str,
                 exit_code: int) -> StageError:
    """Unpickle a StageError with its exit code."""
    return kind(stage, item, cause, exit_code=exit_code)
