"""The locale pack, [locales] in drama.toml, and locales/<L>.yaml read and written."""

from __future__ import annotations

from pathlib import Path

import espeakng_loader
import pytest
from PIL import ImageFont

from microdrama.domain.translation import LocaleTranslations, TranslationUnit
from microdrama.errors import InputError
from microdrama.formats.locales import (
    cue_capacity,
    known_locales,
    locale_facts,
    max_characters,
    pseudo_style,
)
from microdrama.formats.subtitle_profiles import load_profile
from microdrama.media.fonts import cjk_font_path
from microdrama.project.folder import Project, create_project, locale_file, settings_toml
from microdrama.project.translations import (
    load_translations,
    save_translations,
    translations_yaml,
)
from tests.conftest import make_settings

#: What issue 12 names, and the languages a series is written in.
REQUIRED = {"es", "pt-BR", "id", "th", "ja", "ko", "ar", "en", "zh", "qps-ploc"}


def _espeak_languages() -> set[str]:
    """Every ``language`` an espeak-ng voice file of the bundled data declares."""
    root = Path(espeakng_loader.get_data_path()) / "lang"
    found = set()
    for path in root.rglob("*"):
        if path.is_file():
            for row in path.read_text("utf-8", errors="replace").splitlines():
                parts = row.split()
                if len(parts) >= 2 and parts[0] == "language":
                    found.add(parts[1])
    return found


def test_the_pack_covers_the_issues_locales_with_what_a_build_needs() -> None:
    assert set(known_locales()) >= REQUIRED
    voices = _espeak_languages()
    for tag in known_locales():
        facts = locale_facts(tag, "en")
        assert facts.voice in voices, f"{tag}: espeak-ng has no voice {facts.voice}"
        profile = load_profile(facts.subtitles, vertical=True)  # raises if there is none
        assert profile.chars_per_line > 0
        assert facts.source and facts.name and facts.native
        assert facts.rtl == (tag == "ar")
    assert locale_facts("ar", "zh").fonts == "arabic" and locale_facts("th", "zh").fonts == "thai"
    assert locale_facts("ja", "zh").fonts == "cjk" and locale_facts("es", "zh").fonts == "latin"


def test_the_pseudo_locale_reads_sounds_and_is_set_like_the_series() -> None:
    for language in ("zh", "en"):
        pseudo, series = locale_facts("qps-ploc", language), locale_facts(language, language)
        assert (pseudo.subtitles, pseudo.voice, pseudo.fonts) == (
            series.subtitles, series.voice, series.fonts)
        assert pseudo.pseudo and not series.pseudo


def test_a_locale_is_found_ignoring_case_and_an_unknown_one_names_the_known() -> None:
    assert locale_facts("PT-br", "zh").tag == "pt-BR"
    with pytest.raises(InputError) as caught:
        locale_facts("tlh", "en")
    assert "locales.toml" in str(caught.value) and "pt-BR" in caught.value.fix


def test_every_pseudo_accent_is_drawn_by_the_bundled_font() -> None:
    faces = [ImageFont.truetype(str(cjk_font_path()), 40, index=i) for i in range(4)]

    def drawn(face: ImageFont.FreeTypeFont, ch: str) -> bool:
        missing = face.getmask("\U0010fffd")  # a private-use point no font draws: .notdef
        mask = face.getmask(ch)
        return (mask.size, bytes(mask)) != (missing.size, bytes(missing))

    for _, accent in pseudo_style().accents:
        assert all(drawn(face, accent) for face in faces), f"{accent!r} is drawn as a box"
    assert not drawn(faces[0], "\u0181")  # Ɓ: the check does see a missing glyph


def test_length_limit_of_a_translation() -> None:
    es = locale_facts("es", "en")
    one_cue = cue_capacity(load_profile("es", vertical=True))
    assert one_cue == 48  # 24 Latin characters × 2 lines, burned in
    assert max_characters("Short.", "en", es) == one_cue
    assert max_characters("x" * 60, "en", es) == 2 * one_cue  # two English cues → two
    # timed: Spanish reads 17 characters a second; the cue may linger 0.5 s past speech
    assert max_characters("Short.", "en", es, spoken_ms=4000) == 76
    assert max_characters("Short.", "en", es, spoken_ms=500) == one_cue
    ja = locale_facts("ja", "zh")
    assert max_characters("今天这笔账，我记下了。", "zh", ja) == 26


