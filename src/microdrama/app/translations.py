"""Translators in the loop: export a locale for a translation tool, import it back, and
fill the pseudo-locale offline.

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
    CONTROL,
    Coverage,
    LocaleTranslations,
    TranslationState,
    TranslationUnit,
    compare,
    line_texts,
    story_titles,
    title_unit,
    titled,
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
    read_exchange,
)
from microdrama.formats.locales import LocaleFacts, locale_facts, max_characters, pseudo_text
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
class TranslationImportRequest:
    """A translators' file (XLIFF 2.0, XLIFF 1.2 or PO) back into a project."""

    file: Path
    into: Path
    #: Report only; write nothing.
    dry_run: bool = False


@dataclass(frozen=True)
class TranslationImportResult:
    """What the file brought, per line id, and where it was written."""

    file: Path
    format: str
    locale: str
    #: locales/<locale>.yaml of the project.
    target: Path
    #: False when nothing changed (or a dry run): the file was left as it was.
    written: bool
    #: Units whose translation or state the file changed.
    changed: tuple[str, ...]
    #: Units the file brought back as they were exported.
    unchanged: int
    #: Units the file holds without a translation (nothing was taken from them).
    untranslated: tuple[str, ...]
    #: Lines of the episodes the file covers that it does not hold.
    missing: tuple[str, ...]
    #: Units whose id is no line of the project (deleted lines, mistyped ids): skipped.
    extra: tuple[str, ...]
    #: Units whose source in the file differs from the line's current text.
    stale: tuple[str, ...]
    #: Stale units not taken because the project holds a translation of the current text.
    kept: tuple[str, ...]
    #: locales/<locale>.yaml against every episode after the import.
    coverage: Coverage


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
    bible, episodes = _episodes(project, selection)
    episodes = _adapted(project, locale, episodes)
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
                    notes.append(Note("timecode", f"{_clock(spoken.start_ms)} - "
                                                  f"{_clock(spoken.end_ms)}"))
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


def _clock(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


# --- import -----------------------------------------------------------------------------


def import_translation(request: TranslationImportRequest) -> TranslationImportResult:
    """Apply a translators' file to ``locales/<L>.yaml``: by id, never by position;
    report missing, extra and stale units; write once, atomically, only on change."""
    try:
        data = request.file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror})", file=request.file,
                         fix="check the path") from None
    kind, document = read_exchange(data, request.file)
    project = Project.open(request.into)
    language = project.settings.project.language
    if document.source_language and _primary(document.source_language) != language:
        raise InputError(f"the file translates from {document.source_language!r}, the series "
                         f"is written in {language!r}", file=request.file,
                         fix=f"export from this project ({request.into}) and translate that")
    if not document.target_language:
        raise InputError("the file does not say which language it translates into",
                         file=request.file,
                         fix="set trgLang on <xliff> (XLIFF 2.0), target-language on <file> "
                         "(XLIFF 1.2) or Language in the PO header, as exported")
    locale = target_locale(project, document.target_language, file=request.file)
    bible, episodes = _episodes(project, None)
    episodes = _adapted(project, locale, episodes)
    lines = line_texts(episodes)
    stored = stored_translations(project, locale, episodes)
    units = dict(stored.units)
    titles = dict(stored.titles)
    current_titles = {"series": bible.title, **{e.id: e.title for e in episodes},
                      **{i: text for e in episodes for i, (text, _) in story_titles(e).items()}}
    changed, untranslated, extra, stale, kept = [], [], [], [], []
    unchanged = 0
    for unit in document.units():
        ident = titled(unit.id)
        if ident is not None:  # a title: taken when it translates the current title
            _check_text(unit, request.file)
            if ident not in current_titles:
                extra.append(unit.id)
            elif not unit.target.strip():
                untranslated.append(unit.id)
            elif unit.source != current_titles[ident]:
                stale.append(unit.id)  # the title changed since: not taken
            elif titles.get(ident) == unit.target:
                unchanged += 1
            else:
                titles[ident] = unit.target
                changed.append(unit.id)
            continue
        current = lines.get(unit.id)
        if current is None:
            extra.append(unit.id)
            continue
        _check_text(unit, request.file)
        if unit.source != current:
            stale.append(unit.id)
        outcome = _merge(units.get(unit.id), current, unit)
        if outcome == "untranslated":
            untranslated.append(unit.id)
        elif outcome == "kept":
            kept.append(unit.id)
        elif isinstance(outcome, TranslationUnit):
            units[unit.id] = outcome
            changed.append(unit.id)
        else:
            unchanged += 1
    covered = {file.id for file in document.files}
    held = {unit.id for unit in document.units()}
    missing = tuple(i for e in episodes if e.id in covered for i in line_texts([e]) if i not in held)
    updated = stored.model_copy(update={"units": units, "titles": titles})
    written = False
    if changed and not request.dry_run:
        written = save_translations(project.root, updated)
    return TranslationImportResult(
        file=request.file, format=kind.title, locale=locale,
        target=project.path(locale_file(locale)), written=written, changed=tuple(changed),
        unchanged=unchanged, untranslated=tuple(untranslated), missing=missing,
        extra=tuple(extra), stale=tuple(stale), kept=tuple(kept),
        coverage=compare(updated.units, lines))


def _merge(stored: TranslationUnit | None, current: str,
           unit: ExchangeUnit) -> TranslationUnit | str | None:
    """What a file's unit does to the stored one: a new TranslationUnit, or
    "untranslated" (it has no text), "kept" (a stale unit where the project already
    holds a translation of the current text), None (nothing to change).

    The file is compared with what export wrote for its source text, so only the
    translator's edits count: a unit brought back as it went out changes nothing, even
    when the script moved on meanwhile.
    """
    if not unit.target.strip():
        return "untranslated"
    target, state, _ = exported(stored, unit.source)
    same_text = unit.target == target
    if same_text and (unit.state == state or (unit.state is None and state != "new")):
        return None  # as exported (a PO entry says no state: an untouched text keeps its own)
    if unit.source != current and stored is not None and stored.source == current \
            and stored.target:
        return "kept"  # translated from older text; the project has the current text's
    new_state = unit.state or ("translated" if not same_text or state == "new" else state)
    result = TranslationUnit(source=unit.source, target=unit.target, state=new_state)
    return None if result == stored else result


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
    _, episodes = _episodes(project, None)
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


def _adapted(project: Project, locale: str, episodes: list[Episode]) -> list[Episode]:
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


def _episodes(project: Project, selection: set[int] | None) -> tuple[Bible, list[Episode]]:
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


def _check_text(unit: ExchangeUnit, file: Path) -> None:
    """A unit's texts are one line each, as script lines are."""
    for name, text in (("target", unit.target), ("source", unit.source)):
        if not text.strip() and name == "source":
            raise InputError("the unit's source is empty", file=file, where=unit.place,
                             fix="keep the source text as exported")
        found = CONTROL.search(text)
        if found:
            raise InputError(f"the {name} holds a line break or control character "
                             f"(U+{ord(found.group()):04X})", file=file, where=unit.place,
                             fix=f"write the {name} on one line: a line is one subtitle's text; "
                             "the subtitles stage breaks it to fit the screen")


def _primary(tag: str) -> str:
    """The language subtag: ``en-US`` → ``en``."""
    return tag.strip().lower().replace("_", "-").split("-")[0]
