"""refsheet: each bible character → a reference sheet (out/refs/<character-id>.png).

AI painters keep a character's identity across shots by this sheet (panels send it as
an input image); it is painted once per character by the painter's
``reference_sheet``, from the same identity prompt every panel uses. A picture the
user put at ``assets/characters/<character-id>.png`` wins: it is copied, keyed on its
content, and no provider is called. The request carries the series' era, as a panel's
does, so the sheet wears the costume the panels draw (a modern one dumps without it).
"""

from __future__ import annotations

import hashlib
import io
from typing import Any, ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.keys import cache_key
from microdrama.engine.labelling import USER_SUPPLIED
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.errors import InputError
from microdrama.formats.assets import character_picture
from microdrama.project import layout as paths
from microdrama.providers.appearance import character_seed, identity_prompt
from microdrama.providers.base import PAINTER, ReferenceRequest, ReferenceSheets
from microdrama.providers.offline.writer.era import series_era

#: Portrait 2:3: a standing figure fills it, and image APIs paint it natively.
WIDTH, HEIGHT = 1024, 1536
_PNG = b"\x89PNG\r\n\x1a\n"


class RefSheetStage(Stage):
    """Paint (or take from assets/) one reference sheet per character."""

    name: ClassVar[str] = "refsheet"
    capability: ClassVar[str | None] = "painter"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("bible",)
    description: ClassVar[str] = "bible → character reference sheets (out/refs/)"
    executor: ClassVar[str] = "thread"

    def items(self, ctx: BuildContext) -> list[str]:
        bible = ctx.bible()
        return [c.id for c in bible.characters] if bible else []

    def plan(self, ctx: BuildContext, item: str) -> Work:
        bible = ctx.bible()
        if bible is None:
            raise Blocked("needs the bible")
        character = bible.character(item)
        if character is None:
            raise Blocked(f"{item} is no longer in the bible")
        outputs = {"sheet": paths.reference_sheet(item)}
        picture = character_picture(ctx.project.root, item)
        if picture is not None:
            digest = hashlib.sha256(picture.read_bytes()).hexdigest()
            return Work(stage=self.name, item=item,
                        key=cache_key(self.name, self.version, {"picture": digest}),
                        payload={"sha256": digest}, outputs=outputs,
                        inputs={"picture": ctx.input_file(picture)})
        request = ReferenceRequest(
            character=character, identity=identity_prompt(character), width=WIDTH,
            height=HEIGHT, seed=character_seed(ctx.settings.project.seed, character.id),
            era=series_era(bible),
        )
        return provider_work(self, ctx, item, request, "painter", outputs)

    @staticmethod
    def run(work: Work) -> Produced:
        if "picture" in work.inputs:
            # The user's own picture: not AI-generated, so it gets no AI label.
            return Produced({"sheet": _copy_picture(work.input_bytes("picture"))},
                            meta={USER_SUPPLIED: ["sheet"]})
        data, usage = call_provider(work, PAINTER, ReferenceRequest, _sheet)
        return produced({"sheet": data}, usage)


async def _sheet(painter: Any, request: ReferenceRequest) -> bytes:
    if not isinstance(painter, ReferenceSheets):
        raise InputError(
            f"the painter {getattr(painter, 'id', type(painter).__name__)} cannot draw "
            "reference sheets", file="drama.toml", where="[providers] painter",
            fix=f"put a picture of the character at assets/characters/{request.character.id}"
            ".png, or use a painter that draws sheets (offline, openai-compat)",
        )
    return await painter.reference_sheet(request)


def _copy_picture(data: bytes) -> bytes:
    """The user's picture as PNG bytes: the file itself, or re-encoded if it is not a PNG.
    (Its bytes come from the store by content hash, so they are what was planned.)"""
    if data.startswith(_PNG):
        return data
    from PIL import Image

    out = io.BytesIO()
    with Image.open(io.BytesIO(data)) as image:
        image.convert("RGBA" if "A" in image.getbands() else "RGB").save(out, "PNG")
    return out.getvalue()
