"""Scripts and translations in and out: export, import-script, import-translation,
translate (the pseudo-locale), adapt-locale."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

# Operations by attribute (ops.x): microdrama.app imports a module on first use, so
# a command loads only what it runs (see microdrama/app/__init__.py).
import microdrama.app as ops
from microdrama.app import PSEUDO_LOCALE
from microdrama.cli import app, out, print_json
from microdrama.cli.stories import export_stories


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    format: Annotated[str, typer.Option("--format", help="fountain (a screenplay); ink, twee (Twee 3 for SugarCube) or renpy (an interactive story per episode); or a translators' file for --locale: xliff2 (XLIFF 2.0, .xliff), xliff (XLIFF 1.2, .xlf), po (gettext PO).")] = "fountain",
    locale: Annotated[str | None, typer.Option(help=f"The locale a translators' file is for (one of drama.toml's [locales] targets, or {PSEUDO_LOCALE}).")] = None,
    output: Annotated[str | None, typer.Option("--out", help="File to write, or - for stdout (default out/<project>.fountain, out/<project>.ink|.twee|.rpy, out/locales/<locale>.<ext>).")] = None,
    ids: Annotated[bool, typer.Option(help="Keep ids and emotions in Fountain notes (lossless).")] = False,
    episodes: Annotated[str | None, typer.Option(help="Episodes to export, e.g. 1-3.")] = None,
) -> None:
    """Export the scripts as a screenplay, as interactive stories (Ink, Twee, Ren'Py), or a
    locale's lines for a translation tool."""
    if format in ops.STORY_FORMATS and locale is None:
        export_stories(directory, format, output, episodes)
        return
    if format in ops.TRANSLATION_FORMATS or locale is not None:
        done = ops.export_translation(ops.TranslationExportRequest(
            directory=directory, locale=locale, format=format, output=output, episodes=episodes))
        if done.target is None:
            sys.stdout.write(done.text)
            return
        out.print(f"wrote {done.target} ({done.format}, {done.units} lines of {done.episodes} "
                  f"episodes, {done.translated} with a translation"
                  + (f", {len(done.stale)} stale" if done.stale else "") + ")", markup=False,
                  soft_wrap=True)
        return
    result = ops.export_script(ops.ExportRequest(directory=directory, format=format,
                                                 output=output, ids=ids, episodes=episodes))
    if result.target is None:
        sys.stdout.write(result.text)
        return
    out.print(f"wrote {result.target} ({result.episodes} episodes)")


@app.command("import-translation")
def import_translation_command(
    file: Annotated[Path, typer.Argument(help="A translators' file: XLIFF 2.0, XLIFF 1.2 or PO, as exported; or a subtitler's SRT, WebVTT or ASS of one episode (matched to the lines by time).")],
    into: Annotated[Path, typer.Option(help="The project it translates.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report only; write nothing.")] = False,
    locale: Annotated[str | None, typer.Option(help="A subtitle file's locale, when its name (ep001.es.srt) does not say it.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Import translations into locales/<locale>.yaml, by line id, from what a CAT tool gave
    back; report drafts (not taken), missing, extra, stale and untranslated units."""
    result = ops.import_translation(ops.TranslationImportRequest(file=file, into=into,
                                                                 dry_run=dry_run, locale=locale))
    if as_json:
        data = {key: value for key, value in asdict(result).items()}
        data.update(file=str(result.file), target=str(result.target))
        print_json(json.dumps(data, ensure_ascii=False))
        return
    _print_import(result, dry_run)


def _print_import(result: ops.TranslationImportResult, dry_run: bool) -> None:
    verb = "would change" if dry_run else "changed"
    where = (f"wrote {result.target}" if result.written
             else f"{result.target} unchanged" + (" (dry run)" if dry_run else ""))
    out.print(f"{result.format} into {result.locale}: {verb} {len(result.changed)} units, "
              f"{result.unchanged} as exported — {where}", markup=False, soft_wrap=True)
    for notice in result.notices:
        out.print(f"  note: {notice}", markup=False, soft_wrap=True)
    drafts = result.drafts_by_status()
    if drafts:
        out.print(f"  drafts, not taken as translations ({len(result.drafts)}; a line's is "
                  f"kept as a draft in {result.target.name}):", markup=False, soft_wrap=True)
        for status, ids in drafts.items():
            out.print(f"    {status}: {_shown(ids)}", markup=False, soft_wrap=True)
    for label, ids in (("missing (lines the file lacks)", result.missing),
                       ("extra (no such line: skipped)", result.extra),
                       ("stale (translated from other text than the line's)", result.stale),
                       ("kept (stale; the project has the current text's translation)",
                        result.kept),
                       ("untranslated (no target text)", result.untranslated)):
        if ids:
            out.print(f"  {label}: {_shown(ids)}", markup=False, soft_wrap=True)
    left = result.coverage
    out.print(f"  {result.locale} now: {len(left.missing)} lines untranslated, "
              f"{len(left.stale)} stale, {len(left.extra)} units of deleted lines", markup=False,
              soft_wrap=True)


def _shown(ids: tuple[str, ...]) -> str:
    return ", ".join(ids[:12]) + (f" … ({len(ids)} in all)" if len(ids) > 12 else "")


@app.command()
def translate(
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    locale: Annotated[str, typer.Option(help=f"The locale to fill (offline: {PSEUDO_LOCALE}).")] = PSEUDO_LOCALE,
) -> None:
    """Fill the pseudo-locale from the current episodes (accented, ~35 % longer text), offline."""
    result = ops.fill_pseudo_locale(ops.PseudoRequest(directory=directory, locale=locale))
    state = "wrote" if result.written else "up to date:"
    out.print(f"{state} {result.target} ({result.units} lines)", markup=False, soft_wrap=True)


@app.command("import-script")
def import_script_command(
    file: Annotated[Path, typer.Argument(help="A screenplay: .fountain, .fdx (Final Draft), or a Chinese micro-drama script (.txt or .docx).")],
    into: Annotated[Path | None, typer.Option(help="Project to add the episodes to (default: print YAML).")] = None,
    replace: Annotated[bool, typer.Option(help="Overwrite episode files that exist.")] = False,
    add_cast: Annotated[bool, typer.Option("--add-cast", help="Add the people and places the script names that series.yaml lacks.")] = False,
) -> None:
    """Import a screenplay (Fountain, Final Draft, or a Chinese micro-drama script) as episode scripts with stable ids."""
    result = ops.import_script(ops.ImportRequest(file=file, into=into, replace=replace,
                                                 add_cast=add_cast))
    if result.into is None:
        for document in result.documents:
            sys.stdout.write("---\n" + document)
        return
    if result.cast:
        out.print("the project now has:", markup=False)
        for line in result.cast:
            out.print(f"  {line}", markup=False, soft_wrap=True)
    out.print(f"imported {len(result.episodes)} episode(s) into {result.into}")


@app.command("adapt-locale")
def adapt_locale_command(
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    locale: Annotated[str, typer.Option(help="The locale whose audience to adapt for, e.g. ar.")],
    accept: Annotated[bool, typer.Option("--accept", help="Accept every open proposal that has a replacement (written to adaptations.toml).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Cultural adaptations proposed for a locale's audience (its culture packs): accepted
    ones change that locale's lines before translation; decide in adaptations.toml."""
    result = ops.adapt_locale(ops.AdaptLocaleRequest(directory=directory, locale=locale,
                                                     accept=accept))
    if as_json:
        print_json(json.dumps({
            "locale": result.locale, "markets": list(result.markets),
            "accepted_now": result.accepted_now,
            "proposals": [{**asdict(s.proposal), "decision": s.decision}
                          for s in result.proposals]}, ensure_ascii=False))
        return
    markets = ", ".join(result.markets) or "none"
    out.print(f"{result.locale} (culture packs: {markets}): {len(result.proposals)} proposals",
              markup=False)
    for state in result.proposals:
        p = state.proposal
        change = (f"'{p.word}' → '{p.replacement}'" if p.replacement else
                  f"'{p.word}': the picture shows it — change the script or the panel"
                  if p.kind == "action" else f"'{p.word}': rewrite the line for this locale")
        out.print(f"  [{state.decision}] {p.target} {p.rule} ({p.severity}): {change}",
                  markup=False, soft_wrap=True)
    if result.accepted_now:
        out.print(f"accepted {result.accepted_now} in adaptations.toml; the next "
                  f"`build --locale {result.locale}` translates the adapted lines", markup=False)
