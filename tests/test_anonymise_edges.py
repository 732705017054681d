"""The anonymous copy at the ends of its ranges (found by make mutate): a date in figures
on the first and the last day and month becomes its month; one day or month past either
end is no date and stays as it was."""

from __future__ import annotations

from pathlib import Path

from tests.test_anonymise import account_from
from wordspictures.account.anonymise import anonymise
from wordspictures.language.wording import Wording

ENDS = """\
language: nl
people:
  sam: {name: Sam, role: child, age: 6}
what_happened:
  - text: "Op 1/1/2026 en op 31/12/26 ook; niet 0/1/2026, 32/1/2026, 1/13/2026 of 5/0/2026."
"""


def test_dates_in_figures_at_both_ends_of_day_and_month(tmp_path: Path) -> None:
    hidden = anonymise(account_from(tmp_path, ENDS), Wording("nl"))
    assert hidden.what_happened[0].text == (
        "In januari 2026 en in december 2026 ook; niet 0/1/2026, 32/1/2026, 1/13/2026 of "
        "5/0/2026.")


def one_text(tmp_path: Path, text: str) -> str:
    """Return the anonymous copy of one Dutch item's text."""
    account = account_from(tmp_path, ENDS.replace(ENDS.splitlines()[-1], f'  - text: "{text}"'))
    return anonymise(account, Wording("nl")).what_happened[0].text


def test_a_date_that_starts_a_sentence_leaves_a_month_with_a_capital(tmp_path: Path) -> None:
    assert one_text(tmp_path, "Zaterdag 3 maart 2026 regende het. Maandag 5 maart ook.") == \
        "Maart 2026 regende het. Maart ook."


def test_short_numbers_stay_and_a_phone_number_goes(tmp_path: Path) -> None:
    assert one_text(tmp_path, "Bus 12 kwam om 8 uur bij huisnummer 140; bel 06-12345678.") \
        == "Bus 12 kwam om 8 uur bij huisnummer 140; bel …."


WHERE_AND_SCALE = """\
language: nl
people:
  sam: {name: Sam, role: child, age: 6}
  mama: {name: Lisa, role: mother, called: Mama}
  oma: {name: Ria Jansen, role: grandmother, called: Oma Ria}
what_happened:
  - {text: Sam logeerde een nacht., where: bij Oma Ria in Zwolle, who: [sam]}
scale:
  - {who: mama, score: 6, text: Lisa wil dat Ria elke week komt.}
  - {who: oma, score: 8}
"""


def test_a_place_in_words_and_a_scores_note_are_anonymous_too(tmp_path: Path) -> None:
    hidden = anonymise(account_from(tmp_path, WHERE_AND_SCALE), Wording("nl"))
    assert hidden.what_happened[0].where == "bij Oma in Zwolle"
    assert [(s.who, s.score, s.text) for s in hidden.scale] == [
        ("mama", 6, "Moeder wil dat Oma elke week komt."), ("oma", 8, None)]
