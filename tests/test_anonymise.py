"""--anonymise: a copy for supervision or training in which nobody is named or dated.

The shared examples are built anonymised and read back from every place a name could hide:
the PDF's text, bookmarks, alt texts and metadata, every part of the PowerPoint (slides,
notes, properties), the labels in the drawings and the file names.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import SHARED
from tests.helpers import pdf_alt_texts, pdf_text, pptx_text
from wordspictures.account.anonymise import anonymise
from wordspictures.account.load import load_account
from wordspictures.account.model import Account
from wordspictures.api import build_book
from wordspictures.book.planner import plan_book
from wordspictures.illustrate import plan_scene
from wordspictures.language.wording import Month, Wording

PACKS = Path(__file__).parent / "data" / "packs"

# What must not be anywhere in an anonymous copy: names, called names and their parts,
# the day dates (in words and in figures), phone numbers and the real title.
SECRETS = {
    "noor-nl": ["Noor", "Daan", "Fatima", "Khadija", "Sara", "Els", "Mirjam", "Sofie",
                "Mama", "Oma Khadija", "Tante Sara", "Buurvrouw Els", "Juf Mirjam",
                "Sofie van Veilig Thuis", "18 november", "14 oktober", "2026-11-18",
                "18-11-2026", "06-11223344", "11223344", "Het verhaal van Noor en Daan"],
    "sam-en": ["Sam", "Lisa", "Mark", "Ria", "Tom", "Jansen", "Sofia", "Mum", "Dad",
               "Granny Ria", "Uncle Tom", "Mrs Jansen", "3 March", "Saturday", "12 November",
               "2026-11-12", "12-11-2026", "06-12345678", "12345678", "Sam's story"],
}
ROLES = {
    "noor-nl": ["Kind 1", "Kind 2", "Moeder", "Oma", "Tante", "Buur", "Leerkracht",
                "Hulpverlener", "Het verhaal van Kind 1 en Kind 2", "In oktober"],
    "sam-en": ["Child 1", "Mother", "Father", "Grandmother", "Uncle", "Teacher",
               "Social worker", "The story of Child 1", "In March"],
}


def found(secret: str, text: str) -> bool:
    """Return True when the secret occurs in the text as a whole word (or words)."""
    return re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", text) is not None


@pytest.fixture(scope="module")
def anonymous(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Return {example: {"pdf": path, "pptx": path}}, each built anonymised."""
    books = {}
    for name in SECRETS:
        out = tmp_path_factory.mktemp(name)
        result = build_book(SHARED / f"{name}.yaml", out, anonymise=True)
        books[name] = {p.suffix[1:]: p for p in result.files}
    return books


def pptx_parts(path: Path) -> str:
    """Return every XML part of the PowerPoint (slides, notes, properties), joined."""
    with zipfile.ZipFile(path) as pptx:
        return "\n".join(pptx.read(n).decode("utf-8") for n in pptx.namelist()
                         if n.endswith((".xml", ".rels")))


def pdf_everything(path: Path) -> str:
    """Return the PDF's text, bookmarks, alt texts and metadata (XMP too), joined."""
    reader = PdfReader(path)
    outline = [item.title for item in reader.outline if hasattr(item, "title")]
    metadata = [str(v) for v in (reader.metadata or {}).values()]
    xmp = reader.trailer["/Root"].get("/Metadata")
    raw_xmp = xmp.get_object().get_data().decode("utf-8") if xmp else ""
    return "\n".join([pdf_text(path), *outline, *pdf_alt_texts(path), *metadata, raw_xmp])


def labels(account: Account) -> list[str]:
    """Return the name label of everyone in every drawing of the account's book."""
    found_labels = []
    for page in plan_book(account).pages:
        scene = plan_scene(page.scene)
        found_labels += [f.label for f in scene.figures] + [m.label for m in scene.marks]
    return found_labels


@pytest.mark.parametrize("name", list(SECRETS))
def test_no_name_date_or_phone_is_left_anywhere(anonymous: dict[str, dict[str, Path]],
                                                name: str) -> None:
    book = anonymous[name]
    places = {
        "the PDF": pdf_everything(book["pdf"]),
        "the PowerPoint": pptx_parts(book["pptx"]),
        "the file names": " ".join(p.name for p in book.values()),
    }
    account = load_account(SHARED / f"{name}.yaml")
    hidden = anonymise(account, Wording(account.language))
    places["the drawings' labels"] = " | ".join(labels(hidden))
    secrets = SECRETS[name] + [p.name for p in account.people] + \
        [p.called for p in account.people]
    for where, text in places.items():
        left = sorted({s for s in secrets if found(s, text)})
        assert not left, f"{left} in {where}"
    # No day's date in figures of any kind either (the month stays: 2026-11).
    assert not re.search(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
                         places["the PDF"] + places["the file names"])


