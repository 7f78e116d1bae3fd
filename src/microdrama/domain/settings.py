"""Project settings (drama.toml)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from microdrama.domain.base import Model
from microdrama.domain.bible import Language
from microdrama.domain.items import LOCALE

#: Limits on the idea text: long enough to say something, short enough to be an idea.
IDEA_MIN_CHARS = 2
IDEA_MAX_CHARS = 2000
MAX_EPISODES = 200


class ProjectSettings(Model):
    """The ``[project]`` table."""

    title: str = Field(default="", description="Working title; the writer proposes one if empty.")
    idea: str = Field(
        description="The idea in a sentence or a paragraph.",
        min_length=IDEA_MIN_CHARS,
        max_length=IDEA_MAX_CHARS,
    )
    language: Language = Field(default="zh", description="Series language: zh or en.")
    episodes: int = Field(default=12, description="Number of episodes.", ge=1, le=MAX_EPISODES)
    episode_seconds: int = Field(default=90, description="Target episode length.", ge=30, le=900)
    genre: str = Field(default="auto", description="Trope id or 'auto' to infer from the idea.")
    seed: int = Field(default=1, description="Seed for the deterministic offline writer.", ge=0)
    interactive: bool = Field(
        default=False,
        description="Write branching episodes (choices, story state, several endings) "
        "for episodes not yet written.")


#: What a provider can serve; one field of ProviderSettings each.
CAPABILITIES = ("writer", "storyboarder", "painter", "speech", "music", "clip", "lipsync",
                "translator")


class ProviderSettings(Model):
    """The ``[providers]`` table: which provider serves each capability.

    Sub-tables ``[providers.<name>]`` hold one provider's settings (say
    ``[providers.comfyui] url = …``); they are gathered into ``options``.
    """

    writer: str = Field(default="offline", description="Provider id for the writers' room.")
    storyboarder: str = Field(default="offline", description="Provider id for storyboards.")
    painter: str = Field(default="offline", description="Provider id for panels (images).")
    speech: str = Field(default="offline", description="Provider id for voices.")
    music: str = Field(default="offline", description="Provider id for music beds.")
    clip: str = Field(
        default="", description="Provider id that animates panels into clips; '' = motion comic."
    )
    lipsync: str = Field(
        default="", description="Provider id that makes the mouths of a shot's speakers move "
        "with its voice track (a video); '' = the painter's own mouths (offline rigs).")
    translator: str = Field(
        default="", description="Provider id that translates lines into other locales; '' = "
        "none (translations come from locales/<L>.yaml; qps-ploc needs none).")
    options: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="Per-provider settings, written as [providers.<name>] tables.",
    )

    @model_validator(mode="before")
    @classmethod
    def _gather_tables(cls, data: Any) -> Any:
        if isinstance(data, dict):
            tables = {k: v for k, v in data.items() if isinstance(v, dict) and k != "options"}
            if tables:
                data = {k: v for k, v in data.items() if k not in tables}
                data["options"] = {**data.get("options", {}), **tables}
        return data

    def provider_for(self, capability: str) -> str:
        """The provider id serving ``capability``."""
        return str(getattr(self, capability))

    def options_for(self, provider_id: str) -> dict[str, Any]:
        """The ``[providers.<name>]`` table of a provider id (``name:model``)."""
        return dict(self.options.get(provider_id.partition(":")[0], {}))


class BudgetSettings(Model):
    """The ``[budget]`` table."""

    max_usd: float | None = Field(
        default=None, ge=0,
        description="Stop before the project's recorded spend would pass this many USD.",
    )


class SourceSettings(Model):
    """The ``[source]`` table: the novel or web serial a project adapts (absent otherwise)."""

    file: str = Field(
        description="The source file (.txt in any common encoding, or .epub), relative to "
        "the project folder.",
        min_length=1,
    )
    max_chapter_chars: int = Field(
        default=12000, ge=1000, le=200_000,
        description="Longer chapters are split into parts of at most this many characters "
        "(one digest each), at paragraph boundaries.",
    )


class SigningSettings(Model):
    """The ``[signing]`` table: the user's own certificate and key for C2PA Content
    Credentials (in the user config, or drama.toml with paths outside the project: a
    private key is never kept in a project folder). Both empty: nothing is signed."""

    certificate: str = Field(
        default="", description="PEM file: the signing certificate, then its intermediates.")
    key: str = Field(default="", description="PEM file: the certificate's private key.")
    algorithm: str = Field(
        default="es256", description="es256, es384, es512, ps256, ps384, ps512 or ed25519.")


class ChinaRelease(Model):
    """The ``[release.cn]`` table: what a release in mainland China needs."""

    record: str = Field(
        default="", description="The record number (上线备案号) the opening card shows; "
        "empty until the series is filed.")
    budget_cny: int | None = Field(
        default=None, ge=0, description="Production budget in CNY: sets the review tier.")


class ReleaseSettings(Model):
    """The ``[release]`` table: the markets the series is made for. The review checks
    each market's compliance pack (packs/compliance/<market>.toml) on every build."""

    markets: list[str] = Field(
        default_factory=list,
        description="Market pack ids, e.g. cn, eu, us, middle-east, southeast-asia, latam, "
        "japan, korea, west. Empty: only the labels every market needs are checked.")
    cn: ChinaRelease = Field(default_factory=ChinaRelease)
    audio_label: Literal["none", "rhythm"] = Field(
        default="none", description="The audio's explicit AI label: 'rhythm' plays ·- ·· "
        "(short-long-short-short) at the start of every episode.")

    @model_validator(mode="after")
    def _unique(self) -> ReleaseSettings:
        seen: set[str] = set()
        for market in self.markets:
            if market in seen:
                raise ValueError(f"market {market!r} is named twice")
            seen.add(market)
        return self


