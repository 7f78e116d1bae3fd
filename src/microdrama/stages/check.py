"""check: each episode against the craft rules, the continuity so far, the script
doctor (the words of the series read as an editor would) and the rule packs of the
markets drama.toml names, with the project's waivers applied → out/review/."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, ClassVar

from pydantic import ValidationError

from microdrama.domain import Bible, Episode, Ledger, episode_id
from microdrama.domain.findings import Waiver, apply_waivers
from microdrama.domain.items import ItemId
from microdrama.domain.settings import ReleaseSettings
from microdrama.domain.storyboard import Storyboard
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.keys import cache_key
from microdrama.errors import InputError
from microdrama.files import read_text
from microdrama.formats.interactive import InteractivePack, load_interactive
from microdrama.formats.subtitle_profiles import load_profile
from microdrama.formats.yamlio import parse_yaml
from microdrama.packs import Packs, project_packs
from microdrama.project.folder import storyboard_file
from microdrama.project.waivers import load_waivers
from microdrama.review.compliance import MarketPack, Release, check_compliance, check_markets
from microdrama.review.continuity import check_continuity
from microdrama.review.craft import check_craft, load_craft
from microdrama.review.doctor import SeriesContext, diagnose, series_context
from microdrama.review.lexicon import pack_digest
from microdrama.review.lexicon import warm as warm_lexicon
from microdrama.review.story import review_story


class CheckStage(Stage):
    """Review each episode: hook, reversal, cliffhanger, sizes, continuity, the doctor."""

    name: ClassVar[str] = "check"
    version: ClassVar[int] = 3
    after: ClassVar[tuple[str, ...] | None] = ("script",)
    description: ClassVar[str] = "scripts → review findings (out/review/epNNN.json)"
    executor: ClassVar[str] = "process"  # the doctor's Python (jieba in zh) needs a core

    def items(self, ctx: BuildContext) -> list[str]:
        return [episode_id(n) for n in ctx.episode_numbers()]

    def warm(self, ctx: BuildContext) -> None:
        bible = ctx.bible()
        if bible is not None:
            warm_lexicon(bible.language)

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number = ItemId.parse(item).number
        bible, outline = ctx.bible(), ctx.outline()
        episode = ctx.episode(number)
        if bible is None or outline is None or episode is None:
            raise Blocked(f"needs episodes/{item}.yaml")
        earlier: list[Episode] = []
        for n in range(1, number):
            before = ctx.episode(n)
            if before is None:
                raise Blocked(f"needs {episode_id(n)} (continuity)")
            earlier.append(before)
        plan = outline.episode(number)
        series = series_context(bible, outline, episode, earlier, _board_lines(ctx, number))
        packs = project_packs(ctx.project.root).only("craft", "compliance")
        payload: dict[str, Any] = {
            "episode": episode.model_dump(mode="json"),
            "ledger": ctx.ledger_before(number).model_dump(mode="json"),
            "language": bible.language,
            "final": plan is not None and number == max(p.number for p in outline.plan),
            "rules": load_craft(bible.language, packs).version,
            "series": series.model_dump(mode="json"),
            "doctor": pack_digest(bible.language),
        }
        if packs.files:  # the project's craft rules: keyed, and carried to run()
            payload["packs"] = packs.to_json()
        payload.update(_compliance(ctx, bible, outline, packs))
        if episode.branching:  # only then: a linear episode's key stays what it was
            payload["story"] = {"rules": load_interactive().model_dump(mode="json"),
                                "reading": load_profile(bible.language).version}
        waivers = load_waivers(ctx.project.root)
        if waivers:
            payload["waivers"] = [w.model_dump(mode="json") for w in waivers]
        return Work(
            stage=self.name, item=item, key=cache_key(self.name, self.version, payload),
            payload=payload, outputs={"findings": f"out/review/{item}.json"}, provider="",
        )

    @staticmethod
    def run(work: Work) -> Produced:
        episode = Episode.model_validate(work.payload["episode"])
        ledger = Ledger.model_validate(work.payload["ledger"])
        series = SeriesContext.model_validate(work.payload["series"])
        packs = Packs.from_json(work.payload.get("packs"))
        findings = check_craft(episode, work.payload["language"], final=work.payload["final"],
                               packs=packs)
        findings += diagnose(episode, series, ledger)
        findings += check_continuity(episode, ledger)
        numbers = None
        if "story" in work.payload:
            story, numbers = review_story(
                episode, load_craft(work.payload["language"], packs),
                InteractivePack.model_validate(work.payload["story"]["rules"]),
                load_profile(work.payload["language"]))
            findings += story
        if "markets" in work.payload:
            bible = Bible.model_validate(work.payload["bible"])
            release = work.payload["release"]
            findings += check_compliance(
                episode, bible,
                Release(settings=ReleaseSettings.model_validate(release["settings"]),
                        signed=release["signed"], today=date.fromisoformat(release["today"]),
                        paywall=release["paywall"], coins=release["coins"], first=release["first"]),
                [MarketPack.model_validate(m) for m in work.payload["markets"]])
        findings = apply_waivers(
            findings, [Waiver.model_validate(w) for w in work.payload.get("waivers", [])])
        report = {
            "episode": episode.id,
            "rules": work.payload["rules"],
            "findings": [f.model_dump(mode="json") for f in findings],
        }
        if numbers is not None:
            report["graph"] = numbers.as_json()
        text = json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        return Produced({"findings": text.encode("utf-8")})


def _compliance(ctx: BuildContext, bible: Bible, outline: Any, packs: Packs) -> dict[str, Any]:
    """What the market packs need, for the payload ({} when drama.toml names no market)."""
    release = ctx.settings.release
    pack_list = check_markets(release.markets, packs)
    if not pack_list:
        return {}
    money = outline.monetization
    signing = ctx.settings.signing
    dated = any(p.tiers for p in pack_list)  # only then does the day change the findings
    return {
        "markets": [p.model_dump(mode="json") for p in pack_list],
        "bible": bible.model_dump(mode="json"),
        "release": {
            "settings": release.model_dump(mode="json"),
            "signed": bool(signing.certificate and signing.key),
            "today": (date.today() if dated else date(2000, 1, 1)).isoformat(),
            "paywall": money.paywall_episode if money.model != "iaa" else None,
            "coins": money.coins_per_episode,
            "first": min(p.number for p in outline.plan),
        },
    }


def _board_lines(ctx: BuildContext, number: int) -> dict[str, list[str]] | None:
    """Shot id → line ids of the storyboard on disk, read without checking it against the
    script (that mismatch is what the doctor reports); None when there is none or it
    does not parse (the stages that use it report that)."""
    path = ctx.project.path(storyboard_file(number))
    if not path.is_file():
        return None
    try:
        board = Storyboard.model_validate(parse_yaml(read_text(path), path))
    except (InputError, ValidationError):
        return None
    return {shot.id: list(shot.lines) for shot in board.shots}
