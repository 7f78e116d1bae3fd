"""Provider interfaces: one small async protocol per capability, domain types only.

The writers' room is three capabilities, one method each, because a stage asks for
exactly one thing at a time (and caches it): a bible from an idea, an outline from a
bible, one episode script from its plan and the continuity so far.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, cast, runtime_checkable

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from microdrama.domain import (
    Arc,
    Bible,
    Character,
    Episode,
    EpisodePlan,
    Ledger,
    Location,
    Model,
    Outline,
    Voice,
)
from microdrama.domain.bible import Language
from microdrama.domain.script import Emotion
from microdrama.domain.source import ChapterDigest, SourceDigest
from microdrama.domain.storyboard import Shot, Storyboard
from microdrama.errors import InputError
from microdrama.providers.instance import RUN_ONLY_KEYS, ProviderConfig, Usage


class SeriesRequest(Model):
    """Ask for a series bible."""

    idea: str = Field(description="The idea.")
    language: Language = Field(description="Series language.")
    genre: str = Field(description="Trope id, or 'auto'.")
    title: str = Field(default="", description="Title to use, or '' to propose one.")
    episodes: int = Field(description="Planned number of episodes.", ge=1)
    seed: int = Field(description="Seed for deterministic writers.")
    source: SourceDigest | None = Field(
        default=None, description="The novel being adapted, condensed (None: an original)."
    )

    @model_serializer(mode="wrap")
    def _omit_no_source(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _omit_empty(handler(self), "source")


def _omit_empty(data: dict[str, Any], *names: str) -> dict[str, Any]:
    """Leave out empty source fields, so requests of original series (and their cache
    keys) are exactly what they were before adaptation existed."""
    for name in names:
        if not data.get(name):
            data.pop(name, None)
    return data


def _omit_modern(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out a modern era, so modern requests (and their cache keys) dump as before
    eras existed."""
    if data.get("era") == MODERN_ERA:
        data.pop("era", None)
    return data


