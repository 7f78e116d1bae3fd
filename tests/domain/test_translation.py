"""Translation units, what is missing/extra/stale against the lines, and the pseudo-locale."""

from __future__ import annotations

import math
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from microdrama.domain.pseudo import pseudo_localize
from microdrama.domain.settings import LocaleSettings, canonical_locale
from microdrama.domain.translation import (
    LocaleTranslations,
    TranslationUnit,
    compare,
    id_order,
)
from microdrama.formats.locales import pseudo_style


def test_missing_extra_and_stale_against_the_current_lines() -> None:
    lines = {"ep001-sc01-l01": "Hello.", "ep001-sc01-l02": "Goodbye.", "ep001-sc01-l03": "Why?",
             "ep001-sc01-l04": "Now."}
    units = {
        "ep001-sc01-l01": TranslationUnit(source="Hello.", target="Hola.", state="translated"),
        "ep001-sc01-l02": TranslationUnit(source="Bye.", target="Adiós.", state="reviewed"),
        "ep001-sc01-l03": TranslationUnit(source="Why?"),  # no translation yet
        "ep001-sc01-l04": TranslationUnit(source="Now.", target="Ahora."),  # only a draft
        "ep001-sc01-l09": TranslationUnit(source="Gone.", target="Ido.", state="final"),
    }
    found = compare(units, lines)
    assert found.missing == ("ep001-sc01-l03", "ep001-sc01-l04")
    assert found.extra == ("ep001-sc01-l09",)
    assert found.stale == ("ep001-sc01-l02",)
    assert not found.complete
    fresh = {i: TranslationUnit(source=t, target=t.upper(), state="translated")
             for i, t in lines.items()}
    assert compare(fresh, lines).complete


def test_ids_sort_with_their_numbers_read_as_numbers() -> None:
    ids = ["ep010-sc01-l01", "ep002-sc01-l100", "ep002-sc01-l99", "ep002-sc02-l01"]
    assert sorted(ids, key=id_order) == [
        "ep002-sc01-l99", "ep002-sc01-l100", "ep002-sc02-l01", "ep010-sc01-l01"]


def test_a_translated_unit_needs_its_text_and_one_line() -> None:
    with pytest.raises(ValidationError, match="needs a target text"):
        TranslationUnit(source="Hi.", state="translated")
    with pytest.raises(ValidationError):
        TranslationUnit(source="Hi.", target="Ho\nla", state="translated")
    with pytest.raises(ValidationError):
        LocaleTranslations(locale="es", units={"Not An Id": TranslationUnit(source="Hi.")})
    with pytest.raises(ValidationError):
        LocaleTranslations(locale="ES")


@pytest.mark.parametrize("tag, canonical", [
    ("es", "es"), ("PT-br", "pt-BR"), ("zh-hant", "zh-Hant"), ("QPS-Ploc", "qps-ploc"),
    ("es-419", "es-419"), ("sr-latn-rs", "sr-Latn-RS"),
])
def test_locale_tags_are_written_the_bcp47_way(tag: str, canonical: str) -> None:
    assert canonical_locale(tag) == canonical


@pytest.mark.parametrize("targets, problem", [
    (["EN"], "'EN' is written 'en'"), (["pt-br"], "written 'pt-BR'"),
    (["e s"], "not a BCP 47"), (["es", "es"], "listed twice"), (["es-"], "not a BCP 47"),
])
def test_locale_settings_refuse_what_is_not_a_tag(targets: list[str], problem: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(problem)):
        LocaleSettings(targets=targets)
    assert LocaleSettings(targets=["es", "pt-BR", "ar", "qps-ploc"]).targets[1] == "pt-BR"


# --- the pseudo-locale ------------------------------------------------------------------

STYLE = pseudo_style()
ACCENTS = dict(STYLE.accents)
_TEXT = st.text(st.sampled_from(string.ascii_letters + string.digits + " ,.!?'-"),
                min_size=1, max_size=120).filter(str.strip)


def _body(text: str) -> str:
    assert text.startswith(STYLE.open) and text.endswith(STYLE.close)
    return text[len(STYLE.open):-len(STYLE.close)]


@settings(max_examples=200)
@given(_TEXT)
def test_pseudo_text_is_about_35_percent_longer(text: str) -> None:
    body = _body(pseudo_localize(text, STYLE))
    goal = math.ceil(len(text) * 1.35)
    longest = max(len(word) for word in STYLE.words) + 1
    assert goal <= len(body) < goal + longest


@settings(max_examples=200)
@given(_TEXT)
def test_pseudo_text_accents_every_letter_that_has_an_accent_and_keeps_the_rest(text: str) -> None:
    body = _body(pseudo_localize(text, STYLE))
    accented = body[:len(text)]
    assert accented == "".join(ACCENTS.get(ch, ch) for ch in text)
    assert not any(ch in ACCENTS for ch in accented)  # no plain letter that has an accent
    assert pseudo_localize(text, STYLE) == pseudo_localize(text, STYLE)


def test_pseudo_text_keeps_placeholders_and_markup_readable() -> None:
    out = pseudo_localize("Hello {name}, you owe %(amount)d — <b>now</b>!", STYLE)
    assert "{name}" in out and "%(amount)d" in out and "<b>" in out and "</b>" in out
    assert out.startswith("[Ḣéĺĺö {name}, ýöû öẃé %(amount)d — <b>ñöẃ</b>!")


def test_pseudo_text_of_chinese_is_padded_without_spaces() -> None:
    text = "今天这笔账，我记下了。"
    out = pseudo_localize(text, STYLE)
    assert out == f"[{text}一二三四]"
    assert len(_body(out)) == math.ceil(len(text) * 1.35)


def test_the_pseudo_style_is_the_packs() -> None:
    assert STYLE.expansion == 0.35
    assert all(len(letter) == 1 and letter.isascii() for letter, _ in STYLE.accents)
    assert all(len(accent) == 1 and not accent.isascii() for _, accent in STYLE.accents)
