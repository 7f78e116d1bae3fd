"""Reading a Chinese idea whose words no list names: people by their word endings.

"退休的女宇航员在台北开面馆，却发现来查封她的卫生稽查员是她失散多年的儿子。" No pack
lists 宇航员, 面馆 or 稽查员, yet a reader sees who the story is about (the first clause's
noun: 女宇航员), what she was (退休的: her past), where she works (开 the 面馆, its 老板),
where it is (在台北), and who stands against her (the 稽查员 who comes to 查封 her, who
turns out to be her son).

jieba's tags say which tokens are nouns, verbs and place names; the pack's ``open:``
table says which word endings name a person (员, 家, 夫…), which verbs do harm, and which
words are kin. What this finds only fills what the pack's own words left empty
(``premise_zh``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import Field

from microdrama.domain.base import Model
from microdrama.providers.offline.writer.premise_pack import (
    Gender,
    WrongedKin,
    load_premise_pack,
    open_table,
)
from microdrama.providers.offline.writer.premise_read import Person

Token = tuple[str, str, int]  # word, jieba flag, offset


class KinWords(Model):
    words: list[str] = Field(min_length=1)
    gender: Gender = ""


class OpenWordsZh(Model):
    """Schema of the ``open:`` table of the Chinese premise pack."""

    person_endings: list[str]
    not_people: list[str]
    plain_people: dict[str, Gender]
    past_markers: list[str]
    workplace_verbs: dict[str, str]
    sell_verbs: list[str]
    harm_verbs: list[str]
    affair_verbs: list[str] = Field(default_factory=list)
    subordinators: list[str]
    copulas: list[str]
    kin: list[KinWords]
    love_kin: list[str]
    rebirth_after: list[str]
    wronged_kin: dict[str, WrongedKin]
    love_markers: list[str]
    fight_verbs: list[str]
    love_with: list[str]
    rescue_verbs: list[str]
    love_doers: list[str]
    love_by: list[str] = Field(default_factory=list)
    time_after: list[str]


def open_words_zh() -> OpenWordsZh:
    return open_table("zh", OpenWordsZh)


@dataclass
class Someone:
    """A person the idea names by a noun: what they are called and what they do."""

    words: str
    start: int
    role: str = ""  # who they turn out to be (凶手, 指挥家)
    kin: str = ""  # what they are to the lead (儿子)
    harms: bool = False
    victim: bool = False
    lead_kin: bool = False  # 她的儿子, 他父亲: kin of the lead (首富的孙女 is not)
    owner: str = ""  # whose kin they are when not the lead's: 总裁 in 女总裁的未婚夫


@dataclass
class ReadingZh:
    lead: str = ""
    lead_start: int = -1
    lead_end: int = -1
    past: str = ""  # 退休
    occupation: str = ""  # 面馆老板, 卖鱼的
    places: list[str] = field(default_factory=list)
    setting: str = ""
    people: list[Someone] = field(default_factory=list)
    rebirth: bool = False
    wronged: tuple[str, str] = ("", "")  # (父亲, 害死) in 害死她父亲


def is_nominal(flag: str) -> bool:
    return flag.startswith("n") and flag not in ("ns",) or flag in ("nocc", "nplace", "an")


def kin_word(words: str) -> tuple[str, Gender] | None:
    """The kin word ``words`` ends with (她失散多年的儿子 → 儿子) and its gender."""
    for entry in open_words_zh().kin:
        for word in sorted(entry.words, key=len, reverse=True):
            if words.endswith(word):
                return word, entry.gender
    return None


def is_person_zh(words: str) -> bool:
    table = open_words_zh()
    if not words or words in table.not_people or any(words.endswith(n) for n in table.not_people):
        return False
    pack = load_premise_pack("zh")
    return kin_word(words) is not None or pack.occupation(words) is not None or any(
        words.endswith(e) for e in table.person_endings)


def token_clauses(tokens: list[Token]) -> list[list[Token]]:
    out: list[list[Token]] = [[]]
    for token in tokens:
        if token[1] == "x" and token[0] in "，。；！？、,.;!?":
            out.append([])
        else:
            out[-1].append(token)
    return [c for c in out if c]


def read_open_zh(tokens: list[Token]) -> ReadingZh:
    """The lead, the other people, and the places of a Chinese idea, from jieba's tokens."""
    table = open_words_zh()
    reading = ReadingZh()
    clauses = token_clauses(tokens)
    text = "".join(w for w, _, _ in tokens)
    at = text.find("回到")
    reading.rebirth = at >= 0 and any(text[at + 2:at + 10].find(w) >= 0
                                      for w in table.rebirth_after)
    first = next((c for c in clauses if c[0][0] not in table.subordinators and not (
        (c[-1][1] == "f" or len(c[-1][0]) > 1) and c[-1][0] in table.time_after and
        not person_prefix(c, 0)[0])), None)  # 嫁给总裁的第一天: when, not who
    if first is not None:
        _read_lead(first, reading)
    for clause in clauses:
        _read_places(clause, reading)
        _read_people(clause, reading)
    return reading


