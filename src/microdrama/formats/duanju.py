"""Chinese micro-drama scripts (短剧剧本): the plain layout Chinese writers deliver in
Word, WPS or plain text, read into episodes.

    《豪门千金归来》                         ← title and anything before the first
    人物小传 / 故事大纲 …                       heading: front matter, not read
    第1集 订婚宴                               ← an episode (第一集, 第12集 …)
    1-1 日 内 顾家客厅                          ← a scene: 集-场, time, 内/外, place
    人物：林晚、顾夫人、顾少                     ← who is in it
    △林晚端着茶盘走进客厅。                     ← action (△ ▲ …, or any plain row)
    顾夫人：（冷笑）一个保姆的女儿，也配站在这里？  ← dialogue; （…） is its direction
    顾少（OS）：是她……                          ← a voice-over (OS, VO, 画外音 …)
    【卡点】顾少掏出一枚玉佩。                    ← the closing hook: a cliffhanger beat

Each row is one element (the layout has no blank-line grammar). The rows are handed to
the Fountain reader's drafting (:mod:`microdrama.formats.fountain_parse`), so ids, beats,
speakers matched to the bible and every check are the same as a Fountain import's, and
an error names the row of this file. The words of the layout (times, marks, labels) are
the ``scripts/duanju`` pack.
"""

from __future__ import annotations

import re
from typing import NoReturn

from pydantic import BaseModel, ConfigDict

from microdrama.domain.bible import Bible
from microdrama.domain.script import Episode
from microdrama.errors import InputError
from microdrama.formats.fountain_parse import _CONTROL, _Draft, _Parser
from microdrama.formats.fountain_syntax import _FIXES, BEAT_KINDS, Newcomers, _find_character
from microdrama.packs import load_pack


class DuanjuPack(BaseModel):
    """The words of the layout (``packs/scripts/duanju.yaml``)."""

    model_config = ConfigDict(extra="forbid")

    times: dict[str, list[str]]
    sides: list[str]
    outside: list[str]
    cast: list[str]
    place: list[str]
    time: list[str]
    not_speakers: list[str]
    action_marks: list[str]
    voice_over: list[str]
    cliffhanger: list[str]
    hook: list[str]
    summary: list[str]


_NUMERAL = "0-9０-９零〇一二两三四五六七八九十百千"
_EPISODE = re.compile(rf"^[【\[]?第\s*([{_NUMERAL}]+)\s*集[】\]]?\s*[:：、.．\-—–]?\s*(.*)$")
# 1-1 …, 1－2 …, 12.3 …; 场景3 …, 场3 …; 第3场 …
_SCENE = re.compile(
    rf"^(?:(?P<episode>[0-9０-９]+)\s*[-－—–_.．]\s*(?P<scene>[0-9０-９]+)(?![0-9０-９])"
    rf"|场景?\s*[0-9０-９]+|第\s*[{_NUMERAL}]+\s*场)\s*[:：、.．]?\s*(?P<rest>.*)$")
_LABEL = re.compile(r"^(?P<label>[^\s:：（）()【】\[\]△▲]{1,16}?)\s*(?P<ext>(?:[（(][^）)]*[）)]\s*)*)[:：]\s*(?P<text>.*)$")
_MARK = re.compile(r"^[【\[](?P<mark>[^】\]]{1,12})[】\]]\s*(?P<rest>.*)$")
_BRACKETED = re.compile(r"[（(]([^（）()]*)[）)]")
_SEPARATORS = re.compile(r"[\s/／|｜,，、·•（）()\[\]【】]+")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}

_FIXES_HERE = {
    "scene": "add a scene heading such as 1-1 日 内 顾家客厅 (集-场, time, 内/外, place) above it",
    "place": "name the place in the heading, e.g. 1-1 日 内 顾家客厅",
    "cue": "write the words after the colon, e.g. 林晚：你来了。",
    "no cue": "start the row with the speaker's name and a colon, e.g. 林晚：你来了。",
    "number": "write the episode's number in digits or Chinese numerals, e.g. 第12集 or 第十二集",
}


def parse_duanju(text: str, *, file: str, bible: Bible | None = None,
                 newcomers: Newcomers | None = None) -> list[Episode]:
    """Read a Chinese micro-drama script into episodes; bad input raises InputError.
    With ``newcomers``, speakers and places the bible lacks are gathered there (with what
    the front matter's 人物小传 says of each person), not refused."""
    pack = load_pack("scripts", "duanju", DuanjuPack)
    parser = _DuanjuParser(file, bible, pack)
    parser.newcomers = newcomers
    return parser.read(text)


