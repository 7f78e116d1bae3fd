"""episode: segments + mix → out/<lang>/epNNN.mp4 with the AI label and AIGC metadata.
sheet: panels → a cover image and a storyboard contact sheet for reviewers."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any, ClassVar

from PIL import Image, ImageDraw

from microdrama.domain import episode_id
from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import localized
from microdrama.engine.keys import cache_key
from microdrama.engine.provenance import signing, signing_key_inputs
from microdrama.formats.assets import project_font, project_logo
from microdrama.media.credentials import CredentialsError, manifest, read, sign
from microdrama.media.fonts import load_font, render_label
from microdrama.media.label import aigc_metadata, verify_aigc
from microdrama.media.video import concat_segments, mux
from microdrama.project import layout as paths
from microdrama.project.layout import label_text

PRODUCER = "microdrama"


class EpisodeStage(Stage):
    """Assemble, label and package each episode."""

    name: ClassVar[str] = "episode"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("segment", "mix")
    description: ClassVar[str] = "segments + mix → labelled MP4, cover, contact sheet"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return localized(ctx, [episode_id(n) for n in ctx.episode_numbers()
                               if ctx.storyboard(n) is not None])

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        number, name, locale = parsed.number, parsed.episode, parsed.locale
        board, bible = ctx.storyboard(number), ctx.bible()
        if board is None or bible is None:
            raise Blocked("needs the storyboard")
        parts = []
        inputs: dict[str, str] = {}
        for shot in board.shots:
            digest = ctx.input(paths.segment(name, shot.id, locale))
            if digest is None:
                raise Blocked(f"needs the segment of {shot.id}")
            parts.append({"shot": shot.id, "segment_hash": digest})
            inputs[f"segment:{shot.id}"] = digest
        mix_hash = ctx.input(paths.mix(name, locale))
        if mix_hash is None:
            raise Blocked("needs the mix")
        inputs["mix"] = mix_hash
        language = bible.language
        payload: dict[str, Any] = {"parts": parts, "mix_hash": mix_hash, "language": language}
        if locale:
            payload["locale"] = locale
        key_inputs = {**payload, "mix": ""}
        signed: Any = signing(ctx)  # the user's certificate and key, or None: not signed
        if signed is not None:
            key_inputs = {**key_inputs, "signing": signing_key_inputs(signed)}
        key = cache_key(self.name, self.version, key_inputs)
        payload = {**payload, "signing": signed}
        payload["produce_id"] = f"{item.replace('/', '-')}-{key.split(':')[1][:16]}"
        return Work(stage=self.name, item=item, key=key, payload=payload,
                    outputs={"video": paths.deliverable(locale or language, name, ".mp4")},
                    inputs=inputs)

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        metadata = aigc_metadata(PRODUCER, p["produce_id"])
        with tempfile.TemporaryDirectory() as tmp:
            joined = Path(tmp) / "video.mp4"
            final = Path(tmp) / "episode.mp4"
            concat_segments([work.input_path(f"segment:{part['shot']}") for part in p["parts"]],
                            joined)
            # Named .m4a: mux copies AAC audio by its name, re-encodes anything else.
            mix = work.input_copy("mix", Path(tmp), "mix.m4a")
            mux(joined, mix, final, metadata={"AIGC": metadata})
            verify_aigc(final, metadata)
            if p.get("signing"):
                final = sign_last(final, Path(tmp) / "signed.mp4", p["signing"],
                                  work.item.replace("/", "-"))
            return Produced({"video": final.read_bytes()})


def sign_last(video: Path, signed: Path, plan: dict[str, Any], item: str) -> Path:
    """C2PA-sign the finished MP4 (after the last mux: any later write breaks the hash)
    and read it back; the key is read here and kept in memory only."""
    sign(video, signed, certificate=Path(plan["certificate"]).read_bytes(),
         private_key=Path(plan["key"]).read_bytes(), algorithm=plan["algorithm"],
         definition=manifest(title=f"{item}.mp4", generator=plan["generator"],
                             version=plan["version"], models=plan["models"]))
    if not read(signed).valid:
        raise CredentialsError(f"{item}: the C2PA manifest does not validate after signing")
    return signed


class SheetStage(Stage):
    """A cover (the hook frame with the title) and a contact sheet of every shot."""

    name: ClassVar[str] = "sheet"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("bible", "script", "panel")
    description: ClassVar[str] = "panels → cover image and storyboard contact sheet"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return [episode_id(n) for n in ctx.episode_numbers() if ctx.storyboard(n) is not None]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number = ItemId.parse(item).number
        board, bible, episode = ctx.storyboard(number), ctx.bible(), ctx.episode(number)
        if board is None or bible is None or episode is None:
            raise Blocked("needs the storyboard")
        panels = []
        inputs: dict[str, str] = {}
        for shot in board.shots:
            digest = ctx.input(paths.panel(item, shot.id))
            if digest is None:
                raise Blocked(f"needs the panel of {shot.id}")
            panels.append({"hash": digest, "caption": f"{shot.id} {shot.framing}"})
            inputs[f"panel:{shot.id}"] = digest
        language = bible.language
        font, logo = project_font(ctx.project.root), project_logo(ctx.project.root)
        if font:
            inputs["font"] = ctx.input_file(font)
        if logo:
            inputs["logo"] = ctx.input_file(logo)
        payload = {"panels": panels, "language": language, "series": bible.title,
                   "title": episode.title, "number": number, "label": label_text(language),
                   "shots": [shot.id for shot in board.shots]}
        key_inputs = {**{k: v for k, v in payload.items() if k != "shots"},
                      "font": inputs.get("font", ""), "logo": inputs.get("logo", "")}
        return Work(stage=self.name, item=item, key=cache_key(self.name, self.version, key_inputs),
                    payload=payload, outputs={
                        "cover": paths.deliverable(language, item, ".cover.jpg"),
                        "contact": paths.deliverable(language, item, ".contact.png"),
                    }, inputs=inputs)

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        panels = [str(work.input_path(f"panel:{shot}")) for shot in p["shots"]]
        font = str(work.input_path("font")) if "font" in work.inputs else None
        logo = str(work.input_path("logo")) if "logo" in work.inputs else None
        return Produced({
            "cover": make_cover(Path(panels[0]).read_bytes(), p["series"], p["number"],
                                p["title"], p["language"], p["label"], font_file=font, logo=logo),
            "contact": make_contact_sheet(panels,
                                          [d["caption"] for d in p["panels"]],
                                          p["language"], p["label"]),
        })


def make_cover(panel_png: bytes, series: str, number: int, title: str, language: str,
               label: str, *, font_file: str | None = None, logo: str | None = None) -> bytes:
    """1080×1920 JPEG: the hook frame, series and episode title, the AI label, and the
    user's logo (top right) when the project has one."""
    image = Image.open(io.BytesIO(panel_png)).convert("RGB")
    width, height = image.size
    shade = Image.new("L", (1, 256))
    shade.putdata([min(200, max(0, (y - 96) * 2)) for y in range(256)])
    band = Image.new("RGB", (width, height // 3), (0, 0, 0))
    image.paste(band, (0, height - height // 3), shade.resize((width, height // 3)))
    draw = ImageDraw.Draw(image)
    big = load_font(height // 18, language, font_file)
    small = load_font(height // 30, language, font_file)
    episode_text = f"第{number}集 {title}" if language == "zh" else f"Episode {number}: {title}"
    y = height - 420 - height // 18 - height // 30 - 40
    for text, font, fill in ((series, big, (255, 230, 120)), (episode_text, small, (255, 255, 255))):
        box = draw.textbbox((0, 0), text, font=font)
        x = (width - int(box[2] - box[0])) // 2
        draw.text((x, y), text, font=font, fill=fill, stroke_width=4, stroke_fill=(0, 0, 0))
        y += int(box[3] - box[1]) + 30
    labelled = Image.alpha_composite(
        image.convert("RGBA"), render_label(label, width=width, height=height, font_file=font_file))
    if logo:
        with Image.open(logo) as source:
            mark = source.convert("RGBA")
        mark.thumbnail((width // 4, height // 10))
        # Top right, inside the platform's safe zone (right 170 px, top 250 px).
        labelled.alpha_composite(mark, (width - 170 - mark.width, max(0, 250 - mark.height - 20)))
    out = io.BytesIO()
    labelled.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def make_contact_sheet(panels: list[str], captions: list[str], language: str, label: str) -> bytes:
    """A grid of every shot's panel with its id and framing, for reviewers."""
    columns, thumb_w, thumb_h, pad, caption_h = 6, 216, 384, 12, 34
    rows = -(-len(panels) // columns)
    sheet = Image.new("RGB", (columns * (thumb_w + pad) + pad,
                              rows * (thumb_h + caption_h + pad) + pad + 80), (24, 24, 28))
    draw = ImageDraw.Draw(sheet)
    font = load_font(22, language)
    for index, (panel, caption) in enumerate(zip(panels, captions, strict=True)):
        x = pad + (index % columns) * (thumb_w + pad)
        y = 80 + pad + (index // columns) * (thumb_h + caption_h + pad)
        with Image.open(panel) as image:
            sheet.paste(image.convert("RGB").resize((thumb_w, thumb_h)), (x, y))
        draw.text((x, y + thumb_h + 4), caption, font=font, fill=(230, 230, 230))
    draw.text((pad, 24), label, font=load_font(48, language), fill=(255, 255, 255))
    out = io.BytesIO()
    sheet.save(out, "PNG", optimize=False)
    return out.getvalue()
