"""A monthly move between the household's own accounts whose other account's statement is not in
yet is a transfer awaiting its other half, not spending.

The Beckers of Leipzig (:mod:`tests.households.test_housekeeping_money_between_partners`): every
month Max sends €600 "Haushaltsgeld" from his DKB Girokonto to Anna's ING Girokonto, which books
it the next day. Their statements to the end of March are in; then Max downloads DKB's April,
Anna not yet ING's. April's €600 has no other side yet, but it is the stream that paired in
January, February and March, and Anna's statements end before it: it is a transfer, and April's
spending is the rent, the Kita and the concert tickets. ING's April statement then pairs it. A
one-off €600 to a person (Jonas, for the concert tickets) is no stream of the household's own
money and stays spending; and an ING April statement without the €600 makes it spending again.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import TransactionView, list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Transaction
from tests.households.test_housekeeping_money_between_partners import (
    ANNA_IBAN,
    EXTRA_IBAN,
    _dkb,
    _dkb_line,
    _import,
    _ing,
)

APRIL = date(2025, 4, 1)
HOUSEKEEPING = "Haushaltsgeld 04/2025"
TICKETS = "Konzertkarten Gewandhaus"
DKB_APRIL = [
    _dkb_line("27.04.25", "Muster Maschinenbau GmbH", "LOHN/GEHALT 04/2025 PERS.NR. 004711",
              "DE02100100100006820101", "3.842,17"),
    _dkb_line("10.04.25", "Jonas Richter", TICKETS, "DE75512108001245126199", "-600,00"),
    _dkb_line("05.04.25", "Stadt Leipzig Amt fuer Jugend und Familie",
              "Elternbeitrag Kita Sonnenschein 04/2025", "DE86860555921090001234", "-182,40"),
    _dkb_line("03.04.25", "Max Becker", "Sparrate Extra-Konto", EXTRA_IBAN, "-300,00"),
    _dkb_line("03.04.25", "Anna Becker", HOUSEKEEPING, ANNA_IBAN, "-600,00"),
    _dkb_line("03.04.25", "Hausverwaltung Schneider GmbH", "Miete Whg. 3.OG links DAUERAUFTRAG",
              "DE12860555921234567890", "-1.380,00"),
]  # fmt: skip
GROCER = "18.04.2025;18.04.2025;REWE SAGT DANKE. 44123;Lastschrift;NR XXXX 4417 LEIPZIG;1.000,00;EUR;-71,35;EUR"  # noqa: E501
MAX_SENDS = (
    "04.04.2025;04.04.2025;Max Becker;Gutschrift;Haushaltsgeld 04/2025;1.000,00;EUR;600,00;EUR"
)


#: what a statement file says of January to March, said of April
_APRIL_WORDS = (
    (b"01.01.2025 - 31.03.2025", b"01.04.2025 - 30.04.2025"),
    (b"vom 31.03.2025", b"vom 30.04.2025"),
    (b"01.04.2025 09:12", b"02.05.2025 08:40"),
)


def _april(path: Path, text_of: Path) -> Path:
    """A statement file of April: ``text_of`` (written for January to March) said of April."""
    raw = text_of.read_bytes()
    for old, new in _APRIL_WORDS:
        raw = raw.replace(old, new)
    text_of.unlink()
    path.write_bytes(raw)
    return path


def _import_dkb_april(store: Store, folder: Path) -> None:
    """January to March of the three accounts, then DKB's April alone."""
    _import(store, folder)
    written = _dkb(folder / "april-draft.csv", DKB_APRIL)
    dkb = _april(folder / "DKB_Umsatzliste_Girokonto_30.04.2025.csv", written)
    assert not import_files(store, [dkb]).failed


def _import_ing_april(store: Store, folder: Path, lines: list[str]) -> None:
    written = _ing(folder / "ing-draft.csv", "DE44 5001 0517 5412 3456 78", "Girokonto",
                   "2.672,52", lines)  # fmt: skip
    ing = _april(folder / f"Umsatzanzeige_{ANNA_IBAN}_20250502.csv", written)
    assert not import_files(store, [ing]).failed


def _april_spending(store: Store) -> Decimal:
    (totals,) = month_report(store, APRIL, as_of=date(2025, 5, 2)).totals
    return totals.expenses


def _peer(store: Store, line: int) -> int | None:
    """The line a transfer is paired with (None: no other half yet)."""
    with store.read() as session:
        return session.get_one(Transaction, line).transfer_peer_id


def _line(store: Store, day: date, memo: str) -> TransactionView:
    (line,) = [t for t in list_transactions(store) if t.date == day and t.memo == memo]
    return line


def test_aprils_housekeeping_money_is_a_transfer_while_annas_statement_is_not_in(
    store: Store, tmp_path: Path
) -> None:
    _import_dkb_april(store, tmp_path)

    sent = _line(store, date(2025, 4, 3), HOUSEKEEPING)
    assert sent.is_transfer and _peer(store, sent.id) is None
    assert not _line(store, date(2025, 4, 10), TICKETS).is_transfer  # a one-off to a person
    # the rent, the Kita and the tickets; not the €600 for Anna nor the €300 put by
    assert _april_spending(store) == Decimal("2162.40")


def test_annas_april_statement_pairs_it(store: Store, tmp_path: Path) -> None:
    _import_dkb_april(store, tmp_path)
    _import_ing_april(store, tmp_path, [GROCER, MAX_SENDS])

    sent = _line(store, date(2025, 4, 3), HOUSEKEEPING)
    arrived = _line(store, date(2025, 4, 4), HOUSEKEEPING)
    assert (sent.is_transfer, _peer(store, sent.id)) == (True, arrived.id)
    assert arrived.is_transfer and _peer(store, arrived.id) == sent.id
    assert _april_spending(store) == Decimal("2233.75")  # and REWE's 71.35


def test_annas_april_statement_without_the_600_makes_it_spending_again(
    store: Store, tmp_path: Path
) -> None:
    _import_dkb_april(store, tmp_path)
    _import_ing_april(store, tmp_path, [GROCER])

    assert not _line(store, date(2025, 4, 3), HOUSEKEEPING).is_transfer
    assert _april_spending(store) == Decimal("2833.75")


def test_undoing_annas_april_statement_leaves_it_awaiting_again(
    store: Store, tmp_path: Path
) -> None:
    _import_dkb_april(store, tmp_path)
    _import_ing_april(store, tmp_path, [GROCER, MAX_SENDS])
    undo_import(store)

    sent = _line(store, date(2025, 4, 3), HOUSEKEEPING)
    assert sent.is_transfer and _peer(store, sent.id) is None
    assert _april_spending(store) == Decimal("2162.40")
