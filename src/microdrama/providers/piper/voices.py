"""Piper voice files: which model speaks each language, checked, and their hashes.

A project names its voice files in ``[providers.piper] models`` (see ``provider``); this
module finds them (relative paths against the project folder), checks each model has its
``.onnx.json`` config and speaks the language asked for, and hashes both for the cache
key. Nothing is downloaded: a missing voice is an error that says where to get one.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from microdrama.domain.settings import PSEUDO_LOCALE
from microdrama.errors import InputError
from microdrama.providers.base import ProviderConfig, SpeechRequest

SETTINGS = "[providers.piper]"
VOICES_URL = "https://huggingface.co/rhasspy/piper-voices"
EXAMPLES = {"zh": "zh_CN-huayan-medium.onnx", "en": "en_US-lessac-medium.onnx"}


def settings_error(key: str, problem: str, fix: str) -> InputError:
    return InputError(problem, file="drama.toml", where=f"{SETTINGS} {key}", fix=fix)


def download_fix(language: str, path: str | None = None) -> str:
    example = EXAMPLES.get(language, "<voice>.onnx")
    where = path or f"/path/to/{example}"
    return (
        f"download a Piper voice ({example} and {example}.json, e.g. from {VOICES_URL}) "
        f'and set models.{language} = "{where}" in {SETTINGS}'
    )


def model_paths(config: ProviderConfig) -> dict[str, Path]:
    """Language → voice model path from the ``models`` setting (not yet checked on disk)."""
    raw = config.settings.get("models")
    if raw is None:
        raise settings_error("models", "no Piper voices are set", download_fix("zh"))
    if not isinstance(raw, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in raw.items()
    ):
        raise settings_error(
            "models", "models must map languages to voice model files",
            'write models = { zh = "/path/zh_CN-huayan-medium.onnx", '
            'en = "/path/en_US-lessac-medium.onnx" }',
        )
    base = Path(config.project_dir) if config.project_dir else Path.cwd()
    return {language: base / Path(path).expanduser() for language, path in raw.items()}


@dataclass(frozen=True)
class VoiceFiles:
    """One language's voice on disk, checked: the model, its config, their hashes."""

    language: str
    model: Path
    config: Path
    model_sha256: str
    config_sha256: str
    settings: Mapping[str, Any]


_HASHES: dict[tuple[str, int, int], str] = {}
_HASH_LOCK = threading.Lock()


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, remembered per (path, size, mtime) so big models hash once."""
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    with _HASH_LOCK:
        known = _HASHES.get(key)
    if known is not None:
        return known
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    value = digest.hexdigest()
    with _HASH_LOCK:
        _HASHES[key] = value
    return value


def _language_of(settings: Mapping[str, Any]) -> str | None:
    """The language family a Piper voice config says it speaks (zh, en, …), if it says."""
    language = settings.get("language")
    if isinstance(language, Mapping):
        family = language.get("family") or str(language.get("code", "")).split("_")[0]
        if family:
            return "zh" if str(family).lower() in ("zh", "cmn") else str(family).lower()
    if settings.get("phoneme_type") == "pinyin":
        return "zh"
    espeak = settings.get("espeak")
    if isinstance(espeak, Mapping) and isinstance(espeak.get("voice"), str):
        family = espeak["voice"].split("-")[0].lower()
        return "zh" if family in ("zh", "cmn") else family
    return None


def voice_key(request: SpeechRequest) -> str:
    """The ``models`` entry a line is spoken with: its locale's for a dub (``es``,
    ``pt-BR``), else its language's. The pseudo-locale speaks the series language's
    letters, so it takes the language's voice."""
    if request.locale and request.locale != PSEUDO_LOCALE:
        return request.locale
    return request.language


def voice_files(config: ProviderConfig, language: str) -> VoiceFiles:
    """The checked voice files for ``language`` (a language, or a locale: ``models.pt-BR``,
    else ``models.pt``); InputError names the setting and the fix."""
    paths = model_paths(config)
    wanted = [language, language.split("-")[0]]
    found = next((name for want in wanted for name in paths if name.lower() == want.lower()),
                 None)
    if found is None:
        raise settings_error(f"models.{language}", f"no Piper voice is set for {language!r}",
                    download_fix(language))
    key = f"models.{found}"
    language = found
    model = paths[found]
    if not model.is_file():
        raise settings_error(key, f"the Piper voice model {model} does not exist",
                    download_fix(language))
    config_path = model.with_name(model.name + ".json")
    if not config_path.is_file():
        raise settings_error(
            key, f"the voice config {config_path} is missing",
            f"put the voice's .onnx.json next to the model (every Piper voice comes as "
            f"two files), or {download_fix(language)}",
        )
    try:
        settings = json.loads(config_path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise settings_error(key, f"the voice config {config_path} is not readable JSON ({error})",
                    download_fix(language)) from error
    if not isinstance(settings, dict):
        raise settings_error(key, f"the voice config {config_path} is not a JSON object",
                    download_fix(language))
    spoken = _language_of(settings)
    if spoken is not None and spoken != language.split("-")[0].lower():
        raise settings_error(
            key, f"the voice {model.name} speaks {spoken!r}, not {language!r}",
            f"set models.{language} to a {language} voice; {download_fix(language)}",
        )
    return VoiceFiles(
        language=language,
        model=model,
        config=config_path,
        model_sha256=file_sha256(model),
        config_sha256=file_sha256(config_path),
        settings=settings,
    )
