"""The OpenAI-compatible adapter and the HTTP layer, against a real local fake server."""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from collections.abc import Awaitable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any, TypeVar

import httpx
import pytest
from pydantic import BaseModel, ConfigDict, Field

from microdrama.errors import InputError, ProviderError
from microdrama.providers.http import RetryPolicy, gather_or_stop, redact, retry_after, secrets_of
from microdrama.providers.openai.compat import (
    Completion,
    OpenAICompatText,
    Vendor,
    extract_json,
    load_vendors,
)
from tests.providers.fake_openai import FakeOpenAI, Sleeps

KEY = "sk-test-7f3a9c1e5b2d8e4f"
ENV = {"DEEPSEEK_API_KEY": KEY, "OPENAI_API_KEY": KEY}
FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=5.0, jitter=0.0, timeout=5.0)
#: For the tests of timeouts only: a hung reply times out at once. (Elsewhere a loaded
#: machine must not turn a slow reply into a timeout the fake has no second answer for.)
HANGS = replace(FAST, timeout=0.3)
#: For the tests of concurrency: a loaded machine (a parallel suite) must not turn a
#: slow reply into a timeout and a retry the fake has no answer for.
PATIENT = replace(FAST, timeout=30.0)
T = TypeVar("T")


class Scene(BaseModel):
    """A tiny structured answer."""

    model_config = ConfigDict(extra="forbid")
    title: str = Field(description="Scene title.")
    beats: list[str] = Field(description="What happens, in order.", min_length=1)


VALID = json.dumps({"title": "The slap", "beats": ["she enters", "he slaps", "she smiles"]})






def at(fake: FakeOpenAI, name: str = "deepseek", **changes: Any) -> Vendor:
    """A built-in vendor pointed at the fake server."""
    return replace(load_vendors()[name], base_url=fake.base_url, **changes)


def adapter(
    fake: FakeOpenAI, name: str = "deepseek", *, policy: RetryPolicy = FAST, **kwargs: Any
) -> tuple[OpenAICompatText, Sleeps]:
    sleeps = Sleeps()
    kwargs.setdefault("env", ENV)
    text = OpenAICompatText(vendor=at(fake, name), policy=policy, sleep=sleeps, **kwargs)
    return text, sleeps


def run(coroutine: Awaitable[T]) -> T:
    async def main() -> T:
        return await coroutine

    return asyncio.run(main())


USER = [{"role": "user", "content": "Write the opening scene."}]


# --- success and request shape ---------------------------------------------------------


def test_complete_sends_model_messages_and_key(fake: FakeOpenAI) -> None:
    fake.ok("Rain on the mansion gates.", usage=(12, 7))
    text, sleeps = adapter(fake)
    done = run(text.complete(USER, temperature=0.2))
    assert done.text == "Rain on the mansion gates."
    assert (done.model, done.vendor, done.input_tokens, done.output_tokens) == (
        "deepseek-chat",
        "deepseek",
        12,
        7,
    )
    assert done.raw["id"] == "chatcmpl-fake"
    [request] = fake.requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.json == {"model": "deepseek-chat", "messages": USER, "temperature": 0.2}
    assert sleeps.seen == []


@pytest.mark.parametrize("capability", ["json_schema", "json_object", "none"])
def test_structured_output_follows_the_vendor_capability(fake: FakeOpenAI, capability: str) -> None:
    fake.ok(VALID)
    text = OpenAICompatText(vendor=at(fake, structured_output=capability), env=ENV, policy=FAST)
    scene, done = run(text.complete_model(USER, Scene))
    assert scene == Scene.model_validate_json(VALID)
    assert done.calls == 1
    body = fake.requests[0].json
    system = [m["content"] for m in body["messages"] if m["role"] == "system"]
    if capability == "json_schema":
        assert body["response_format"] == {
            "type": "json_schema",
            "json_schema": {"name": "Scene", "schema": Scene.model_json_schema(), "strict": False},
        }
        assert body["messages"] == USER
    else:
        assert len(system) == 1 and '"beats"' in system[0] and "JSON" in system[0]
        assert body["messages"][1:] == USER
        if capability == "json_object":
            assert body["response_format"] == {"type": "json_object"}
        else:
            assert "response_format" not in body


