"""Two series from two ideas do not say the same lines (0035): bank and premise lines are
composed of parts ([one|other]) each series chooses its own way, so only the slot fillers
differing is no longer what tells two series apart."""

from __future__ import annotations

import copy
import random

import pytest

from microdrama.packs import PackError, read_pack
from microdrama.providers.offline.writer.banks import parse_bank
from microdrama.providers.offline.writer.banks.text import compose, expand
from microdrama.providers.offline.writer.provider import write_series
from microdrama.providers.offline.writer.reuse import bare, bare_lines, shared_share

#: Four ideas a language, of different tropes and settings.
IDEAS = {
    "en": ["A struggling florist named Ivy signs a contract marriage with cold billionaire "
           "CEO Adrian Cole to pay for her mother's surgery",
           "An intern named Maya is humiliated by her boss Derek at the company gala, but she "
           "is secretly the founder's daughter",
           "A village doctor named Sam is mocked by the mayor's son, but he is secretly a "
           "legendary surgeon",
           "My husband and my sister stole my company and left me for dead; now I'm back to "
           "take everything from them"],
    "zh": ["落魄设计师苏晴和冷面总裁顾言签下契约婚姻，只为给母亲凑手术费",
           "公司年会上，实习生林晚被总监当众扇了一耳光，没人知道她是董事长失散多年的女儿",
           "村里的赤脚医生李春生被村长的儿子当众羞辱，其实他是隐世神医",
           "我老公和我闺蜜联手骗走了我的公司，我要亲手拿回属于我的一切"],
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_series_of_different_ideas_seldom_share_a_line(language: str) -> None:
    """Measured (benchmarks/line_reuse.py's measure, seed 1, 12 episodes): one series' lines
    another of these says, pair by pair, 15–26 % on main, 1.7–6.8 % with parts; the first
    series' lines any of the other three says, 52–53 % on main, 8–13 % with parts."""
    series = []
    for idea in IDEAS[language]:
        bible, _, episodes = write_series(language, idea, episodes=12, seed=1)  # type: ignore[arg-type]
        series.append(bare_lines(bible, episodes, 1))
    pairs = [shared_share(one, [two]) for i, one in enumerate(series)
             for two in series[i + 1:]]
    assert max(pairs) <= 0.12, [f"{p:.0%}" for p in pairs]
    assert shared_share(series[0], series[1:]) <= 0.22


def test_a_line_of_parts_stands_for_every_line_it_composes() -> None:
    text = "[Prove it.|Go on, prove it.] You can't.[| Nobody can.]"
    assert expand(text) == ["Prove it. You can't.", "Prove it. You can't. Nobody can.",
                            "Go on, prove it. You can't.",
                            "Go on, prove it. You can't. Nobody can."]
    said = {compose(text, random.Random(n)) for n in range(40)}
    assert said == set(expand(text))
    assert compose("证据呢？[拿不出来，就闭嘴。|没有就别乱说。]", random.Random(1)) in {
        "证据呢？拿不出来，就闭嘴。", "证据呢？没有就别乱说。"}
    assert expand("No parts here.") == ["No parts here."]


def test_bare_lines_take_out_every_slot_filler() -> None:
    assert bare("Sign over the Titan contract, Maya!", ["the Titan contract", "Maya"]) == \
        "sign over · ·"
    assert bare("林晚，婚约归你了。", ["林晚", "婚约"]) == "· ·归你了"


def _broken(change: str) -> dict[str, object]:
    data: dict[str, object] = copy.deepcopy(read_pack("banks", "en"))
    moves = data["moves"]
    assert isinstance(moves, list)
    move = next(m for m in moves if m.get("stake"))
    if change == "group":
        move["lines"][0]["say"][0] = "[Prove it.|Go on, prove it. You can't."
    else:
        del move["stake"]
    return data


@pytest.mark.parametrize(("change", "message"), [
    ("group", "a part group is [one|other]"),
    ("stake", "says {stake}: give the kinds it may name"),
])
def test_the_bank_refuses_an_open_group_or_a_stake_of_no_kind(change: str, message: str) -> None:
    with pytest.raises(PackError, match=r"banks/en\.yaml") as caught:
        parse_bank(_broken(change), "banks/en.yaml")
    assert message in str(caught.value)
