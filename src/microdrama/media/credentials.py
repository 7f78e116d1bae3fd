"""C2PA Content Credentials: sign a finished file, read a file's manifest back.

Uses ``c2pa-python`` (an optional dependency: ``pip install 'microdrama[c2pa]'``). The
manifest says the file was created (``c2pa.created``) as ``trainedAlgorithmicMedia`` by
microdrama at its version, with the models that made it, signed with the user's own
certificate chain and private key (PEM; ES256/ES384/PS256… as the key allows). The
certificate must be an end-entity certificate with the digitalSignature key usage and
an extended key usage C2PA accepts (emailProtection, documentSigning, …) — c2pa checks.

Signing is the last write of a file: any later remux changes the hashed bytes, and a
reader reports the manifest invalid (that is how tampering is detected).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from microdrama.errors import DramaError

#: IPTC digital source type of media a trained model made.
TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
ALGORITHMS = ("es256", "es384", "es512", "ps256", "ps384", "ps512", "ed25519")


class CredentialsError(DramaError):
    """Content Credentials could not be written (no c2pa-python, a refused certificate)."""


def available() -> bool:
    """Whether c2pa-python is installed."""
    try:
        import c2pa  # noqa: F401
    except ImportError:
        return False
    return True


def manifest(*, title: str, generator: str, version: str, models: list[str]) -> dict[str, Any]:
    """The manifest definition: one ``c2pa.created`` action, trainedAlgorithmicMedia,
    microdrama as the software agent, the models as the action's parameters."""
    agent = {"name": generator, "version": version}
    return {
        "claim_generator_info": [agent],
        "title": title,
        "assertions": [{
            "label": "c2pa.actions",
            "data": {"actions": [{
                "action": "c2pa.created",
                "digitalSourceType": TRAINED_ALGORITHMIC_MEDIA,
                "softwareAgent": agent,
                "parameters": {"models": list(models)},
            }]},
        }],
    }


def sign(source: Path, dest: Path, *, certificate: bytes, private_key: bytes,
         algorithm: str, definition: dict[str, Any]) -> None:
    """Write ``source`` signed with ``definition`` to ``dest`` (the key stays in memory).

    Raises CredentialsError when c2pa-python is missing or refuses the certificate/key.
    """
    try:
        import c2pa
    except ImportError:
        raise CredentialsError(
            "signing needs c2pa-python: pip install 'microdrama[c2pa]'") from None
    if algorithm.lower() not in ALGORITHMS:
        raise CredentialsError(f"signing algorithm {algorithm!r} is not one of {ALGORITHMS}")
    try:
        info = c2pa.C2paSignerInfo(algorithm.lower(), certificate, private_key, None)
        with c2pa.Signer.from_info(info) as signer, c2pa.Builder(definition) as builder:
            builder.sign_file(str(source), str(dest), signer)
    except c2pa.C2paError as error:
        raise CredentialsError(f"c2pa refused to sign {source.name}: {error}") from error


@dataclass(frozen=True)
class Credentials:
    """What a reader found: whether a manifest is there, its validation state
    ('Invalid', 'Valid', 'Trusted'), the failures, and who made the file with what."""

    present: bool
    state: str = ""
    failures: list[str] = field(default_factory=list)
    generator: str = ""
    source_type: str = ""
    models: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def valid(self) -> bool:
        """Signature and hashes check out (trusted or not): nothing was changed after."""
        return self.present and self.state in ("Valid", "Trusted") and not self.error


#: Failures that say nothing about the file, only that its signer is not on a trust list.
_TRUST_ONLY = frozenset({"signingCredential.untrusted"})


def read(path: Path, *, trust_anchors: bytes | None = None) -> Credentials:
    """The C2PA manifest of ``path`` as c2pa-python's reader validates it. Without
    ``trust_anchors`` a self-issued chain reads as 'Valid' (untrusted is not a failure
    here); with them, as 'Trusted' when it chains to one."""
    try:
        import c2pa
    except ImportError:
        return Credentials(present=False, error="c2pa-python is not installed")
    context = None
    if trust_anchors:
        settings = c2pa.Settings.from_dict({"verify": {"verify_trust": True},
                                            "trust": {"trust_anchors": trust_anchors.decode()}})
        context = c2pa.Context(settings)
    try:
        reader = c2pa.Reader.try_create(str(path), None, None, context) if context \
            else c2pa.Reader.try_create(str(path))
    except c2pa.C2paError as error:
        return Credentials(present=True, state="Invalid", error=str(error))
    if reader is None:
        return Credentials(present=False)
    with reader:
        state = reader.get_validation_state() or ""
        results = reader.get_validation_results() or {}
        active = reader.get_active_manifest() or {}
    failures = [f["code"] for f in results.get("activeManifest", {}).get("failure", [])
                if f.get("code") not in _TRUST_ONLY]
    generator, source_type, models = "", "", []
    for info in active.get("claim_generator_info", [])[:1]:
        generator = f"{info.get('name', '')} {info.get('version', '')}".strip()
    for assertion in active.get("assertions", []):
        if assertion.get("label", "").startswith("c2pa.actions"):
            for action in assertion.get("data", {}).get("actions", []):
                source_type = source_type or action.get("digitalSourceType", "")
                models += action.get("parameters", {}).get("models", [])
    return Credentials(present=True, state=state, failures=failures, generator=generator,
                       source_type=source_type, models=models)


def describe(credentials: Credentials) -> str:
    """One line for people."""
    if not credentials.present:
        return "no C2PA manifest"
    if not credentials.valid:
        return f"C2PA manifest INVALID ({', '.join(credentials.failures) or credentials.error})"
    return (f"C2PA manifest {credentials.state.lower()}: {credentials.generator}, "
            f"{credentials.source_type.rsplit('/', 1)[-1]}, models {json.dumps(credentials.models)}")
