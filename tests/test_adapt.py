"""`microdrama adapt`: a novel → digests → bible → outline → source map, on a fake LLM."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from microdrama.cli import main
from microdrama.formats.yamlio import parse_yaml
from tests.providers.fake_openai import FakeOpenAI
from tests.providers.fake_writer import FakeWriter

KEY = "sk-test-adapt-0123456789"
WRITER = "openai-compat:fake/fake-model"
CHAPTERS = 9
NOVEL = "The Lighthouse Keeper\nby A. Writer\n\n" + "\n".join(
    f"CHAPTER {n}\nMara kept the lamp on night {n}.\n\nTom rowed out {'far ' * n}to the rocks.\n"
    for n in range(1, CHAPTERS + 1))


class AdaptingFakeWriter(FakeWriter):
    """The lead's fake model, which also reads chapters: a digest from the chapter's text."""

    def _DigestDraft(self, prompt: str, zh: bool, messages: list[Any]) -> dict[str, Any]:
        match = re.search(r"\(number (\d+), title: ([^)]*)\)", prompt)
        assert match, prompt
        number = int(match[1])
        return {
            "summary": f"On night {number} Mara kept the lamp while Tom rowed out.",
            "characters": [
                {"name": "Mara", "aliases": ["the keeper"], "role": "protagonist",
                 "description": "The lighthouse keeper."},
                {"name": "Tom", "role": "love interest", "relationships": ["Mara's boatman"]},
            ],
            "events": [{"what": f"Tom rows out on night {number}.", "who": ["Tom"],
                        "importance": 5 if number in (3, 7) else 2}],
            "reveals": ["Tom is Mara's lost brother."] if number == 7 else [],
            "hooks": [f"The lamp goes dark on night {number}."],
        }


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeOpenAI]:
    """A fake LLM vendor in the user config, its key in the environment."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with FakeOpenAI() as server:
        config = tmp_path / "user.toml"
        config.write_text(f"""
[providers.openai-compat]
max_attempts = 3
timeout_s = 5

[vendors.fake]
base_url = "{server.base_url}"
key_env = "FAKE_LLM_KEY"
structured_output = "json_schema"
default_model = "fake-model"
[vendors.fake.prices]
"fake-model" = {{ input = 1.0, output = 2.0 }}
""")
        monkeypatch.setenv("MICRODRAMA_CONFIG", str(config))
        monkeypatch.setenv("FAKE_LLM_KEY", KEY)
        yield server


@pytest.fixture
def novel(tmp_path: Path) -> Path:
    path = tmp_path / "keeper.txt"
    path.write_bytes(NOVEL.encode("utf-16"))
    return path


def load(path: Path) -> Any:
    return parse_yaml(path.read_text("utf-8"), path)


def prompts_of(fake: FakeOpenAI, schema: str) -> list[str]:
    return [r.json["messages"][-1]["content"] for r in fake.requests
            if r.json["response_format"]["json_schema"]["name"] == schema]


def test_adapt_digests_every_chapter_and_maps_every_episode_back(
        tmp_path: Path, fake: FakeOpenAI, novel: Path, capsys: pytest.CaptureFixture[str]) -> None:
    writer = AdaptingFakeWriter()
    fake.respond(writer, usage=(800, 200))
    root = tmp_path / "keeper"
    assert main(["adapt", str(root), "--from", str(novel), "--episodes", "4",
                 "--writer", WRITER, "--seconds", "30"]) == 0
    err = capsys.readouterr().err
    assert "digest" in err  # progress per stage on stderr

    toml = (root / "drama.toml").read_text("utf-8")
    assert '[source]\nfile = "source/keeper.txt"' in toml and f'writer = "{WRITER}"' in toml
    assert 'language = "en"' in toml and 'title = "keeper"' in toml  # detected from the text
    assert (root / "source/keeper.txt").read_bytes() == novel.read_bytes()
    digests = sorted(p.name for p in (root / "source/digests").iterdir())
    assert digests == [f"ch{n:04d}.yaml" for n in range(1, CHAPTERS + 1)]
    assert load(root / "source/digests/ch0007.yaml")["reveals"] == ["Tom is Mara's lost brother."]
    assert writer.asked["DigestDraft"] == CHAPTERS

    # The bible and the outline were written from the condensed source.
    bible_prompt = prompts_of(fake, "BibleDraft")[0]
    assert "Mara" in bible_prompt and "Tom is Mara's lost brother." in bible_prompt
    assert any("adapts chapters" in p for p in prompts_of(fake, "PlansDraft"))

    # Every episode adapts chapters; together they are every chapter once, in order.
    plan = load(root / "outline.yaml")["plan"]
    assert [p["number"] for p in plan] == [1, 2, 3, 4] and all(p["chapters"] for p in plan)
    assert [c for p in plan for c in p["chapters"]] == list(range(1, CHAPTERS + 1))
    source_map = load(root / "source-map.yaml")
    assert source_map["source"] == "source/keeper.txt" and source_map["chapters"] == CHAPTERS
    assert [e["episode"] for e in source_map["episodes"]] == [1, 2, 3, 4]
    mapped = [c for e in source_map["episodes"] for c in e["chapters"]]
    assert [c["number"] for c in mapped] == list(range(1, CHAPTERS + 1))
    assert mapped[0]["title"] == "CHAPTER 1" and "unmapped" not in source_map

    # Digests cost money and the run log says so.
    db = sqlite3.connect(root / ".microdrama/runlog.sqlite")
    costs = db.execute("SELECT cost_usd FROM items WHERE stage = 'digest'").fetchall()
    db.close()
    assert len(costs) == CHAPTERS and all(c > 0 for (c,) in costs)

    # `build` continues from there; nothing already done is asked again.
    asked = len(fake.requests)
    assert main(["build", str(root), "--until", "sourcemap"]) == 0
    assert len(fake.requests) == asked
    # A script is written from the digests of its own chapters.
    assert main(["build", str(root), "--until", "script", "--episodes", "1"]) == 0
    script_prompt = prompts_of(fake, "EpisodeDraft")[0]
    first = plan[0]["chapters"]
    assert f"On night {first[0]} Mara kept the lamp" in script_prompt
    assert f"On night {first[-1] + 1} Mara" not in script_prompt


