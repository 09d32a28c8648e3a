"""The year in review's files: the web page escapes what comes from the user's data and names
every heading the window translates; the CSV opens in a spreadsheet with its currencies apart."""

from __future__ import annotations

import csv
import stat
from datetime import date
from pathlib import Path

import pytest

from finapp.errors import InvalidInputError
from finapp.gui.dialogs.year_review_export import WORDS
from finapp.services.payee_list import list_payees
from finapp.services.payee_names import rename_payee
from finapp.services.year_review import year_review
from finapp.services.year_review_export import WORD_KEYS, Wording, write_csv, write_html
from tests.categorize.statements import Line, load

LINES: list[Line] = [
    (date(2025, 3, 1), "2500.00", "ACME PAYROLL"),
    (date(2025, 3, 4), "-310.00", 'BOB\'S "TOOLS" &amp; SONS'),  # OFX escapes its &
    (date(2025, 4, 9), "-42.10", "CORNER CAFE"),
]


def wording() -> Wording:
    return Wording("Data from March to April.", ["Started <Gym> on 2025-03-01"], dict(WORDS))


def test_the_window_words_every_heading_of_the_page() -> None:
    assert set(WORDS) == set(WORD_KEYS)


def test_the_page_escapes_the_users_data_and_is_private(store, tmp_path: Path) -> None:
    load(store, tmp_path / "in", "111", LINES, ledger=("900.00", date(2025, 4, 30)))
    [bob] = [p.merchant for p in list_payees(store) if "BOB" in p.merchant.upper()]
    rename_payee(store, bob, 'Bob\'s "Tools" & <Sons>')  # the user's own name, kept as typed
    review = year_review(store, 2025)
    page = write_html(review, tmp_path / "year.html", ["<svg>one</svg>"], wording())
    text = page.read_text(encoding="utf-8")
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    assert "<td>Bob&#x27;s &quot;Tools&quot; &amp; &lt;Sons&gt;</td>" in text
    assert "<li>Started &lt;Gym&gt; on 2025-03-01</li>" in text
    assert "<figure><svg>one</svg></figure>" in text  # the caller's chart, as given
    assert "<td class=money>2500.00 USD</td>" in text  # the CLI's money form by default
    with pytest.raises(InvalidInputError):
        write_html(review, tmp_path / "year.pdf", [], wording())
    assert not (tmp_path / "year.pdf").exists()


def test_the_csv_keeps_each_currency_and_the_converted_figures(store, tmp_path: Path) -> None:
    load(store, tmp_path / "in", "111", LINES, ledger=("900.00", date(2025, 4, 30)))
    load(store, tmp_path / "in", "777", [(date(2025, 5, 2), "-80.00", "HOTEL")], currency="EUR")
    table = write_csv(year_review(store, 2025), tmp_path / "year.csv")
    raw = table.read_bytes()
    assert raw.startswith("\ufeff".encode())  # spreadsheets then read UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    spent = {(r["currency"], r["amount"]) for r in rows if r["section"] == "total"
             and r["name"] == "expenses" and r["currency"]}  # fmt: skip
    assert spent == {("USD", "352.10"), ("EUR", "80.00")}
    (converted,) = [r for r in rows if (r["section"], r["name"], r["currency"]) == (
        "total", "expenses", "")]  # fmt: skip
    assert converted["in_USD"] == "352.10"  # no euro rate: left out, and said
    assert converted["note"] == "not converted, no rate: EUR"
    (rate,) = [r for r in rows if r["section"] == "savings_rate"]
    # no rate over the dollars alone while the euros are left out: none, and why
    assert (rate["in_USD"], rate["note"]) == ("", "not converted, no rate: EUR")
    purchases = [(r["name"], r["in_USD"]) for r in rows if r["section"] == "purchase"]
    # as the app names them, plain text; the euros' hotel after the dollars, not converted
    assert [name for name, _ in purchases] == ["Bob's Tools & Sons", "Corner Cafe", "Hotel"]
    assert purchases[-1][1] == ""
