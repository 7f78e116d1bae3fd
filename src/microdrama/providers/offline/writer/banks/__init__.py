"""Phrase banks of the offline writer: data packs ``microdrama/packs/banks/<language>.yaml``.

The YAML is read by the one pack loader (:func:`microdrama.packs.read_pack`) and checked
against :class:`~microdrama.providers.offline.writer.banks.schema.Bank`; see
``packs/banks/README.md`` for how to add to a bank.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import ValidationError

from microdrama.packs import PackError, read_pack
from microdrama.providers.offline.writer.banks.schema import Bank

LANGUAGES = ("zh", "en")


def parse_bank(data: Any, source: str) -> Bank:
    """Validate parsed bank data; a problem raises :class:`PackError` naming ``source``."""
    try:
        return Bank.model_validate(data)
    except ValidationError as error:
        raise PackError(
            f"pack {source} is not a valid phrase bank (see packs/banks/README.md): {error}"
        ) from None


@cache
def load_bank(language: str) -> Bank:
    """The validated bank for ``language`` (``zh`` or ``en``)."""
    if language not in LANGUAGES:
        raise ValueError(f"no offline bank for language {language!r}; have {LANGUAGES}")
    return parse_bank(read_pack("banks", language), f"banks/{language}.yaml")
