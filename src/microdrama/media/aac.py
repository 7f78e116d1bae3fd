"""AAC for the episode's audio: the settings, and the mix's encoder inside the calling
process (PyAV's libavcodec).

FFmpeg's native AAC-LC encoder with the "fast" coder at 192 kb/s (decision 0019, third
pass: 1.0 s of CPU for a 90-s mix instead of 2.6 with "twoloop", 3 % smaller, a smaller
error in every band under 8 kHz). The mix hands it its 16-bit samples from memory: no
WAV file, no ffmpeg process with its pipeline of threads — ≈ 0.1–0.2 s less for a 90-s
mix, more on a busy machine (decision 0025). ``video.AAC_ARGS`` asks the ffmpeg binary
for the same encoder and settings where a file is encoded (``mux`` of a WAV).
"""

from __future__ import annotations

import io

import av
import numpy as np
import numpy.typing as npt

from microdrama.media.ffmpeg import FfmpegError

#: The coder and bit rate of every AAC the project writes.
AAC_CODER = "fast"
AAC_BIT_RATE = 192_000
#: Frames handed to the encoder at once (it cuts them into 1024-frame AAC frames).
_CHUNK = 1 << 16
_LAYOUTS = {1: "mono", 2: "stereo"}


def aac_bytes(pcm: npt.NDArray[np.int16], rate: int) -> bytes:
    """16-bit samples [frames, channels] (mono or stereo) as AAC-LC in an M4A (MP4
    audio), ready to be muxed by copying. One thread: the same bytes on every run."""
    pcm = np.asarray(pcm, dtype="<i2")
    if pcm.ndim == 1:
        pcm = pcm[:, None]
    layout = _LAYOUTS.get(pcm.shape[1])
    if layout is None:
        raise ValueError(f"the mix's AAC is mono or stereo, not {pcm.shape[1]} channels")
    buffer = io.BytesIO()
    try:
        with av.open(buffer, "w", format="mp4") as container:
            stream = container.add_stream("aac", rate=rate)
            stream.layout = layout
            stream.bit_rate = AAC_BIT_RATE
            stream.options = {"aac_coder": AAC_CODER}
            stream.codec_context.thread_count = 1
            container.start_encoding()  # the header even when there is nothing to encode
            for start in range(0, pcm.shape[0], _CHUNK):
                part = np.ascontiguousarray(pcm[start : start + _CHUNK]).reshape(1, -1)
                frame = av.AudioFrame.from_ndarray(part, format="s16", layout=layout)
                frame.sample_rate, frame.pts = rate, start
                container.mux(stream.encode(frame))
            container.mux(stream.encode(None))
    except av.error.FFmpegError as error:
        raise FfmpegError(["aac (in process)", f"-aac_coder={AAC_CODER}",
                           f"-b:a={AAC_BIT_RATE}"], None, str(error)) from error
    return buffer.getvalue()
