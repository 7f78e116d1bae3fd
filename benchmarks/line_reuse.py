"""How many of a series' lines another series says too: the offline writer across ideas.

Run: .venv/bin/python benchmarks/line_reuse.py [--episodes 12] [--seed 1] [--show 0]

For ten ideas a language (different tropes and settings: a contract marriage, revenge,
rebirth, the palace, family, the workplace, a village, first-person ideas…) it writes a
series offline (bible, outline, every script) and takes its dialogue lines bare: every slot
filler (names, the family, the secret, the stake, the prop, places, the idea's words)
replaced by a placeholder, punctuation and case dropped (``writer/reuse.py``). It prints,
per series, the share of its lines that any other series of the language says too, then
the mean and the maximum per language, and the share of distinct bare lines within a
series; and the share of a series' lines one other series says, over every pair (what a
viewer of two shows hears again). ``--show N`` prints the N bare lines most shared across series.
"""

from __future__ import annotations

import argparse
from collections import Counter
from statistics import mean

from microdrama.providers.offline.writer.provider import write_series
from microdrama.providers.offline.writer.reuse import bare_lines, shared_share

IDEAS = {
    "en": [
        "A struggling florist named Ivy signs a contract marriage with cold billionaire CEO "
        "Adrian Cole to pay for her mother's surgery",
        "My husband and my sister stole my company and left me for dead; now I'm back to take "
        "everything from them",
        "After her husband Ryan cheats on her with her best friend, Claire wakes up five years "
        "in the past and decides to take revenge",
        "A palace maid poisoned by the empress wakes up ten years earlier and vows to become "
        "empress herself.",
        "Her stepmother Diane throws June out of the family mansion in the rain",
        "An intern named Maya is humiliated by her boss Derek at the company gala, but she is "
        "secretly the founder's daughter",
        "A village doctor named Sam is mocked by the mayor's son, but he is secretly a "
        "legendary surgeon",
        "Five years after one night with a stranger, single mom Nora learns her new boss is "
        "her son's real father",
        "A waitress named Lily is slapped by the alpha's fiancee at the pack gala; she is "
        "secretly the true luna",
        "A chef named Rosa loses her restaurant to her business partner Marco and comes back "
        "as a food critic to ruin him",
    ],
    "zh": [
        "落魄设计师苏晴和冷面总裁顾言签下契约婚姻，只为给母亲凑手术费",
        "我老公和我闺蜜联手骗走了我的公司，我要亲手拿回属于我的一切",
        "重生回到十八岁，她发誓这一次绝不嫁给渣男周明",
        "冷宫里的废妃沈璃被皇后毒死，重生回到入宫那一天，这一世她要步步为营。",
        "被婆婆赶出家门的单亲妈妈苏念，带着孩子五年后归来，孩子的亲生父亲竟是首富",
        "公司年会上，实习生林晚被总监当众扇了一耳光，没人知道她是董事长失散多年的女儿",
        "村里的赤脚医生李春生被村长的儿子当众羞辱，其实他是隐世神医",
        "上门女婿叶凡被丈母娘赶出家门，其实他是隐退的兵王",
        "继母赵红霸占了母亲留下的老宅，把她赶出家门",
        "开小面馆的林小满被房东逼着搬走，其实她是米其林大厨",
    ],
}


def measure(language: str, ideas: list[str], episodes: int, seed: int,
            show: int) -> None:
    series = []
    for idea in ideas:
        bible, _, written = write_series(language, idea, episodes=episodes, seed=seed)  # type: ignore[arg-type]
        series.append((idea, bible.tropes[0], bare_lines(bible, written, seed)))
    shares, distinct = [], []
    for index, (idea, trope, lines) in enumerate(series):
        others = [other for i, (_, _, other) in enumerate(series) if i != index]
        share = shared_share(lines, others)
        shares.append(share)
        distinct.append(len(set(lines)) / len(lines))
        print(f"  {share:5.1%} shared, {distinct[-1]:5.1%} distinct, {len(lines):3} lines  "
              f"{trope:15} {idea[:48]}")
    pairs = [shared_share(one, [two]) for i, (_, _, one) in enumerate(series)
             for j, (_, _, two) in enumerate(series) if i != j]
    print(f"{language}: shared with another series mean {mean(shares):5.1%}, "
          f"max {max(shares):5.1%}; with one other series mean {mean(pairs):5.1%}, "
          f"max {max(pairs):5.1%}; distinct within a series mean {mean(distinct):5.1%}, "
          f"min {min(distinct):5.1%} ({len(ideas)} ideas, {episodes} episodes, seed {seed})")
    if show:
        counts = Counter(line for _, _, lines in series for line in set(lines))
        for line, n in counts.most_common(show):
            print(f"    {n} series: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--episodes", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0, help="print the N most shared lines")
    parser.add_argument("--language", choices=sorted(IDEAS), nargs="+", default=sorted(IDEAS))
    args = parser.parse_args()
    for language in args.language:
        measure(language, IDEAS[language], args.episodes, args.seed, args.show)


if __name__ == "__main__":
    main()
