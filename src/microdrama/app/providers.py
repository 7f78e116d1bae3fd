"""The providers report: what is available, which OpenAI-compatible vendors are known
and whether their keys are set (never the keys), and what a project uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from microdrama.engine.context import BuildContext
from microdrama.errors import DramaError
from microdrama.project.folder import Project


@dataclass(frozen=True, kw_only=True)
class ProvidersRequest:
    """The report, with what ``directory``'s project uses when one is given."""

    directory: Path | None = None


@dataclass(frozen=True)
class ProviderEntry:
    """A provider and the capabilities it serves."""

    name: str
    capabilities: list[str]


@dataclass(frozen=True)
class VendorEntry:
    """An OpenAI-compatible vendor; ``key`` is "set", "missing" or "not needed"."""

    name: str
    base_url: str
    key_env: str | None
    key: str
    structured_output: str
    default_model: str
    priced_models: list[str]


@dataclass(frozen=True)
class ProvidersReport:
    """Providers, vendors, and (with a project) its provider per capability and whether
    each is ready ("ready", or the error a build would stop with)."""

    user_config: str
    providers: list[ProviderEntry]
    vendors: list[VendorEntry]
    project: dict[str, str]
    ready: dict[str, str]


def report_providers(request: ProvidersRequest) -> ProvidersReport:
    """List providers and vendors: what is available and configured. Nothing is sent."""
    from microdrama.engine.providing import check_provider, load_secrets
    from microdrama.project.config import user_config_path
    from microdrama.providers.openai.compat import load_vendors
    from microdrama.providers.registry import CAPABILITIES, available

    directory = request.directory
    settings = Project.open(directory).settings if directory else None
    vendors = load_vendors(settings.vendors if settings else None, source="drama.toml")
    secrets = load_secrets()
    used = {c: settings.providers.provider_for(c) for c in CAPABILITIES} if settings else {}
    ready: dict[str, str] = {}
    if directory is not None and settings is not None:
        context = BuildContext(Project(root=directory, settings=settings))
        for capability, provider_id in used.items():
            if not provider_id:
                continue
            try:  # made as a build would make it: settings and keys checked, nothing sent
                check_provider(context, capability)
                ready[capability] = "ready"
            except DramaError as error:
                ready[capability] = str(error)
    return ProvidersReport(
        user_config=str(user_config_path()),
        providers=[ProviderEntry(n, sorted(caps, key=CAPABILITIES.index))
                   for n, caps in sorted(available().items())],
        vendors=[VendorEntry(v.name, v.base_url, v.key_env,
                             ("not needed" if not v.key_env else
                              "set" if secrets.get(v.key_env, "").strip() else "missing"),
                             v.structured_output, v.default_model, sorted(v.prices))
                 for v in vendors.values()],
        project=used,
        ready=ready,
    )
