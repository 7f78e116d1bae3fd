"""The one place that reads and writes a project's translations: ``locales/<L>.yaml``.

Reading never writes. Writing is atomic, in one canonical layout (units in id order,
numbers read as numbers), and only when the content changed — so importing a file that
brings nothing new leaves the file byte for byte as it was, comments included.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from microdrama.domain.translation import LocaleTranslations, id_order
from microdrama.errors import InputError
from microdrama.files import read_text, write_atomic
from microdrama.formats.yamlio import dump_yaml, locate, parse_yaml, validate
from microdrama.project.folder import locale_file

_HEADER = """\
# Translations into {locale}, one unit per line id (episodes/epNNN.yaml): the source
# text it was translated from, the target text, and its state (new, translated,
# reviewed, final). A unit whose source differs from its line's text is stale.
# Translators work in their own tools: `microdrama export DIR --format xliff2 --locale
# {locale}`, then `microdrama import-translation FILE --into DIR` writes this file.
"""


def load_translations(root: Path, locale: str) -> LocaleTranslations | None:
    """The translations into ``locale`` of the project at ``root``; None without a file."""
    path = root / locale_file(locale)
    if not path.is_file():
        return None
    text = read_text(path)
    model = validate(LocaleTranslations, parse_yaml(text, path), path,
                     what="a locale's translations", text=text)
    if model.locale != locale:
        raise InputError(f"the file says it holds {model.locale!r}, its name says {locale!r}",
                         file=path, where=f"line {locate(text, ('locale',))}, field locale",
                         fix=f"set locale: {locale}, or rename the file to "
                         f"{locale_file(model.locale)}")
    return model


def translations_yaml(model: LocaleTranslations) -> str:
    """The file's text: a header, then locale, names and units in id order."""
    data: dict[str, Any] = {"locale": model.locale}
    if model.names:
        data["names"] = dict(sorted(model.names.items()))
    if model.titles:
        data["titles"] = dict(sorted(model.titles.items(), key=lambda item: id_order(item[0])))
    data["units"] = {
        ident: {"source": unit.source, "target": unit.target, "state": unit.state}
        for ident, unit in sorted(model.units.items(), key=lambda item: id_order(item[0]))
    }
    return _HEADER.format(locale=model.locale) + dump_yaml(data)


def save_translations(root: Path, model: LocaleTranslations) -> bool:
    """Write ``locales/<locale>.yaml`` unless it already holds ``model``; True if written."""
    if load_translations(root, model.locale) == model:
        return False
    write_atomic(root / locale_file(model.locale), translations_yaml(model))
    return True
