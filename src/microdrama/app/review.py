"""review: the producer's view of a project — every episode's findings, craft and
compliance side by side with the script text they are about, the waivers, and the AI
labels read back from every deliverable — as out/review.json and out/review.html."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from microdrama.app.adapting import decisions_of, locale_proposals
from microdrama.app.build import BuildRequest, BuildResult, OnEvent, build_project
from microdrama.app.verify import VerifyRequest, verify_files
from microdrama.domain import Bible, Episode
from microdrama.domain.findings import SEVERITIES, Finding, Waiver
from microdrama.domain.translation import uses_term
from microdrama.errors import InputError
from microdrama.files import write_atomic
from microdrama.formats.assets import project_font
from microdrama.formats.locales import locale_facts
from microdrama.packs import project_packs
from microdrama.project.folder import OUT_DIR, Project
from microdrama.project.waivers import load_waivers
from microdrama.review.adaptation import culture_packs
from microdrama.review.compliance import load_market
from microdrama.review.html import render_review
from microdrama.stages.dubs import reworded_lines

REVIEW_JSON = f"{OUT_DIR}/review.json"
REVIEW_HTML = f"{OUT_DIR}/review.html"
#: Where each episode's findings are (the check stage writes them).
FINDINGS_DIR = f"{OUT_DIR}/review"


@dataclass(frozen=True, kw_only=True)
class ReviewRequest:
    """Review a project."""

    directory: Path
    #: Bring the review up to date first (as ``build --until check``); False reads the
    #: findings of the last build as they are.
    build: bool = True


@dataclass(frozen=True)
class ReviewResult:
    """Where the review was written and what it holds."""

    json_path: Path
    html_path: Path
    #: Open (unwaived) findings by severity, deliverables failing their labels included.
    counts: dict[str, int]
    waived: int
    episodes: int
    files: int
    files_failing: int
    #: The build that brought the findings up to date (None when not asked for).
    build: BuildResult | None

    @property
    def errors(self) -> int:
        """Open error-level findings."""
        return self.counts["error"]


def review_project(request: ReviewRequest, on_event: OnEvent | None = None) -> ReviewResult:
    """Write out/review.json and out/review.html for a project."""
    built = None
    if request.build:
        built = build_project(BuildRequest(directory=request.directory, until="check",
                                           command="review"), on_event)
    project = Project.open(request.directory)
    bible = project.load_bible()
    if bible is None:
        raise InputError("the project has no series yet", file=request.directory,
                         fix=f"run `microdrama build {request.directory}` first")
    report = _report(project, bible)
    json_path, html_path = project.path(REVIEW_JSON), project.path(REVIEW_HTML)
    write_atomic(json_path, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    write_atomic(html_path, render_review(report))
    return ReviewResult(json_path, html_path, report["counts"], report["waived"],
                        len(report["episodes"]), len(report["files"]),
                        sum(not f["ok"] for f in report["files"]), built)


def _report(project: Project, bible: Bible) -> dict[str, Any]:
    packs = project_packs(project.root).only("compliance")
    markets = [load_market(m, packs) for m in project.settings.release.markets]
    names = {m.market: m.name for m in markets}
    waivers = load_waivers(project.root)
    used: set[int] = set()
    episodes: list[dict[str, Any]] = []
    adaptations = _adaptation_findings(project, bible)
    first = True
    for number in project.episode_numbers_on_disk():
        episode = project.load_episode(number, bible)
        path = project.path(f"{FINDINGS_DIR}/ep{number:03d}.json")
        if episode is None or not path.is_file():
            continue
        context = _context(episode, bible)
        findings = []
        checked = json.loads(path.read_text("utf-8"))
        for data in checked["findings"]:
            finding = Finding.model_validate(data)
            used.update(i for i, w in enumerate(waivers) if w.covers(finding))
            findings.append({**finding.model_dump(mode="json"),
                             "market_name": names.get(finding.market, finding.market),
                             "context": context.get(finding.target, "")})
        findings += _dub_findings(project, episode.id)
        findings += _forbidden_findings(project, episode.id)
        findings += adaptations.get(episode.id, [])
        if first:  # the series title's proposals, with the first episode (its cover)
            findings += adaptations.get("", [])
            first = False
        entry = {"id": episode.id, "number": number, "title": episode.title,
                 "findings": findings}
        if "graph" in checked:  # an interactive episode: its story graph's numbers
            entry["graph"] = checked["graph"]
        episodes.append(entry)
    files = _deliverables(project)
    open_findings = [f for e in episodes for f in e["findings"] if not f["waived"]]
    counts = {s: sum(f["severity"] == s for f in open_findings) for s in SEVERITIES}
    counts["error"] += sum(not f["ok"] for f in files)
    return {
        "title": bible.title,
        "language": bible.language,
        "markets": [{"id": m.market, "name": m.name, "kind": m.kind, "version": m.version,
                     "sources": m.sources} for m in markets],
        "counts": counts,
        "waived": sum(bool(f["waived"]) for e in episodes for f in e["findings"]),
        "episodes": episodes,
        "files": files,
        "unused_waivers": [_waiver(w) for i, w in enumerate(waivers) if i not in used],
    }


def _dub_findings(project: Project, episode: str) -> list[dict[str, Any]]:
    """Each locale's dubbed lines that run over their shot even at the capped speed-up
    (from the timing stage's fit report of the last build)."""
    found: list[dict[str, Any]] = []
    timing = project.path(".microdrama/work/timing")
    reports = sorted(timing.glob(f"*/{episode}.fit.json")) if timing.is_dir() else []
    for path in reports:
        locale = path.parent.name
        words: dict[str, Any] = {}
        translated = project.path(f".microdrama/work/translate/{locale}/{episode}.json")
        if translated.is_file():
            words = json.loads(translated.read_text("utf-8")).get("lines", {})
        fit = json.loads(path.read_text("utf-8"))
        shared = fit.get("shared_picture", False)  # soft subtitles: no shot moves (0039)
        for line in fit["lines"]:
            if not line["overrun_ms"]:
                continue
            finding = Finding(
                rule="dub.overrun", severity="warning", target=f"{locale}/{line['line']}",
                message=f"the {locale} dub runs {line['overrun_ms']} ms past its place even at "
                        f"{line['tempo']:g}× ({line['dub_ms']} ms spoken for a "
                        f"{line['source_ms']}-ms line): "
                        + ("the lines after it start later over the series' picture"
                           if shared else "what follows moves later"),
                fix=f"shorten the translation (locales/{locale}.yaml, or re-translate), or "
                    "give the line more time in the series"
                    + (f'; or set [locales.style.{locale}] subtitles = "burned" in '
                       "drama.toml, so its shots last as long as its dub" if shared else ""))
            found.append(_row(finding, words.get(line["line"], {}).get("text", "")))
        found += _rewording_findings(project, episode, locale)
    return found


def _forbidden_findings(project: Project, episode: str) -> list[dict[str, Any]]:
    """Lines of a locale (a person's, or any other source) that use a term drama.toml
    forbids in that locale ([locales.style.<tag>] forbidden)."""
    found: list[dict[str, Any]] = []
    folder = project.path(".microdrama/work/translate")
    for path in sorted(folder.glob(f"*/{episode}.json")) if folder.is_dir() else []:
        locale = path.parent.name
        terms = project.settings.locales.style_of(locale).forbidden
        if not terms:
            continue
        lines = json.loads(path.read_text("utf-8")).get("lines", {})
        for ident, entry in lines.items():
            used = [term for term in terms if uses_term(entry.get("text", ""), term)]
            if not used:
                continue
            finding = Finding(
                rule="locale.forbidden", severity="warning", target=f"{locale}/{ident}",
                message=f"the {locale} line uses {', '.join(map(repr, used))}, which "
                        f"drama.toml forbids in {locale}",
                fix=f"say it another way in locales/{locale}.yaml (or remove the term from "
                    f"[locales.style.{locale}] forbidden)")
            found.append(_row(finding, entry.get("text", "")))
    return found


def _rewording_findings(project: Project, episode: str, locale: str) -> list[dict[str, Any]]:
    """The lines of a locale's dub that the translator said shorter to fit their place:
    a person should hear and read them (what was cut is in the context)."""
    found = []
    for ident, line in reworded_lines(project, episode, locale).items():
        finding = Finding(
            rule="dub.reworded", severity="info", target=f"{locale}/{ident}",
            message=f"the {locale} dub says “{line.text}”: the translation took "
                    f"{line.take_ms} ms to speak where the line has {line.room_ms} ms, so the "
                    f"translator said it shorter (at most {line.max_chars} characters)",
            fix=f"check the wording; to use your own, translate the line in "
                f"locales/{locale}.yaml (a person's line is never reworded)")
        found.append(_row(finding, line.draft))
    return found


def _adaptation_findings(project: Project, bible: Bible) -> dict[str, list[dict[str, Any]]]:
    """Episode id → the cultural-adaptation proposals of each locale the project targets
    or has translated ('' for the series title's), as findings: an open one counts at
    its pack's severity; one a person accepted or rejected (adaptations.toml) is shown
    as settled, the decision in place of a waiver."""
    folder = project.path(".microdrama/work/translate")
    built = {p.name for p in folder.iterdir() if p.is_dir()} if folder.is_dir() else set()
    locales = sorted(set(project.settings.locales.targets) | built)
    decided = decisions_of(project)
    packs = project_packs(project.root).only("compliance")
    found: dict[str, list[dict[str, Any]]] = {}
    for locale in locales:
        markets = locale_facts(locale, bible.language).markets
        names = {pack.market: pack.name for pack in culture_packs(markets, packs)}
        for episode, proposal in locale_proposals(project, bible, locale):
            decision = decided.get((locale, proposal.rule, proposal.target, proposal.word))
            settled = ""
            if decision is not None and decision.decision == "accepted":
                settled = (f"accepted in adaptations.toml: the {locale} version says "
                           f"“{decision.with_}” for “{proposal.word}”")
            elif decision is not None and decision.decision == "rejected":
                settled = f"rejected in adaptations.toml: the {locale} version keeps it"
            message = f"{locale}: {proposal.message}"
            if proposal.replacement:
                message += f"; proposed: “{proposal.word}” → “{proposal.replacement}”"
            elif proposal.kind == "action":
                message += " (in the picture, which every locale shares: not swapped)"
            fix = proposal.fix + (f" — microdrama adapt-locale {project.root} --locale "
                                  f"{locale} --accept takes every proposed swap; a decision "
                                  "per proposal goes in adaptations.toml")
            finding = Finding(
                rule=proposal.rule, severity=proposal.severity,  # type: ignore[arg-type]
                target=f"{locale}/{proposal.target}", message=message, fix=fix,
                market=proposal.market, waived=settled)
            found.setdefault(episode, []).append(
                _row(finding, proposal.word, names.get(proposal.market, proposal.market)))
    return found


def _row(finding: Finding, context: str, market_name: str = "") -> dict[str, Any]:
    """A finding the build did not write (about a locale's dub, words or culture) as the
    report lists it: with its market's name ('' for none) and the text it is about."""
    return {**finding.model_dump(mode="json"), "market_name": market_name,
            "context": context}


def _waiver(waiver: Waiver) -> dict[str, str]:
    return waiver.model_dump(mode="json")


def _context(episode: Episode, bible: Bible) -> dict[str, str]:
    """Target id → the script text it is about."""
    def name(ident: str) -> str:
        character = bible.character(ident)
        return character.name if character else ident

    context = {"series": bible.title, episode.id: episode.title}
    for scene in episode.scenes:
        location = next((loc.name for loc in bible.locations if loc.id == scene.location),
                        scene.location)
        context[scene.id] = f"{location} ({scene.time}): {', '.join(map(name, scene.characters))}"
        for beat in scene.beats:
            context[beat.id] = beat.action
            for line in beat.lines:
                direction = f" ({line.direction})" if line.direction else ""
                context[line.id] = f"{name(line.speaker)}{direction}: {line.text}"
    return context


def _deliverables(project: Project) -> list[dict[str, Any]]:
    """The labels of every deliverable under out/, read back (the review's own files and
    the per-episode findings are not deliverables)."""
    out = project.path(OUT_DIR)
    if not out.is_dir():
        return []
    folders = [p for p in sorted(out.iterdir()) if p.is_dir() and p.name != "review"]
    font = project_font(project.root)
    result = verify_files(VerifyRequest(paths=folders, font=font)) if folders else None
    return [{"path": report.path.relative_to(project.root).as_posix(), "kind": report.kind,
             "ok": report.ok,
             "checks": [{"name": c.name, "status": c.status, "detail": c.detail,
                         "required": c.required} for c in report.checks]}
            for report in (result.files if result else [])]
