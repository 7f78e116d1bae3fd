"""The script doctor: reads the words of the scripts across the series, not only tags.

It finds what a script editor finds: departed characters who speak, secrets said before
they are learned, endings that close where a cliffhanger belongs, props never set up,
repeated lines, premise drift, a paywall off the reveal, titles out of place, actions
that do not fit the location, and storyboards that no longer match their script.

Pure helpers, no I/O: the check stage gathers a compact :class:`SeriesContext` from
the episodes before (``series_context``) and calls :func:`diagnose` per episode. The
words come from ``packs/doctor/<lang>.yaml`` (:mod:`microdrama.review.lexicon`).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from microdrama.domain import Bible, Episode, Ledger, Outline
from microdrama.domain.findings import Finding
from microdrama.domain.playthrough import path_episode, playthrough, scene_paths
from microdrama.domain.premise import Premise
from microdrama.review.lexicon import (
    DoctorPack,
    clauses,
    find,
    has_any,
    key_terms,
    load_doctor_pack,
    normalise,
    term_hits,
)

OPEN_KINDS = ("cliffhanger", "twist", "reveal")
PREMISE_EPISODES = 3
REFORCE = "microdrama build DIR --force storyboard"


class SeriesContext(BaseModel):
    """What one episode's review needs from the series, compact enough for a cache key."""

    model_config = ConfigDict(extra="forbid")

    language: str
    number: int = Field(description="This episode's number.")
    total: int = Field(description="Episodes in the plan.")
    final: bool = Field(description="This is the last episode.")
    last_arc_first: int = Field(default=1, description="First episode of the last arc.")
    paywall: int | None = Field(default=None, description="First paid episode.")
    cast: dict[str, list[str]] = Field(description="Character id → names it is written as.")
    lead: str = Field(default="", description="Character id of the lead.")
    locations: dict[str, str] = Field(description="Location id → kind.")
    scenery: str = Field(default="", description="Location names and descriptions (set-up).")
    backstory: str = Field(default="", description="Cast, world and premise: sets up people, places.")
    hidden_truth: str = Field(default="", description="The premise's hidden truth.")
    public: list[str] = Field(default_factory=list, description="What everyone knows of "
                              "the lead (the job the idea says openly): never a secret's term.")
    premise_terms: list[str] = Field(default_factory=list, description="Checked in eps 1–3.")
    departed: dict[str, str] = Field(default_factory=dict, description="Who left, at which beat.")
    set_up: list[str] = Field(default_factory=list, description="Setup items shown so far.")
    said: dict[str, str] = Field(default_factory=dict, description="Line digest → first line id.")
    board_unknown: dict[str, list[str]] = Field(
        default_factory=dict, description="Storyboard shot id → line ids the script lacks.")
    board_missing: list[str] = Field(default_factory=list, description="Lines no shot carries.")


def aliases(bible: Bible) -> dict[str, list[str]]:
    """Each character's full name and, when unambiguous, the given or first name."""
    full = {c.id: c.name for c in bible.characters}
    out: dict[str, list[str]] = {}
    for ident, name in full.items():
        short = name.split()[0] if bible.language != "zh" else (name[1:] if len(name) == 3 else "")
        clash = any(short and short in other for o, other in full.items() if o != ident)
        out[ident] = [name] + ([short] if short and len(short) >= 2 and not clash else [])
    return out


