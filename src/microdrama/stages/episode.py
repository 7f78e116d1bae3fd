"""episode: segments + mix → out/<lang>/epNNN.mp4 with the AI label and AIGC metadata.
sheet: panels → a cover image and a storyboard contact sheet for reviewers."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any, ClassVar

from PIL import Image, ImageDraw, ImageFont

from microdrama.domain import episode_id
from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import localized
from microdrama.engine.keys import cache_key
from microdrama.engine.provenance import signing, signing_key_inputs
from microdrama.formats.assets import project_font, project_logo
from microdrama.formats.locales import locale_facts
from microdrama.media.credentials import CredentialsError, manifest, read, sign
from microdrama.media.fonts import drawn_by, load_font, not_drawn, render_label
from microdrama.media.label import aigc_metadata, verify_aigc
from microdrama.media.mp4join import NotJoinable, join_mp4
from microdrama.media.video import (
    add_subtitle_track,
    concat_segments,
    frame_count,
    hold_last_frame,
    mux,
)
from microdrama.project import layout as paths
from microdrama.project.layout import label_text
from microdrama.stages.dubs import shares_picture, textless_series
from microdrama.stages.story import branching_numbers, is_segment, render_items, segment_shots
from microdrama.stages.timing import FPS, load_timeline
from microdrama.stages.translate import load_titles

PRODUCER = "microdrama"
#: Titles on a cover stay this far from either side (a long title is drawn smaller).
COVER_MARGIN = 60


class EpisodeStage(Stage):
    """Assemble, label and package each episode."""

    name: ClassVar[str] = "episode"
    version: ClassVar[int] = 2  # 2: joined by copying samples, not by ffmpeg (0038)
    after: ClassVar[tuple[str, ...] | None] = ("segment", "clean", "mix")
    description: ClassVar[str] = "segments + mix → labelled MP4 (and a locale's clean master)"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return localized(ctx, render_items(ctx))

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        if is_segment(parsed):
            return self._plan_segment(ctx, parsed)
        number, name, locale = parsed.number, parsed.episode, parsed.locale
        board, bible = ctx.storyboard(number), ctx.bible()
        if board is None or bible is None:
            raise Blocked("needs the storyboard")
        inputs: dict[str, str] = {}

        def shots(kind: str, where: Any, what: str) -> list[dict[str, str]]:
            """The episode's shots of one kind (segment or clean), as inputs."""
            found = []
            for shot in board.shots:
                digest = ctx.input(where(name, shot.id, locale))
                if digest is None:
                    raise Blocked(f"needs the {what} of {shot.id}")
                found.append({"shot": shot.id, "segment_hash": digest})
                inputs[f"{kind}:{shot.id}"] = digest
            return found

        soft = shares_picture(ctx, locale, number)
        # Over the series' textless picture (soft subtitles, 0039), the words go in a track.
        parts = (shots("clean", paths.clean_segment, "clean render") if soft
                 else shots("segment", paths.segment, "segment"))
        mix_hash = ctx.input(paths.mix(name, locale))
        if mix_hash is None:
            raise Blocked("needs the mix")
        inputs["mix"] = mix_hash
        language = bible.language
        payload: dict[str, Any] = {"parts": parts, "mix_hash": mix_hash, "language": language}
        outputs = {"video": paths.deliverable(locale or language, name, ".mp4")}
        if locale:
            payload["locale"] = locale
        if soft:
            srt = ctx.input(paths.deliverable(locale, name, ".srt"))
            if srt is None:
                raise Blocked("needs the subtitles")
            inputs["subtitles"] = srt
            payload["soft"] = {"srt_hash": srt,
                               "language": locale_facts(locale, language).language}
            payload["kind"] = "clean"
            series, dubbed = load_timeline(ctx, name), load_timeline(ctx, name, locale)
            if series is None or dubbed is None:
                raise Blocked("needs the timelines")
            hold = frame_count(dubbed.duration_ms, FPS) - frame_count(series.duration_ms, FPS)
            if hold > 0:  # the dub ends after the picture: its last frame is held
                payload["hold_frames"] = hold
        # (an interactive episode is planned as story segments: no master, no item here)
        if soft or locale or textless_series(ctx) and number not in branching_numbers(ctx):
            # and its clean master: the same sound under shots without words
            payload["clean"] = parts if soft else shots("clean", paths.clean_segment,
                                                        "clean render")
            outputs["master"] = paths.deliverable(locale or language, name, ".clean.mp4")
        key_inputs = {**payload, "mix": ""}
        signed: Any = signing(ctx)  # the user's certificate and key, or None: not signed
        if signed is not None:
            key_inputs = {**key_inputs, "signing": signing_key_inputs(signed)}
        key = cache_key(self.name, self.version, key_inputs)
        payload = {**payload, "signing": signed}
        payload["produce_id"] = f"{item.replace('/', '-')}-{key.split(':')[1][:16]}"
        return Work(stage=self.name, item=item, key=key, payload=payload, outputs=outputs,
                    inputs=inputs)

    def _plan_segment(self, ctx: BuildContext, parsed: ItemId) -> Work:
        """A story segment of an interactive episode: its shots and its own mix →
        out/<lang>/interactive/segments/<segment>.mp4, labelled and signed like an episode."""
        number, name, locale = parsed.number, parsed.episode, parsed.locale
        episode, board, bible = ctx.episode(number), ctx.storyboard(number), ctx.bible()
        if episode is None or board is None or bible is None:
            raise Blocked("needs the storyboard")
        shots = segment_shots(episode, board).get(parsed.local, [])
        if not shots:
            raise Blocked(f"{parsed.local} has no shots in the storyboard")
        parts = []
        inputs: dict[str, str] = {}
        for shot in shots:
            digest = ctx.input(paths.segment(name, shot, locale))
            if digest is None:
                raise Blocked(f"needs the segment of {shot}")
            parts.append({"shot": shot, "segment_hash": digest})
            inputs[f"segment:{shot}"] = digest
        mix_hash = ctx.input(paths.segment_mix(name, parsed.local, locale))
        if mix_hash is None:
            raise Blocked(f"needs the mix of {parsed.local}")
        inputs["mix"] = mix_hash
        payload: dict[str, Any] = {"parts": parts, "mix_hash": mix_hash,
                                   "language": bible.language, "segment": parsed.local}
        key_inputs = {**payload, "mix": "", **parsed.key_part()}
        signed: Any = signing(ctx)
        if signed is not None:
            key_inputs = {**key_inputs, "signing": signing_key_inputs(signed)}
        key = cache_key(self.name, self.version, key_inputs)
        payload = {**payload, "signing": signed,
                   "produce_id": f"{str(parsed).replace('/', '-')}-{key.split(':')[1][:16]}"}
        video = paths.story_segment(locale or bible.language, parsed.local)
        return Work(stage=self.name, item=str(parsed), key=key, payload=payload,
                    outputs={"video": video}, inputs=inputs)

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        name = work.item.replace("/", "-")
        with tempfile.TemporaryDirectory() as tmp:
            # Named .m4a: mux copies AAC audio by its name, re-encodes anything else.
            mix = work.input_copy("mix", Path(tmp), "mix.m4a")
            made = {"video": _assemble(work, p.get("kind", "segment"), p["parts"], mix,
                                       Path(tmp) / "video", p["produce_id"], p.get("signing"),
                                       name, soft=p.get("soft"))}
            if "clean" in p:
                made["master"] = _assemble(work, "clean", p["clean"], mix, Path(tmp) / "master",
                                           f"{p['produce_id']}-clean", p.get("signing"),
                                           f"{name}-clean")
            return Produced(made)


