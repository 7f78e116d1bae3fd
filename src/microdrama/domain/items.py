"""The id of one build item, typed: an optional locale, then an id rooted in an episode.

Item ids are written the way a person reads them — ``ep003``, ``ep003-sh04``,
``ep003-sc02-l07`` — and items of a locale other than the series' own carry it in
front: ``es/ep003-sh04``. The same string names the item in the run log, goes into
its output paths (``…/voice/es/ep003/…``) and, for a locale, into its cache key, so a
second locale's items never collide with the first's. Series-wide items (``bible``,
``outline``, a character id, ``ch001``) have no episode.

Every stage reads an id through ``ItemId.parse``: no stage slices strings by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from microdrama.domain.script import episode_id
from microdrama.errors import InputError

#: A locale tag as BCP 47 writes it (language, then optional script/region parts).
LOCALE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_EPISODE = re.compile(r"^ep(?P<n>\d{3,})(?:-|$)")
_CHAPTER = re.compile(r"^ch(?P<n>\d{3,})$")


@dataclass(frozen=True, order=True)
class ItemId:
    """One item: ``locale`` ("" for the series language) and its ``local`` id."""

    local: str
    locale: str = ""

    @classmethod
    def parse(cls, text: str) -> ItemId:
        """``es/ep003-sh04`` → ItemId('ep003-sh04', 'es'); ``ep003`` → ItemId('ep003')."""
        locale, slash, local = text.rpartition("/")
        if slash and not LOCALE.match(locale):
            raise InputError(f"item id {text!r} has a malformed locale {locale!r}",
                             fix="write a BCP 47 tag before the slash, e.g. es/ep001-sh01 or pt-BR/ep001")
        if not local:
            raise InputError(f"item id {text!r} is empty after its locale",
                             fix="write the id after the slash, e.g. es/ep001")
        return cls(local=local, locale=locale)

    def __str__(self) -> str:
        return f"{self.locale}/{self.local}" if self.locale else self.local

    @property
    def number(self) -> int:
        """The episode number (``ep003-…`` → 3); InputError for a series-wide item."""
        found = _EPISODE.match(self.local)
        if found is None:
            raise InputError(f"item {self!s} does not belong to an episode",
                             fix="name episode items ep<NNN>[-…], e.g. ep001-sh01")
        return int(found["n"])

    @property
    def chapter(self) -> int:
        """The source chapter of a reading item (``ch012`` → 12)."""
        found = _CHAPTER.match(self.local)
        if found is None:
            raise InputError(f"item {self!s} is not a source chapter",
                             fix="name chapter items ch<NNN>, e.g. ch001")
        return int(found["n"])

    @property
    def episode(self) -> str:
        """The episode id without the locale: ``es/ep003-sh04`` → ``ep003``."""
        return episode_id(self.number)

    def in_locale(self, locale: str) -> ItemId:
        """The same item in another locale ("" for the series language)."""
        return ItemId(local=self.local, locale=locale)

    def key_part(self) -> dict[str, str]:
        """What the id adds to a cache key: the locale, when there is one. (Items of the
        series language add nothing, so their keys stay what they always were.)"""
        return {"locale": self.locale} if self.locale else {}
