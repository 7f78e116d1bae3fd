"""The bundled CJK font, burned-in captions and the visible AI label, measured in pixels."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from microdrama.formats.subtitles import caption_layout, label_min_height
from microdrama.media import fonts
from microdrama.media.fonts import (
    FontMissingError,
    cjk_font_path,
    load_font,
    render_caption,
    render_label,
)


def _glyph(text: str, language: str, size: int = 120) -> np.ndarray:
    image = Image.new("L", (size * (len(text) + 1), size * 2), 0)
    ImageDraw.Draw(image).text(
        (size // 2, size // 2), text, font=load_font(size, language), fill=255
    )
    return np.asarray(image)


def _white_box(image: Image.Image) -> tuple[int, int, int, int]:
    """Bounding box (left, top, right, bottom) of the white text pixels."""
    pixels = np.asarray(image)
    white = (pixels[..., 0] > 200) & (pixels[..., 1] > 200) & (pixels[..., 3] > 200)
    ys, xs = np.nonzero(white)
    assert len(ys), "no white text drawn"
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def test_font_file_is_the_bundled_collection() -> None:
    path = cjk_font_path()
    assert path.suffix == ".ttc" and path.stat().st_size > 1_000_000


def test_missing_font_says_how_to_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "font_file_name", lambda: "NoSuchFont.ttc")
    fonts.cjk_font_path.cache_clear()
    try:
        with pytest.raises(FontMissingError, match="pip install noto-cjk-sans-otc"):
            fonts.cjk_font_path()
    finally:
        fonts.cjk_font_path.cache_clear()


def test_each_language_gets_its_own_face() -> None:
    assert load_font(40, "zh").getname()[0] == "Noto Sans CJK SC"
    assert load_font(40, "zh-CN").getname()[0] == "Noto Sans CJK SC"
    assert load_font(40, "zh-hant").getname()[0] == "Noto Sans CJK TC"
    assert load_font(40, "ja").getname()[0] == "Noto Sans CJK JP"
    assert load_font(40, "ko").getname()[0] == "Noto Sans CJK KR"
    assert load_font(40, "en").getname()[0] == "Noto Sans CJK SC"


def test_simplified_chinese_glyphs_differ_from_japanese() -> None:
    # 直 and 骨 are drawn differently in Chinese and Japanese typography.
    for char in "直骨":
        assert (_glyph(char, "zh") != _glyph(char, "ja")).sum() > 200
    assert (_glyph("中", "zh") != _glyph("中", "ja")).sum() < (
        _glyph("直", "zh") != _glyph("直", "ja")
    ).sum()


def test_ass_cell_size_matches_the_font() -> None:
    # ASS Fontsize is the font's ascent + descent; the pack stores that ratio for ASS.
    ascent, descent = load_font(1000, "zh").getmetrics()
    layout = caption_layout()
    assert abs((ascent + descent) / 1000 - layout.ass_font_size / layout.text_px) < 0.02


def test_caption_draws_chinese_in_the_lower_band() -> None:
    image = render_caption("中文字幕", language="zh")
    layout = caption_layout()
    assert image.mode == "RGBA" and image.size == (1080, 1920)
    left, top, right, bottom = image.getbbox() or (0, 0, 0, 0)
    assert right > left and bottom > top
    assert left >= layout.band_left and right <= layout.band_right
    assert bottom <= layout.band_bottom and top > 1920 // 2
    white = _white_box(image)
    assert 0.8 * layout.text_px <= white[3] - white[1] <= 1.05 * layout.text_px
    assert abs((white[0] + white[2]) / 2 - layout.center_x) <= 3
    corner = np.asarray(image)[:200, :200, 3]
    assert corner.max() == 0  # the rest of the frame stays transparent


def test_caption_two_lines_stack_upwards_and_latin_works() -> None:
    one = _white_box(render_caption("Lin Xia, stop right there", language="en"))
    two = _white_box(
        render_caption("Lin Xia, stop right there\nor you will regret it", language="en")
    )
    assert abs(two[3] - one[3]) <= 12  # same bottom band (descenders differ)
    assert two[1] < one[1] - caption_layout().text_px


def test_caption_too_wide_is_shrunk_to_fit() -> None:
    image = render_caption("一二三四五六七八九十一二三四五六七八九十", language="zh")
    layout = caption_layout()
    left, _top, right, _bottom = image.getbbox() or (0, 0, 0, 0)
    assert left >= layout.band_left and right <= layout.band_right


def test_caption_size_override_and_empty_text() -> None:
    big = _white_box(render_caption("中", language="zh", size=96))
    assert big[3] - big[1] >= 80
    assert render_caption("  \n ", language="zh").getbbox() is None


@pytest.mark.parametrize("text", ["AI生成", "AI-generated", "AI"])
def test_label_glyphs_meet_the_five_percent_rule(text: str) -> None:
    image = render_label(text, width=1080, height=1920)
    need = label_min_height(1080, 1920)
    assert need == 54
    left, top, right, bottom = _white_box(image)
    # "AI" alone measures the capital height: the smallest glyphs that carry the rule.
    assert bottom - top >= need
    layout = caption_layout()
    assert left >= layout.safe.left and top >= layout.safe.top
    assert right <= 1080 - layout.safe.right and bottom < 1920 // 4


def test_label_scales_with_the_frame() -> None:
    image = render_label("AI", width=720, height=1280)
    _left, top, _right, bottom = _white_box(image)
    assert bottom - top >= label_min_height(720, 1280) == 36


def test_the_record_number_sits_under_the_label_inside_the_safe_zone() -> None:
    plain = render_label("AI生成", width=1080, height=1920)
    card = render_label("AI生成", width=1080, height=1920, sub="网微剧备字(2026)第00001号")
    _l, top, _r, label_bottom = _white_box(plain)
    left, card_top, right, card_bottom = _white_box(card)
    assert card_top == top and card_bottom > label_bottom + 20  # a second line, below
    below = np.asarray(card)[label_bottom + 2:, :, 3]
    assert below.max() == 255  # drawn, not just transparent space
    layout = caption_layout()
    assert left >= layout.safe.left and right <= 1080 - layout.safe.right
    assert card_bottom < 1920 // 4


@pytest.fixture(scope="module")
def latin_only(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A user's font with Latin letters only: the built-in face cut to ASCII."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    face = TTFont(str(cjk_font_path()), fontNumber=0)
    cutter = subset.Subsetter()
    cutter.populate(unicodes=range(0x20, 0x7F))
    cutter.subset(face)
    path = tmp_path_factory.mktemp("fonts") / "latin.otf"
    face.save(str(path))
    return str(path)


def test_text_a_users_font_cannot_draw_is_drawn_by_the_built_in_face(latin_only: str) -> None:
    """A Latin-only house font draws Latin words; Chinese captions and the AI label fall
    back to the built-in face instead of empty boxes (the label is required by law)."""
    assert fonts.drawn_by(latin_only, "Run, Mara!") == latin_only
    assert fonts.drawn_by(latin_only, "快跑") is None and fonts.drawn_by(None, "x") is None
    caption = np.asarray(render_caption("你别想再骗我", language="zh", font_file=latin_only))
    assert np.array_equal(caption, np.asarray(render_caption("你别想再骗我", language="zh")))
    label = np.asarray(render_label("AI生成", width=1080, height=1920, font_file=latin_only))
    assert np.array_equal(label, np.asarray(render_label("AI生成", width=1080, height=1920)))


def test_the_texts_a_users_font_cannot_draw_are_named(latin_only: str) -> None:
    """What the render keys carry: only the texts that changed face, none without a font."""
    assert fonts.not_drawn(latin_only, ["Run!", "AI生成", " ", "你好"]) == ["AI生成", "你好"]
    assert fonts.not_drawn(None, ["你好"]) == []
    assert fonts.not_drawn(str(cjk_font_path()), ["AI生成", "Run!"]) == []
