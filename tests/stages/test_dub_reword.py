"""A dubbed line too long for its place is said shorter by the translator (asked with its
budget) and voiced again before anything is sped up: through a loopback
OpenAI-compatible server whose translations run long, on a built English episode."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from microdrama.cli import main
from microdrama.domain.timeline import Timeline, fit_dub, line_rooms
from microdrama.media.audio import audio_rules, duration_ms
from tests.conftest import EPISODE_EN, copy_project, isolated_config, project_template
from tests.providers.fake_openai import FakeOpenAI
from tests.stages.test_locale_build import KEY, asked, use_translator

PADDING = " — sí, de verdad, te lo digo otra vez, escúchame bien, por favor"


def padded(ident: str) -> bool:
    """Whether this fake model translates the line long (about half the lines, by id)."""
    return sum(map(ord, ident)) % 2 == 0


def short(text: str) -> str:
    """A translation that surely fits: the first half of the words."""
    words = text.split()
    return " ".join(words[: max(1, len(words) // 2)])


class Model:
    """A fake translator: about half the lines come out padded to three times their
    length, the rest short; asked to shorten, it answers within the budget (or, for lines
    it is stubborn about, no shorter)."""

    def __init__(self) -> None:
        self.stubborn: set[str] = set()
        #: Lines it first says only a word shorter (still too long), then within budget.
        self.halfway: set[str] = set()
        self.shorten_asks: list[dict[str, Any]] = []

    def __call__(self, request: Any) -> str:
        lines = asked(request)
        if lines and "draft" in lines[0]:
            self.shorten_asks += lines
            pairs = [{"id": x["id"], "text": self.shorter(x)} for x in lines]
        else:
            pairs = [{"id": x["id"], "text": "ES " + x["text"] + PADDING if padded(x["id"])
                      else short(x["text"])} for x in lines]
        return json.dumps({"translations": pairs}, ensure_ascii=False)

    def shorter(self, ask: dict[str, Any]) -> str:
        if ask["id"] in self.stubborn:
            return str(ask["draft"])
        if ask["id"] in self.halfway:
            self.halfway.discard(ask["id"])
            return " ".join(ask["draft"].split()[:-1])
        return str(ask["draft"][: ask["max_chars"]].strip())


@pytest.fixture(scope="module")
def dubbed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, FakeOpenAI, Model]]:
    """A built 30-s English episode, dubbed into es by the fake model (to the subtitles)."""
    root = copy_project(project_template(tmp_path_factory, EPISODE_EN, []),
                        tmp_path_factory.mktemp("reword") / "drama")
    home = tmp_path_factory.mktemp("home")
    model = Model()
    with isolated_config(home), pytest.MonkeyPatch.context() as patch, FakeOpenAI() as fake:
        patch.setenv("FAKE_KEY", KEY)
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
            patch.delenv(name, raising=False)
        use_translator(root, fake, ["es"])
        fake.respond(model)
        assert main(["build", str(root), "--locale", "es", "--until", "subtitles"]) == 0
        yield root, fake, model


def work(root: Path, relative: str) -> Any:
    return json.loads((root / ".microdrama/work" / relative).read_text("utf-8"))


def lengthen(root: Path, line: str, word: str) -> None:
    """Add ``word`` to a padded line's source (so it is translated, dubbed and reworded
    again), then build the es dub to its subtitles."""
    script = root / "episodes/ep001.yaml"
    text = work(root, "translate/es/ep001.json")["lines"][line]["text"]
    source = text.removeprefix("ES ").removesuffix(PADDING)
    script.write_text(script.read_text("utf-8").replace(source, f"{source} {word}", 1), "utf-8")
    assert main(["build", str(root), "--locale", "es", "--until", "subtitles"]) == 0


def test_long_dubs_are_reworded_within_their_budget_and_voiced_again(
        dubbed: tuple[Path, FakeOpenAI, Model]) -> None:
    root, _, model = dubbed
    rules = audio_rules()["dubbing"]
    translation = work(root, "translate/es/ep001.json")["lines"]
    reword = work(root, "reword/es/ep001.json")
    source = Timeline.model_validate(work(root, "timing/ep001.json"))
    rooms = line_rooms(source, min_gap_ms=rules["min_gap_ms"], min_tail_ms=rules["min_tail_ms"])
    first = {line: duration_ms((root / f".microdrama/work/voice/es/ep001/{line}.wav").read_bytes())
             for line in translation}
    over = {line for line in translation if first[line] > rooms[line]}
    assert over and len(over) < len(translation)  # some run long, some fit
    # Exactly the lines whose first take ran past their place were asked, each once, with
    # a budget below the draft and the times; the ones that fit were not.
    assert sorted(x["id"] for x in model.shorten_asks) == sorted(over)
    for ask in model.shorten_asks:
        assert ask["draft"] == translation[ask["id"]]["text"]
        assert ask["max_chars"] < len(ask["draft"])
        assert ask["budget_ms"] == rooms[ask["id"]] and ask["spoken_ms"] == first[ask["id"]]
    assert set(reword["lines"]) == over and not reword["kept"]
    timeline = Timeline.model_validate(work(root, "timing/es/ep001.json"))
    when = {t.line: t for t in timeline.lines}
    takes = {}
    for line in over:
        take = root / f".microdrama/work/redub/es/ep001/{line}.wav"
        takes[line] = duration_ms(take.read_bytes())
        assert takes[line] < first[line]  # the shorter words are spoken shorter
        assert when[line].reworded and when[line].end_ms - when[line].start_ms == round(
            takes[line] / when[line].tempo)
    assert not any(when[line].reworded for line in set(translation) - over)
    # Rewording first leaves less to speed up and less running over than the first takes.
    as_is, as_is_over = fit_dub(source, first, max_tempo=rules["max_tempo"],
                                min_gap_ms=rules["min_gap_ms"], min_tail_ms=rules["min_tail_ms"])
    fit = work(root, "timing/es/ep001.fit.json")
    assert sum(x["overrun_ms"] for x in fit["lines"]) < sum(as_is_over.values())
    sped = {t.line: t.tempo for t in as_is.lines}
    assert sum(when[line].tempo for line in over) < sum(sped[line] for line in over)
    assert all(x.get("reworded", False) == (x["line"] in over) for x in fit["lines"])
    # The subtitles say what is spoken: the shorter words.
    cues = " ".join(c["text"] for c in work(root, "cues/es/ep001.json"))
    for line in over:
        assert reword["lines"][line]["text"].split()[-1] in cues


def test_a_rebuild_asks_nothing_and_an_edit_rewords_that_line_only(
        dubbed: tuple[Path, FakeOpenAI, Model], capsys: pytest.CaptureFixture[str]) -> None:
    root, fake, model = dubbed
    before = len(fake.requests)
    assert main(["build", str(root), "--locale", "es", "--until", "subtitles"]) == 0
    assert len(fake.requests) == before  # every wording and take reused
    capsys.readouterr()
    assert main(["status", str(root), "--until", "subtitles", "--locale", "es", "--json"]) == 0
    states = {(i["stage"], i["item"]): i["state"] for i in json.loads(capsys.readouterr().out)}
    assert states[("reword", "es/ep001")] == "fresh"
    assert all(state == "fresh" for (stage, _), state in states.items() if stage == "redub")
    assert any(stage == "redub" for stage, _ in states)

    # A model that will not say one line shorter: that line keeps its draft (sped up),
    # the reason is kept, and only that line is asked.
    reword = work(root, "reword/es/ep001.json")
    line = sorted(reword["lines"])[0]
    model.stubborn.add(line)
    model.shorten_asks.clear()
    lengthen(root, line, "Now")
    assert [x["id"] for x in model.shorten_asks] == [line]
    after = work(root, "reword/es/ep001.json")
    assert after["kept"][line]["why"] == "not-shorter" and line not in after["lines"]
    timeline = work(root, "timing/es/ep001.json")
    assert not next(t for t in timeline["lines"] if t["line"] == line).get("reworded")
    assert {k: v for k, v in after["lines"].items() if k != line} == {
        k: v for k, v in reword["lines"].items() if k != line}
    assert main(["review", str(root), "--no-build"]) == 0
    review = json.loads((root / "out/review.json").read_text("utf-8"))
    findings = {f["target"]: f for e in review["episodes"] for f in e["findings"]}
    assert findings[f"es/{line}"]["rule"] == "dub.overrun"  # kept, sped up, still long
    for ident, entry in after["lines"].items():
        assert findings[f"es/{ident}"]["rule"] == "dub.reworded"
        assert entry["text"] in findings[f"es/{ident}"]["message"]
        assert findings[f"es/{ident}"]["context"] == entry["draft"]


def test_translators_files_show_the_shorter_words_the_dub_speaks(
        dubbed: tuple[Path, FakeOpenAI, Model]) -> None:
    """A translator reads, beside a line's translation, the shorter words the dub says
    (so they can make the translation itself fit); lines spoken as translated have none."""
    from xml.etree import ElementTree

    from translate.storage import factory

    root, _, _ = dubbed
    reword = work(root, "reword/es/ep001.json")["lines"]
    translation = work(root, "translate/es/ep001.json")["lines"]
    assert main(["export", str(root), "--format", "po", "--locale", "es"]) == 0
    store = factory.getobject(str(root / "out/locales/es.po"))
    notes = {unit.getcontext(): unit.getnotes("developer") for unit in store.units
             if unit.getcontext() in translation}
    assert set(notes) == set(translation)
    for line, text in notes.items():
        assert ("dubbed: spoken shorter" in text) == (line in reword), line
        if line in reword:
            assert reword[line]["text"] in text
    assert main(["export", str(root), "--format", "xliff2", "--locale", "es"]) == 0
    tree = ElementTree.parse(root / "out/locales/es.xliff")
    space = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    dubbed_notes = {unit.get("id"): note.text for unit in tree.iterfind(".//x:unit", space)
                    for note in unit.iterfind(".//x:note[@category='dubbed']", space)}
    assert set(dubbed_notes) == set(reword)


def test_an_answer_still_too_long_is_asked_again_from_itself(
        dubbed: tuple[Path, FakeOpenAI, Model]) -> None:
    """The translator's first answer is shorter but, spoken at the draft's pace, would
    still run past the line's place: it is asked once more, from that answer, with a
    budget scaled the same way, and the second answer is what the dub says."""
    root, _, model = dubbed
    reword = work(root, "reword/es/ep001.json")
    line = sorted(reword["lines"])[-1]
    model.halfway.add(line)
    model.shorten_asks.clear()
    lengthen(root, line, "Today")
    first, second = [x for x in model.shorten_asks if x["id"] == line]
    assert second["draft"] == " ".join(first["draft"].split()[:-1])  # the first answer
    assert second["budget_ms"] == first["budget_ms"] < second["spoken_ms"] < first["spoken_ms"]
    assert second["max_chars"] < first["max_chars"]
    after = work(root, "reword/es/ep001.json")["lines"][line]
    assert after["text"] == second["draft"][: second["max_chars"]].strip()
    assert after["draft"] == first["draft"]  # the translation it shortened
