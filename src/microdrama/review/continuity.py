"""Continuity: replay episodes through the ledger and flag contradictions (an
interactive episode along each way through it).

Rules: events happen in a beat's action, before its lines. A speaker must be in the
story (not gone), or come back in the scene (a ``returns`` event) before speaking. A line that presupposes a fact (``knows``) needs a speaker who knows
it by then. A fact is established once; nobody learns what they already knew.
"""

from __future__ import annotations

from microdrama.domain import Episode, Ledger
from microdrama.domain.findings import Finding
from microdrama.domain.playthrough import path_episode, playthrough, scene_paths


def check_continuity(episode: Episode, ledger: Ledger) -> list[Finding]:
    """Apply ``episode`` to ``ledger`` in place; return the contradictions found.

    An interactive episode is checked along every way through it (each from its own copy
    of ``ledger``, a contradiction reported once), and ``ledger`` then follows its default
    playthrough: the path the series continues from (domain/playthrough.py).
    """
    if not episode.branching:
        return _check_path(episode, ledger)
    findings: list[Finding] = []
    for path in scene_paths(episode):
        for finding in _check_path(path_episode(episode, path), ledger.model_copy(deep=True)):
            if finding not in findings:
                findings.append(finding)
    _check_path(playthrough(episode), ledger)
    return findings


def _check_path(episode: Episode, ledger: Ledger) -> list[Finding]:
    findings: list[Finding] = []
    for scene in episode.scenes:
        # Someone brought back in the scene (a cliffhanger's pay-off finds the missing) is
        # in it from their return on; before it, they may not speak.
        returning = {who: beat.id for beat in scene.beats for event in beat.events
                     if event.kind == "returns" for who in event.who}
        for who in scene.characters:
            if who in ledger.gone and who not in returning:
                findings.append(Finding(
                    rule="continuity.gone", severity="error", target=scene.id,
                    message=f"{who} appears in {scene.id} but has left the story",
                    fix=f"remove {who} from the scene or add a 'returns' event before it",
                ))
        for beat in scene.beats:
            for event in beat.events:
                for problem in ledger.apply(event, episode.id):
                    findings.append(Finding(
                        rule="continuity.event", severity="error", target=beat.id,
                        message=problem, fix="remove or correct the event",
                    ))
            for line in beat.lines:
                if line.speaker in returning and line.speaker in ledger.gone:
                    findings.append(Finding(
                        rule="continuity.gone", severity="error", target=line.id,
                        message=f"{line.speaker} speaks in {scene.id} before returning at "
                        f"{returning[line.speaker]}",
                        fix=f"move the 'returns' event of {line.speaker} before the line",
                    ))
                for fact in line.knows:
                    if fact not in ledger.facts:
                        findings.append(Finding(
                            rule="continuity.unknown-fact", severity="error", target=line.id,
                            message=f"line presupposes fact {fact!r}, which is never established",
                            fix="establish the fact earlier or drop it from knows",
                        ))
                    elif not ledger.knows(line.speaker, fact):
                        findings.append(Finding(
                            rule="continuity.knows", severity="error", target=line.id,
                            message=f"{line.speaker} speaks as if knowing {fact!r} before learning it",
                            fix=f"add a 'learns' event for {line.speaker} earlier, or reword the line",
                        ))
    ledger.after = episode.id
    return findings


def replay(episodes: list[Episode]) -> tuple[Ledger, list[Finding]]:
    """Fold episodes (in order) into a fresh ledger; return it and all findings."""
    ledger = Ledger()
    findings: list[Finding] = []
    for episode in episodes:
        findings.extend(check_continuity(episode, ledger))
    return ledger, findings
