"""The LLM writers' room end to end against a fake OpenAI-compatible server (loopback)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from microdrama.cli import main
from microdrama.formats.yamlio import parse_yaml
from tests.conftest import write_user_config
from tests.providers.fake_openai import FakeOpenAI
from tests.providers.fake_writer import FakeWriter

KEY = "sk-test-writers-room-0123456789"




def llm_project(root: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str], *,
                lang: str = "en", episodes: int = 6, extra: str = "") -> Path:
    assert main(["new", str(root), "--idea", "a maid's daughter is the real heiress",
                 "--lang", lang, "--episodes", str(episodes), "--seconds", "30"]) == 0
    toml = (root / "drama.toml").read_text()
    toml = toml.replace('writer = "offline"', 'writer = "openai-compat:fake/fake-model"')
    toml = toml.replace('storyboarder = "offline"', 'storyboarder = "openai-compat:fake/fake-model"')
    toml += f"""
[providers.openai-compat]
max_attempts = 3
timeout_s = 5
{extra}

[vendors.fake.prices]
"fake-model" = {{ input = 1.0, output = 2.0 }}
"""
    (root / "drama.toml").write_text(toml)
    write_user_config(f"""
[vendors.fake]
base_url = "{fake.base_url}"
key_env = "FAKE_LLM_KEY"
structured_output = "json_schema"
default_model = "fake-model"
""")
    capsys.readouterr()
    return root


def rows(root: Path, run: str = "max(id)") -> list[tuple[str, str, str, int, float]]:
    db = sqlite3.connect(root / ".microdrama/runlog.sqlite")
    found = db.execute(
        f"SELECT stage, item, outcome, cache_hit, cost_usd FROM items WHERE run_id = (SELECT {run} FROM runs)"
    ).fetchall()
    db.close()
    return found


def test_a_project_on_an_llm_writes_bible_outline_scripts_and_storyboards(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    writer = FakeWriter()
    fake.respond(writer, usage=(1000, 500))
    root = llm_project(tmp_path / "drama", fake, capsys)
    assert main(["build", str(root), "--until", "storyboard"]) == 0

    bible = parse_yaml((root / "series.yaml").read_text(), root / "series.yaml")
    assert [c["id"] for c in bible["characters"]][:2] == ["lin-xia", "gu-chen"]
    outline = parse_yaml((root / "outline.yaml").read_text(), root / "outline.yaml")
    assert [p["number"] for p in outline["plan"]] == [1, 2, 3, 4, 5, 6]
    assert [(a["first"], a["last"]) for a in outline["arcs"]] == [(1, 5), (6, 6)]
    # Money and twists are planned by the studio, not left to the model.
    assert [p["number"] for p in outline["plan"] if p.get("paywall")] == [4]
    assert all(p["locations"] == ["lin-mansion"] for p in outline["plan"])  # 'nowhere' dropped
    episode = parse_yaml((root / "episodes/ep003.yaml").read_text(), root / "episodes/ep003.yaml")
    scene = episode["scenes"][0]
    assert scene["id"] == "ep003-sc01" and "gu-chen" in scene["characters"]
    assert scene["beats"][0]["lines"][0]["id"] == "ep003-sc01-l01"
    board = parse_yaml((root / "storyboards/ep003.yaml").read_text(), root / "storyboards/ep003.yaml")
    carried = [i for shot in board["shots"] for i in shot["lines"]]
    assert carried == [line["id"] for b in scene["beats"] for line in b["lines"]]

    # The bible was asked for with the idea read into a premise frame, which it keeps.
    bible_prompt = next(r.json["messages"][1]["content"] for r in fake.requests
                        if "Create the series bible" in r.json["messages"][1]["content"])
    assert "What the idea says" in bible_prompt and '"occupation": "maid\'s daughter"' in bible_prompt
    assert bible["premise"]["protagonist"]["occupation"] == "maid's daughter"
    outline_prompt = next(r.json["messages"][1]["content"] for r in fake.requests
                          if '"premise"' in r.json["messages"][1]["content"])
    assert "real heiress" in outline_prompt

    # The script of episode 2 was written from the rolling summary and the ledger.
    script_prompts = [r.json for r in fake.requests
                      if "Write the script of episode 2" in r.json["messages"][1]["content"]]
    assert script_prompts and "1. Lin Xia faces Su Mei." in script_prompts[0]["messages"][1]["content"]
    assert '"will"' in script_prompts[0]["messages"][1]["content"]

    # Cost per item in the run log, from the vendor's price table.
    logged = rows(root)
    script_cost = [cost for stage, _, outcome, _, cost in logged if stage == "script"]
    assert len(script_cost) == 6 and all(c > 0 for c in script_cost)
    # The key is sent, but never written into the project.
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in fake.requests)
    for path in root.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path

    # A second build asks nothing: every item is a cache hit.
    asked = len(fake.requests)
    assert main(["build", str(root), "--until", "storyboard"]) == 0
    assert len(fake.requests) == asked
    assert all(hit for _, _, _, hit, _ in rows(root))


def test_a_model_that_drops_items_is_asked_again_or_corrected(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    writer = FakeWriter(drop_episode_once=True, drop_line_always=True)
    fake.respond(writer)
    root = llm_project(tmp_path / "drama", fake, capsys, lang="zh", episodes=3)
    assert main(["build", str(root), "--until", "storyboard"]) == 0
    outline = parse_yaml((root / "outline.yaml").read_text(), root / "outline.yaml")
    assert [p["number"] for p in outline["plan"]] == [1, 2, 3]
    repaired = [r for r in fake.requests if "problems" in r.json["messages"][-1]["content"]]
    assert repaired, "the dropped episode was re-asked"
    # The storyboarder kept dropping a line: the line lands in its beat's shot anyway.
    for n in (1, 2, 3):
        episode = parse_yaml((root / f"episodes/ep00{n}.yaml").read_text(), root / "x")
        board = parse_yaml((root / f"storyboards/ep00{n}.yaml").read_text(), root / "x")
        wanted = [line["id"] for s in episode["scenes"] for b in s["beats"] for line in b["lines"]]
        assert [i for shot in board["shots"] for i in shot["lines"]] == wanted


def test_faults_end_in_a_finished_build_or_a_clean_stop_that_resumes(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    writer = FakeWriter()
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=3)
    fake.error(429, "slow down", retry_after="0")
    fake.garbage()  # a body that is not JSON: asked again
    fake.respond(writer, times=3)  # bible + arcs + one arc plan
    fake.ok("{ this is not json")  # the script reply is broken: repaired by re-asking
    fake.respond(writer, times=2)  # repaired script 1 + script 2
    fake.error(500, "overloaded", times=3)  # script 3 fails on every attempt
    code = main(["build", str(root), "--until", "script"])
    err = capsys.readouterr().err
    assert code != 0
    assert "fake" in err and "500" in err and "overloaded" in err
    assert (root / "episodes/ep002.yaml").is_file() and not (root / "episodes/ep003.yaml").exists()
    # Next build: only episode 3 is asked for; everything finished is a cache hit.
    before = len(fake.requests)
    fake.respond(writer)
    assert main(["build", str(root), "--until", "script"]) == 0
    ran = [(stage, item) for stage, item, outcome, _, _ in rows(root) if outcome == "ran"]
    assert ran == [("script", "ep003")]
    assert len(fake.requests) - before == 1


def test_missing_key_is_a_clear_input_error(tmp_path: Path, fake: FakeOpenAI,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAKE_LLM_KEY", raising=False)
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=2)
    code = main(["build", str(root), "--until", "bible"])
    err = capsys.readouterr().err
    assert code == 2 and "FAKE_LLM_KEY" in err and not fake.requests


def test_a_key_in_the_user_config_is_used(tmp_path: Path, fake: FakeOpenAI,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAKE_LLM_KEY", raising=False)
    config = tmp_path / "user.toml"
    config.write_text(f'[keys]\nFAKE_LLM_KEY = "{KEY}"\n')
    monkeypatch.setenv("MICRODRAMA_CONFIG", str(config))
    fake.respond(FakeWriter())
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=2)
    assert main(["build", str(root), "--until", "bible"]) == 0
    assert fake.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_dry_run_estimates_and_sends_nothing(tmp_path: Path, fake: FakeOpenAI,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=6)
    assert main(["build", str(root), "--until", "storyboard", "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    stages = {s["stage"]: s for s in report["stages"]}
    assert stages["bible"]["items"] == 1 and stages["script"]["items"] == 6
    assert all(stages[s]["usd"] > 0 for s in ("bible", "outline", "script"))
    assert report["estimated_usd"] > 0 and report["spent_usd"] == 0
    assert not fake.requests and not (root / "series.yaml").exists()


def test_the_budget_stops_the_build_cleanly_and_a_higher_one_continues(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    fake.respond(FakeWriter(), usage=(1000, 500))  # $0.002 per call at the fake's prices
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=6)
    code = main(["build", str(root), "--until", "script", "--budget", "0.02"])
    err = capsys.readouterr().err
    assert code == 2 and "budget reached before script" in err
    # The cap came from --budget: the message names the flag, not drama.toml.
    assert "option --budget" in err and "pass a higher --budget" in err and "drama.toml" not in err
    written = sorted(p.name for p in (root / "episodes").glob("*.yaml"))
    assert 0 < len(written) < 6
    db = sqlite3.connect(root / ".microdrama/runlog.sqlite")
    spent = db.execute("SELECT sum(cost_usd) FROM items").fetchone()[0]
    db.close()
    assert spent <= 0.02
    assert main(["build", str(root), "--until", "script", "--budget", "1"]) == 0
    ran = [item for stage, item, outcome, _, _ in rows(root) if outcome == "ran"]
    assert ran == [f"ep00{n}" for n in range(len(written) + 1, 7)]


def test_config_precedence_cli_over_env_over_project_over_user(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from microdrama.app.options import with_overrides
    from microdrama.project.folder import Project

    user = tmp_path / "user.toml"
    user.write_text('[providers]\nwriter = "user-writer"\npainter = "user-painter"\n'
                    'music = "user-music"\n[budget]\nmax_usd = 9.0\n')
    monkeypatch.setenv("MICRODRAMA_CONFIG", str(user))
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "an idea", "--lang", "en"]) == 0
    text = (root / "drama.toml").read_text()
    text = text.replace('painter = "offline"', 'painter = "project-painter"')
    text = text.replace('writer = "offline"\n', "").replace('music = "offline"\n', "")
    (root / "drama.toml").write_text(text)
    monkeypatch.setenv("MICRODRAMA_PROVIDERS_MUSIC", "env-music")
    monkeypatch.setenv("MICRODRAMA_PROVIDERS_WRITER", "env-writer")
    project = Project.open(root)
    providers = project.settings.providers
    assert providers.painter == "project-painter"  # drama.toml over the user config
    assert providers.music == "env-music" and providers.writer == "env-writer"  # env over both
    assert project.settings.budget.max_usd == 9.0  # user config over defaults
    overridden = with_overrides(project, ["writer=openai-compat:cli-model"], 1.5)
    assert overridden.settings.providers.writer == "openai-compat:cli-model"  # the flag wins
    assert overridden.settings.budget.max_usd == 1.5


def test_providers_lists_what_is_available_and_never_shows_keys(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=2)
    assert main(["providers", str(root), "--json"]) == 0
    printed = capsys.readouterr().out
    data = json.loads(printed)
    names = {p["name"]: p["capabilities"] for p in data["providers"]}
    assert "writer" in names["openai-compat"] and names["comfyui"] == ["painter", "clip", "lipsync"]
    vendors = {v["name"]: v for v in data["vendors"]}
    assert vendors["fake"]["key"] == "set" and vendors["openai"]["key"] == "missing"
    assert vendors["ollama"]["key"] == "not needed"
    assert data["project"]["writer"] == "openai-compat:fake/fake-model"
    assert data["ready"]["writer"] == "ready" and data["ready"]["painter"] == "ready"
    assert KEY not in printed
    monkeypatch.delenv("FAKE_LLM_KEY")
    assert main(["providers", str(root), "--json"]) == 0
    assert "FAKE_LLM_KEY" in json.loads(capsys.readouterr().out)["ready"]["writer"]
    assert not fake.requests  # checking readiness sends nothing


def test_a_long_series_keeps_script_prompts_bounded(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    fake.respond(FakeWriter())
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=40)
    assert main(["build", str(root), "--until", "script"]) == 0
    sizes = {}
    for request in fake.requests:
        prompt = request.json["messages"][1]["content"]
        if prompt.startswith("Write the script of episode"):
            sizes[int(prompt.split()[5].rstrip("."))] = len(prompt)
    assert sorted(sizes) == list(range(1, 41))
    # The rolling summary holds a line per finished arc and at most 12 recent episodes:
    # episode 40's prompt is about as long as episode 15's, not 2.7 times it.
    assert sizes[40] < 1.25 * sizes[15]


def test_a_server_that_stops_answering_times_out_and_is_retried(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=2)
    toml = root / "drama.toml"
    toml.write_text(toml.read_text().replace("timeout_s = 5", "timeout_s = 1"))
    fake.hang(3.0)
    fake.truncated()
    fake.respond(FakeWriter())
    assert main(["build", str(root), "--until", "bible"]) == 0
    assert len(fake.requests) == 3


def test_a_project_cannot_redirect_your_keys(tmp_path: Path, fake: FakeOpenAI,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A drama.toml someone sends you may not say where requests go or which key they carry."""
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "an idea", "--lang", "en"]) == 0
    for table in ('[vendors.openai]\nbase_url = "https://collector.example/v1"\n',
                  '[vendors.x]\nkey_env = "AWS_SECRET_ACCESS_KEY"\n'):
        (root / "drama.toml").write_text(
            (root / "drama.toml").read_text().split("[vendors")[0] + table)
        capsys.readouterr()
        assert main(["build", str(root), "--until", "bible"]) == 2
        err = capsys.readouterr().err
        assert "cannot be set in a project" in err and "user config" in err
    assert not fake.requests


