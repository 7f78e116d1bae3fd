"""The prompts of the OpenAI Images provider: a panel's (framing, action, who looks like
which input image, where, when) and a reference sheet's, fitted to the model's limit."""

from __future__ import annotations

from microdrama.domain.storyboard import Shot
from microdrama.providers.appearance import identity_prompt, shoulder_words, staging_words
from microdrama.providers.base import PanelRequest, ReferenceRequest

#: Prompt length limit in characters of models with no known limit.
DEFAULT_PROMPT_LIMIT = 4000

FRAMING_WORDS = {
    "ECU": "extreme close-up on the face",
    "CU": "close-up, head and shoulders",
    "MCU": "medium close-up, chest up",
    "MS": "medium shot, waist up",
    "WS": "wide shot, full figures in their surroundings",
}
ANGLE_WORDS = {
    "eye": "eye-level camera",
    "low": "low-angle camera looking up",
    "high": "high-angle camera looking down",
    "dutch": "dutch angle, tilted horizon",
    "overhead": "overhead camera looking straight down",
}


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;.") + "…"


def fit_prompt(parts: list[str], limit: int) -> str:
    """Join ``parts`` as lines; while too long, shorten the longest part (never drop one)."""
    parts = [p for p in parts if p]
    while parts and sum(map(len, parts)) + len(parts) - 1 > limit:
        longest = max(range(len(parts)), key=lambda i: len(parts[i]))
        excess = sum(map(len, parts)) + len(parts) - 1 - limit
        target = max(len(parts[longest]) - max(excess, len(parts[longest]) // 4), 16)
        if target >= len(parts[longest]):
            break  # every part is already tiny
        parts[longest] = _shorten(parts[longest], target)
    return "\n".join(parts)[:limit]


def visible_ids(shot: Shot) -> list[str]:
    """Character ids seen in the shot, front first, once each (an ECU shows only one)."""
    ids = [c.id for c in shot.characters]
    ids = list(dict.fromkeys(ids))
    return ids[:1] if shot.framing == "ECU" else ids


def panel_prompt(request: PanelRequest, style: str, *, referenced: list[str],
                 limit: int = DEFAULT_PROMPT_LIMIT) -> str:
    """The image prompt of one shot. ``referenced``: character ids whose sheets are sent
    as input images, in upload order."""
    shot, place = request.shot, request.location
    lines = [
        "One single vertical 9:16 frame of a short drama, no panel borders. "
        "Keep faces between the top 13% and the bottom 22% of the frame "
        "(the app's buttons and subtitles cover those bands).",
        f"Shot: {FRAMING_WORDS[shot.framing]}; {ANGLE_WORDS[shot.angle]}.",
    ]
    if shot.action:
        lines.append(f"Action: {shot.action.strip()}")
    if shot.prompt:
        lines.append(f"Scene: {shot.prompt.strip()}")
    cast = {c.id: c for c in request.characters}
    names = {c.id: c.name for c in request.characters}
    if shot.over_shoulder:
        lines.append(f"Framing: {shoulder_words(shot, names)}.")
    identities = {r.character: r.identity for r in request.references if r.identity}
    seen = {c.id: c for c in shot.characters}
    for number, ident in enumerate(visible_ids(shot), 1):
        character = cast.get(ident)
        if character is None:
            continue
        who = seen[ident]
        line = (f"Character {number}: {character.name}, {who.position} of frame, "
                f"{who.expression} expression — {identities.get(ident) or identity_prompt(character)}")
        staged = staging_words(who, names)
        if staged:
            line += f" Staging: {staged}."
        if ident in referenced:
            line += (f" Looks exactly like the person in input image {referenced.index(ident) + 1}"
                     " (same face, hair and outfit).")
        lines.append(line)
    if not shot.characters:
        lines.append("No people in frame.")
    where = f"Location: {place.name} ({place.kind})"
    if place.description:
        where += f", {place.description.strip()}"
    lines.append(f"{where}. Time of day: {shot.time}.")
    lines.append(style)
    lines.append("No text, letters, captions, speech bubbles, logos or watermarks.")
    return fit_prompt(lines, limit)


def sheet_prompt(request: ReferenceRequest, style: str, *,
                 limit: int = DEFAULT_PROMPT_LIMIT) -> str:
    """The prompt of a character's reference sheet (a turnaround on a plain background)."""
    character = request.character
    return fit_prompt([
        f"Character reference sheet (turnaround) of {character.name}: "
        f"{request.identity or identity_prompt(character)}",
        "The same person shown several times on one sheet: a full-body front view in the "
        "centre, a three-quarter view and a back view beside it, and a head-and-shoulders "
        "close-up. Neutral expression, standing straight, arms relaxed.",
        "Plain light-grey seamless background, even studio lighting, no props or scenery.",
        request.style or style,
        "No text, labels, letters or watermarks.",
    ], limit)
