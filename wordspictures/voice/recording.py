"""A recording named in the account (a parent's or caseworker's own voice): checked like a
family picture (what it is, how big, how long) and decoded to the page's sound.

Read with ``miniaudio`` (a pip wheel with its own decoders): wav, mp3, ogg (Vorbis) and
flac. An Ogg Opus file (what some phones and browsers record) is told apart and refused
with what to do, since nothing here can decode it.
"""

from __future__ import annotations

from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
MAX_SECONDS = 10 * 60      # a page is read in well under a minute; more is a wrong file
MIN_SECONDS = 0.3          # less is an empty or broken recording
FORMATS = "a wav, mp3 or ogg recording"


class RecordingError(ValueError):
    """A recording that cannot be used; the message says why in plain words."""


def sound_format(data: bytes) -> str | None:
    """Return what the bytes are, from their first bytes: wav, mp3, ogg, opus, flac, or
    None for anything else."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data[:4] == b"OggS":
        return "opus" if b"OpusHead" in data[:200] else "ogg"
    if data[:4] == b"fLaC":
        return "flac"
    if data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


def read_recording(path: Path) -> bytes:
    """Return a recording's bytes after the checks that need no decoding."""
    name = path.name
    if path.is_dir():
        raise RecordingError(f"the recording '{name}' is a folder, not a recording")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise RecordingError(f"the recording '{name}' is too big ({size // 1_000_000} "
                                 "MB); save a shorter or smaller copy (under 50 MB)")
        data = path.read_bytes()
    except OSError:
        raise RecordingError(f"the recording '{name}' cannot be read") from None
    kind = sound_format(data)
    if kind == "opus":
        raise RecordingError(f"'{name}' is an Ogg Opus recording, which cannot be read "
                             "here; save it as mp3, wav or ogg (Vorbis)")
    if kind is None:
        raise RecordingError(f"'{name}' is not {FORMATS}")
    return data


def decode_recording(path: Path, rate: int) -> bytes:
    """Return the recording as 16-bit mono PCM at ``rate`` samples a second; raise
    RecordingError when it is broken, silent-short or too long."""
    import miniaudio

    data = read_recording(path)
    try:
        sound = miniaudio.decode(data, miniaudio.SampleFormat.SIGNED16, 1, rate)
    except miniaudio.MiniaudioError:
        raise RecordingError(f"the recording '{path.name}' is broken or cut short") from None
    seconds = sound.num_frames / rate
    if seconds < MIN_SECONDS:
        raise RecordingError(f"the recording '{path.name}' is empty or too short "
                             f"({seconds:.1f} s)")
    if seconds > MAX_SECONDS:
        raise RecordingError(f"the recording '{path.name}' is {seconds / 60:.0f} minutes "
                             "long; a page is read in less than one: record that page")
    return sound.samples.tobytes()


def check_recording(path: Path) -> None:
    """Raise RecordingError unless the recording can be heard in the book."""
    decode_recording(path, 22050)