def _read_lead(clause: list[Token], reading: ReadingZh) -> None:
    """The first clause's subject: 退休的 / 女宇航员; 高考状元 / 的成绩 (whose it is)."""
    table = open_words_zh()
    if clause[0][0] in PRONOUNS and len(clause) > 2 and clause[1][0] == "是":
        rest = clause[2:]  # 他是落魄的围棋天才, 他是全村第一个大学生: what the lead is
        _read_lead(rest, reading)
        first = next((i for i in range(len(rest)) if person_prefix(rest, i)[0]), None)
        if not reading.lead and first:
            _read_lead(rest[first:], reading)
        return
    if clause[0][0] in PRONOUNS:
        return  # 她替姐姐嫁给了…: the lead is 她 (pronoun_lead), not whom she marries
    modifiers: list[str] = []
    nominal: list[Token] = []
    index = 0
    while index < len(clause):
        word, flag, _ = clause[index]
        if word == "的":
            joined = "".join(w for w, _, _ in nominal)
            passive = "被" in modifiers  # 被裁员的, 被婆婆赶出家门的: what was done
            if nominal and is_person_zh(joined) and not passive:
                break  # 高考状元的成绩: the person is the one whose it is
            modifiers.extend(w for w, _, _ in nominal)
            modifiers = [m for m in modifiers if m != "被"]  # the relative clause ends here
            nominal = []
        elif flag == "b" and nominal and index + 1 < len(clause) and \
                is_nominal(clause[index + 1][1]):
            nominal.append(clause[index])  # 急诊科/女/医生: one person
        elif is_nominal(flag) and flag != "nr" or flag in _ODD_TAGS | {"nr"} and \
                is_person_zh(word) and not _surnamed(word):  # 太子妃/nr: a title, no name
            if modifiers and modifiers[-1] in ("给", "对", "把", "和", "跟", "向", "替", "与"):
                modifiers.append(word)  # 给妹妹: someone the lead does something for
            else:
                nominal.append(clause[index])
        elif flag in ("m", "q", "r") and not nominal and not modifiers:
            pass  # 一个, 这个
        elif not nominal:
            modifiers.append(word)  # 退休, 落魄, 被, 裁员
        elif "被" in modifiers:  # 被婆婆赶出家门的: the agent of a passive, until its 的
            modifiers.extend([*(w for w, _, _ in nominal), word])
            nominal = []
        elif not is_person_zh("".join(w for w, _, _ in nominal)) and "的" in (
                w for w, _, _ in clause[index:]):
            modifiers.extend([*(w for w, _, _ in nominal), word])  # 乡下来的丑丫头
            nominal = []
        else:
            break
        index += 1
    joined = "".join(w for w, _, _ in nominal)
    if not nominal or not is_person_zh(joined):
        return
    at = clause.index(nominal[0])
    before = clause[at - 1] if at else None
    if before is not None and before[0] not in table.past_markers and len(before[0]) <= 2 and (
            before[1] in ("a", "b", "an") or before[1][:1] == "v" and at > 1 and
            clause[at - 2][0] == "的" or before[1] == "nr" and not _surnamed(before[0]) or
            before[1][:1] == "v" and at == 1 and _noun_like(before[0])):  # 快递/小哥 opens it
        nominal.insert(0, before)  # 小/哑女, 篮球队的/替补/少年, 北漂/女孩: said whole
        joined = before[0] + joined
    reading.lead, reading.lead_start = joined, nominal[0][2]
    reading.lead_end = nominal[-1][2] + len(nominal[-1][0])
    reading.past = next((m for m in modifiers if m in table.past_markers), "")
    # What the lead does for a living, in the rest of the clause: 开面馆, 卖鱼.
    rest = clause[index:]
    for position, (word, _flag, _) in enumerate(rest):
        after = [(w, f) for w, f, _ in rest[position + 1:position + 5] if f not in ("ul", "m", "q")]
        follow = "".join(w for w, f in after[:2] if is_nominal(f))  # 开了一家/茶馆
        if word in table.workplace_verbs and follow:
            reading.occupation = follow + table.workplace_verbs[word]
            reading.places.append(follow)
            break
        if word in table.sell_verbs:
            reading.occupation = word + (rest[position + 1][0] if position + 1 < len(rest)
                                         and is_nominal(rest[position + 1][1]) else "") + "的"
            break


