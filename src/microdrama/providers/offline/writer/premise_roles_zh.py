"""Who is who in a Chinese idea once its people are read (``premise_open_zh``): a lead named
only by 她/他, whom the lead marries or falls for, and whose child the lead secretly is."""

from __future__ import annotations

from microdrama.domain.premise import Premise
from microdrama.providers.offline.writer.premise_open_zh import (
    PRONOUNS,
    ReadingZh,
    Token,
    is_nominal,
    is_person_zh,
    open_words_zh,
    person_prefix,
    token_clauses,
)
from microdrama.providers.offline.writer.premise_pack import Gender, load_premise_pack
from microdrama.providers.offline.writer.premise_read import Person


def pronoun_lead(tokens: list[Token]) -> tuple[Gender, str] | None:
    """The lead when the idea names them only by 她/他, and who acts on them first.

    继母把她赶出家门 / 婆婆嫌她穷 / 前夫当着全家人的面甩给她…: the first clause's subject
    does something to 她 — it is the antagonist, and 她 the lead. 被闺蜜推下天台的她 /
    她要… / 五年后她…: 她 is the subject. Returns (the pronoun's gender, the antagonist's
    words or ''), or None when the first clause has a subject of its own.
    """
    table = open_words_zh()
    harm = set(table.harm_verbs)
    doer = ""  # 新郎当众悔婚，她…: someone who does harm in a clause before the lead's
    for clause in (c for c in token_clauses(tokens) if c[0][0] not in table.subordinators):
        at = next((i for i, (w, f, _) in enumerate(clause) if w in PRONOUNS and f == "r"), None)
        if at is not None:
            found = _pronoun_clause(clause, at)
            if found is None and doer and _done_to(clause, at) and \
                    not any(is_nominal(f) or f == "nr" for _, f, _ in clause[:at]):
                # 丈夫和闺蜜联手出轨，还卷走了她的全部家产: the clause goes on with the one
                # who did harm as its subject, and 她 is whom it is done to
                return PRONOUNS[clause[at][0]], doer
            if found is None:
                return None
            return found[0], found[1] or doer
        subject, after = person_prefix(clause, 0)
        if not subject and (clause[-1][1] == "t" or clause[-1][0] in table.time_after):
            continue  # 结婚五年, 三年后: when the story is, not whose it is
        if subject and any(w == "被" for w, _, _ in clause[after:]):
            return None  # 高考状元被顶替, 穷小子在拍卖会上被…羞辱: the subject is harmed, the lead
        if subject and any(w in harm for w, _, _ in clause) and not doer:
            doer = subject  # a clause where someone does harm: read on for the lead
            continue
        if subject or any(f[:1] == "v" for _, f, _ in clause):
            return None  # 退休的女宇航员在台北开面馆: the clause has its own subject
    return None


def _done_to(clause: list[Token], at: int) -> bool:
    """Whether the pronoun at ``at`` is whom the clause's verb acts on: its object (卷走了她,
    把她) or the owner of what it takes (她的全部家产) — not the subject of a clause of its
    own (不知道他是…)."""
    after = clause[at + 1][0] if at + 1 < len(clause) else ""
    if after == "是":
        return False
    before = at - 1
    while before >= 0 and clause[before][0] in ("了", "过", "着"):
        before -= 1
    return after == "的" or before >= 0 and (clause[before][1][:1] == "v" or
                                            clause[before][0] in ("把", "将"))


#: Words that join two people who act together (丈夫和闺蜜), and how they do (联手).
_WITH = ("和", "与", "跟", "同")
_TOGETHER = ("联手", "一起", "合伙", "合谋", "串通", "一同", "共同", "合起伙来")


def harm_partner(tokens: list[Token]) -> str:
    """Who does the first harm together with its subject: 闺蜜 of 丈夫和闺蜜联手出轨 (和, 与,
    跟, 同 between two people words, a harm verb in the clause) or of 丈夫出轨闺蜜 (whom he
    cheats with), or ''."""
    table = open_words_zh()
    harm = set(table.harm_verbs)
    for clause in token_clauses(tokens):
        subject, after = person_prefix(clause, 0)
        said = "".join(w for w, _, _ in clause)
        if not subject or not any(verb in said for verb in harm):
            continue
        if after + 1 < len(clause) and (clause[after][0] in _WITH or
                                         clause[after][0] in table.affair_verbs):
            partner, _ = person_prefix(clause, after + 1)  # or 丈夫出轨闺蜜: whom with
            return partner
        return ""
    return ""


