"""The project-format reference (docs/project-format.md), generated from the models.

Generated so the docs cannot drift from the code: a test compares the committed file
with ``render_reference()``. Regenerate with ``python -m microdrama.formats.reference``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from microdrama.domain import (
    Arc,
    Beat,
    Bible,
    Character,
    Episode,
    EpisodePlan,
    LedgerEvent,
    Line,
    Location,
    Look,
    Monetization,
    Outline,
    ProjectSettings,
    ProviderSettings,
    Scene,
    Voice,
)
from microdrama.domain.branching import Choice, Ending
from microdrama.domain.settings import (
    BudgetSettings,
    InteractiveSettings,
    LocaleSettings,
    SourceSettings,
)
from microdrama.domain.source import (
    ChapterDigest,
    EpisodeSource,
    MappedChapter,
    SourceCharacter,
    SourceEvent,
    SourceMap,
)
from microdrama.domain.storyboard import Shot, ShotCharacter, Storyboard
from microdrama.domain.translation import LocaleTranslations, TranslationUnit

SECTIONS: list[tuple[str, list[type[BaseModel]]]] = [
    ("drama.toml", [ProjectSettings, ProviderSettings, BudgetSettings, SourceSettings,
                    LocaleSettings, InteractiveSettings]),
    ("series.yaml", [Bible, Character, Look, Voice, Location]),
    ("outline.yaml", [Outline, Arc, EpisodePlan, Monetization]),
    ("episodes/epNNN.yaml", [Episode, Scene, Choice, Ending, Beat, Line, LedgerEvent]),
    ("storyboards/epNNN.yaml", [Storyboard, Shot, ShotCharacter]),
    ("source/digests/chNNNN.yaml", [ChapterDigest, SourceCharacter, SourceEvent]),
    ("source-map.yaml", [SourceMap, EpisodeSource, MappedChapter]),
    ("locales/<locale>.yaml", [LocaleTranslations, TranslationUnit]),
]


def _type(info: dict[str, Any]) -> str:
    if "enum" in info:
        return " \\| ".join(f"`{v}`" for v in info["enum"])
    if "$ref" in info:
        return info["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in info:
        return " or ".join(_type(i) for i in info["anyOf"])
    if info.get("type") == "array":
        return f"list of {_type(info.get('items', {}))}"
    if info.get("type") == "object":
        return "mapping"
    return str(info.get("type", "any"))


def render_reference() -> str:
    """The whole reference page as Markdown."""
    out = [
        "# Project format reference",
        "",
        "Generated from the models in `src/microdrama/domain/` by",
        "`python -m microdrama.formats.reference`; do not edit by hand.",
        "Unknown fields are an error (so a typo never passes silently).",
        "",
    ]
    for file, models in SECTIONS:
        out += [f"## {file}", ""]
        for model in models:
            schema = model.model_json_schema()
            required = set(schema.get("required", []))
            out += [f"### {model.__name__}", "", (model.__doc__ or "").strip().splitlines()[0], "",
                    "| field | type | required | meaning |", "|---|---|---|---|"]
            for name, info in schema.get("properties", {}).items():
                meaning = info.get("description", "").replace("|", "\\|").replace("\n", " ")
                out.append(f"| `{name}` | {_type(info)} | {'yes' if name in required else ''} | {meaning} |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/project-format.md")
    target.write_text(render_reference(), "utf-8")
    print(f"wrote {target}")
