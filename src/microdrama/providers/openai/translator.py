"""Translation on any OpenAI-compatible model, keyed by line id — never by position.

A batch of lines goes out as JSON with its ids, the speaker, the neighbouring lines as
context, only the glossary terms that occur in the batch and a length budget per line.
The reply must hold exactly those ids, each once, each non-empty and free of the
locale's forbidden terms: a reply that drops, adds, doubles or merges lines (or uses a
forbidden term) is set aside whole (a merged line's text would hold two
lines) and the batch is split in half and asked again, down to single lines, which are
re-asked a bounded number of times before the item fails.

``shorten`` asks the same way (its own prompt, ``translate/shorten``) for shorter
wordings of translated lines whose dub ran past its place: each line goes with its
source, the draft, the time it took and the time it has, and a character budget.

Settings (``[providers.openai-compat]``): ``vendor``, ``temperature`` (0.3 here),
``batch`` (lines per request, 20), ``repairs`` (re-asks of one line, 2), and the run-only
``concurrency``, ``timeout_s``, ``max_attempts``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from microdrama.domain.translation import uses_term
from microdrama.errors import ProviderError
from microdrama.packs import pack_text, project_packs
from microdrama.providers.base import (
    ProviderConfig,
    ShortenRequest,
    TranslateLine,
    TranslateRequest,
    TranslateResult,
    Usage,
)
from microdrama.providers.openai.compat import Completion, extract_json, resolved_model
from microdrama.providers.openai.writers_room import _number, text_model

#: Settings that shape translations (cache keys); the rest only tune the run.
TRANSLATING_KEYS = frozenset({"vendor", "temperature", "batch", "repairs"})
PROMPT = "translate/system"
SHORTEN_PROMPT = "translate/shorten"


class _Pair(BaseModel):
    id: str
    text: str


class _Reply(BaseModel):
    translations: list[_Pair] = Field(default_factory=list)


class LLMTranslator:
    """The ``translator`` capability of ``openai-compat:<vendor>/<model>``."""

    resolved_model = staticmethod(resolved_model)

    def __init__(self, model: str | None, config: ProviderConfig | None = None) -> None:
        config = config or ProviderConfig()
        self.text = text_model(model, config)
        self.packs = project_packs(config.project_dir)
        self.temperature = _number(config.settings, "temperature", 0.3, 0, 2)
        self.batch = int(_number(config.settings, "batch", 20, 1, 200))
        self.repairs = int(_number(config.settings, "repairs", 2, 0, 10))
        self.usage = Usage()

    def __repr__(self) -> str:
        return f"LLMTranslator({self.text.vendor.name}/{self.text.model})"

    @property
    def price(self) -> Any:
        """The model's Price from the vendor table, or None (unknown)."""
        return self.text.vendor.price_for(self.text.model)

    @staticmethod
    def identity(model: str | None, config: ProviderConfig) -> dict[str, Any]:
        """The prompt and the settings that shape translations: part of every key."""
        prompt = pack_text("prompts", PROMPT, packs=project_packs(config.project_dir))
        shaping = {k: v for k, v in config.identity().items() if k in TRANSLATING_KEYS}
        return {"prompt": hashlib.sha256(prompt.encode("utf-8")).hexdigest()[:16], **shaping}

    @staticmethod
    def request_identity(model: str | None, config: ProviderConfig,
                         request: dict[str, Any]) -> dict[str, Any]:
        """A shortening request is also keyed on its own prompt (translations are not)."""
        if not any("draft" in line for line in request.get("lines", [])):
            return {}
        prompt = pack_text("prompts", SHORTEN_PROMPT, packs=project_packs(config.project_dir))
        return {"shorten_prompt": hashlib.sha256(prompt.encode("utf-8")).hexdigest()[:16]}

    async def translate(self, request: TranslateRequest) -> TranslateResult:
        """Every line of ``request`` translated, matched by id."""
        return await self._all(request, PROMPT)

    async def shorten(self, request: ShortenRequest) -> TranslateResult:
        """A shorter wording of every line of ``request``, matched by id."""
        return await self._all(request, SHORTEN_PROMPT)

    async def _all(self, request: TranslateRequest, prompt: str) -> TranslateResult:
        texts: dict[str, str] = {}
        lines = list(request.lines)
        for start in range(0, len(lines), self.batch):
            await self._settle(request, prompt, lines[start:start + self.batch], texts,
                               self.repairs)
        return TranslateResult(texts=texts)

    async def _settle(self, request: TranslateRequest, prompt: str, lines: list[TranslateLine],
                      texts: dict[str, str], repairs: int) -> None:
        """Translate ``lines`` into ``texts``: the whole batch, else its halves."""
        answer, problem = await self._ask(request, prompt, lines)
        if answer is not None:
            texts.update(answer)
            return
        if len(lines) > 1:
            half = len(lines) // 2
            await self._settle(request, prompt, lines[:half], texts, repairs)
            await self._settle(request, prompt, lines[half:], texts, repairs)
            return
        if repairs > 0:
            await self._settle(request, prompt, lines, texts, repairs - 1)
            return
        what = "shorter wording" if prompt == SHORTEN_PROMPT else "translation"
        raise ProviderError(f"no usable {what} of line {lines[0].id} into "
                            f"{request.locale}: {problem}", provider=self.text.vendor.name,
                            model=self.text.model)

    async def _ask(self, request: TranslateRequest, prompt: str, lines: list[TranslateLine]
                   ) -> tuple[dict[str, str] | None, str]:
        """The batch's translations by id, or None and what was wrong with the reply."""
        wanted = [line.id for line in lines]
        glossary = {term: value for term, value in request.glossary.items()
                    if any(term in line.text for line in lines)}
        system = _render(pack_text("prompts", prompt, packs=self.packs), request)
        body: dict[str, Any] = {"lines": [line.model_dump(exclude_none=True) for line in lines]}
        if glossary:
            body["glossary"] = glossary
        if request.forbidden:
            body["forbidden"] = request.forbidden
        messages = [{"role": "system", "content": system},
                    {"role": "user", "content": json.dumps(body, ensure_ascii=False)}]
        done: Completion = await self.text.complete(messages, temperature=self.temperature)
        self.usage.add(done.cost_usd, calls=done.calls, input_tokens=done.input_tokens,
                       output_tokens=done.output_tokens)
        try:
            reply = _Reply.model_validate(extract_json(done.text))
        except (ValidationError, ValueError) as error:
            return None, f"the reply is not the JSON asked for ({str(error)[:120]})"
        got = [pair.id for pair in reply.translations]
        missing = [i for i in wanted if i not in got]
        extra = sorted({i for i in got if i not in wanted})
        doubled = sorted({i for i in got if got.count(i) > 1})
        empty = [p.id for p in reply.translations if not p.text.strip()]
        banned = [f"{p.id} says {term!r}" for p in reply.translations
                  for term in request.forbidden if uses_term(p.text, term)]
        if missing or extra or doubled or empty or banned:
            return None, "; ".join(part for part in (
                f"missing {missing}" if missing else "", f"extra {extra}" if extra else "",
                f"doubled {doubled}" if doubled else "", f"empty {empty}" if empty else "",
                f"forbidden terms: {', '.join(banned)}" if banned else "")
                if part)
        return {pair.id: " ".join(pair.text.split()) for pair in reply.translations}, ""


def _render(template: str, request: TranslateRequest) -> str:
    from string import Template

    formality = f"Register: {request.formality}." if request.formality else ""
    return Template(template).safe_substitute(
        source_language=request.source_language, locale_name=request.locale_name,
        locale=request.locale, formality=formality)
