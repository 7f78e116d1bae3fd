from microdrama.engine.keys import cache_key
from microdrama.hashing import canonical_json, content_hash


def test_canonical_json_sorts_keys_and_keeps_chinese() -> None:
    assert canonical_json({"b": 1, "a": "苏晚"}) == '{"a":"苏晚","b":1}'
    assert canonical_json({"a": 1, "b": 2}) == canonical_json({"b": 2, "a": 1})


def test_content_hash_is_tagged_and_stable() -> None:
    digest = content_hash("hello")
    assert digest.startswith("b2:") and len(digest) == 3 + 40
    assert digest == content_hash(b"hello")
    assert digest != content_hash("hello!")


def test_cache_key_folds_in_stage_version_inputs_and_parents() -> None:
    base = cache_key("script", 1, {"text": "a"}, ["b2:1"])
    assert base == cache_key("script", 1, {"text": "a"}, ["b2:1"])
    assert base != cache_key("script", 2, {"text": "a"}, ["b2:1"])
    assert base != cache_key("check", 1, {"text": "a"}, ["b2:1"])
    assert base != cache_key("script", 1, {"text": "b"}, ["b2:1"])
    assert base != cache_key("script", 1, {"text": "a"}, ["b2:2"])
