"""A translated subtitle file (SRT, WebVTT, ASS/SSA) taken as a translators' file: what
subtitlers deliver, where a CAT tool's translator would send XLIFF.

A subtitle file carries no line ids, so its cues are matched to the lines by **time**:
each translated cue goes to the line whose cue in the series' own subtitles (the
episode's built ``cues`` list, whose ids are line ids; a line split over two cues has
both) it overlaps most, and the cues a line gets are joined in time order (without a
space in Chinese, Japanese and Thai). A cue that overlaps no line is not taken and is
said. The subtitler may merge or split cues and change their times by a few frames; a
subtitle timed for another cut of the episode would match the wrong lines, so the
series' subtitles must be the ones the file was made from (export or build them, send
them, import what comes back). The episode is named by the file (``ep003.es.srt``), or
is the project's only one; the locale by ``--locale`` or the file name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from microdrama.domain.items import ItemId
from microdrama.domain.script import Episode
from microdrama.domain.translation import line_texts
from microdrama.errors import InputError
from microdrama.formats.decoding import decode_text
from microdrama.formats.exchange.model import ExchangeDocument, ExchangeFile, ExchangeUnit
from microdrama.formats.subtitles import clock
from microdrama.project import layout
from microdrama.project.folder import Project

#: File name endings read as subtitles.
SUBTITLE_SUFFIXES = (".srt", ".vtt", ".ass", ".ssa")
_EPISODE = re.compile(r"ep0*(\d{1,4})", re.IGNORECASE)
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_UNSPACED = ("zh", "ja", "th", "lo", "km", "my")
_PART = re.compile(r"-\d+$")


def subtitle_document(project: Project, data: bytes, path: Path, locale: str | None,
                      episodes: list[str]) -> ExchangeDocument:
    """The file as an exchange document of one episode: a unit per line its cues cover."""
    import pysubs2

    tag = locale or _locale_in(path)
    if not tag:
        raise InputError("the subtitle file does not say which language it is in", file=path,
                         fix="pass --locale (e.g. --locale es) or name the file like ep001.es.srt")
    episode = _episode(path, episodes)
    cues_path = project.path(layout.cues(episode))
    if not cues_path.is_file():
        raise InputError(f"{episode} has no subtitles of its own yet, so the file's cues "
                         "cannot be matched to its lines", file=path,
                         fix=f"run `microdrama build {project.root} --until subtitles` first")
    source = json.loads(cues_path.read_text("utf-8"))
    text = decode_text(data, path)
    try:
        subtitles = pysubs2.SSAFile.from_string(text)
    except Exception as error:  # pysubs2 raises its own format errors and ValueErrors
        raise InputError(f"not a subtitle file pysubs2 can read ({error})", file=path,
                         fix="give an SRT, WebVTT or ASS file as a subtitle editor saves it"
                         ) from None
    joiner = "" if tag.replace("_", "-").split("-")[0].lower() in _UNSPACED else " "
    taken: dict[str, list[tuple[int, str]]] = {}
    notices: list[str] = []
    events = [e for e in subtitles.events if not e.is_comment and e.plaintext.strip()]
    for number, event in enumerate(events, 1):
        words = " ".join(event.plaintext.split()) if joiner else "".join(
            event.plaintext.split())
        best, overlap = None, 0
        for cue in source:
            shared = min(event.end, cue["end_ms"]) - max(event.start, cue["start_ms"])
            if shared > overlap:
                best, overlap = _line_of(cue["id"]), shared
        if best is None:
            notices.append(f"cue {number} ({clock(event.start)}) overlaps no line of "
                           f"{episode}: not taken")
            continue
        taken.setdefault(best, []).append((event.start, words))
    lines = line_texts([_load(project, episode)])
    units = tuple(
        ExchangeUnit(id=ident, source=lines.get(ident, ""),
                     target=joiner.join(words for _, words in sorted(parts)),
                     state="translated", place=f"{episode} at {clock(min(parts)[0])}")
        for ident, parts in taken.items())
    return ExchangeDocument(
        source_language=project.settings.project.language, target_language=tag,
        files=(ExchangeFile(id=episode, original=path.name, units=units),),
        notices=tuple(notices))


def _line_of(cue_id: str) -> str:
    """``ep001-sc01-l03-2`` (a line's second cue) → ``ep001-sc01-l03``."""
    return _PART.sub("", cue_id) if re.search(r"-l\d+[a-z]?-\d+$", cue_id) else cue_id


def _locale_in(path: Path) -> str:
    """``ep001.es.srt`` → es, ``ep001.pt-BR.vtt`` → pt-BR; "" when the name says none."""
    parts = path.name.split(".")[1:-1]
    return next((p for p in reversed(parts) if _TAG.match(p)), "")


def _episode(path: Path, episodes: list[str]) -> str:
    found = _EPISODE.search(path.name)
    if found:
        ident = f"ep{int(found[1]):03d}"
        if ident not in episodes:
            raise InputError(f"the file name says {ident}, which the project does not have",
                             file=path, fix=f"name the file after one of {', '.join(episodes)}")
        return ident
    if len(episodes) == 1:
        return episodes[0]
    raise InputError("the file name does not say which episode it subtitles", file=path,
                     fix="name it after its episode, like ep003.es.srt")


def _load(project: Project, episode: str) -> Episode:
    bible = project.load_bible()
    loaded = project.load_episode(ItemId.parse(episode).number, bible) if bible else None
    if loaded is None:
        raise InputError(f"{episode} has no script", file=project.root,
                         fix=f"build {project.root} first")
    return loaded