def looks_like_duanju(text: str) -> bool:
    """True when the text is laid out as a Chinese micro-drama script: it has a scene
    heading of that layout (1-1 …, 场景1 …, 第1场 …) and Chinese in it."""
    pack = load_pack("scripts", "duanju", DuanjuPack)
    rows = [" ".join(raw.split()) for raw in text.removeprefix("\ufeff").split("\n")]
    return any(_scene_heading(row, pack) is not None for row in rows if row)


def chinese_number(text: str) -> int:
    """``12`` → 12, ``十二`` → 12, ``一百零一`` → 101, ``两千`` → 2000."""
    text = text.translate(_FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
        else:
            raise ValueError(text)
    return total + digit


def _scene_heading(row: str, pack: DuanjuPack
                   ) -> tuple[int | None, str, str | None, bool] | None:
    """(the episode its 集-场 number names, the place, the time, whether it is outside)
    of a scene heading."""
    match = _SCENE.match(row)
    if match is None:
        return None
    rest = match["rest"]
    if re.search("[:：]", rest):
        return None  # "3-5：…" is not a heading
    times = {word: time for time, words_ in pack.times.items() for word in words_}
    sides = {side.casefold() for side in pack.sides}
    joined = row[match.start("rest") - 1] in "0123456789０１２３４５６７８９场"
    if rest and joined and not any(rest.startswith(word) for word in [*times, *pack.sides]):
        return None  # "3-5个保镖冲进来" is action that starts with numbers
    words = [w for w in _SEPARATORS.split(rest) if w]
    # A time or side written onto the place ("日内客厅") is split off it.
    for word in sorted([*times, *pack.sides], key=len, reverse=True):
        words = [piece for w in words for piece in _split_off(w, word)]
    time = next((times[w] for w in words if w in times), None)
    place = "".join(w for w in words if w not in times and w.casefold() not in sides)
    episode = int(match["episode"].translate(_FULLWIDTH_DIGITS)) if match["episode"] else None
    outside = any(w.casefold() in pack.outside for w in words)
    return episode, place, time, outside


def _split_off(word: str, known: str) -> list[str]:
    """``日内客厅`` with ``日`` → ``["日", "内客厅"]``: a known word at either end."""
    if word != known and word.startswith(known):
        return [known, word[len(known):]]
    if word != known and word.endswith(known) and len(word) > len(known) + 1:
        return [word[:-len(known)], known]
    return [word]


class _DuanjuParser(_Parser):
    """Rows → the Fountain reader's drafts, then its notes-free finish."""

    def __init__(self, file: str, bible: Bible | None, pack: DuanjuPack) -> None:
        super().__init__(file, bible, "zh")
        self.pack = pack
        self.times = {word: time for time, words in pack.times.items() for word in words}
        self.listed: dict[int, list[str]] = {}  # id(scene draft) → ids from its cast row

    def fail(self, problem: str, number: int, fix: str) -> NoReturn:
        raise InputError(problem, file=self.file, where=f"line {max(number, 1)}",
                         fix=_FIXES_HERE.get(fix) or _FIXES[fix])

    def read(self, text: str) -> list[Episode]:
        rows = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        numbered = any(_EPISODE.match(" ".join(raw.split())) for raw in rows)
        started = False
        for number, raw in enumerate(rows, 1):
            row = " ".join(raw.split())  # full-width spaces and tabs are spaces
            self.end_speech()
            if not row:
                continue
            if _CONTROL.search(row):
                self.fail("the row holds a control character", number, "control")
            episode = _EPISODE.match(row)
            if episode:
                self.new_episode(number, self.episode_number(episode[1], number), episode[2])
                started = True
                continue
            heading = _scene_heading(row, self.pack)
            if heading is not None:
                self.scene_at(number, heading, numbered)
                started = True
            elif started:
                self.row(number, row)
            elif self.newcomers is not None:
                self.front_matter(row)
        self.end_speech()
        if not self.episodes:
            self.fail("no episode or scene heading", 1, "scene")
        for scene in self.drafts["scene"]:
            if not scene.fields["location"]:
                self.fail("scene heading has no place", scene.start, "place")
            speakers = [line.fields["speaker"] for beat in scene.children for line in beat.children]
            listed = self.listed.get(id(scene))
            if listed is not None:
                scene.fields["characters"] = list(dict.fromkeys([*listed, *speakers]))
        return self.finish()

    def front_matter(self, row: str) -> None:
        """A 人物小传 row (``林晚：女，22岁，保姆的女儿``): what it says of the person."""
        label = _LABEL.match(row)
        if label and label["text"] and label["label"] not in (
                *self.pack.summary, *self.pack.cast, *self.pack.not_speakers):
            self.newcomers.notes.setdefault(label["label"], label["text"].strip())  # type: ignore[union-attr]

    def episode_number(self, numeral: str, number: int) -> int:
        try:
            return chinese_number(numeral)
        except ValueError:
            self.fail(f"episode number {numeral!r} is not a number", number, "number")

    def scene_at(self, number: int, heading: tuple[int | None, str, str | None, bool],
                 numbered: bool) -> None:
        episode, place, time, outside = heading
        # Without 第N集 headings the 集 of 集-场 starts each episode.
        if not numbered and episode is not None and (
                not self.episodes or self.episodes[-1].fields["number"] != episode):
            self.new_episode(number, episode, "")
        if not self.episodes:
            self.new_episode(0, 1, "")
        scenes = self.episodes[-1].children
        time = time or (scenes[-1].fields["time"] if scenes else "day")
        location = self.place(number, place, outside) if place else ""
        self.register(_Draft("scene", number, {"location": location, "time": time}), scenes)

    def row(self, number: int, row: str) -> None:
        pack = self.pack
        if row[0] in pack.action_marks:
            self.action(number, row[1:].strip(), False)
            return
        mark = _MARK.match(row)
        if mark:
            kind = ("cliffhanger" if mark["mark"] in pack.cliffhanger else
                    "hook" if mark["mark"] in pack.hook else None)
            if kind is None:
                self.action(number, row, False)
                return
            assert kind in BEAT_KINDS
            self.new_beat(number, kind, None)
            if mark["rest"]:
                self.action(number, mark["rest"].lstrip("：: "), False)
            return
        label = _LABEL.match(row)
        if label is None or label["label"] in pack.not_speakers:
            self.action(number, row, False)
            return
        name = label["label"]
        if name in pack.summary:
            self.synopsis(label["text"].strip())
        elif name in pack.cast:
            self.cast_row(number, label["text"])
        elif name in pack.place:
            self.scene(number, "place").fields["location"] = self.place(
                number, label["text"].strip())
        elif name in pack.time:
            word = label["text"].strip()
            scene = self.scene(number, "time")
            scene.fields["time"] = self.times.get(word, scene.fields["time"])
        else:
            self.speaker_row(number, name, label["ext"], label["text"])

    def cast_row(self, number: int, names: str) -> None:
        """Who is in the scene: the characters the bible knows (extras it does not know,
        such as 保安甲 or 众宾客, are left to the picture)."""
        scene = self.scene(number, "cast")
        found = (_find_character(self.bible, n) if self.bible else None
                 for n in _SEPARATORS.split(names) if n)
        self.listed[id(scene)] = [ident for ident in found if ident]

    def speaker_row(self, number: int, name: str, extensions: str, text: str) -> None:
        directions = [e.strip() for e in _BRACKETED.findall(extensions) if e.strip()]
        for mark in sorted(self.pack.voice_over, key=len, reverse=True):
            # 顾少OS：— a voice-over mark written onto the name.
            if name.casefold().endswith(mark.casefold()) and len(name) > len(mark) and (
                    self.bible is None or _find_character(self.bible, name) is None):
                name = name[:-len(mark)].strip()
                directions.insert(0, mark)
                break
        directions += [d.strip() for d in _BRACKETED.findall(text) if d.strip()]
        spoken = " ".join(_BRACKETED.sub(" ", text).split())
        if self.bible is not None and _find_character(self.bible, name) is None and any(
                c.name and c.name in name for c in self.bible.characters):
            # "林晚看着手机：上面写着……" is action about 林晚, not a speaker.
            self.action(number, f"{name}{extensions}：{text}", False)
            return
        self.cue(number, name)
        assert self.line is not None
        self.line.fields["direction"] = " ".join(filter(None, [self.line.fields["direction"],
                                                               *directions]))
        if not spoken:
            self.fail(f"{name} has no words to say", number, "cue")
        self.speech(number, spoken)
