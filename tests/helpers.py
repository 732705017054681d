"""Reading books back for tests: the account's sentences, the PDF's and PPTX's text."""

from __future__ import annotations

import re
import time
from pathlib import Path

from wordspictures.account.load import load_account
from wordspictures.account.model import Account
from wordspictures.system.output import TEMP_PREFIX

# The sections in the order the book tells them (see DOMAIN.md, page by page).
BOOK_ORDER = ("good_things", "worried", "what_happened", "parents_say", "what_happened_next",
              "worries_now", "safety_plan", "helpers", "child_can", "scale", "next")


def squash(text: str) -> str:
    """Return text with all runs of white space made one space."""
    return re.sub(r"\s+", " ", text).strip()


def account_texts(account: Account) -> list[str]:
    """Return every sentence the caseworker wrote, in the order of the book."""
    texts = []
    for section in BOOK_ORDER:
        for item in getattr(account, section):
            if item.text:
                texts += [squash(s) for s in re.split(r"(?<=[.!?])\s+", item.text)]
    return texts


def assert_in_order(haystack: str, needles: list[str]) -> None:
    """Assert that every needle occurs in haystack, each after the one before."""
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        assert found >= 0, f"not found (in order): {needle!r}"
        position = found + len(needle)


def temporary_files(folder: Path, wait: float = 5.0) -> list[str]:
    """Return the names of temporary files left in ``folder`` by a killed writer.

    A killed writer's guardian removes them a moment after its death: look again for up to
    ``wait`` seconds before saying what is left.
    """
    deadline = time.monotonic() + wait
    while True:
        left = sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.02)


def pdf_text(path: Path) -> str:
    """Return the PDF's text, all pages, white space squashed."""
    from pypdf import PdfReader

    return squash(" ".join(page.extract_text() for page in PdfReader(path).pages))


def pptx_text(path: Path) -> str:
    """Return the text of every text box of every slide, in order, squashed."""
    from pptx import Presentation

    parts = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
    return squash(" ".join(parts))


def load(path: Path) -> Account:
    """Return the account at path."""
    return load_account(path)


def pdf_alt_texts(path: Path) -> list[str]:
    """Return the /Alt texts of the PDF's structure tree (figures), in order."""
    from pypdf import PdfReader

    found: list[str] = []

    def walk(node: object) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            if "/Alt" in node:
                found.append(str(node["/Alt"]))
            if "/K" in node:
                walk(node["/K"])

    walk(PdfReader(path).trailer["/Root"]["/StructTreeRoot"])
    return found


def own_pack(root: Path, files: dict[str, str], language: str = "en") -> Path:
    """Return an organisation's pack folder holding ``files`` for ``language``."""
    for name, text in files.items():
        path = root / "own" / language / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "own"
