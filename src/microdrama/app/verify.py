"""verify: read back the AI labels of files — the visible label on a video's opening
frames, exactly one well-formed implicit AIGC label, the explicit mark of subtitles,
and the C2PA manifest's validity when there is one.

A file passes when every required check is "ok" (an unsigned file passes: C2PA is
optional unless the request requires it). Nothing is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from microdrama.media.aigc import (
    KINDS,
    MARK_ONLY,
    SUBTITLES,
    kind_of,
    problems,
    read_labels,
    read_marks,
)
from microdrama.media.audio_label import find_audio_label, opening_audio
from microdrama.media.credentials import describe, read
from microdrama.media.label import label_rule
from microdrama.media.visible import find_visible_label

#: Outcomes of one check: ok passes; absent is fine unless the check is required.
OK, ABSENT = "ok", "absent"
MISSING, DOUBLED, MALFORMED, INVALID, UNREADABLE = (
    "missing", "doubled", "malformed", "invalid", "unreadable")
#: Containers a C2PA manifest is looked for in.
C2PA_KINDS = frozenset({"mp4", "png", "jpeg", "wav"})


@dataclass(frozen=True, kw_only=True)
class VerifyRequest:
    """Files (or folders: every labelled kind inside) to verify."""

    paths: list[Path]
    #: PEM file of certificates to trust: a manifest chaining to one reads 'trusted'.
    trust_anchors: Path | None = None
    #: Fail files that can carry a C2PA manifest and have none.
    require_credentials: bool = False
    #: The font the project draws its labels with (assets/), if not the built-in one.
    font: Path | None = None


@dataclass(frozen=True)
class Check:
    """One thing read back from a file: what (visible, aigc, mark, c2pa), the outcome,
    what was found, and whether the file fails without it."""

    name: str
    status: str
    detail: str
    required: bool = True
    #: The raw value read (the AIGC JSON, the mark's text), '' when none.
    value: str = ""

    @property
    def passed(self) -> bool:
        """ok, or an optional check that found nothing."""
        return self.status == OK or (self.status == ABSENT and not self.required)


@dataclass(frozen=True)
class FileReport:
    """Every check of one file."""

    path: Path
    kind: str
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return all(check.passed for check in self.checks)


@dataclass(frozen=True)
class VerifyResult:
    """Per file what was found; ``ok`` when every file passed."""

    files: list[FileReport]

    @property
    def ok(self) -> bool:
        """Whether every file passed (and there was at least one)."""
        return bool(self.files) and all(report.ok for report in self.files)


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in KINDS
                            and ".microdrama" not in p.relative_to(path).parts)
        else:
            found.append(path)
    return found


def _count_check(name: str, values: list[str], what: str) -> Check:
    if not values:
        return Check(name, MISSING, f"no {what}")
    if len(values) > 1:
        return Check(name, DOUBLED, f"{len(values)} {what}s; a file carries exactly one")
    return Check(name, OK, values[0], value=values[0])


def _aigc_check(values: list[str]) -> Check:
    check = _count_check("aigc", values, f"{label_rule().key} label")
    if check.status != OK:
        return check
    found = problems(values[0])
    if found:
        return Check("aigc", MALFORMED, "; ".join(found), value=values[0])
    body = json.loads(values[0])[label_rule().key]
    return Check("aigc", OK, f"Label {body['Label']}, {body['ContentProducer']}, "
                 f"ProduceID {body['ProduceID']}", value=values[0])


def verify_file(path: Path, request: VerifyRequest) -> FileReport:
    """Read back the labels of one file."""
    kind = kind_of(path)
    if kind is None:
        return FileReport(path, "", [Check("kind", UNREADABLE,
                                           f"not a kind that carries a label ({path.suffix})")])
    if not path.is_file():
        return FileReport(path, kind, [Check("file", MISSING, "no such file")])
    content = path.read_bytes()
    checks: list[Check] = []
    try:
        labels, marks = read_labels(kind, content), read_marks(kind, content)
    except (ValueError, IndexError, UnicodeDecodeError) as error:
        return FileReport(path, kind, [Check("aigc", UNREADABLE, f"cannot read: {error}")])
    if kind == "mp4" and path.suffix.lower() != ".m4a":
        visible = find_visible_label(path, font_file=str(request.font) if request.font else None)
        if visible.times_ms:  # a video stream (an audio-only MP4 has no picture)
            scores = ", ".join(f"{t} {s:.0f}" for t, s in visible.scores.items())
            checks.append(Check("visible", OK if visible.found else MISSING,
                                f"{visible.text!r} at {list(visible.times_ms)} ms"
                                if visible.found else
                                f"no label on the opening frames (differences: {scores})"))
    if kind == "mp4":
        opening = opening_audio(str(path))
        if opening is not None:
            found = find_audio_label(*opening)
            checks.append(Check("audio", OK if found else ABSENT,
                                "the rhythm ·- ·· at the start" if found else
                                "no audio label (optional: [release] audio_label)",
                                required=False))
    if kind in SUBTITLES:
        checks.append(_count_check("mark", marks, "explicit AI mark cue"))
    if kind in MARK_ONLY:
        if labels:
            checks.append(Check("aigc", MALFORMED, "SRT has no place for an AIGC label"))
    else:
        checks.append(_aigc_check(labels))
    if kind in C2PA_KINDS:
        anchors = request.trust_anchors.read_bytes() if request.trust_anchors else None
        credentials = read(path, trust_anchors=anchors)
        status = (INVALID if credentials.present and not credentials.valid else
                  OK if credentials.present else ABSENT)
        checks.append(Check("c2pa", status, describe(credentials),
                            required=credentials.present or request.require_credentials))
    return FileReport(path, kind, checks)


def verify_files(request: VerifyRequest) -> VerifyResult:
    """Verify each file (folders: every labelled kind inside, the cache excluded)."""
    return VerifyResult([verify_file(path, request) for path in _files(request.paths)])
