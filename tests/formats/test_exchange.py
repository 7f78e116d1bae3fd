"""Translators' files: XLIFF 2.0 against the OASIS core structure, XLIFF 1.2 and PO opened
by translate-toolkit with every unit, id and note, golden files, and round trips."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from translate.storage import factory, xliff2

from microdrama.errors import InputError
from microdrama.formats.exchange import (
    FORMATS,
    ExchangeDocument,
    ExchangeFile,
    ExchangeUnit,
    GlossEntry,
    Note,
    read_exchange,
    sniff,
)
from tests.formats import xliff2_core

DATA = Path(__file__).parent.parent / "data" / "exchange"


def sample() -> ExchangeDocument:
    """Two episodes; every state; a stale draft; markup-like and quoted text; a glossary."""
    talk = (Note("speaker", "宋思琪 (song-si-qi)"), Note("scene", "ep001-sc01, 订婚宴, night"))
    return ExchangeDocument(
        source_language="zh", target_language="es", title="真千金归来",
        files=(
            ExchangeFile(id="ep001", original="episodes/ep001.yaml",
                         notes=(Note("title", "订婚宴上的泼酒"),), units=(
                ExchangeUnit(
                    id="ep001-sc01-l01", source="沈念安，一个保姆之女，也配站在这里？",
                    notes=(*talk, Note("timecode", "00:00:00.150 - 00:00:02.400"),
                           Note("emotion", "mocking")),
                    glossary=(GlossEntry("沈念安", "沈念安: character shen-nian-an, lead"),),
                    max_characters=48),
                ExchangeUnit(
                    id="ep001-sc01-l02", source="念安，今天这笔账我记下了。",
                    target="Nian'an, hoy apunto esta cuenta.", state="translated",
                    notes=(Note("speaker", "沈念安 (shen-nian-an)"),),
                    glossary=(GlossEntry("念安", "沈念安: character shen-nian-an, lead",
                                         translation="Nian'an"),),
                    max_characters=48),
                ExchangeUnit(
                    id="ep001-sc01-l03", source='她说 "<b>不</b>" & 走了 \\ 100%',
                    target='Dijo "<b>no</b>" & se fue \\ 100%', state="reviewed",
                    notes=talk, max_characters=96),
            )),
            ExchangeFile(id="ep002", original="episodes/ep002.yaml", units=(
                ExchangeUnit(id="ep002-sc01-l01", source="新的一句。", target="La frase vieja.",
                             state="new", notes=(Note("changed-source", "旧的一句。"),)),
                ExchangeUnit(id="ep002-sc01-l02", source="好。", target="Bien.", state="final"),
            )),
        ))


@pytest.mark.parametrize("name", list(FORMATS))
def test_each_format_writes_its_golden_file(name: str) -> None:
    kind = FORMATS[name]
    assert kind.write(sample()) == (DATA / f"sample{kind.extension}").read_text("utf-8")


# --- XLIFF 2.0 -------------------------------------------------------------------------


def test_xliff2_follows_the_oasis_core_structure_element_by_element() -> None:
    root = etree.fromstring(FORMATS["xliff2"].write(sample()).encode())
    assert xliff2_core.problems(root) == []
    core = xliff2_core.CORE
    assert root.tag == f"{{{core}}}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "zh", "es")
    files = root.findall(f"{{{core}}}file")
    assert [f.get("id") for f in files] == ["ep001", "ep002"]
    assert files[0].get("original") == "episodes/ep001.yaml"
    units = root.findall(f".//{{{core}}}unit")
    assert [u.get("id") for u in units] == [u.id for u in sample().units()]
    first = units[0]
    # modules, then notes, then the segment — the core's order inside a unit
    assert [etree.QName(c).localname for c in first] == ["glossary", "notes", "segment"]
    assert first.get(f"{{{xliff2_core.SLR}}}sizeRestriction") == "48"
    profiles = files[0].find(f"{{{xliff2_core.SLR}}}profiles")
    assert profiles is not None and profiles.get("generalProfile") == "xliff:codepoints"
    notes = {n.get("category"): n.text for n in first.iter(f"{{{core}}}note")}
    assert notes == {"speaker": "宋思琪 (song-si-qi)", "scene": "ep001-sc01, 订婚宴, night",
                     "timecode": "00:00:00.150 - 00:00:02.400", "emotion": "mocking"}
    states = [s.get("state") for s in root.iter(f"{{{core}}}segment")]
    assert states == ["initial", "translated", "reviewed", "initial", "final"]
    term = units[1].find(f".//{{{xliff2_core.GLS}}}term")
    translation = units[1].find(f".//{{{xliff2_core.GLS}}}translation")
    assert (term.text, translation.text) == ("念安", "Nian'an")
    assert first.find(f".//{{{core}}}target") is None  # untranslated: no target at all


@pytest.mark.parametrize("broken, complaint", [
    # notes after the segment
    (lambda u: u.append(u.find(f"{{{xliff2_core.CORE}}}notes")), "out of order"),
    # a state no XLIFF 2.0 tool knows
    (lambda u: u.find(f"{{{xliff2_core.CORE}}}segment").set("state", "done"), "state"),
    # two units with one id in a file
    (lambda u: u.set("id", "ep001-sc01-l02"), "not unique"),
    # a glossary entry with neither translation nor definition
    (lambda u: u.find(f".//{{{xliff2_core.GLS}}}definition").getparent().remove(
        u.find(f".//{{{xliff2_core.GLS}}}definition")), "needs a <translation>"),
])
def test_the_structure_check_finds_what_departs_from_the_core(broken, complaint) -> None:
    root = etree.fromstring(FORMATS["xliff2"].write(sample()).encode())
    broken(root.find(f".//{{{xliff2_core.CORE}}}unit"))
    assert any(complaint in problem for problem in xliff2_core.problems(root))


def test_translate_toolkit_opens_xliff2_with_every_unit(tmp_path: Path) -> None:
    path = tmp_path / "es.xliff"
    path.write_text(FORMATS["xliff2"].write(sample()), "utf-8")
    store = xliff2.Xliff2File.parsefile(str(path))
    read = {u.getid(): (u.source, u.target or "") for u in store.units}
    assert read == {u.id: (u.source, u.target) for u in sample().units()}


# --- XLIFF 1.2 and PO through translate-toolkit -----------------------------------------


def _notes(unit: ExchangeUnit) -> list[str]:
    texts = [f"{n.category}: {n.text}" for n in unit.notes if n.category != "changed-source"]
    return texts + [f"glossary: {g.term} = {g.translation or '?'} ({g.definition})"
                    for g in unit.glossary]


def test_translate_toolkit_opens_xliff12_with_every_unit_id_and_note(tmp_path: Path) -> None:
    path = tmp_path / "es.xlf"
    path.write_text(FORMATS["xliff"].write(sample()), "utf-8")
    store = factory.getobject(str(path))
    assert type(store).__name__ == "Xliff1File"
    assert store.getsourcelanguage() == "zh" and store.gettargetlanguage() == "es"
    units = store.units
    assert len(units) == len(sample().units())
    for theirs, ours in zip(units, sample().units(), strict=True):
        original, _, ident = theirs.getid().rpartition("\x04")
        assert ident == ours.id
        assert original == f"episodes/{ours.id[:5]}.yaml"
        assert (theirs.source, theirs.target or "") == (ours.source, ours.target)
        notes = theirs.getnotes().split("\n") if theirs.getnotes() else []
        assert notes == [f"{n.category}: {n.text}" for n in ours.notes] + [
            f"glossary: {g.term} = {g.translation or '?'} ({g.definition})" for g in ours.glossary]
        width = theirs.xmlelement.get("maxwidth")
        assert width == (str(ours.max_characters) if ours.max_characters else None)
    assert units[1].isapproved() is False and units[4].get_state_n() == 100  # final


def test_translate_toolkit_opens_po_with_every_unit_id_and_note(tmp_path: Path) -> None:
    path = tmp_path / "es.po"
    path.write_text(FORMATS["po"].write(sample()), "utf-8")
    store = factory.getobject(str(path))
    assert type(store).__name__ == "pofile"
    assert store.gettargetlanguage() == "es"
    entries = [u for u in store.units if not u.isheader()]
    assert len(entries) == len(sample().units())
    for theirs, ours in zip(entries, sample().units(), strict=True):
        assert theirs.getcontext() == ours.id
        assert (theirs.source, theirs.target) == (ours.source, ours.target)
        extracted = [n for n in theirs.getnotes("developer").split("\n") if n]
        expected = _notes(ours) + ([f"max characters: {ours.max_characters}"]
                                   if ours.max_characters else [])
        assert sorted(extracted) == sorted(expected)
        assert theirs.getnotes("translator") == ""  # the translator's own comments stay free
        assert theirs.getlocations() == [f"episodes/{ours.id[:5]}.yaml"]
        assert theirs.isfuzzy() == (ours.state == "new" and bool(ours.target))
    stale = entries[3]
    assert stale.prev_source == "旧的一句。"  # gettext's "#| msgid": the text it was made from


# --- reading back -----------------------------------------------------------------------


def _essentials(document: ExchangeDocument, *, po: bool = False) -> list[tuple[object, ...]]:
    out = []
    for unit in document.units():
        state = unit.state
        if po and state != "new":
            state = None  # PO carries no state beyond "new"/fuzzy
        out.append((unit.id, unit.source, unit.target, state))
    return out


@pytest.mark.parametrize("name", list(FORMATS))
def test_what_is_written_reads_back_the_same(name: str) -> None:
    kind = FORMATS[name]
    text = kind.write(sample())
    found, back = read_exchange(text.encode(), f"es{kind.extension}")
    assert found is kind
    assert (back.source_language, back.target_language) == ("zh", "es")
    assert back.episodes == ("ep001", "ep002")
    assert _essentials(back) == _essentials(sample(), po=name == "po")


_LINE = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp", "Co")),
                min_size=1, max_size=40).filter(lambda t: t.strip())


@settings(max_examples=60, deadline=None)
@given(source=_LINE, target=_LINE)
def test_any_one_line_text_survives_every_format(source: str, target: str) -> None:
    unit = ExchangeUnit(id="ep001-sc01-l01", source=source, target=target, state="translated")
    document = ExchangeDocument("en", "es", (ExchangeFile("ep001", "episodes/ep001.yaml",
                                                          (unit,)),))
    for kind in FORMATS.values():
        _, back = read_exchange(kind.write(document).encode(), f"x{kind.extension}")
        (read,) = back.units()
        assert (read.id, read.source, read.target) == (unit.id, source, target), kind.name


def test_a_unit_split_into_segments_by_a_tool_is_joined_back() -> None:
    text = FORMATS["xliff2"].write(sample())
    core = xliff2_core.CORE
    root = etree.fromstring(text.encode())
    unit = root.find(f".//{{{core}}}unit[@id='ep001-sc01-l02']")
    segment = unit.find(f"{{{core}}}segment")
    second = etree.SubElement(unit, f"{{{core}}}segment", state="reviewed")
    etree.SubElement(second, f"{{{core}}}source").text = "我记下了。"
    etree.SubElement(second, f"{{{core}}}target").text = " apunto."
    segment.find(f"{{{core}}}source").text = "念安，今天这笔账"
    segment.find(f"{{{core}}}target").text = "Nian'an, hoy"
    _, back = read_exchange(etree.tostring(root), "es.xliff")
    joined = next(u for u in back.units() if u.id == "ep001-sc01-l02")
    assert (joined.source, joined.target) == ("念安，今天这笔账我记下了。", "Nian'an, hoy apunto.")
    assert joined.state == "translated"  # the least advanced of its segments


# --- bad files ----------------------------------------------------------------------------


def test_a_broken_xliff_names_the_file_and_line() -> None:
    text = FORMATS["xliff2"].write(sample()).replace("</notes>", "</note>", 1)
    with pytest.raises(InputError) as caught:
        read_exchange(text.encode(), "es.xliff")
    assert caught.value.file == "es.xliff" and caught.value.where.startswith("line ")
    assert "not well-formed" in caught.value.problem


def test_a_unit_id_twice_is_refused_naming_both_places() -> None:
    text = FORMATS["xliff"].write(sample()).replace('id="ep002-sc01-l02"', 'id="ep002-sc01-l01"')
    with pytest.raises(InputError) as caught:
        read_exchange(text.encode(), "es.xlf")
    assert "ep002-sc01-l01 appears twice" in caught.value.problem
    assert "first at line" in caught.value.where


def test_an_unknown_state_names_the_unit() -> None:
    text = FORMATS["xliff2"].write(sample()).replace('state="final"', 'state="approved"')
    with pytest.raises(InputError) as caught:
        read_exchange(text.encode(), "es.xliff")
    assert "unit ep002-sc01-l02" in caught.value.where and "approved" in caught.value.problem


def test_a_po_entry_without_its_line_id_is_refused() -> None:
    text = FORMATS["po"].write(sample()).replace('msgctxt "ep001-sc01-l03"\n', "")
    with pytest.raises(InputError) as caught:
        read_exchange(text.encode(), "es.po")
    assert "no msgctxt" in caught.value.problem and "msgid" in caught.value.where


def test_a_file_of_no_known_format_says_which_are_read() -> None:
    with pytest.raises(InputError) as caught:
        sniff(b"id,source,target\n1,a,b\n", "es.csv")
    assert "XLIFF 2.0" in caught.value.fix and "PO" in caught.value.fix
    with pytest.raises(InputError):
        sniff(b"<?xml version='1.0'?><tmx version='1.4'/>", "es.tmx")


def test_entities_are_not_expanded() -> None:
    text = FORMATS["xliff2"].write(replace(sample(), files=sample().files[:1]))
    evil = text.replace('<?xml version="1.0" encoding="UTF-8"?>',
                        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
    evil = evil.replace("Nian'an, hoy apunto", "&e; hoy apunto")
    # An external entity is never fetched: refused as undefined (it was dropped from the
    # text before, silently), and nothing of the file it names shows.
    with pytest.raises(InputError) as caught:
        read_exchange(evil.encode(), "es.xliff")
    assert "Entity 'e' not defined" in caught.value.problem
    assert "root:" not in caught.value.render()


# --- what CAT tools do to a file (whole files: tests/app/test_thirdparty_translations.py) --


def test_sniff_goes_by_the_root_version_not_an_attribute_of_another_namespace() -> None:
    """Okapi writes ITS 2.0's its:version on an XLIFF 1.2 root."""
    text = FORMATS["xliff"].write(sample()).replace(
        'version="1.2"', 'xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" '
        'version="1.2"', 1)
    assert sniff(text.encode(), "es.xlf") is FORMATS["xliff"]
    assert read_exchange(text.encode(), "es.xlf")[1].units()[1].target == (
        "Nian'an, hoy apunto esta cuenta.")