def test_voice_and_image_settings_do_not_rekey_the_writing() -> None:
    from microdrama.providers.base import ProviderConfig
    from microdrama.providers.registry import provider_identity

    base = provider_identity("openai-compat:openai/gpt-4o-mini", "writer",
                             ProviderConfig(settings={"temperature": 0.7}))
    tuned = provider_identity("openai-compat:openai/gpt-4o-mini", "writer", ProviderConfig(
        settings={"temperature": 0.7, "voices": {"a": "nova"}, "size": "1024x1024",
                  "timeout_s": 9}))
    hotter = provider_identity("openai-compat:openai/gpt-4o-mini", "writer",
                               ProviderConfig(settings={"temperature": 1.0}))
    assert base == tuned and base != hotter


def test_what_a_failed_item_spent_is_recorded(tmp_path: Path, fake: FakeOpenAI,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    writer = FakeWriter()
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=6)
    fake.respond(writer, usage=(1000, 500), times=3)  # bible, arcs, the first arc's plan
    fake.error(400, "context too long")  # the second arc's plan: the outline fails
    assert main(["build", str(root), "--until", "outline"]) == 3  # a provider failed
    db = sqlite3.connect(root / ".microdrama/runlog.sqlite")
    failed = db.execute("SELECT cost_usd FROM items WHERE stage = 'outline' AND outcome = 'failed'"
                        ).fetchone()[0]
    db.close()
    assert failed == pytest.approx(2 * (1000 * 1.0 + 500 * 2.0) / 1e6)  # arcs + one plan


