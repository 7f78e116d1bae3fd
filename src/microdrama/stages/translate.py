"""translate: each episode's lines into every locale the build makes → the locale's
script (.microdrama/work/translate/<L>/epNNN.json), keyed by line id.

Where a line's translation comes from, first match wins:
- the pseudo-locale (qps-ploc): made from the line itself, offline;
- ``locales/<L>.yaml``: a person's translation of the line's current text (a stale one,
  made from older text, is not used);
- the ``translator`` provider (an LLM), asked only for the lines whose own key —
  source text, speaker, glossary terms, length budget, prompt, model — has no
  translation from an earlier build: editing one line re-translates that line (its
  neighbours go along as context, outside the key).
A line none of these can translate stops the build, naming the file and the fix.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from microdrama.domain import Bible, Episode, episode_id
from microdrama.domain.items import ItemId
from microdrama.domain.translation import LocaleTranslations, is_stale, story_titles
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.keys import cache_key
from microdrama.engine.providing import (
    call_provider,
    produced,
    provider_config,
    provider_work,
)
from microdrama.errors import InputError
from microdrama.formats.locales import locale_facts, max_characters, pseudo_text
from microdrama.hashing import content_hash
from microdrama.project import layout as paths
from microdrama.project.adaptations import accepted_swaps, accepted_titles
from microdrama.project.folder import locale_file
from microdrama.project.translations import load_translations
from microdrama.providers.base import (
    TRANSLATOR,
    TranslateLine,
    TranslateRequest,
    TranslateResult,
    Usage,
)
from microdrama.providers.registry import provider_identity, resolved_id
from microdrama.review.adaptation import adapt_episode


class TranslateStage(Stage):
    """Every line of every episode in every locale the build makes."""

    name: ClassVar[str] = "translate"
    capability: ClassVar[str | None] = "translator"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("bible", "script")
    description: ClassVar[str] = "scripts → each locale's lines (people's, pseudo or a model's)"

    def items(self, ctx: BuildContext) -> list[str]:
        scripted = [episode_id(n) for n in ctx.episode_numbers() if ctx.episode(n) is not None]
        return [str(ItemId.parse(item).in_locale(locale))
                for locale in ctx.locales for item in scripted]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        locale = parsed.locale
        bible, episode = ctx.bible(), ctx.episode(parsed.number)
        if bible is None or episode is None:
            raise Blocked("needs the script")
        facts = locale_facts(locale, bible.language)
        people = None if facts.pseudo else load_translations(ctx.project.root, locale)
        provider = ctx.settings.providers.translator
        known: dict[str, dict[str, str]] = {}
        todo: list[TranslateLine] = []
        keys: dict[str, str] = {}
        missing: list[str] = []
        previous = _previous(ctx, parsed.episode, locale)
        previous_titles = _previous(ctx, parsed.episode, locale, "titles")
        # Accepted cultural adaptations (adaptations.toml) change the locale's lines first.
        swaps = accepted_swaps(ctx.project.root, locale)
        lines = adapt_episode(episode, swaps, bible.language).lines()
        identity = translator_identity(ctx, provider) if provider else {}
        names = locale_names(bible, people)
        style = writing_style(ctx, locale, bible.language)
        for index, line in enumerate(lines):
            if facts.pseudo:
                known[line.id] = {"text": pseudo_text(line.text), "via": "pseudo"}
                continue
            unit = people.units.get(line.id) if people else None
            if unit is not None and unit.translated and not is_stale(unit, line.text):
                known[line.id] = {"text": unit.target, "via": "people"}
                continue
            if not provider:
                missing.append(line.id)
                continue
            ask = TranslateLine(
                id=line.id, speaker=names.get(line.speaker, line.speaker), text=line.text,
                before=lines[index - 1].text if index else "",
                after=lines[index + 1].text if index + 1 < len(lines) else "",
                max_chars=max_characters(line.text, bible.language, facts))
            glossary = {term: value for term, value in names.items() if term in line.text}
            # The neighbours are context for the model, not part of the line's key: an
            # edit to one line re-translates that line only.
            own = ask.model_dump(exclude={"before", "after"})
            keys[line.id] = content_hash(json.dumps(
                {"line": own, "glossary": glossary, "locale": locale, "translator": identity,
                 **style}, sort_keys=True, ensure_ascii=False).encode("utf-8"))
            before = previous.get(line.id, {})
            if before.get("key") == keys[line.id] and before.get("text"):
                known[line.id] = {"text": before["text"], "via": "model", "key": keys[line.id]}
            else:
                todo.append(ask)
        if missing:
            raise _untranslated(ctx, episode, locale, missing, people)
        # Titles, for the locale's cover: a re-titling accepted in adaptations.toml, pseudo,
        # a person's (titles in locales/<L>.yaml), the model's, else the series' own (a
        # cover is never left without one).
        titles: dict[str, dict[str, str]] = {}
        retitled = accepted_titles(ctx.project.root, locale)  # genre words, accepted
        # An interactive episode's choice labels and ending titles, for its player, the
        # same way (a person's in titles:, else pseudo or the model's, else the series').
        words = {episode.id: (episode.title, "title"), "series": (bible.title, "title"),
                 **story_titles(episode)}
        for ident, (title, kind) in words.items():
            if ident in retitled:
                titles[ident] = {"text": retitled[ident], "via": "adaptation"}
            elif facts.pseudo:
                titles[ident] = {"text": pseudo_text(title), "via": "pseudo"}
            elif people is not None and people.titles.get(ident):
                titles[ident] = {"text": people.titles[ident], "via": "people"}
            elif provider:
                ask = TranslateLine(id=ident, speaker=f"({kind})", text=title)
                keys[ident] = content_hash(json.dumps(
                    {"title": ask.model_dump(), "locale": locale, "translator": identity},
                    sort_keys=True, ensure_ascii=False).encode("utf-8"))
                before = previous_titles.get(ident, {})
                if before.get("key") == keys[ident] and before.get("text"):
                    titles[ident] = {"text": before["text"], "via": "model", "key": keys[ident]}
                else:
                    todo.append(ask)
            else:
                titles[ident] = {"text": title, "via": "source"}
        outputs = {"translation": paths.translation(parsed.episode, locale)}
        extra: dict[str, Any] = {"locale": locale, "known": known, "titles": titles,
                                 "order": [line.id for line in lines], "keys": keys}
        if todo:
            request = TranslateRequest(
                locale=locale, locale_name=facts.name, source_language=bible.language,
                lines=todo, glossary=names, **style)
            return provider_work(self, ctx, item, request, "translator", outputs, extra=extra)
        return Work(stage=self.name, item=item, key=cache_key(self.name, self.version, extra),
                    payload=extra, outputs=outputs, provider="")

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        lines, titles = dict(p["known"]), dict(p.get("titles", {}))
        usage = Usage()
        if "request" in p:
            result, usage = call_provider(work, TRANSLATOR, TranslateRequest,
                                          lambda t, r: t.translate(r))
            checked = TranslateResult.model_validate(result)
            for ident, text in checked.texts.items():
                entry = {"text": text, "via": "model", "key": p["keys"][ident]}
                if ident in p["order"]:
                    lines[ident] = entry
                else:
                    titles[ident] = entry
        ordered = {ident: lines[ident] for ident in p["order"]}
        text = json.dumps({"locale": p["locale"], "lines": ordered, "titles": titles},
                          ensure_ascii=False, indent=1)
        return produced({"translation": (text + "\n").encode("utf-8")}, usage)


def load_translation(ctx: BuildContext, episode: str, locale: str) -> dict[str, str] | None:
    """Line id → text of an episode in ``locale`` (None until translated)."""
    found = _previous(ctx, episode, locale)
    return {ident: entry["text"] for ident, entry in found.items()} if found else None


def load_titles(ctx: BuildContext, episode: str, locale: str) -> dict[str, str]:
    """The episode's title (its id) and the series title ('series') in ``locale``."""
    return {ident: entry["text"]
            for ident, entry in _previous(ctx, episode, locale, "titles").items()}


