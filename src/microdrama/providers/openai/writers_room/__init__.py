"""The LLM writers' room: bible → outline → scripts → storyboards on any OpenAI-compatible model.

Every request is one or a few chat completions through
:class:`~microdrama.providers.openai.compat.OpenAICompatText`, asking for a draft
(:mod:`.drafts`) that is validated, re-asked with its problems a bounded number of
times, and turned into canon with stable ids. Long series stay inside the context:
the outline is written arc by arc, scripts episode by episode from the plan, the
continuity ledger and the script stage's rolling summary. Each script gets one
critique-and-revise round driven by the script doctor's findings (review.craft and
review.continuity), kept only when it has fewer problems than the draft.

Settings (``[providers.openai-compat]`` in drama.toml): ``vendor`` (when the model id
names none; default "openai"), ``temperature`` (0.8), ``repairs`` (2),
``revise_rounds`` (1), and the run-only ``concurrency``, ``timeout_s``,
``max_attempts``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, TypeVar

from microdrama.domain import Bible, Episode, EpisodePlan, Outline, Premise
from microdrama.domain.source import ChapterDigest
from microdrama.domain.storyboard import Storyboard
from microdrama.errors import InputError, ProviderError
from microdrama.formats.interactive import load_interactive
from microdrama.formats.subtitle_profiles import load_profile
from microdrama.packs import project_packs, with_digest
from microdrama.providers.base import (
    DigestRequest,
    OutlineRequest,
    ProviderConfig,
    ScriptRequest,
    SeriesRequest,
    StoryboardRequest,
    Usage,
)
from microdrama.providers.http import RetryPolicy, gather_or_stop
from microdrama.providers.offline.writer.outline import plan_money
from microdrama.providers.offline.writer.premise import read_premise
from microdrama.providers.offline.writer.story import rng_for
from microdrama.providers.openai import adapting
from microdrama.providers.openai.adapting import digest_chapter
from microdrama.providers.openai.compat import (
    Completion,
    OpenAICompatText,
    load_vendors,
    resolved_model,
    spent_of,
)
from microdrama.providers.openai.writers_room import branching, drafts, prompts
from microdrama.review.continuity import check_continuity
from microdrama.review.craft import check_craft, load_craft

D = TypeVar("D", bound=drafts.Draft)
SETTINGS_FILE = "drama.toml"
#: Keys of the shared [providers.openai-compat] table that shape what the writers' room
#: writes; voice and image settings in the same table never rebuild text.
WRITING_KEYS = frozenset({"vendor", "temperature", "repairs", "revise_rounds"})
_TABLE = "[providers.openai-compat]"


def _number(settings: Mapping[str, Any], key: str, default: float, low: float, high: float
            ) -> float:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise InputError(f"{key} = {value!r} is not a number from {low:g} to {high:g}",
                         file=SETTINGS_FILE, where=f"{_TABLE} {key}",
                         fix=f"set {key} = {default!r} or remove it")
    return float(value)


def text_model(model: str | None, config: ProviderConfig) -> OpenAICompatText:
    """The chat client a provider id and its settings describe (keys from config.secrets)."""
    settings = config.settings
    vendor = settings.get("vendor")
    if vendor is not None and not isinstance(vendor, str):
        raise InputError(f"vendor = {vendor!r} is not a name", file=SETTINGS_FILE,
                         where=f"{_TABLE} vendor", fix='write vendor = "deepseek" (say)')
    policy = RetryPolicy(
        max_attempts=int(_number(settings, "max_attempts", 5, 1, 20)),
        timeout=_number(settings, "timeout_s", 120, 1, 3600),
    )
    return OpenAICompatText(
        model, vendor=vendor, vendors=load_vendors(config.vendors, source="drama.toml or user config"),
        env=config.secrets, policy=policy,
        concurrency=int(_number(settings, "concurrency", 4, 1, 64)),
    )


class _Room:
    """What the writer and the storyboarder share: the client, the budget, the asking."""

    resolved_model = staticmethod(resolved_model)  # cache keys: vendor/model as resolved

    def __init__(self, model: str | None, config: ProviderConfig | None = None) -> None:
        config = config or ProviderConfig()
        self.text = text_model(model, config)
        #: The project's packs over the built-in ones: prompts, craft rules.
        self.packs = project_packs(config.project_dir)
        self.temperature = _number(config.settings, "temperature", 0.8, 0, 2)
        self.repairs = int(_number(config.settings, "repairs", 2, 0, 10))
        self.revise_rounds = int(_number(config.settings, "revise_rounds", 1, 0, 5))
        self.usage = Usage()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.text.vendor.name}/{self.text.model})"

    @property
    def price(self) -> Any:
        """The model's Price from the vendor table, or None (unknown)."""
        return self.text.vendor.price_for(self.text.model)

    @staticmethod
    def identity(model: str | None, config: ProviderConfig) -> dict[str, Any]:
        """Prompt templates and output-shaping settings: part of every cache key."""
        shaping = {k: v for k, v in config.identity().items() if k in WRITING_KEYS}
        packs = project_packs(config.project_dir)
        templates = {**prompts.template_hashes(packs), **adapting.prompt_hashes(packs)}
        return with_digest({"prompts": templates, **shaping}, packs, "craft")

    def _render(self, language: str, name: str, **values: Any) -> str:
        return prompts.render(language, name, packs=self.packs, **values)

    def _count(self, done: Completion) -> None:
        self.usage.add(done.cost_usd, calls=done.calls, input_tokens=done.input_tokens,
                       output_tokens=done.output_tokens)

    async def _complete(self, conversation: list[dict[str, str]], draft: type[D]
                        ) -> tuple[D, Completion]:
        """complete_model, with a broken body (HTTP 200 but not a chat reply) asked again."""
        attempts = self.text.policy.max_attempts
        for attempt in range(1, attempts + 1):
            try:
                return await self.text.complete_model(
                    conversation, draft, max_repairs=self.repairs, temperature=self.temperature)
            except ProviderError as error:
                if (spent := spent_of(error)) is not None:
                    self._count(spent)  # replies that never validated were still paid for
                if error.status != 200 or attempt == attempts:
                    raise
        raise AssertionError("unreachable")

    async def ask(self, messages: list[dict[str, str]], draft: type[D],
                  check: Callable[[D], list[str]] | None = None, *, strict: bool = True,
                  what: str = "") -> tuple[D, list[dict[str, str]]]:
        """A validated draft; problems ``check`` finds are sent back for another try.

        After the repairs run out: ProviderError when ``strict``, else the last draft
        (the caller can make it sound). Returns the conversation for follow-ups.
        """
        conversation = list(messages)
        for round_number in range(self.repairs + 1):
            result, done = await self._complete(conversation, draft)
            self._count(done)
            conversation = [*conversation, {"role": "assistant", "content": done.text}]
            problems = check(result) if check else []
            if not problems:
                return result, conversation
            if round_number == self.repairs:
                if not strict:
                    return result, conversation
                error = ProviderError(
                    f"{what or draft.__name__} still wrong after {self.repairs + 1} tries: "
                    + "; ".join(problems[:5]),
                    provider=self.text.vendor.name, model=self.text.model, body=done.text,
                )
                error.answered = True  # type: ignore[attr-defined]  # a reply, not an outage
                raise error
            conversation.append({"role": "user", "content": (
                "Your reply has these problems:\n" + prompts.lines_of(problems)
                + "\nReply again with the whole corrected JSON object.")})
        raise AssertionError("unreachable")


