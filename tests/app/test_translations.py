"""Translators in the loop on real projects: export, import by id, round trips, the
pseudo-locale, and errors that name the file, the place and the fix."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import factory

from microdrama.app import (
    InputError,
    PseudoRequest,
    TranslationExportRequest,
    TranslationImportRequest,
    export_translation,
    fill_pseudo_locale,
    import_translation,
)
from microdrama.cli import main
from microdrama.domain.translation import (
    LocaleTranslations,
    TranslationUnit,
    compare,
    titled,
)
from microdrama.formats.exchange import read_exchange
from microdrama.project.folder import Project
from microdrama.project.translations import load_translations, save_translations
from tests.formats import xliff2_core
from tests.test_episode_length import case_args

#: Two 90-s episodes: the en case of tests/test_episode_length.py, so both files start
#: from the same session template.
EN = case_args("en", 90, 2)
ZH = ["--idea", "被当众泼酒的保姆之女，其实是抱错的真千金", "--episodes", "1"]
CORE = xliff2_core.CORE
FORMATS = {"xliff2": ".xliff", "xliff": ".xlf", "po": ".po"}


def _lines(root: Path) -> dict[str, str]:
    project = Project.open(root)
    bible = project.load_bible()
    return {line.id: line.text for n in project.episode_numbers_on_disk()
            for line in project.load_episode(n, bible).lines()}


def _unit_ids(root: Path) -> list[str]:
    """What an export holds, in order: the series title, then per episode its title and
    its lines."""
    project = Project.open(root)
    bible = project.load_bible()
    ids = ["series-title"]
    for n in project.episode_numbers_on_disk():
        episode = project.load_episode(n, bible)
        ids += [f"{episode.id}-title", *(line.id for line in episode.lines())]
    return ids


@pytest.fixture
def drama(built_project: Callable[..., Path]) -> Path:
    """An English two-episode project built up to timing, localized into es and ar."""
    root = built_project(EN, [], through="timing")
    with (root / "drama.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[locales]\ntargets = ["es", "ar"]\n')
    return root


def _spanish(root: Path) -> LocaleTranslations:
    """locales/es.yaml in every state: fresh, reviewed, final, a draft, and a stale one."""
    ids = list(_lines(root).items())
    units = {
        ids[0][0]: TranslationUnit(source=ids[0][1], target="Conoce tu lugar.", state="translated"),
        ids[1][0]: TranslationUnit(source=ids[1][1], target="Te arrepentirás.", state="reviewed"),
        ids[2][0]: TranslationUnit(source=ids[2][1], target="Sé lo que planea.", state="final"),
        ids[3][0]: TranslationUnit(source=ids[3][1], target="¿Cuál es la trampa?"),
        ids[4][0]: TranslationUnit(source="An older line.", target="Una línea vieja.",
                                   state="translated"),
    }
    model = LocaleTranslations(locale="es", names={"ivy": "Ivy"}, units=units)
    save_translations(root, model)
    return model


def _export(root: Path, fmt: str, locale: str = "es") -> Path:
    result = export_translation(TranslationExportRequest(directory=root, locale=locale,
                                                         format=fmt))
    assert result.target == root / "out" / "locales" / f"{locale}{FORMATS[fmt]}"
    return result.target


def _import(path: Path, root: Path, **options: bool):  # noqa: ANN202
    return import_translation(TranslationImportRequest(file=path, into=root, **options))


def test_export_writes_every_format_with_notes_timecodes_and_limits(drama: Path) -> None:
    _spanish(drama)
    lines = _lines(drama)
    path = _export(drama, "xliff2")
    root = etree.parse(str(path)).getroot()
    assert xliff2_core.problems(root) == []
    units = root.findall(f".//{{{CORE}}}unit")
    assert [u.get("id") for u in units] == _unit_ids(drama)
    units = [u for u in units if titled(u.get("id")) is None]
    assert [u.get("id") for u in units] == list(lines)
    categories = {n.get("category") for n in units[0].iter(f"{{{CORE}}}note")}
    assert {"speaker", "scene", "timecode"} <= categories
    assert all(int(u.get(f"{{{xliff2_core.SLR}}}sizeRestriction")) >= 48 for u in units)
    states = {u.get("id"): u.find(f"{{{CORE}}}segment").get("state") for u in units}
    assert list(states.values())[:5] == ["translated", "reviewed", "final", "initial", "initial"]
    stale = units[4]
    notes = {n.get("category"): n.text for n in stale.iter(f"{{{CORE}}}note")}
    assert notes["changed-source"] == "An older line."
    for fmt in ("xliff", "po"):
        store = factory.getobject(str(_export(drama, fmt)))
        entries = [u for u in store.units if not u.isheader()]
        assert [u.getid().rpartition("\x04")[2] if fmt == "xliff" else u.getcontext()
                for u in entries] == _unit_ids(drama)
        entries = [u for u in entries if u.source not in _titles(drama)]
        assert all("timecode: 00:0" in u.getnotes() for u in entries)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_round_trip_with_no_edits_changes_nothing(drama: Path, fmt: str) -> None:
    _spanish(drama)
    saved = drama / "locales" / "es.yaml"
    before = saved.read_bytes()
    result = _import(_export(drama, fmt), drama)
    assert result.changed == () and not result.written
    assert result.missing == () and result.extra == () and result.stale == ()
    untitled = len(_unit_ids(drama)) - len(_lines(drama))  # titles without a translation
    assert result.unchanged == 5
    assert len(result.untranslated) == len(_lines(drama)) - 5 + untitled
    assert saved.read_bytes() == before
    assert result.coverage.stale == (list(_lines(drama))[4],)


def test_import_matches_by_id_whatever_the_order_and_reports_missing_extra_stale(
        drama: Path) -> None:
    lines = _lines(drama)
    ids = list(lines)
    path = _export(drama, "xliff2")
    tree = etree.parse(str(path))
    root = tree.getroot()
    files = root.findall(f"{{{CORE}}}file")
    for file in files:  # every unit in reverse order, and the episodes swapped
        units = file.findall(f"{{{CORE}}}unit")
        for unit in units:
            file.remove(unit)
        for unit in reversed(units):
            file.append(unit)
    root.remove(files[0])
    root.append(files[0])

    def unit(ident: str) -> etree._Element:
        return root.find(f".//{{{CORE}}}unit[@id='{ident}']")

    def translate(ident: str, text: str, state: str = "translated") -> None:
        segment = unit(ident).find(f"{{{CORE}}}segment")
        segment.set("state", state)
        etree.SubElement(segment, f"{{{CORE}}}target").text = text

    translate(ids[0], "Conoce tu lugar.")
    translate(ids[1], "Te arrepentirás de cada palabra.", "reviewed")
    translate(ids[2], "Lo sé todo.")
    unit(ids[2]).find(f".//{{{CORE}}}source").text = "A line the script no longer says."
    unit(ids[3]).getparent().remove(unit(ids[3]))  # a tool dropped it
    extra = etree.fromstring(etree.tostring(unit(ids[5])))
    extra.set("id", "ep009-sc01-l01")
    root.find(f"{{{CORE}}}file").append(extra)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")

    result = _import(path, drama)
    assert result.changed == (ids[2], ids[1], ids[0])  # in the file's order
    assert result.missing == (ids[3],)
    assert result.extra == ("ep009-sc01-l01",)
    assert result.stale == (ids[2],)
    assert result.written
    stored = load_translations(drama, "es")
    assert stored.units[ids[0]] == TranslationUnit(source=lines[ids[0]],
                                                   target="Conoce tu lugar.", state="translated")
    assert stored.units[ids[1]].state == "reviewed"
    # translated from text the line no longer says: kept, and stale until looked at again
    assert stored.units[ids[2]].source == "A line the script no longer says."
    assert compare(stored.units, lines).stale == (ids[2],)
    assert set(stored.units) == {ids[0], ids[1], ids[2]}


def _titles(root: Path) -> dict[str, str]:
    project = Project.open(root)
    bible = project.load_bible()
    return {bible.title: "series", **{project.load_episode(n, bible).title: f"ep{n:03d}"
                                      for n in project.episode_numbers_on_disk()}}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_titles_travel_in_every_format_for_the_covers(drama: Path, fmt: str) -> None:
    """The series and episode titles go out as units (series-title, ep001-title) and come
    back into locales/<L>.yaml's titles, which the locale's covers show; a title
    translated from one the series no longer has is reported stale and not taken."""
    _spanish(drama)
    path = _export(drama, fmt)
    kind, document = read_exchange(path.read_bytes(), path)
    titles = _titles(drama)
    edits = {"series-title": ("", "La heredera"), "ep001-title": ("", "Vino en la fiesta"),
             "ep002-title": ("An old title", "Un título viejo")}
    files = tuple(replace(file, units=tuple(
        replace(unit, source=edits[unit.id][0] or unit.source, target=edits[unit.id][1],
                state="translated") if unit.id in edits else unit
        for unit in file.units)) for file in document.files)
    path.write_text(kind.write(replace(document, files=files)), "utf-8")
    series, first = next(iter(titles)), [t for t, i in titles.items() if i == "ep001"][0]
    result = _import(path, drama)
    assert set(result.changed) == {"series-title", "ep001-title"}
    assert result.stale == ("ep002-title",) and result.extra == ()
    stored = load_translations(drama, "es")
    assert stored.titles == {"series": "La heredera", "ep001": "Vino en la fiesta"}
    again = _export(drama, fmt)
    assert {u.source: u.target for u in read_exchange(again.read_bytes(), again)[1].units()
            if u.source in (series, first)} == {series: "La heredera", first: "Vino en la fiesta"}
    assert not _import(_export(drama, fmt), drama).written  # the round trip is still a no-op


def test_a_po_edited_in_a_translation_tool_comes_back_by_msgctxt(drama: Path) -> None:
    model = _spanish(drama)
    ids = list(_lines(drama))
    path = _export(drama, "po")
    store = factory.getobject(str(path))
    entries = {u.getcontext(): u for u in store.units if not u.isheader()}
    entries[ids[1]].target = "Te vas a arrepentir."  # was reviewed: edited text → translated
    entries[ids[3]].markfuzzy(False)  # the draft confirmed as it is
    entries[ids[4]].markfuzzy(False)  # the stale translation confirmed for the new text
    entries[ids[6]].target = "Un borrador."
    entries[ids[6]].markfuzzy(True)
    store.units[1:] = list(reversed(store.units[1:]))
    path.write_bytes(bytes(store))
    result = _import(path, drama)
    stored = load_translations(drama, "es").units
    assert set(result.changed) == {ids[1], ids[3], ids[4], ids[6]}
    assert stored[ids[1]].state == "translated" and stored[ids[1]].target == "Te vas a arrepentir."
    assert stored[ids[3]].state == "translated" and stored[ids[3]].target == "¿Cuál es la trampa?"
    assert stored[ids[4]].source == _lines(drama)[ids[4]]  # no longer stale
    assert stored[ids[6]].state == "new" and stored[ids[6]].target == "Un borrador."
    assert stored[ids[0]] == model.units[ids[0]] and stored[ids[2]].state == "final"


def test_an_edited_line_makes_its_translation_stale_in_every_format(drama: Path) -> None:
    _spanish(drama)
    first = list(_lines(drama))[0]
    script = drama / "episodes" / "ep001.yaml"
    old = _lines(drama)[first]
    script.write_text(script.read_text("utf-8").replace(old, "Know your place, girl."), "utf-8")
    assert export_translation(TranslationExportRequest(
        directory=drama, locale="es", format="po", output="-")).stale[0] == first
    store = factory.getobject(str(_export(drama, "po")))
    entry = next(u for u in store.units if u.getcontext() == first)
    assert entry.isfuzzy() and entry.prev_source == old and entry.source == "Know your place, girl."
    before = (drama / "locales" / "es.yaml").read_bytes()
    assert not _import(_export(drama, "xliff2"), drama).written  # no edits: nothing changes
    assert (drama / "locales" / "es.yaml").read_bytes() == before


def test_a_file_exported_before_a_script_edit_reports_the_unit_stale(drama: Path) -> None:
    _spanish(drama)
    first = list(_lines(drama))[0]
    path = _export(drama, "xliff")
    text = path.read_text("utf-8").replace(
        'state="translated">Conoce tu lugar.', 'state="translated">Conoce tu sitio.')
    path.write_text(text, "utf-8")
    script = drama / "episodes" / "ep001.yaml"
    script.write_text(script.read_text("utf-8").replace(_lines(drama)[first], "Leave."), "utf-8")
    result = _import(path, drama)
    assert result.stale == (first,) and result.kept == ()
    stored = load_translations(drama, "es").units[first]
    assert stored.target == "Conoce tu sitio." and stored.source != "Leave."


def test_import_never_erases_nor_replaces_a_current_translation_with_an_older_one(
        drama: Path) -> None:
    model = _spanish(drama)
    ids = list(_lines(drama))
    path = _export(drama, "xliff2")
    tree = etree.parse(str(path))

    def segment(ident: str) -> etree._Element:
        return tree.getroot().find(f".//{{{CORE}}}unit[@id='{ident}']/{{{CORE}}}segment")

    first = segment(ids[0])  # its target removed
    first.remove(first.find(f"{{{CORE}}}target"))
    first.set("state", "initial")
    second = segment(ids[1])  # translated from text the line no longer says
    second.find(f"{{{CORE}}}source").text = "An even older line."
    second.find(f"{{{CORE}}}target").text = "Una línea aún más vieja."
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    before = (drama / "locales" / "es.yaml").read_bytes()
    result = _import(path, drama)
    assert ids[0] in result.untranslated and result.kept == (ids[1],)
    assert result.stale == (ids[1],) and result.changed == () and not result.written
    assert (drama / "locales" / "es.yaml").read_bytes() == before
    assert load_translations(drama, "es") == model


# --- the pseudo-locale ---------------------------------------------------------------------


def test_the_pseudo_locale_is_filled_offline_and_round_trips(drama: Path) -> None:
    result = fill_pseudo_locale(PseudoRequest(directory=drama))
    assert result.written and result.units == len(_lines(drama))
    stored = load_translations(drama, "qps-ploc")
    assert compare(stored.units, _lines(drama)).complete
    unit = next(iter(stored.units.values()))
    assert unit.target.startswith("[") and unit.state == "translated"
    assert len(unit.target) - 2 >= 1.35 * len(unit.source)
    before = result.target.read_bytes()
    assert not fill_pseudo_locale(PseudoRequest(directory=drama)).written
    for fmt in FORMATS:
        assert not _import(_export(drama, fmt, "qps-ploc"), drama).written
    assert result.target.read_bytes() == before


def test_the_pseudo_locale_needs_no_file_to_be_exported(drama: Path) -> None:
    path = _export(drama, "xliff2", "qps-ploc")
    targets = etree.parse(str(path)).getroot().findall(f".//{{{CORE}}}target")
    assert len(targets) == len(_lines(drama))
    assert not (drama / "locales").exists()


def test_a_chinese_series_pseudo_locale_and_glossary(built_project: Callable[..., Path]) -> None:
    root = built_project(ZH, ["--until", "script"])
    fill_pseudo_locale(PseudoRequest(directory=root))
    stored = load_translations(root, "qps-ploc")
    unit = next(iter(stored.units.values()))
    assert " " not in unit.target[len(unit.source) + 1:]  # wide padding, no spaces
    path = _export(root, "xliff2", "qps-ploc")
    xml = etree.parse(str(path)).getroot()
    assert xliff2_core.problems(xml) == []
    assert not any(n.get("category") == "timecode" for n in xml.iter(f"{{{CORE}}}note"))
    terms = [t.text for t in xml.iter(f"{{{xliff2_core.GLS}}}term")]
    bible = Project.open(root).load_bible()
    names = {c.name for c in bible.characters}
    assert terms and all(t in names or any(n.endswith(t) for n in names) for t in terms)


# --- errors --------------------------------------------------------------------------------


def test_a_locale_the_project_does_not_list_names_drama_toml(drama: Path) -> None:
    with pytest.raises(InputError) as caught:
        export_translation(TranslationExportRequest(directory=drama, locale="ja"))
    assert "drama.toml" in caught.value.fix and '"ja"' in caught.value.fix
    path = _export(drama, "xliff2")
    path.write_text(path.read_text("utf-8").replace('trgLang="es"', 'trgLang="ja"'), "utf-8")
    with pytest.raises(InputError) as caught:
        _import(path, drama)
    assert caught.value.file == str(path) and "targets: es, ar" in caught.value.problem


def test_a_file_from_another_language_is_refused(drama: Path) -> None:
    path = _export(drama, "po")
    path.write_text(path.read_text("utf-8").replace("X-Source-Language: en",
                                                    "X-Source-Language: zh"), "utf-8")
    with pytest.raises(InputError, match="translates from 'zh'"):
        _import(path, drama)


def test_a_broken_unit_writes_nothing_and_names_the_unit(drama: Path) -> None:
    _spanish(drama)
    before = (drama / "locales" / "es.yaml").read_bytes()
    ids = list(_lines(drama))
    path = _export(drama, "xliff2")
    text = path.read_text("utf-8").replace("Conoce tu lugar.", "Conoce tu sitio.")
    text = text.replace("Te arrepentirás.", "Te arrepentirás.&#10;Mucho.")
    path.write_text(text, "utf-8")
    with pytest.raises(InputError) as caught:
        _import(path, drama)
    assert f"unit {ids[1]}" in caught.value.where and "line break" in caught.value.problem
    assert (drama / "locales" / "es.yaml").read_bytes() == before


def test_the_commands(drama: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(drama), "--format", "po", "--locale", "es"]) == 0
    assert (drama / "out" / "locales" / "es.po").is_file()
    assert "wrote" in capsys.readouterr().out
    assert main(["import-translation", str(drama / "out" / "locales" / "es.po"),
                 "--into", str(drama), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["locale"] == "es" and report["missing"] == [] and report["written"] is False
    assert len(report["coverage"]["missing"]) == len(_lines(drama))
    po = drama / "out" / "locales" / "es.po"
    po.write_text(po.read_text("utf-8").replace('msgstr ""\n\n', 'msgstr "Hola."\n\n', 1),
                  "utf-8")
    assert main(["import-translation", str(po), "--into", str(drama), "--dry-run"]) == 0
    assert "would change 1 units" in capsys.readouterr().out
    assert not (drama / "locales").exists()
    assert main(["translate", str(drama)]) == 0
    assert (drama / "locales" / "qps-ploc.yaml").is_file()
    capsys.readouterr()
    assert main(["translate", str(drama), "--locale", "es"]) == 2
    assert "import-translation" in capsys.readouterr().err
    assert main(["export", str(drama), "--format", "xliff2"]) == 2
    assert "--locale" in capsys.readouterr().err
    assert main(["export", str(drama), "--format", "fountain", "--locale", "es"]) == 2
    assert main(["export", str(drama)]) == 0  # the screenplay, as before
    assert (drama / "out" / f"{drama.name}.fountain").is_file()
    broken = drama / "broken.xliff"
    broken.write_text("<xliff version='2.0'><file>", "utf-8")
    assert main(["import-translation", str(broken), "--into", str(drama)]) == 2
    assert "broken.xliff, line 1" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_choices_and_endings_travel_for_the_interactive_player(
        built_project: Callable[..., Path], fmt: str) -> None:
    """An interactive episode's choice labels and ending titles go out as title units
    (<choice id>-title, <ending scene id>-title) noted as the player's, come back into
    locales/<L>.yaml's titles, and the locale's build takes them as a person's."""
    from microdrama.domain.translation import story_titles

    root = built_project(["--idea", "A courier must choose which sister to save from a fire",
                          "--lang", "en", "--episodes", "1", "--seconds", "30",
                          "--interactive"], ["--until", "script"])
    with (root / "drama.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[locales]\ntargets = ["es"]\n')
    project = Project.open(root)
    episode = project.load_episode(1, project.load_bible())
    words = story_titles(episode)
    assert {kind for _, kind in words.values()} == {"choice", "ending"}
    path = _export(root, fmt)
    kind, document = read_exchange(path.read_bytes(), path)
    units = {u.id: u for u in document.units()}
    for ident, (text, _) in words.items():
        unit = units[f"{ident}-title"]
        assert unit.source == text and not unit.target
    assert path.read_text("utf-8").count("shown in the interactive player") == len(words)
    files = tuple(replace(file, units=tuple(
        replace(unit, target="ES " + unit.source, state="translated") for unit in file.units))
        for file in document.files)
    path.write_text(kind.write(replace(document, files=files)), "utf-8")
    result = _import(path, root)
    assert not result.extra and not result.stale
    stored = load_translations(root, "es")
    assert {i: stored.titles[i] for i in words} == {i: "ES " + t for i, (t, _) in words.items()}
    assert main(["build", str(root), "--locale", "es", "--until", "translate"]) == 0
    built = json.loads((root / ".microdrama/work/translate/es/ep001.json").read_text("utf-8"))
    assert {i: built["titles"][i] for i in words} == {
        i: {"text": "ES " + t, "via": "people"} for i, (t, _) in words.items()}
