"""The project folder on disk: drama.toml, series.yaml, outline.yaml, episodes/epNNN.yaml.

Files here are the single source of truth. Loading checks every cross-reference (a
line's speaker is in the cast and in the scene, a scene's location exists, the
episode number matches the file name) and turns each problem into an InputError
that names the file, the line and the fix.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from microdrama.domain import Bible, Episode, Outline, Settings, episode_id, next_id
from microdrama.domain.settings import IDEA_MAX_CHARS, IDEA_MIN_CHARS, MAX_EPISODES
from microdrama.domain.storyboard import Storyboard
from microdrama.errors import InputError
from microdrama.files import check_writable, read_text, write_atomic
from microdrama.formats.locales import find_locale, known_locales
from microdrama.formats.yamlio import (
    dump_located,
    field_path,
    locate,
    parse_yaml,
    parse_yaml_located,
    validate,
)

SETTINGS_FILE = "drama.toml"
BIBLE_FILE = "series.yaml"
OUTLINE_FILE = "outline.yaml"
EPISODES_DIR = "episodes"
STORYBOARDS_DIR = "storyboards"
LOCALES_DIR = "locales"
CACHE_DIR = ".microdrama"
OUT_DIR = "out"
_EPISODE_FILE = re.compile(r"^ep(\d{3,4})\.yaml$")


def storyboard_file(number: int) -> str:
    """``storyboards/ep001.yaml`` for episode 1."""
    return f"{STORYBOARDS_DIR}/{episode_id(number)}.yaml"


def episode_file(number: int) -> str:
    """``episodes/ep001.yaml`` for episode 1 (relative to the project root)."""
    return f"{EPISODES_DIR}/{episode_id(number)}.yaml"


def locale_file(locale: str) -> str:
    """``locales/es.yaml``: the translations into ``locale``, keyed by line id."""
    return f"{LOCALES_DIR}/{locale}.yaml"


@dataclass
class Project:
    """An open project folder. Loaders read fresh from disk every time they are called."""

    root: Path
    settings: Settings
    _bible_cache: tuple[str, Bible] | None = field(default=None, repr=False)
    _outline_cache: tuple[str, Outline] | None = field(default=None, repr=False)

    @classmethod
    def open(cls, root: str | Path) -> Project:
        """Open the project in ``root``; a missing or invalid drama.toml is an InputError."""
        root = Path(root)
        path = root / SETTINGS_FILE
        if not path.is_file():
            raise InputError(
                "not a microdrama project (no drama.toml)",
                file=root,
                fix=f"create one with `microdrama new {root} --idea \"...\"`",
            )
        return cls(root=root, settings=load_settings(path))

    # -- paths -------------------------------------------------------------------------
    def path(self, relative: str) -> Path:
        """Absolute path of a project-relative path."""
        return self.root / relative

    @property
    def cache_dir(self) -> Path:
        """Where the build cache and run log live."""
        return self.root / CACHE_DIR

    def assign_missing_ids(self) -> list[Path]:
        """Write the next free id into every scene, beat and line that has none (comments
        and layout kept); only a build calls this. Returns the files it changed."""
        changed = []
        for number in self.episode_numbers_on_disk():
            path = self.path(episode_file(number))
            with_ids = fill_missing_ids(read_text(path), path, number)
            if with_ids is not None:
                write_atomic(path, with_ids)
                changed.append(path)
        return changed

    def episode_numbers_on_disk(self) -> list[int]:
        """Episode numbers that have a script file, sorted."""
        folder = self.root / EPISODES_DIR
        if not folder.is_dir():
            return []
        numbers = []
        for child in folder.iterdir():
            match = _EPISODE_FILE.match(child.name)
            if match:
                numbers.append(int(match[1]))
        return sorted(numbers)

    # -- loaders -----------------------------------------------------------------------
    def load_bible(self) -> Bible | None:
        """The bible, or None when series.yaml does not exist yet."""
        path = self.path(BIBLE_FILE)
        if not path.is_file():
            return None
        text = read_text(path)
        if self._bible_cache and self._bible_cache[0] == text:
            return self._bible_cache[1]
        data = parse_yaml(text, path)
        bible = validate(Bible, data, path, what="a series bible", text=text)
        if bible.language != self.settings.project.language:
            raise InputError(
                f"the bible's language is {bible.language!r} but drama.toml says "
                f"{self.settings.project.language!r}",
                file=path,
                where=f"line {locate(text, ('language',))}, field language",
                fix="make the two agree",
            )
        self._bible_cache = (text, bible)
        return bible

    def load_outline(self, bible: Bible) -> Outline | None:
        """The outline, or None when outline.yaml does not exist yet."""
        path = self.path(OUTLINE_FILE)
        if not path.is_file():
            return None
        text = read_text(path)
        if self._outline_cache and self._outline_cache[0] == text:
            return self._outline_cache[1]
        data = parse_yaml(text, path)
        outline = validate(Outline, data, path, what="an episode outline", text=text)
        known = {loc.id for loc in bible.locations}
        for index, entry in enumerate(outline.plan):
            for j, loc in enumerate(entry.locations):
                if loc not in known:
                    raise InputError(
                        f"unknown location {loc!r}",
                        file=path,
                        where=f"line {locate(text, ('plan', index, 'locations', j))}, "
                        f"field plan[{index}].locations[{j}]",
                        fix=f"use one of {sorted(known)} or add it to {BIBLE_FILE}",
                    )
        self._outline_cache = (text, outline)
        return outline

    def load_storyboard(self, number: int, episode: Episode, bible: Bible) -> Storyboard | None:
        """The storyboard of episode ``number`` checked against it, or None if missing."""
        path = self.path(storyboard_file(number))
        if not path.is_file():
            return None
        text = read_text(path)
        board = validate(Storyboard, parse_yaml(text, path), path, what="a storyboard", text=text)
        check_storyboard(board, episode, bible, text, path)
        return board

    def load_episode(self, number: int, bible: Bible) -> Episode | None:
        """Episode ``number`` checked against the bible, or None when it has no file.

        Reading never writes: a line added without an id gets, in memory, the id the next
        build will write (``assign_missing_ids``), so status and build agree on it.
        """
        path = self.path(episode_file(number))
        if not path.is_file():
            return None
        text = read_text(path)
        with_ids = fill_missing_ids(text, path, number)
        if with_ids is not None:
            text = with_ids
        episode = validate(Episode, parse_yaml(text, path), path, what="an episode script",
                           text=text)
        check_episode(episode, bible, text, path, number)
        return episode


def check_storyboard(board: Storyboard, episode: Episode, bible: Bible, text: str,
                     path: Path) -> None:
    """Cross-reference checks of a storyboard against its episode and the bible."""

    def fail(problem: str, loc: tuple[Any, ...], fix: str) -> None:
        line = locate(text, loc)
        where = (f"line {line}, " if line else "") + f"field {field_path(loc)}"
        raise InputError(problem, file=path, where=where, fix=fix)

    if board.episode != episode.id:
        fail(f"storyboard is for {board.episode!r}, not {episode.id!r}", ("episode",),
             f"set episode: {episode.id}")
    cast = {c.id for c in bible.characters}
    places = {loc.id for loc in bible.locations}
    lines = {line.id for line in episode.lines()}
    beats = {beat.id for beat in episode.beats()}
    seen: set[str] = set()
    for s, shot in enumerate(board.shots):
        if shot.beat not in beats:
            fail(f"unknown beat {shot.beat!r}", ("shots", s, "beat"),
                 f"use a beat id of {episode.id}, or re-cut the storyboard from the edited "
                 f"script: `microdrama build {path.parent.parent} --force storyboard`")
        if shot.location not in places:
            fail(f"unknown location {shot.location!r}", ("shots", s, "location"),
                 f"use one of {sorted(places)}")
        for c, who in enumerate(shot.characters):
            if who.id not in cast:
                fail(f"unknown character {who.id!r}", ("shots", s, "characters", c, "id"),
                     f"use a character id from {BIBLE_FILE}: {sorted(cast)}")
            if who.looks_at is not None and (who.looks_at not in cast or who.looks_at == who.id):
                fail(f"{who.id} looks_at {who.looks_at!r}: not another character of the bible",
                     ("shots", s, "characters", c, "looks_at"),
                     f"use another character id from {BIBLE_FILE}, or leave looks_at out to "
                     "derive it from the script")
        in_shot = [who.id for who in shot.characters]
        if shot.over_shoulder is not None and (shot.over_shoulder not in in_shot
                                               or len(set(in_shot)) < 2):
            fail(f"over_shoulder {shot.over_shoulder!r} is not one of two or more characters "
                 "in the shot", ("shots", s, "over_shoulder"),
                 f"use the id of the character seen from behind, one of {in_shot} (with "
                 "someone to look at), or leave over_shoulder out")
        for n, line_id in enumerate(shot.lines):
            if line_id not in lines:
                fail(f"unknown line id {line_id!r}: the script no longer has it",
                     ("shots", s, "lines", n),
                     f"re-cut the storyboard from the script: `microdrama build "
                     f"{path.parent.parent} --force storyboard`, or use a line id from "
                     f"{episode_file(episode.number)}")
            if line_id in seen:
                fail(f"line {line_id!r} is in two shots", ("shots", s, "lines", n),
                     "keep each line in one shot")
            seen.add(line_id)


def fill_missing_ids(text: str, path: Path, number: int) -> str | None:
    """Give new scenes, choices, beats and lines the next free id; None when nothing is missing.

    Ids are written back into the file (comments and layout kept) so they stay stable:
    existing ids are never renumbered, a new line gets max + 1 in its scene.
    """
    if not missing_ids(parse_yaml(text, path)):
        return None
    data = parse_yaml_located(text, path)
    if not isinstance(data, CommentedMap):
        return None
    taken: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, CommentedMap):
            if isinstance(node.get("id"), str):
                taken.add(node["id"])
            for value in node.values():
                collect(value)
        elif isinstance(node, CommentedSeq):
            for value in node:
                collect(value)

    collect(data)
    #: (line, column, id) of each mapping that gets an id: written into the text itself,
    #: so the rest of the file (indentation, quoting, comments) stays exactly as it was.
    inserts: list[tuple[int, int, str]] = []

    def ensure(node: Any, prefix: str, kind: Literal["sc", "b", "l", "c"]) -> str:
        if not isinstance(node, CommentedMap):
            return prefix
        if not node.get("id"):
            new = next_id(prefix, kind, taken)
            taken.add(new)
            node.insert(0, "id", new)
            inserts.append((node.lc.line, node.lc.col, new))
        return str(node["id"])

    episode = episode_id(number)
    for scene in _items(data.get("scenes")):
        scene_id = ensure(scene, episode, "sc")
        for choice in _items(scene.get("choices") if isinstance(scene, CommentedMap) else None):
            ensure(choice, scene_id, "c")
        for beat in _items(scene.get("beats") if isinstance(scene, CommentedMap) else None):
            ensure(beat, scene_id, "b")
            for line in _items(beat.get("lines") if isinstance(beat, CommentedMap) else None):
                ensure(line, scene_id, "l")
    if not inserts:
        return None
    rows = text.splitlines(keepends=True)
    for row, col, new in sorted(inserts, reverse=True):  # bottom up: earlier rows keep place
        line = rows[row]
        if not line[col:].strip() or "{" in line[:col + 1]:
            return dump_located(data)  # a flow mapping ({…}): rewrite the file instead
        rows[row] = f"{line[:col]}id: {new}\n{' ' * col}{line[col:]}"
    return "".join(rows)


def _items(node: Any) -> list[Any]:
    return list(node) if isinstance(node, CommentedSeq) else []


def missing_ids(data: Any) -> bool:
    """True when a scene, choice, beat or line in parsed episode data has no id."""
    if not isinstance(data, dict):
        return False
    for scene in data.get("scenes") or []:
        if not isinstance(scene, dict):
            continue
        if not scene.get("id"):
            return True
        if any(isinstance(c, dict) and not c.get("id") for c in scene.get("choices") or []):
            return True
        for beat in scene.get("beats") or []:
            if not isinstance(beat, dict):
                continue
            if not beat.get("id"):
                return True
            if any(isinstance(ln, dict) and not ln.get("id") for ln in beat.get("lines") or []):
                return True
    return False


def check_episode(episode: Episode, bible: Bible, text: str, path: Path, number: int) -> None:
    """Cross-reference checks an episode must pass before any stage uses it."""

    def fail(problem: str, loc: tuple[Any, ...], fix: str) -> None:
        line = locate(text, loc)
        where = (f"line {line}, " if line else "") + f"field {field_path(loc)}"
        raise InputError(problem, file=path, where=where, fix=fix)

    if episode.number != number:
        fail(f"episode number {episode.number} does not match the file name", ("number",),
             f"set number: {number} or rename the file")
    if episode.id != episode_id(number):
        fail(f"episode id {episode.id!r} does not match the file name", ("id",),
             f"set id: {episode_id(number)}")
    cast = {c.id for c in bible.characters}
    places = {loc.id for loc in bible.locations}
    for s, scene in enumerate(episode.scenes):
        if scene.location not in places:
            fail(f"unknown location {scene.location!r}", ("scenes", s, "location"),
                 f"use one of {sorted(places)} or add it to {BIBLE_FILE}")
        for c, who in enumerate(scene.characters):
            if who not in cast:
                fail(f"unknown character {who!r}", ("scenes", s, "characters", c),
                     f"use a character id from {BIBLE_FILE}: {sorted(cast)}")
        for b, beat in enumerate(scene.beats):
            for e, event in enumerate(beat.events):
                for w, who in enumerate(event.who):
                    if who not in cast:
                        fail(f"unknown character {who!r}",
                             ("scenes", s, "beats", b, "events", e, "who", w),
                             f"use a character id from {BIBLE_FILE}")
            for n, line in enumerate(beat.lines):
                loc = ("scenes", s, "beats", b, "lines", n, "speaker")
                if line.speaker not in cast:
                    fail(f"unknown character {line.speaker!r} speaks line {line.id}", loc,
                         f"use a character id from {BIBLE_FILE}: {sorted(cast)}")
                if line.speaker not in scene.characters:
                    fail(f"{line.speaker!r} speaks line {line.id} but is not in scene {scene.id}",
                         loc, f"add {line.speaker!r} to the scene's characters")


_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_settings(path: Path) -> Settings:
    """Read and validate drama.toml."""
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_AT.search(message)
        where = f"line {match[1]}, column {match[2]}" if match else None
        raise InputError(
            f"invalid TOML: {_TOML_AT.sub('', message).strip()}",
            file=path,
            where=where,
            fix="correct the TOML syntax (strings need quotes, tables look like [project])",
        ) from None
    from microdrama.project.config import layered, user_config_path

    try:
        settings = Settings.model_validate(layered(data))
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        key = str(loc[-1]) if loc else ""
        line = next(
            (i for i, row in enumerate(text.splitlines(), 1) if re.match(rf"\s*{re.escape(key)}\s*=", row)),
            None,
        )
        where = (f"line {line}, " if line else "") + f"field {field_path(loc)}"
        source: Path | str = path
        if not line and loc and loc[0] != "project" and user_config_path().is_file():
            source = f"{path} (or the user config {user_config_path()}, or MICRODRAMA_* env)"
        raise InputError(first["msg"], file=source, where=where, fix=_settings_fix(loc)) from None
    check_locales(settings, text, path)
    return settings


def check_locales(settings: Settings, text: str, path: Path) -> None:
    """Every ``[locales] targets`` entry is a locale microdrama knows, other than the
    series language."""
    line = next((i for i, row in enumerate(text.splitlines(), 1)
                 if re.match(r"\s*targets\s*=", row)), None)
    where = (f"line {line}, " if line else "") + "field locales.targets"
    language = settings.project.language
    for tag in settings.locales.targets:
        if tag == language:
            raise InputError(f"{tag!r} is the series language, not a locale to translate into",
                             file=path, where=where, fix=f"remove {tag!r} from targets")
        known = find_locale(tag)
        if known is None:
            raise InputError(f"microdrama knows no locale {tag!r}", file=path, where=where,
                             fix="use one of " + ", ".join(known_locales()) + " (the locale "
                             "pack, microdrama/packs/locales/locales.toml, lists what a "
                             "build needs of each)")


def _settings_fix(loc: tuple[Any, ...]) -> str:
    key = loc[-1] if loc else ""
    return {
        "idea": f"write an idea of {IDEA_MIN_CHARS}–{IDEA_MAX_CHARS} characters",
        "language": "use language = \"zh\" or \"en\"",
        "episodes": f"use a number of episodes from 1 to {MAX_EPISODES}",
        "analytics_url": "write an http(s) URL, e.g. analytics_url = "
        "\"https://stats.example.com/events\", or leave it out for the browser console",
        "targets": "write BCP 47 tags, each once, e.g. targets = [\"es\", \"pt-BR\", "
        "\"ar\", \"qps-ploc\"]",
    }.get(str(key), f"correct or remove {field_path(loc)}")


def settings_toml(settings: Settings) -> str:
    """drama.toml text with a comment per table."""
    table = settings.project.model_dump(mode="json")
    if not table["interactive"]:  # a linear series' drama.toml stays as it was
        del table["interactive"]
    project = tomli_w.dumps(table)
    table = settings.providers.model_dump(mode="json")
    table.update(table.pop("options"))
    for optional in ("clip", "lipsync", "translator"):
        if not table[optional]:
            del table[optional]
    providers = tomli_w.dumps(table)
    source = ""
    if settings.source is not None:
        source = (
            "\n# The novel this series adapts (chapters longer than max_chapter_chars are split).\n"
            "[source]\n" + tomli_w.dumps(settings.source.model_dump(mode="json"))
        )
    release = settings.release.model_dump(mode="json", exclude_defaults=True)
    release.setdefault("markets", [])
    locales = ""
    if settings.locales.targets:
        locales = (
            "\n# Locales to localize into (BCP 47 tags; qps-ploc is the pseudo-locale).\n"
            "[locales]\n" + tomli_w.dumps(settings.locales.model_dump(mode="json"))
        )
    return (
        "# microdrama project settings. Edit freely; `microdrama build` picks changes up.\n"
        "[project]\n" + project + "\n"
        "# Which provider serves each capability ('offline' = embedded, no keys needed).\n"
        "[providers]\n" + providers + source + "\n"
        "# The markets the series is made for; every build reviews the scripts against their\n"
        "# rule packs (cn, eu, us, middle-east, southeast-asia, latam, japan, korea, west).\n"
        "# A release in China also needs [release.cn] record = \"<上线备案号>\" and budget_cny.\n"
        + tomli_w.dumps({"release": release}) + locales
    )


def create_project(root: Path, settings: Settings) -> Project:
    """Create a new project folder with drama.toml; refuses a non-empty folder."""
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise InputError(
            "the folder already exists and is not empty",
            file=root,
            fix="choose a new folder name, or `microdrama build` the project that is there",
        )
    check_writable(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        write_atomic(root / ".gitignore", f"{CACHE_DIR}/\n{OUT_DIR}/\n")
        write_atomic(root / SETTINGS_FILE, settings_toml(settings))
    except PermissionError as error:
        raise InputError(
            f"cannot write here ({error.strerror})", file=root,
            fix="choose another folder or change its permissions",
        ) from None
    return Project(root=root, settings=settings)
