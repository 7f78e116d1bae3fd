"""A fake chat model for the writers' room: answers each draft schema from the prompt.

It reads what a real model would (the schema name in ``response_format``, the episode
numbers and sizes in the prompt, the ids in a storyboard request) and writes a small,
valid draft, in Chinese when the system prompt is Chinese. Options make it misbehave
the ways real models do: drop an episode from an arc's plan, drop a storyboard line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any


def _look(hair: str, outfit: str, age: int) -> dict[str, Any]:
    return {"age": age, "face": "oval, sharp brows", "hair": hair, "hair_color": "#1a1a1a",
            "eye_color": "#3b2a1a", "skin": "#f1c9a5", "outfit": outfit,
            "palette": ["#c0392b", "#f5f5f5"]}


CAST = [
    ("lin-xia", "Lin Xia", "林夏", "lead", "female", 24, 60),
    ("gu-chen", "Gu Chen", "顾辰", "love", "male", 29, 30),
    ("su-mei", "Su Mei", "苏梅", "rival", "female", 26, 70),
    ("lin-hai", "Lin Hai", "林海", "elder", "male", 58, 20),
    ("xiao-qi", "Xiao Qi", "小琪", "aide", "female", 22, 80),
]


@dataclass
class FakeWriter:
    """Callable as a FakeOpenAI responder. Counts what it was asked."""

    drop_episode_once: bool = False
    drop_line_always: bool = False
    #: First drafts open on a "stakes" beat (the script doctor's craft.hook error); the
    #: draft asked for in a revise round opens on the hook.
    hookless_first_drafts: bool = False
    #: Interactive drafts whose scene 'wary' has no way on (a dead end): always, or
    #: only the first time (the repair asked for then gets a sound graph).
    dead_end_always: bool = False
    dead_end_once: bool = False
    asked: dict[str, int] = field(default_factory=dict)

    def __call__(self, request: dict[str, Any]) -> str:
        schema = request.get("response_format", {}).get("json_schema", {}).get("name", "")
        self.asked[schema] = self.asked.get(schema, 0) + 1
        messages = request["messages"]
        zh = "你是" in messages[0]["content"]
        prompt = next(m["content"] for m in messages if m["role"] == "user")
        reply = getattr(self, f"_{schema}")(prompt, zh, messages)
        return json.dumps(reply, ensure_ascii=False)

    def _BibleDraft(self, prompt: str, zh: bool, messages: list[Any]) -> dict[str, Any]:
        characters = [{
            "id": ident, "name": name_zh if zh else name, "role": role, "gender": gender,
            "description": f"{role} of the story", "traits": ["proud", "quick"],
            "speech": "short and sharp",
            "look": _look("long straight" if gender == "female" else "short", "black suit", age),
            "voice": {"gender": gender, "pitch": pitch, "rate": 50, "timbre": "clear"},
        } for ident, name, name_zh, role, gender, age, pitch in CAST]
        return {
            "title": "替身千金" if zh else "The Stand-in Heiress",
            "logline": "A maid's daughter is the real heiress.", "genre": "heiress",
            "tropes": ["heiress", "revenge"], "tone": "tense, glossy", "world": "Modern Shanghai.",
            "secret": "Lin Xia is the Lin family's lost daughter.", "characters": characters,
            "locations": [
                {"id": "lin-mansion", "name": "林家大宅" if zh else "Lin Mansion", "kind": "mansion"},
                {"id": "gu-office", "name": "顾氏集团" if zh else "Gu Tower", "kind": "office"},
            ],
            "an_extra_field_models_like_to_add": True,
        }

    def _ArcsDraft(self, prompt: str, zh: bool, messages: list[Any]) -> dict[str, Any]:
        match = re.search(r"从第 1 集到第 (\d+) 集|covering episodes 1 to (\d+)", prompt)
        assert match, prompt
        n = int(match[1] or match[2])
        arcs, first = [], 1
        while first <= n:
            last = min(n, first + 4)
            arcs.append({"title": f"Arc {len(arcs) + 1}", "first": first, "last": last,
                         "summary": "Su Mei frames Lin Xia.", "scheme": "frame-up",
                         "schemer": "su-mei"})
            first = last + 1
        return {"arcs": arcs}

    def _PlansDraft(self, prompt: str, zh: bool, messages: list[Any]) -> dict[str, Any]:
        match = re.search(r"规划第 (\d+) 到第 (\d+) 集|Plan episodes (\d+) to (\d+)", prompt)
        assert match, prompt
        first, last = (int(match[1]), int(match[2])) if match[1] else (int(match[3]), int(match[4]))
        numbers = list(range(first, last + 1))
        repairing = len(messages) > 2
        if self.drop_episode_once and not repairing and len(numbers) > 1:
            self.drop_episode_once = False
            numbers = numbers[:-1]
        return {"episodes": [{
            "number": e, "title": f"第{e}集" if zh else f"Episode {e}",
            "summary": "Lin Xia fights back.", "hook": "A slap in the ballroom.",
            "reversal": "The will is read.", "cliffhanger": "A stranger calls her daughter.",
            "locations": ["lin-mansion", "nowhere"],
        } for e in numbers]}

    def _EpisodeDraft(self, prompt: str, zh: bool, messages: list[Any]) -> dict[str, Any]:
        match = re.search(r"口播共 (\d+)–(\d+)|(\d+)–(\d+) spoken", prompt)
        assert match, prompt
        low, high = (int(match[1]), int(match[2])) if match[1] else (int(match[3]), int(match[4]))
        finale = '"finale"' in prompt
        revising = any("script editor reviewed" in m["content"] or "剧本编辑审读" in m["content"]
                       for m in messages if m["role"] == "user")
        opening = "stakes" if self.hookless_first_drafts and not revising else "hook"
        want = (low + high) // 2
        line = "你以为这样就能赢我吗" if zh else "You think this is enough to beat me now"
        unit = 10 if zh else 9
        count = max(3, round(want / unit))
        speakers = ["lin-xia", "su-mei", "gu-chen"]
        lines = [{"speaker": speakers[i % 3], "text": line, "emotion": "angry"} for i in range(count)]
        third = max(1, count // 3)
        return {
            "title": "对峙" if zh else "Showdown", "summary": "Lin Xia faces Su Mei.",
            "scenes": [{
                "location": "lin-mansion", "time": "night",
                "characters": ["lin-xia", "su-mei"],  # gu-chen speaks too: the writer adds him
                "beats": [
                    {"kind": opening, "action": "A glass shatters.", "lines": lines[:third],
                     "events": [] if '"will"' in prompt else [
                         {"kind": "establish", "fact": "will", "text": "There is a will.",
                          "who": ["lin-xia"]}]},
                    {"kind": "reversal", "action": "Gu Chen walks in.",
                     "lines": lines[third:2 * third]},
                    {"kind": "finale" if finale else "cliffhanger", "action": "The lights die.",
                     "lines": lines[2 * third:]},
                ],
            }],
        }

    def _InteractiveEpisodeDraft(self, prompt: str, zh: bool, messages: list[Any]
                                 ) -> dict[str, Any]:
        """A branching episode: a choice after the opening, two branches that meet, a
        second choice whose first option shows only with the evidence, three endings."""
        assert "choices" in prompt and "default" in prompt, prompt
        n = 1

        def lines(*speakers: str) -> list[dict[str, Any]]:
            nonlocal n
            out = []
            for who in speakers:
                text = (f"第{n}句：这件事还没完，你等着瞧" if zh
                        else f"Line {n}: this is not over yet, you will see")
                out.append({"speaker": who, "text": text, "emotion": "cold"})
                n += 1
            return out

        def scene(key: str, kind: str, action: str, *speakers: str, **way: Any) -> dict[str, Any]:
            return {"key": key, "location": "lin-mansion", "time": "night",
                    "characters": ["lin-xia", "su-mei"],
                    "beats": [{"kind": kind, "action": action, "lines": lines(*speakers)}],
                    **way}

        broken = self.dead_end_always or (self.dead_end_once and len(messages) <= 2)
        self.dead_end_once = self.dead_end_once and not broken
        wary_way: dict[str, Any] = {} if broken else {"next": "meet"}
        return {
            "title": "岔路" if zh else "The Fork", "summary": "Lin Xia chooses.",
            "state": {"trust": 0, "evidence": False},
            "scenes": [
                scene("open", "hook", "A glass shatters.", "lin-xia", "su-mei", "lin-xia",
                      choices=[
                          {"label": "Face Su Mei", "goto": "bold", "effects": ["trust += 1"]},
                          {"label": "Find the footage", "goto": "wary",
                           "effects": ["evidence = true"], "default": True}]),
                scene("bold", "reversal", "Lin Xia steps forward.", "lin-xia", "su-mei",
                      next="meet"),
                scene("wary", "reversal", "Lin Xia slips away.", "lin-xia", "gu-chen",
                      **wary_way),
                scene("meet", "escalation", "The guests turn.", "su-mei", "lin-xia", choices=[
                    {"label": "Show the footage", "goto": "win", "condition": "evidence"},
                    {"label": "Stay silent", "goto": "turn", "default": True},
                    {"label": "Walk away", "goto": "lose"}]),
                scene("win", "cliffhanger", "The screen lights up.", "lin-xia", "su-mei",
                      ending={"title": "Proof", "kind": "good"}),
                scene("lose", "cliffhanger", "The door slams.", "su-mei", "lin-xia",
                      ending={"title": "Shut Out", "kind": "bad"}),
                scene("turn", "cliffhanger", "A phone rings.", "su-mei", "lin-xia",
                      ending={"title": "The Call", "kind": "twist"}),
            ],
        }

    def _StoryboardDraft(self, prompt: str, zh: bool, messages: list[Any]) -> dict[str, Any]:
        match = re.search(r"(\{\n \"id\": \"ep.*?\n\})\n", prompt, re.S)
        assert match, prompt
        episode = json.loads(match[1])
        shots = []
        for scene in episode["scenes"]:
            for beat in scene["beats"]:
                ids = [line["id"] for line in beat["lines"]]
                if self.drop_line_always and ids:
                    ids = ids[:-1]
                shots.append({"beat": beat["id"], "framing": "CU", "lines": ids,
                              "characters": [{"id": c} for c in scene["characters"][:2]],
                              "prompt": "a woman in a black suit, night", "duration_ms": 1500})
        return {"shots": shots}
