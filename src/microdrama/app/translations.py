"""Translators in the loop: export a locale for a translation tool, and fill the
pseudo-locale offline (the file coming back: app/translation_import.py).

Translations live in ``locales/<L>.yaml`` (project/translations.py), one unit per line
id with the source text it was made from. Export writes, per line of the current
script, the unit as a translator should see it (:func:`exported`); import applies only
what the translator changed against that view, matching by id and never by position, so
a round trip with no edits leaves ``locales/<L>.yaml`` byte for byte as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from microdrama.app.options import episode_total, parse_episodes
from microdrama.domain import Bible, Episode
from microdrama.domain.settings import PSEUDO_LOCALE
from microdrama.domain.translation import (
    LocaleTranslations,
    TranslationState,
    TranslationUnit,
    compare,
    line_texts,
    story_titles,
    title_unit,
)
from microdrama.engine.context import BuildContext
from microdrama.errors import InputError
from microdrama.files import write_atomic
from microdrama.formats.exchange import (
    FORMATS,
    ExchangeDocument,
    ExchangeFile,
    ExchangeUnit,
    GlossEntry,
    Note,
)
from microdrama.formats.locales import LocaleFacts, locale_facts, max_characters, pseudo_text
from microdrama.formats.subtitles import clock
from microdrama.project.adaptations import accepted_swaps
from microdrama.project.folder import Project, episode_file, locale_file
from microdrama.project.translations import load_translations, save_translations
from microdrama.review.adaptation import adapt_episode
from microdrama.stages.dubs import reworded_lines
from microdrama.stages.timing import load_timeline

#: The --format values that are translators' files (fountain is a screenplay).
TRANSLATION_FORMATS = tuple(FORMATS)


@dataclass(frozen=True, kw_only=True)
class TranslationExportRequest:
    """A locale's lines as a file for a translation tool."""

    directory: Path
    #: The locale to translate into (required; None lets a shell pass "not given").
    locale: str | None
    #: xliff2 (XLIFF 2.0, .xliff), xliff (XLIFF 1.2, .xlf) or po (gettext PO, .po).
    format: str = "xliff2"
    #: The file to write; "-" writes none (the caller takes ``text``); None writes
    #: out/locales/<locale>.<ext>.
    output: str | None = None
    #: Episodes as ``"1-3"``; None exports every episode written.
    episodes: str | None = None


@dataclass(frozen=True)
class TranslationExportResult:
    """The file's text, where it went, and what it holds."""

    text: str
    target: Path | None
    locale: str
    format: str
    episodes: int
    units: int
    #: Units exported with a translation (any state).
    translated: int
    #: Units whose stored translation was made from other text than the line's.
    stale: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class PseudoRequest:
    """Fill a locale offline, with no provider: only the pseudo-locale can be."""

    directory: Path
    locale: str = PSEUDO_LOCALE


@dataclass(frozen=True)
class PseudoResult:
    """The pseudo-locale's file and how many lines it holds."""

    locale: str
    target: Path
    units: int
    written: bool


# --- export -----------------------------------------------------------------------------


def export_translation(request: TranslationExportRequest) -> TranslationExportResult:
    """Write a locale's lines as XLIFF 2.0, XLIFF 1.2 or PO (unless ``output`` is "-")."""
    kind = FORMATS.get(request.format)
    if request.format == "fountain":
        raise InputError("a screenplay is not translated per locale", where="option --locale",
                         fix="drop --locale, or use --format " + "|".join(TRANSLATION_FORMATS))
    if kind is None:
        raise InputError(f"unknown format {request.format!r}", where="option --format",
                         fix="use --format " + ", ".join(["fountain", *TRANSLATION_FORMATS]))
    if not request.locale:
        raise InputError(f"--format {request.format} needs the locale to translate into",
                         where="option --locale", fix="add --locale, e.g. --locale es")
    project = Project.open(request.directory)
    locale = target_locale(project, request.locale, where="option --locale")
    selection = parse_episodes(request.episodes, episode_total(request.directory))
    bible, episodes = written_episodes(project, selection)
    episodes = adapted_episodes(project, locale, episodes)
    facts = locale_facts(locale, project.settings.project.language)
    stored = stored_translations(project, locale, episodes)
    ctx = BuildContext(project)
    files = [_file(episode, bible, stored, facts, project, ctx, series=index == 0,
                   locale=locale)
             for index, episode in enumerate(episodes)]
    document = ExchangeDocument(source_language=project.settings.project.language,
                                target_language=locale, files=tuple(files), title=bible.title)
    text = kind.write(document)
    units = document.units()
    lines = line_texts(episodes)
    coverage = compare(stored.units, lines)
    result = TranslationExportResult(
        text=text, target=None, locale=locale, format=kind.title, episodes=len(episodes),
        units=len(units), translated=sum(1 for u in units if u.target), stale=coverage.stale)
    if request.output == "-":
        return result
    target = (Path(request.output) if request.output
              else project.path(f"out/locales/{locale}{kind.extension}"))
    write_atomic(target, text)
    return replace(result, target=target)


