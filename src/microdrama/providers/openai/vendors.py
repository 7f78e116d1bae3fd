"""OpenAI-compatible vendors as data: the vendor pack, merged with the user's tables.

A vendor is only data — base URL, key variable, structured-output capability, default
model and prices — read from the pack ``packs/vendors/openai-compat.toml`` and merged
with the ``[vendors.<name>]`` tables of drama.toml and the user config
(:func:`load_vendors`). A project cannot replace the pack: where requests go and which
key they carry is the user's to say (drama.toml may set only prices and JSON mode). Model ids are ``vendor/model`` or
a bare model for the chosen vendor (:func:`split_model`).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict

from microdrama.errors import InputError
from microdrama.packs import load_pack

#: The name of the vendor pack (kind ``vendors``).
PACK = "openai-compat"
BUILTIN_SOURCE = f"microdrama/packs/vendors/{PACK}.toml"
StructuredOutput = Literal["json_schema", "json_object", "none"]
STRUCTURED_OUTPUT: tuple[str, ...] = get_args(StructuredOutput)
_VENDOR_KEYS = frozenset(
    {"base_url", "key_env", "structured_output", "default_model", "price_note", "prices"}
)


@dataclass(frozen=True)
class Price:
    """What a model costs: USD per one million tokens in and out, per image, per 1M characters.

    Text models use ``input``/``output``; image models ``per_image``; speech models
    ``per_million_chars`` (of input text). Unused fields are 0.
    """

    input: float = 0.0
    output: float = 0.0
    per_image: float = 0.0
    per_million_chars: float = 0.0

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        """USD for this many tokens."""
        return (input_tokens * self.input + output_tokens * self.output) / 1_000_000


@dataclass(frozen=True)
class Vendor:
    """An OpenAI-compatible service: where it is, which key, what it can do, what it costs."""

    name: str
    base_url: str
    key_env: str | None = None
    structured_output: StructuredOutput = "none"
    default_model: str = ""
    prices: Mapping[str, Price] = field(default_factory=dict, hash=False)
    price_note: str = "unknown"

    def price_for(self, model: str) -> Price | None:
        """The model's price, the vendor's ``*`` price, or None (cost unknown)."""
        return self.prices.get(model) or self.prices.get("*")


class VendorsPack(BaseModel):
    """Schema of ``packs/vendors/openai-compat.toml``: ``[vendors.<name>]`` tables.

    Each table's keys are checked by :func:`load_vendors` (with the user's tables merged
    over it), which names the vendor, the key and the fix.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    vendors: dict[str, dict[str, Any]]


def _builtin_tables() -> dict[str, dict[str, Any]]:
    return load_pack("vendors", PACK, VendorsPack).vendors


def load_vendors(
    extra: Mapping[str, Any] | None = None, *, source: str = "user config"
) -> dict[str, Vendor]:
    """The built-in vendor pack with ``extra`` (the ``[vendors]`` tables of drama.toml and
    the user config) merged over it.

    A user table overrides a pack's key by key (``prices`` model by model) or adds a new
    vendor. ``source`` names where ``extra`` came from, for error messages.
    """
    tables = {name: dict(table) for name, table in _builtin_tables().items()}
    for name, table in (extra or {}).items():
        where = f"[vendors.{name}]"
        if not isinstance(table, Mapping):
            raise InputError(
                f"{where} is not a table",
                file=source,
                where=where,
                fix="write it as a table with base_url, key_env, …",
            )
        merged = {**tables.get(name, {}), **table}
        builtin_prices = tables.get(name, {}).get("prices")
        if isinstance(table.get("prices"), Mapping) and isinstance(builtin_prices, Mapping):
            merged["prices"] = {**builtin_prices, **table["prices"]}
        tables[name] = merged
    user = set((extra or {}).keys())
    return {
        name: _vendor(name, table, source if name in user else BUILTIN_SOURCE)
        for name, table in tables.items()
    }


_FIXES = {
    "name": "use a name without '/' or ':' (it prefixes model ids)",
    "base_url": 'set base_url = "https://…/v1" (the part before /chat/completions)',
    "structured_output": f"use one of {', '.join(map(repr, STRUCTURED_OUTPUT))}",
    "key_env": 'write key_env = "MYVENDOR_API_KEY", or leave it out for a local server',
    "prices": 'write prices."<model>" = { input = 0.5, output = 1.5 } (USD per 1M tokens), '
    "or { per_image = 0.04 } or { per_million_chars = 15 }",
}