def translation_entries(ctx: BuildContext, episode: str, locale: str
                        ) -> dict[str, dict[str, str]]:
    """Line id → its translation entry (text, via: pseudo/people/model, key)."""
    return _previous(ctx, episode, locale)


def _previous(ctx: BuildContext, episode: str, locale: str,
              part: str = "lines") -> dict[str, dict[str, str]]:
    path = ctx.project.path(paths.translation(episode, locale))
    if not path.is_file():
        return {}
    try:
        return dict(json.loads(path.read_text("utf-8")).get(part, {}))
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


def translator_identity(ctx: BuildContext, provider: str) -> dict[str, Any]:
    """The translator's resolved id and what shapes its output (part of every key)."""
    config = provider_config(ctx, provider)
    return {"provider": resolved_id(provider, "translator", config),
            **provider_identity(provider, "translator", config)}


def writing_style(ctx: BuildContext, locale: str, series_language: str) -> dict[str, Any]:
    """The register (drama.toml's, else the locale pack's) and the forbidden terms a
    model's translation into ``locale`` keeps — only what is set, so a locale with
    neither keys its lines as before."""
    style = ctx.settings.locales.style_of(locale)
    formality = style.formality or locale_facts(locale, series_language).formality
    found: dict[str, Any] = {}
    if formality:
        found["formality"] = formality
    if style.forbidden:
        found["forbidden"] = list(style.forbidden)
    return found


def locale_names(bible: Bible, people: LocaleTranslations | None) -> dict[str, str]:
    """Character name → how the locale writes it (the people's glossary), by id too."""
    names: dict[str, str] = {}
    for character in bible.characters:
        written = people.names.get(character.id) if people else None
        if written:
            names[character.name] = written
            names[character.id] = written
    return names


def _untranslated(ctx: BuildContext, episode: Episode, locale: str, missing: list[str],
                  people: LocaleTranslations | None) -> InputError:
    stale = [i for i in missing if people and i in people.units and people.units[i].translated]
    what = (f"{len(missing)} line{'s' if len(missing) != 1 else ''} of {episode.id} "
            f"{'have' if len(missing) != 1 else 'has'} no current {locale} translation "
            f"(first: {missing[0]}{'; ' + str(len(stale)) + ' are stale' if stale else ''})")
    return InputError(
        what, file=ctx.project.path(locale_file(locale)),
        fix=f"translate them: `microdrama export {ctx.project.root} --format xliff2 --locale "
        f"{locale}`, then `microdrama import-translation FILE --into {ctx.project.root}`; or "
        "set [providers] translator = \"openai-compat:<vendor>/<model>\" to have a model do it")