def test_schema_instruction_joins_an_existing_system_message(fake: FakeOpenAI) -> None:
    fake.ok(VALID)
    text, _ = adapter(fake)  # deepseek: json_object
    messages = [{"role": "system", "content": "You write micro-dramas."}, *USER]
    run(text.complete_model(messages, Scene))
    sent = fake.requests[0].json["messages"]
    assert [m["role"] for m in sent] == ["system", "user"]
    assert sent[0]["content"].startswith("You write micro-dramas.\n\n")
    assert '"title"' in sent[0]["content"]


def test_prompt_only_vendor_tolerates_fences_and_chatter(fake: FakeOpenAI) -> None:
    fake.ok(f"Sure! Here it is:\n```json\n{VALID}\n```\nEnjoy.")
    text = OpenAICompatText(vendor=at(fake, structured_output="none"), env=ENV, policy=FAST)
    scene, _ = run(text.complete_model(USER, Scene))
    assert scene.title == "The slap"


def test_extract_json_finds_the_object() -> None:
    assert extract_json(' {"a": 1} ') == {"a": 1}
    assert extract_json('```\n{"a": 2}\n```') == {"a": 2}
    assert extract_json('Here: {"a": {"b": [3]}} and {"c": 4}') == {"a": {"b": [3]}}
    assert extract_json('noise {broken {"a": 5} tail') == {"a": 5}
    with pytest.raises(ValueError, match="no JSON object"):
        extract_json("no json here")
    with pytest.raises(ValueError, match="not valid JSON"):
        extract_json('{"title": "cut off')


def test_extract_json_skips_a_reasoning_models_thinking() -> None:
    """A draft object in the thinking is not the answer; the reply after it is."""
    thinking = 'The user wants a scene. Draft: {"title": "draft"} — better a slap.'
    assert extract_json(f'<think>{thinking}</think>\n\n{{"title": "The slap"}}') == {
        "title": "The slap"}
    assert extract_json(f'{thinking}\n</think>\n```json\n{{"title": "The slap"}}\n```') == {
        "title": "The slap"}  # a server that dropped the opening tag
    with pytest.raises(ValueError, match="no JSON object"):
        extract_json(f"<think>{thinking}</think> I cannot answer that.")


# --- retries ---------------------------------------------------------------------------


def test_429_waits_for_retry_after_then_succeeds(fake: FakeOpenAI) -> None:
    fake.error(429, "slow down", retry_after="2")
    fake.ok("done")
    text, sleeps = adapter(fake)
    assert run(text.complete(USER)).text == "done"
    assert sleeps.seen == [2.0]
    assert len(fake.requests) == 2


def test_retry_after_is_capped_by_max_delay(fake: FakeOpenAI) -> None:
    fake.error(429, retry_after="3600")
    fake.ok("done")
    text, sleeps = adapter(fake)
    run(text.complete(USER))
    assert sleeps.seen == [FAST.max_delay]


def test_retry_after_reads_seconds_and_http_dates() -> None:
    def answer(**headers: str) -> httpx.Response:
        return httpx.Response(429, headers=headers)

    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert retry_after(answer(**{"Retry-After": "7"})) == 7.0
    assert retry_after(answer(**{"Retry-After": date}), now=now) == pytest.approx(30, abs=1)
    assert retry_after(answer(**{"Retry-After": email.utils.formatdate(now - 60)}), now=now) == 0
    assert retry_after(answer(**{"retry-after-ms": "250"})) == 0.25
    assert retry_after(answer(**{"Retry-After": "soon"})) is None
    assert retry_after(answer()) is None


def test_500_twice_then_success_backs_off_exponentially(fake: FakeOpenAI) -> None:
    fake.error(500, times=2)
    fake.ok("third time lucky")
    text, sleeps = adapter(fake)
    assert run(text.complete(USER)).text == "third time lucky"
    assert len(fake.requests) == 3
    assert sleeps.seen == [pytest.approx(0.01), pytest.approx(0.02)]


def test_backoff_jitter_stays_in_bounds() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=5.0, jitter=0.5)
    delays = [policy.backoff(3) for _ in range(200)]
    assert all(2.0 <= d <= 5.0 for d in delays)
    assert len(set(delays)) > 1
    assert all(policy.backoff(10) <= 5.0 for _ in range(50))


def test_timeout_then_success(fake: FakeOpenAI) -> None:
    fake.hang(3)
    fake.ok("back again")
    text, sleeps = adapter(fake, policy=HANGS)
    assert run(text.complete(USER)).text == "back again"  # the hang timed out, then a retry
    assert len(sleeps.seen) == 1
    assert len(fake.requests) == 2


