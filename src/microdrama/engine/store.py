"""The content-addressed store under ``.microdrama/store``.

``objects/ab/cdef…`` hold blobs named by their content hash; ``results/ab/cdef…json``
map a cache key to the blobs a stage item produced. Every write is atomic and a result
is written only after its blobs, so a result on disk always means complete outputs —
a build killed at any instant leaves either nothing or a whole entry.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from microdrama.engine.contract import Work
from microdrama.errors import InputError
from microdrama.files import write_atomic
from microdrama.hashing import content_hash


@dataclass(frozen=True)
class Result:
    """What one stage item produced: named blobs plus metadata (provider, cost)."""

    outputs: dict[str, str]
    meta: dict[str, Any] = field(default_factory=dict)


class Store:
    """Blobs and results on disk. Safe to share between threads and processes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.results = root / "results"
        self._sweep_temp_files()

    def _sweep_temp_files(self) -> None:
        """Remove temp files a killed writer left (older than a minute, so not in use)."""
        cutoff = time.time() - 60
        for folder in (self.objects, self.results):
            if folder.is_dir():
                for tmp in folder.rglob(".*.tmp"):
                    try:
                        if tmp.stat().st_mtime < cutoff:
                            tmp.unlink()
                    except OSError:
                        pass

    @staticmethod
    def _split(name: str) -> tuple[str, str]:
        digest = name.split(":", 1)[-1]
        return digest[:2], digest[2:]

    def _object_path(self, digest: str) -> Path:
        head, tail = self._split(digest)
        return self.objects / head / tail

    def _result_path(self, key: str) -> Path:
        head, tail = self._split(key)
        return self.results / head / f"{tail}.json"

    def put(self, data: bytes) -> str:
        """Store a blob; return its content hash."""
        digest = content_hash(data)
        path = self._object_path(digest)
        if not path.exists():
            write_atomic(path, data)
        return digest

    def get(self, digest: str) -> bytes:
        """The blob with this hash."""
        return self._object_path(digest).read_bytes()

    def reader(self) -> StoreBlobs:
        """What a running item reads its inputs through (picklable, for workers)."""
        return StoreBlobs(self.objects)

    def has(self, digest: str) -> bool:
        """True when the blob is stored."""
        return self._object_path(digest).exists()

    def put_result(self, key: str, blobs: dict[str, bytes], meta: dict[str, Any]) -> Result:
        """Store the outputs of one item under its cache key."""
        outputs = {name: self.put(data) for name, data in blobs.items()}
        result = Result(outputs=outputs, meta=meta)
        payload = json.dumps({"outputs": outputs, "meta": meta}, sort_keys=True)
        write_atomic(self._result_path(key), payload)
        return result

    def get_result(self, key: str) -> Result | None:
        """The stored result for ``key``, or None (also when a blob has gone missing)."""
        path = self._result_path(key)
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        outputs = data.get("outputs", {})
        if not all(self.has(d) for d in outputs.values()):
            return None
        return Result(outputs=outputs, meta=data.get("meta", {}))


@dataclass(frozen=True)
class StoreBlobs:
    """The store's blob files, as a running item sees them (``contract.Blobs``)."""

    objects: Path

    def path(self, digest: str) -> Path:
        """The file of blob ``digest``."""
        hexdigest = digest.split(":", 1)[-1]
        found = self.objects / hexdigest[:2] / hexdigest[2:]
        if not found.is_file():
            raise FileNotFoundError(f"blob {digest} is not in the store {self.objects}")
        return found


def with_inputs(work: Work, store: Store, sources: dict[str, Path]) -> Work:
    """``work`` ready to run: each declared input put in ``store`` (from ``sources``,
    content hash → file, when not there yet) and the store's blobs attached."""
    for name, digest in work.inputs.items():
        if store.has(digest):
            continue
        source = sources.get(digest)
        if source is None or store.put(source.read_bytes()) != digest:
            raise InputError(f"input {name!r} of {work.stage} {work.item} changed while "
                             "the build was running", file=source,
                             fix="run the build again once the file is saved")
    return replace(work, blobs=store.reader())
