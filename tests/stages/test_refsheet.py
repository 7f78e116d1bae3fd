"""Reference sheets and panels that carry them: real project folders, real PNGs."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from microdrama.cli import main
from microdrama.domain import Bible
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked
from microdrama.engine.store import Store, with_inputs
from microdrama.errors import InputError
from microdrama.project.folder import Project
from microdrama.providers.appearance import character_seed, identity_prompt
from microdrama.providers.base import PanelRequest
from microdrama.providers.offline.painter.provider import paint_png
from microdrama.stages.panel import PanelStage, with_absolute_paths
from microdrama.stages.refsheet import RefSheetStage
from tests.conftest import write_user_config
from tests.providers.fake_openai import FakeOpenAI, parse_multipart

KEY = "sk-refsheet-test-42"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-episode project built through the reference sheets (and storyboards)."""
    home = tmp_path_factory.mktemp("home")
    root = tmp_path_factory.mktemp("refsheet") / "drama"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        patch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
        assert main(["new", str(root), "--idea", "a maid's daughter is the real heiress",
                     "--lang", "en", "--episodes", "1", "--seconds", "30"]) == 0
        assert main(["build", str(root), "--until", "refsheet"]) == 0
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A private copy of the built project (tests may change it)."""
    return Path(shutil.copytree(built, tmp_path / "drama"))


def context(root: Path) -> BuildContext:
    return BuildContext(Project.open(root))


def bible_of(root: Path) -> Bible:
    bible = context(root).bible()
    assert bible is not None
    return bible


def shot_with_two(ctx: BuildContext) -> str:
    board = ctx.storyboard(1)
    assert board is not None
    return next(s.id for s in board.shots if len({c.id for c in s.characters}) >= 2)


# --- the refsheet stage -------------------------------------------------------------------


def test_the_offline_painter_draws_one_sheet_per_character(built: Path) -> None:
    bible = bible_of(built)
    for character in bible.characters:
        with Image.open(built / f"out/refs/{character.id}.png") as image:
            assert (image.format, image.size) == ("PNG", (1024, 1536))
            pixels = np.asarray(image.convert("RGB")).astype(np.int32)
        background = pixels[20, 20]
        figure = np.abs(pixels - background).sum(axis=2) > 60
        assert 0.05 < figure.mean() < 0.5, character.id  # a figure on a plain background
        assert figure[: 1536 // 2].any() and figure[1536 // 2 :].any()  # head to feet


def test_a_user_picture_wins_and_no_provider_is_called(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    character = bible_of(project).characters[1].id
    picture = project / "assets/characters" / f"{character}.png"
    picture.parent.mkdir(parents=True)
    Image.new("RGBA", (300, 400), (255, 0, 0, 255)).save(picture)
    work = RefSheetStage().plan(context(project), character)
    assert work.provider == "" and "request" not in work.payload
    capsys.readouterr()
    assert main(["build", str(project), "--until", "refsheet", "--json"]) == 0
    report = {s["stage"]: s["ran"] for s in json.loads(capsys.readouterr().out)["stages"]}
    assert report["refsheet"] == [character]  # only the one whose input changed
    assert (project / f"out/refs/{character}.png").read_bytes() == picture.read_bytes()


def test_a_jpeg_picture_is_stored_as_png(project: Path) -> None:
    character = bible_of(project).characters[0].id
    picture = project / "assets/characters" / f"{character}.png"
    picture.parent.mkdir(parents=True)
    Image.new("RGB", (200, 300), (0, 90, 200)).save(picture, "JPEG")
    ctx = context(project)
    work = with_inputs(RefSheetStage().plan(ctx, character), Store(ctx.project.cache_dir / "store"),
                       ctx.sources)
    produced = RefSheetStage.run(work)
    with Image.open(io.BytesIO(produced.blobs["sheet"])) as image:
        assert (image.format, image.size) == ("PNG", (200, 300))


def test_an_unreadable_picture_is_an_input_error_naming_it(project: Path) -> None:
    character = bible_of(project).characters[0].id
    picture = project / "assets/characters" / f"{character}.png"
    picture.parent.mkdir(parents=True)
    picture.write_bytes(b"not a picture")
    with pytest.raises(InputError) as caught:
        RefSheetStage().plan(context(project), character)
    assert str(picture) in str(caught.value) and "Fix:" in str(caught.value)


# --- panels carry the sheets ----------------------------------------------------------------


def test_panel_requests_carry_each_characters_sheet_identity_and_seed(built: Path) -> None:
    ctx = context(built)
    bible = bible_of(built)
    item = shot_with_two(ctx)
    work = PanelStage().plan(ctx, item)
    request = PanelRequest.model_validate(work.payload["request"])
    ids = list(dict.fromkeys(c.id for c in request.shot.characters))
    assert [r.character for r in request.references] == ids
    seeds = set()
    for ref in request.references:
        character = bible.character(ref.character)
        assert character is not None
        assert ref.path == f"out/refs/{ref.character}.png"
        data = (built / ref.path).read_bytes()
        assert ref.sha256 == hashlib.sha256(data).hexdigest()
        assert ref.identity == identity_prompt(character) and "#" not in ref.identity
        assert ref.seed == character_seed(1, ref.character)
        seeds.add(ref.seed)
    assert len(seeds) == len(ids)
    absolute = with_absolute_paths(request, built)
    assert all(Path(r.path).is_absolute() and Path(r.path).is_file()
               for r in absolute.references)


def test_the_seed_of_a_character_is_the_same_in_every_shot(built: Path) -> None:
    ctx = context(built)
    board = ctx.storyboard(1)
    assert board is not None
    seen: dict[str, set[int]] = {}
    for shot in board.shots:
        request = PanelRequest.model_validate(PanelStage().plan(ctx, shot.id).payload["request"])
        for ref in request.references:
            seen.setdefault(ref.character, set()).add(ref.seed)
    assert len(seen) >= 2 and all(len(seeds) == 1 for seeds in seen.values())


def test_a_panel_waits_for_a_missing_sheet(project: Path) -> None:
    ctx = context(project)
    item = shot_with_two(ctx)
    board = ctx.storyboard(1)
    assert board is not None
    missing = next(s for s in board.shots if s.id == item).characters[0].id
    (project / f"out/refs/{missing}.png").unlink()
    with pytest.raises(Blocked, match=f"reference sheet of {missing}"):
        PanelStage().plan(ctx, item)


def test_a_moved_project_keeps_its_panel_keys(built: Path, project: Path) -> None:
    item = shot_with_two(context(built))
    assert PanelStage().plan(context(built), item).key == PanelStage().plan(
        context(project), item).key


def test_the_offline_painter_ignores_references(built: Path) -> None:
    ctx = context(built)
    work = PanelStage().plan(ctx, shot_with_two(ctx))
    request = PanelRequest.model_validate(work.payload["request"]).model_copy(
        update={"width": 270, "height": 480})
    assert request.references
    assert paint_png(request) == paint_png(request.model_copy(update={"references": []}))


# --- end to end through the OpenAI images API ---------------------------------------------




def test_a_build_with_openai_images_sends_the_sheets_to_every_panel(
        project: Path, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    settings = project / "drama.toml"
    text = settings.read_text("utf-8").replace(
        'painter = "offline"', 'painter = "openai-compat:openai/gpt-image-1"')
    settings.write_text(text + '\n[providers.openai-compat]\nsize = "1024x1536"\n\n'
                        '[vendors.openai.prices]\n"gpt-image-1" = { per_image = 0.04 }\n',
                        "utf-8")
    write_user_config(f'[vendors.openai]\nbase_url = "{fake.base_url}"\n')
    fake.image((90, 30, 120), size=(256, 384), times=None)
    shutil.rmtree(project / "out/refs")
    capsys.readouterr()
    assert main(["build", str(project), "--until", "panel", "--json"]) == 0
    report = {s["stage"]: s["ran"] for s in json.loads(capsys.readouterr().out)["stages"]}
    bible, board = bible_of(project), context(project).storyboard(1)
    assert board is not None
    assert sorted(report["refsheet"]) == sorted(c.id for c in bible.characters)
    assert len(report["panel"]) == len(board.shots)
    generations = [r for r in fake.requests if r.path == "/v1/images/generations"]
    edits = [r for r in fake.requests if r.path == "/v1/images/edits"]
    sheets = [r for r in generations if "turnaround" in r.json["prompt"]]
    assert len(sheets) == len(bible.characters)
    with_people = [s for s in board.shots if s.characters]
    assert len(edits) == len(with_people) and len(generations) == len(fake.requests) - len(edits)
    sheet_bytes = {(project / f"out/refs/{c.id}.png").read_bytes() for c in bible.characters}
    for request in edits:
        form = parse_multipart(request.headers["content-type"], request.body)
        assert form.files and all(f.data in sheet_bytes for f in form.files)
    for shot in board.shots:
        with Image.open(project / f"out/panels/ep001/{shot.id}.png") as image:
            assert image.size == (1080, 1920)
