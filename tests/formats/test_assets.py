"""User assets in a form they are not read in are named, not passed over
(formats/assets.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from microdrama.errors import InputError
from microdrama.formats.assets import character_picture, project_font, project_logo


@pytest.mark.parametrize(("name", "read"), [
    ("logo.jpg", lambda root: project_logo(root)),
    ("logo.WEBP", lambda root: project_logo(root)),
    ("characters/lead.jpeg", lambda root: character_picture(root, "lead")),
])
def test_a_picture_in_another_form_is_named_with_the_fix(tmp_path: Path, name: str,
                                                         read) -> None:  # noqa: ANN001
    path = tmp_path / "assets" / name
    path.parent.mkdir(parents=True)
    Image.new("RGB", (32, 32), "red").save(path, format="JPEG" if "jp" in name else "WEBP")
    with pytest.raises(InputError) as raised:
        read(tmp_path)
    assert raised.value.file == str(path) and "must be a PNG" in raised.value.problem
    assert path.with_suffix(".png").name in (raised.value.fix or "")


def test_a_web_font_is_named_with_the_fix(tmp_path: Path) -> None:
    font = tmp_path / "assets/fonts/house.woff2"
    font.parent.mkdir(parents=True)
    font.write_bytes(b"wOF2 not drawable")
    with pytest.raises(InputError) as raised:
        project_font(tmp_path)
    assert raised.value.file == str(font) and ".ttf" in (raised.value.fix or "")


def test_no_assets_is_no_error(tmp_path: Path) -> None:
    assert project_logo(tmp_path) is None and project_font(tmp_path) is None
    assert character_picture(tmp_path, "lead") is None
