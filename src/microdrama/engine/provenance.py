"""What a signed file says about how it was made: the models from the run log and the
user's signing certificate and key, checked once when an item is planned."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from microdrama import __version__
from microdrama.engine.context import BuildContext
from microdrama.errors import InputError
from microdrama.hashing import content_hash

GENERATOR = "microdrama"


def models_used(cache_dir: Path) -> list[str]:
    """``stage=provider`` of every published output's producing item, from the run log
    (sorted, distinct; [] before the first build)."""
    path = cache_dir / "runlog.sqlite"
    if not path.is_file():
        return []
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT DISTINCT i.stage, i.provider FROM outputs o JOIN items i ON i.key = o.key"
            " WHERE i.provider != '' AND i.outcome = 'ran'").fetchall()
    except sqlite3.Error:
        return []
    finally:
        db.close()
    return sorted(f"{stage}={provider}" for stage, provider in rows)


def _file(ctx: BuildContext, value: str, what: str) -> Path:
    path = Path(value).expanduser()
    if not path.is_absolute():
        path = ctx.project.root / path
    if not path.is_file():
        raise InputError(f"the signing {what} {path} does not exist", file="drama.toml",
                         where=f"[signing] {what}",
                         fix=f"give the path of your PEM {what} file, or remove [signing]")
    return path


def signing(ctx: BuildContext) -> dict[str, Any] | None:
    """What the episode stage signs with, or None when no certificate and key are set
    (then nothing is signed). Refuses a private key inside the project folder."""
    table = ctx.settings.signing
    if not table.certificate and not table.key:
        return None
    if not table.certificate or not table.key:
        missing = "key" if table.certificate else "certificate"
        raise InputError(f"[signing] has no {missing}", file="drama.toml",
                         where=f"[signing] {missing}",
                         fix="set both certificate and key (PEM files), or neither")
    certificate, key = _file(ctx, table.certificate, "certificate"), _file(ctx, table.key, "key")
    root = ctx.project.root.resolve()
    if key.resolve().is_relative_to(root):
        raise InputError("the private signing key is inside the project folder",
                         file="drama.toml", where="[signing] key",
                         fix="move the key out of the project (e.g. ~/.config/microdrama/) "
                         "and point [signing] key at it in your user config")
    return {"certificate": str(certificate), "key": str(key), "algorithm": table.algorithm,
            "certificate_hash": content_hash(certificate.read_bytes()),
            "generator": GENERATOR, "version": __version__,
            "models": models_used(ctx.project.cache_dir)}


def signing_key_inputs(plan: dict[str, Any]) -> Any:
    """The part of a signing plan that changes the signed bytes (no paths)."""
    return {k: plan[k] for k in ("algorithm", "certificate_hash", "generator", "version",
                                 "models")}
