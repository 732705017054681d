"""Reading aloud: the words of every page turned into sound, a step of its own like the
drawings. A page is read by the recording the account names for it (a parent's or
caseworker's own voice: ``recording``), else by a better voice an organisation has
configured (``better``: a Piper model in a folder), else by eSpeak NG, which installs from
pip (``espeak``). ``reading`` says which words of a page are read and by whom; ``speak``
makes each page's sound (one MP3) with the time each sentence is said, cached under a
hash of what shapes it (never a name); ``mp3`` encodes it. The HTML book and the
PowerPoint (``render``) use it; nothing here is imported unless a book is read aloud.

May import: ``book``, ``account``, ``language``, ``system``, ``errors``, ``problems``.
"""

from __future__ import annotations

from wordspictures.voice.speak import MODES, PageVoice, Spoken, page_voices

__all__ = ["MODES", "PageVoice", "Spoken", "page_voices"]
