"""The build context: everything stages may read, loaded once per build."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from microdrama.domain import Bible, Episode, Ledger, Outline, Settings, episode_id
from microdrama.domain.storyboard import Storyboard
from microdrama.engine.hashes import FileHashes
from microdrama.errors import InputError
from microdrama.files import read_text
from microdrama.project.folder import Project, episode_file, storyboard_file
from microdrama.review.continuity import replay


@dataclass
class BuildContext:
    """The project plus caches of what has been parsed. Stages never read global config."""

    project: Project
    selection: set[int] | None = None
    #: Locales this build makes besides the series language (``es``, ``pt-BR``): each
    #: per-locale stage (voice, timing, subtitles) adds an item per locale, with the
    #: locale in its id, output paths and cache key. Empty: the series language only.
    locales: tuple[str, ...] = ()
    _episodes: dict[int, tuple[tuple[int, int], str, Episode]] = field(default_factory=dict)
    _boards: dict[int, tuple[str, Storyboard]] = field(default_factory=dict)
    #: Content hashes of the files stages declare, each read once (engine/hashes.py);
    #: the builder keeps them in its run log, so the next build reuses them too.
    hashes: FileHashes = field(default_factory=FileHashes)
    #: Content hash → project file, for the inputs planned items declared (see input()).
    sources: dict[str, Path] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        """The project's settings (drama.toml)."""
        return self.project.settings

    def bible(self) -> Bible | None:
        """The bible, or None if not written yet."""
        return self.project.load_bible()

    def outline(self) -> Outline | None:
        """The outline, or None if there is no bible or outline yet."""
        bible = self.bible()
        return self.project.load_outline(bible) if bible else None

    def episode_numbers(self) -> list[int]:
        """Episode numbers in the plan (or drama.toml when there is no outline), selected."""
        outline = self.outline()
        if outline:
            numbers = sorted(p.number for p in outline.plan)
        else:
            numbers = list(range(1, self.settings.project.episodes + 1))
        if self.selection is not None:
            numbers = [n for n in numbers if n in self.selection]
        return numbers

    def episode(self, number: int) -> Episode | None:
        """Episode ``number`` from disk (re-read when the file changed), or None."""
        bible = self.bible()
        path = self.project.path(episode_file(number))
        try:
            stat = path.stat()
        except FileNotFoundError:
            return None
        if bible is None or not path.is_file():
            return None
        # Known by size and mtime first (a series plan asks for every earlier episode of
        # every episode), by its text when those changed.
        stamp = (stat.st_size, stat.st_mtime_ns)
        cached = self._episodes.get(number)
        if cached and cached[0] == stamp:
            return cached[2]
        text = read_text(path)
        if cached and cached[1] == text:
            self._episodes[number] = (stamp, text, cached[2])
            return cached[2]
        episode = self.project.load_episode(number, bible)
        if episode is None:
            return None
        self._episodes[number] = (stamp, text, episode)
        return episode

    def file_hash(self, relative: str) -> str | None:
        """Content hash of a project file (read once while unchanged), None if missing."""
        return self.hashes.digest(self.project.path(relative))

    def input(self, relative: str) -> str | None:
        """Declare a project file as an item's input: its content hash (for
        ``Work.inputs`` and the key), or None when it does not exist. The builder puts
        the file's bytes in the store before the item runs."""
        digest = self.file_hash(relative)
        if digest is not None:
            self.sources[digest] = self.project.path(relative)
        return digest

    def input_file(self, path: Path) -> str:
        """Declare a file outside the project tree (a font, a user asset) as an input."""
        digest = self.hashes.digest(path)
        if digest is None:
            raise FileNotFoundError(path)
        self.sources[digest] = path
        return digest

    def storyboard(self, number: int) -> Storyboard | None:
        """The storyboard of episode ``number``, or None when it or its script is missing."""
        bible, episode = self.bible(), self.episode(number)
        if bible is None or episode is None:
            return None
        path = self.project.path(storyboard_file(number))
        if not path.is_file():
            return None
        text = read_text(path)
        cached = self._boards.get(number)
        if cached and cached[0] == text:
            return cached[1]
        board = self.project.load_storyboard(number, episode, bible)
        if board is not None:
            self._boards[number] = (text, board)
        return board

    def ledger_before(self, number: int) -> Ledger:
        """Continuity after episodes 1..number-1 as written on disk.

        Raises InputError when an earlier episode is missing: continuity needs them all.
        """
        episodes = []
        for earlier in range(1, number):
            episode = self.episode(earlier)
            if episode is None:
                raise InputError(
                    f"episode {earlier} has no script, so episode {number} cannot continue from it",
                    file=self.project.path(episode_file(earlier)),
                    fix=f"build episodes 1-{number} in order (`microdrama build --episodes 1-{number}`)",
                )
            episodes.append(episode)
        ledger, _ = replay(episodes)
        ledger.after = episode_id(number - 1) if number > 1 else ""
        return ledger