def _premise_block(premise: Premise | None, language: str) -> str:
    """The premise frame for the bible prompt ('' for an adaptation)."""
    if premise is None:
        return ""
    frame = json.dumps(premise.model_dump(mode="json", exclude_defaults=True,
                                          exclude={"assumed", "trope"}), ensure_ascii=False)
    if language == "zh":
        return ("创意里读出的要素（保留这些人名、职业、地点和事件：主角就是 lead，"
                f"第一个对手就是 rival，第一集从起因开场）：{frame}")
    return ("What the idea says, as read (keep these names, jobs, places and events: the "
            "protagonist is the lead, the first antagonist the rival, episode 1 opens on "
            f"the incident): {frame}")


def _source_block(source: Any, language: str) -> str:
    if not source:
        return ""
    head = ("Adapt this source faithfully: keep its characters (names) and key events." if
            language == "en" else "忠实改编以下原著：保留其人物（姓名）和关键事件。")
    data = source.model_dump(mode="json") if hasattr(source, "model_dump") else source
    return head + "\n" + json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _arc_source(first: int, last: int, allocation: Mapping[int, list[int]], source: Any) -> str:
    """What the source says happens in an arc's chapters, episode by episode: the chapter
    numbers, the key events in them and the chapter-run summaries that overlap."""
    lines = [f"episode {e} adapts chapters {allocation.get(e, [])}" for e in range(first, last + 1)]
    covered = {c for e in range(first, last + 1) for c in allocation.get(e, [])}
    if source is not None and covered:
        low, high = min(covered), max(covered)
        events = [f"ch{k.chapter}: {k.what}" for k in getattr(source, "key_events", [])
                  if k.chapter in covered]
        runs = [f"ch{a.first_chapter}-{a.last_chapter}: {a.summary}"
                for a in getattr(source, "arcs", [])
                if a.first_chapter <= high and a.last_chapter >= low]
        lines += ["source events in these chapters:", *(f"- {e}" for e in events)]
        lines += ["what happens across them:", *(f"- {r}" for r in runs)]
    return "\n".join(lines) + "\n"