def exported(unit: TranslationUnit | None, text: str) -> tuple[str, TranslationState, str]:
    """(target, state, the old source when stale) of a line whose text is ``text``, as a
    translators' file shows it: a stale translation goes out as a draft to look at
    again, with the text it was made from."""
    if unit is None or not unit.target:
        return "", "new", ""
    if unit.source != text:
        return unit.target, "new", unit.source
    return unit.target, unit.state, ""


def _title(ident: str, title: str, stored: LocaleTranslations, what: str,
           shown: str = "shown on the cover") -> ExchangeUnit:
    """A title as a unit (``ep001-title``, ``series-title``; an interactive episode's
    choice label or ending title, ``ep001-sc02-c01-title``): translated for the locale's
    covers and player. A title keeps no source in locales/<L>.yaml, so it goes out as
    translated when the locale has one."""
    target = stored.titles.get(ident, "")
    return ExchangeUnit(id=title_unit(ident), source=title, target=target,
                        state="translated" if target else "new",
                        notes=(Note("title", f"{what}, {shown}"),))


def _file(episode: Episode, bible: Bible, stored: LocaleTranslations, facts: LocaleFacts,
          project: Project, ctx: BuildContext, *, series: bool = False,
          locale: str = "") -> ExchangeFile:
    """An episode's units: its title (and the series title in the first file), then
    its lines in playing order. A line the dub says shorter than its translation (the
    reword stage) carries the shorter words as a note, so the translator sees what is
    spoken and can make the translation itself fit."""
    timeline = load_timeline(ctx, episode.id)
    dubbed = reworded_lines(project, episode.id, locale)
    timing = {t.line: t for t in timeline.lines} if timeline else {}
    cast = {c.id: c for c in bible.characters}
    places = {loc.id: loc.name for loc in bible.locations}
    language = project.settings.project.language
    units = [_title("series", bible.title, stored, "the series title")] if series else []
    units.append(_title(episode.id, episode.title, stored, f"the title of {episode.id}"))
    for ident, (text, kind) in story_titles(episode).items():
        what = f"{'a choice' if kind == 'choice' else 'an ending'} of {episode.id}"
        units.append(_title(ident, text, stored, what, "shown in the interactive player"))
    for scene in episode.scenes:
        for beat in scene.beats:
            for line in beat.lines:
                target, state, previous = exported(stored.units.get(line.id), line.text)
                speaker = cast[line.speaker]
                notes = [Note("speaker", f"{speaker.name} ({speaker.id})"),
                         Note("scene", f"{scene.id}, {places.get(scene.location, scene.location)}"
                                       f", {scene.time}")]
                spoken = timing.get(line.id)
                if spoken is not None:
                    notes.append(Note("timecode", f"{clock(spoken.start_ms)} - "
                                                  f"{clock(spoken.end_ms)}"))
                if line.emotion != "neutral":
                    notes.append(Note("emotion", line.emotion))
                if line.direction:
                    notes.append(Note("direction", line.direction))
                if previous:
                    notes.append(Note("changed-source", previous))
                shorter = dubbed.get(line.id)
                if shorter is not None and target in ("", shorter.draft):
                    # The model's translation, said shorter (a person's own is never
                    # reworded: only its stale draft would be, and that is not shown).
                    notes.append(Note("dubbed", f"spoken shorter in the dub to fit "
                                                f"{shorter.room_ms / 1000:.1f} s: {shorter.text}"))
                units.append(ExchangeUnit(
                    id=line.id, source=line.text, target=target, state=state,
                    notes=tuple(notes), glossary=_glossary(line.text, bible, stored),
                    max_characters=max_characters(
                        line.text, language, facts,
                        spoken.end_ms - spoken.start_ms if spoken else None)))
    return ExchangeFile(id=episode.id, original=episode_file(episode.number),
                        units=tuple(units), notes=(Note("title", episode.title),))


