"""Frames of a rendered video, for the tests that look at its pictures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np


def frame_at(video: Path, seconds: float) -> np.ndarray[Any, Any]:
    """The first frame at or after ``seconds``, as RGB. Decoding starts at the keyframe
    before that time instead of at the first frame (a frame mid-episode costs a second's
    decoding, not the whole run up to it); when the seek lands after it, from the start."""
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        if seconds > 0 and stream.time_base is not None:
            container.seek(int(seconds / stream.time_base), stream=stream, backward=True)
            found = _first_from(container, stream, seconds, sought=True)
            if found is not None:
                return found
            container.seek(0, stream=stream, backward=True)
        found = _first_from(container, stream, seconds, sought=False)
    if found is None:
        raise AssertionError(f"no frame at {seconds} s in {video}")
    return found


def _first_from(container: Any, stream: Any, seconds: float, *, sought: bool
                ) -> np.ndarray[Any, Any] | None:
    for index, frame in enumerate(container.decode(stream)):
        if frame.time is None:
            continue
        if sought and index == 0 and frame.time > seconds:
            return None  # landed past the time: the frames before it were skipped
        if frame.time >= seconds:
            return np.asarray(frame.to_ndarray(format="rgb24"))
    return None
