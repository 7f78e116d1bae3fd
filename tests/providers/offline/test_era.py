"""Eras: a palace idea is written as a period series, never as modern corporate drama."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from microdrama.cli import main
from microdrama.domain import Bible, Episode, Outline
from microdrama.domain.text import spoken_size
from microdrama.providers.offline.writer.banks import LANGUAGES, load_bank
from microdrama.providers.offline.writer.banks.schema import Bank, Move
from microdrama.providers.offline.writer.banks.text import expand
from microdrama.providers.offline.writer.era import era_bank, idea_era
from microdrama.review.continuity import replay
from microdrama.review.craft import check_craft, load_craft
from microdrama.review.lexicon import has_any
from tests.providers.offline.test_premise import IDEAS as MODERN_IDEAS
from tests.providers.offline.test_writer import write_series

PERIOD = "period"

# (language, idea, episodes, nouns of the idea that must reach the bible). The first of
# each language are ideas the survey found rewritten as modern drama; the rest are new.
PALACE_IDEAS = [
    ("zh", "冷宫里的废妃沈璃被皇后毒死，重生回到入宫那一天，这一世她要步步为营。", 8,
     ["沈璃", "废妃", "皇后", "冷宫"]),
    ("zh", "不受宠的答应苏婉在御花园被皇后罚跪，她要一步步走上后位", 7, ["苏婉", "皇后", "御花园"]),
    ("zh", "太子萧景珩被废后流放，贵妃趁机夺嫡，他隐忍三年杀回金銮殿", 6,
     ["萧景珩", "贵妃", "金銮殿"]),
    ("en", "A lowly stable boy in the emperor's palace is actually the lost crown prince, and "
     "the empress wants him dead.", 8, ["stable boy", "lost crown prince", "empress"]),
    ("en", "A palace maid named Jade is slapped by the noble consort in the imperial garden; she "
     "is secretly the late emperor's daughter", 7,
     ["Jade", "palace maid", "imperial garden", "consort", "late emperor's daughter"]),
    ("en", "A disgraced concubine named Mei is framed for poisoning the emperor's heir and sent "
     "to the cold palace", 6, ["Mei", "concubine", "cold palace"]),
]


def anachronisms(language: str) -> list[str]:
    era = load_bank(language).era(PERIOD)
    assert era is not None
    return era.anachronisms


def series_texts(bible: Bible, outline: Outline, episodes: list[Episode]) -> list[str]:
    """Every text the series shows: the bible, the outline, every action, line and title."""
    texts = [bible.title, bible.logline, bible.genre, bible.tone, bible.world, bible.secret]
    for character in bible.characters:
        texts += [character.name, character.description, character.speech, *character.traits]
    for location in bible.locations:
        texts += [location.name, location.description]
    for arc in outline.arcs:
        texts += [arc.title, arc.summary]
    for plan in outline.plan:
        texts += [plan.title, plan.summary, plan.hook, plan.reversal, plan.cliffhanger]
    for episode in episodes:
        texts.append(episode.title)
        for beat in episode.beats():
            texts.append(beat.action)
            texts += [text for line in beat.lines for text in (line.text, line.direction)]
    return texts


@pytest.fixture(scope="module", params=PALACE_IDEAS, ids=lambda i: f"{i[0]}-{i[1][:12]}")
def palace(request: pytest.FixtureRequest) -> tuple[str, list[str], Bible, Outline,
                                                     list[Episode]]:
    language, idea, episodes, nouns = request.param
    bible, outline, written = write_series(language, episodes, 1, idea=idea)
    return language, nouns, bible, outline, written


def test_a_palace_idea_gets_the_palace_trope(palace) -> None:  # noqa: ANN001
    _, _, bible, _, _ = palace
    assert bible.tropes[0] == "palace"
    assert bible.premise is not None and bible.premise.trope == "palace"


def test_no_line_action_place_or_bible_text_is_modern(palace) -> None:  # noqa: ANN001
    language, _, bible, outline, episodes = palace
    words = anachronisms(language)
    found = [(word, text) for text in series_texts(bible, outline, episodes)
             if (word := has_any(text, words, language))]
    assert not found, found[:5]
    # The looks painters draw are English prompt words, in either language's series.
    looks = [c.look.outfit for c in bible.characters] + [
        a for c in bible.characters for a in c.look.accessories]
    found = [(word, text) for text in looks if (word := has_any(text, anachronisms("en"), "en"))]
    assert not found, found


def test_the_ideas_people_and_places_reach_the_bible(palace) -> None:  # noqa: ANN001
    _, nouns, bible, _, _ = palace
    text = yaml.safe_dump(bible.model_dump(mode="json", exclude={"premise"}), allow_unicode=True)
    for noun in nouns:
        assert noun.lower() in text.lower(), f"{noun!r} missing from the bible"


def test_a_period_series_keeps_the_craft_and_the_continuity(palace) -> None:  # noqa: ANN001
    language, _, bible, _, episodes = palace
    craft = load_craft(language)
    assert replay(episodes)[1] == []
    lines = [line.text for episode in episodes for line in episode.lines()]
    assert len(set(lines)) >= 0.97 * len(lines)
    for episode in episodes:
        for text in lines:
            assert craft.line_min <= spoken_size(text, language) <= craft.line_max, text
        final = episode.number == len(episodes)
        assert not [f for f in check_craft(episode, language, final=final)
                    if f.severity != "info"]
    love = bible.by_role("love")
    if love is not None and love.gender == "female":  # a male lead's love is no emperor
        said = [line.text for e in episodes for line in e.lines() if line.speaker == love.id]
        assert not [t for t in said if "朕" in t or "Your Majesty" in t]


@pytest.mark.parametrize(("language", "idea"), [
    ("zh", "她重生回到冷宫那一年，这一世要让害她的人付出代价"),
    ("en", "A palace maid poisoned by the empress wakes up ten years earlier and vows to become "
     "empress herself."),
])
def test_a_rebirth_in_the_palace_stays_in_the_palace(language: str, idea: str) -> None:
    bible, outline, episodes = write_series(language, 8, 2, idea=idea)
    assert bible.tropes[:2] == ["palace", "rebirth"]
    words = anachronisms(language)
    assert not [t for t in series_texts(bible, outline, episodes) if has_any(t, words, language)]
    # Its rebirth is dealt in period moves only: the lead remembers the last life.
    from microdrama.providers.offline.writer.story import Series

    series = Series.of(bible, 2)
    rebirth = [m for m in load_bank(language).moves if "rebirth" in m.tropes]
    dealt = {m.id for m in series.bank.moves if "rebirth" in m.tropes and series.allowed(m)}
    assert dealt == {m.id for m in rebirth if PERIOD in m.eras and series.cast_fits(m)} != set()
    said = " ".join(line.text for episode in episodes for line in episode.lines())
    memory = ("上一世", "上辈子", "这一世") if language == "zh" else ("last life", "another life")
    assert any(word in said for word in memory)


def test_a_forced_modern_trope_on_a_palace_idea_stays_period() -> None:
    idea = PALACE_IDEAS[0][1]
    bible, _, _ = write_series("zh", 3, 1, idea=idea, genre="rebirth")
    assert bible.tropes[:2] == ["palace", "rebirth"]
    assert bible.premise is not None and any("古装" in note for note in bible.premise.assumed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_modern_ideas_stay_modern_and_see_the_bank_they_always_did(language: str) -> None:
    bank = load_bank(language)
    for idea_language, idea, *_ in MODERN_IDEAS:
        if idea_language == language:
            assert idea_era(bank, idea) == ("modern", "")
    modern = era_bank(language, "modern")
    assert [m.id for m in modern.moves] == [m.id for m in bank.moves if "modern" in m.eras]
    assert all("modern" in m.eras for m in modern.moves)
    assert all("modern" in s.eras for s in modern.schemes)
    assert modern.names == bank.names and modern.episode_titles == bank.episode_titles
    assert not {t.id for t in bank.tropes if t.era == PERIOD} & {
        m for move in modern.moves for m in move.tropes}


def _era_fills(bank: Bank) -> dict[str, str]:
    """The longest value each slot takes in a period series of ``bank``."""
    era = bank.era(PERIOD)
    assert era is not None
    period = era_bank(bank.language, PERIOD)
    if bank.language == "zh":
        name = max(era.names.surnames, key=len) + max(era.names.female + era.names.male, key=len)
    else:
        name = max(era.names.female + era.names.male, key=len)
    family = max(era.names.surnames, key=len)
    tropes = [t for t in bank.tropes if t.era == PERIOD]

    def longest(values: list[str]) -> str:
        return max(values, key=lambda v: spoken_size(v, bank.language))

    return {
        **{role: name for role in ("lead", "love", "rival", "aide", "wildcard", "schemer")},
        "elder": longest([a.format(family=family) for a in era.address.values()]),
        "family": family, "identity": longest([t.identity for t in tropes]),
        "prop": longest([s.prop for s in period.schemes]),
        "scheme": longest([s.scheme for s in period.schemes]),
        "stake": longest([s for t in tropes for s in t.stakes]),
        "place": longest([n.format(family=family) for p in period.places for n in p.names]),
    }


def _period_moves(bank: Bank) -> list[Move]:
    return [m for m in [*bank.moves, *(t.move for t in bank.twists)] if PERIOD in m.eras]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_period_entry_fits_its_era(language: str) -> None:
    bank = load_bank(language)
    words = anachronisms(language)
    period = era_bank(language, PERIOD)
    texts = [text for move in _period_moves(bank) for text in (
        *move.action, *(s for line in move.lines for s in (*line.say, *line.direction)))]
    for scheme in period.schemes:
        texts += [*scheme.title, scheme.summary, scheme.scheme, scheme.prop, scheme.fact]
    texts += [t.fact for t in period.twists]
    texts += [text for place in period.places for text in (*place.names, *place.description)]
    texts += period.episode_titles
    for trope in (t for t in bank.tropes if t.era == PERIOD):
        texts += [*trope.titles, *trope.logline, *trope.world, trope.identity, trope.secret,
                  *trope.stakes, *(d for spec in trope.roles.values() for d in spec.description)]
    found = [(word, text) for text in texts if (word := has_any(text, words, language))]
    assert not found, found[:5]
    # Enough of each beat that a series of ten episodes rarely deals one twice.
    for beat, least in {"hook": 14, "stakes": 20, "reversal": 16, "escalation": 20,
                        "cliffhanger": 12, "reveal": 4, "finale": 4}.items():
        assert sum(1 for m in period.moves if m.beat == beat and not m.tropes or
                   m.beat == beat and "palace" in m.tropes) >= least, beat
    for scheme in period.schemes:  # every period scheme has its hook and its expose
        own = [m for m in period.moves if scheme.id in m.schemes]
        assert {m.beat for m in own} >= {"hook", "reversal"}, scheme.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_period_lines_fit_the_length_rule_with_the_eras_names(language: str) -> None:
    bank = load_bank(language)
    craft = load_craft(language)
    fills = _era_fills(bank)
    bad = [f"{move.id}: {say!r}" for move in _period_moves(bank) for line in move.lines
           for say in (text for variant in line.say for text in expand(variant))
           if not craft.line_min <= spoken_size(say.format(**fills), language) <= craft.line_max]
    assert not bad, bad


def test_new_says_the_era_it_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "p"), "--idea", "她重生回到冷宫那一年，这一世要让害她的人付出代价"]) == 0
    out = capsys.readouterr().out
    assert "古装" in out and "palace" in out and "rebirth" in out


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_arcs_opening_hook_is_dealt_once_where_the_scheme_is_set_up(language: str) -> None:
    from microdrama.domain import Arc
    from microdrama.providers.offline.writer.story import Moment, Series, arc_scheme, deal_hook

    bible, _, _ = write_series(language, 1, 3, idea=PALACE_IDEAS[0 if language == "zh" else 4][1])
    series = Series.of(bible, 3)
    opening = {m.id for m in era_bank(language, PERIOD).moves if m.phase == "open"}
    for scheme in era_bank(language, PERIOD).schemes:
        arc = Arc(id="arc01", title="", first=1, last=10, summary="", scheme=scheme.id,
                  schemer=bible.characters[2].id)
        assert arc_scheme(series, arc).id == scheme.id
        dealt = [deal_hook(series, Moment(n, arc, n == 1, n == 10, False, False, False),
                           revealed=False).id for n in range(2, 11)]
        if not series.cast_fits(next(m for m in series.bank.moves if scheme.id in m.schemes
                                     and m.phase == "open")):
            continue
        assert dealt[0] in opening, (scheme.id, dealt[0])  # episode 2: the pilot was the idea's
        assert not set(dealt[1:]) & opening, scheme.id


def test_an_interactive_palace_episode_says_nothing_modern() -> None:
    from tests.providers.offline.test_branching_writer import write_series as write_branching

    bible, _, episodes = write_branching("zh", PALACE_IDEAS[1][1], 1, episodes=4)
    assert bible.tropes[0] == "palace" and any(e.branching for e in episodes)
    said = [text for e in episodes for s in e.scenes for b in s.beats
            for text in (b.action, *(line.text for line in b.lines))]
    said += [c.label for e in episodes for s in e.scenes for c in s.choices]
    said += [s.ending.title for e in episodes for s in e.scenes if s.ending is not None]
    found = [(w, t) for t in said if (w := has_any(t, anachronisms("zh"), "zh"))]
    assert not found, found
