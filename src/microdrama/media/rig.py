"""A panel's rig: its layers and each figure's face states, as one atlas PNG + a manifest.

A layered painter (the offline one; an AI painter with a mask) paints a shot as:

- the **background** (the set, opaque, the panel's size);
- one **figure** layer per character (premultiplied RGBA, cropped to what it covers);
- the **front** effects (premultiplied RGBA, cropped; absent when there are none);
- per figure, **sprites**: small premultiplied RGBA patches of its layer in another
  face state (``eyes:closed``, ``eyes:wide``, ``mouth:open``…), each covering exactly
  the pixels that state changes, and the boxes where the eyes and the mouth are (what
  tests measure). A rig without ``eyes:half`` gets it from the renderer: a cross-fade
  of the open and the shut eyes.

Stored as three files: the **colour** (a JPEG: the background on top, below it every
other piece's premultiplied colour packed in shelves), the **alpha** of those pieces (a
greyscale PNG, lossless) and the **manifest** (JSON) that says where each piece is. JPEG
at quality 95 with full-resolution chroma, because the picture is encoded by x264 after
this anyway and a JPEG writes and reads in a tenth of an RGBA PNG's time; the coverage,
which decides every edge, stays exact. Both images carry the AI label like every image.
Boxes are ``[x0, y0, x1, y1]`` in panel pixels, end exclusive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

Array = np.ndarray[Any, Any]
Box = tuple[int, int, int, int]
#: The manifest's format; a reader refuses others.
RIG_VERSION = 1
#: JPEG quality of the colour.
COLOUR_QUALITY = 95


@dataclass(frozen=True, eq=False)
class Piece:
    """A premultiplied RGBA patch (or an opaque RGB background) and where it sits."""

    box: Box
    image: Array


@dataclass(frozen=True, eq=False)
class FigureRig:
    """One character's layer and face states."""

    id: str
    index: int  # in the shot's character list
    layer: Piece
    head: tuple[float, float]  # head centre, panel pixels
    scale: float  # pixels per head height
    pivot: float  # y the figure breathes from (its feet, or the panel's bottom)
    eyes: Box | None = None
    mouth: Box | None = None
    sprites: dict[str, Piece] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class Rig:
    """Everything the segment renderer needs to move a panel's layers and faces."""

    width: int
    height: int
    background: Array  # RGB, height × width
    figures: list[FigureRig]
    front: Piece | None = None


def crop_box(rgba: Array, pad: int = 0) -> Box | None:
    """The box of the non-transparent pixels of an RGBA image (grown by ``pad``), or None."""
    # OpenCV's bounding box of the non-zero coverage: one pass, where numpy's any()
    # over the strided alpha channel takes several.
    x, y, w, h = cv2.boundingRect(cv2.extractChannel(rgba, 3))
    if w == 0 or h == 0:
        return None
    height, width = rgba.shape[:2]
    return (max(0, x - pad), max(0, y - pad), min(width, x + w + pad), min(height, y + h + pad))


# ---------------------------------------------------------------------------- writing


def _pack(sizes: list[tuple[int, int]], width: int) -> tuple[list[tuple[int, int]], int]:
    """Shelf packing: a place for each (w, h), tallest first, in rows ``width`` wide."""
    order = sorted(range(len(sizes)), key=lambda i: -sizes[i][1])
    places: list[tuple[int, int]] = [(0, 0)] * len(sizes)
    x = y = shelf = 0
    for i in order:
        w, h = sizes[i]
        if x + w > width:
            x, y, shelf = 0, y + shelf, 0
        places[i] = (x, y)
        x, shelf = x + w, max(shelf, h)
    return places, y + shelf