@pytest.mark.parametrize("codec, mark", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_xliff_in_utf16_is_read(codec: str, mark: bytes) -> None:
    text = FORMATS["xliff2"].write(sample()).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    kind, back = read_exchange(mark + text.encode(codec), "es.xliff")
    assert kind is FORMATS["xliff2"]
    assert _essentials(back) == _essentials(sample())


def test_xliff_11_and_no_namespace_read_as_12_and_say_so() -> None:
    text = FORMATS["xliff"].write(sample())
    for changed, said in ((text.replace("document:1.2", "document:1.1"), "document:1.1"),
                          (text.replace(' xmlns="urn:oasis:names:tc:xliff:document:1.2"', ""),
                           "no namespace")):
        kind, back = read_exchange(changed.encode(), "es.xlf")
        assert kind is FORMATS["xliff"] and _essentials(back) == _essentials(sample())
        assert said in back.notices[0]


def test_layout_around_inline_codes_is_not_text_but_a_line_break_within_text_is() -> None:
    core = xliff2_core.CORE
    root = etree.fromstring(FORMATS["xliff2"].write(sample()).encode())
    target = root.find(f".//{{{core}}}unit[@id='ep002-sc01-l02']//{{{core}}}target")
    target.text = "\n      "
    first = etree.SubElement(target, f"{{{core}}}mrk", id="m1", type="term")
    first.text, first.tail = "Bien.", "\n      "
    second = etree.SubElement(target, f"{{{core}}}pc", id="1")
    second.text, second.tail = "Vale.", "\n    "
    broken = root.find(f".//{{{core}}}unit[@id='ep002-sc01-l01']//{{{core}}}target")
    broken.text = "La frase\nvieja."
    _, back = read_exchange(etree.tostring(root), "es.xliff")
    units = {u.id: u for u in back.units()}
    assert units["ep002-sc01-l02"].target == "Bien. Vale."
    assert units["ep002-sc01-l01"].target == "La frase\nvieja."  # import refuses it
    broken.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    target.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    _, back = read_exchange(etree.tostring(root), "es.xliff")
    assert {u.id: u.target for u in back.units()}["ep002-sc01-l02"] == (
        "\n      Bien.\n      Vale.\n    ")


def test_xliff2_codes_stand_for_their_original_data() -> None:
    core = xliff2_core.CORE
    root = etree.fromstring(FORMATS["xliff2"].write(sample()).encode())
    unit = root.find(f".//{{{core}}}unit[@id='ep002-sc01-l02']")
    original = etree.Element(f"{{{core}}}originalData")
    etree.SubElement(original, f"{{{core}}}data", id="d1").text = "<"
    etree.SubElement(original, f"{{{core}}}data", id="d2").text = ">"
    unit.insert(0, original)
    target = unit.find(f".//{{{core}}}target")
    target.text = "Bien"
    etree.SubElement(target, f"{{{core}}}ph", id="1", dataRef="d1").tail = "x"
    etree.SubElement(target, f"{{{core}}}sc", id="2").tail = "y"
    cp = etree.SubElement(target, f"{{{core}}}cp", hex="2192")
    cp.tail = "z"
    pc = etree.SubElement(target, f"{{{core}}}pc", id="3", dataRefStart="d1", dataRefEnd="d2")
    pc.text = "b"
    _, back = read_exchange(etree.tostring(root), "es.xliff")
    assert {u.id: u.target for u in back.units()}["ep002-sc01-l02"] == "Bien<xy→z<b>"
    cp.set("hex", "zz")
    with pytest.raises(InputError) as caught:
        read_exchange(etree.tostring(root), "es.xliff")
    assert "unit ep002-sc01-l02" in caught.value.where and "'zz'" in caught.value.problem


def test_an_unknown_xliff12_state_names_the_unit_and_a_tools_own_is_read_as_none() -> None:
    text = FORMATS["xliff"].write(sample())
    with pytest.raises(InputError) as caught:
        read_exchange(text.replace('state="final"', 'state="done"').encode(), "es.xlf")
    assert "unit ep002-sc01-l02" in caught.value.where and "'done'" in caught.value.problem
    _, back = read_exchange(text.replace('state="final"', 'state="x-done"').encode(), "es.xlf")
    assert {u.id: u.state for u in back.units()}["ep002-sc01-l02"] is None
    assert "x-done is a tool's own state value" in back.notices[0]


_DOCTYPE_XLIFF = (
    '<?xml version="1.0"?>\n<!DOCTYPE xliff [{entities}]>\n'
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="e" '
    'source-language="en" target-language="es" datatype="plaintext"><body>'
    '<trans-unit id="ep001-sc01-l01"><source>Keep the key.</source>'
    '<target state="translated">{target}</target></trans-unit></body></file></xliff>')


def test_an_entity_the_file_declares_is_its_text() -> None:
    # Older exporters declare &nbsp; and the like in the DOCTYPE; left unexpanded the
    # entity vanished from the translation ("la llave&nbsp;ya" read "la llaveya").
    data = _DOCTYPE_XLIFF.format(entities='<!ENTITY nbsp "&#160;">',
                                 target="Guarda la&nbsp;llave.").encode()
    (unit,) = read_exchange(data, "es.xlf")[1].units()
    assert unit.target == "Guarda la\u00a0llave."


@pytest.mark.parametrize(("entities", "target"), [
    # An entity bomb: libxml2's amplification limit stops it.
    ('<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefg", "bcdefgh",
                                                                  strict=True)),
     "&h;" * 10),
])
def test_entities_that_explode_are_refused(entities: str, target: str) -> None:
    data = _DOCTYPE_XLIFF.format(entities=entities, target=target).encode()
    with pytest.raises(InputError) as caught:
        read_exchange(data, "es.xlf")
    assert "not well-formed XML" in caught.value.problem
