"""adapt-locale: the cultural-adaptation proposals for a locale's audience (the culture
packs its locale pack names), with the decisions already taken in adaptations.toml;
optionally accept every open proposal that has a replacement."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from microdrama.app.options import build_locales
from microdrama.domain import Bible, episode_id
from microdrama.errors import InputError
from microdrama.formats.locales import locale_facts
from microdrama.packs import project_packs
from microdrama.project import layout as paths
from microdrama.project.adaptations import Adaptation, load_adaptations, save_adaptations
from microdrama.project.folder import Project
from microdrama.project.translations import load_translations
from microdrama.review.adaptation import Proposal, culture_packs, propose, propose_title


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
    decisions = load_adaptations(project.root)
    decided = {(a.locale, a.rule, a.target, a.replace): a for a in decisions}
    added: list[Adaptation] = []
    states = [_decide(proposal, decided, request.accept, added)
              for _, proposal in locale_proposals(project, bible, locale)]
    if added:
        save_adaptations(project.root, decisions + added)
    return AdaptLocaleResult(locale, facts.markets, states, len(added))


def locale_proposals(project: Project, bible: Bible, locale: str
                     ) -> list[tuple[str, Proposal]]:
    """(episode id, proposal) for what ``locale``'s audience would stumble on: each
    episode's flagged lines and actions, then the series title ('' for its episode)."""
    facts = locale_facts(locale, bible.language)
    packs = culture_packs(facts.markets, project_packs(project.root).only("compliance"))
    found: list[tuple[str, Proposal]] = []
    for number in project.episode_numbers_on_disk():
        episode = project.load_episode(number, bible)
        if episode is None:
            continue
        found += [(episode.id, proposal)
                  for proposal in propose(episode, bible.language, locale, packs)]
    if not facts.pseudo:
        title = propose_title(bible, locale, _series_title(project, locale))
        if title is not None:
            found.append(("", title))
    return found


def decisions_of(project: Project) -> dict[tuple[str, str, str, str], Adaptation]:
    """A person's decisions (adaptations.toml) by (locale, rule, target, word)."""
    return {(a.locale, a.rule, a.target, a.replace): a for a in load_adaptations(project.root)}


def _decide(proposal: Proposal, decided: dict[tuple[str, str, str, str], Adaptation],
            accept: bool, added: list[Adaptation]) -> ProposalState:
    """The proposal with its decision: taken before, accepted now (asked to, when it has
    a replacement; recorded in ``added``) or open."""
    known = decided.get((proposal.locale, proposal.rule, proposal.target, proposal.word))
    decision = known.decision if known else "open"
    if decision == "open" and accept and proposal.replacement:
        added.append(Adaptation.model_validate({
            "locale": proposal.locale, "rule": proposal.rule, "target": proposal.target,
            "replace": proposal.word, "with": proposal.replacement, "decision": "accepted"}))
        decision = "accepted"
    return ProposalState(proposal, decision)


def _series_title(project: Project, locale: str) -> str:
    """The locale's series title as it stands: a person's (locales/<L>.yaml), else the
    one the last build translated, else '' (not translated yet)."""
    people = load_translations(project.root, locale)
    if people is not None and people.titles.get("series"):
        return people.titles["series"]
    for number in project.episode_numbers_on_disk():
        path = project.path(paths.translation(episode_id(number), locale))
        try:
            built = json.loads(path.read_text("utf-8")).get("titles", {}).get("series", {})
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(built, dict) and built.get("via") in ("model", "people"):
            return str(built.get("text", ""))
    return ""