class LLMWriter(_Room):
    """Bible, outline and scripts (BibleWriter, OutlineWriter, ScriptWriter)."""

    async def digest_chapter(self, request: DigestRequest) -> ChapterDigest:
        """One chapter of a source novel read for adaptation (ChapterDigester)."""
        return await digest_chapter(self.text, request, usage=self.usage,
                                    max_repairs=self.repairs, packs=self.packs)

    async def write_bible(self, request: SeriesRequest) -> Bible:
        language = request.language
        source = getattr(request, "source", None)
        # What the idea says, read as the offline writer reads it: the model keeps the
        # idea's own people, places and moment (an adaptation follows its novel instead).
        premise = None if source else read_premise(request.idea, language)
        user = self._render(
            language, "bible", idea=request.idea, genre=request.genre, title=request.title,
            episodes=request.episodes, source=_source_block(source, language),
            premise=_premise_block(premise, language))
        draft, _ = await self.ask(
            [{"role": "system", "content": prompts.system(language, self.packs)},
             {"role": "user", "content": user}], drafts.BibleDraft, what="bible")
        bible = drafts.bible_of(draft, language)
        if request.title:
            bible = bible.model_copy(update={"title": request.title})
        if premise is not None:
            premise.trope = bible.tropes[0] if bible.tropes else ""
            bible = bible.model_copy(update={"premise": premise})
        return bible

    async def write_outline(self, request: OutlineRequest) -> Outline:
        bible, n = request.bible, request.episodes
        language = bible.language
        craft = load_craft(language, self.packs)
        money, reveal = plan_money(n, craft, rng_for(request.seed, "money"))
        paywall = money.paywall_episode or n + 1
        brief = prompts.bible_brief(bible)
        source = _source_block(getattr(request, "source", None), language)
        system = {"role": "system", "content": prompts.system(language, self.packs)}
        user = self._render(language, "arcs", bible=brief, episodes=n,
                            arc_size=craft.twist_every, reveal=reveal, paywall=paywall,
                            source=source)
        arcs_draft, _ = await self.ask(
            [system, {"role": "user", "content": user}], drafts.ArcsDraft,
            lambda d: drafts.arcs_problems(d, n, bible), strict=False, what="arc plan")
        arcs = drafts.arcs_of(arcs_draft, n, bible)
        allocation: Mapping[int, list[int]] = getattr(request, "allocation", None) or {}

        async def plan_arc(index: int) -> list[EpisodePlan]:
            arc = arcs[index]
            before = [f"{a.title}: {a.summary}" for a in arcs[:index]]
            chapters = ""
            if allocation:
                chapters = "\n" + _arc_source(arc.first, arc.last, allocation,
                                              getattr(request, "source", None))
            user = self._render(
                language, "episodes", bible=brief, arc=arc.title, arc_summary=arc.summary,
                first=arc.first, last=arc.last, count=arc.last - arc.first + 1,
                before=prompts.lines_of(before), reveal=reveal, paywall=paywall,
                seconds=request.episode_seconds, chapters=chapters)
            plans, _ = await self.ask(
                [system, {"role": "user", "content": user}], drafts.PlansDraft,
                lambda d: drafts.plans_problems(d, arc.first, arc.last),
                what=f"plan of episodes {arc.first}–{arc.last}")
            wanted = {p.number: p for p in plans.episodes}
            return [drafts.plan_of(wanted[e], arc, request.episode_seconds, bible)
                    for e in range(arc.first, arc.last + 1)]

        # Side by side; if one arc fails, the others send nothing more (none is cut off
        # mid-request, so whatever was paid for is counted).
        planned = await gather_or_stop([partial(plan_arc, i) for i in range(len(arcs))])
        plan = []
        for entries in planned:
            for entry in entries:
                arc = next(a for a in arcs if a.id == entry.arc)
                plan.append(entry.model_copy(update={
                    "twist": entry.number == arc.last and entry.number != n,
                    "reveal": entry.number == reveal,
                    "paywall": entry.number == money.paywall_episode,
                    "ad_break": entry.number in money.ad_breaks,
                }))
        return Outline(arcs=arcs, plan=plan, monetization=money)

    @staticmethod
    def request_identity(model: str | None, config: ProviderConfig,
                         request: Mapping[str, Any]) -> dict[str, Any]:
        """An interactive script is asked with its own template: its hash keys those
        scripts only (a linear series' keys stay as they were)."""
        if not request.get("interactive"):
            return {}
        return {"interactive": prompts.interactive_hashes(project_packs(config.project_dir))}

    async def write_script(self, request: ScriptRequest) -> Episode:
        bible, plan = request.bible, request.plan
        language = bible.language
        craft = load_craft(language, self.packs)
        low, high = craft.spoken_range(plan.target_seconds)
        ending = "finale" if request.final else "cliffhanger"
        chapters = getattr(request, "source_chapters", None) or []
        chapter_block = ""
        if chapters:
            chapter_block = "\n" + _source_block(
                [c.model_dump(mode="json") if hasattr(c, "model_dump") else c for c in chapters],
                language)
        story = getattr(request, "story", None) or []
        values = dict(
            number=plan.number, bible=prompts.bible_brief(bible),
            plan=json.dumps(plan.model_dump(mode="json", exclude={"locations"}),
                            ensure_ascii=False, indent=1)
            + f"\nlocations: {plan.locations}",
            arc=f"{request.arc.title}: {request.arc.summary}" if request.arc else "-",
            story=prompts.lines_of(list(story)), previously=request.previously or "-",
            ledger=prompts.ledger_brief(request.ledger, bible), chapters=chapter_block,
            seconds=plan.target_seconds, size_low=low, size_high=high,
            speech_unit=craft.speech_unit, line_max=craft.line_max, ending=ending)
        user = (self._render(language, "script-interactive", label_max=2 * craft.line_max // 3,
                             **values) if request.interactive
                else self._render(language, "script", **values))
        messages = [{"role": "system", "content": prompts.system(language, self.packs)},
                    {"role": "user", "content": user}]
        if request.interactive:
            return await self._write_branching(request, messages, values)
        draft, conversation = await self.ask(
            messages, drafts.EpisodeDraft, lambda d: drafts.episode_problems(d, bible),
            what=f"script of episode {plan.number}")
        return await self._revised(
            request, drafts.episode_of(draft, plan.number, plan.target_seconds), conversation,
            drafts.EpisodeDraft, lambda d: drafts.episode_problems(d, bible),
            lambda d: drafts.episode_of(d, plan.number, plan.target_seconds),
            what=f"revision of episode {plan.number}")

    async def _revised(self, request: ScriptRequest, episode: Episode,
                       conversation: list[dict[str, str]], draft_type: Any,
                       problems: Any, to_episode: Any, *, what: str) -> Episode:
        """``episode`` after the review-and-revise rounds: each round sends the craft and
        continuity findings back; a revision is kept only when it has fewer."""
        findings = self._review(episode, request)
        for _ in range(self.revise_rounds):
            if not findings:
                break
            notes = [f"[{f.severity}] {f.target}: {f.message} — {f.fix}" for f in findings]
            conversation = [*conversation, {"role": "user", "content": self._render(
                request.bible.language, "revise", findings=prompts.lines_of(notes))}]
            try:
                revised, conversation = await self.ask(conversation, draft_type, problems,
                                                       what=what)
            except ProviderError as error:
                if not getattr(error, "answered", False):
                    # An outage (transport, 5xx, 429) is no verdict on the revision: stop the
                    # item, keep nothing, and let the next build try it again.
                    raise
                break  # the model's own replies failed: the draft stands, findings reported
            candidate = to_episode(revised)
            after = self._review(candidate, request)
            if len(after) < len(findings):
                episode, findings = candidate, after
        return episode

    async def _write_branching(self, request: ScriptRequest, messages: list[dict[str, str]],
                               values: dict[str, Any]) -> Episode:
        """An interactive episode: the draft must pass the graph checks (re-asked with
        what is wrong, scene by key; still wrong after the repairs → ProviderError),
        then one review-and-revise round like a linear script."""
        bible, plan = request.bible, request.plan
        language = bible.language
        craft = load_craft(language, self.packs)
        rules, profile = load_interactive(), load_profile(language)

        def problems(draft: branching.InteractiveEpisodeDraft) -> list[str]:
            return branching.graph_problems(draft, bible, plan.number, plan.target_seconds,
                                            craft, rules, profile)

        what = f"interactive script of episode {plan.number}"
        draft, conversation = await self.ask(messages, branching.InteractiveEpisodeDraft,
                                             problems, what=what)
        return await self._revised(
            request, branching.episode_of(draft, plan.number, plan.target_seconds),
            conversation, branching.InteractiveEpisodeDraft, problems,
            lambda d: branching.episode_of(d, plan.number, plan.target_seconds),
            what=f"revision of the {what}")

    def _review(self, episode: Episode, request: ScriptRequest) -> list[Any]:
        found = check_craft(episode, request.bible.language, final=request.final,
                            packs=self.packs)
        # check_continuity folds the episode into the ledger it is given: review every
        # draft against its own copy of the continuity before this episode.
        found += check_continuity(episode, request.ledger.model_copy(deep=True))
        return [f for f in found if f.severity in ("error", "warning")]


