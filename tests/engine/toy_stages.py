"""Small stages for engine tests: upper-case each inputs/NAME.txt into out/NAME.txt."""

from __future__ import annotations

import os
import time
from typing import ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.keys import cache_key


class Upper(Stage):
    name: ClassVar[str] = "upper"
    version: ClassVar[int] = 1
    description: ClassVar[str] = "inputs/*.txt → out/*.txt"

    def items(self, ctx: BuildContext) -> list[str]:
        folder = ctx.project.path("inputs")
        return sorted(p.stem for p in folder.glob("*.txt"))

    def plan(self, ctx: BuildContext, item: str) -> Work:
        source = ctx.project.path(f"inputs/{item}.txt")
        if not source.is_file():
            raise Blocked("no input")
        payload = {"text": source.read_text("utf-8"),
                   "delay": float(os.environ.get("TOY_DELAY", "0"))}
        return Work(stage=self.name, item=item,
                    key=cache_key(self.name, self.version, {"text": payload["text"]}),
                    payload=payload, outputs={"out": f"out/{item}.txt"}, provider="toy")

    @staticmethod
    def run(work: Work) -> Produced:
        time.sleep(work.payload["delay"])
        if "FAIL" in work.payload["text"]:
            raise ValueError("asked to fail")
        return Produced({"out": work.payload["text"].upper().encode("utf-8")}, cost_usd=0.01)


class Owned(Upper):
    """Like Upper but its outputs belong to the user once written."""

    name: ClassVar[str] = "owned"
    owned: ClassVar[bool] = True
    sequential: ClassVar[bool] = True

    def plan(self, ctx: BuildContext, item: str) -> Work:
        work = super().plan(ctx, item)
        return Work(stage=self.name, item=item, key=cache_key(self.name, 1, work.payload["text"]),
                    payload=work.payload, outputs={"out": f"owned/{item}.txt"})
