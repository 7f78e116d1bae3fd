"""panel: each shot → a painted still (out/panels/epNNN/<shot>.png), and, from a
painter that paints in layers, its rig (.microdrama/work/rig/: the layers and the
figures' eye and mouth states the segment animates; ``media.rig``).

The shot is staged first: what its storyboard entry leaves out of facing, pose,
gesture, prop and looks_at is derived from its script, so the request (and the key)
holds the staging the picture shows.

Every character in the shot comes with its reference sheet (out/refs/<id>.png, made
by the refsheet stage), an identity prompt and a fixed per-character seed, so AI
painters keep faces and clothes the same from shot to shot. The sheets are keyed by
content; their paths enter the request project-relative and are made absolute only
when the painter runs, so a moved project keeps its cache.

The request carries the series' era (its main trope's, decision 0027), so a costume
drama's sets are drawn as period places; a modern request dumps as it always did.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from microdrama.domain import Bible, Character, Episode
from microdrama.domain.storyboard import Shot
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_of, shot_items, split_item
from microdrama.engine.providing import call_provider, produced, provider_config, provider_work
from microdrama.project import layout as paths
from microdrama.providers.appearance import character_seed, identity_prompt
from microdrama.providers.base import (
    PAINTER,
    FaceStates,
    PanelLayers,
    PanelRequest,
    ReferenceImage,
)
from microdrama.providers.offline.writer.era import series_era
from microdrama.providers.offline.writer.staging import script_of, stage_shot
from microdrama.providers.registry import paints_layers
from microdrama.stages.acting import reacting, speaking

WIDTH, HEIGHT = 1080, 1920

#: sha256 of files already read in this process: path → ((size, mtime_ns), digest).
_DIGESTS: dict[Path, tuple[tuple[int, int], str]] = {}


class PanelStage(Stage):
    """Paint one still per shot, the characters' looks fixed by the bible."""

    name: ClassVar[str] = "panel"
    capability: ClassVar[str | None] = "painter"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("storyboard", "refsheet")
    description: ClassVar[str] = "storyboards → panels (out/panels/)"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return shot_items(ctx)

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number, shot_id = split_item(item)
        board, bible = ctx.storyboard(number), ctx.bible()
        if board is None or bible is None:
            raise Blocked("needs the storyboard")
        shot = next((s for s in board.shots if s.id == shot_id), None)
        if shot is None:
            raise Blocked(f"{shot_id} is no longer in the storyboard")
        shot = staged(shot, ctx.episode(number), bible)
        cast = {c.id: c for c in bible.characters}
        places = {loc.id: loc for loc in bible.locations}
        seen = [cast[i] for i in dict.fromkeys(c.id for c in shot.characters)]
        request = PanelRequest(
            shot=shot, characters=[cast[c.id] for c in shot.characters],
            location=places[shot.location], width=WIDTH, height=HEIGHT,
            seed=ctx.settings.project.seed,
            references=[reference(ctx, c) for c in seen],
            era=series_era(bible),
        )
        episode = episode_of(item)
        outputs = {"panel": paths.panel(episode, shot_id)}
        painter = ctx.settings.providers.provider_for("painter")
        extra = None
        if paints_layers(painter, provider_config(ctx, painter)):
            # Keyed only then, so panels of painters without layers keep their keys.
            script = ctx.episode(number)
            faces = FaceStates(speaking=speaking(shot, script), reacting=reacting(shot, script))
            extra = {"layers": faces.model_dump(mode="json")}
            outputs.update({name: paths.rig(episode, shot_id, part)
                            for name, part in paths.RIG_PARTS.items()})
        work = provider_work(self, ctx, item, request, "painter", outputs, extra=extra)
        inputs = {f"ref:{r.character}": ctx.input(r.path) for r in request.references}
        return replace(work, inputs={k: v for k, v in inputs.items() if v is not None})

    @staticmethod
    def run(work: Work) -> Produced:
        layered = work.payload.get("layers")
        with tempfile.TemporaryDirectory() as folder:

            async def paint(painter: Any, request: PanelRequest) -> bytes | PanelLayers:
                request = with_input_paths(request, work, Path(folder))
                if layered is not None:
                    made: PanelLayers = await painter.paint_layers(
                        request, FaceStates.model_validate(layered))
                    return made
                data: bytes = await painter.paint(request)
                return data

            data, usage = call_provider(work, PAINTER, PanelRequest, paint)
        if isinstance(data, PanelLayers):
            return produced({"panel": data.panel, "rig_colour": data.colour,
                             "rig_alpha": data.alpha, "rig_manifest": data.manifest}, usage)
        return produced({"panel": data}, usage)


def staged(shot: Shot, episode: Episode | None, bible: Bible) -> Shot:
    """The shot with the staging it leaves out derived from its script (the offline
    storyboarder's rules), so every painter is asked for the same staged shot and a
    storyboard written before staging existed gets staged panels."""
    script = script_of(shot, episode) if episode is not None else None
    return stage_shot(shot, script, bible) if script is not None else shot


def reference(ctx: BuildContext, character: Character) -> ReferenceImage:
    """The character's reference sheet entry (path project-relative); Blocked if not made yet."""
    relative = paths.reference_sheet(character.id)
    digest = _sha256(ctx.project.path(relative))
    if digest is None:
        raise Blocked(f"needs the reference sheet of {character.id} (refsheet stage)")
    return ReferenceImage(
        character=character.id, path=relative, sha256=digest,
        identity=identity_prompt(character),
        seed=character_seed(ctx.settings.project.seed, character.id),
    )


def with_input_paths(request: PanelRequest, work: Work, folder: Path) -> PanelRequest:
    """The request with each reference sheet read from the item's declared inputs (a
    file named like the sheet, so an upload keeps its name and type)."""
    references = [
        r.model_copy(update={"path": str(work.input_copy(f"ref:{r.character}", folder,
                                                         Path(r.path).name))})
        for r in request.references
    ]
    return request.model_copy(update={"references": references})


def with_absolute_paths(request: PanelRequest, root: Path) -> PanelRequest:
    """The request with its reference paths resolved against the project folder."""
    base = root.resolve()
    references = [r.model_copy(update={"path": str(base / r.path)}) for r in request.references]
    return request.model_copy(update={"references": references})


def _sha256(path: Path) -> str | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    stamp = (stat.st_size, stat.st_mtime_ns)
    cached = _DIGESTS.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    _DIGESTS[path] = (stamp, digest)
    return digest
