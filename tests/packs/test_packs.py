"""The one pack loader: every built-in pack fits its schema; a project's packs/ replaces
built-in packs, is checked file by file, and rekeys exactly what reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from microdrama.formats.interactive import InteractivePack
from microdrama.formats.story_formats import StoryFormatsPack
from microdrama.formats.subtitle_profiles import SubtitlePack
from microdrama.media.audio import AudioPack
from microdrama.media.label import LabelPack
from microdrama.packs import (
    BUILTIN,
    OVERRIDABLE,
    PackError,
    Packs,
    builtin_path,
    load_pack,
    pack_names,
    pack_text,
    project_packs,
    read_pack,
)
from microdrama.providers.base import ProviderConfig
from microdrama.providers.offline.writer.premise import LanguagesPack
from microdrama.providers.offline.writer.premise_pack import PremisePack
from microdrama.providers.offline.writer.provider import OfflineWriter
from microdrama.providers.offline.writer.shapes import BranchWriting, ShapesPack
from microdrama.providers.openai.speech import OpenAISpeech
from microdrama.providers.openai.vendors import VendorsPack, load_vendors
from microdrama.providers.openai.writers_room import LLMWriter, prompts
from microdrama.review.craft import CraftPack, load_craft
from microdrama.review.lexicon import DoctorPack

SCHEMAS = {
    ("craft", "rules"): CraftPack,
    ("subtitles", "profiles"): SubtitlePack,
    ("audio", "rules"): AudioPack,
    ("labels", "rules"): LabelPack,
    ("vendors", "openai-compat"): VendorsPack,
    ("premise", "languages"): LanguagesPack,
    ("premise", "en"): PremisePack,
    ("premise", "zh"): PremisePack,
    ("doctor", "en"): DoctorPack,
    ("doctor", "zh"): DoctorPack,
    ("interactive", "rules"): InteractivePack,
    ("interactive", "story_formats"): StoryFormatsPack,
    ("banks", "branching/shapes"): ShapesPack,
    ("banks", "branching/en"): BranchWriting,
    ("banks", "branching/zh"): BranchWriting,
}
CRAFT = pack_text("craft", "rules")


def project(tmp_path: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = tmp_path / "packs" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return tmp_path


@pytest.mark.parametrize(("kind", "name"), sorted(SCHEMAS))
def test_every_built_in_pack_fits_its_schema(kind: str, name: str) -> None:
    assert name in pack_names(kind)
    assert isinstance(load_pack(kind, name, SCHEMAS[kind, name]), SCHEMAS[kind, name])


def test_the_comfyui_workflow_is_a_pack_read_by_path() -> None:
    from microdrama.providers.comfyui.settings import DEFAULT_WORKFLOW

    assert builtin_path("workflows", "comfyui/txt2img") == DEFAULT_WORKFLOW
    assert DEFAULT_WORKFLOW.is_file() and "comfyui/txt2img" in pack_names("workflows")


def test_prompts_are_text_packs_named_by_their_folder() -> None:
    assert "en/system" in pack_names("prompts") and "adapt/digest.zh" in pack_names("prompts")
    assert pack_text("prompts", "en/system").startswith("version:")


def test_a_project_without_packs_reads_the_built_in_ones(tmp_path: Path) -> None:
    assert project_packs(tmp_path) is BUILTIN and project_packs(None) is BUILTIN
    assert BUILTIN.digest() == ""


def test_a_project_pack_replaces_the_built_in_one_whole(tmp_path: Path) -> None:
    changed = CRAFT.replace("hook_seconds = 3", "hook_seconds = 5")
    packs = project_packs(project(tmp_path, {"craft/rules.toml": changed}))
    assert load_craft("en", packs).hook_seconds == 5
    assert load_craft("en").hook_seconds == 3  # the built-in pack is untouched
    assert packs.digest("craft").startswith("b2:") and packs.digest("prompts") == ""
    # Carried in a Work as data, it reads the same without the folder.
    assert load_craft("en", Packs.from_json(packs.to_json())).hook_seconds == 5


def test_a_replacement_may_be_written_in_another_format(tmp_path: Path) -> None:
    yaml_craft = "version: ours\nshape: {hook_seconds: 2}\n"
    packs = project_packs(project(tmp_path, {"craft/rules.yaml": yaml_craft}))
    assert read_pack("craft", "rules", packs=packs) == {"version": "ours",
                                                        "shape": {"hook_seconds": 2}}


def test_a_project_cannot_say_where_requests_go(tmp_path: Path) -> None:
    # A project someone sends you must not send your keys to a server of its choosing.
    evil = "[vendors.openai]\nbase_url = 'https://example.invalid/v1'\nkey_env = 'OPENAI_API_KEY'\n"
    with pytest.raises(PackError, match=r"cannot replace the vendor pack.*user config"):
        project_packs(project(tmp_path, {"vendors/openai-compat.toml": evil}))
    assert load_vendors()["openai"].base_url == "https://api.openai.com/v1"


def test_a_replaced_pack_rekeys_the_providers_that_read_it(tmp_path: Path) -> None:
    plain = ProviderConfig(project_dir=str(tmp_path))
    before = (OfflineWriter.identity(None, plain), LLMWriter.identity("deepseek-chat", plain),
              OpenAISpeech.identity(None, plain))
    assert "packs" not in before[0]  # no project packs: keys as they always were
    project(tmp_path, {"craft/rules.toml": CRAFT.replace("twist_every = 10", "twist_every = 8")})
    after = (OfflineWriter.identity(None, plain), LLMWriter.identity("deepseek-chat", plain),
             OpenAISpeech.identity(None, plain))
    assert after[0] != before[0] and after[1] != before[1]
    assert after[2] == before[2]  # speech reads no craft rules: its lines stay cached


def test_a_replaced_prompt_changes_the_writers_template_hashes(tmp_path: Path) -> None:
    text = pack_text("prompts", "en/script") + "\nKeep every line under ten words.\n"
    packs = project_packs(project(tmp_path, {"prompts/en/script.md": text}))
    ours, built_in = prompts.template_hashes(packs), prompts.template_hashes()
    assert {k for k in ours if ours[k] != built_in[k]} == {"en/script"}
    assert prompts.render("en", "revise", packs=packs, findings="-") == prompts.render(
        "en", "revise", findings="-")


@pytest.mark.parametrize(("relative", "text", "expected"), [
    ("craft/rules.toml", "version = [", r"packs/craft/rules\.toml: not valid TOML.*Fix: correct"),
    ("craft/rules.json", '{"version": }', r"rules\.json, line 1: not valid JSON"),
    ("prompts/en/system.yaml", "a: [b\n  c: d", r"system\.yaml, line \d: not valid YAML"),
    ("craft/rule.toml", "version = '1'", r"no built-in craft pack 'rule'.*did you mean craft/rules\?"),
    ("banks/en.yaml", "language: en", r"cannot replace banks packs yet.*craft, prompts"),
    ("crafts/rules.toml", "", r"no kind of pack is called 'crafts'.*did you mean packs/craft/"),
    ("craft/rules.txt", "", r"not a pack file"),
])
def test_a_wrong_project_pack_is_refused_naming_the_file(
    tmp_path: Path, relative: str, text: str, expected: str
) -> None:
    with pytest.raises(PackError, match=f"(?s){expected}") as caught:
        project_packs(project(tmp_path, {relative: text}))
    assert str(tmp_path / "packs") in str(caught.value)


def test_a_pack_that_does_not_fit_its_schema_names_the_field(tmp_path: Path) -> None:
    broken = CRAFT.replace("hook_seconds = 3", 'hook_seconds = "three"')
    packs = project_packs(project(tmp_path, {"craft/rules.toml": broken}))
    with pytest.raises(PackError, match=r"(?s)packs/craft/rules\.toml, field shape\.hook_seconds: "
                       r"does not fit the craft pack schema.*Fix: follow the shape of the "
                       r"built-in craft/rules\.toml"):
        load_craft("en", packs)
    per_language = CRAFT.replace("line_ms = 1300", 'line_ms = "slow"')
    packs = project_packs(project(tmp_path, {"craft/rules.toml": per_language}))
    with pytest.raises(PackError, match=r"\[en\] measured\.line_ms"):
        load_craft("en", packs)


def test_a_readme_beside_the_packs_is_not_a_pack(tmp_path: Path) -> None:
    packs = project_packs(project(tmp_path, {"README.md": "ours", "craft/README.md": "notes"}))
    assert packs.files == ()


def test_only_the_kinds_every_reader_honours_are_replaceable() -> None:
    assert {"craft", "prompts", "compliance"} == OVERRIDABLE
    assert read_pack("craft", "rules")["shape"]["hook_seconds"] == 3