def _noun_like(word: str) -> bool:
    """A two-character word jieba tags as a verb that may name a trade before a person
    (快递 of 快递小哥), not a deed (救了, 嫁给, 陷害) of the pack's verb lists."""
    table = open_words_zh()
    deeds = {*table.love_markers, *table.rescue_verbs, *table.harm_verbs, *table.sell_verbs,
             *table.workplace_verbs, *table.fight_verbs}
    return len(word) == 2 and word not in deeds and word[-1] not in "了给到着过"


def _surnamed(word: str) -> bool:
    return any(word.startswith(s) for s in load_premise_pack("zh").surnames)


#: Tags jieba gives some person words (少年/m) that a subject may still be.
_ODD_TAGS = frozenset({"m", "a", "v", "vn", "i", "l"})


def _read_places(clause: list[Token], reading: ReadingZh) -> None:
    """在 + place (在台北, 在菜市场); a place name is the setting."""
    pack = load_premise_pack("zh")
    table = open_words_zh()
    venues = {w for entry in pack.places for w in entry.words}
    for index, (word, flag, _) in enumerate(clause):
        before = clause[index - 1][0] if index else ""
        if flag == "ns" and not reading.setting and before in _TO_A_PLACE and \
                not is_person_zh(word):
            reading.setting = word  # 在台北; not 契约 (婚姻) or 哥哥, which jieba tags ns too
        if word != "在":
            continue
        phrase = ""
        for follow, follow_flag, _ in clause[index + 1:index + 4]:
            if follow_flag == "ns":
                continue
            if not (is_nominal(follow_flag) or follow in venues) or follow in table.sell_verbs:
                break
            phrase += follow
        if phrase and not is_person_zh(phrase) and phrase not in reading.places:
            reading.places.append(phrase)


#: Words before a place name that say the story is there (在台北, 回到上海, 来自成都).
_TO_A_PLACE = frozenset({"在", "于", "到", "来到", "回到", "来自", "从", "去", "住在", "远嫁", "逃到"})


