"""The README's copy-paste drama.toml snippets stay true to the code."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from microdrama.domain import Settings
from microdrama.project.config import check_project_vendors
from microdrama.project.waivers import load_waivers
from microdrama.providers.base import ProviderConfig
from microdrama.providers.registry import get_provider

README = Path(__file__).resolve().parents[1] / "README.md"
#: A minimal image-to-video workflow in ComfyUI's API format, for the clip snippet.
WORKFLOW = """{
 "1": {"class_type": "LoadImage", "inputs": {"image": "{{image}}"}},
 "2": {"class_type": "WanImageToVideo", "inputs": {"start_image": ["1", 0],
       "width": "{{width}}", "height": "{{height}}", "length": "{{frames}}"}},
 "3": {"class_type": "SaveWEBM", "inputs": {"images": ["2", 0], "fps": "{{fps}}",
       "filename_prefix": "{{filename_prefix}}"}}
}"""
KEYS = {"OPENAI_API_KEY": "k", "DEEPSEEK_API_KEY": "k", "DASHSCOPE_API_KEY": "k"}


def snippets() -> list[str]:
    return re.findall(r"```toml\n(.*?)```", README.read_text("utf-8"), re.S)


def test_the_readme_has_a_snippet_per_documented_service() -> None:
    text = "\n".join(snippets())
    for provider in ("deepseek/", "qwen/", "openai/", "ollama/", '"comfyui"', '"piper"'):
        assert provider in text, provider


@pytest.mark.parametrize("snippet", snippets())
def test_each_snippet_is_a_valid_drama_toml_whose_providers_can_be_made(
        snippet: str, tmp_path: Path) -> None:
    data = tomllib.loads(snippet)
    if "waiver" in data:  # a waivers.toml snippet, not drama.toml
        (tmp_path / "waivers.toml").write_text(snippet, "utf-8")
        assert load_waivers(tmp_path)
        return
    check_project_vendors(data)
    settings = Settings.model_validate({"project": {"idea": "an idea"}, **data})
    # Files the snippets name are the user's; make them so the providers can be built.
    for table in settings.providers.options.values():
        for value in table.values():
            names = value.values() if isinstance(value, dict) else [value]
            for name in names:
                if isinstance(name, str) and name.endswith((".json", ".onnx")):
                    path = tmp_path / name if not name.startswith("/") else None
                    if path is not None:
                        path.parent.mkdir(parents=True, exist_ok=True)
                        path.write_text(WORKFLOW if name.endswith(".json") else "")
    for capability in ("writer", "storyboarder", "painter", "speech", "music", "clip"):
        provider_id = settings.providers.provider_for(capability)
        if not provider_id or provider_id == "offline":
            continue
        config = ProviderConfig(settings=settings.providers.options_for(provider_id),
                                vendors=settings.vendors, secrets=KEYS,
                                project_dir=str(tmp_path), state_dir=str(tmp_path / "jobs"))
        assert get_provider(provider_id, capability, config) is not None
