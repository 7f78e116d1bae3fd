"""A locale's register and forbidden terms reach the translator (the pack's register, or
drama.toml's [locales.style.<tag>]); a reply that uses a forbidden term is asked again,
and a person's line that uses one is named in the review."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from microdrama.cli import main
from microdrama.domain.settings import LocaleSettings
from microdrama.domain.translation import LocaleTranslations, TranslationUnit, uses_term
from microdrama.formats.locales import known_locales, locale_facts
from microdrama.project.translations import save_translations
from tests.providers.fake_openai import FakeOpenAI
from tests.stages.test_locale_build import (
    IDEA,
    KEY,
    asked,
    series_lines,
    translation,
    use_translator,
)


@pytest.fixture
def project(built_project: Callable[..., Path]) -> Path:
    return built_project(["--idea", IDEA, "--lang", "en", "--episodes", "1", "--seconds", "30"],
                         ["--until", "storyboard"])


def system_prompt(request: Any) -> str:
    return str(request["messages"][0]["content"])


def test_terms_are_found_as_words_in_spaced_scripts_and_anywhere_in_others() -> None:
    assert uses_term("Eat the HAM now", "ham")
    assert not uses_term("Graham is here", "ham")
    assert uses_term("¡Qué gringo!", "gringo")
    assert uses_term("你这个废物！", "废物")
    assert uses_term("회사는 망했어", "회사")
    assert not uses_term("anything", " ")


def test_every_locale_but_the_pseudo_one_has_a_register() -> None:
    for tag in known_locales():
        facts = locale_facts(tag, "en")
        assert bool(facts.formality) != facts.pseudo, tag


def test_style_tables_are_checked() -> None:
    settings = LocaleSettings.model_validate(
        {"targets": ["es"], "style": {"es": {"formality": "usted", "forbidden": ["gringo"]}}})
    assert settings.style_of("ES").forbidden == ["gringo"]
    assert settings.style_of("ar").forbidden == []
    with pytest.raises(ValueError, match="forbidden term is empty"):
        LocaleSettings.model_validate({"style": {"es": {"forbidden": [" "]}}})
    with pytest.raises(ValueError, match="not a BCP 47"):
        LocaleSettings.model_validate({"style": {"es_ES!": {"formality": "x"}}})


def test_register_and_forbidden_terms_reach_the_model_and_are_kept(
        project: Path, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_KEY", KEY)
    use_translator(project, fake, ["es", "pt-BR"])
    with (project / "drama.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[locales.style.es]\nformality = "usted everywhere, even among family"\n'
                   'forbidden = ["gringo", "Pinche"]\n')
    seen: set[str] = set()

    def reply(request: Any) -> str:
        """Uses a forbidden term the first time it is asked for a line with forbidden
        terms (es's: the locales translate in parallel, their lines share ids), never
        again."""
        pairs = []
        strict = "forbidden" in json.loads(request["messages"][-1]["content"])
        for line in asked(request):
            slip = strict and line["id"] not in seen
            if strict:
                seen.add(line["id"])
            pairs.append({"id": line["id"],
                          "text": ("pinche " if slip else "") + "ES " + line["text"]})
        return json.dumps({"translations": pairs}, ensure_ascii=False)

    fake.respond(reply)
    assert main(["build", str(project), "--locale", "all", "--until", "translate"]) == 0
    requests = [r.json for r in fake.requests if r.path.endswith("/chat/completions")]
    es = [r for r in requests if "(es)" in system_prompt(r)]
    pt = [r for r in requests if "(pt-BR)" in system_prompt(r)]
    assert es and pt
    # es: drama.toml's register, and its forbidden terms with every batch.
    assert all("usted everywhere, even among family" in system_prompt(r) for r in es)
    assert all(json.loads(r["messages"][-1]["content"])["forbidden"] == ["gringo", "Pinche"]
               for r in es)
    # pt-BR: the pack's register, and no forbidden terms.
    assert all(locale_facts("pt-BR", "en").formality in system_prompt(r) for r in pt)
    assert not any("forbidden" in json.loads(r["messages"][-1]["content"]) for r in pt)
    # The replies that used a term were set aside and asked again: none is kept.
    lines = series_lines(project)
    got = translation(project, "es")
    assert set(got) == set(lines)
    assert all(entry["text"] == "ES " + lines[i] for i, entry in got.items())
    assert len(es) > 1

    # Changing the register re-translates (it is part of every line's key).
    before = len(fake.requests)
    toml = (project / "drama.toml").read_text("utf-8")
    (project / "drama.toml").write_text(toml.replace("even among family", "always"), "utf-8")
    assert main(["build", str(project), "--locale", "es", "--until", "translate"]) == 0
    again = [r.json for r in fake.requests[before:]]
    assert sorted(x["id"] for r in again for x in asked(r)) == sorted(lines)


def test_a_persons_line_with_a_forbidden_term_is_named_in_the_review(project: Path) -> None:
    lines = series_lines(project)
    bad = sorted(lines)[1]
    units = {i: TranslationUnit(source=t, target=("¡Gringo! " if i == bad else "") + f"[es] {t}",
                                state="reviewed") for i, t in lines.items()}
    save_translations(project, LocaleTranslations(locale="es", units=units))
    with (project / "drama.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[locales.style.es]\nforbidden = ["gringo"]\n')
    assert main(["build", str(project), "--locale", "es", "--until", "translate"]) == 0
    assert main(["review", str(project), "--no-build"]) == 0
    review = json.loads((project / "out/review.json").read_text("utf-8"))
    named = [f for e in review["episodes"] for f in e["findings"] if f["rule"] == "locale.forbidden"]
    assert [f["target"] for f in named] == [f"es/{bad}"]
    assert "gringo" in named[0]["message"] and "locales/es.yaml" in named[0]["fix"]