def test_bad_flags_are_input_errors_and_the_dry_run_counts_only_real_items(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "an idea", "--lang", "en", "--episodes", "2"]) == 0
    for flags in (["--budget", "-1"], ["--budget", "nan"], ["--provider", "writer"],
                  ["--provider", "dancer=offline"]):
        capsys.readouterr()
        assert main(["build", str(root), "--dry-run", *flags]) == 2, flags
        assert "Fix:" in capsys.readouterr().err
    assert main(["build", str(root), "--dry-run", "--json"]) == 0
    stages = {s["stage"]: s for s in json.loads(capsys.readouterr().out)["stages"]}
    assert stages["clip"]["items"] == 0  # no clip provider: no clips to pay for
    assert stages["panel"]["items"] > 0 and stages["panel"]["usd"] == 0  # offline is free


def test_a_bare_model_finds_its_vendor() -> None:
    from microdrama.providers.base import ProviderConfig
    from microdrama.providers.openai.writers_room import text_model

    secrets = {"DEEPSEEK_API_KEY": "k", "OPENAI_API_KEY": "k", "DASHSCOPE_API_KEY": "k"}
    chat = text_model("deepseek-chat", ProviderConfig(secrets=secrets))
    assert (chat.vendor.name, chat.model) == ("deepseek", "deepseek-chat")
    assert text_model("gpt-4.1", ProviderConfig(secrets=secrets)).vendor.name == "openai"
    assert text_model("some-new-model", ProviderConfig(secrets=secrets)).vendor.name == "openai"
    chosen = text_model("deepseek-chat", ProviderConfig(settings={"vendor": "qwen"},
                                                        secrets=secrets))
    assert chosen.vendor.name == "qwen"  # an explicit vendor wins


