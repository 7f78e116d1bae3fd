"""Where render stages put their files (project-relative). One place, so stages agree."""

from __future__ import annotations

WORK = ".microdrama/work"


def panel(episode: str, shot: str) -> str:
    """The painted still of a shot (a deliverable for reviewers)."""
    return f"out/panels/{episode}/{shot}.png"


def rig(episode: str, shot: str, part: str) -> str:
    """A piece of a shot's rig (``media.rig``): ``colour.jpg``, ``alpha.png``,
    ``manifest.json`` — its panel in layers, with the figures' face states."""
    return f"{WORK}/rig/{episode}/{shot}.{part}"


#: The pieces of a rig, by output name.
RIG_PARTS = {"rig_colour": "colour.jpg", "rig_alpha": "alpha.png",
             "rig_manifest": "manifest.json"}


def clip(episode: str, shot: str) -> str:
    """The moving clip of a shot, animated from its panel (a deliverable for reviewers)."""
    return f"out/clips/{episode}/{shot}.mp4"


def lipsync_clip(episode: str, shot: str, locale: str = "") -> str:
    """A shot whose speakers talk with its voice track (lip-sync provider; in ``locale``'s
    dub when it is not the series language), for reviewers."""
    return f"out/clips/{_in(locale)}{episode}/{shot}.lipsync.mp4"


def reference_sheet(character: str) -> str:
    """A character's reference sheet (what AI painters keep the identity by)."""
    return f"out/refs/{character}.png"


def _in(locale: str) -> str:
    """The folder level of a locale other than the series language ("" adds none)."""
    return f"{locale}/" if locale else ""


def voice(episode: str, line: str, locale: str = "", reworded: bool = False) -> str:
    """One spoken line (of ``locale``, when it is not the series language); ``reworded``:
    the take of a dubbed line's shorter rewording (the redub stage's)."""
    if reworded:
        return f"{WORK}/redub/{locale}/{episode}/{line}.wav"
    return f"{WORK}/voice/{_in(locale)}{episode}/{line}.wav"


def rewording(episode: str, locale: str) -> str:
    """A dubbed episode's lines too long for their place: shorter wordings (and why the
    others were kept)."""
    return f"{WORK}/reword/{locale}/{episode}.json"


def translation(episode: str, locale: str) -> str:
    """An episode's lines in ``locale``: line id → text, how it was made, its key."""
    return f"{WORK}/translate/{locale}/{episode}.json"


def timeline(episode: str, locale: str = "") -> str:
    """Shot and line timing from real voice lengths."""
    return f"{WORK}/timing/{_in(locale)}{episode}.json"


def dub_fit(episode: str, locale: str) -> str:
    """How each dubbed line fitted its shot: tempo, lengths, overrun."""
    return f"{WORK}/timing/{locale}/{episode}.fit.json"


def cues(episode: str, locale: str = "") -> str:
    """The cue list the compositor burns in."""
    return f"{WORK}/cues/{_in(locale)}{episode}.json"


def music(episode: str, scene: str) -> str:
    """The music bed of a scene."""
    return f"{WORK}/music/{episode}/{scene}.wav"


def segment(episode: str, shot: str, locale: str = "") -> str:
    """The rendered video of one shot (with ``locale``'s burned-in subtitles)."""
    return f"{WORK}/segments/{_in(locale)}{episode}/{shot}.mp4"


def clean_segment(episode: str, shot: str, locale: str = "") -> str:
    """One shot without burned-in words, for ``locale``'s clean master."""
    return f"{WORK}/clean/{_in(locale)}{episode}/{shot}.mp4"


def mix(episode: str, locale: str = "") -> str:
    """The mixed, loudness-normalised episode audio (AAC, ready to mux by copying)."""
    return f"{WORK}/mix/{_in(locale)}{episode}.m4a"


def segment_mix(episode: str, segment: str, locale: str = "") -> str:
    """The audio of one story segment of an interactive episode, mixed and normalised
    on its own (so segments play back to back at one level, in any order)."""
    return f"{WORK}/mix/{_in(locale)}{episode}/{segment}.m4a"


def interactive(language: str, name: str) -> str:
    """``out/<lang>/interactive/<name>``: the web player of interactive episodes."""
    return f"out/{language}/interactive/{name}"


def story_segment(language: str, segment: str) -> str:
    """The labelled video of one story segment, as the player plays it."""
    return interactive(language, f"segments/{segment}.mp4")


def deliverable(language: str, episode: str, suffix: str) -> str:
    """``out/<lang>/epNNN<suffix>``: .mp4, .srt, .vtt, .ass, .cover.jpg, .contact.png."""
    return f"out/{language}/{episode}{suffix}"


def label_text(language: str) -> str:
    """The visible AI-content label in the series language (from the label rule pack)."""
    from microdrama.media.label import label_rule

    rule = label_rule()
    return rule.text_zh if language == "zh" else rule.text_en
