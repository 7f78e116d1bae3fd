"""Is an item fresh? Its planned key and outputs against the files, the run log and
the store — what both ``status`` and the build decide by."""

from __future__ import annotations

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Stage, State, Work
from microdrama.engine.runlog import RunLog
from microdrama.engine.store import Store


class Freshness:
    """Compares planned items with the project's files, the run log and the store."""

    def __init__(self, ctx: BuildContext, store: Store, log: RunLog) -> None:
        self.ctx = ctx
        self.store = store
        self.log = log

    def item_state(self, stage: Stage, work: Work) -> tuple[State, str]:
        """Compare a planned item with what is on disk and in the store."""
        project = self.ctx.project
        states: list[tuple[State, str]] = []
        for path in work.outputs.values():
            target = project.path(path)
            record = self.log.output(path)
            sha = self.ctx.hashes.digest(target) if target.is_file() else None
            if sha is None:
                states.append((State.MISSING, f"{path} does not exist"))
                continue
            if record is None or record.sha != sha:
                if self._matches_stored(work, path, sha):
                    states.append((State.FRESH, ""))
                elif stage.owned:
                    states.append((State.EDITED, f"{path} was edited; kept as yours"))
                else:
                    states.append((State.STALE, f"{path} was changed by hand; will rebuild"))
            elif record.key != work.key:
                if stage.owned:
                    states.append((State.OUTDATED, f"inputs of {path} changed since it was "
                                   f"written; kept (use --force {stage.name} to rewrite)"))
                else:
                    states.append((State.STALE, "inputs changed"))
            else:
                states.append((State.FRESH, ""))
        order = [State.MISSING, State.STALE, State.EDITED, State.OUTDATED, State.FRESH]
        # (PENDING and BLOCKED are decided by status(), which sees the other stages.)
        return min(states, key=lambda s: order.index(s[0])) if states else (State.FRESH, "")

    def _matches_stored(self, work: Work, path: str, sha: str) -> bool:
        """True when the file on disk is exactly what the store holds for this key."""
        result = self.store.get_result(work.key)
        if result is None:
            return False
        name = next((n for n, p in work.outputs.items() if p == path), None)
        return name is not None and result.outputs.get(name) == sha