@pytest.mark.parametrize("name", list(SECRETS))
def test_everyone_is_named_by_role(anonymous: dict[str, dict[str, Path]], name: str) -> None:
    book = anonymous[name]
    pdf, pptx = pdf_text(book["pdf"]), pptx_text(book["pptx"])
    for role in ROLES[name]:
        assert role in pdf and role in pptx, role
    account = load_account(SHARED / f"{name}.yaml")
    drawn = set(labels(anonymise(account, Wording(account.language))))
    assert {r for r in ROLES[name] if r in drawn} >= {ROLES[name][0], ROLES[name][2]}


def test_the_files_are_named_from_the_anonymous_title(
        anonymous: dict[str, dict[str, Path]]) -> None:
    assert sorted(p.name for p in anonymous["noor-nl"].values()) == [
        "het-verhaal-van-kind-1-en-kind-2-v2-2026-11-anoniem.pdf",
        "het-verhaal-van-kind-1-en-kind-2-v2-2026-11-anoniem.pptx"]
    assert anonymous["sam-en"]["pdf"].name == "the-story-of-child-1-v1-2026-11-anonymous.pdf"


def test_the_files_carry_the_month_not_the_day(anonymous: dict[str, dict[str, Path]]) -> None:
    from pptx import Presentation

    book = anonymous["noor-nl"]
    props = Presentation(str(book["pptx"])).core_properties
    assert (props.created.year, props.created.month, props.created.day) == (2026, 11, 1)
    assert props.title == "Het verhaal van Kind 1 en Kind 2"
    created = PdfReader(book["pdf"]).metadata.creation_date
    assert (created.year, created.month, created.day) == (2026, 11, 1)
    with zipfile.ZipFile(book["pptx"]) as pptx:
        assert {info.date_time[:3] for info in pptx.infolist()} == {(2026, 11, 1)}
    assert "Concept 2 · november 2026" in pdf_text(book["pdf"])


def account_from(tmp_path: Path, text: str) -> Account:
    path = tmp_path / "account.yaml"
    path.write_text(text, encoding="utf-8")
    return load_account(path)


DUTCH = """\
language: nl
date: 2026-03-03
people:
  sam: {name: Sam, role: child, age: 6}
  daan: {name: Daan de Vries, role: child, age: 8}
  mama: {name: Lisa, role: mother, called: Mama}
  juf: {name: Anna Bakker, role: teacher, called: Juf Anna, pronoun: she}
  meester: {name: Tim, role: teacher, called: Meester Tim, pronoun: he}
  sofie: {name: Sofie, role: social_worker, called: Sofie van Veilig Thuis}
what_happened:
  - text: Op zaterdag 3 maart 2026 zag mama dat Sams fiets weg was. Daantje huilde niet.
    when: 3 maart 2026
  - text: "Mama belde op 14 oktober met juf Anna, mevrouw Bakker, op 06-12345678."
    when: 2026-10-14
  - text: Daan de Vries en De Vries samen; Sofie werkt bij Veilig Thuis. Op 3/3/2026 ook.
helpers:
  - {who: juf, text: Juf Anna helpt Daan op school., phone: 020-1234567}
"""


def test_names_are_replaced_as_whole_words_only(tmp_path: Path) -> None:
    account = account_from(tmp_path, DUTCH)
    hidden = anonymise(account, Wording("nl"))
    first, second, third = (e.text for e in hidden.what_happened)
    assert first == "In maart 2026 zag Moeder dat Kind 2's fiets weg was. Daantje huilde niet."
    assert second == "Moeder belde in oktober met Leerkracht 1, mevrouw Leerkracht 1, op …."
    assert third == ("Kind 1 en Kind 1 samen; Hulpverlener werkt bij Veilig Thuis. In maart "
                     "2026 ook.")
    assert [e.when for e in hidden.what_happened[:2]] == ["maart 2026", "oktober 2026"]
    assert hidden.helpers[0].text == "Leerkracht 1 helpt Kind 1 op school."
    assert hidden.helpers[0].phone == "…"


def test_labels_number_shared_roles_and_children_by_age(tmp_path: Path) -> None:
    hidden = anonymise(account_from(tmp_path, DUTCH), Wording("nl"))
    assert {p.id: (p.name, p.called) for p in hidden.people} == {
        "sam": ("Kind 2", "Kind 2"), "daan": ("Kind 1", "Kind 1"),
        "mama": ("Moeder", "Moeder"), "juf": ("Leerkracht 1", "Leerkracht 1"),
        "meester": ("Leerkracht 2", "Leerkracht 2"), "sofie": ("Hulpverlener", "Hulpverlener")}
    assert hidden.title is None and isinstance(hidden.date, Month)
    assert hidden.date == Month(2026, 3, 1)