def _vendor(name: str, table: Mapping[str, Any], source: str) -> Vendor:
    def fail(key: str, problem: str, fix: str | None = None) -> InputError:
        where = f"[vendors.{name}]" + (f" {key}" if key != "name" else "")
        fix = fix or _FIXES[key.partition(".")[0]]
        return InputError(f"vendor {name!r}: {problem}", file=source, where=where, fix=fix)

    if not name or "/" in name or ":" in name:
        raise fail("name", "the name is not usable")
    unknown = sorted(set(table) - _VENDOR_KEYS)
    if unknown:
        known = ", ".join(sorted(_VENDOR_KEYS))
        raise fail(unknown[0], f"unknown key {unknown[0]!r}", f"remove it; known keys: {known}")
    base_url = table.get("base_url")
    if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
        raise fail("base_url", "base_url is missing or not an http(s) URL")
    capability = table.get("structured_output", "none")
    if capability not in STRUCTURED_OUTPUT:
        raise fail("structured_output", f"structured_output {capability!r} is not known")
    key_env = table.get("key_env") or None
    if key_env is not None and not isinstance(key_env, str):
        raise fail("key_env", "key_env must be the name of an environment variable")
    raw_prices = table.get("prices", {})
    if not isinstance(raw_prices, Mapping):
        raise fail("prices", "prices must be a table")
    prices: dict[str, Price] = {}
    fields = ("input", "output", "per_image", "per_million_chars")
    for model, price in raw_prices.items():
        if (
            not isinstance(price, Mapping)
            or not price
            or set(price) - set(fields)
            or not all(type(v) in (int, float) and v >= 0 for v in price.values())
        ):
            raise fail(
                f"prices.{model}",
                f"price of {model!r} is not a table of {', '.join(fields)} in USD",
            )
        prices[model] = Price(**{k: float(v) for k, v in price.items()})
    return Vendor(
        name=name,
        base_url=base_url.rstrip("/"),
        key_env=key_env,
        structured_output=capability,
        default_model=str(table.get("default_model", "")),
        prices=prices,
        price_note=str(table.get("price_note", "unknown")),
    )


# --- model ids ------------------------------------------------------------


def split_model(
    model: str | None, vendor: str | Vendor | None, vendors: Mapping[str, Vendor]
) -> tuple[Vendor, str]:
    """The vendor and bare model of a model id: ``vendor/model``, or ``model`` on ``vendor``.

    With ``vendor`` None (nobody chose one), a bare model that exactly one vendor knows
    (in its prices or as its default) is that vendor's — ``deepseek-chat`` is
    DeepSeek's — and anything else is OpenAI's. The model is '' when none was named
    (callers pick their own default). Raises InputError for an unknown vendor.
    """
    if vendor is None:
        prefix, slash, _ = (model or "").partition("/")
        if slash and prefix not in vendors:
            # "deepsek/deepseek-chat" is a typo of a vendor, not an OpenAI model: sending it
            # to OpenAI would also send OpenAI's key. Refuse before anything is sent.
            close = difflib.get_close_matches(prefix, list(vendors), n=1)
            raise InputError(
                f"unknown vendor {prefix!r} in model {model!r}",
                where="[providers]",
                fix=(f"did you mean {close[0]!r}? " if close else "")
                + f"use one of {sorted(vendors)}, add [vendors.{prefix}] to your user config, "
                "or name the vendor with vendor = \"...\" for a model id that has a slash",
            )
        owners = [v for v in vendors.values()
                  if model and (model in v.prices or model == v.default_model)]
        vendor = owners[0] if len(owners) == 1 else "openai"
    if isinstance(vendor, str):
        if vendor not in vendors:
            raise InputError(
                f"unknown vendor {vendor!r}",
                where="[providers]",
                fix=f"use one of {sorted(vendors)} or add [vendors.{vendor}] to your user config",
            )
        vendor = vendors[vendor]
    if model:
        prefix, slash, rest = model.partition("/")
        if slash and prefix in vendors:
            return vendors[prefix], rest
    return vendor, model or ""


def resolved_model(model: str, config: Any) -> str:
    """``vendor/model`` for a model id as written (bare or prefixed), from the vendors and
    the ``vendor`` setting in ``config`` (a ProviderConfig); no key is needed."""
    vendors = load_vendors(config.vendors, source="drama.toml or user config")
    chosen = config.settings.get("vendor")
    vendor, bare = split_model(model, chosen if isinstance(chosen, str) else None, vendors)
    return f"{vendor.name}/{bare}"