#: The pseudo-locale: accented, longer text made from the series' own (domain/pseudo.py).
PSEUDO_LOCALE = "qps-ploc"


def canonical_locale(tag: str) -> str:
    """A BCP 47 tag written the usual way: language lower case, a 4-letter script title
    case, a region upper case (``PT-br`` → ``pt-BR``, ``zh-hant`` → ``zh-Hant``). A
    private-use language (qaa–qtz, as the pseudo-locale ``qps-ploc``) is all lower case."""
    language, *rest = tag.split("-")
    if re.fullmatch(r"q[a-t][a-z]", language.lower()):
        return tag.lower()
    parts = [language.lower()]
    for part in rest:
        if len(part) == 4 and part.isalpha():
            parts.append(part.title())
        elif len(part) == 2 and part.isalpha() or len(part) == 3 and part.isdigit():
            parts.append(part.upper())
        else:
            parts.append(part.lower())
    return "-".join(parts)


class LocaleStyle(Model):
    """A ``[locales.style.<tag>]`` table: how one locale's translations are written."""

    formality: str = Field(
        default="", description="The register translations keep (pronouns, polite forms, "
        "titles), e.g. \"usted everywhere, even among family\"; '' = the locale pack's.")
    forbidden: list[str] = Field(
        default_factory=list, description="Words or phrases a translation into this locale "
        "must not use (a rival brand, a slur, a term a platform bans in that market); a "
        "model's translation that uses one is asked again.")
    subtitles: Literal["burned", "soft"] = Field(
        default="burned", description="How this locale's episodes carry their words. "
        "\"burned\": drawn into the picture, which is the locale's own (its shots last as "
        "long as its dub, its mouths follow its voices), with a clean master beside it. "
        "\"soft\": a subtitle track over the series' textless picture, shared by every "
        "soft locale (the dub is fitted into the series' shots; a second locale costs a "
        "mux, not a render); platforms that draw their own subtitles take these.")

    @field_validator("forbidden")
    @classmethod
    def _terms(cls, terms: list[str]) -> list[str]:
        if any(not term.strip() for term in terms):
            raise PydanticCustomError("term", "a forbidden term is empty", {})
        return terms


class LocaleSettings(Model):
    """The ``[locales]`` table: the locales this series is localized into."""

    targets: list[str] = Field(
        default_factory=list,
        description="BCP 47 tags of the locales to make besides the series language, "
        "e.g. [\"es\", \"pt-BR\", \"ar\", \"qps-ploc\"].",
    )
    style: dict[str, LocaleStyle] = Field(
        default_factory=dict,
        description="Per locale ([locales.style.es]): the register and the forbidden terms "
        "of its translations (formality, forbidden), and how its episodes carry their words "
        "(subtitles = \"burned\", the default, or \"soft\": a text track over the series' "
        "textless picture; decision 0039).")

    def style_of(self, tag: str) -> LocaleStyle:
        """The style set for locale ``tag`` (matched ignoring case), or the default."""
        return next((style for key, style in self.style.items()
                     if key.lower() == tag.lower()), LocaleStyle())

    @field_validator("targets")
    @classmethod
    def _tags(cls, targets: list[str]) -> list[str]:
        seen: set[str] = set()
        for tag in targets:
            if not LOCALE.match(canonical_locale(tag)):
                raise PydanticCustomError("locale", "'{tag}' is not a BCP 47 language tag",
                                          {"tag": tag})
            if canonical_locale(tag) != tag:
                raise PydanticCustomError("locale", "'{tag}' is written '{canonical}' in BCP 47",
                                          {"tag": tag, "canonical": canonical_locale(tag)})
            if tag.lower() in seen:
                raise PydanticCustomError("locale", "'{tag}' is listed twice", {"tag": tag})
            seen.add(tag.lower())
        return targets

    @field_validator("style")
    @classmethod
    def _style_tags(cls, style: dict[str, LocaleStyle]) -> dict[str, LocaleStyle]:
        for tag in style:
            if not LOCALE.match(canonical_locale(tag)):
                raise PydanticCustomError("locale", "'{tag}' is not a BCP 47 language tag",
                                          {"tag": tag})
        return style


class InteractiveSettings(Model):
    """The ``[interactive]`` table: how the web player of interactive episodes behaves."""

    analytics_url: str = Field(
        default="",
        description="Where the player POSTs its analytics events (segment_started, "
        "choice_made, …) as JSON, e.g. \"https://stats.example.com/events\"; empty: the "
        "browser console.")

    @field_validator("analytics_url")
    @classmethod
    def _url(cls, url: str) -> str:
        if url and not re.match(r"^(https?://[^\s/]+|/)[^\s]*$", url):
            raise PydanticCustomError(
                "url", "'{url}' is not an http(s) URL or a path on the player's server",
                {"url": url})
        return url


class Settings(Model):
    """The whole drama.toml (over the user config; see formats/config.py)."""

    project: ProjectSettings
    providers: ProviderSettings = Field(default_factory=ProviderSettings)
    vendors: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="OpenAI-compatible vendors added or overridden ([vendors.<name>]).",
    )
    budget: BudgetSettings = Field(default_factory=BudgetSettings)
    signing: SigningSettings = Field(default_factory=SigningSettings)
    release: ReleaseSettings = Field(default_factory=ReleaseSettings)
    source: SourceSettings | None = Field(
        default=None, description="The novel this project adapts ([source]), if any."
    )
    locales: LocaleSettings = Field(
        default_factory=LocaleSettings, description="Locales to localize into ([locales]).")
    interactive: InteractiveSettings = Field(
        default_factory=InteractiveSettings,
        description="The web player of interactive episodes ([interactive]).")