def test_editing_the_chapters_of_an_episode_updates_the_source_map(
        tmp_path: Path, fake: FakeOpenAI, novel: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake.respond(AdaptingFakeWriter())
    root = tmp_path / "keeper"
    assert main(["adapt", str(root), "--from", str(novel), "--episodes", "3",
                 "--writer", WRITER]) == 0
    outline = root / "outline.yaml"
    text = outline.read_text("utf-8")
    last = load(outline)["plan"][-1]["chapters"]
    dropped = last[-1]
    outline.write_text(text.replace(f"  - {dropped}\n", "", 1), "utf-8")
    assert main(["build", str(root), "--until", "sourcemap"]) == 0
    assert load(root / "source-map.yaml")["unmapped"] == [dropped]


def test_adapt_without_an_llm_writer_says_how_to_get_one(
        tmp_path: Path, novel: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "keeper"
    code = main(["adapt", str(root), "--from", str(novel)])
    err = capsys.readouterr().err
    assert code == 2 and "needs an LLM writer" in err and "openai-compat:" in err
    assert not root.exists()


def test_adapt_refuses_a_folder_that_is_not_empty_and_bad_sources(
        tmp_path: Path, fake: FakeOpenAI, novel: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "busy"
    root.mkdir()
    (root / "notes.txt").write_text("mine", "utf-8")
    code = main(["adapt", str(root), "--from", str(novel), "--writer", WRITER])
    assert code == 2 and "not empty" in capsys.readouterr().err
    assert [p.name for p in root.iterdir()] == ["notes.txt"]
    pdf = tmp_path / "novel.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    code = main(["adapt", str(tmp_path / "new"), "--from", str(pdf), "--writer", WRITER])
    err = capsys.readouterr().err
    assert code == 2 and "novel.pdf" in err and "Fix:" in err
    assert not (tmp_path / "new").exists() and not fake.requests


def test_a_source_outside_the_project_is_refused_before_it_is_read(
        tmp_path: Path, fake: FakeOpenAI, novel: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake.respond(AdaptingFakeWriter(), usage=(800, 200))
    root = tmp_path / "keeper"
    assert main(["adapt", str(root), "--from", str(novel), "--episodes", "4",
                 "--writer", WRITER, "--seconds", "30"]) == 0
    secret = tmp_path / "private-diary.txt"
    secret.write_text("Chapter 1\n\nMy bank password is hunter2.\n" * 20, "utf-8")
    for pointing in ("../private-diary.txt", str(secret)):
        toml = (root / "drama.toml").read_text("utf-8")
        start = toml.index("[source]\nfile = ")
        end = toml.index("\n", start + len("[source]\nfile = "))
        (root / "drama.toml").write_text(
            toml[:start] + f'[source]\nfile = "{pointing}"' + toml[end:], "utf-8")
        asked = len(fake.requests)
        capsys.readouterr()
        assert main(["build", str(root), "--until", "digest"]) == 2
        err = capsys.readouterr().err
        assert "outside the project" in err and "[source] file" in err and "Fix:" in err
        assert len(fake.requests) == asked  # nothing read out, nothing sent
        assert not any("hunter2" in str(r.json) for r in fake.requests)
