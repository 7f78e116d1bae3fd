"""The positive prompts ComfyUI workflows get: a panel's, a reference sheet's, a clip's,
a talking shot's."""

from __future__ import annotations

from microdrama.providers.appearance import identity_prompt, shoulder_words, staging_words
from microdrama.providers.base import ClipRequest, LipSyncRequest, PanelRequest, ReferenceRequest

FRAMING = {"ECU": "extreme close-up", "CU": "close-up", "MCU": "medium close-up",
           "MS": "medium shot", "WS": "wide shot"}
ANGLE = {"eye": "eye-level", "low": "low-angle", "high": "high-angle", "dutch": "dutch-angle",
         "overhead": "overhead"}
MOTION = {"static": "steady camera", "push-in": "the camera slowly pushes in",
          "pull-out": "the camera slowly pulls back", "pan-left": "the camera pans left",
          "pan-right": "the camera pans right", "tilt-up": "the camera tilts up",
          "tilt-down": "the camera tilts down", "shake": "sudden handheld camera shake"}
PLACE = {"left": "on the left", "center": "in the centre", "right": "on the right"}


def panel_prompt(request: PanelRequest, style: str) -> str:
    """The positive prompt of a panel: style, framing, what happens, who, where."""
    shot = request.shot
    parts = [style, f"{FRAMING[shot.framing]}, {ANGLE[shot.angle]} shot, vertical 9:16 frame"]
    parts += [text for text in (shot.prompt, shot.action) if text and text not in " ".join(parts)]
    identities = {r.character: r.identity for r in request.references}
    names = {c.id: c.name for c in request.characters}
    parts.append(shoulder_words(shot, names))
    for who, character in zip(shot.characters, request.characters, strict=False):
        identity = identities.get(character.id) or identity_prompt(character)
        staged = staging_words(who, names)
        parts.append(f"{identity}, {who.expression} expression, {PLACE[who.position]}"
                     + (f", {staged}" if staged else ""))
    place = request.location
    parts.append(f"{place.kind} setting: {place.name}" + (f", {place.description}"
                                                          if place.description else ""))
    parts.append(f"at {shot.time}")
    return ", ".join(p.strip() for p in parts if p and p.strip())


def reference_prompt(request: ReferenceRequest, style: str) -> str:
    """The positive prompt of a character's reference sheet."""
    parts = [
        "character reference sheet, full-body turnaround: front view, three-quarter view, "
        "side view and back view, neutral pose, plain white background, consistent design",
        request.identity or identity_prompt(request.character),
        request.style, style,
    ]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def clip_prompt(request: ClipRequest, style: str) -> str:
    """The positive prompt of a clip: what moves and how the camera moves."""
    shot = request.shot
    parts = [style, shot.action or shot.prompt]
    parts += [f"{who.expression} expression" for who in shot.characters[:2]]
    parts += [MOTION[shot.move], "subtle natural motion, smooth, consistent faces"]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def lipsync_prompt(request: LipSyncRequest, style: str) -> str:
    """The positive prompt of a talking shot: who speaks, lips in time, the rest still."""
    shot = request.shot
    parts = [style, shot.action or shot.prompt]
    speaking = [who for who in shot.characters if who.id in request.speakers]
    parts += [f"the {PLACE[who.position].removeprefix('on the ').removeprefix('in the ')} "
              f"character speaks, {who.expression} expression" for who in speaking]
    parts += ["lips move in sync with the voice, listeners' mouths closed, natural blinks",
              MOTION[shot.move]]
    return ", ".join(p.strip() for p in parts if p and p.strip())
