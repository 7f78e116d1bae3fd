"""The bible's schema catches what a model may write that would crash a later stage."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from microdrama.domain.bible import Look
from microdrama.providers.openai.writers_room.drafts import BibleDraft

LOOK = dict(age=30, face="oval", hair="bob", hair_color="#112233", eye_color="#223344",
            skin="#f1d3bc", outfit="suit", palette=["#aabbcc", "#112233"])


@pytest.mark.parametrize(("field", "value"), [
    ("palette", ["crimson", "#aabbcc"]), ("palette", ["#AABBCC", "#112233"]),
    ("palette", ["#abc", "#112233"]), ("hair_color", "black"), ("skin", "#12345g"),
])
def test_colours_that_are_not_hex_fail_validation(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Look.model_validate({**LOOK, field: value})


def test_the_schema_a_model_fills_carries_the_colour_pattern() -> None:
    # Structured output and the repair round both work from this schema.
    schema = BibleDraft.model_json_schema()
    look = schema["$defs"]["Look"]["properties"]
    assert look["palette"]["items"]["pattern"] == "^#[0-9a-f]{6}$"
    assert look["hair_color"]["pattern"] == "^#[0-9a-f]{6}$"
    assert Look.model_validate(LOOK).palette == ["#aabbcc", "#112233"]