class LLMStoryboarder(_Room):
    """Storyboards (Storyboarder): shots for each episode, every line placed once."""

    async def storyboard(self, request: StoryboardRequest) -> Storyboard:
        bible, episode = request.bible, request.episode
        language = bible.language
        compact = {
            "id": episode.id, "title": episode.title,
            "scenes": [{
                "id": s.id, "location": s.location, "time": s.time, "characters": s.characters,
                "beats": [{
                    "id": b.id, "kind": b.kind, "action": b.action,
                    "lines": [{"id": line.id, "speaker": line.speaker, "text": line.text,
                               "emotion": line.emotion} for line in b.lines],
                } for b in s.beats],
            } for s in episode.scenes],
        }
        user = self._render(
            language, "storyboard", bible=prompts.bible_brief(bible, looks=True),
            episode=json.dumps(compact, ensure_ascii=False, indent=1),
            seconds=episode.target_seconds)
        draft, _ = await self.ask(
            [{"role": "system", "content": prompts.system(language, self.packs)},
             {"role": "user", "content": user}], drafts.StoryboardDraft,
            lambda d: drafts.storyboard_problems(d, episode), strict=False,
            what=f"storyboard of {episode.id}")
        return drafts.storyboard_of(draft, episode, bible)


__all__ = ["LLMStoryboarder", "LLMWriter", "text_model"]
