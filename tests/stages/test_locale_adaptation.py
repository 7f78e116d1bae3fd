"""Cultural adaptation per locale: the locale's culture packs flag lines and actions with
a proposed change; a person's accepted proposals change that locale's lines before they
are translated (and in its translators' files), rejected ones are kept; the series'
script is never touched."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from microdrama.cli import main
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import Project
from microdrama.review.adaptation import apply_swap
from tests.providers.fake_openai import FakeOpenAI
from tests.stages.test_locale_build import asked, translation, use_translator

IDEA = "A maid's daughter humiliated at an engagement party is the real heiress switched at birth."


@pytest.fixture
def project(built_project: Callable[..., Path]) -> tuple[Path, str, str]:
    """An English episode with champagne in a line and wine in an action."""
    root = built_project(["--idea", IDEA, "--lang", "en", "--episodes", "1", "--seconds", "30"],
                         ["--until", "storyboard"])
    loaded = Project.open(root)
    bible = loaded.load_bible()
    assert bible is not None
    episode = loaded.load_episode(1, bible)
    assert episode is not None
    line = episode.lines()[0]
    line.text = "Pour me the Champagne, now."
    beat = episode.scenes[0].beats[0]
    beat.action = "She raises a glass of wine."
    (root / "episodes/ep001.yaml").write_text(dump_model(episode), "utf-8")
    return root, line.id, beat.id


def proposals(capsys: pytest.CaptureFixture[str], root: Path, *extra: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["adapt-locale", str(root), "--locale", "ar", "--json", *extra]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_proposals_name_the_line_the_action_and_the_swap(
        project: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    root, line, beat = project
    found = proposals(capsys, root)
    assert found["markets"] == ["middle-east"]
    by_target = {(p["target"], p["rule"]): p for p in found["proposals"]}
    assert by_target[(line, "middle-east.alcohol")]["replacement"] == "sparkling juice"
    action = by_target[(beat, "middle-east.alcohol")]
    assert action["kind"] == "action" and action["replacement"] == ""
    assert {p["decision"] for p in found["proposals"]} == {"open"}
    accepted = proposals(capsys, root, "--accept")
    assert accepted["accepted_now"] >= 1
    assert not (root / "adaptations.toml").read_text("utf-8").count(beat)  # never swapped
    again = proposals(capsys, root, "--accept")
    assert again["accepted_now"] == 0
    assert {p["decision"] for p in again["proposals"] if p["target"] == line} == {"accepted"}


def test_accepted_adaptations_reach_the_locale_only(
        project: tuple[Path, str, str], fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    root, line, _beat = project
    monkeypatch.setenv("FAKE_KEY", "sk-test")
    use_translator(root, fake, ["ar"])
    fake.respond(lambda request: json.dumps({"translations": [
        {"id": x["id"], "text": "AR " + x["text"]} for x in asked(request)]}))
    proposals(capsys, root, "--accept")
    assert main(["build", str(root), "--locale", "ar", "--until", "translate"]) == 0
    assert translation(root, "ar")[line]["text"] == "AR Pour me the Sparkling juice, now."
    assert "Champagne" in (root / "episodes/ep001.yaml").read_text("utf-8")
    # Its translators get the adapted line too.
    assert main(["export", str(root), "--format", "xliff2", "--locale", "ar"]) == 0
    assert "Pour me the Sparkling juice, now." in (root / "out/locales/ar.xliff").read_text()
    # Rejected: the locale says the line as written again.
    text = (root / "adaptations.toml").read_text("utf-8")
    (root / "adaptations.toml").write_text(
        text.replace('decision = "accepted"', 'decision = "rejected"'), "utf-8")
    assert main(["build", str(root), "--locale", "ar", "--until", "translate"]) == 0
    assert translation(root, "ar")[line]["text"] == "AR Pour me the Champagne, now."


def test_a_broken_adaptations_file_names_itself(
        project: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    root, _line, _beat = project
    (root / "adaptations.toml").write_text(
        '[[adaptation]]\nlocale = "ar"\nrule = "x"\ntarget = "ep001"\nreplace = "a"\n'
        'with = "b"\ndecision = "maybe"\n', "utf-8")
    assert main(["adapt-locale", str(root), "--locale", "ar"]) == 2
    err = capsys.readouterr().err
    assert "adaptations.toml" in err and "[[adaptation]] number 1, decision" in err


@pytest.mark.parametrize(("text", "word", "new", "language", "want"), [
    ("Pour the champagne.", "champagne", "juice", "en", "Pour the juice."),
    ("Champagne!", "champagne", "sparkling juice", "en", "Sparkling juice!"),
    ("Champagnes all round", "champagne", "juice", "en", "Champagnes all round"),
    ("她端起红酒泼了过去", "红酒", "果汁", "zh", "她端起果汁泼了过去"),
])
def test_a_swap_replaces_whole_words_and_keeps_the_case(
        text: str, word: str, new: str, language: str, want: str) -> None:
    assert apply_swap(text, word, new, language) == want


def test_a_title_without_the_markets_genre_words_is_retitled_when_accepted(
        project: tuple[Path, str, str], fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The locale's series title (here the model's) says nothing of the genre: a title
    from packs/locales/titles.toml with the market's words is proposed; accepted, it is
    the title the locale's covers get, and a title that has the words is left alone."""
    root, _line, _beat = project
    monkeypatch.setenv("FAKE_KEY", "sk-test")
    use_translator(root, fake, ["ar"])
    fake.respond(lambda request: json.dumps({"translations": [
        {"id": x["id"], "text": "AR " + x["text"]} for x in asked(request)]}))
    assert main(["build", str(root), "--locale", "ar", "--until", "translate"]) == 0
    built = root / ".microdrama/work/translate/ar/ep001.json"
    model_title = json.loads(built.read_text("utf-8"))["titles"]["series"]["text"]
    assert model_title.startswith("AR ")
    bible = Project.open(root).load_bible()
    assert bible is not None and "heiress" in bible.tropes
    found = {p["rule"]: p for p in proposals(capsys, root)["proposals"]}
    title = found["title.genre"]
    assert title["target"] == "series" and title["kind"] == "title"
    assert title["word"] == model_title and title["replacement"] == "الوريثة الحقيقية"
    assert title["decision"] == "open"
    proposals(capsys, root, "--accept")
    assert main(["build", str(root), "--locale", "ar", "--until", "translate"]) == 0
    titles = json.loads(built.read_text("utf-8"))["titles"]
    assert titles["series"] == {"text": "الوريثة الحقيقية", "via": "adaptation"}
    assert titles["ep001"]["via"] == "model"  # an episode title is the translator's
    # A person's title with a genre word: nothing to propose.
    (root / "adaptations.toml").unlink()
    (root / "locales").mkdir(exist_ok=True)
    (root / "locales/ar.yaml").write_text(
        "locale: ar\ntitles:\n  series: وريثة القصر المنسية\n", "utf-8")
    assert "title.genre" not in {p["rule"] for p in proposals(capsys, root)["proposals"]}