def _glossary(text: str, bible: Bible, stored: LocaleTranslations) -> tuple[GlossEntry, ...]:
    """The characters the line names (only those: a glossary per line), each as the line
    writes the name."""
    entries = []
    for character in bible.characters:
        term = named(text, character.name)
        if term:
            entries.append(GlossEntry(
                term=term, translation=stored.names.get(character.id, ""),
                definition=f"{character.name}: character {character.id}, {character.role}; "
                           f"{character.description}"))
    return tuple(entries)


def named(text: str, name: str) -> str:
    """How ``text`` names someone called ``name``: the whole name, else one of its words
    (Grace for Grace Rhodes), else — for a three-character Chinese name — the given name
    (念安 for 沈念安); '' when it does not."""
    if name in text:
        return name
    for word in name.split():
        if len(word) > 1 and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            return word
    if " " not in name and len(name) == 3 and name[1:] in text:
        return name[1:]
    return ""


# --- the pseudo-locale ------------------------------------------------------------------


def fill_pseudo_locale(request: PseudoRequest) -> PseudoResult:
    """Write ``locales/qps-ploc.yaml`` from the current episodes: every line accented,
    ~35 % longer and bracketed (state translated). Generated: re-run after edits."""
    if request.locale != PSEUDO_LOCALE:
        raise InputError(f"only the pseudo-locale {PSEUDO_LOCALE} is translated offline, "
                         f"not {request.locale!r}", where="option --locale",
                         fix=f"export {request.locale} for a translator (`microdrama export "
                         f"{request.directory} --format xliff2 --locale {request.locale}`) "
                         "and import the file back with `microdrama import-translation`")
    project = Project.open(request.directory)
    _, episodes = written_episodes(project, None)
    model = pseudo_translations(episodes)
    written = save_translations(project.root, model)
    return PseudoResult(locale=PSEUDO_LOCALE, target=project.path(locale_file(PSEUDO_LOCALE)),
                        units=len(model.units), written=written)


def pseudo_translations(episodes: list[Episode]) -> LocaleTranslations:
    """The pseudo-locale of these episodes (no provider, no file)."""
    return LocaleTranslations(locale=PSEUDO_LOCALE, units={
        ident: TranslationUnit(source=text, target=pseudo_text(text), state="translated")
        for ident, text in line_texts(episodes).items()})


# --- shared -----------------------------------------------------------------------------


def adapted_episodes(project: Project, locale: str, episodes: list[Episode]) -> list[Episode]:
    """The episodes as ``locale`` says them: its accepted cultural adaptations applied,
    so its translators translate (and stale checks compare) the adapted lines."""
    swaps = accepted_swaps(project.root, locale)
    language = project.settings.project.language
    return [adapt_episode(episode, swaps, language) for episode in episodes]


def target_locale(project: Project, tag: str, *, where: str | None = None,
                  file: Path | None = None) -> str:
    """The project's spelling of locale ``tag``: one of its [locales] targets, or the
    pseudo-locale (always there)."""
    wanted = tag.strip().lower().replace("_", "-")
    if wanted == PSEUDO_LOCALE:
        return PSEUDO_LOCALE
    targets = project.settings.locales.targets
    found = next((t for t in targets if t.lower() == wanted), None)
    if found is None:
        listed = ", ".join(targets) if targets else "none"
        raise InputError(
            f"{tag!r} is not a locale of this project (drama.toml [locales] targets: {listed})",
            file=file, where=where,
            fix=f'add "{tag}" to targets under [locales] in {project.path("drama.toml")}, '
            f"or use {PSEUDO_LOCALE}, the pseudo-locale")
    return found


def stored_translations(project: Project, locale: str,
                        episodes: list[Episode]) -> LocaleTranslations:
    """``locales/<locale>.yaml``; without it, nothing (the pseudo-locale: generated)."""
    stored = load_translations(project.root, locale)
    if stored is not None:
        return stored
    if locale == PSEUDO_LOCALE:
        return pseudo_translations(episodes)
    return LocaleTranslations(locale=locale)


def written_episodes(project: Project, selection: set[int] | None) -> tuple[Bible, list[Episode]]:
    """The bible and the episodes written (those selected), in order."""
    bible = project.load_bible()
    if bible is None:
        raise InputError("the project has no series.yaml yet", file=project.root,
                         fix=f"run `microdrama build {project.root}` first")
    episodes = [episode for number in project.episode_numbers_on_disk()
                if selection is None or number in selection
                if (episode := project.load_episode(number, bible)) is not None]
    if not episodes:
        raise InputError("the project has no episode scripts yet", file=project.root,
                         fix=f"run `microdrama build {project.root} --until script` first")
    return bible, episodes
