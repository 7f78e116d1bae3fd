"""The web player of interactive episodes: story.json (the graphs with their conditions
and effects as JSON trees, never strings to eval), and the self-contained page that
plays it (index.html with the story inline, player.js, player.css — no network).

``story_document`` turns story graphs and their rendered segments into the document the
player reads; ``player_files`` makes the folder's files from it. The page works from
``file://`` (the story is inlined, since a page opened from disk may not fetch files)
and from any static server. See docs/decisions/0015-interactive-player.md.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from microdrama.domain.expressions import Binary, Const, Effect, Expr, Name, Unary
from microdrama.domain.story import StoryGraph
from microdrama.hashing import content_hash
from microdrama.packs import BUILTIN, Packs, load_pack

#: The player's own files, beside this module.
ASSETS = ("index.html", "player.js", "player.css")
FORMAT = "microdrama-story"
VERSION = 1


class PlayerStrings(BaseModel):
    """The words the player shows, in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: str
    play: str
    resume: str
    start_over: str
    play_again: str
    next_episode: str
    ending: str
    endings_found: str
    tap_to_play: str

    @field_validator("endings_found")
    @classmethod
    def _counts(cls, text: str) -> str:
        if "{seen}" not in text or "{total}" not in text:
            raise ValueError("endings_found must say {seen} and {total}")
        return text


class PlayerPack(BaseModel):
    """Schema of packs/interactive/player.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    source: str
    strings: dict[str, PlayerStrings]


def player_strings(language: str, packs: Packs = BUILTIN) -> PlayerStrings:
    """The player's words in ``language`` (a BCP 47 tag; its language part), else English."""
    strings = load_pack("interactive", "player", PlayerPack, packs=packs).strings
    return strings.get(language) or strings.get(language.split("-")[0]) or strings["en"]


def expression_json(expr: Expr) -> dict[str, Any]:
    """The JSON tree of a condition or an effect's value:
    ``{"const": v}``, ``{"var": name}``, ``{"op": "not"|"neg", "arg": …}``,
    ``{"op": "and"|"or"|"=="|…|"+"|"-", "left": …, "right": …}``."""
    if isinstance(expr, Const):
        return {"const": expr.value}
    if isinstance(expr, Name):
        return {"var": expr.name}
    if isinstance(expr, Unary):
        return {"op": "not" if expr.op == "not" else "neg", "arg": expression_json(expr.operand)}
    if isinstance(expr, Binary):
        return {"op": expr.op, "left": expression_json(expr.left),
                "right": expression_json(expr.right)}
    raise TypeError(f"not an expression: {expr!r}")


def effect_json(effect: Effect) -> dict[str, Any]:
    """``{"target": name, "op": "="|"+="|"-=", "value": tree}``."""
    return {"target": effect.target, "op": effect.op, "value": expression_json(effect.value)}


def episode_document(graph: StoryGraph, *, videos: Mapping[str, str],
                     speech_end_ms: Mapping[str, int]) -> dict[str, Any]:
    """One episode of story.json: its segments (video, length, when its speech ends, the
    way on), its variables and its start."""
    segments: dict[str, Any] = {}
    for segment in graph.segments:
        entry: dict[str, Any] = {
            "id": segment.id, "video": videos[segment.id], "duration_ms": segment.duration_ms,
            "speech_end_ms": speech_end_ms.get(segment.id, 0), "lines": segment.lines,
            "next": segment.next, "choice": None, "ending": None}
        if segment.choice is not None:
            entry["choice"] = {
                "window_ms": segment.choice.window_ms, "default": segment.choice.default,
                "options": [{"id": o.id, "label": o.label, "target": o.target,
                             "condition": expression_json(o.when) if o.when else None,
                             "condition_text": o.condition,
                             "effects": [effect_json(e) for e in o.changes],
                             "effects_text": o.effects}
                            for o in segment.choice.options]}
        if segment.ending is not None:
            entry["ending"] = segment.ending.model_dump(mode="json")
        segments[segment.id] = entry
    return {"id": graph.id, "title": graph.title, "start": graph.start,
            "variables": [v.model_dump(mode="json") for v in graph.variables],
            "segments": segments}


def story_document(episodes: list[dict[str, Any]], *, series: str, language: str, label: str,
                   analytics_url: str, strings: PlayerStrings) -> dict[str, Any]:
    """The whole story.json: the series, its label, the player's words, where analytics
    events go (None: the browser console) and the episodes."""
    return {"format": FORMAT, "version": VERSION,
            "id": content_hash(f"{series}\n{language}".encode())[3:19],
            "series": series, "language": language, "label": label,
            "analytics": {"url": analytics_url} if analytics_url else None,
            "strings": strings.model_dump(mode="json"), "episodes": episodes}


def _asset(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text("utf-8")


def assets_digest() -> str:
    """Content hash of the player's own files (a change to them rebuilds every player)."""
    return content_hash("\0".join(_asset(name) for name in ASSETS).encode("utf-8"))


def player_files(document: dict[str, Any], *, rtl: bool = False) -> dict[str, bytes]:
    """index.html (the story inline), player.js, player.css and story.json."""
    inline = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    # Inside <script> a "</" would end the element: JSON allows escaping every "<".
    inline = inline.replace("<", "\\u003c")
    fields = {"lang": html.escape(document["language"], quote=True),
              "dir": "rtl" if rtl else "ltr", "title": html.escape(document["series"]),
              "prompt": html.escape(document["strings"]["prompt"]), "story": inline}
    page = re.sub(r"\{(lang|dir|title|prompt|story)\}", lambda m: fields[m[1]],
                  _asset("index.html"))
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    return {"index": page.encode("utf-8"), "script": _asset("player.js").encode("utf-8"),
            "style": _asset("player.css").encode("utf-8"), "story": text.encode("utf-8")}
