"""Period costumes (decision 0027): in a palace series every character wears a period
robe (a maid's plain robe, a court robe, a cross-collared robe) and period hair, in the
panels and on the reference sheets; a modern series keeps its bytes and request keys."""

from __future__ import annotations

import asyncio
import hashlib
import io

import numpy as np
import pytest
from PIL import Image

from microdrama.domain import Bible, Character
from microdrama.domain.storyboard import ShotCharacter
from microdrama.providers.base import PanelRequest, ReferenceRequest, SeriesRequest
from microdrama.providers.offline.painter.costume import design_for
from microdrama.providers.offline.painter.design import PERIOD_TIES, ROBE_KINDS
from microdrama.providers.offline.painter.provider import OfflinePainter
from microdrama.providers.offline.writer.cast import make_bible
from microdrama.providers.offline.writer.era import series_era

from .test_painter import request

#: The period kind each palace role's outfit text picks (its words: maid's, dragon…).
PALACE_KINDS = {"lead": "maid", "love": "court", "rival": "court", "elder": "court",
                "aide": "maid", "wildcard": "robe"}

#: sha256 (first 16 hex digits) of modern panels and sheets painted before period
#: costumes existed (commit e08eb20; /tmp/costume/baseline.py rendered 232 of them).
MODERN = {
    "office day eye WS": "54bdde3f6e3ce1b1",
    "staged point": "0e21aa98613427fc",
    "staged back": "43233e966348846b",
    "staged kneel bow": "7ee8b5d637c984f5",
    "sheet hazel": "9f1640e961614c52",
    "sheet rhys": "80e60cea1aed66d6",
}


@pytest.fixture(scope="module")
def palace() -> Bible:
    return make_bible(SeriesRequest(idea="冷宫里的废妃沈璃被皇后毒死，重生回到入宫那一天",
                                    language="zh", genre="auto", episodes=3, seed=1))


@pytest.fixture(scope="module")
def modern() -> Bible:
    return make_bible(SeriesRequest(idea="A maid is secretly the heiress of a rich family",
                                    language="en", genre="auto", episodes=3, seed=1))


def sheet(character: Character, era: str | None, w: int = 256, h: int = 384) -> np.ndarray:
    extra = {} if era is None else {"era": era}
    req = ReferenceRequest(character=character, identity="x", width=w, height=h, seed=3,
                           **extra)  # type: ignore[arg-type]
    data = asyncio.run(OfflinePainter().reference_sheet(req))
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(np.int32)


def test_a_palace_series_dresses_everyone_in_the_period_kind_their_words_pick(
        palace: Bible) -> None:
    assert series_era(palace) == "period"
    for c in palace.characters:
        d = design_for(c, "period")
        assert d.outfit.kind == PALACE_KINDS[c.role], (c.role, c.look.outfit, d.outfit.kind)
        assert d.hair.tie in PERIOD_TIES
        assert d.hair.tie == ("topknot" if c.gender == "male" else
                              "twin" if d.outfit.kind == "maid" else "chignon")
    love = next(c for c in palace.characters if c.role == "love")
    d = design_for(love, "period")
    assert d.outfit.motif == "dragon" and d.outfit.belt  # "golden dragon robe, jade belt"
    assert d.outfit.outer[0] > 200 and d.outfit.outer[2] < 100  # golden, from the words


@pytest.mark.parametrize(("outfit", "gender", "kind", "headwear"), [
    ("明黄龙袍，玉带", "male", "court", "guan"),
    ("绯色官服，乌纱帽", "male", "court", "gauze"),
    ("淡绿宫女服", "female", "maid", ""),
    ("皇后的凤冠霞帔", "female", "court", "phoenix"),
    ("青色长袍", "male", "robe", "guan"),
    ("a grey business suit", "male", "robe", "guan"),  # never a modern outfit in a period series
    ("a red cocktail dress", "female", "robe", ""),
])
def test_hand_written_outfits_in_either_language_pick_a_period_kind(
        modern: Bible, outfit: str, gender: str, kind: str, headwear: str) -> None:
    base = next(c for c in modern.characters if c.gender == gender)
    character = base.model_copy(update={"look": base.look.model_copy(update={"outfit": outfit})})
    d = design_for(character, "period")
    assert (d.outfit.kind, d.hair.headwear) == (kind, headwear)
    assert design_for(character, "modern").outfit.kind not in ROBE_KINDS