# --- [locales] in drama.toml ---------------------------------------------------------------


def _with_locales(project_dir: Path, table: str) -> Path:
    create_project(project_dir, make_settings())
    toml = project_dir / "drama.toml"
    toml.write_text(toml.read_text("utf-8") + "\n[locales]\n" + table + "\n", "utf-8")
    return toml


def test_locales_in_drama_toml(project_dir: Path) -> None:
    _with_locales(project_dir, 'targets = ["es", "pt-BR", "ar", "qps-ploc"]')
    settings = Project.open(project_dir).settings
    assert settings.locales.targets == ["es", "pt-BR", "ar", "qps-ploc"]
    assert '[locales]\ntargets = [\n    "es",' in settings_toml(settings)


@pytest.mark.parametrize("table, problem, fix", [
    ('targets = ["es", "PT-BR"]', "'PT-BR' is written 'pt-BR'", "BCP 47 tags"),
    ('targets = ["es", "es"]', "listed twice", "BCP 47 tags"),
    ('targets = ["español"]', "not a BCP 47 language tag", "BCP 47 tags"),
    ('targets = ["tlh"]', "knows no locale 'tlh'", "use one of ar, en, es"),
    ('targets = ["en"]', "'en' is the series language", "remove 'en'"),
])
def test_bad_locales_name_drama_toml_the_line_and_the_fix(project_dir: Path, table: str,
                                                         problem: str, fix: str) -> None:
    toml = _with_locales(project_dir, table)
    line = toml.read_text("utf-8").splitlines().index(table) + 1
    with pytest.raises(InputError) as caught:
        Project.open(project_dir)
    message = str(caught.value)
    assert f"drama.toml, line {line}, field locales.targets" in message
    assert problem in message and fix in caught.value.fix


# --- locales/<L>.yaml ----------------------------------------------------------------------


def _translations() -> LocaleTranslations:
    return LocaleTranslations(locale="es", names={"ivy": "Ivy"}, units={
        "ep001-sc01-l10": TranslationUnit(source="Yes.", target="Sí.", state="final"),
        "ep001-sc01-l02": TranslationUnit(source="No: never.", target="No: nunca.",
                                          state="translated"),
        "ep001-sc01-l03": TranslationUnit(source="Maybe?", target="¿Quizás?"),
    })


def test_translations_are_written_in_id_order_and_read_back(tmp_path: Path) -> None:
    model = _translations()
    assert save_translations(tmp_path, model)
    text = (tmp_path / locale_file("es")).read_text("utf-8")
    assert text == translations_yaml(model)
    assert text.index("ep001-sc01-l02") < text.index("ep001-sc01-l03") < text.index("l10")
    assert load_translations(tmp_path, "es") == model
    assert load_translations(tmp_path, "ar") is None


def test_unchanged_translations_are_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / locale_file("es")
    save_translations(tmp_path, _translations())
    path.write_text("# my notes\n" + path.read_text("utf-8"), "utf-8")
    before = path.read_bytes()
    assert not save_translations(tmp_path, _translations())
    assert path.read_bytes() == before


@pytest.mark.parametrize("edit, words", [
    (lambda t: t.replace("locale: es", "locale: ar"), "its name says 'es'"),
    (lambda t: t.replace("state: final", "state: done"), "field units.ep001-sc01-l10.state"),
    (lambda t: t.replace("target: ¿Quizás?\n    state: new", "target: ''\n    state: reviewed"),
     "needs a target text"),
])
def test_a_broken_translations_file_names_its_place(tmp_path: Path, edit, words) -> None:  # noqa: ANN001
    save_translations(tmp_path, _translations())
    path = tmp_path / locale_file("es")
    path.write_text(edit(path.read_text("utf-8")), "utf-8")
    with pytest.raises(InputError) as caught:
        load_translations(tmp_path, "es")
    assert "locales/es.yaml" in str(caught.value) and words in str(caught.value)