def test_truncated_body_is_a_transport_error_and_is_retried(fake: FakeOpenAI) -> None:
    fake.truncated()
    fake.ok("whole")
    text, sleeps = adapter(fake)
    assert run(text.complete(USER)).text == "whole"
    assert len(sleeps.seen) == 1


def test_500_forever_raises_provider_error_without_the_key(fake: FakeOpenAI) -> None:
    fake.error(500, "upstream exploded", echo_auth=True, times=None)
    text, sleeps = adapter(fake)
    with pytest.raises(ProviderError) as caught:
        run(text.complete(USER))
    error = caught.value
    assert (error.status, error.provider, error.model) == (500, "deepseek", "deepseek-chat")
    assert "upstream exploded" in str(error) and "3 attempts" in str(error)
    assert "provider deepseek" in str(error) and "status 500" in str(error)
    assert KEY not in str(error) and KEY not in (error.body or "")
    assert "***" in (error.body or "")  # the server echoed it; we scrubbed it
    assert KEY not in repr(text)
    assert len(fake.requests) == FAST.max_attempts
    assert len(sleeps.seen) == FAST.max_attempts - 1


def test_timeouts_forever_raise_provider_error_without_status(fake: FakeOpenAI) -> None:
    fake.hang(3, times=None)
    text, _ = adapter(fake, policy=replace(HANGS, max_attempts=2))
    with pytest.raises(ProviderError, match="timed out") as caught:
        run(text.complete(USER))
    assert caught.value.status is None


def test_400_fails_at_once(fake: FakeOpenAI) -> None:
    fake.error(400, "temperature must be at most 2")
    fake.ok("never reached")
    text, sleeps = adapter(fake)
    with pytest.raises(ProviderError, match="temperature must be at most 2") as caught:
        run(text.complete(USER))
    assert caught.value.status == 400
    assert len(fake.requests) == 1 and sleeps.seen == []


def test_401_says_which_key_to_check(fake: FakeOpenAI) -> None:
    fake.error(401, "invalid api key")
    text, _ = adapter(fake)
    with pytest.raises(ProviderError, match="DEEPSEEK_API_KEY") as caught:
        run(text.complete(USER))
    assert caught.value.status == 401


def test_rejected_response_format_points_at_the_capability_setting(fake: FakeOpenAI) -> None:
    fake.error(400, "response_format json_schema is not supported")
    text = OpenAICompatText(vendor=at(fake, structured_output="json_schema"), env=ENV, policy=FAST)
    with pytest.raises(ProviderError, match="structured_output"):
        run(text.complete_model(USER, Scene))


def test_body_that_is_not_json_fails_with_the_body(fake: FakeOpenAI) -> None:
    fake.garbage('{"choices": [{"message": ')
    text, sleeps = adapter(fake)
    with pytest.raises(ProviderError, match="not JSON") as caught:
        run(text.complete(USER))
    assert caught.value.status == 200
    assert caught.value.body == '{"choices": [{"message": '
    assert sleeps.seen == []


# --- repairs ---------------------------------------------------------------------------


def test_validation_error_is_repaired_in_a_second_round(fake: FakeOpenAI) -> None:
    fake.ok('{"title": "The slap"}', usage=(100, 20))
    fake.ok(VALID, usage=(150, 30))
    text, _ = adapter(fake)
    scene, done = run(text.complete_model(USER, Scene))
    assert scene.beats == ["she enters", "he slaps", "she smiles"]
    second = fake.requests[1].json["messages"]
    assert second[-2] == {"role": "assistant", "content": '{"title": "The slap"}'}
    assert second[-1]["role"] == "user"
    assert "beats: Field required" in second[-1]["content"]
    assert (done.calls, done.input_tokens, done.output_tokens) == (2, 250, 50)
    assert done.cost_usd == pytest.approx((250 * 0.27 + 50 * 1.10) / 1e6)
    assert fake.requests[1].json["response_format"] == {"type": "json_object"}


def test_invalid_json_is_repaired(fake: FakeOpenAI) -> None:
    fake.ok('{"title": "The slap", "beats": ["she ent')
    fake.ok(VALID)
    text, _ = adapter(fake)
    scene, _ = run(text.complete_model(USER, Scene))
    assert scene.title == "The slap"
    assert "not valid JSON" in fake.requests[1].json["messages"][-1]["content"]


def test_repairs_exhausted_keep_the_raw_text(fake: FakeOpenAI) -> None:
    fake.ok("I'd rather write a poem.")
    fake.ok('{"title": 42}')
    text, _ = adapter(fake)
    with pytest.raises(ProviderError, match="valid Scene after 2 tries") as caught:
        run(text.complete_model(USER, Scene, max_repairs=1))
    assert caught.value.body == '{"title": 42}'
    assert caught.value.provider == "deepseek" and caught.value.model == "deepseek-chat"
    assert len(fake.requests) == 2