def test_the_review_shows_each_locales_proposals_with_their_decisions(
        project: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    """The producer's review lists what a target locale's audience would stumble on
    beside the episode's other findings: open proposals count at their pack's severity;
    once a person accepts or rejects one (adaptations.toml) it shows as settled."""
    root, line, beat = project
    (root / "drama.toml").write_text((root / "drama.toml").read_text("utf-8")
                                     + '\n[locales]\ntargets = ["ar"]\n', "utf-8")

    def review() -> dict[str, Any]:
        capsys.readouterr()
        assert main(["review", str(root), "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        return {(f["target"], f["rule"]): f for e in report["episodes"] for f in e["findings"]
                if f["target"].startswith("ar/")} | {("counts", ""): report["counts"]}

    before = review()
    spoken, shown = before[(f"ar/{line}", "middle-east.alcohol")], before[
        (f"ar/{beat}", "middle-east.alcohol")]
    assert spoken["waived"] == "" and spoken["context"].lower() == "champagne"
    assert spoken["market_name"] and "sparkling juice" in spoken["message"] + spoken["fix"]
    assert shown["waived"] == "" and shown["context"].lower() == "wine"
    html = (root / "out/review.html").read_text("utf-8")
    assert f"ar/{line}" in html and "middle-east.alcohol" in html
    proposals(capsys, root, "--accept")  # the line's swap is accepted; the picture's stays
    after = review()
    assert after[(f"ar/{line}", "middle-east.alcohol")]["waived"].startswith(
        "accepted in adaptations.toml")
    assert after[(f"ar/{beat}", "middle-east.alcohol")]["waived"] == ""
    severity = spoken["severity"]
    assert after[("counts", "")][severity] == before[("counts", "")][severity] - 1
