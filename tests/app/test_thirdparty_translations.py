"""What CAT tools give back, imported into a real project: the files under
tests/data/exchange/thirdparty/ (written by hand in the manner of Trados Studio, memoQ,
Okapi/OmegaT, Phrase, Poedit, Weblate and hand-rolled exporters; see the README there),
and files that translate-toolkit itself writes (the library behind Weblate, Virtaal and
po2xliff/xliff2po). Each test asserts the exact text and state imported per line id and
what the report says of every unit not taken."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from translate.convert.po2xliff import po2xliff
from translate.convert.xliff2po import xliff2po
from translate.storage import factory, pypo, xliff2

from microdrama.app import (
    InputError,
    TranslationExportRequest,
    TranslationImportRequest,
    TranslationImportResult,
    export_translation,
    import_translation,
)
from microdrama.cli import main
from microdrama.project.translations import load_translations
from tests.conftest import copy_project, isolated_config

DATA = Path(__file__).parent.parent / "data" / "exchange" / "thirdparty"
LINES = {
    "ep001-sc01-l01": "You kept the key all these years?",
    "ep001-sc01-l02": "I kept everything you left behind.",
    "ep001-sc01-l03": "Then give it back & walk away.",
    "ep001-sc01-l04": 'Say "please" first. Then we\'ll talk.',
    "ep002-sc01-l01": "Mara, the lamp has been dark for ten years.",
    "ep002-sc01-l02": "Because someone wanted it dark.",
    "ep002-sc01-l03": "No.",
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The Lighthouse Key, made by the CLI as a user would: `new`, our own series.yaml,
    `import-script` of our own screenplay (ids kept), and three target locales. No stage
    runs: importing translations needs only the scripts."""
    base = tmp_path_factory.mktemp("lighthouse")
    root = base / "drama"
    with isolated_config(base / "home"):
        assert main(["new", str(root), "--idea", "A woman comes back to an island for the "
                     "key of her brother's lighthouse.", "--lang", "en", "--episodes", "2",
                     "--seconds", "30"]) == 0
        (root / "series.yaml").write_bytes((DATA / "series.yaml").read_bytes())
        assert main(["import-script", str(DATA / "lighthouse.fountain"), "--into",
                     str(root)]) == 0
    with (root / "drama.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[locales]\ntargets = ["es", "pt-BR", "ja"]\n')
    yield root


@pytest.fixture
def project(template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    capsys.readouterr()
    return copy_project(template, tmp_path / "drama")


def _import(path: Path, root: Path) -> TranslationImportResult:
    return import_translation(TranslationImportRequest(file=path, into=root))


def _stored(root: Path, locale: str) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """locales/<locale>.yaml as {line id: (target, state)} and its titles."""
    model = load_translations(root, locale)
    assert model is not None
    for ident, unit in model.units.items():
        assert unit.source == LINES[ident]  # never a tool's view of the source
    return {i: (u.target, u.state) for i, u in model.units.items()}, dict(model.titles)


#: Per fixture: the locale, what locales/<locale>.yaml holds after the import (line id →
#: (text, state)), its titles, the drafts the report names (id → what the file said),
#: the units without text, the lines missing, and words each notice must hold.
CASES = {
    "trados-studio.xlf": dict(
        locale="es",
        units={
            "ep001-sc01-l01": ("¿Guardaste la llave todos estos años?", "reviewed"),
            "ep001-sc01-l02": ("Guardé todo lo que", "new"),
            "ep001-sc01-l03": ("Entonces devuélvela y vete.", "translated"),
            "ep001-sc01-l04": ("Di «por favor» primero. Luego hablamos.", "translated"),
            "ep002-sc01-l01": ("Mara, la lámpara lleva diez años apagada.", "translated"),
            "ep002-sc01-l03": ("No.", "translated"),
        },
        titles={"ep001": "La llave"},
        drafts={"ep001-sc01-l02": "sdl:conf Draft",
                "series-title": "sdl:conf RejectedTranslation"},
        untranslated=(), missing=("ep002-sc01-l02",),
        notices=["es-ES: imported into the project's es"]),
    "memoq.xlf": dict(
        locale="pt-BR",
        units={
            "ep001-sc01-l01": ("Você guardou a chave todos esses anos?", "translated"),
            "ep001-sc01-l02": ("Eu guardei tudo o que você deixou para trás.", "translated"),
            "ep001-sc01-l03": ("Então devolva e caminhe embora.", "new"),
            "ep001-sc01-l04": ('Diga "por favor" primeiro. Depois a gente conversa.',
                               "translated"),
            "ep002-sc01-l01": ("Mara, a lâmpada está escura faz dez anos.", "new"),
            "ep002-sc01-l02": ("Porque alguém a queria apagada.", "reviewed"),
        },
        titles={"ep002": "A lâmpada"},
        drafts={"ep002-sc01-l01": "mq:status Pretranslated",
                "ep001-sc01-l03": "mq:status Rejected"},
        # its <alt-trans> holds a TM match "Não.": a suggestion, never the answer
        untranslated=("ep002-sc01-l03",), missing=(), notices=[]),
    "okapi-omegat.xlf": dict(
        locale="ja",
        units={
            "ep001-sc01-l01": ("ずっと鍵を持っていたの？", "translated"),
            "ep001-sc01-l02": ("君が置いていったものは全部取ってある。", "reviewed"),
            "ep001-sc01-l03": ("なら返して&出ていって。", "new"),
            "ep001-sc01-l04": ('まず"お願い"と言え。話はそれからだ。', "translated"),
            "ep002-sc01-l01": ("マーラ、灯りはもう十年も消えたままだ。", "reviewed"),
            "ep002-sc01-l02": ("誰かが消しておきたかったからよ。", "translated"),
        },
        titles={"series": "灯台の鍵"},
        drafts={"ep001-sc01-l03": "needs-review-translation",
                "ep001-title": "state-qualifier rejected-inaccurate",
                "ep002-sc01-l03": "the source copied, no state (the source repeated: not kept)"},
        untranslated=(), missing=(), notices=[]),
    "no-namespace.xlf": dict(
        locale="es",
        units={
            "ep001-sc01-l01": ("¿Guardaste la llave todos estos años?", "final"),
            "ep001-sc01-l02": ("Guardé todo lo que dejaste atrás.", "reviewed"),
            "ep001-sc01-l03": ("Entonces devuélvela  y vete.", "reviewed"),
            "ep002-sc01-l01": ("Mara, la lámpara", "new"),
            "ep002-sc01-l02": ("Porque alguien la quería apagada.", "new"),
            "ep002-sc01-l03": ("No.", "translated"),
        },
        titles={"ep001": "La llave"},
        drafts={"ep002-sc01-l02": "new", "ep002-sc01-l01": "needs-translation",
                "series-title": "needs-review-translation"},
        untranslated=("ep002-title", "ep001-sc01-l04"), missing=(),
        notices=["no namespace, read as XLIFF 1.2",
                 "x-reviewed-by-client is a tool's own state value: read as no state "
                 "(units ep001-title)"]),
    "utf16.xlf": dict(
        locale="es",
        units={
            "ep001-sc01-l01": ("¿Guardaste la llave todos estos años?", "translated"),
            "ep001-sc01-l02": ("Guardé todo lo que dejaste atrás.", "translated"),
            "ep001-sc01-l03": ("Entonces devuélvela y vete.", "translated"),
            "ep001-sc01-l04": ("Di «por favor» primero. Luego hablamos.", "translated"),
        },
        titles={}, drafts={}, untranslated=(), missing=(), notices=[]),
    "phrase.xliff": dict(
        locale="es",
        units={
            "ep001-sc01-l01": ("¿Guardaste la llave todos estos años?", "translated"),
            "ep001-sc01-l02": ("Guardé todo lo que dejaste atrás.", "translated"),
            "ep001-sc01-l03": ("Entonces devuélvela & vete.", "final"),
            "ep001-sc01-l04": ('Di "por favor" primero. Luego hablamos.', "translated"),
            "ep002-sc01-l01": ("Mara, la lámpara lleva diez años apagada.", "translated"),
            "ep002-sc01-l02": ("Porque alguien la quería apagada.", "new"),
            "ep002-sc01-l03": ("No.", "translated"),
        },
        titles={"ep001": "La llave", "ep002": "La lámpara"},
        drafts={"series-title": "initial", "ep002-sc01-l02": "no state (initial)"},
        untranslated=(), missing=(), notices=["es-419: imported into the project's es"]),
    "okapi-xliff2.xliff": dict(
        locale="ja",
        units={
            "ep001-sc01-l01": ("ずっと鍵を持っていたの？", "final"),
            "ep001-sc01-l02": ("君が置いていったものは全部取ってある。", "translated"),
            "ep001-sc01-l04": ('まず"お願い"と言え。', "new"),
            "ep002-sc01-l01": ("マーラ、灯りはもう十年も消えたままだ。", "reviewed"),
            "ep002-sc01-l03": ("いや。", "translated"),
        },
        titles={}, drafts={"ep001-sc01-l04": "a segment without a target"},
        untranslated=(), missing=("ep001-sc01-l03", "ep002-sc01-l02"), notices=[]),
    "poedit.po": dict(
        locale="es",
        units={
            "ep001-sc01-l01": ("¿Guardaste la llave todos estos años?", "translated"),
            "ep001-sc01-l02": ("Guardé todo.", "new"),
            "ep001-sc01-l04": ('Di "por favor" primero. Luego hablamos.', "translated"),
            "ep002-sc01-l01": ("Mara, la lámpara lleva diez años apagada.", "translated"),
            "ep002-sc01-l03": ("No.", "translated"),
        },
        titles={"ep001": "La llave"},
        drafts={"ep001-sc01-l02": "fuzzy", "series-title": "fuzzy"},
        untranslated=("ep001-sc01-l03",), missing=("ep002-sc01-l02",),
        notices=["es_ES: imported into the project's es",
                 "2 entries marked obsolete (#~) ignored: ep002-sc01-l02, ep002-sc01-l09"]),
    "latin1-plural.po": dict(
        locale="pt-BR",
        units={
            "ep001-sc01-l01": ("Você guardou a chave todos esses anos?", "translated"),
            "ep001-sc01-l02": ("Eu guardei tudo o que você deixou para trás.", "translated"),
            "ep001-sc01-l03": ("Então devolva e vá embora.", "translated"),
            "ep001-sc01-l04": ('Diga "por favor" primeiro.', "new"),
            "ep002-sc01-l03": ("Não.", "translated"),
        },
        titles={"ep002": "A lâmpada"},
        drafts={"ep001-sc01-l04": "fuzzy"},
        untranslated=(), missing=("ep002-sc01-l01", "ep002-sc01-l02"),
        notices=["1 entry with plural forms (msgid_plural) skipped — a line has one "
                 "translation: ep002-sc01-l02"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_file_a_cat_tool_gave_back_imports_every_translation_and_reports_the_rest(
        project: Path, name: str) -> None:
    case = CASES[name]
    result = _import(DATA / name, project)
    assert result.locale == case["locale"]
    assert result.written
    units, titles = _stored(project, case["locale"])
    assert units == case["units"]
    assert titles == case["titles"]
    assert result.drafts == case["drafts"]
    assert result.untranslated == case["untranslated"]
    assert result.missing == case["missing"]
    assert result.extra == () and result.stale == () and result.kept == ()
    assert len(result.notices) == len(case["notices"])
    for notice, words in zip(result.notices, case["notices"], strict=True):
        assert words in notice
    # What the report calls not translated is what the build will not use.
    translated = {i for i, (_, state) in case["units"].items() if state != "new"}
    assert set(result.coverage.missing) == set(LINES) - translated
    # What was imported goes out again and comes back with nothing to change, in every
    # format.
    for fmt in ("xliff2", "xliff", "po"):
        again = export_translation(TranslationExportRequest(
            directory=project, locale=case["locale"], format=fmt))
        assert again.target is not None
        assert not _import(again.target, project).written, fmt


def test_the_report_the_cli_prints_names_each_decision(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-translation", str(DATA / "trados-studio.xlf"),
                 "--into", str(project)]) == 0
    printed = capsys.readouterr().out
    assert "XLIFF 1.2 into es: changed 7 units" in printed
    assert "note: the file translates into es-ES: imported into the project's es" in printed
    assert "drafts, not taken as translations (2;" in printed
    assert "sdl:conf Draft: ep001-sc01-l02" in printed
    assert "sdl:conf RejectedTranslation: series-title" in printed
    assert "missing (lines the file lacks): ep002-sc01-l02" in printed
    assert "es now: 2 lines untranslated" in printed  # the draft and the missing line
    assert main(["import-translation", str(DATA / "poedit.po"), "--into", str(project),
                 "--json", "--dry-run"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["drafts"] == {"ep001-sc01-l02": "fuzzy", "series-title": "fuzzy"}
    assert any("marked obsolete (#~) ignored" in n for n in report["notices"])
    assert report["untranslated"] == ["ep001-sc01-l03"] and report["written"] is False


def test_a_draft_never_replaces_the_cover_title(project: Path) -> None:
    """A title has no draft to keep: a fuzzy or rejected one is reported and the title
    the locale has stays."""
    _import(DATA / "utf16.xlf", project)  # a first import: es exists, no titles
    result = _import(DATA / "poedit.po", project)
    assert result.drafts["series-title"] == "fuzzy"
    assert "series" not in _stored(project, "es")[1]


# --- files a tool renumbered or stripped of ids -------------------------------------------


def test_a_bilingual_working_file_with_its_own_ids_is_refused_with_the_fix(
        project: Path) -> None:
    with pytest.raises(InputError) as caught:
        _import(DATA / "bilingual-own-ids.sdlxliff", project)
    error = caught.value
    assert error.file == str(DATA / "bilingual-own-ids.sdlxliff")
    assert "none of the file's 2 unit ids is a line id" in error.problem
    assert error.where.startswith("line 10, unit 0b7f3c2a")
    assert ".sdlxliff" in error.fix and "export the translated document" in error.fix
    assert not (project / "locales").exists()


def _export(root: Path, fmt: str, locale: str = "es") -> Path:
    result = export_translation(TranslationExportRequest(directory=root, locale=locale,
                                                         format=fmt))
    assert result.target is not None
    return result.target


def test_translate_toolkits_po2xliff_output_is_named_for_what_it_is(project: Path) -> None:
    """po2xliff (translate-toolkit, Virtaal's converter) writes XLIFF 1.1 and numbers its
    units: the file is read, and refused for its ids, not for its namespace."""
    store = pypo.pofile(_export(project, "po").read_bytes())
    path = project / "es-po2xliff.xlf"
    path.write_bytes(po2xliff().convertstore(store, None))
    assert 'xmlns="urn:oasis:names:tc:xliff:document:1.1"' in path.read_text("utf-8")
    with pytest.raises(InputError) as caught:
        _import(path, project)
    assert "unit ids is a line id" in caught.value.problem
    assert "po2xliff" in caught.value.fix


def test_translate_toolkits_xliff2po_output_says_the_ids_are_lost(project: Path) -> None:
    path = project / "es-xliff2po.po"
    path.write_bytes(bytes(xliff2po().convertstore(_export(project, "xliff").read_bytes())))
    with pytest.raises(InputError) as caught:
        _import(path, project)
    assert "no msgctxt" in caught.value.problem
    assert caught.value.where.startswith("line ")
    assert "xliff2po" in caught.value.fix and "--format po" in caught.value.fix


# --- what translate-toolkit writes (Weblate's and Virtaal's library) ----------------------


@pytest.mark.parametrize("fmt", ["xliff", "xliff2", "po"])
def test_a_file_translate_toolkit_saved_imports_with_its_states(project: Path, fmt: str) -> None:
    """Load our export with translate-toolkit, translate as Weblate does (set the target,
    mark it approved or fuzzy), save it with the toolkit, import."""
    path = _export(project, fmt)
    store = (xliff2.Xliff2File.parsefile(str(path)) if fmt == "xliff2"
             else factory.getobject(str(path)))
    entries = {(u.getcontext() if fmt == "po" else u.getid().rpartition("\x04")[2]): u
               for u in store.units if not u.isheader()}
    entries["ep001-sc01-l01"].target = "¿Guardaste la llave todos estos años?"
    entries["ep001-sc01-l01"].markfuzzy(False)
    entries["ep001-sc01-l02"].target = "Guardé todo."
    entries["ep001-sc01-l02"].markfuzzy(True)
    entries["ep002-sc01-l03"].target = "No."
    entries["ep002-sc01-l03"].markfuzzy(False)
    path.write_bytes(bytes(store))
    if fmt == "xliff":  # the toolkit says a target is no longer fuzzy with approved="yes"
        assert path.read_text("utf-8").count('approved="yes"') == 2
    result = _import(path, project)
    units, _ = _stored(project, "es")
    assert units == {"ep001-sc01-l01": ("¿Guardaste la llave todos estos años?", "translated"),
                     "ep001-sc01-l02": ("Guardé todo.", "new"),
                     "ep002-sc01-l03": ("No.", "translated")}
    assert set(result.drafts) == {"ep001-sc01-l02"}
    assert result.missing == () and result.extra == ()


# --- files that cannot be taken: a clear error, nothing written ---------------------------


def test_a_line_break_in_a_po_translation_names_the_line_and_entry(project: Path) -> None:
    _import(DATA / "poedit.po", project)
    before = (project / "locales" / "es.yaml").read_bytes()
    path = project / "broken.po"
    text = (DATA / "poedit.po").read_bytes().replace(
        b'msgstr "Mara, la l\xc3\xa1mpara', b'msgstr "Mara,\\nla l\xc3\xa1mpara')
    path.write_bytes(text)
    with pytest.raises(InputError) as caught:
        _import(path, project)
    assert caught.value.where == 'line 59, entry msgctxt "ep002-sc01-l01"'  # where it begins
    assert "line break" in caught.value.problem
    assert (project / "locales" / "es.yaml").read_bytes() == before


@pytest.mark.parametrize("change, problem, where", [
    ((b"charset=ISO-8859-1", b"charset=KLINGON-8"), "unknown charset 'KLINGON-8'",
     "header, Content-Type"),
    ((b"charset=ISO-8859-1", b"charset=UTF-8"), "not UTF-8 as its header says", "line 19"),
])
def test_a_po_in_another_charset_than_it_says_is_refused_naming_the_line(
        project: Path, change: tuple[bytes, bytes], problem: str, where: str) -> None:
    path = project / "wrong.po"
    path.write_bytes((DATA / "latin1-plural.po").read_bytes().replace(*change))
    with pytest.raises(InputError) as caught:
        _import(path, project)
    assert problem in caught.value.problem and caught.value.where == where
    assert "UTF-8" in caught.value.fix
    assert not (project / "locales").exists()


def test_a_region_the_project_does_not_have_of_another_language_is_refused(
        project: Path) -> None:
    path = project / "pt-PT.xliff"
    path.write_text((DATA / "phrase.xliff").read_text("utf-8").replace(
        'trgLang="es-419"', 'trgLang="pt-PT"'), "utf-8")
    with pytest.raises(InputError) as caught:
        _import(path, project)
    assert "'pt-PT' is not a locale of this project" in caught.value.problem
    assert not (project / "locales").exists()


@pytest.mark.parametrize(("language", "targets", "locale"), [
    # Poedit and Weblate name Traditional Chinese by its region: zh_TW, zh_HK are
    # written in Hant (CLDR likely subtags), the project's zh-Hant, never its zh.
    ("zh_TW", '["zh", "zh-Hant"]', "zh-Hant"),
    ("zh_HK", '["zh-Hant", "zh"]', "zh-Hant"),
    ("zh-Hant-TW", '["zh", "zh-Hant"]', "zh-Hant"),
    ("zh_CN", '["zh-Hant", "zh"]', "zh"),
    ("zh-Hans", '["zh-Hant", "zh"]', "zh"),
])
def test_a_chinese_region_imports_into_the_locale_of_its_script(
        project: Path, language: str, targets: str, locale: str) -> None:
    toml = project / "drama.toml"
    toml.write_text(re.sub(r"targets = \[.*\]", f"targets = {targets}",
                           toml.read_text("utf-8")), "utf-8")
    path = project / "zh.po"
    path.write_bytes((DATA / "poedit.po").read_bytes().replace(
        b"Language: es_ES", f"Language: {language}".encode()))
    result = _import(path, project)
    assert result.locale == locale
    assert f"the file translates into {language}: imported into the project's {locale}" in (
        result.notices)


def test_traditional_chinese_is_not_taken_into_a_simplified_locale(project: Path) -> None:
    toml = project / "drama.toml"
    toml.write_text(re.sub(r"targets = \[.*\]", 'targets = ["zh"]',
                           toml.read_text("utf-8")), "utf-8")
    path = project / "zh.po"
    path.write_bytes((DATA / "poedit.po").read_bytes().replace(
        b"Language: es_ES", b"Language: zh_TW"))
    with pytest.raises(InputError) as caught:
        _import(path, project)
    assert "written in the Hant script; the project's zh is written in Hans" in (
        caught.value.problem)
    assert "zh-Hant" in (caught.value.fix or "")
    assert not (project / "locales").exists()
