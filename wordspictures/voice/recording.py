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


class RecordingError(ValueError):
    """A recording that cannot be used: ``key`` names the message that says why (under
    ``recording:`` in each language's messages.yaml), ``values`` fill it in; ``str()`` is
    the English one, for a log or a test."""

    def __init__(self, key: str, **values: object):
        from wordspictures.language.messages import Messages

        super().__init__(Messages().text(f"recording.{key}.say", **values))
        self.key, self.values = f"recording.{key}", values


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
        raise RecordingError("folder", name=name)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise RecordingError("too_big", name=name, mb=size // 1_000_000)
        data = path.read_bytes()
    except OSError:
        raise RecordingError("unreadable", name=name) from None
    kind = sound_format(data)
    if kind == "opus":
        raise RecordingError("opus", name=name)
    if kind is None:
        raise RecordingError("wrong_format", name=name)
    return data


def decode_recording(path: Path, rate: int) -> bytes:
    """Return the recording as 16-bit mono PCM at ``rate`` samples a second; raise
    RecordingError when it is broken, silent-short or too long."""
    import miniaudio

    data = read_recording(path)
    try:
        sound = miniaudio.decode(data, miniaudio.SampleFormat.SIGNED16, 1, rate)
    except miniaudio.MiniaudioError:
        raise RecordingError("broken", name=path.name) from None
    seconds = sound.num_frames / rate
    if seconds < MIN_SECONDS:
        raise RecordingError("too_short", name=path.name, seconds=f"{seconds:.1f}")
    if seconds > MAX_SECONDS:
        raise RecordingError("too_long", name=path.name, minutes=f"{seconds / 60:.0f}")
    return sound.samples.tobytes()


def check_recording(path: Path) -> None:
    """Raise RecordingError unless the recording can be heard in the book."""
    decode_recording(path, 22050)