class OutlineRequest(Model):
    """Ask for an outline of a bible."""

    bible: Bible
    episodes: int = Field(ge=1)
    episode_seconds: int = Field(ge=10)
    seed: int
    source: SourceDigest | None = Field(
        default=None, description="The novel being adapted, condensed (None: an original)."
    )
    allocation: dict[int, list[int]] = Field(
        default_factory=dict,
        description="Episode → the source chapters it adapts (the stage enforces it on the "
        "returned plan; writers use it to pace the story).",
    )

    @model_serializer(mode="wrap")
    def _omit_no_source(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _omit_empty(handler(self), "source", "allocation")


class ScriptRequest(Model):
    """Ask for one episode script."""

    bible: Bible
    plan: EpisodePlan = Field(description="This episode's plan.")
    arc: Arc | None = Field(default=None, description="The arc it belongs to.")
    arc_last: bool = Field(default=False, description="It is the last episode of its arc.")
    final: bool = Field(default=False, description="It is the series finale.")
    ledger: Ledger = Field(description="Continuity after the previous episodes.")
    previously: str = Field(default="", description="Summary of the previous episode.")
    source_chapters: list[ChapterDigest] = Field(
        default_factory=list,
        description="Digests of the source chapters this episode adapts (plan.chapters).",
    )
    story: list[str] = Field(
        default_factory=list,
        description="Rolling summary: earlier arcs in a line each, then this arc's episodes.",
    )
    seed: int
    interactive: bool = Field(
        default=False,
        description="Write a branching episode: choices, state and several endings "
        "(docs/decisions/0016-writing-branching-episodes.md).")

    @model_serializer(mode="wrap")
    def _omit_no_source(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _omit_empty(handler(self), "source_chapters", "interactive")


class DigestRequest(Model):
    """Ask for the digest of one chapter (or part of a long chapter) of a source novel."""

    chapter: int = Field(description="Chapter number in the source (1 = first).", ge=1)
    title: str = Field(default="", description="Chapter title as the source gives it.")
    text: str = Field(description="The chapter's text, one paragraph per line.", min_length=1)
    language: Language = Field(description="Language of the source (and of the digest).")
    book: str = Field(default="", description="Title of the source.")


@runtime_checkable
class BibleWriter(Protocol):
    """Writes a series bible from an idea."""

    async def write_bible(self, request: SeriesRequest) -> Bible: ...


@runtime_checkable
class OutlineWriter(Protocol):
    """Writes an episode outline from a bible."""

    async def write_outline(self, request: OutlineRequest) -> Outline: ...


@runtime_checkable
class ScriptWriter(Protocol):
    """Writes one episode script from its plan and the continuity so far."""

    async def write_script(self, request: ScriptRequest) -> Episode: ...


@runtime_checkable
class ChapterDigester(Protocol):
    """Reads one chapter of a source novel: who is in it, what happens, what is revealed."""

    async def digest_chapter(self, request: DigestRequest) -> ChapterDigest: ...


class StoryboardRequest(Model):
    """Ask for the storyboard of one episode."""

    bible: Bible
    episode: Episode
    seed: int


@runtime_checkable
class Storyboarder(Protocol):
    """Cuts an episode into shots."""

    async def storyboard(self, request: StoryboardRequest) -> Storyboard: ...


class ReferenceImage(Model):
    """A character's reference sheet, passed to painters that keep identities by image."""

    character: str = Field(description="Character id.")
    path: str = Field(description="Absolute path of the PNG (read by the provider).")
    sha256: str = Field(description="Content hash of the file (part of the cache key).")
    identity: str = Field(description="Identity prompt: who this is and how they look (English).")
    seed: int = Field(description="Fixed per-character seed, the same in every shot.")


#: The era every series is in unless its tropes say otherwise (decision 0027).
MODERN_ERA = "modern"


class ReferenceRequest(Model):
    """Ask for one character's reference sheet (turnaround on a plain background)."""

    character: Character
    identity: str = Field(description="Identity prompt (English).")
    style: str = Field(default="", description="Series visual style words.")
    width: int = Field(default=1024, ge=64)
    height: int = Field(default=1024, ge=64)
    seed: int = Field(description="Fixed per-character seed.")
    era: str = Field(
        default=MODERN_ERA,
        description="When the series is set ('modern', 'period'…): the era's costume, as "
        "the panels draw it.",
    )

    @model_serializer(mode="wrap")
    def _omit_modern_era(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _omit_modern(handler(self))


class PanelRequest(Model):
    """Ask for one storyboard panel (a still image of a shot)."""

    shot: Shot = Field(description="The shot to draw.")
    characters: list[Character] = Field(
        description="Bible entries of shot.characters, in the same order (looks are fixed)."
    )
    location: Location = Field(description="Where the shot happens.")
    width: int = Field(default=1080, description="Image width in pixels.", ge=64)
    height: int = Field(default=1920, description="Image height in pixels.", ge=64)
    seed: int = Field(default=1, description="Seed for deterministic painters.")
    references: list[ReferenceImage] = Field(
        default_factory=list,
        description="Reference sheets of shot.characters (AI painters keep identities by them).",
    )
    era: str = Field(
        default=MODERN_ERA,
        description="When the series is set: 'modern', or an era of the writer's bank such as "
        "'period' (a costume drama), whose sets painters draw.",
    )

    @model_serializer(mode="wrap")
    def _omit_modern_era(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _omit_modern(handler(self))


class SpeechRequest(Model):
    """Ask for one spoken line."""

    text: str = Field(description="What to say.", min_length=1)
    language: Language = Field(description="Language of the text.")
    voice: Voice = Field(description="The character's fixed voice design.")
    speaker: str = Field(description="Character id (engines may key voices on it).")
    emotion: Emotion = Field(default="neutral", description="How it is said.")
    locale: str = Field(default="", description="BCP 47 tag of the text when it is a "
                        "translation (a dub); '' for the series language.")

    @model_serializer(mode="wrap")
    def _omit_no_locale(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Series-language requests dump as before, so their cache keys stay put.
        return _omit_empty(handler(self), "locale")


class TranslateLine(Model):
    """One line to translate, with what a translator needs around it."""

    id: str = Field(description="The line's stable id: the answer is keyed on it.")
    speaker: str = Field(description="Who says it (the name as the locale writes it).")
    text: str = Field(description="The line in the series language.", min_length=1)
    before: str = Field(default="", description="The line spoken just before (context).")
    after: str = Field(default="", description="The line spoken just after (context).")
    max_chars: int | None = Field(default=None, description="Longest translation that fits "
                                  "the shot's time and the locale's subtitles.")


class TranslateRequest(Model):
    """Translate lines of one episode into one locale."""

    locale: str = Field(description="BCP 47 tag of the target, e.g. es, pt-BR, ar.")
    locale_name: str = Field(description="The target language's name, e.g. Spanish.")
    source_language: str = Field(description="The series language: zh or en.")
    lines: list[TranslateLine] = Field(min_length=1)
    glossary: dict[str, str] = Field(
        default_factory=dict, description="Terms that occur in these lines → their translation "
        "(character names first).")
    formality: str = Field(default="", description="Register, e.g. 'informal tú'.")
    forbidden: list[str] = Field(default_factory=list, description="Words or phrases the "
                                 "translation must not use.")

    @model_serializer(mode="wrap")
    def _omit_no_forbidden(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Requests without forbidden terms dump as before, so their cache keys stay put.
        return _omit_empty(handler(self), "forbidden")


class ShortenLine(TranslateLine):
    """A translated line too long to dub in its place, to be said shorter."""

    draft: str = Field(description="The translation that runs too long.", min_length=1)
    budget_ms: int = Field(description="How long the line may take to speak.", gt=0)
    spoken_ms: int = Field(description="How long the draft took to speak.", gt=0)


class ShortenRequest(TranslateRequest):
    """Reword translated lines shorter, keeping their meaning (each ``max_chars`` long at
    most): the dub of each ran past its place in the shot."""

    lines: list[ShortenLine] = Field(min_length=1)  # type: ignore[assignment]


class TranslateResult(Model):
    """Line id → translation, for every line asked."""

    texts: dict[str, str]


class MusicRequest(Model):
    """Ask for a music bed."""

    mood: str = Field(description="tense, sad, romantic, triumphant, mysterious or calm.")
    duration_ms: int = Field(description="Length of the bed.", gt=0)
    seed: int = Field(default=1, description="Seed for deterministic composers.")


@runtime_checkable
class ImageModel(Protocol):
    """Paints storyboard panels. Returns PNG bytes of exactly width × height."""

    async def paint(self, request: PanelRequest) -> bytes: ...


@dataclass(frozen=True)
class PanelLayers:
    """A panel and its rig (``microdrama.media.rig``): the flattened PNG, the colour JPEG
    (background and packed layers), the alpha PNG of the layers, the manifest."""

    panel: bytes
    colour: bytes
    alpha: bytes
    manifest: bytes


class FaceStates(Model):
    """Which moving faces a layered panel is asked for (character ids): every figure
    blinks; these speak on screen (mouth shapes) or react (a widened stare)."""

    speaking: list[str] = Field(default_factory=list, description="Who speaks on screen.")
    reacting: list[str] = Field(default_factory=list, description="Who reacts to a reveal.")


@runtime_checkable
class LayeredImageModel(Protocol):
    """A painter that can hand its panels back in layers (offline: always; an AI painter
    when it has a mask of the characters), with the face states ``faces`` asks for."""

    @staticmethod
    def layered(model: str | None, config: ProviderConfig) -> bool:
        """Whether this provider, so configured, paints layers (checked at plan time)."""
        ...

    async def paint_layers(self, request: PanelRequest, faces: FaceStates) -> PanelLayers: ...


@runtime_checkable
class ReferenceSheets(Protocol):
    """Painters that draw a character's reference sheet (PNG of width × height)."""

    async def reference_sheet(self, request: ReferenceRequest) -> bytes: ...


class ClipRequest(Model):
    """Ask for a moving clip of one shot, animated from its panel."""

    shot: Shot = Field(description="The shot (action and prompt say what moves).")
    image_path: str = Field(description="Absolute path of the shot's panel PNG.")
    image_sha256: str = Field(description="Content hash of the panel (part of the cache key).")
    duration_ms: int = Field(description="Wanted length; the clip may be longer, never shorter.",
                             gt=0)
    width: int = Field(default=1080, ge=64)
    height: int = Field(default=1920, ge=64)
    fps: int = Field(default=30, ge=1)
    seed: int = Field(default=1)


@runtime_checkable
class ClipModel(Protocol):
    """Animates a panel into a silent video clip. Returns MP4 (H.264) bytes.

    Real services run long jobs: implementations submit, persist the job id under
    ``ProviderConfig.state_dir`` keyed by the request, poll, and download, so a build
    restarted mid-job resumes the same job instead of paying for a new one.
    """

    async def animate(self, request: ClipRequest) -> bytes: ...


class LipSyncRequest(Model):
    """Ask for a video of one shot whose speakers' lips move with its voice track."""

    shot: Shot = Field(description="The shot (its prompt and action say what is seen).")
    image_path: str = Field(description="Absolute path of the shot's panel PNG.")
    image_sha256: str = Field(description="Content hash of the panel (part of the cache key).")
    audio_path: str = Field(description="Absolute path of the shot's voice track: a WAV as "
                            "long as the shot, each line spoken on screen at its time.")
    audio_sha256: str = Field(description="Content hash of what the track is made of.")
    speakers: list[str] = Field(description="Character ids whose lines the track holds.")
    duration_ms: int = Field(description="The shot's length; the video is never shorter.",
                             gt=0)
    width: int = Field(default=1080, ge=64)
    height: int = Field(default=1920, ge=64)
    fps: int = Field(default=30, ge=1)
    seed: int = Field(default=1)


@runtime_checkable
class LipSyncModel(Protocol):
    """Makes a shot's speakers talk: panel + voice track → MP4 (H.264) bytes, at least
    ``duration_ms`` long, frames in time with the track.

    Like clips, real services run long jobs (a ComfyUI workflow with ``{{audio}}``, a
    hosted video model that takes a voice reference): submit, persist the job id under
    ``ProviderConfig.state_dir``, poll, download, so a restarted build resumes the job.
    """

    async def lipsync(self, request: LipSyncRequest) -> bytes: ...


@runtime_checkable
class SpeechModel(Protocol):
    """Speaks a line. Returns WAV bytes (PCM, mono)."""

    async def speak(self, request: SpeechRequest) -> bytes: ...


@runtime_checkable
class MusicModel(Protocol):
    """Composes a music bed. Returns WAV bytes (PCM, 48 kHz stereo)."""

    async def compose(self, request: MusicRequest) -> bytes: ...


# --- capabilities, typed --------------------------------------------------------------


@runtime_checkable
class Writer(BibleWriter, OutlineWriter, ScriptWriter, Protocol):
    """A writer provider: bible, outline and scripts (an LLM one reads novels too:
    ``ChapterDigester``)."""


P = TypeVar("P")


@dataclass(frozen=True)
class Capability(Generic[P]):
    """A capability as the registry hands it out: its name in drama.toml's [providers]
    and the protocol every provider of it implements, so ``get_provider(id, WRITER)`` is
    a ``Writer`` to the type checker and is checked to be one when it is made."""

    name: str
    protocol: type[Any]

    def check(self, provider: object, provider_id: str) -> P:
        """``provider`` as this capability's protocol; InputError if it is not one."""
        if not isinstance(provider, self.protocol):
            missing = [m for m in dir(self.protocol)
                       if not m.startswith("_") and not hasattr(provider, m)]
            raise InputError(
                f"provider {provider_id!r} cannot be the {self.name}: it lacks "
                f"{', '.join(missing) or self.protocol.__name__}",
                file="drama.toml", where=f"[providers] {self.name}",
                fix=f"choose a provider that offers {self.name} (microdrama providers lists them)",
            )
        return cast(P, provider)


@runtime_checkable
class Translator(Protocol):
    """Translates lines of a script, keyed by line id (never by position)."""

    async def translate(self, request: TranslateRequest) -> TranslateResult: ...

    async def shorten(self, request: ShortenRequest) -> TranslateResult: ...


WRITER: Capability[Writer] = Capability("writer", Writer)
STORYBOARDER: Capability[Storyboarder] = Capability("storyboarder", Storyboarder)
PAINTER: Capability[ImageModel] = Capability("painter", ImageModel)
SPEECH: Capability[SpeechModel] = Capability("speech", SpeechModel)
MUSIC: Capability[MusicModel] = Capability("music", MusicModel)
CLIP: Capability[ClipModel] = Capability("clip", ClipModel)
LIPSYNC: Capability[LipSyncModel] = Capability("lipsync", LipSyncModel)
TRANSLATOR: Capability[Translator] = Capability("translator", Translator)
#: Every capability by its drama.toml name.
BY_NAME: dict[str, Capability[Any]] = {c.name: c for c in (WRITER, STORYBOARDER, PAINTER,
                                                           SPEECH, MUSIC, CLIP, LIPSYNC,
                                                           TRANSLATOR)}


# What every provider gets (ProviderConfig) and reports back (Usage): providers/instance.py.

# Re-exported so stages can type against one place.
__all__ = [
    "TRANSLATOR", "TranslateLine", "TranslateRequest", "TranslateResult", "Translator",
    "BY_NAME", "CLIP", "MUSIC", "PAINTER", "SPEECH", "STORYBOARDER", "WRITER", "Capability", "Writer",
    "RUN_ONLY_KEYS", "LayeredImageModel", "PanelLayers", "FaceStates", "LIPSYNC", "LipSyncModel",
    "LipSyncRequest", "BibleWriter", "ChapterDigester", "ClipModel", "DigestRequest", "ClipRequest", "ImageModel",
    "ProviderConfig", "ReferenceImage", "ReferenceRequest", "ReferenceSheets", "Usage", "MusicModel", "MusicRequest", "OutlineRequest",
    "OutlineWriter", "PanelRequest", "ScriptRequest", "ScriptWriter", "SeriesRequest",
    "SpeechModel", "SpeechRequest", "StoryboardRequest", "Storyboarder",
]
