"""The payee list: each payee's name, usual category, number of lines and money per currency;
two payees merged into one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from finapp.errors import InvalidInputError, NotFoundError
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services.categories import ensure_category
from finapp.services.categorize import set_category
from finapp.services.imports import import_parsed
from finapp.services.payee_list import PayeeTotal, list_payees
from finapp.services.payee_merge import merge_payees
from finapp.services.payee_names import rename_payee
from finapp.services.rules import list_rules
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Transaction
from tests.conftest import PASSPHRASE
from tests.helpers import cli_json, run_cli
from tests.old_schemas import undo_schema_9, upgraded
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


AMZN = "AMZN MKTP US*2K4LL1AB3 AMZN.COM/BILL WA"


def _keys_of(store: Store, *payees: str) -> tuple[str, ...]:
    """The merchant key of each statement text."""
    keys = {t.payee: t.merchant for t in list_transactions(store)}
    return tuple(keys[payee] for payee in payees)


def _learned(store: Store) -> set[str]:
    return {r.pattern for r in list_rules(store) if r.origin == "learned"}


def test_merging_a_payee_moves_its_lines_and_learned_rules_and_keeps_the_target_s_name(
    store: Store,
) -> None:
    _load(
        store,
        CARD,
        *monthly(AMAZON, date(2024, 1, 5), 3, "-20.00"),
        *monthly(AMZN, date(2024, 1, 8), 2, "-12.00"),
        *monthly(SPOTIFY, date(2024, 1, 3), 2, "-11.99"),
    )
    # two descriptors of one shop: two merchants, both shown as Amazon, one row of the list
    source, target = _keys_of(store, AMZN, AMAZON)
    (amazon,) = [p for p in list_payees(store) if p.name == "Amazon"]
    assert (amazon.merchants, amazon.transactions) == ((target, source), 5)
    amzn_line = next(t.id for t in list_transactions(store) if t.payee == AMZN)
    set_category(store, amzn_line, "Shopping:Marketplace")
    assert source in _learned(store)
    rename_payee(store, source, "Marketplace")

    merged = merge_payees(store, "Marketplace", target)  # by the name shown, into a key
    assert (merged.sources, merged.target, merged.name) == ([source], target, "Amazon")
    assert (merged.transactions, merged.learned_rules) == (2, 1)
    after = {p.name: p for p in list_payees(store)}
    assert set(after) == {"Amazon", "Spotify"}
    assert after["Amazon"].transactions == 5
    assert after["Amazon"].totals == [PayeeTotal("USD", Decimal("-84.00"), Decimal("0.00"))]
    assert target in _learned(store) and source not in _learned(store)

    with pytest.raises(NotFoundError):
        merge_payees(store, "Marketplace", "Amazon")  # gone: it is Amazon now
    with pytest.raises(InvalidInputError):
        merge_payees(store, "Amazon", target)  # the same payee by its name and its key


def test_a_statement_imported_after_a_merge_files_its_lines_under_the_merged_payee(
    store: Store,
) -> None:
    _load(store, CARD, *monthly(AMAZON, date(2024, 1, 5), 3, "-20.00"),
          *monthly(AMZN, date(2024, 1, 8), 2, "-12.00"))  # fmt: skip
    source, target = _keys_of(store, AMZN, AMAZON)
    amzn_line = next(t.id for t in list_transactions(store) if t.payee == AMZN)
    set_category(store, amzn_line, "Shopping:Marketplace")
    merge_payees(store, source, target)

    _load(store, CARD, *monthly(AMZN, date(2024, 3, 8), 2, "-14.00"))  # the next statement
    payees = [p for p in list_payees(store) if p.name == "Amazon"]
    assert [(p.merchant, p.transactions) for p in payees] == [(target, 7)]
    later = [t for t in list_transactions(store) if t.payee == AMZN and t.date >= date(2024, 3, 1)]
    assert {(t.merchant, t.category) for t in later} == {(target, "Shopping:Marketplace")}


def test_merging_payees_through_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    lines = [
        *monthly(SPOTIFY, date(2024, 1, 3), 3, "-11.99"),
        *monthly(AMZN, date(2024, 1, 8), 2, "-12.00"),
    ]
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert cli_json(data, "import", str(ofx))["new"] == 5

    done = run_cli(data, "payees", "merge", "Amazon", "Spotify")
    assert done.returncode == 0, done.stderr
    assert "merged into SPOTIFY STOCKHOLM (shown as Spotify): 2 transactions" in done.stdout
    (payee,) = cli_json(data, "payees")
    assert (payee["name"], payee["transactions"]) == ("Spotify", 5)
    refused = run_cli(data, "payees", "merge", "Spotify", "spotify stockholm")
    assert refused.returncode == 2
    assert refused.stderr.startswith("finapp: 'Spotify' and 'spotify stockholm' are the same payee")
    unknown = run_cli(data, "payees", "merge", "Hulu", "Spotify")
    assert unknown.returncode == 2 and unknown.stderr.startswith("finapp: No payee 'Hulu'")


def test_a_schema_8_store_upgrades_and_can_merge_payees(store: Store) -> None:
    _load(
        store,
        CARD,
        *monthly(SPOTIFY, date(2024, 1, 3), 2, "-11.99"),
        *monthly(AMZN, date(2024, 1, 8), 2, "-12.00"),
    )
    with upgraded(store, undo_schema_9, PASSPHRASE) as reopened:
        merged = merge_payees(reopened, "Amazon", "Spotify")
        assert (merged.name, merged.transactions) == ("Spotify", 2)
        assert [(p.name, p.transactions) for p in list_payees(reopened)] == [("Spotify", 4)]
