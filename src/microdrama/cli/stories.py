"""Interactive stories: `export --format ink|twee|renpy` (called by `export`) and
`import-story`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

# Operations by attribute (ops.x): microdrama.app imports a module on first use, so
# a command loads only what it runs (see microdrama/app/__init__.py).
import microdrama.app as ops
from microdrama.cli import app, out


def export_stories(directory: Path, format: str, output: str | None,
                   episodes: str | None) -> None:
    """Write the episodes as Ink, Twee or Ren'Py (the `export` command's story formats)."""
    result = ops.export_story(ops.StoryExportRequest(directory=directory, format=format,
                                                     output=output, episodes=episodes))
    for file in result.files:
        if file.target is None:
            sys.stdout.write(file.text)
        else:
            out.print(f"wrote {file.target} ({result.format}, {file.episode})", markup=False,
                      soft_wrap=True)
    for note in result.notes:
        out.print(f"  note: {note}", markup=False, soft_wrap=True)


@app.command("import-story")
def import_story_command(
    file: Annotated[Path, typer.Argument(help="An Ink story (.ink) or a Twee 3 story (.twee, .tw) for SugarCube, Harlowe, Chapbook or Snowman.")],
    into: Annotated[Path, typer.Option(help="The project to add the episode to.")],
    episode: Annotated[int | None, typer.Option(help="Episode number to import as (default: the file's own, else the next free one).", min=1)] = None,
    replace: Annotated[bool, typer.Option(help="Overwrite the episode file if it exists.")] = False,
) -> None:
    """Import an Ink or Twee story as an interactive episode; what it cannot carry is an
    error naming the construct and the line."""
    result = ops.import_story(ops.StoryImportRequest(file=file, into=into, episode=episode,
                                                     replace=replace))
    scenes = len(result.episode.scenes)
    choices = sum(len(s.choices) for s in result.episode.scenes)
    out.print(f"imported {file.name} as {result.episode.id} into {result.target} "
              f"({scenes} scenes, {choices} options)", markup=False, soft_wrap=True)
    for source, scene in result.scenes.items():
        if source != scene:
            out.print(f"  {source} → {scene}", markup=False, soft_wrap=True)
    for source, ours in result.renamed.items():
        out.print(f"  variable {source} → {ours}", markup=False, soft_wrap=True)
    for note in result.notes:
        out.print(f"  note: {note}", markup=False, soft_wrap=True)
    for finding in result.findings:
        out.print(f"  {finding.severity} {finding.rule} {finding.target}: {finding.message}",
                  markup=False, soft_wrap=True)
