"""The project's spending limit: what a batch of paid items would cost, and the clean
stop (BudgetError, naming where the limit was set) before one it cannot pay for."""

from __future__ import annotations

from typing import Any, NoReturn

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Stage, Work
from microdrama.engine.costing import estimate_item, price_of
from microdrama.engine.runlog import RunLog
from microdrama.errors import InputError

#: Where a budget came from → (file, where) for the error that names it.
BUDGET_PLACES = {
    "flag": (None, "option --budget"),
    "env": (None, "environment variable MICRODRAMA_BUDGET_MAX_USD"),
    "project": ("drama.toml", "[budget] max_usd"),
}


class BudgetError(InputError):
    """The next work would take the project past its budget; the build stops cleanly."""

    def __init__(self, problem: str, *, fix: str, source: str = "project") -> None:
        file, where = BUDGET_PLACES.get(source, BUDGET_PLACES["project"])
        super().__init__(problem, file=file, where=where, fix=fix)


class Budget:
    """USD the project may spend in total (every run, from the run log), or no limit."""

    def __init__(self, ctx: BuildContext, log: RunLog, limit: float | None,
                 source: str = "project") -> None:
        self.ctx = ctx
        self.log = log
        #: USD the project may have spent in total (run log, every run), or None.
        self.limit = limit
        #: Where the limit was set ('flag', 'env', 'project'), for the message that stops.
        self.source = source
        self._prices: dict[str, Any] = {}

    def price(self, stage: Stage) -> Any:
        if stage.name not in self._prices:
            self._prices[stage.name] = price_of(stage, self.ctx)
        return self._prices[stage.name]

    def check(self, batch: list[tuple[Stage, Work]]) -> None:
        """Stop cleanly (BudgetError) before starting a batch the budget cannot pay for.

        A batch is everything about to start together (one item of a sequential stage,
        or every item of a wave of side-by-side stages), so stages sharing a wave are
        counted together."""
        if self.affordable(batch) < len(batch):
            self.over(batch)

    def affordable(self, batch: list[tuple[Stage, Work]]) -> int:
        """How many items of ``batch``, in order, the budget pays for (all without one)."""
        if self.limit is None:
            return len(batch)
        spent, _ = self.log.spent()
        for count, (stage, work) in enumerate(batch):
            if stage.capability is None:
                continue
            cost = estimate_item(stage, self.ctx, work, self.price(stage))
            if cost is None:
                return count
            spent += cost
            if spent > self.limit:
                return count
        return len(batch)

    def over(self, batch: list[tuple[Stage, Work]]) -> NoReturn:
        """Raise the BudgetError that says why ``batch`` cannot start."""
        assert self.limit is not None
        paid = [(stage, work) for stage, work in batch if stage.capability is not None]
        costs = [(stage, estimate_item(stage, self.ctx, work, self.price(stage)))
                 for stage, work in paid]
        spent, unknown = self.log.spent()
        unpriced = next((stage for stage, cost in costs if cost is None), None)
        if unpriced is not None:
            raise BudgetError(
                f"{unpriced.name} uses a provider without a price, so the budget of "
                f"${self.limit:.2f} cannot be kept",
                fix="add its price to [vendors.<name>.prices] in your user config, "
                "or build without a budget",
                source=self.source,
            )
        need = sum(c for _, c in costs if c is not None)
        names = ", ".join(dict.fromkeys(stage.name for stage, _ in paid))
        # Raised even if the items would fit now (the ones before them cost less than
        # estimated): they were held back, and the next build starts them.
        raise BudgetError(
            f"budget reached before {names}: ${spent:.4f} spent so far, the next "
            f"{len(paid)} item(s) need about ${need:.4f}, the budget is ${self.limit:.2f}",
            fix=("pass a higher --budget" if self.source == "flag" else
                 "raise MICRODRAMA_BUDGET_MAX_USD" if self.source == "env" else
                 "raise [budget] max_usd in drama.toml (or pass --budget)")
            + "; finished work is kept and the next build continues from it",
            source=self.source,
        )
