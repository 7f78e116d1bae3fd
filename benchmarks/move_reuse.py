"""How often the offline writer deals a move a second time, palace series against modern.

Run: .venv/bin/python benchmarks/move_reuse.py [--episodes 10] [--seeds 1 2]

For four palace and four modern ideas a language it writes a series (bible, outline,
every script) and counts the bank moves its episodes are built from (the premise's own
moves left out). A move dealt again comes back in its next variant, so the words differ,
but the situation repeats (the same banquet trap twice); it prints the share of moves
that are such repeats, and the share of distinct lines.
"""

from __future__ import annotations

import argparse
from collections import Counter

import microdrama.providers.offline.writer.episode as episode_module
from microdrama.domain import Episode
from microdrama.providers.offline.writer.banks.schema import Move
from microdrama.providers.offline.writer.provider import write_series
from microdrama.providers.offline.writer.story import Blueprint

IDEAS = {
    ("palace", "zh"): [
        "秀女温婉宁入宫第一天就被贵妃赏了一碗毒汤，她其实是被太后害死的林将军之女",
        "不受宠的答应苏婉在御花园被皇后罚跪，她要一步步走上后位",
        "冷宫里的废妃沈璃被皇后毒死，重生回到入宫那一天，这一世她要步步为营。",
        "皇宫里的小宫女沈清，被贵妃陷害打入冷宫，其实她是先皇遗落民间的公主"],
    ("palace", "en"): [
        "A palace maid named Jade is slapped by the noble consort in the imperial garden; she "
        "is secretly the late emperor's daughter",
        "A lowly stable boy in the emperor's palace is actually the lost crown prince, and "
        "the empress wants him dead.",
        "A disgraced concubine named Mei is framed for poisoning the emperor's heir and sent "
        "to the cold palace",
        "A palace maid poisoned by the empress wakes up ten years earlier and vows to become "
        "empress herself."],
    ("modern", "zh"): [
        "外卖员陈默其实是失传的神医传人，被富二代赵磊当众羞辱，在医院走廊救活了垂危的老人",
        "公司年会上，实习生林晚被总监当众扇了一耳光，没人知道她是董事长失散多年的女儿",
        "重生回到十八岁，她发誓这一次绝不嫁给渣男周明",
        "被婆婆赶出家门的单亲妈妈苏念，带着孩子五年后归来，孩子的亲生父亲竟是首富"],
    ("modern", "en"): [
        "An intern named Maya is humiliated by her boss Derek at the company gala, but she is "
        "secretly the founder's daughter",
        "A janitor at Mercy Hospital is actually a genius surgeon; when the chief of surgery "
        "Victor fires him, he vows to take back everything",
        "After her husband Ryan cheats on her with her best friend, Claire wakes up five years "
        "in the past and decides to take revenge",
        "Her stepmother Diane throws June out of the family mansion in the rain"],
}


def write(language: str, idea: str, episodes: int, seed: int) -> list[Episode]:
    return write_series(language, idea, episodes=episodes, seed=seed)[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--episodes", type=int, default=10)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    dealt: list[str] = []
    pick, blueprint = episode_module.pick, episode_module.blueprint

    def recording_pick(*a: object, **k: object) -> Move:
        move = pick(*a, **k)  # type: ignore[arg-type]
        dealt.append(move.id)
        return move

    def recording_blueprint(*a: object, **k: object) -> Blueprint:
        blue = blueprint(*a, **k)  # type: ignore[arg-type]
        dealt.extend(move.id for _, move in [*blue.first, *blue.second])
        return blue

    episode_module.pick, episode_module.blueprint = recording_pick, recording_blueprint
    for (era, language), ideas in IDEAS.items():
        again = total = lines = distinct = 0
        for idea in ideas:
            for seed in args.seeds:
                dealt.clear()
                episodes = write(language, idea, args.episodes, seed)
                moves = Counter(m for m in dealt if not m.startswith("premise-"))
                again += sum(n - 1 for n in moves.values())
                total += sum(moves.values())
                said = [line.text for e in episodes for line in e.lines()]
                lines, distinct = lines + len(said), distinct + len(set(said))
        print(f"{era:6} {language}: {again / total:5.1%} of {total} moves dealt again, "
              f"{distinct / lines:5.1%} of {lines} lines distinct "
              f"({len(ideas)} ideas × {len(args.seeds)} seeds, {args.episodes} episodes)")


if __name__ == "__main__":
    main()