def _read_people(clause: list[Token], reading: ReadingZh) -> None:
    """People other than the lead: who does harm (来查封她的稽查员, 毁掉她前途的指挥家),
    who is done harm to (杀害她父亲), and who they turn out to be (…是她失散多年的儿子)."""
    table = open_words_zh()
    harm = set(table.harm_verbs)
    index = 0
    last: Someone | None = None
    after_copula = False
    harm_since = False  # a harm verb since the clause began or the last person
    passive = False  # a 被 since then
    last_end = -1  # the index after the last person's words
    joined: Someone | None = None  # the person 和/与/跟 joined to the last one
    while index < len(clause):
        word, flag, offset = clause[index]
        if word in table.copulas:
            after_copula = last is not None
            index += 1
            continue
        if word == "被":
            passive = True  # 被他害得家破人亡的医生: the 医生 is the one harmed
        if word in harm:
            harm_since = True
            previous, flag_before = clause[index - 1][:2] if index else ("", "")
            between = clause[last_end:index] if last is not None else []
            if len(between) > 2 and between[0][0] in ("在", "于") and between[-1][1] == "f":
                between = []  # 继妹在订婚宴上偷情: where they do it is no gap
            gap = [w for w, _f, _o in between]
            if last is not None and not after_copula and (
                    previous in ("一直", "在", "竟然", "曾", "也") or last.words.endswith(previous) or
                    flag_before[:1] in ("d", "t", "s") and "被" not in previous or
                    len(gap) <= 2 and not set(gap) & {"的", "被", "把", "给", "她", "他"}):
                last.harms = True  # 村长一直在侵吞, 未婚夫当街羞辱, 儿子处处刁难
                if joined is not None:
                    joined.harms = True  # 丈夫和亲妹妹有染: both did it
        if _nounish(clause[index]):
            end = index
            words = ""
            while end < len(clause) and (_nounish(clause[end]) if end == index else
                                         is_nominal(clause[end][1]) or clause[end][1] == "nr") \
                    and len(words) < 8 and (end == index or clause[end][0] not in harm):
                # (公司/作威作福: a harm jieba tags as a noun ends the words before it)
                words += clause[end][0]
                end += 1
            if not is_person_zh(words):
                prefix, prefix_end = person_prefix(clause, index)
                if prefix:  # 新郎当众悔婚: the person, then how they act
                    words, end = prefix, prefix_end
            inside_lead = reading.lead_start <= offset < reading.lead_end
            if is_person_zh(words) and not inside_lead:
                before = clause[index - 1][0] if index else ""
                two_before = clause[index - 2][0] if index > 1 else ""
                # 丈夫出轨闺蜜: whom he cheats with is his accomplice, not harmed
                affair = before in table.affair_verbs
                victim = (two_before in harm and before in ("她", "他") or before in harm) \
                    and not affair
                lead_kin = before in ("她", "他") or before == "的" and two_before in ("她", "他")
                owner = two_before if before == "的" and two_before not in ("她", "他") and \
                    is_person_zh(two_before) else ""
                rest = "".join(w for w, _, _ in clause[end:])
                against = any(w in ("和", "跟", "与", "同") for w, _, _ in
                              clause[max(0, index - 4):index]) and any(
                    verb in rest for verb in table.fight_verbs)  # 和县里的开发商斗到底
                # 虐待她的教练: a relative clause that harms the lead names its doer
                harms_lead = before == "的" and two_before in ("她", "他") and index > 2 and \
                    clause[index - 3][0] in harm
                someone = Someone(words, offset, owner=owner,
                                  harms=harm_since and before == "的" and not passive or against
                                  or harms_lead or affair,
                                  victim=(victim or harm_since and passive and before == "的")
                                  and not harms_lead,
                                  lead_kin=lead_kin and not harms_lead)
                kin = kin_word(words)
                if victim and lead_kin and kin is not None and kin[0] in table.wronged_kin \
                        and not reading.wronged[0]:
                    reading.wronged = (kin[0], two_before if before in ("她", "他") else before)
                if after_copula and last is not None and victim:
                    index = end  # …是杀害她父亲的凶手: the father is not who the man turns out to be
                    continue
                elif after_copula and last is not None:
                    if kin is not None and kin_word(last.words) is None:
                        last.kin, last.lead_kin = words, lead_kin
                    else:
                        last.role = words
                    last.harms = last.harms or someone.harms
                    after_copula = False
                else:
                    joined = last if last is not None and index == last_end + 1 and \
                        clause[last_end][0] in ("和", "与", "跟", "同") else None
                    reading.people.append(someone)
                    last = someone
                last_end = end
                harm_since = passive = False
            index = end
            continue
        index += 1


