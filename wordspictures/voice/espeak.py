"""eSpeak NG, the offline speech synthesiser the ``espeakng-loader`` wheel carries (the
library and its data, with voices for nl, en, ar, tr, pl, uk, fa and ti among many),
called through ctypes: the wheel only finds the files, the calls are ours.

The library keeps one voice and one callback for the whole process, so one ``Espeak``
object is made once and reused (``espeak``); its sound is 16-bit mono PCM.
"""

from __future__ import annotations

import ctypes
import functools
from dataclasses import dataclass, field

from wordspictures.errors import WordsPicturesError

# From espeak-ng's speak_lib.h.
SYNCHRONOUS = 2       # espeak_AUDIO_OUTPUT: the callback gets the sound, no audio device
CHARS_UTF8 = 1        # espeak_Synth flags: the text is UTF-8
RATE = 1              # espeak_PARAMETER: words a minute
POS_CHARACTER = 1     # espeak_POSITION_TYPE
CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                            ctypes.c_void_p)


class SpeechError(WordsPicturesError):
    """eSpeak NG is missing or would not speak; the message says what to do."""


@dataclass
class Espeak:
    """The loaded library and the sound its callback collects."""

    library: ctypes.CDLL
    rate: int
    version: str
    collected: bytearray = field(default_factory=bytearray)
    voice: tuple[str, int] | None = None
    callback: object = None  # the ctypes callback, kept alive as long as the library

    def say(self, text: str, voice: str, words_a_minute: int) -> bytes:
        """Return ``text`` spoken by the eSpeak voice ``voice`` as 16-bit mono PCM."""
        if self.voice != (voice, words_a_minute):
            if self.library.espeak_SetVoiceByName(voice.encode()) != 0:
                raise SpeechError(f"the computer voice has no voice '{voice}' for this "
                                  "language — name one of eSpeak NG's voices in the "
                                  "language's language.yaml ('voice: {espeak: …}'), or "
                                  "build with --voice none")
            self.library.espeak_SetParameter(RATE, words_a_minute, 0)
            self.voice = (voice, words_a_minute)
        self.collected.clear()
        data = text.encode("utf-8")
        self.library.espeak_Synth(data, len(data) + 1, 0, POS_CHARACTER, 0, CHARS_UTF8,
                                  None, None)
        self.library.espeak_Synchronize()
        return bytes(self.collected)


@functools.cache
def espeak() -> Espeak:
    """Return eSpeak NG, loaded and started once for the whole process."""
    try:
        import espeakng_loader
    except ImportError:
        raise SpeechError("the computer voice needs the espeakng-loader package: "
                          "pip install espeakng-loader (or --voice none)") from None
    try:
        library = ctypes.CDLL(espeakng_loader.get_library_path())
        data = espeakng_loader.get_data_path()
    except (OSError, RuntimeError) as exc:
        raise SpeechError(f"eSpeak NG cannot be loaded ({exc}) — reinstall "
                          "espeakng-loader, or use --voice none") from None
    library.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                          ctypes.c_int]
    library.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint,
                                     ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                     ctypes.c_void_p, ctypes.c_void_p]
    library.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    library.espeak_Info.restype = ctypes.c_char_p
    library.espeak_Info.argtypes = [ctypes.c_void_p]
    rate = library.espeak_Initialize(SYNCHRONOUS, 0, data.encode(), 0)
    if rate <= 0:
        raise SpeechError("eSpeak NG would not start (its data is missing) — reinstall "
                          "espeakng-loader, or use --voice none")
    engine = Espeak(library, rate, (library.espeak_Info(None) or b"").decode())

    def collect(wav: object, samples: int, events: object) -> int:
        if wav and samples > 0:
            engine.collected.extend(ctypes.string_at(wav, samples * 2))  # type: ignore[arg-type]
        return 0

    engine.callback = CALLBACK(collect)
    library.espeak_SetSynthCallback(engine.callback)
    return engine
