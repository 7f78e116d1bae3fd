"""The implicit AI label on every file a stage produces, applied where items run
(`with_labels` wraps a pipeline stage's ``run``: threads, processes and the sequential
path all call it).

Every output whose suffix names a container (`media.aigc.KINDS`: MP4/M4A, WAV, PNG,
JPEG, SRT/VTT/ASS) gets exactly one AIGC label before it is stored, so the store, the
published file and a cache restore all hold the same labelled bytes, and a stage added
later is labelled without knowing it. An output that already carries one well-formed
label (the episode MP4, labelled by its mux and maybe C2PA-signed after) is left
byte for byte as it is: rewriting it would break its signature.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import PurePosixPath

from microdrama.engine.contract import Produced, Stage, Work
from microdrama.media.aigc import (
    MARK_ONLY,
    SUBTITLES,
    containers,
    kind_of,
    label_bytes,
    mark_text,
    problems,
    read_labels,
    read_marks,
)
from microdrama.media.label import aigc_metadata

_UNSAFE = re.compile(r'[^!-~]|["\\]')
#: ``Produced.meta`` key: output names that are the user's own file passed through (a
#: character picture from assets/), not AI-generated, so they are not labelled as such.
USER_SUPPLIED = "user_supplied"


def produce_id(work: Work, output: str) -> str:
    """A file's ProduceID: item, output name and the item's key (allowed characters only)."""
    digest = work.key.split(":", 1)[-1][:16]
    return _UNSAFE.sub("_", f"{work.item}-{output}-{digest}")


def language_of(path: str) -> str:
    """The language folder of a deliverable (``out/<lang>/…``), else ''."""
    parts = PurePosixPath(path).parts
    return parts[1] if len(parts) > 2 and parts[0] == "out" else ""


def already_labelled(kind: str, content: bytes) -> bool:
    """True when ``content`` holds exactly one well-formed label (and one mark for
    subtitles): the stage labelled it itself."""
    try:
        found, marks = read_labels(kind, content), read_marks(kind, content)
    except (ValueError, IndexError):
        return False
    if kind in SUBTITLES and len(marks) != 1:
        return False
    if kind in MARK_ONLY:
        return not found
    return len(found) == 1 and not problems(found[0])


def labelled(work: Work, produced: Produced) -> Produced:
    """``produced`` with every labelable output carrying exactly one AIGC label — its
    siblings' outputs too, each labelled as its own item (``Work.siblings``)."""
    users = set(produced.meta.get(USER_SUPPLIED, ()))
    siblings = {sibling.key: _labelled(sibling, produced.siblings[sibling.key], users)
                for sibling in work.siblings if sibling.key in produced.siblings}
    return replace(produced, blobs=_labelled(work, produced.blobs, users), siblings=siblings)


def _labelled(work: Work, outputs: dict[str, bytes], users: set[str]) -> dict[str, bytes]:
    blobs = {}
    for name, content in outputs.items():
        path = work.outputs.get(name, "")
        kind = kind_of(path)
        if kind is None or name in users or already_labelled(kind, content):
            blobs[name] = content
            continue
        value = aigc_metadata(containers().producer, produce_id(work, name))
        blobs[name] = label_bytes(path, content, value, mark=mark_text(language_of(path)))
    return blobs


def run_labelled(run: Callable[[Work], Produced], work: Work) -> Produced:
    """Run one item, then label its outputs (a module function: workers unpickle it)."""
    return labelled(work, run(work))


def with_labels(stage: Stage) -> Stage:
    """``stage`` whose ``run`` labels every output it produces."""
    stage.run = partial(run_labelled, type(stage).run)  # type: ignore[method-assign]
    return stage
