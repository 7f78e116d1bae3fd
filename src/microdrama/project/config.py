"""Layered configuration: CLI flag > ``MICRODRAMA_*`` env > drama.toml > user config > defaults.

The user config (``$MICRODRAMA_CONFIG``, else ``$XDG_CONFIG_HOME/microdrama/config.toml``,
else ``~/.config/microdrama/config.toml``) may hold the same ``[providers]``,
``[vendors]``, ``[budget]`` and ``[signing]`` tables as drama.toml, plus ``[keys]``: API keys by
environment-variable name, for people who prefer a file to their shell profile. Keys
are never read from the project folder, never copied into it and never logged.

Environment overrides: ``MICRODRAMA_PROVIDERS_<CAPABILITY>`` (e.g.
``MICRODRAMA_PROVIDERS_WRITER=openai-compat:deepseek/deepseek-chat``) and
``MICRODRAMA_BUDGET_MAX_USD``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from microdrama.domain.settings import CAPABILITIES
from microdrama.errors import InputError

USER_TABLES = ("providers", "vendors", "budget", "signing", "keys")


def user_config_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the user config lives (it need not exist)."""
    env = os.environ if environ is None else environ
    if env.get("MICRODRAMA_CONFIG"):
        return Path(env["MICRODRAMA_CONFIG"]).expanduser()
    base = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")) / ".config")
    return Path(base).expanduser() / "microdrama" / "config.toml"


def load_user_config(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The user config's tables ({} when there is no file)."""
    path = user_config_path(environ)
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"invalid TOML: {error}", file=path,
                         fix="correct the syntax, or move the file away") from None
    unknown = sorted(set(data) - set(USER_TABLES))
    if unknown:
        raise InputError(
            f"unknown table [{unknown[0]}]", file=path,
            fix=f"the user config holds only {', '.join(f'[{t}]' for t in USER_TABLES)}; "
            "project settings go in drama.toml",
        )
    for table in USER_TABLES:
        if table in data and not isinstance(data[table], dict):
            raise InputError(f"{table} is not a table", file=path, where=table,
                             fix=f"write it as [{table}]")
    keys = data.get("keys", {})
    for name, value in keys.items():
        if not isinstance(value, str):
            raise InputError(f"key {name} is not a string", file=path, where=f"[keys] {name}",
                             fix=f'write {name} = "…" (the key in quotes)')
    return data


def user_keys(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """API keys from the user config's ``[keys]`` table, by variable name."""
    return dict(load_user_config(environ).get("keys", {}))


def env_overrides(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Settings given as ``MICRODRAMA_*`` environment variables, as nested tables."""
    env = os.environ if environ is None else environ
    out: dict[str, Any] = {}
    for capability in CAPABILITIES:
        value = env.get(f"MICRODRAMA_PROVIDERS_{capability.upper()}")
        if value is not None:
            out.setdefault("providers", {})[capability] = value.strip()
    budget = env.get("MICRODRAMA_BUDGET_MAX_USD")
    if budget is not None:
        try:
            out["budget"] = {"max_usd": float(budget)}
        except ValueError:
            raise InputError(f"MICRODRAMA_BUDGET_MAX_USD={budget!r} is not a number",
                             where="environment", fix="set it to USD, e.g. 5 or 2.50") from None
    return out


def deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` merged onto ``base``, table by table (``over`` wins)."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


#: What a project's drama.toml may say about a vendor. Where requests go (base_url) and
#: which secret they carry (key_env) come only from vendors.toml and the user config, so a
#: project someone sends you cannot send your keys to a server of its choosing.
PROJECT_VENDOR_KEYS = frozenset({"structured_output", "default_model", "prices", "price_note"})


def check_project_vendors(project: Mapping[str, Any], source: str = "drama.toml") -> None:
    """Refuse vendor keys a project may not set (see PROJECT_VENDOR_KEYS)."""
    vendors = project.get("vendors", {})
    if not isinstance(vendors, Mapping):
        return
    for name, table in vendors.items():
        if not isinstance(table, Mapping):
            continue
        for key in table:
            if key not in PROJECT_VENDOR_KEYS:
                raise InputError(
                    f"[vendors.{name}] {key} cannot be set in a project", file=source,
                    where=f"[vendors.{name}] {key}",
                    fix=f"move [vendors.{name}] to your user config ({user_config_path()}): "
                    "where requests go and which key they carry is yours to say, not a "
                    "project's; drama.toml may set only "
                    + ", ".join(sorted(PROJECT_VENDOR_KEYS)),
                )


def layered(project: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """drama.toml's tables over the user config's, under the environment's."""
    check_project_vendors(project)
    user = {k: v for k, v in load_user_config(environ).items() if k != "keys"}
    return deep_merge(deep_merge(user, project), env_overrides(environ))
