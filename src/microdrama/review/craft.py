"""Craft rules as data (packs/craft/rules.toml, schema :class:`CraftPack`) and the checks
that use them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from microdrama.domain import Episode
from microdrama.domain.findings import Finding
from microdrama.domain.playthrough import default_path, path_episode, scene_paths
from microdrama.domain.text import pauses, spoken_size
from microdrama.packs import BUILTIN, Packs, load_pack


@dataclass(frozen=True)
class Craft:
    """Craft numbers for one language, with where they come from."""

    language: str
    speech_min: int
    speech_max: int
    speech_unit: str
    line_min: int
    line_max: int
    hook_seconds: int
    max_locations: int
    twist_every: int
    paywall_range: tuple[int, int]
    free_range: tuple[int, int]
    unlock_checkpoints: tuple[int, ...]
    coins_per_episode: tuple[int, int]
    version: str
    source: str
    #: The offline voice and timing stage as measured (craft.toml [<lang>.measured]).
    units_per_second: float = 0.0
    line_ms: int = 0
    beat_ms: int = 0
    #: What a stop within a line adds (domain/text.py pauses), measured with the rest.
    pause_ms: int = 0
    fill_tolerance: float = 0.05
    measured_source: str = ""

    def spoken_range(self, seconds: int) -> tuple[int, int]:
        """Spoken size an episode of ``seconds`` should hold at the norm's speech rate
        (characters or words): what the review checks against."""
        return (self.speech_min * seconds // 60, self.speech_max * seconds // 60)

    def fill_size(self, text: str, speed: float = 1.0) -> float:
        """What ``text`` weighs in the running time, in spoken units: its spoken size, and
        each stop within it as the units the voice would say in its pause, at ``speed``
        (the line's pace against the measure's: a slower voice or a sad line weighs more;
        the offline writer knows it, providers/offline/voice/prosody.py)."""
        return (spoken_size(text, self.language)
                + pauses(text) * self.pause_ms * self.units_per_second / 1000) / speed

    def running_seconds(self, size: float, *, lines: int, beats: int) -> float:
        """How long the offline voice and the timing stage make a script of ``size``
        spoken units in ``lines`` lines and ``beats`` beats (measured, not guessed)."""
        return size / self.units_per_second + (lines * self.line_ms + beats * self.beat_ms) / 1000

    def fill_range(self, seconds: int, *, lines: int, beats: int,
                   tolerance: float | None = None) -> tuple[int, int]:
        """Spoken size that fills ``seconds`` (± ``tolerance``, default fill_tolerance)
        once voiced and timed: the measured voice speed, less what ``lines`` lines and
        ``beats`` beats add around the speech (so an episode with more lines gets less text)."""
        fixed = (lines * self.line_ms + beats * self.beat_ms) / 1000
        share = self.fill_tolerance if tolerance is None else tolerance

        def size(share: float) -> int:
            return max(0, round((seconds * share - fixed) * self.units_per_second))

        return size(1 - share), size(1 + share)


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MeasuredSpeed(_Table):
    """What the offline voice and the timing stage make of a script (benchmarks/voice_rate.py)."""

    units_per_second: float
    line_ms: int
    beat_ms: int
    pause_ms: int = 0
    source: str


class LanguageCraft(_Table):
    """Speech rate and line length of one language, with their sources."""

    speech_per_minute: tuple[int, int]
    speech_unit: str
    speech_source: str
    line_length: tuple[int, int]
    line_source: str
    measured: MeasuredSpeed


class Shape(_Table):
    """The shape of a series: hook, twists, paywall, prices, how exactly to fill time."""

    hook_seconds: int
    max_locations: int
    twist_every: int
    paywall_range: tuple[int, int]
    free_range: tuple[int, int]
    unlock_checkpoints: tuple[int, ...]
    coins_per_episode: tuple[int, int]
    fill_tolerance: float
    source: str


class CraftPack(BaseModel):
    """Schema of ``packs/craft/rules.toml``: a table per language, and [shape]."""

    model_config = ConfigDict(extra="allow", frozen=True)  # the extra tables are languages

    version: str
    shape: Shape

    @model_validator(mode="after")
    def _languages(self) -> CraftPack:
        for code, table in (self.model_extra or {}).items():
            try:
                LanguageCraft.model_validate(table)
            except ValidationError as error:
                first = error.errors()[0]
                place = ".".join(str(part) for part in first["loc"])
                raise ValueError(f"[{code}] {place}: {first['msg']}") from None
        return self

    def language(self, language: str) -> LanguageCraft:
        """The table of ``language`` (validated); KeyError when the pack has none."""
        return LanguageCraft.model_validate((self.model_extra or {})[language])


@cache
def load_craft(language: str, packs: Packs = BUILTIN) -> Craft:
    """Craft rules for ``language`` from the craft pack ``packs`` give (the built-in one
    unless the project replaces it)."""
    pack = load_pack("craft", "rules", CraftPack, packs=packs)
    lang, shape = pack.language(language), pack.shape
    measured = lang.measured
    return Craft(
        language=language,
        speech_min=lang.speech_per_minute[0],
        speech_max=lang.speech_per_minute[1],
        speech_unit=lang.speech_unit,
        line_min=lang.line_length[0],
        line_max=lang.line_length[1],
        hook_seconds=shape.hook_seconds,
        max_locations=shape.max_locations,
        twist_every=shape.twist_every,
        paywall_range=shape.paywall_range,
        free_range=shape.free_range,
        unlock_checkpoints=shape.unlock_checkpoints,
        coins_per_episode=shape.coins_per_episode,
        version=pack.version,
        source=f"{lang.speech_source}; {shape.source}",
        units_per_second=measured.units_per_second,
        line_ms=measured.line_ms,
        beat_ms=measured.beat_ms,
        pause_ms=measured.pause_ms,
        fill_tolerance=shape.fill_tolerance,
        measured_source=measured.source,
    )


def check_craft(episode: Episode, language: str, *, final: bool = False,
                packs: Packs = BUILTIN) -> list[Finding]:
    """Shape and size checks for one episode against the craft pack ``packs`` give.

    An interactive episode is checked per playthrough (each should open on the hook,
    turn, and run about the target length); its ending is the default playthrough's,
    the one the series continues from (other endings may close the story).
    """
    if not episode.branching:
        return _check_played(episode, language, final=final, packs=packs)
    main = default_path(episode)
    found: dict[tuple[str, str, str], Finding] = {}
    for path in scene_paths(episode):
        for finding in _check_played(path_episode(episode, path), language, final=final,
                                     packs=packs, check_ending=path == main):
            found.setdefault((finding.rule, finding.target, finding.message), finding)
    return list(found.values())


def _check_played(episode: Episode, language: str, *, final: bool, packs: Packs,
                  check_ending: bool = True) -> list[Finding]:
    craft = load_craft(language, packs)
    findings: list[Finding] = []
    beats = episode.beats()

    def add(rule: str, severity: str, target: str, message: str, fix: str) -> None:
        findings.append(Finding(rule=rule, severity=severity, target=target,  # type: ignore[arg-type]
                                message=message, fix=fix))

    if not beats or beats[0].kind != "hook":
        add("craft.hook", "error", episode.id, "the episode does not open on a hook beat",
            f"start with a beat of kind hook: an image and a line of open conflict in the first {craft.hook_seconds} s")
    elif not beats[0].action.strip():
        add("craft.hook-visual", "warning", beats[0].id, "the hook has no visual action",
            "describe what we see in the first seconds")
    if not any(b.kind in ("reversal", "reveal") for b in beats):
        add("craft.reversal", "warning", episode.id, "no reversal: the power never turns",
            "add a beat of kind reversal")
    ending = "finale" if final else "cliffhanger"
    if check_ending and beats and beats[-1].kind not in (("finale", "cliffhanger") if final else ("cliffhanger", "twist", "reveal")):
        add("craft.ending", "error", beats[-1].id, f"the episode does not end on a {ending}",
            f"end with a beat of kind {ending}")
    size = sum(spoken_size(line.text, language) for line in episode.lines())
    low, high = craft.spoken_range(episode.target_seconds)
    # Either the norm's speech rate over the target, or what fills the target ±10 % once
    # the offline voice speaks it and the timing stage adds its pauses and action shots.
    fill_low, fill_high = craft.fill_range(episode.target_seconds, lines=len(episode.lines()),
                                           beats=sum(1 for b in beats if b.action.strip()),
                                           tolerance=0.10)  # beats with an action shot
    filled = sum(craft.fill_size(line.text) for line in episode.lines())  # with its pauses
    if not (low <= size <= high or fill_low <= filled <= fill_high):
        add("craft.length", "warning", episode.id,
            f"{size} spoken {craft.speech_unit} for a {episode.target_seconds}-s episode "
            f"(expected {low}–{high} at normal speech, or {fill_low}–{fill_high} to fill it "
            "as voiced offline)", "cut or add dialogue to fit the target length")
    for line in episode.lines():
        n = spoken_size(line.text, language)
        if n > craft.line_max:
            add("craft.line-length", "info", line.id,
                f"{n} {craft.speech_unit} in one line (at most {craft.line_max} reads well)",
                "split the line or say it shorter")
    return findings
