"""Prompt templates (providers/prompts/<lang>/<name>.md) and the canon as prompt text.

Templates are versioned files; their hashes are part of the writer's cache identity.
The canon is rendered compactly so a 100-episode series never outgrows the context:
the bible brief is bounded by the cast size, the story so far by the script stage's
rolling summary, the ledger by the facts that are true now.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from string import Template
from typing import Any

from microdrama.domain import Bible, Ledger
from microdrama.review.craft import load_craft

NAMES = ("system", "bible", "arcs", "episodes", "script", "revise", "storyboard")
LANGUAGES = ("en", "zh")


@cache
def _template(language: str, name: str) -> tuple[int, Template]:
    text = (resources.files("microdrama.packs") / "prompts" / language / f"{name}.md"
            ).read_text("utf-8")
    head, _, body = text.partition("\n")
    if not head.startswith("version:"):
        raise ValueError(f"prompts/{language}/{name}.md must start with 'version: N'")
    return int(head.split(":", 1)[1]), Template(body.strip() + "\n")


def render(language: str, name: str, **values: Any) -> str:
    """The template filled in; a missing variable is a bug, so it raises KeyError."""
    _, template = _template(language, name)
    return template.substitute({k: str(v) for k, v in values.items()})


@cache
def template_hashes() -> dict[str, str]:
    """``lang/name`` → short hash of every template (the writer's cache identity)."""
    out = {}
    for language in LANGUAGES:
        for name in NAMES:
            text = (resources.files("microdrama.packs") / "prompts" / language / f"{name}.md"
                    ).read_bytes()
            out[f"{language}/{name}"] = hashlib.sha256(text).hexdigest()[:16]
    return out


def system(language: str) -> str:
    """The standing brief."""
    return render(language, "system", speech_unit=load_craft(language).speech_unit)


def bible_brief(bible: Bible, *, looks: bool = False) -> str:
    """The canon in compact JSON: ids, names, roles, who they are, how they talk."""
    cast = []
    for c in bible.characters:
        entry: dict[str, Any] = {"id": c.id, "name": c.name, "role": c.role, "gender": c.gender,
                                 "description": c.description, "speech": c.speech}
        if looks:
            entry["look"] = {"age": c.look.age, "face": c.look.face, "hair": c.look.hair,
                             "outfit": c.look.outfit}
        cast.append(entry)
    brief: dict[str, Any] = {
        "title": bible.title, "logline": bible.logline, "tone": bible.tone, "world": bible.world,
        "secret": bible.secret, "characters": cast,
        "locations": [{"id": loc.id, "name": loc.name, "kind": loc.kind} for loc in bible.locations],
    }
    if bible.premise is not None:  # the idea as understood: its own people, places, moment
        brief["premise"] = bible.premise.model_dump(mode="json", exclude_defaults=True,
                                                    exclude={"assumed"})
    return json.dumps(brief, ensure_ascii=False, indent=1)


def ledger_brief(ledger: Ledger, bible: Bible) -> str:
    """Facts and who knows them, relations, who has left: what a line may presuppose."""
    if not ledger.facts and not ledger.relations and not ledger.gone:
        return "(nothing established yet)"
    data = {
        "facts": {fid: {"text": f.text, "known_by": f.known_by} for fid, f in ledger.facts.items()},
        "relations": ledger.relations,
        "gone": ledger.gone,
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def lines_of(items: list[str], empty: str = "-") -> str:
    """A bulleted list, or ``empty``."""
    return "\n".join(f"- {item}" for item in items) if items else empty
