"""The payee list: each payee's name, usual category, number of lines and money per currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import update

from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services.categories import ensure_category
from finapp.services.imports import import_parsed
from finapp.services.payee_list import PayeeTotal, list_payees
from finapp.services.payee_names import rename_payee
from finapp.store.engine import Store
from finapp.store.schema import Transaction
from tests.helpers import cli_json, run_cli
from tests.subscriptions.statements import write_ofx
from tests.subscriptions.test_service import CARD, monthly

SPOTIFY = "SPOTIFY P1A2B3C4D5 STOCKHOLM SE"
AMAZON = "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA"
EURO_CARD = ParsedAccount("DE4411112222", "N26", "checking", "EUR", "N26 Girokonto")


def _load(store: Store, account: ParsedAccount, *lines: ParsedTransaction) -> None:
    import_parsed(store, ParsedFile("card.ofx", "ofx", (ParsedStatement(account, tuple(lines)),)))


def _file(store: Store, payee: str, path: str, limit: int) -> None:
    """Put the first ``limit`` lines of ``payee`` in ``path``."""
    with store.write() as session:
        category = ensure_category(session, path).id
        ids = [t.id for t in session.query(Transaction).filter_by(original_payee=payee)][:limit]
        session.execute(
            update(Transaction).where(Transaction.id.in_(ids)).values(category_id=category)
        )


def test_each_payee_shows_its_usual_category_count_and_money_per_currency(store: Store) -> None:
    _load(
        store,
        CARD,
        *monthly(AMAZON, date(2024, 1, 5), 4, "-20.00"),
        *monthly(AMAZON, date(2024, 6, 9), 1, "7.50"),  # a refund
        *monthly(SPOTIFY, date(2024, 1, 3), 2, "-11.99"),
    )
    _load(store, EURO_CARD, *monthly(AMAZON, date(2024, 2, 7), 2, "-30.00"))
    _file(store, AMAZON, "Shopping:Online", 5)
    _file(store, AMAZON, "Household", 2)
    _file(store, SPOTIFY, "Entertainment", 0)
    with store.write() as session:  # no category at all for Spotify
        session.execute(
            update(Transaction)
            .where(Transaction.original_payee == SPOTIFY)
            .values(category_id=None)
        )

    amazon, spotify = list_payees(store)
    assert (amazon.name, amazon.transactions, amazon.category) == ("Amazon", 7, "Shopping:Online")
    assert amazon.totals == [
        PayeeTotal("EUR", Decimal("-60.00"), Decimal("0.00")),
        PayeeTotal("USD", Decimal("-80.00"), Decimal("7.50")),
    ]
    assert (spotify.name, spotify.transactions, spotify.category) == ("Spotify", 2, "")
    assert spotify.totals == [PayeeTotal("USD", Decimal("-23.98"), Decimal("0.00"))]

    rename_payee(store, "Amazon", "The river shop")
    assert [(p.name, p.chosen) for p in list_payees(store)] == [
        ("Spotify", False),
        ("The river shop", True),
    ]


def test_the_payee_list_through_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    lines = monthly(SPOTIFY, date(2024, 1, 3), 3, "-11.99")
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert cli_json(data, "import", str(ofx))["new"] == 3

    (payee,) = cli_json(data, "payees")
    assert payee["transactions"] == 3
    assert payee["totals"] == [{"currency": "USD", "spent": "-35.97", "received": "0.00"}]
    assert payee["category"] == "Entertainment:Music"  # a shipped rule filed it
    shown = run_cli(data, "payees")
    assert shown.returncode == 0, shown.stderr
    header, _rule, row = shown.stdout.splitlines()[:3]
    assert "category" in header and "out" in header
    assert "Spotify" in row and "-35.97 USD" in row and " 3 " in f" {row} "
