"""The error tree. Every error microdrama raises on purpose is a DramaError.

    DramaError
     ├── InputError      bad user input: names the file, the place in it and the fix
     │    └── ProjectBusyError  another build holds the project's lock (who, since when)
     ├── ProviderError   a provider failed: provider, model, status, body
     ├── StageError      a stage failed on one item: stage, item, cause
     └── ReviewError     `build --strict` found error-level review findings open

The CLI maps them to exit codes (InputError 2, ProviderError 3, StageError 4,
ReviewError 5, ProjectBusyError 6) and prints the message without a traceback unless
--debug is given.
"""

from __future__ import annotations

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

    def __init__(self, stage: str, item: str, cause: BaseException | str) -> None:
        self.stage = stage
        self.item = item
        self.cause = cause
        super().__init__(f"stage {stage}, item {item}: {cause}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.stage, self.item, str(self.cause)), None)


class ReviewError(DramaError):
    """Error-level review findings are open and the build was asked to be strict."""

    exit_code = 5

    def __init__(self, errors: int, where: list[str]) -> None:
        self.errors = errors
        self.where = where
        files = ", ".join(f"out/review/{w}.json" for w in where[:5]) + (" …" if len(where) > 5 else "")
        super().__init__(
            f"{errors} review error{'s' if errors != 1 else ''} open ({files}); --strict stops "
            "the build here. Fix: correct what each finding names (its target and fix), "
            "then build again; or build without --strict to go on"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.errors, self.where), None)


class ProjectBusyError(InputError):
    """Another build holds the project's lock: says who, since when, and what to do."""

    exit_code = 6


def _provider_error(message: str, fields: dict[str, object]) -> ProviderError:
    return ProviderError(message, **fields)  # type: ignore[arg-type]