def series_context(bible: Bible, outline: Outline, episode: Episode, earlier: list[Episode],
                   board: dict[str, list[str]] | None = None) -> SeriesContext:
    """The context for ``episode`` from the bible, outline and the episodes before it.

    Only what this episode can use is kept (earlier lines it repeats, not all of them),
    so the check's cache key moves exactly when relevant earlier text changes. ``board``
    maps the storyboard's shot ids to the line ids they carry, when there is one.
    """
    number = episode.number
    pack = load_doctor_pack(bible.language)
    cast = aliases(bible)
    numbers = sorted(p.number for p in outline.plan)
    last_arc = max(outline.arcs, key=lambda a: a.first, default=None)
    premise = bible.premise
    context = SeriesContext(
        language=bible.language, number=number, total=len(numbers),
        final=bool(numbers) and number == numbers[-1],
        last_arc_first=last_arc.first if last_arc else 1,
        paywall=outline.monetization.paywall_episode,
        cast=cast, lead=next((c.id for c in bible.characters if c.role == "lead"), ""),
        locations={loc.id: loc.kind for loc in bible.locations},
        scenery=" ".join(f"{loc.name} {loc.description}" for loc in bible.locations),
        backstory=" ".join([bible.world, *(c.description for c in bible.characters),
                            *(premise.terms() if premise else [])]),
        hidden_truth=premise.hidden_truth if premise else "",
        public=[premise.protagonist.occupation] if premise and premise.protagonist.occupation
        else [],
        premise_terms=_premise_terms(premise) if premise and number <= PREMISE_EPISODES else [],
    )
    set_up: set[str] = set()
    for before in earlier:
        # The series continues from an interactive episode's default playthrough.
        _departures(playthrough(before), pack, context, None)
        _setups(playthrough(before), pack, context, set_up, None)
        _repeats(before, pack, context, None)
    context.set_up = sorted(set_up)
    mine = {_digest(line.text) for line in episode.lines()}
    context.said = {k: v for k, v in context.said.items() if k in mine}
    if board is not None:
        lines = {line.id for line in episode.lines()}
        carried = {i for ids in board.values() for i in ids}
        context.board_unknown = {shot: [i for i in ids if i not in lines]
                                 for shot, ids in board.items() if set(ids) - lines}
        context.board_missing = [i for i in sorted(lines) if i not in carried]
    return context


Report = Callable[[str, str, str, str, str], None]


def diagnose(episode: Episode, context: SeriesContext, ledger: Ledger) -> list[Finding]:
    """Every doctor finding for ``episode``; ``ledger`` is continuity before it (not changed)."""
    pack = load_doctor_pack(context.language)
    findings: list[Finding] = []

    def report(rule: str, severity: str, target: str, message: str, fix: str) -> None:
        findings.append(Finding(rule=f"doctor.{rule}", severity=severity,  # type: ignore[arg-type]
                                target=target, message=message, fix=fix))

    # Who has left, who knows what and what was shown depend on the way through an
    # interactive episode: each playthrough is read on its own; the ending and the
    # paywall are the default playthrough's, the one the series continues from.
    for path in scene_paths(episode):
        played = path_episode(episode, path)
        at_start = context.model_copy(deep=True)
        _departures(played, pack, at_start, report)
        _knowledge(played, pack, at_start, ledger.model_copy(deep=True), report)
        _setups(played, pack, at_start, set(context.set_up), report)
    main = playthrough(episode)
    _ending(main, pack, context, report)
    _repeats(episode, pack, context, report)
    _premise(episode, context, report)
    _paywall(main, context, report)
    _title(episode, pack, context, report)
    _misplaced(episode, pack, context, report)
    _storyboard(episode, context, report)
    return list({(f.rule, f.target, f.message): f for f in findings}.values())


# -- 1. departed characters ------------------------------------------------------------
def _mentions(clause: str, context: SeriesContext) -> list[tuple[int, int, str]]:
    """(start, end, character id) of every name in a clause."""
    found = []
    for ident, names in context.cast.items():
        for name in names:
            at = find(clause, name, context.language)
            while at >= 0:
                found.append((at, at + len(name), ident))
                nxt = find(clause[at + len(name):], name, context.language)
                at = at + len(name) + nxt if nxt >= 0 else -1
    return sorted(found)


def _subject(clause: str, at: int, context: SeriesContext, recent: str | None) -> str | None:
    """The character named nearest before ``at`` in the clause, else the first after,
    else the one named last in the clauses before (``X倒下，断了气``)."""
    names = _mentions(clause, context)
    before = [ident for start, _, ident in names if start < at]
    after = [ident for start, _, ident in names if start >= at]
    return before[-1] if before else (after[0] if after else recent)