def test_a_reply_that_never_validates_is_kept_for_reading(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=2)
    fake.ok('{"title": "only a title"}', times=None)
    assert main(["build", str(root), "--until", "bible"]) == 3  # a provider failed
    err = capsys.readouterr().err
    assert "BibleDraft" in err and ".microdrama/failures/bible-series.txt" in err
    kept = (root / ".microdrama/failures/bible-series.txt").read_text()
    assert kept == '{"title": "only a title"}'


def test_replies_that_never_validate_are_paid_for_in_the_log_and_the_budget(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=2)
    fake.ok('{"title": "only a title"}', usage=(1000, 500), times=None)  # $0.002 a call
    assert main(["build", str(root), "--until", "bible"]) == 3  # a provider failed
    calls = len(fake.requests)
    assert calls == 3  # the schema repairs of one draft (complete_model's own, default 2)
    failed = [cost for stage, _, outcome, _, cost in rows(root) if stage == "bible"]
    assert failed == [pytest.approx(calls * 0.002)]  # every paid call reached the run log
    # A budget below what was spent stops the next build before anything is sent.
    capsys.readouterr()
    assert main(["build", str(root), "--until", "bible", "--budget", "0.005"]) == 2
    assert "budget" in capsys.readouterr().err
    assert len(fake.requests) == calls


