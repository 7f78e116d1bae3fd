"""A translators' file back into a project: ``import-translation FILE --into DIR``.

The file is what a CAT tool gave back (XLIFF 2.0, XLIFF 1.2 or PO; formats/exchange
reads what the tools write). Each unit is matched by id, never by position, and compared
with what export wrote for its source text (:func:`exported`): only the translator's
edits count, so a file brought back as it went out changes nothing. What is not taken as
a translation is reported, never dropped silently: units without a target
(*untranslated*), drafts (fuzzy, needs-…, initial, a tool's unconfirmed status: kept as
drafts, never used), units of no line (*extra*), lines the file lacks (*missing*),
translations of other text than the line's (*stale*), and what the reader decided about
the file as a whole (*notices*). Decision 0020.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from microdrama.app.subtitle_translation import SUBTITLE_SUFFIXES, subtitle_document
from microdrama.app.translations import (
    adapted_episodes,
    exported,
    stored_translations,
    target_locale,
    written_episodes,
)
from microdrama.domain.translation import (
    CONTROL,
    Coverage,
    TranslationUnit,
    compare,
    line_texts,
    story_titles,
    titled,
)
from microdrama.errors import InputError
from microdrama.formats.exchange import ExchangeUnit, read_exchange
from microdrama.formats.locales import tag_script
from microdrama.project.folder import Project, locale_file
from microdrama.project.translations import save_translations


@dataclass(frozen=True, kw_only=True)
class TranslationImportRequest:
    """A translators' file (XLIFF 2.0, XLIFF 1.2 or PO) back into a project."""

    file: Path
    into: Path
    #: Report only; write nothing.
    dry_run: bool = False
    #: The locale a subtitle file translates into, when its name does not say it.
    locale: str | None = None


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
    #: Units with text that the file does not call translated, by id, with what it says
    #: (fuzzy, needs-review-translation, initial, sdl:conf Draft, …): never used as
    #: translations; a line's draft is kept as a draft (state new), unless it only repeats
    #: the source; a title's is not taken.
    drafts: dict[str, str] = field(default_factory=dict)
    #: What was decided about the file as a whole (its language read as a project
    #: locale, obsolete or plural PO entries, a tool's own state values).
    notices: tuple[str, ...] = ()

    def drafts_by_status(self) -> dict[str, tuple[str, ...]]:
        """The drafts grouped by what the file said of them, in the file's order."""
        grouped: dict[str, list[str]] = defaultdict(list)
        for ident, status in self.drafts.items():
            grouped[status].append(ident)
        return {status: tuple(ids) for status, ids in grouped.items()}


def import_translation(request: TranslationImportRequest) -> TranslationImportResult:
    """Apply a translators' file to ``locales/<L>.yaml``: by id, never by position;
    report missing, extra, stale and draft units; write once, atomically, only on
    change."""
    try:
        data = request.file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror})", file=request.file,
                         fix="check the path") from None
    project = Project.open(request.into)
    if request.file.suffix.lower() in SUBTITLE_SUFFIXES:  # a subtitler's file, by time
        format_title = f"subtitles ({request.file.suffix.lower().lstrip('.').upper()})"
        document = subtitle_document(project, data, request.file, request.locale,
                                     [e.id for e in written_episodes(project, None)[1]])
    else:
        kind, document = read_exchange(data, request.file)
        format_title = kind.title
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
    locale, notices = file_locale(project, document.target_language, request.file)
    bible, episodes = written_episodes(project, None)
    episodes = adapted_episodes(project, locale, episodes)
    lines = line_texts(episodes)
    episode_of = {ident: episode.id for episode in episodes for ident in line_texts([episode])}
    stored = stored_translations(project, locale, episodes)
    units = dict(stored.units)
    titles = dict(stored.titles)
    current_titles = {"series": bible.title, **{e.id: e.title for e in episodes},
                      **{i: text for e in episodes for i, (text, _) in story_titles(e).items()}}
    held = document.units()
    _check_ids(held, lines, current_titles, request.file)
    changed, untranslated, extra, stale, kept = [], [], [], [], []
    drafts: dict[str, str] = {}
    unchanged = 0
    for unit in held:
        ident = titled(unit.id)
        draft = bool(unit.target.strip()) and unit.state == "new"
        if ident is not None:  # a title: taken when it translates the current title
            _check_text(unit, request.file)
            if ident not in current_titles:
                extra.append(unit.id)
            elif not unit.target.strip():
                untranslated.append(unit.id)
            elif draft:
                drafts[unit.id] = _status(unit)  # titles keep no drafts: not taken
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
        if draft:
            drafts[unit.id] = _status(unit)
            if unit.target == unit.source:
                continue  # the source again is no draft of a translation: nothing to keep
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
    # The episodes the file covers: its <file>s, and those of the lines its units are
    # (a tool may rename or merge <file> elements, a PO header may lose X-Episodes).
    covered = {file.id for file in document.files} | {
        episode_of[unit.id] for unit in held if unit.id in episode_of}
    ids = {unit.id for unit in held}
    missing = tuple(i for e in episodes if e.id in covered for i in line_texts([e]) if i not in ids)
    updated = stored.model_copy(update={"units": units, "titles": titles})
    written = False
    if changed and not request.dry_run:
        written = save_translations(project.root, updated)
    return TranslationImportResult(
        file=request.file, format=format_title, locale=locale,
        target=project.path(locale_file(locale)), written=written, changed=tuple(changed),
        unchanged=unchanged, untranslated=tuple(untranslated), missing=missing,
        extra=tuple(extra), stale=tuple(stale), kept=tuple(kept),
        coverage=compare(updated.units, lines), drafts=drafts,
        notices=notices + document.notices)


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