def _departures(episode: Episode, pack: DoctorPack, context: SeriesContext,
                report: Report | None) -> None:
    """Fold departures and returns in ``episode`` into ``context.departed``; report who
    speaks or acts after leaving (lines of the leaving beat are last words)."""
    rules, lang = pack.departure, context.language
    for beat in episode.beats():
        leaving: set[str] = set()
        recent: str | None = None
        recap = has_any(beat.action, rules.recap, lang)
        for clause in clauses(beat.action):
            named = _mentions(clause, context)
            previous, recent = recent, (named[-1][2] if named else recent)
            if has_any(clause, rules.negations, lang):
                continue
            returning = has_any(clause, rules.returns, lang)
            phrase = has_any(clause, rules.phrases, lang)
            if returning and not phrase:
                who = _subject(clause, find(clause, returning, lang), context, previous)
                if who:
                    context.departed.pop(who, None)
                continue
            if phrase:
                opening = clause.strip().split(maxsplit=1)[:1]
                if not named and opening and opening[0].lower() in rules.own_subject:
                    continue  # "The applause dies": no one named, its own subject dies
                who = _subject(clause, find(clause, phrase, lang), context, previous)
                if who and who not in context.departed:
                    context.departed[who] = beat.id
                    leaving.add(who)
                continue
            if report is None or has_any(clause, rules.memory, lang) or recap:
                continue
            for _, end, who in _mentions(clause, context):
                after = clause[end:end + 2].lower()
                if who in context.departed and who not in leaving and \
                        not any(after.startswith(p) for p in rules.possessive):
                    report("departed-acts", "error", beat.id,
                           f"{context.cast[who][0]} left the story at {context.departed[who]} "
                           f"but acts in this beat: {clause.strip()!r}",
                           f"cut {context.cast[who][0]} from the action, make it a memory, "
                           f"or write their return before it")
                    break
        if report is None:
            continue
        for line in beat.lines:
            if line.speaker in context.departed and line.speaker not in leaving:
                report("departed-speaks", "error", line.id,
                       f"{context.cast.get(line.speaker, [line.speaker])[0]} left the story at "
                       f"{context.departed[line.speaker]} but speaks here",
                       "give the line to someone present, or write their return before it")


# -- 2. knowledge before it is learned ------------------------------------------------
def _knowledge(episode: Episode, pack: DoctorPack, context: SeriesContext, ledger: Ledger,
               report: Report) -> None:
    lang, rules = context.language, pack.knowledge
    # Names, and the lead's open job ("a Navy SEAL" the idea says), are nobody's secret.
    names = tuple(n for ns in context.cast.values() for n in ns) + tuple(context.public)
    for beat in episode.beats():
        for event in beat.events:
            ledger.apply(event, episode.id)
        secrets: list[tuple[str, str, set[str]]] = [
            (fact.id, fact.text, set(fact.known_by)) for fact in ledger.facts.values()]
        if context.hidden_truth:
            identity = ledger.facts.get("identity")
            knowers = set(identity.known_by) if identity else {context.lead}
            secrets.append(("identity", context.hidden_truth, knowers))
        for line in beat.lines:
            for fact, text, knowers in secrets:
                if line.speaker in knowers:
                    continue
                terms = key_terms(text, lang, names)
                hits = term_hits(line.text, terms, lang)
                if not terms or len(hits) < min(rules.min_hits, len(terms)):
                    continue
                question = line.text.rstrip().endswith(("?", "？"))
                who = context.cast.get(line.speaker, [line.speaker])[0]
                report("knows-early", "warning" if question else "error", line.id,
                       f"{who} {'asks about' if question else 'states'} the secret {fact!r} "
                       f"({', '.join(hits)}) before learning it",
                       f"have {who} learn it on screen first (a 'learns' event), "
                       "or give the line to someone who knows")
                break