def _nounish(token: Token) -> bool:
    """A noun, or a person word jieba tagged otherwise (镇长/v, 主任/b, 教练/vn)."""
    word, flag, _ = token
    return is_nominal(flag) or flag == "nr" or flag in _ODD_TAGS | {"b", "p", "j"} and \
        len(word) > 1 and is_person_zh(word) and word not in open_words_zh().harm_verbs


def fill_lead_zh(reading: ReadingZh, lead: Person, truth: str, text: str) -> str:
    """The lead's job and gender from the subject when the pack's words found neither a
    name nor a job (or found them outside the subject); returns the truth, which a past
    the lead left behind becomes when the idea hides nothing else (退休的女宇航员)."""
    at = text.find(lead.occupation) if lead.occupation and not lead.name else -1
    if at > 0 and text[at - 1] in "给对把替跟和向与":
        lead.occupation = ""  # 为了给妹妹治病: someone the lead does something for
    if not reading.lead:
        return truth
    if lead.occupation and not lead.name and lead.occupation not in reading.lead:
        lead.occupation = ""  # a job named later is someone else's
    if lead.name and lead.name not in reading.lead and lead.start > reading.lead_end and \
            any(mark in text[reading.lead_end:lead.start] for mark in "，。；！？,.;!?"):
        lead.name = ""  # …，暗恋她的屠夫: a noun of a later clause is not the lead
    if lead.occupation and reading.lead.endswith(lead.occupation) and \
            reading.lead != lead.occupation and not reading.past:
        lead.occupation = reading.lead  # 盲人花店老板, not only 老板
    if lead.name or lead.occupation:
        return truth
    table = open_words_zh()
    entry = next((e for e in load_premise_pack("zh").truths if reading.lead in e.words or
                  reading.lead.removeprefix("真") in e.words), None)
    if entry is not None:  # 真千金归来: what the lead secretly is, not a job
        if not entry.gender:  # 战神归来: a title the lead bears openly, their role
            lead.occupation, lead.start = reading.lead, reading.lead_start
            return truth
        return truth or reading.lead
    plain = table.plain_people.get(reading.lead)
    kin = kin_word(reading.lead)
    if plain:
        lead.gender = plain
    elif kin is not None:
        lead.gender = kin[1]
    elif reading.lead.startswith("女"):
        lead.gender = "female"
    elif reading.lead.startswith("男"):
        lead.gender = "male"
    if reading.past and not truth:
        truth = f"{reading.past}的{reading.lead}"
    if reading.occupation:
        lead.occupation = reading.occupation
    elif not reading.past and plain is None:
        lead.occupation = reading.lead
    lead.start = reading.lead_start
    return truth


def open_foes_zh(reading: ReadingZh) -> list[Person]:
    """Who does harm first, then family who are not lovers; never a victim."""
    table = open_words_zh()
    foes: list[Person] = []
    for someone in sorted(reading.people, key=lambda s: not s.harms):
        if someone.victim:
            continue
        kin = kin_word(someone.kin or someone.words)
        family = kin is not None and kin[0] not in table.love_kin and someone.lead_kin
        if not someone.harms and (not family or foes):
            continue
        hold = (f"{someone.owner}的{kin[0]}" if someone.owner and not someone.lead_kin else kin[0]
                ) if kin else someone.role or someone.words
        job = someone.role if kin_word(someone.words) else someone.role or someone.words
        foes.append(Person(occupation=job, gender=kin[1] if kin else "", hold=hold))
    return foes


PRONOUNS: dict[str, Gender] = {"她": "female", "他": "male"}


def person_prefix(clause: list[Token], start: int) -> tuple[str, int]:
    """The longest run of nominal tokens from ``start`` that names a person (新郎 of
    新郎/当众, which jieba tags alike) and the index after it; ('', start) when none does."""
    words, best = "", ("", start)
    index = start
    while index < len(clause) and (is_nominal(clause[index][1]) or clause[index][1] == "nr") \
            and len(words) < 8:
        words += clause[index][0]
        index += 1
        if is_person_zh(words):
            best = (words, index)
    return best