def _assemble(work: Work, kind: str, parts: list[dict[str, Any]], mix: Path, folder: Path,
              produce_id: str, plan: dict[str, Any] | None, title: str,
              soft: dict[str, Any] | None = None) -> bytes:
    """Concatenate the shots, mux the mix (and the ``soft`` subtitle track), label (and
    read it back), sign last."""
    folder.mkdir()
    joined, final = folder / "video.mp4", folder / "episode.mp4"
    metadata = aigc_metadata(PRODUCER, produce_id)
    shots = [work.input_path(f"{kind}:{part['shot']}") for part in parts]
    if work.payload.get("hold_frames"):
        held = folder / "held.mp4"
        hold_last_frame(shots[-1], held, frames=work.payload["hold_frames"], fps=FPS)
        shots.append(held)
    try:  # our shots' samples laid end to end, no shot decoded to probe it (0038)
        join_mp4(shots, mix, final, metadata={"AIGC": metadata})
    except NotJoinable:  # shots from elsewhere (another encoder): ffmpeg joins them
        concat_segments(shots, joined)
        mux(joined, mix, final, metadata={"AIGC": metadata})
    if soft is not None:  # the words as a text track the player draws
        tracked = folder / "subtitled.mp4"
        add_subtitle_track(final, work.input_path("subtitles"), tracked,
                           language=soft["language"], metadata={"AIGC": metadata})
        final = tracked
    verify_aigc(final, metadata)
    if plan:
        final = sign_last(final, folder / "signed.mp4", plan, title)
    return final.read_bytes()


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
    version: ClassVar[int] = 2  # 2: a long title is drawn smaller to stay on the cover
    after: ClassVar[tuple[str, ...] | None] = ("bible", "script", "panel", "translate")
    description: ClassVar[str] = "panels → cover image and storyboard contact sheet"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return localized(ctx, [episode_id(n) for n in ctx.episode_numbers()
                               if ctx.storyboard(n) is not None])

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        number = parsed.number
        board, bible, episode = ctx.storyboard(number), ctx.bible(), ctx.episode(number)
        if board is None or bible is None or episode is None:
            raise Blocked("needs the storyboard")
        if parsed.locale:
            return self._localized_cover(ctx, parsed, board.shots[0].id, bible.language)
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
        _cover_key_fallback(key_inputs, font)
        return Work(stage=self.name, item=item, key=cache_key(self.name, self.version, key_inputs),
                    payload=payload, outputs={
                        "cover": paths.deliverable(language, item, ".cover.jpg"),
                        "contact": paths.deliverable(language, item, ".contact.png"),
                    }, inputs=inputs)

    def _localized_cover(self, ctx: BuildContext, parsed: ItemId, first_shot: str,
                         series_language: str) -> Work:
        """A locale's cover: the same hook frame, its titles and label in the locale."""
        titles = load_titles(ctx, parsed.episode, parsed.locale)
        if not titles:
            raise Blocked(f"needs the {parsed.locale} translation of {parsed.episode}")
        facts = locale_facts(parsed.locale, series_language)
        digest = ctx.input(paths.panel(parsed.episode, first_shot))
        if digest is None:
            raise Blocked(f"needs the panel of {first_shot}")
        inputs = {f"panel:{first_shot}": digest}
        font, logo = project_font(ctx.project.root), project_logo(ctx.project.root)
        if font:
            inputs["font"] = ctx.input_file(font)
        if logo:
            inputs["logo"] = ctx.input_file(logo)
        payload = {"cover_only": True, "shots": [first_shot], "language": facts.subtitles,
                   "series": titles.get("series", ""), "title": titles.get(parsed.episode, ""),
                   "number": parsed.number, "locale": parsed.locale,
                   "label": label_text(facts.family)}
        key_inputs = {**payload, "panel": digest, "font": inputs.get("font", ""),
                      "logo": inputs.get("logo", "")}
        _cover_key_fallback(key_inputs, font)
        return Work(stage=self.name, item=str(parsed),
                    key=cache_key(self.name, self.version, key_inputs), payload=payload,
                    outputs={"cover": paths.deliverable(parsed.locale, parsed.episode,
                                                        ".cover.jpg")}, inputs=inputs)

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        panels = [str(work.input_path(f"panel:{shot}")) for shot in p["shots"]]
        if p.get("cover_only"):
            font = str(work.input_path("font")) if "font" in work.inputs else None
            logo = str(work.input_path("logo")) if "logo" in work.inputs else None
            return Produced({"cover": make_cover(
                Path(panels[0]).read_bytes(), p["series"], p["number"], p["title"],
                p["language"], p["label"], font_file=font, logo=logo)})
        font = str(work.input_path("font")) if "font" in work.inputs else None
        logo = str(work.input_path("logo")) if "logo" in work.inputs else None
        return Produced({
            "cover": make_cover(Path(panels[0]).read_bytes(), p["series"], p["number"],
                                p["title"], p["language"], p["label"], font_file=font, logo=logo),
            "contact": make_contact_sheet(panels,
                                          [d["caption"] for d in p["panels"]],
                                          p["language"], p["label"]),
        })


