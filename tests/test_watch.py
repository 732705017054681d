"""watch: a build at the start and after each save; a half-saved file waits, never crashes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from tests.conftest import EXAMPLES
from wordspictures.watch import changes, watch


def test_changes_yields_after_a_settled_save(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("one")
    seen = changes(lambda: [path], poll=0.01)
    next(seen)  # the start
    path.write_text("two, longer")
    next(seen)  # the save is noticed (otherwise this would wait forever)


def test_watch_rebuilds_after_a_save_and_waits_on_a_broken_file(tmp_path: Path) -> None:
    account = tmp_path / "mia.yaml"
    text = (EXAMPLES / "mia-en.yaml").read_text(encoding="utf-8")
    account.write_text(text, encoding="utf-8")
    (tmp_path / "drawings").mkdir()
    said: list[str] = []

    def edit() -> None:
        # A half-saved file first (cut in the middle of a line), then the whole new text.
        time.sleep(1.0)
        account.write_text(text[: len(text) // 2] + "  - {text: [", encoding="utf-8")
        deadline = time.monotonic() + 60
        while not any("waiting" in line for line in said) and time.monotonic() < deadline:
            time.sleep(0.05)
        account.write_text(text.replace("very much.", "very, very much."), encoding="utf-8")

    editor = threading.Thread(target=edit)
    editor.start()
    builds = watch(account, said.append, rounds=3, poll=0.05, out_dir=tmp_path / "out")
    editor.join()
    assert builds == 3
    built = [line for line in said if " built " in line]
    assert len(built) == 2, said
    assert any("mia.yaml:" in line for line in said), "the broken line is named"
    assert any("waiting for the next save" in line for line in said)
    assert len([line for line in said if "word check: 0 errors" in line]) == 2, said
    pdf = next((tmp_path / "out").glob("*.pdf"))
    from tests.helpers import pdf_text

    assert "very, very much." in pdf_text(pdf)