def test_a_budget_in_a_parallel_stage_spends_as_far_as_it_goes(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    fake.respond(FakeWriter(), usage=(1000, 500))
    root = llm_project(tmp_path / "drama", fake, capsys, episodes=6)
    assert main(["build", str(root), "--until", "check"]) == 0
    db = sqlite3.connect(root / ".microdrama/runlog.sqlite")
    spent = db.execute("SELECT sum(cost_usd) FROM items").fetchone()[0]
    db.close()
    capsys.readouterr()
    assert main(["build", str(root), "--until", "storyboard", "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    each = next(s for s in report["stages"] if s["stage"] == "storyboard")["usd"] / 6
    budget = spent + 2.5 * each  # two storyboards fit, the third does not
    code = main(["build", str(root), "--until", "storyboard", "--budget", f"{budget:.6f}"])
    assert code == 2 and "budget reached before storyboard" in capsys.readouterr().err
    assert len(list((root / "storyboards").glob("*.yaml"))) == 2


def test_the_script_doctor_findings_drive_one_revision(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    fake.respond(FakeWriter(hookless_first_drafts=True))
    root = llm_project(tmp_path / "drama", fake, capsys, lang="zh", episodes=2)
    assert main(["build", str(root), "--until", "script"]) == 0
    revisions = [r.json["messages"][-1]["content"] for r in fake.requests
                 if "剧本编辑审读" in r.json["messages"][-1]["content"]]
    assert len(revisions) == 2 and all("does not open on a hook" in text for text in revisions)
    for n in (1, 2):
        episode = parse_yaml((root / f"episodes/ep00{n}.yaml").read_text(), root / "x")
        assert episode["scenes"][0]["beats"][0]["kind"] == "hook"  # the revision was kept


def test_new_writes_the_providers_it_is_given(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "an idea", "--lang", "en",
                 "--provider", "writer=openai-compat:deepseek/deepseek-chat",
                 "--provider", "clip=comfyui"]) == 0
    text = (root / "drama.toml").read_text()
    assert 'writer = "openai-compat:deepseek/deepseek-chat"' in text and 'clip = "comfyui"' in text
    capsys.readouterr()
    assert main(["new", str(tmp_path / "other"), "--idea", "an idea",
                 "--provider", "music=piper"]) == 2
    assert "no provider 'piper' for music" in capsys.readouterr().err
    assert not (tmp_path / "other").exists()


def test_a_vendor_typo_is_refused_before_any_request(tmp_path: Path, fake: FakeOpenAI,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-must-not-travel")
    root = llm_project(tmp_path / "drama", fake, capsys)
    toml = (root / "drama.toml").read_text().replace("openai-compat:fake/fake-model",
                                                      "openai-compat:faek/fake-model")
    (root / "drama.toml").write_text(toml)
    capsys.readouterr()
    assert main(["build", str(root), "--until", "bible"]) == 2
    err = capsys.readouterr().err
    assert "unknown vendor 'faek'" in err and "did you mean 'fake'" in err
    assert not fake.requests  # nothing sent, to any vendor, with any key
    assert not (root / "series.yaml").exists()


def test_an_outage_in_the_revision_round_stops_the_item_and_the_next_build_revises(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    writer = FakeWriter(hookless_first_drafts=True)
    root = llm_project(tmp_path / "drama", fake, capsys, lang="zh", episodes=2)
    fake.respond(writer, times=4)  # bible, arcs, the arc's plan, episode 1's first draft
    fake.error(503, "overloaded", times=3)  # every attempt at the revision
    fake.respond(writer, times=None)
    assert main(["build", str(root), "--until", "script"]) == 3  # a provider failed
    assert not (root / "episodes/ep001.yaml").exists()  # no unrevised draft kept as final
    assert main(["build", str(root), "--until", "script"]) == 0
    episode = parse_yaml((root / "episodes/ep001.yaml").read_text(), root / "x")
    assert episode["scenes"][0]["beats"][0]["kind"] == "hook"  # revised this time