def cover_episode_text(number: int, title: str, language: str) -> str:
    """The cover's line under the series title."""
    return (f"第{number}集 {title}" if language == "zh" else
            f"Episode {number}: {title}" if language == "en" else f"EP {number} · {title}")


def _cover_key_fallback(key_inputs: dict[str, Any], font: Path | None) -> None:
    """Name in the cover's key the texts the user's font cannot draw (the built-in face
    draws them), only when there are any, so other keys stay as they were."""
    p = key_inputs
    missing = not_drawn(font, [p["series"], cover_episode_text(p["number"], p["title"],
                                                               p["language"]), p["label"]])
    if missing:
        key_inputs["fallback"] = missing


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
    room = width - 2 * COVER_MARGIN

    def fitted(text: str, size: int) -> ImageFont.FreeTypeFont:
        """The font at ``size``, smaller when ``text`` would run past the margins (the
        user's font when it draws every character of ``text``)."""
        face = drawn_by(font_file, text)
        font = load_font(size, language, face)
        wide = draw.textbbox((0, 0), text, font=font, stroke_width=4)[2]
        while wide > room and size > 12:
            size = max(12, min(size - 1, int(size * room / wide)))
            font = load_font(size, language, face)
            wide = draw.textbbox((0, 0), text, font=font, stroke_width=4)[2]
        return font

    episode_text = cover_episode_text(number, title, language)
    big, small = fitted(series, height // 18), fitted(episode_text, height // 30)
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