# --- keys, vendors, model ids, cost ----------------------------------------------------


def test_missing_key_names_the_variable() -> None:
    with pytest.raises(InputError, match="set DEEPSEEK_API_KEY") as caught:
        OpenAICompatText("deepseek/deepseek-chat", env={})
    assert "project folder" in str(caught.value)


def test_local_vendor_needs_no_key_and_sends_none(fake: FakeOpenAI) -> None:
    fake.ok("local words")
    text = OpenAICompatText("llama3.1:8b", vendor=at(fake, "ollama"), env={}, policy=FAST)
    done = run(text.complete(USER))
    assert "authorization" not in fake.requests[0].headers
    assert fake.requests[0].json["model"] == "llama3.1:8b"
    assert done.cost_usd == 0.0


def test_builtin_vendors() -> None:
    vendors = load_vendors()
    expected = {
        "deepseek": ("https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", "json_object"),
        "qwen": (
            "https://dashscope.aliyuncs.com/compatible-mode/v1",
            "DASHSCOPE_API_KEY",
            "json_object",
        ),
        "openai": ("https://api.openai.com/v1", "OPENAI_API_KEY", "json_schema"),
        "ollama": ("http://localhost:11434/v1", None, "json_schema"),
        "vllm": ("http://localhost:8000/v1", None, "json_schema"),
        "llamacpp": ("http://localhost:8080/v1", None, "json_object"),
    }
    for name, (url, key_env, capability) in expected.items():
        vendor = vendors[name]
        assert (vendor.base_url, vendor.key_env, vendor.structured_output) == (
            url,
            key_env,
            capability,
        )
        assert vendor.price_note


def test_model_ids_pick_the_vendor() -> None:
    env = {"DEEPSEEK_API_KEY": KEY, "OPENAI_API_KEY": KEY}
    reasoner = OpenAICompatText("deepseek/deepseek-reasoner", env=env)
    assert (reasoner.vendor.name, reasoner.model) == ("deepseek", "deepseek-reasoner")
    assert OpenAICompatText("gpt-4o", env=env).vendor.name == "openai"
    assert OpenAICompatText(vendor="deepseek", env=env).model == "deepseek-chat"
    hf = OpenAICompatText("vllm/Qwen/Qwen2.5-7B-Instruct", env={})
    assert (hf.vendor.name, hf.model) == ("vllm", "Qwen/Qwen2.5-7B-Instruct")
    with pytest.raises(InputError, match="no default model"):
        OpenAICompatText("vllm/", env={})
    with pytest.raises(InputError, match="unknown vendor 'nope'"):
        OpenAICompatText(vendor="nope", env={})


def test_user_added_vendor_works_end_to_end(fake: FakeOpenAI) -> None:
    vendors = load_vendors(
        {
            "myvendor": {
                "base_url": fake.base_url,
                "key_env": "MYVENDOR_API_KEY",
                "structured_output": "json_schema",
                "default_model": "story-1",
                "prices": {"story-1": {"input": 1, "output": 3}},
            }
        }
    )
    assert "deepseek" in vendors  # built-ins are kept
    fake.ok(VALID, usage=(2000, 1000))
    text = OpenAICompatText(
        "myvendor/story-1", vendors=vendors, env={"MYVENDOR_API_KEY": "mv-secret-key"}, policy=FAST
    )
    scene, done = run(text.complete_model(USER, Scene))
    assert scene.title == "The slap"
    assert fake.requests[0].headers["authorization"] == "Bearer mv-secret-key"
    assert fake.requests[0].json["response_format"]["type"] == "json_schema"
    assert done.cost_usd == pytest.approx((2000 * 1 + 1000 * 3) / 1e6)