def encode_rig(rig: Rig) -> tuple[bytes, bytes, bytes]:
    """(colour JPEG, alpha PNG, manifest JSON) of a rig."""
    pieces: list[Array] = []
    if rig.front is not None:
        pieces.append(rig.front.image)
    for figure in rig.figures:
        pieces.append(figure.layer.image)
        pieces.extend(s.image for s in figure.sprites.values())
    sizes = [(p.shape[1], p.shape[0]) for p in pieces]
    places, height = _pack(sizes, rig.width)
    colour = np.zeros((rig.height + height, rig.width, 3), np.uint8)
    colour[:rig.height] = rig.background
    alpha = np.zeros((max(1, height), rig.width), np.uint8)
    for (x, y), piece in zip(places, pieces, strict=True):
        h, w = piece.shape[:2]
        colour[rig.height + y:rig.height + y + h, x:x + w] = piece[..., :3]
        alpha[y:y + h, x:x + w] = piece[..., 3]
    at = iter(places)

    def entry(piece: Piece) -> dict[str, Any]:
        return {"at": list(next(at)), "box": list(piece.box)}

    manifest: dict[str, Any] = {
        "version": RIG_VERSION, "width": rig.width, "height": rig.height,
        "front": entry(rig.front) if rig.front is not None else None,
        "figures": [],
    }
    for figure in rig.figures:
        manifest["figures"].append({
            "id": figure.id, "index": figure.index, "layer": entry(figure.layer),
            "head": [round(figure.head[0], 2), round(figure.head[1], 2)],
            "scale": round(figure.scale, 3), "pivot": round(figure.pivot, 2),
            "eyes": list(figure.eyes) if figure.eyes else None,
            "mouth": list(figure.mouth) if figure.mouth else None,
            "sprites": {name: entry(s) for name, s in figure.sprites.items()},
        })
    ok, jpeg = cv2.imencode(".jpg", cv2.cvtColor(colour, cv2.COLOR_RGB2BGR),
                            [cv2.IMWRITE_JPEG_QUALITY, COLOUR_QUALITY,
                             cv2.IMWRITE_JPEG_SAMPLING_FACTOR,
                             cv2.IMWRITE_JPEG_SAMPLING_FACTOR_444])
    ok2, png = cv2.imencode(".png", alpha, [cv2.IMWRITE_PNG_COMPRESSION, 1,
                                            cv2.IMWRITE_PNG_STRATEGY, cv2.IMWRITE_PNG_STRATEGY_RLE,
                                            cv2.IMWRITE_PNG_FILTER, cv2.IMWRITE_PNG_FILTER_PAETH])
    if not (ok and ok2):  # pragma: no cover - OpenCV only fails on impossible arrays
        raise RuntimeError("image encoding failed")
    return (jpeg.tobytes(), png.tobytes(),
            (json.dumps(manifest, indent=1) + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------- reading


def read_manifest(data: bytes) -> dict[str, Any]:
    """The manifest of a rig; ValueError when it is not one this version reads."""
    manifest: dict[str, Any] = json.loads(data)
    if manifest.get("version") != RIG_VERSION:
        raise ValueError(f"rig manifest version {manifest.get('version')!r}, "
                         f"expected {RIG_VERSION}")
    return manifest


def decode_rig(colour_jpeg: bytes, alpha_png: bytes, manifest_json: bytes) -> Rig:
    """The rig an ``encode_rig`` triple describes."""
    manifest = read_manifest(manifest_json)
    width, height = manifest["width"], manifest["height"]
    colour = cv2.imdecode(np.frombuffer(colour_jpeg, np.uint8), cv2.IMREAD_COLOR_RGB)
    alpha = cv2.imdecode(np.frombuffer(alpha_png, np.uint8), cv2.IMREAD_UNCHANGED)
    if colour is None or colour.shape[1] != width or colour.shape[0] < height:
        raise ValueError(f"the rig colour is not a {width}-wide image of at least {height} rows")
    if alpha is None or alpha.ndim != 2:
        raise ValueError("the rig alpha is not a greyscale PNG")

    def cut(entry: dict[str, Any]) -> Piece:
        x0, y0, x1, y1 = entry["box"]
        ax, ay = entry["at"]
        cover = np.ascontiguousarray(alpha[ay:ay + y1 - y0, ax:ax + x1 - x0])
        paint = colour[height + ay:height + ay + y1 - y0, ax:ax + x1 - x0]
        # Premultiplied colour never exceeds its coverage: JPEG noise where nothing is
        # drawn would otherwise light the whole box.
        channels = [cv2.min(np.ascontiguousarray(paint[..., c]), cover) for c in range(3)]
        return Piece((x0, y0, x1, y1), cv2.merge([*channels, cover]))

    figures = [
        FigureRig(
            id=f["id"], index=f["index"], layer=cut(f["layer"]), head=tuple(f["head"]),
            scale=f["scale"], pivot=f["pivot"],
            eyes=tuple(f["eyes"]) if f["eyes"] else None,
            mouth=tuple(f["mouth"]) if f["mouth"] else None,
            sprites={name: cut(s) for name, s in f["sprites"].items()},
        )
        for f in manifest["figures"]
    ]
    return Rig(width, height, np.ascontiguousarray(colour[:height]), figures,
               cut(manifest["front"]) if manifest["front"] else None)


# ---------------------------------------------------------------------------- from a mask


def rig_from_mask(panel: Array, mask: Array, *, feather: float = 1.0) -> Rig:
    """A rig for a panel painted by a model that also gave a mask of its characters
    (white where they are): the characters cut out as one figure layer, the set behind
    them filled in (OpenCV Telea inpainting, a little wider than the mask, so parallax
    never uncovers their ghosts). No face states: an AI panel's mouths and eyes stay as
    painted (a lip-sync provider makes them talk)."""
    height, width = panel.shape[:2]
    if mask.ndim == 3:
        mask = cv2.cvtColor(mask, cv2.COLOR_RGB2GRAY)
    if mask.shape != (height, width):
        mask = cv2.resize(mask, (width, height), interpolation=cv2.INTER_LINEAR)
    alpha = cv2.GaussianBlur(mask, (0, 0), feather) if feather > 0 else mask.copy()
    solid = (mask > 127).astype(np.uint8) * 255
    hole = cv2.dilate(solid, np.ones((9, 9), np.uint8))
    background = cv2.inpaint(panel, hole, 5, cv2.INPAINT_TELEA) if hole.any() else panel.copy()
    box = crop_box(np.dstack([panel, alpha]), pad=2)
    if box is None:
        return Rig(width, height, panel.copy(), [])
    x0, y0, x1, y1 = box
    cover = alpha[y0:y1, x0:x1]
    colour = (panel[y0:y1, x0:x1].astype(np.uint16) * cover[..., None] + 127) // 255
    layer = np.dstack([colour.astype(np.uint8), cover])
    rows = np.nonzero(solid.any(axis=1))[0]
    top = float(rows[0]) if rows.size else float(y0)
    scale = max(1.0, (height - top) / 7.0)  # a standing figure is about 7 heads tall
    cast = FigureRig(id="cast", index=0, layer=Piece(box, layer),
                     head=((x0 + x1) / 2, top + scale / 2), scale=scale, pivot=float(height))
    return Rig(width, height, background, [cast])