# -- 3. endings ------------------------------------------------------------------------
def _ending(episode: Episode, pack: DoctorPack, context: SeriesContext, report: Report) -> None:
    beats = episode.beats()
    if context.final or not beats:
        return
    last = beats[-1]
    lines = last.lines
    text = " ".join([last.action, lines[-1].text if lines else ""])
    target = lines[-1].id if lines else last.id
    opening = has_any(text, pack.ending.open, context.language)
    closing = has_any(lines[-1].text if lines else last.action, pack.ending.closed,
                      context.language)
    if closing and not opening:
        report("ending-closed", "error", target,
               f"the episode ends resolved ({closing!r}) where a cliffhanger belongs",
               "end on an open question, a threat, an arrival or a cut-off line")
    elif last.kind not in OPEN_KINDS and not opening:
        report("ending-flat", "error", last.id,
               f"the last beat ({last.kind}) neither is a cliffhanger nor reads open",
               "restore a cliffhanger beat: a question, a threat, an arrival, an interruption")


# -- 4. props, people, places never set up ---------------------------------------------
def _setups(episode: Episode, pack: DoctorPack, context: SeriesContext, set_up: set[str],
            report: Report | None) -> None:
    lang, items = context.language, pack.setup.items()
    shown = {i.name for kind, i in items if i.mentioned(context.scenery, lang)
             or (kind != "prop" and i.mentioned(context.backstory, lang))}
    for beat in episode.beats():
        set_up |= {i.name for _, i in items if i.mentioned(beat.action, lang)}
        for line in beat.lines:
            for kind, item in items:
                word = item.mentioned(line.text, lang)
                if not word:
                    continue
                if report and item.name not in set_up and item.name not in shown:
                    report("not-set-up", "warning", line.id,
                           f"the line mentions {word!r} ({kind}), which no action or earlier "
                           "line has shown",
                           f"show the {kind} in an action before this line, or cut the mention")
                set_up.add(item.name)


# -- 5. repeated lines -----------------------------------------------------------------
def _digest(text: str) -> str:
    return hashlib.blake2b(normalise(text).encode("utf-8"), digest_size=8).hexdigest()


def _repeats(episode: Episode, pack: DoctorPack, context: SeriesContext,
             report: Report | None) -> None:
    rules, lang = pack.repeat, context.language
    for line in episode.lines():
        if len(normalise(line.text)) < rules.min_length:
            continue
        if has_any(line.direction, rules.callback_markers, lang):
            continue
        key = _digest(line.text)
        first = context.said.setdefault(key, line.id)
        if report and first != line.id:
            report("repeated-line", "warning", line.id,
                   f"the line repeats {first}: {line.text!r}",
                   "rewrite it, or mark a deliberate callback in its direction "
                   f"(one of: {', '.join(rules.callback_markers[:3])})")


# -- 6–8. premise, paywall, titles -----------------------------------------------------
def _premise_terms(premise: Premise) -> list[str]:
    """The idea's own words an early episode should say: its nouns (``Premise.terms``),
    then what its people are to the lead (丈夫, 闺蜜, "stepmother": an antagonist the idea
    names only so)."""
    holds = [p.hold.strip() for p in (*premise.antagonists, premise.love)]
    return list(dict.fromkeys([*premise.terms(), *(h for h in holds if h)]))


def _premise(episode: Episode, context: SeriesContext, report: Report) -> None:
    if not context.premise_terms:
        return
    lang = context.language
    text = " ".join([episode.title, *(b.action for b in episode.beats()),
                     *(line.text for line in episode.lines())])
    for term in context.premise_terms:
        if find(text, term, lang) >= 0 or term_hits(text, key_terms(term, lang, ()), lang):
            return
    report("premise-drift", "warning", episode.id,
           "none of the premise's terms appear: " + ", ".join(context.premise_terms[:6]),
           "bring the idea's own people, job, place or image into this episode "
           "(or correct premise: in series.yaml)")


