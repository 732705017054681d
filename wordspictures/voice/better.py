"""A better voice than eSpeak NG, when an organisation has one: a Piper voice (a model
``.onnx`` with its ``.onnx.json``, as Piper's voices come) for the book's language, placed
in the folder that ``WORDSPICTURES_VOICES`` names, read with the ``piper-tts`` package
(pip install piper-tts; its own dependency is onnxruntime).

A model is picked by its file name: ``nl.onnx``, or Piper's own ``nl_NL-….onnx``, for a
Dutch book. Without the setting, the model or the package, the book is read by eSpeak NG
as always. No model is shipped: they are large, and the organisation chooses one whose
licence and voice it trusts.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wordspictures.voice.espeak import SpeechError

VOICES_ENV = "WORDSPICTURES_VOICES"


def find_model(language: str, folder: Path) -> Path | None:
    """Return the Piper model for ``language`` in ``folder`` (first by name), or None."""
    found = sorted(p for p in folder.glob("*.onnx")
                   if p.stem == language or p.stem[:len(language) + 1] in
                   (f"{language}_", f"{language}-"))
    return next((p for p in found if p.with_suffix(".onnx.json").is_file()), None)


@dataclass
class PiperSpeaker:
    """A Piper voice: loaded at its first sentence, its sound 16-bit mono PCM."""

    model: Path
    rate: int
    name: str
    voice: Any = None

    def say(self, text: str) -> bytes:
        """Return ``text`` spoken by the model, as PCM at ``rate``."""
        if self.voice is None:
            from piper import PiperVoice

            self.voice = PiperVoice.load(str(self.model))
        out = io.BytesIO()
        with wave.open(out, "wb") as wav:
            # piper-tts 1.3 writes with synthesize_wav; 1.2 with synthesize.
            speak = getattr(self.voice, "synthesize_wav", None) or self.voice.synthesize
            speak(text, wav)
        out.seek(0)
        with wave.open(out, "rb") as wav:
            if wav.getframerate() != self.rate or wav.getnchannels() != 1:
                raise SpeechError(f"the voice {self.model.name} gave sound at "
                                  f"{wav.getframerate()} Hz, not the {self.rate} Hz its "
                                  ".onnx.json says")
            return wav.readframes(wav.getnframes())


def better_speaker(language: str) -> PiperSpeaker | None:
    """Return the organisation's Piper voice for ``language``, or None when there is none
    (no folder configured, no model for the language, or piper-tts not installed)."""
    folder = os.environ.get(VOICES_ENV)
    if not folder:
        return None
    model = find_model(language, Path(folder))
    if model is None:
        return None
    try:
        import piper  # noqa: F401
    except ImportError:
        return None
    config = model.with_suffix(".onnx.json").read_bytes()
    try:
        rate = int(json.loads(config)["audio"]["sample_rate"])
    except (ValueError, KeyError, TypeError):
        raise SpeechError(f"{model.with_suffix('.onnx.json')}: no audio sample_rate — is "
                          "it a Piper voice's .onnx.json?") from None
    # The cache key: the model by its size and its settings, never by a path.
    name = f"piper {model.stat().st_size} {hashlib.sha256(config).hexdigest()[:16]}"
    return PiperSpeaker(model, rate, name)
