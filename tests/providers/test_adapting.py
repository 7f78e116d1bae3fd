"""Digesting a chapter with an LLM, against the fake OpenAI-compatible server (loopback)."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest

from microdrama.errors import InputError, ProviderError
from microdrama.providers.base import ChapterDigester, DigestRequest, ProviderConfig, Usage
from microdrama.providers.http import RetryPolicy
from microdrama.providers.offline.writer.provider import OfflineWriter
from microdrama.providers.openai.adapting import digest_chapter, prompt_hashes
from microdrama.providers.openai.compat import OpenAICompatText, load_vendors
from microdrama.providers.registry import get_provider
from tests.providers.fake_openai import FakeOpenAI

FAST = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.1, jitter=0.0, timeout=2.0)
REQUEST = DigestRequest(
    chapter=7, title="Chapter 5: The Broken Engagement (2/3)", language="en", book="Battle",
    text="Nalan Yanran walked into the Xiao hall.\nShe asked to break the engagement.",
)
GOOD = {
    "chapter": 99, "title": "made up by the model",
    "summary": "Nalan Yanran breaks her engagement to Xiao Yan in front of the clan.",
    "characters": [
        {"name": "Xiao Yan", "aliases": ["Young Master Xiao", "Xiao Yan"], "role": "protagonist",
         "description": "A fallen genius.", "relationships": ["fiancé of Nalan Yanran"]},
        {"name": "Nalan Yanran", "role": "antagonist", "mood": "cold"},
        {"name": "xiao yan", "role": "duplicate"},
    ],
    "events": [{"what": "Nalan asks to break the engagement.", "who": ["Nalan Yanran"],
                "importance": 9},
               {"what": "Xiao Yan writes the divorce letter himself.", "importance": 0}],
    "reveals": [], "hooks": ["Xiao Yan: 'Thirty years east of the river…'"],
}




def model(fake: FakeOpenAI) -> OpenAICompatText:
    vendor = replace(load_vendors()["deepseek"], base_url=fake.base_url)  # JSON mode vendor
    return OpenAICompatText("deepseek-chat", vendor=vendor, env={"DEEPSEEK_API_KEY": "sk-test"},
                            policy=FAST)


def test_a_valid_reply_becomes_a_bounded_digest(fake: FakeOpenAI) -> None:
    fake.ok(json.dumps(GOOD), usage=(1200, 300))
    usage = Usage()
    digest = asyncio.run(digest_chapter(model(fake), REQUEST, usage=usage))
    # Number and title are the source's, not the model's.
    assert (digest.chapter, digest.title) == (7, REQUEST.title)
    assert [c.name for c in digest.characters] == ["Xiao Yan", "Nalan Yanran"]  # deduplicated
    assert digest.characters[0].aliases == ["Young Master Xiao"]
    assert [e.importance for e in digest.events] == [5, 1]  # kept within 1–5
    assert usage.calls == 1 and usage.input_tokens == 1200 and usage.cost_usd is not None
    sent = fake.requests[0].json
    assert sent["response_format"] == {"type": "json_object"} and sent["temperature"] == 0.2
    system, user = sent["messages"]
    assert "story editor" in system["content"] and "JSON Schema" in system["content"]
    assert "Nalan Yanran walked into the Xiao hall." in user["content"]
    assert '"Battle"' in user["content"] and "(number 7, title: Chapter 5" in user["content"]


def test_an_invalid_reply_is_repaired(fake: FakeOpenAI) -> None:
    fake.ok("Here is the digest: {\"characters\": [{\"name\": \"Xiao Yan\"}]}")  # no summary
    fake.ok("```json\n" + json.dumps(GOOD) + "\n```")
    usage = Usage()
    digest = asyncio.run(digest_chapter(model(fake), REQUEST, usage=usage))
    assert digest.summary.startswith("Nalan Yanran breaks")
    assert len(fake.requests) == 2 and usage.calls == 2
    repair = fake.requests[1].json["messages"]
    assert repair[-2]["role"] == "assistant" and "summary" in repair[-1]["content"]


def test_a_reply_that_stays_invalid_is_a_provider_error(fake: FakeOpenAI) -> None:
    fake.ok("I cannot summarise this chapter.", times=3)
    with pytest.raises(ProviderError) as caught:
        asyncio.run(digest_chapter(model(fake), REQUEST, max_repairs=2))
    assert "DigestDraft" in str(caught.value) and len(fake.requests) == 3


def test_a_chinese_chapter_is_read_with_the_chinese_prompt(fake: FakeOpenAI) -> None:
    fake.ok(json.dumps({"summary": "纳兰嫣然当众退婚。", "characters": [{"name": "萧炎"}],
                        "events": [{"what": "退婚", "who": ["纳兰嫣然"]}]}, ensure_ascii=False))
    request = DigestRequest(chapter=1, title="第五章 退婚", text="纳兰嫣然来到萧家。", language="zh")
    digest = asyncio.run(digest_chapter(model(fake), request))
    assert digest.summary == "纳兰嫣然当众退婚。" and digest.events[0].importance == 3
    user = fake.requests[0].json["messages"][1]["content"]
    assert "本章正文" in user and "纳兰嫣然来到萧家。" in user and "标题：第五章 退婚" in user
    assert set(prompt_hashes()) == {"adapt/digest.en", "adapt/digest.zh"}


def test_the_llm_writer_digests_through_the_registry(fake: FakeOpenAI) -> None:
    fake.ok(json.dumps(GOOD))
    config = ProviderConfig(
        settings={"max_attempts": 2, "timeout_s": 5},
        vendors={"fake": {"base_url": fake.base_url, "structured_output": "json_schema",
                          "default_model": "m"}},
        secrets={})
    writer = get_provider("openai-compat:fake/m", "writer", config)
    assert isinstance(writer, ChapterDigester)
    digest = asyncio.run(writer.digest_chapter(REQUEST))
    assert digest.chapter == 7 and writer.usage.calls == 1
    assert fake.requests[0].json["response_format"]["json_schema"]["name"] == "DigestDraft"


def test_the_offline_writer_cannot_read_a_novel() -> None:
    with pytest.raises(InputError) as caught:
        asyncio.run(OfflineWriter().digest_chapter(REQUEST))
    message = str(caught.value)
    assert "needs an LLM writer" in message and "openai-compat:" in message and "Fix:" in message
