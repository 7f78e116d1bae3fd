"""Prompt templates (the packs ``prompts/<lang>/<name>.md``) and the canon as prompt text.

Templates are versioned files; their hashes are part of the writer's cache identity, so
a project's replacement of one (``packs/prompts/en/script.md``) rekeys what it writes.
The canon is rendered compactly so a 100-episode series never outgrows the context:
the bible brief is bounded by the cast size, the story so far by the script stage's
rolling summary, the ledger by the facts that are true now.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from string import Template
from typing import Any

from microdrama.domain import Bible, Ledger
from microdrama.packs import BUILTIN, PackError, Packs, pack_text
from microdrama.review.craft import load_craft

NAMES = ("system", "bible", "arcs", "episodes", "script", "revise", "storyboard")
LANGUAGES = ("en", "zh")


@cache
def _template(language: str, name: str, packs: Packs = BUILTIN) -> tuple[int, Template]:
    text = pack_text("prompts", f"{language}/{name}", packs=packs)
    head, _, body = text.partition("\n")
    if not head.startswith("version:"):
        raise PackError(f"prompt template prompts/{language}/{name}.md has no version line",
                        where="line 1", fix="start it with 'version: N'")
    return int(head.split(":", 1)[1]), Template(body.strip() + "\n")


def render(language: str, name: str, *, packs: Packs = BUILTIN, **values: Any) -> str:
    """The template (from ``packs``) filled in; a missing variable is a bug: KeyError."""
    _, template = _template(language, name, packs)
    return template.substitute({k: str(v) for k, v in values.items()})


@cache
def template_hashes(packs: Packs = BUILTIN) -> dict[str, str]:
    """``lang/name`` → short hash of every template ``packs`` give (the writer's cache
    identity: a project's replacement template changes it)."""
    out = {}
    for language in LANGUAGES:
        for name in NAMES:
            text = pack_text("prompts", f"{language}/{name}", packs=packs).encode("utf-8")
            out[f"{language}/{name}"] = hashlib.sha256(text).hexdigest()[:16]
    return out


#: Templates asked for only by some requests: hashed into those requests' keys
#: (``LLMWriter.request_identity``), not into every key the writer makes.
INTERACTIVE_NAMES = ("script-interactive",)


@cache
def interactive_hashes(packs: Packs = BUILTIN) -> dict[str, str]:
    """``lang/name`` → short hash of the interactive script templates ``packs`` give."""
    out = {}
    for language in LANGUAGES:
        for name in INTERACTIVE_NAMES:
            text = pack_text("prompts", f"{language}/{name}", packs=packs).encode("utf-8")
            out[f"{language}/{name}"] = hashlib.sha256(text).hexdigest()[:16]
    return out


def system(language: str, packs: Packs = BUILTIN) -> str:
    """The standing brief (template and craft rules from ``packs``)."""
    return render(language, "system", packs=packs,
                  speech_unit=load_craft(language, packs).speech_unit)


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
