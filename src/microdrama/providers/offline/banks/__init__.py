"""Phrase banks of the offline writer, one module per language (``zh.py``, ``en.py``)."""

from __future__ import annotations

import importlib
from functools import cache

from microdrama.providers.offline.banks.schema import Bank

LANGUAGES = ("zh", "en")


@cache
def load_bank(language: str) -> Bank:
    """The validated bank for ``language`` (``zh`` or ``en``)."""
    if language not in LANGUAGES:
        raise ValueError(f"no offline bank for language {language!r}; have {LANGUAGES}")
    module = importlib.import_module(f"microdrama.providers.offline.banks.{language}")
    return Bank.model_validate(module.DATA)
