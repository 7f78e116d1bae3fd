"""Every cliffhanger is paid off: the next episode opens by answering it (0031)."""

from __future__ import annotations

import pytest

from microdrama.domain import Episode
from microdrama.domain.text import spoken_size
from microdrama.providers.offline.writer.banks import load_bank
from microdrama.providers.offline.writer.banks.text import expand
from microdrama.providers.offline.writer.provider import write_series
from microdrama.review.continuity import replay
from microdrama.review.craft import load_craft

IDEAS = [
    ("en", "A nurse discovers she is the lost heiress of a hospital empire", 3),
    ("en", "A framed husband returns with a fortune to take revenge on his wife's family", 5),
    ("en", "A palace maid poisoned by the empress wakes up ten years earlier", 2),
    ("zh", "被退婚的真千金回到豪门，发现假千金偷走了她的人生", 7),
    ("zh", "重生回到被打入冷宫的前一夜，她决定先下手为强", 11),
    ("zh", "外卖小哥其实是隐藏身份的首富继承人", 4),
]




def _ending_move(language: str, action: str) -> tuple[str, int] | None:
    """(id, variant) of the bank cliffhanger whose action variant reads ``action`` (its
    slots filled): every fixed piece of the template appears in order."""
    import string

    for move in load_bank(language).moves:
        if move.beat != "cliffhanger":
            continue
        for index, template in enumerate(move.action):
            pieces = [lit for lit, _, _, _ in string.Formatter().parse(template) if lit.strip()]
            at = 0
            for piece in pieces:
                found = action.find(piece, at)
                if found < 0:
                    break
                at = found + len(piece)
            else:
                return move.id, index
    return None


@pytest.fixture(scope="module", params=IDEAS, ids=[f"{i[0]}-{i[2]}" for i in IDEAS])
def series(request: pytest.FixtureRequest) -> tuple[str, list[Episode]]:
    language, idea, seed = request.param
    _, _, episodes = write_series(language, idea, episodes=12, seed=seed)
    return language, episodes


def test_every_episode_after_a_cliffhanger_opens_on_its_payoff(series) -> None:  # noqa: ANN001
    language, episodes = series
    bank = {m.id: m for m in load_bank(language).moves}
    answered = 0
    for before, after in zip(episodes, episodes[1:], strict=False):
        last = before.scenes[-1].beats[-1]
        if last.kind != "cliffhanger":
            continue
        found = _ending_move(language, last.action)
        assert found is not None, last.action
        move = bank[found[0]]
        assert move.payoff is not None
        first = after.scenes[0].beats[0]
        assert first.kind == "hook"
        assert last.action in first.action  # the recap stays
        # the first beat is the pay-off: its action, and its lines in their order
        payoff_action = move.payoff.action[found[1] if len(move.payoff.action) > 1 else 0]
        head = payoff_action.split("{")[0].strip(" '")
        assert not head or head in first.action, (payoff_action, first.action)
        said = [line.text for line in first.lines]
        for template, text in zip(move.payoff.lines, said, strict=False):
            variant = template.say[found[1] if len(template.say) > 1 else 0]
            fixed = [max(line.replace("}", "{").split("{")[::2], key=len).strip()
                     for line in expand(variant)]  # a line of parts: one it composes
            assert any(part in text for part in fixed), (variant, said)
        answered += 1
    assert answered >= 6


def test_no_episode_contradicts_a_cliffhanger(series) -> None:  # noqa: ANN001
    """The taken are gone until the pay-off brings them back, and the continuity review
    finds nothing along the way."""
    language, episodes = series
    bank = {m.id: m for m in load_bank(language).moves}
    assert replay(episodes)[1] == []
    for before, after in zip(episodes, episodes[1:], strict=False):
        last = before.scenes[-1].beats[-1]
        left = [e for e in last.events if e.kind == "leaves"]
        found = _ending_move(language, last.action) if last.kind == "cliffhanger" else None
        payoff = bank[found[0]].payoff if found else None
        assert bool(left) == bool(payoff and payoff.missing), last.action
        if left:
            back = [e for e in after.scenes[0].beats[0].events if e.kind == "returns"]
            assert back and set(back[0].who) == set(left[0].who)


def test_someone_taken_is_missing_until_the_payoff() -> None:
    """A cliffhanger that takes the lead away leaves the ledger saying so, and an episode
    where the lead is simply there without the pay-off is a continuity error."""
    _, _, episodes = write_series("zh", "重生回到被打入冷宫的前一夜，她决定先下手为强",
                                  episodes=12, seed=11)
    taken = [n for n, e in enumerate(episodes[:-1])
             if any(ev.kind == "leaves" for ev in e.scenes[-1].beats[-1].events)]
    assert taken
    n = taken[0]
    after = episodes[n + 1].model_copy(deep=True)
    after.scenes[0].beats[0].events = [e for e in after.scenes[0].beats[0].events
                                       if e.kind != "returns"]
    findings = replay([*episodes[:n + 1], after])[1]
    assert any(f.rule == "continuity.gone" for f in findings)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_cliffhanger_in_the_bank_has_a_payoff_of_the_right_length(language: str) -> None:
    craft = load_craft(language)
    cliffhangers = [m for m in load_bank(language).moves if m.beat == "cliffhanger"]
    assert len(cliffhangers) >= 40
    sample = "Mia" if language == "en" else "沈以宁"
    for move in cliffhangers:
        assert move.payoff is not None, move.id
        for line in move.payoff.lines:
            for say in (text for variant in line.say for text in expand(variant)):
                text = say
                for slot in ("lead", "love", "rival", "elder", "aide", "wildcard", "schemer",
                             "family", "identity", "stake", "prop"):
                    text = text.replace("{" + slot + "}", sample)
                assert craft.line_min <= spoken_size(text, language) <= craft.line_max, say
