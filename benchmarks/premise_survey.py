"""How often the offline writer misreads an idea's people (decision 0036's survey).

Run: PYTHONPATH=src .venv/bin/python benchmarks/premise_survey.py [--language en|zh] [--show]

Each idea below was written for this survey (none is in the tests of earlier surveys) with
what a reader should find in it: the lead (a word of their job or name, and the name the
idea gives, '' for none), the lead's gender, the antagonists, the love interest and the
stake (what the lead fights for), each None when the idea does not say. The idea goes
through the same reading as ``new`` (``premise.understand``); a field that reads otherwise
is a misreading. It prints the count by field and, with --show, every misreading.

The ideas marked ``held`` were kept out while the reader was changed and are asserted in
``tests/providers/offline/test_premise_reading.py``.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from microdrama.domain.premise import Premise
from microdrama.providers.offline.writer.banks import load_bank
from microdrama.providers.offline.writer.cast import lead_genders, trope_scores
from microdrama.providers.offline.writer.premise import understand


@dataclass(frozen=True)
class Idea:
    """One idea and what its reader should find ('' name: the idea names no one)."""

    text: str
    lead: str
    name: str = ""
    gender: str | None = None
    foes: tuple[str, ...] = ()
    love: str | None = None
    stake: str | None = None
    held: bool = False
    tags: tuple[str, ...] = field(default=())


EN = [
    Idea("A former Olympic gymnast coaches kids at a run-down gym until the coach who abused "
         "her comes back to town.", "gymnast", gender="female", foes=("coach",)),
    Idea("A Michelin-starred chef loses his restaurant when his business partner forges his "
         "signature.", "chef", gender="male", foes=("partner",)),
    Idea("The nurse Lily finds out her husband has been stealing from her patients.", "nurse",
         "Lily", "female", foes=("husband",)),
    Idea("Single mom Rosa takes on the landlord who wants to evict her and her twins.",
         "mom", "Rosa", "female", foes=("landlord",)),
    Idea("A Harvard-educated lawyer hides his degree and works as a janitor to catch his "
         "father's killer.", "lawyer", gender="male", foes=("killer",)),
    Idea("A Parisian florist falls for the grumpy banker who is foreclosing on her shop.",
         "florist", gender="female", love="banker", stake="shop"),
    Idea("A Texan rancher must save his family ranch from a greedy oil baron.", "rancher",
         gender="male", foes=("baron",), stake="ranch"),
    Idea("The detective Marcus Hale discovers his partner is working for the cartel.",
         "detective", "Marcus Hale", "male", foes=("partner",)),
    Idea("Young widow Elena inherits her husband's vineyard and a feud with his brother.",
         "widow", "Elena", "female", foes=("brother",)),
    Idea("A Grammy-winning singer loses her voice after her manager poisons her.", "singer",
         gender="female", foes=("manager",)),
    Idea("A Navy SEAL comes home to find his little sister bullied by the mayor's son.",
         "SEAL", gender="male", foes=("son",)),
    Idea("A Wall Street trader, disgraced and broke, takes a job as a butler for the "
         "billionaire who ruined him.", "trader", gender="male", foes=("billionaire",)),
    Idea("The maid Clara is framed for theft by the duchess she serves.", "maid", "Clara",
         "female", foes=("duchess",)),
    Idea("A Victorian governess falls in love with the widowed earl whose children she "
         "teaches.", "governess", gender="female", love="earl"),
    Idea("A shy Japanese exchange student is bullied by the queen bee of her Californian "
         "high school.", "student", gender="female", foes=("queen bee",)),
    Idea("My ex-wife married my brother, and now they want my half of the company.", "",
         gender="male", foes=("ex-wife",)),
    Idea("A Pulitzer-winning journalist goes undercover in a cult to rescue her daughter.",
         "journalist", gender="female", stake="daughter"),
    Idea("Firefighter Jake Moreno is accused of starting the fire he died trying to stop by "
         "the arson investigator who hates him.", "firefighter", "Jake Moreno", "male",
         foes=("investigator",)),
    Idea("A struggling Broadway dancer signs a contract marriage with the theater's cold "
         "owner.", "dancer", love="owner"),
    Idea("The butler Alfred knows his employer's son murdered the housekeeper.", "butler",
         "Alfred", "male", foes=("son",)),
    Idea("A Silicon Valley engineer discovers her fiance sold her code to a rival firm.",
         "engineer", gender="female", foes=("fiance",), held=True),
    Idea("A retired Scotland Yard inspector is pulled back in when his granddaughter "
         "disappears.", "inspector", gender="male", held=True),
    Idea("A Catholic nun witnesses a mob hit and hides from the hitman in her own convent.",
         "nun", gender="female", foes=("hitman",), held=True),
    Idea("An Oscar-winning actor loses his fortune when his wife runs off with his agent.",
         "actor", gender="male", foes=("wife",), held=True),
    Idea("Stay-at-home dad Ben discovers his wife's boss is blackmailing her.", "dad", "Ben",
         "male", foes=("boss",), held=True),
    Idea("A Brazilian street vendor wins the lottery, and her greedy in-laws want every cent.",
         "vendor", gender="female", foes=("in-law",), held=True),
    Idea("A Shaolin-trained bodyguard falls for the princess he is sworn to protect.",
         "bodyguard", gender="male", love="princess", held=True),
    Idea("An award-winning architect finds out the stepbrother she trusted stole her "
         "designs.", "architect", gender="female", foes=("stepbrother",), held=True),
    Idea("The heiress Vivian Cole fakes her own death to catch the husband who tried to "
         "drown her.", "heiress", "Vivian Cole", "female", foes=("husband",), held=True),
    Idea("Ex-boxer Danny fights the loan shark who is threatening his daughter.", "boxer",
         "Danny", "male", foes=("loan shark",), held=True),
    Idea("A Yale-bound valedictorian is framed for cheating by her jealous best friend.",
         "valedictorian", gender="female", foes=("best friend",), held=True),
    Idea("The waitress Nina overhears her boss plotting to burn down the diner for the "
         "insurance.", "waitress", "Nina", "female", foes=("boss",), held=True),
]

ZH = [
    Idea("前奥运体操冠军在小镇开了间体操馆，却被当年虐待她的教练找上门", "体操", gender="female",
         foes=("教练",)),
    Idea("米其林三星主厨被合伙人夺走了餐厅，他决定从路边摊重新开始", "主厨", gender="male",
         foes=("合伙人",)),
    Idea("护士林晓发现丈夫和亲妹妹有染", "护士", "林晓", "female", foes=("丈夫",)),
    Idea("单亲妈妈苏晴为了女儿的抚养权和前夫打官司", "妈妈", "苏晴", "female", foes=("前夫",),
         stake="抚养权"),
    Idea("豪门少爷被继母陷害流落街头，三年后他带着千亿身家归来", "少爷", gender="male",
         foes=("继母",)),
    Idea("千金小姐被未婚夫当众退婚，转身嫁给了他的死对头", "千金", gender="female",
         foes=("未婚夫",), love="死对头"),
    Idea("退伍兵王回乡开了家修车铺，却被镇长的儿子处处刁难", "兵王", gender="male",
         foes=("儿子",)),
    Idea("乡村女教师为了保住学校，和开发商斗到底", "教师", gender="female", foes=("开发商",),
         stake="学校"),
    Idea("我是被亲生父母抛弃的真千金，这一世我要让假千金付出代价", "", gender="female",
         foes=("假千金",)),
    Idea("他是落魄的围棋天才，被师兄陷害逐出师门", "围棋", gender="male", foes=("师兄",)),
    Idea("宫女沈月被贵妃陷害，打入冷宫", "宫女", "沈月", "female", foes=("贵妃",)),
    Idea("王府庶女被嫡母许配给病秧子，她却发现病秧子是装病的世子", "庶女", gender="female",
         foes=("嫡母",), love="病秧子"),
    Idea("快递小哥救了落水的总裁千金，却被她的未婚夫诬陷", "快递", gender="male",
         foes=("未婚夫",), love="千金"),
    Idea("女律师为了给父亲翻案，接近当年的主审法官", "律师", gender="female", foes=("法官",),
         stake="翻案"),
    Idea("程序员丈夫被公司裁员后，妻子嫌他没用要离婚", "程序员", gender="male", foes=("妻子",)),
    Idea("保洁阿姨其实是集团董事长，她亲眼看着儿媳在公司作威作福", "保洁", gender="female",
         foes=("儿媳",)),
    Idea("赘婿叶凡被丈母娘当众羞辱，谁知他是隐世家族的继承人", "赘婿", "叶凡", "male",
         foes=("丈母娘",)),
    Idea("新来的实习医生是院长失散多年的儿子，他被主任处处针对", "医生", gender="male",
         foes=("主任",)),
    Idea("太子妃被太子冷落三年，一朝被废，却被摄政王看上", "太子妃", gender="female",
         foes=("太子",), love="摄政王"),
    Idea("哑巴厨娘在侯府做饭，被侯夫人诬陷偷了玉镯", "厨娘", gender="female", foes=("侯夫人",)),
    Idea("北漂女孩被房东赶出出租屋，却意外成了顶流明星的助理", "女孩", gender="female",
         foes=("房东",), held=True),
    Idea("他是全村第一个大学生，却被村长的儿子冒名顶替", "大学生", gender="male",
         foes=("儿子",), held=True),
    Idea("我老婆的初恋回国了，她要和我离婚", "", gender="male", foes=("初恋",), held=True),
    Idea("农家女被选进宫当秀女，皇后第一眼就看她不顺眼", "农家女", gender="female",
         foes=("皇后",), held=True),
    Idea("单亲爸爸带着女儿摆地摊，却被前妻处处刁难", "爸爸", gender="male", foes=("前妻",),
         held=True),
    Idea("双面女间谍爱上了她要暗杀的军阀少帅", "间谍", gender="female", love="少帅", held=True),
    Idea("小镇女医生被卫生局长的侄子诬告医疗事故", "医生", gender="female", foes=("侄子",),
         held=True),
    Idea("钢琴家陆沉失明后，被未婚妻和亲弟弟联手夺走了家产", "钢琴家", "陆沉", "male",
         foes=("未婚妻",), held=True),
    Idea("被渣男骗光积蓄的女主播，转身嫁给了他的顶头上司", "主播", gender="female",
         foes=("渣男",), love="上司", held=True),
    Idea("侯府世子被庶弟下毒变成傻子，只有丫鬟知道他在装傻", "世子", gender="male",
         foes=("庶弟",), held=True),
    Idea("外科医生周野被院长的女婿顶替了手术署名", "医生", "周野", foes=("女婿",),
         held=True),
    Idea("为了救弟弟，她答应给冷面总裁当一年的契约妻子", "", gender="female", love="总裁",
         stake="弟弟", held=True),
]

IDEAS = {"en": EN, "zh": ZH}


def read(language: str, idea: str) -> Premise:
    """The premise ``new`` would read from ``idea``."""
    bank = load_bank(language)
    premise, _lines = understand(idea, language, "auto", [t.id for t in bank.tropes],
                                 trope_scores(idea), lead_genders(bank))
    return premise


def misreadings(language: str, idea: Idea, premise: Premise) -> dict[str, str]:
    """Field → what was read instead, for each field that reads otherwise than ``idea`` says."""
    lead = premise.protagonist
    wrong: dict[str, str] = {}
    said = " ".join([lead.occupation, lead.name, premise.hidden_truth])
    if (idea.lead and idea.lead.lower() not in said.lower()) or lead.name != idea.name or (
            not idea.lead and lead.occupation and any(
                lead.occupation in f or f in lead.occupation for f in idea.foes)):
        wrong["lead"] = f"{lead.name!r} {lead.occupation!r}"
    if idea.gender and lead.gender != idea.gender:
        wrong["gender"] = lead.gender or "(none)"
    foes = " ".join(w for a in premise.antagonists for w in (a.name, a.occupation, a.hold))
    if idea.foes and not any(f.lower() in foes.lower() for f in idea.foes):
        wrong["antagonist"] = foes or "(none)"
    elif idea.lead and any(idea.lead.lower() in w.lower() for a in premise.antagonists
                           for w in (a.occupation, a.name) if w):
        wrong["antagonist"] = foes  # the lead read as their own antagonist
    loved = " ".join([premise.love.name, premise.love.occupation, premise.love.hold])
    if idea.love and idea.love.lower() not in loved.lower():
        wrong["love"] = loved.strip() or "(none)"
    if idea.stake and idea.stake.lower() not in premise.want.lower():
        wrong["stake"] = premise.want or "(none)"
    return wrong


def survey(language: str) -> dict[str, list[tuple[Idea, str]]]:
    """Field → the ideas misread in it, with what was read."""
    found: dict[str, list[tuple[Idea, str]]] = {
        k: [] for k in ("lead", "gender", "antagonist", "love", "stake")}
    for idea in IDEAS[language]:
        for key, value in misreadings(language, idea, read(language, idea.text)).items():
            found[key].append((idea, value))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", choices=sorted(IDEAS), action="append")
    parser.add_argument("--show", action="store_true", help="print every misreading")
    args = parser.parse_args()
    for language in args.language or sorted(IDEAS):
        found = survey(language)
        ideas = IDEAS[language]
        wrong = {i.text for cases in found.values() for i, _ in cases}
        held = [i for i in ideas if i.held]
        print(f"{language}: {len(ideas)} ideas, {len(wrong)} with a misreading "
              f"({len([i for i in held if i.text in wrong])} of {len(held)} held out)")
        for key, cases in found.items():
            checked = sum(1 for i in ideas if _checks(i, key))
            print(f"  {key:<11} {len(cases):>2} of {checked}")
            if args.show:
                for idea, value in cases:
                    print(f"      {'[held] ' if idea.held else ''}{idea.text}\n        → {value}")


def _checks(idea: Idea, key: str) -> bool:
    return {"lead": True, "gender": idea.gender is not None, "antagonist": True,
            "love": idea.love is not None, "stake": idea.stake is not None}[key]


if __name__ == "__main__":
    main()