def _between_the_legs(img: np.ndarray, w: int, h: int) -> np.ndarray:
    """The sheet's centre column from the knees to the ankles (provider.sheet_png's frame)."""
    band = round(h * 0.1)
    scale = min((h - band - h * 0.03) / (0.85 + 6.75), w * 0.9 / 2.6)
    top = h * 0.03 + 0.85 * scale
    rows = slice(round(top + 4.3 * scale), round(top + 6.0 * scale))
    return img[rows, w // 2 - 1:w // 2 + 2]


def test_a_period_sheet_draws_one_robe_to_the_feet_not_trousers(palace: Bible) -> None:
    w, h = 256, 384
    for c in palace.characters:
        modern_img, period_img = sheet(c, None, w, h), sheet(c, "period", w, h)
        backdrop = modern_img[h // 2, 4]  # the plain backdrop beside the figure
        gap = np.abs(_between_the_legs(modern_img, w, h) - backdrop).sum(axis=2) < 20
        assert gap.any(), c.role  # modern trousers: the backdrop shows between the legs
        robe = np.abs(_between_the_legs(period_img, w, h) - backdrop).sum(axis=2) < 20
        assert not robe.any(), c.role  # a robe: one garment, no gap
        # the robe is wide: at the shins it covers more than the hips' width
        scale = min((h - round(h * 0.1) - h * 0.03) / 7.6, w * 0.9 / 2.6)
        y = round(h * 0.03 + 0.85 * scale + 5.6 * scale)
        covered = np.abs(period_img[y] - period_img[y, 4]).sum(axis=1) > 20
        assert covered.sum() > 1.2 * scale, c.role


def test_a_period_panel_draws_the_costume_in_every_staging(palace: Bible) -> None:
    cast = palace.characters
    for facing, pose in (("front", "stand"), ("back", "stand"), ("profile-left", "kneel")):
        req = request([(cast[0], "sad", "left"), (cast[1], "cold", "right")], framing="WS",
                      kind="mansion")
        req.shot.characters[0] = ShotCharacter(id=cast[0].id, expression="sad",
                                               position="left", facing=facing, pose=pose)
        painted = {era: _paint(req.model_copy(update={"era": era}))
                   for era in ("modern", "period")}
        assert painted["modern"] != painted["period"], facing


def _paint(req: PanelRequest) -> bytes:
    return asyncio.run(OfflinePainter().paint(req))


def test_modern_panels_and_sheets_keep_their_bytes(modern: Bible) -> None:
    hazel, rhys = modern.characters[0], modern.characters[1]
    got = {}
    req = request([(hazel, "angry", "left"), (rhys, "cold", "right")], framing="WS")
    got["office day eye WS"] = _paint(req)
    for name, facing, pose, gesture in (("staged point", "three-quarter-left", "stand", "point"),
                                        ("staged back", "back", "stand", "none"),
                                        ("staged kneel bow", "profile-right", "kneel", "bow")):
        req = request([(hazel, "sad", "left"), (rhys, "smiling", "right")], framing="WS",
                      kind="mansion")
        j = ["staged point", "staged back", "staged kneel bow"].index(name)
        stagings = [("three-quarter-left", "stand", "point"), ("back", "stand", "none"),
                    ("profile-right", "kneel", "bow"), ("front", "sit", "arms-crossed"),
                    ("profile-left", "stand", "hold"), ("three-quarter-right", "walk", "reach"),
                    ("back", "kneel", "none"), ("front", "stand", "cover-face"),
                    ("profile-right", "sit", "hand-on-chin"), ("front", "stand", "slap")]
        req.shot.characters[0] = ShotCharacter(id=hazel.id, expression="sad", position="left",
                                               facing=facing, pose=pose, gesture=gesture)
        req.shot.characters[1] = ShotCharacter(
            id=rhys.id, expression="smiling", position="right", facing="front",
            pose=stagings[(j + 3) % 10][1], gesture=stagings[(j + 5) % 10][2])
        got[name] = _paint(req)
    for c in (hazel, rhys):
        ref = ReferenceRequest(character=c, identity="x", width=256, height=384, seed=3)
        got[f"sheet {c.id}"] = asyncio.run(OfflinePainter().reference_sheet(ref))
    assert {k: hashlib.sha256(v).hexdigest()[:16] for k, v in got.items()} == MODERN


def test_a_modern_sheet_request_dumps_as_before_and_a_period_one_names_its_era(
        modern: Bible) -> None:
    c = modern.characters[0]
    plain = ReferenceRequest(character=c, identity="x", seed=3)
    assert "era" not in plain.model_dump()
    period = ReferenceRequest(character=c, identity="x", seed=3, era="period")  # type: ignore[call-arg]
    assert period.model_dump()["era"] == "period"