def _paywall(episode: Episode, context: SeriesContext, report: Report) -> None:
    if context.paywall is None or episode.number > context.paywall:
        return
    beats = episode.beats()
    reveals = [b for b in beats if b.kind == "reveal"]
    if episode.number < context.paywall:
        for beat in reveals:
            report("reveal-free", "warning", beat.id,
                   f"the reveal lands in free episode {episode.number}, before the paywall "
                   f"(episode {context.paywall})",
                   "move the reveal to the last beat of the paywall episode")
    elif not reveals:
        report("paywall-no-reveal", "warning", episode.id,
               "the paywall episode has no reveal beat",
               "end the paywall episode on the reveal (a last beat of kind reveal)")
    elif beats[-1].kind != "reveal":
        report("paywall-not-last", "warning", beats[-1].id,
               "the paywall episode does not end on its reveal",
               "make the reveal the episode's last beat")


def title_misfit(title: str, number: int, total: int, last_arc_first: int,
                 language: str) -> tuple[str, str] | None:
    """(word, fix) when ``title`` says a word that belongs elsewhere in the series: a
    finale word before the last stretch, an opening word after the opening."""
    rules = load_doctor_pack(language).titles
    finale_from = max(last_arc_first, math.ceil(total * rules.finale_share))
    opening_until = max(PREMISE_EPISODES, math.ceil(total * rules.opening_share))
    word = has_any(title, rules.finale, language)
    if word and number < finale_from:
        return word, f"keep finale words for episodes {finale_from}–{total}"
    word = has_any(title, rules.opening, language)
    if word and number > opening_until:
        return word, f"keep opening words for episodes 1–{opening_until}"
    return None


def _title(episode: Episode, pack: DoctorPack, context: SeriesContext, report: Report) -> None:
    misfit = title_misfit(episode.title, episode.number, context.total, context.last_arc_first,
                          context.language)
    if misfit:
        word, fix = misfit
        report("title-position", "warning", episode.id,
               f"title {episode.title!r} says {word!r} on episode {episode.number} of "
               f"{context.total}", fix)


# -- 9. actions that do not fit the location -------------------------------------------
def misplaced_word(action: str, kind: str, language: str) -> str | None:
    """The activity in ``action`` that does not happen in a place of ``kind`` (or None)."""
    return has_any(action, load_doctor_pack(language).misplaced.get(kind, []), language)


def _misplaced(episode: Episode, pack: DoctorPack, context: SeriesContext,
               report: Report) -> None:
    for scene in episode.scenes:
        kind = context.locations.get(scene.location, "")
        for beat in scene.beats:
            word = misplaced_word(beat.action, kind, context.language)
            if word:
                report("misplaced", "warning", beat.id,
                       f"{word!r} is staged in {scene.location} (a {kind})",
                       "move the scene to a place where this happens, or change the action")


# -- 10. storyboards out of step -------------------------------------------------------
def _storyboard(episode: Episode, context: SeriesContext, report: Report) -> None:
    n = episode.number
    for shot, ids in context.board_unknown.items():
        report("storyboard-stale", "error", shot,
               f"storyboards/ep{n:03d}.yaml shot {shot} names lines the script no longer has: "
               + ", ".join(ids), f"re-cut it from the script: `{REFORCE}` (or edit the shot)")
    if context.board_missing:
        report("storyboard-stale", "error", context.board_missing[0],
               f"no shot of storyboards/ep{n:03d}.yaml carries "
               + ", ".join(context.board_missing[:5])
               + (" …" if len(context.board_missing) > 5 else ""),
               f"re-cut it from the script: `{REFORCE}` (or add the lines to a shot)")


Severity = Literal["error", "warning", "info"]


def count(findings: Iterable[Finding]) -> dict[Severity, int]:
    """Findings by severity."""
    out: dict[Severity, int] = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        out[finding.severity] += 1
    return out
