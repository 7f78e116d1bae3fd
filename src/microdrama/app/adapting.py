"""adapt-locale: the cultural-adaptation proposals for a locale's audience (the culture
packs its locale pack names), with the decisions already taken in adaptations.toml;
optionally accept every open proposal that has a replacement."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from microdrama.app.options import build_locales
from microdrama.errors import InputError
from microdrama.formats.locales import locale_facts
from microdrama.packs import project_packs
from microdrama.project.adaptations import Adaptation, load_adaptations, save_adaptations
from microdrama.project.folder import Project
from microdrama.review.adaptation import Proposal, culture_packs, propose


@dataclass(frozen=True, kw_only=True)
class AdaptLocaleRequest:
    """What a locale's audience would stumble on."""

    directory: Path
    locale: str
    #: Record every open proposal that has a replacement as accepted.
    accept: bool = False


@dataclass(frozen=True)
class ProposalState:
    """A proposal and the decision on it: accepted, rejected or open."""

    proposal: Proposal
    decision: str


@dataclass(frozen=True)
class AdaptLocaleResult:
    """The proposals of every episode, and whether adaptations.toml was written."""

    locale: str
    markets: tuple[str, ...]
    proposals: list[ProposalState]
    accepted_now: int


def adapt_locale(request: AdaptLocaleRequest) -> AdaptLocaleResult:
    """List (and, asked to, accept) the cultural adaptations proposed for a locale."""
    project = Project.open(request.directory)
    (locale,) = build_locales(request.locale, project.settings) if request.locale != "all" \
        else (None,)
    if locale is None:
        raise InputError("adapt one locale at a time", where="option --locale",
                         fix="name one locale, e.g. --locale ar")
    bible = project.load_bible()
    if bible is None:
        raise InputError("the project has no series yet", file=request.directory,
                         fix=f"run `microdrama build {request.directory} --until script` first")
    facts = locale_facts(locale, bible.language)
    packs = culture_packs(facts.markets, project_packs(project.root).only("compliance"))
    decisions = load_adaptations(project.root)
    decided = {(a.locale, a.rule, a.target, a.replace): a for a in decisions}
    states: list[ProposalState] = []
    added: list[Adaptation] = []
    for number in project.episode_numbers_on_disk():
        episode = project.load_episode(number, bible)
        if episode is None:
            continue
        for proposal in propose(episode, bible.language, locale, packs):
            known = decided.get((locale, proposal.rule, proposal.target, proposal.word))
            decision = known.decision if known else "open"
            if decision == "open" and request.accept and proposal.replacement:
                added.append(Adaptation.model_validate({
                    "locale": locale, "rule": proposal.rule, "target": proposal.target,
                    "replace": proposal.word, "with": proposal.replacement,
                    "decision": "accepted"}))
                decision = "accepted"
            states.append(ProposalState(proposal, decision))
    if added:
        save_adaptations(project.root, decisions + added)
    return AdaptLocaleResult(locale, facts.markets, states, len(added))
