"""Trust: no network, no leaks in metadata, the same bytes twice, nothing lost when killed."""

from __future__ import annotations

import contextlib
import getpass
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import EXAMPLES, SHARED
from tests.helpers import pdf_text, pptx_text, temporary_files
from wordspictures.api import build_book

ROOT = Path(__file__).resolve().parent.parent
SAM = SHARED / "sam-en.yaml"


def test_a_build_uses_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The account is about a real child: building must not even try to open a socket."""
    tried: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        tried.append(args)
        raise OSError("network use is not allowed in this test")

    # Patch the methods, not the class: modules such as ssl subclass socket.socket.
    for method in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, method, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")  # draw and lay out everything
    result = build_book(SAM, tmp_path)
    assert len(result.files) == 2 and not tried


def private_words() -> list[str]:
    """Return what must never appear in a book's metadata: user, host and paths."""
    words = [str(ROOT), str(Path.home()), socket.gethostname()]
    with contextlib.suppress(KeyError, OSError):  # no user name here: nothing to leak
        words.append(getpass.getuser())
    return [w for w in words if w and len(w) > 2]


def test_metadata_holds_only_what_the_account_says(built: dict[str, dict[str, Path]]) -> None:
    book = built["sam-en"]
    with zipfile.ZipFile(book["pptx"]) as pptx:
        names = pptx.namelist()
        metadata = pptx.read("docProps/core.xml").decode() + pptx.read("docProps/app.xml").decode()
        dates = {info.date_time for info in pptx.infolist()}
    assert not [n for n in names if "thumbnail" in n.lower() or "printerSettings" in n]
    for word in [*private_words(), "python-pptx", "Microsoft", "Steve Canny", "2013"]:
        assert word not in metadata, word
    assert "Sam" in metadata  # the title the account gives
    assert len(dates) == 1  # every zip entry carries the document's date, not the clock
    info = PdfReader(book["pdf"]).metadata or {}
    pdf_meta = " ".join(str(value) for value in info.values())
    for word in [*private_words(), "fpdf", "FPDF", "PyFPDF"]:
        assert word not in pdf_meta, word
    assert info.get("/Title") == "Sam's story"
    assert str(book["pdf"].parent) not in book["pdf"].read_bytes().decode("latin-1")


def test_two_builds_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    first = build_book(SAM, tmp_path / "one")
    monkeypatch.setenv("WORDSPICTURES_NO_CACHE", "1")
    second = build_book(SAM, tmp_path / "two")
    for a, b in zip(first.files, second.files, strict=True):
        assert a.name == b.name
        assert a.read_bytes() == b.read_bytes(), a.suffix


TRICKY = """\
language: en
title: "Story of {{ 7*7 }} & <script>alert(1)</script>"
status: final
version: 1
date: 2026-05-01
people:
  kid: {name: "Lu {% raw %}", role: child, age: 8, pronoun: they}
  mum: {name: "Maria <b>&amp;</b>", role: mother, called: "Mama {{ name }}"}
good_things:
  - "Mama {{ name }} sings {% if true %}songs{% endif %} & dances <br/> at home."
  - "Lu {% raw %} wrote: ${HOME} and %s and \\\\n stay as they are."
worried:
  - {who: mum, text: "Mama {{ name }} was worried on 3 May."}
"""


def test_text_is_text_in_both_formats(tmp_path: Path) -> None:
    account = tmp_path / "tricky.yaml"
    account.write_text(TRICKY, encoding="utf-8")
    result = build_book(account, tmp_path)
    pptx = next(p for p in result.files if p.suffix == ".pptx")
    pdf = next(p for p in result.files if p.suffix == ".pdf")
    for text in (pptx_text(pptx), pdf_text(pdf)):
        assert "Mama {{ name }} sings {% if true %}songs{% endif %} & dances <br/> at home." \
            in text
        assert "Lu {% raw %} wrote: ${HOME} and %s and \\n stay as they are." in text
        assert "49" not in text
    assert "Story of {{ 7*7 }} & <script>alert(1)</script>" in pdf_text(pdf)
    assert PdfReader(pdf).metadata.get("/Title") == "Story of {{ 7*7 }} & <script>alert(1)</script>"


def book_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_build_killed_at_any_moment_leaves_the_old_book_whole(tmp_path: Path) -> None:
    """Kill the build process at many moments: the old book stays, no temporary files."""
    account = tmp_path / "mia.yaml"
    account.write_text((EXAMPLES / "mia-en.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "drawings").mkdir(exist_ok=True)
    out = tmp_path / "book"
    env = {**os.environ, "WORDSPICTURES_CACHE_DIR": str(tmp_path / "cache"),
           "SOURCE_DATE_EPOCH": "1790000000"}
    command = [sys.executable, "-m", "wordspictures", "build", str(account), "-o", str(out),
               "--force"]  # the example is a final book: replacing it needs --force
    subprocess.run(command, env=env, check=True, capture_output=True)
    old = book_files(out)
    assert len(old) == 2
    # A changed account: a finished rebuild would write different bytes.
    account.write_text(account.read_text(encoding="utf-8").replace(
        "very much.", "very, very much."), encoding="utf-8")
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True)
    full = time.monotonic() - started
    new = book_files(out)
    assert new.keys() == old.keys() and new != old
    for fraction in (0.2, 0.5, 0.8, 0.9, 0.95, 0.97, 0.99, 1.0, 1.01):
        before = book_files(out)
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(full * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        # The data is written to nameless files, and the guardian removes the hidden names
        # a build killed between naming and renaming had given them: nothing is left.
        assert not temporary_files(out), fraction
        after = book_files(out)
        assert after.keys() == before.keys()
        for name, data in after.items():
            # Each file is either the old book or a whole new one, never a part.
            assert data in (old[name], new[name]), (fraction, name)


def test_lone_surrogates_and_controls_are_left_out_with_a_warning(tmp_path: Path) -> None:
    account = tmp_path / "odd.yaml"
    account.write_text('language: en\npeople:\n  kid: {name: "Kid\\ud800", role: child, age: 7}\n'
                       'what_happened:\n  - "Kid \\ud83d went \\x07 home \\uFFFE."\n',
                       encoding="utf-8")
    result = build_book(account, tmp_path)
    lines = [str(w) for w in result.warnings]
    assert any("odd.yaml:3:" in w and "control characters" in w for w in lines)
    assert any("odd.yaml:5:" in w for w in lines)
    pptx = next(p for p in result.files if p.suffix == ".pptx")
    # The words stay, the invisible characters go (white space is squashed when read back).
    assert "Kid went home ." in pptx_text(pptx)


def test_a_template_pack_runs_in_the_sandbox(tmp_path: Path) -> None:
    """An organisation's pack is a file anyone could send: it cannot reach Python's insides."""
    from wordspictures.errors import WordsPicturesError

    pack = tmp_path / "pack" / "en"
    pack.mkdir(parents=True)
    cover = (Path(__file__).parent.parent / "wordspictures" / "templates" / "en" / "cover.j2"
             ).read_text(encoding="utf-8")
    escape = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
    (pack / "cover.j2").write_text(cover.replace("{% set heading", escape + "\n{% set heading",
                                                 1), encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(WordsPicturesError) as error:
        build_book(SAM, out, templates=tmp_path / "pack")
    assert "cover.j2" in error.value.format_message()
    assert "unsafe" in error.value.format_message()  # stopped by the sandbox itself
    assert not out.exists() or not list(out.iterdir())