ENGLISH = """\
language: en
title: Mia's story
people:
  mia: {name: Mia, role: child, age: 5, picture: mia.png}
  dad: {name: Mark, role: father, called: Dad}
  nan: {name: Rose, role: grandmother, called: Nana Rose}
what_happened:
  - text: On the 3rd of March Dad saw a mark on Mia's arm. Rose said Nana was tired.
    picture: mia.png
  - "On Monday, 14 October 2026 (14/10/2026) Mia played with Daddy's mark-up pen."
"""


def test_words_that_are_not_names_stay(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (20, 20), "white").save(tmp_path / "mia.png")
    hidden = anonymise(account_from(tmp_path, ENGLISH), Wording("en"))
    first, second = (e.text for e in hidden.what_happened)
    assert first == ("In March Father saw a mark on Child 1's arm. Grandmother said Nana "
                     "was tired.")
    assert second == "In October 2026 (October 2026) Child 1 played with Daddy's mark-up pen."
    # A photo shows who someone is: the drawing is used instead.
    assert hidden.person("mia").picture is None
    assert hidden.what_happened[0].picture is None


def test_a_name_in_small_letters_leaves_the_common_word_alone(tmp_path: Path) -> None:
    # The interview adds 'de politie' as a person named 'politie': in the text 'de politie'
    # is a word, not a name ('de Politieagent' was wrong), while 'Lisa' typed as 'lisa' is
    # still her name where the text writes it with a capital.
    account = account_from(tmp_path, """\
language: nl
people:
  mila: {name: Mila, role: child, age: 6}
  politie: {name: politie, role: police}
  buren: {name: de buren, role: neighbour}
  mama: {name: lisa, role: mother, called: Mama}
worried:
  - {who: politie, text: De politie kwam bij Mila. Lisa en de buren waren er. Politie!}
""")
    hidden = anonymise(account, Wording("nl"))
    assert hidden.worried[0].text == ("De politie kwam bij Kind 1. Moeder en de buren waren "
                                      "er. Politieagent!")


def test_a_third_language_pack_anonymises_too(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wordspictures.commands.cli import main

    account = tmp_path / "ferhaal.yaml"
    result = CliRunner().invoke(main, ["new", str(account), "--language", "fy",
                                       "--templates", str(PACKS)])
    assert result.exit_code == 0, result.output
    built = build_book(account, tmp_path / "boek", ["pdf"], templates=PACKS, anonymise=True)
    [pdf] = built.files
    assert pdf.name.endswith("-anonym.pdf") and "Sam" not in pdf.name
    text = pdf_text(pdf)
    assert "It ferhaal fan Bern 1" in text and not found("Sam", text)


def test_a_broken_words_template_is_named_in_an_anonymous_copy(tmp_path: Path) -> None:
    """Only the anonymous copy reads words.j2's lists: its errors must read like the rest."""
    import shutil

    from wordspictures.errors import WordsPicturesError

    pack = tmp_path / "pack"
    shutil.copytree(PACKS / "fy", pack / "fy")
    (pack / "fy" / "words.j2").write_text("{% set months = [ %}\n", encoding="utf-8")
    account = tmp_path / "ferhaal.yaml"
    shutil.copyfile(PACKS / "fy" / "starter.yaml", account)
    with pytest.raises(WordsPicturesError, match=r"words\.j2:1: .* fix the template there"):
        build_book(account, tmp_path / "boek", ["pdf"], templates=pack, anonymise=True)


def test_a_pack_whose_date_macro_knows_no_months_shows_no_day(tmp_path: Path) -> None:
    """A pack's date macro written before --anonymise: the month is shown all the same.

    The anonymous copy's date is a Month, and the templates' every call of ``date`` with one
    becomes a call of the pack's ``month_date``: no pack's ``date`` needs to tell.
    """
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(PACKS / "fy", pack / "fy")
    words = pack / "fy" / "words.j2"
    text = re.sub(r"{% macro date\(d\) %}.*?{% endmacro %}",
                  "{% macro date(d) %}{{ d.day }} {{ months[d.month - 1] }} {{ d.year }}"
                  "{% endmacro %}", words.read_text(encoding="utf-8"))
    text = re.sub(r"{% macro on_date\(d\) %}.*?{% endmacro %}",
                  "{% macro on_date(d) %}op {{ date(d) }}{% endmacro %}", text)
    words.write_text(text, encoding="utf-8")
    account = tmp_path / "ferhaal.yaml"
    shutil.copyfile(PACKS / "fy" / "starter.yaml", account)  # date: 2026-01-31
    [pdf] = build_book(account, tmp_path / "boek", ["pdf"], templates=pack,
                       anonymise=True).files
    shown = pdf_text(pdf)
    assert "Konsept 1 · jannewaris 2026" in shown and "op jannewaris 2026" in shown
    assert not re.search(r"\d+\.? jannewaris", shown), shown