def _pronoun_clause(clause: list[Token], at: int) -> tuple[Gender, str] | None:
    """pronoun_lead's reading of the clause whose first pronoun is at ``at``."""
    table = open_words_zh()
    gender = PRONOUNS[clause[at][0]]
    before = clause[:at]
    if all(f[:1] in ("t", "d", "f", "m", "q", "c") for _, f, _ in before):
        return gender, ""  # 她要… / 五年后她…
    words = [w for w, _, _ in before]
    if words[-1] == "的" and "被" in words and "是" not in words:
        agent = "".join(w for w, f, _ in before[words.index("被") + 1:]
                        if is_nominal(f) or f == "nr")
        for end in range(len(agent), 0, -1):  # 闺蜜 of 被闺蜜推下天台的她
            if is_person_zh(agent[:end]):
                return gender, agent[:end]
        return gender, ""
    subject = ""
    index = 0
    while index < len(before) and (is_nominal(before[index][1]) or before[index][1] == "nr"):
        subject += before[index][0]
        index += 1
    if not subject or not is_person_zh(subject):
        return None
    # 婆婆和小姑子联手把她赶出家门: two do it together
    if index < len(before) and before[index][0] in _WITH:
        partner, after = person_prefix(before, index + 1)
        if partner:
            index = after
            while index < len(before) and before[index][0] in _TOGETHER:
                index += 1
    # What the subject does must be the thing done to 她: no other verb, copula or idiom
    # on the way (实习生发现自己的上司…害死她父亲 is not the 实习生's doing).
    acting = before[index:]
    tail = len(before) - 1  # 抢走了她的未婚夫: the verb before its aspect particle
    while tail > index and words[tail] in ("了", "过", "着"):
        tail -= 1
    adjacent = {tail, tail - 1} if words[tail] in ("给", "对", "向") else {tail}
    for position, (word, flag, _) in enumerate(acting, start=index):
        if word in table.copulas or word in ("是", "就是") or \
                (flag[:1] in ("v", "l") and position not in adjacent):
            return None
    return gender, subject


def vendetta_truth_zh(reading: ReadingZh, premise: Premise) -> None:
    """When the idea hides nothing but its antagonist wronged the lead's family (害死她父亲),
    the lead's secret is whose child they are: 被上司害死的那个人的女儿 (kind ``vendetta``)."""
    kin, verb = reading.wronged
    lead = premise.protagonist
    if premise.hidden_truth or not kin or not premise.antagonists or not lead.gender:
        return
    entry = open_words_zh().wronged_kin[kin]
    relation = entry.female if lead.gender == "female" else entry.male
    foe = premise.antagonists[0]
    hold = foe.hold or foe.occupation
    if relation and hold:
        premise.hidden_truth = f"被{hold}{verb}的{entry.who}的{relation}"
        premise.truth_kind = "vendetta"


def foe_in_truth_zh(truth: str, reading: ReadingZh, truth_at: int) -> list[Person]:
    """…却不知道她是被他害得家破人亡的医生的女儿: the 他 who did the harm is the last
    person named before the truth who is not the lead (the tycoon she saved)."""
    table = open_words_zh()
    at = max(truth.find("被他"), truth.find("被她"))
    if at < 0 or not any(truth.startswith(verb, at + 2) for verb in table.harm_verbs):
        return []
    gender: Gender = "male" if truth[at + 1] == "他" else "female"
    before = [p for p in reading.people if p.start < truth_at and not p.victim and
              not (reading.lead_start <= p.start < reading.lead_end) and not p.lead_kin]
    if not before:
        return []
    foe = before[-1]
    return [Person(occupation=foe.role or foe.words, hold=foe.role or foe.words, gender=gender)]


