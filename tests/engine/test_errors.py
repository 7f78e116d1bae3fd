"""Errors cross process boundaries (stages run in worker processes) intact."""

from __future__ import annotations

import pickle

from microdrama.errors import InputError, ProviderError, StageError


def test_errors_survive_pickling_with_their_fields() -> None:
    error = ProviderError("voice failed", provider="espeak", model="m", status=500, body="b")
    error.cost_usd = 0.25  # type: ignore[attr-defined]
    back = pickle.loads(pickle.dumps(error))
    assert str(back) == str(error)
    assert (back.provider, back.model, back.status, back.body) == ("espeak", "m", 500, "b")
    assert back.cost_usd == 0.25
    assert str(pickle.loads(pickle.dumps(StageError("voice", "ep001-l01", "x")))) == \
        "stage voice, item ep001-l01: x"
    bad = InputError("bad", file="f", where="w", fix="x")
    assert str(pickle.loads(pickle.dumps(bad))) == str(bad)


def test_a_busy_project_is_an_input_error_with_its_own_exit_code() -> None:
    from microdrama.errors import ProjectBusyError, ReviewError

    busy = ProjectBusyError("another build holds this project", file="x/build.lock", fix="wait")
    assert isinstance(busy, InputError) and busy.exit_code == 6
    assert str(pickle.loads(pickle.dumps(busy))) == str(busy)
    codes = [InputError.exit_code, ProviderError.exit_code, StageError.exit_code,
             ReviewError.exit_code, ProjectBusyError.exit_code]
    assert len(set(codes)) == len(codes)  # each family its own code, as the README lists