def test_user_config_overrides_a_builtin_key_by_key() -> None:
    vendors = load_vendors(
        {
            "deepseek": {
                "base_url": "https://proxy.example/v1",
                "prices": {"deepseek-v9": {"input": 9, "output": 9}},
            }
        }
    )
    deepseek = vendors["deepseek"]
    assert deepseek.base_url == "https://proxy.example/v1"
    assert deepseek.key_env == "DEEPSEEK_API_KEY"
    assert deepseek.price_for("deepseek-chat") is not None  # built-in prices kept
    assert deepseek.price_for("deepseek-v9") is not None


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"base_url": "http://x/v1", "structured_output": "xml"}, "structured_output 'xml'"),
        ({"base_url": "http://x/v1", "strucured_output": "none"}, "unknown key"),
        ({"structured_output": "none"}, "base_url"),
        ({"base_url": "http://x/v1", "prices": {"m": {"input": "cheap"}}}, "price of 'm'"),
    ],
)
def test_bad_vendor_tables_name_the_vendor_and_the_fix(table: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        load_vendors({"myvendor": table}, source="~/.config/microdrama/config.toml")
    text = str(caught.value)
    assert "myvendor" in text and "Fix:" in text and "config.toml" in text


def test_cost_comes_from_usage_and_the_price_table(fake: FakeOpenAI) -> None:
    fake.ok("a", usage=(1_000_000, 500_000))
    fake.ok("b", usage=None)
    text, _ = adapter(fake)
    assert run(text.complete(USER)).cost_usd == pytest.approx(0.27 + 0.55)
    assert run(text.complete(USER)).cost_usd is None  # no usage reported: cost unknown
    qwen = OpenAICompatText(vendor=at(fake, "qwen"), env={"DASHSCOPE_API_KEY": KEY})
    assert qwen.vendor.price_for(qwen.model) is None  # prices unknown, not zero


def test_completion_plus_keeps_unknown_cost_unknown() -> None:
    known = Completion("a", "m", "v", 1, 2, 0.5)
    unknown = Completion("b", "m", "v", 3, 4, None)
    assert known.plus(known).cost_usd == 1.0
    assert known.plus(unknown).cost_usd is None
    assert known.plus(unknown).text == "b"


# --- concurrency -------------------------------------------------------------------------


def test_concurrency_limit_is_respected(fake: FakeOpenAI) -> None:
    fake.ok("x", delay=0.15, times=6)

    async def main() -> list[Completion]:
        async with httpx.AsyncClient() as client:
            text, _ = adapter(fake, policy=PATIENT, concurrency=2, client=client)
            return await asyncio.gather(*(text.complete(USER) for _ in range(6)))

    assert [c.text for c in asyncio.run(main())] == ["x"] * 6
    assert fake.max_in_flight == 2


def test_the_limit_holds_across_build_threads(fake: FakeOpenAI) -> None:
    """The builder runs items in threads, each making its own provider and event loop:
    the vendor's concurrency still caps what is in flight at once."""
    fake.ok("x", delay=0.1, times=6)

    def item() -> str:
        text, _ = adapter(fake, policy=PATIENT, concurrency=1)
        return asyncio.run(text.complete(USER)).text

    with ThreadPoolExecutor(max_workers=3) as pool:
        assert list(pool.map(lambda _: item(), range(6))) == ["x"] * 6
    assert fake.max_in_flight == 1


def test_one_adapter_survives_several_event_loops(fake: FakeOpenAI) -> None:
    fake.ok("x", delay=0.05, times=6)
    text, _ = adapter(fake, policy=PATIENT, concurrency=1)

    async def call() -> list[Completion]:
        return await asyncio.gather(*(text.complete(USER) for _ in range(3)))

    assert len(asyncio.run(call())) == 3
    assert len(asyncio.run(call())) == 3


def test_secrets_are_found_and_redacted() -> None:
    request = httpx.Request(
        "POST", "http://127.0.0.1/v1", headers={"Authorization": f"Bearer {KEY}"}
    )
    secrets = secrets_of(request)
    assert KEY in secrets
    assert redact(f"echo Bearer {KEY} and {KEY}", secrets) == "echo *** and ***"


def test_a_failed_sibling_does_not_leave_the_limit_taken(fake: FakeOpenAI) -> None:
    """An outline plans arcs side by side (gather_or_stop): when one fails, the others,
    waiting for the vendor's only slot, send nothing and are not cancelled mid-connect.
    Nothing may hang, the slot comes back, and the first failure is what is raised."""
    fake.error(400, "bad request")
    fake.ok("x", delay=0.05, times=None)

    async def outline() -> None:
        text, _ = adapter(fake, policy=PATIENT, concurrency=1)
        await gather_or_stop([lambda: text.complete(USER) for _ in range(4)])

    with pytest.raises(ProviderError, match="400"):
        asyncio.run(outline())
    assert len(fake.requests) == 1  # the siblings never sent: nothing more was paid for
    text, _ = adapter(fake, policy=PATIENT, concurrency=1)
    assert asyncio.run(text.complete(USER)).text == "x"