def love_in_zh(tokens: list[Token]) -> str:
    """Whom the lead marries or falls for, or ''. In order: whom a love marker names
    (嫁给了他的小叔 → 小叔; 爱上了给他送外卖的小姑娘 → 小姑娘), the partner of a marriage
    (她和陌生总裁签下契约婚姻), someone of power the lead rescues (救了黑帮老大), and
    whoever courts the lead (总裁追妻)."""
    table = open_words_zh()
    text = "".join(w for w, _, _ in tokens)
    for marker in table.love_markers:
        at = text.find(marker)
        while at >= 0:
            words = _object_after(tokens, at + len(marker))
            if words:
                return words
            at = text.find(marker, at + 1)
    for clause in token_clauses(tokens):
        said = "".join(w for w, _, _ in clause)
        for index, (word, _flag, offset) in enumerate(clause):
            joins_others = index > 0 and clause[index - 1][0] not in PRONOUNS and \
                is_person_zh(clause[index - 1][0])  # 未婚夫和继妹: two others, not the lead
            if word in ("和", "跟", "与", "同") and not joins_others and any(
                    w in said[offset - clause[0][2]:] for w in table.love_with):
                partner = person_prefix(clause, index + 1)[0]
                if partner:
                    return partner  # 她和陌生总裁签下一年的契约婚姻
        for verb in table.rescue_verbs:
            at = said.find(verb)
            power = load_premise_pack("zh").love
            if at >= 0 and power is not None:
                rest = said[at + len(verb):].removeprefix("了")
                mark = rest.find("的", 0, 6)  # 救了落水的总裁千金: the one who fell in
                rest = rest[mark + 1:] if mark >= 0 else rest
                person = max((rest[:end] for end in range(2, min(len(rest), 8) + 1)
                              if is_person_zh(rest[:end]) and
                              any(w in rest[:end] for w in power.words)),
                             key=len, default="")
                if person:
                    return person  # 救了黑帮老大: the one of power the lead saves
        for verb in table.love_by:  # 却被摄政王看上: the one who falls for the lead
            at = said.find(verb)
            bei = said.rfind("被", 0, at) if at > 0 else -1
            if bei >= 0 and is_person_zh(said[bei + 1:at]):
                return said[bei + 1:at]
        for verb in table.love_doers:
            at = said.find(verb)
            if at > 0:
                before = said[:at]
                person = max((before[start:] for start in range(len(before))
                              if is_person_zh(before[start:])), key=len, default="")
                if person:
                    return person  # 总裁追妻: the one who courts the lead
    return ""


def _object_after(tokens: list[Token], end: int) -> str:
    """The person a love marker ending at ``end`` names: the nominal after it, or after
    the 的 that ends a relative clause (给他送外卖的小姑娘), in the same clause."""
    table = open_words_zh()
    start = next((i for i, (_w, _f, o) in enumerate(tokens) if o == end), None)
    if start is None:
        return ""
    words = ""
    index = start
    while index < min(len(tokens), start + 12):
        follow, flag, _ = tokens[index]
        if flag == "x":
            break
        if follow in ("了", "他", "她", "的", "一个", "一位") or flag in ("m", "q", "a", "b"):
            if words and follow != "的":
                break
            after = tokens[index + 1] if index + 1 < len(tokens) else ("", "x", 0)
            if words and follow == "的" and (after[1] in ("m", "t") or
                                             after[0] in table.time_after):
                break  # 嫁给总裁的第一天: whom she marries, then when
            words = ""  # 残疾的霍家少爷: what is after 的
        elif is_nominal(flag) or flag == "nr":
            words += follow
        elif words:
            break
        else:  # 给他送外卖的…: a relative clause; the person follows its 的
            ahead = next((i for i in range(index, min(len(tokens), start + 12))
                          if tokens[i][0] == "的" or tokens[i][1] == "x"), None)
            if ahead is None or tokens[ahead][0] != "的":
                if index + 1 < len(tokens) and is_nominal(tokens[index + 1][1]) and \
                        len(follow) <= 2:
                    words = follow  # 瘫痪/总裁: a modifier of the person, no clause
                    index += 1
                    continue
                break
            index = ahead
            continue
        index += 1
    return words if words and is_person_zh(words) else ""