def _status(unit: ExchangeUnit) -> str:
    """What the file says of a draft, for the report."""
    said = unit.status or "new"
    return said + (" (the source repeated: not kept)" if unit.target == unit.source else "")


def file_locale(project: Project, tag: str, file: Path) -> tuple[str, tuple[str, ...]]:
    """The project locale a file's target language is, with a notice when it is read as
    another: CAT tools name a region the project does not (Trados Studio and Poedit
    write es-ES or es_ES, Phrase es-419 for a project's es), so when the tag is none of
    the project's locales, the project's locale of the same language and the script the
    tag means is taken (zh_TW is Traditional Chinese: the project's zh-Hant), else its
    longest prefix that is one and is not written in another script, and said."""
    try:
        return target_locale(project, tag, file=file), ()
    except InputError as refused:
        subtags = tag.strip().replace("_", "-").split("-")
        targets = project.settings.locales.targets
        script = tag_script(tag)
        found = next((t for t in targets if script is not None
                      and t.split("-")[0].lower() == subtags[0].lower()
                      and tag_script(t) == script), None)
        other_script = None
        for size in range(len(subtags) - 1, 0, -1):
            if found is not None:
                break
            shorter = "-".join(subtags[:size]).lower()
            prefix = next((t for t in targets if t.lower() == shorter), None)
            if prefix is not None and script is not None and tag_script(prefix) not in (
                    None, script):
                other_script = prefix  # zh_TW is not the project's (Simplified) zh
            else:
                found = prefix
        if found is not None:
            return found, (f"the file translates into {tag}: imported into the "
                           f"project's {found}",)
        if other_script is not None:
            raise InputError(
                f"the file translates into {tag}, written in the {script} script; the "
                f"project's {other_script} is written in {tag_script(other_script)}",
                file=file, fix=f"add a locale in the {script} script to targets under "
                f"[locales] in {project.path('drama.toml')} (e.g. {subtags[0]}-{script}), "
                "or send the file for the locale it translates") from None
        raise refused from None


def _check_ids(units: list[ExchangeUnit], lines: dict[str, str],
               titles: dict[str, str], file: Path) -> None:
    """A file none of whose unit ids is a line or title of the project was renumbered by
    a tool (or belongs to another project): say so, rather than report every unit extra
    and every line missing."""
    if not units or any(u.id in lines or titled(u.id) in titles for u in units):
        return
    shown = ", ".join(u.id for u in units[:3]) + (" …" if len(units) > 3 else "")
    raise InputError(
        f"none of the file's {len(units)} unit ids is a line id of this project ({shown})",
        file=file, where=units[0].place,
        fix="import the file the tool gives back in the format microdrama exported, with "
        "the unit ids it had: Trados Studio's .sdlxliff and memoQ's .mqxliff are working "
        "files with ids of their own (export the translated document instead), and "
        "translate-toolkit's po2xliff numbers its units (import the translated PO itself); "
        "or check that the file was exported from this project")


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
