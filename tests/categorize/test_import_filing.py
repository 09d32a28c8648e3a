"""An import files each line as it writes it: the same categories and payees as running the
rules over the lines once written, whatever rules the household has."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, update

from bench.realistic_statements import household, render
from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.rule_filing import apply_rules, rule_book
from finapp.services.rules import add_rule, list_rules, set_rule_enabled
from finapp.store.engine import Store
from finapp.store.schema import Account, Transaction


def _write_halves(folder: Path, transactions: int, seed: int) -> tuple[Path, Path]:
    """One household's history as two statements: the older half, then the newer."""
    first, txns = household(transactions, seed)
    middle = max(t.day for t in txns) // 2
    older, newer = folder / "older.ofx", folder / "newer.ofx"
    older.write_text(render(first, [t for t in txns if t.day < middle]), encoding="utf-8")
    newer.write_text(render(first, [t for t in txns if t.day >= middle]), encoding="utf-8")
    return older, newer


def _first_id(store: Store, *where) -> int:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return session.scalars(
            select(Transaction.id).where(*where).order_by(Transaction.id)
        ).first()


def _teach(store: Store) -> None:
    """Learned rules: whole merchants, and a merchant corrected twice (a finer rule)."""
    set_category(store, _first_id(store, Transaction.payee.startswith("STARBUCKS")), "Food:Coffee")
    set_category(store, _first_id(store, Transaction.payee == "美团外卖"), "Food:Delivery")
    set_category(store, _first_id(store, Transaction.payee.startswith("TARGET")), "Shopping")
    target = _first_id(
        store, Transaction.payee.startswith("TARGET"), Transaction.amount_minor < -5000
    )
    set_category(store, target, "Household")
    set_category(store, _first_id(store, Transaction.payee.startswith("SAFEWAY")), "Groceries")


def _user_rules(store: Store) -> None:
    """User rules of every field, match type, condition and priority, a rename, a disabled one."""
    with store.read() as session:
        accounts = dict(session.execute(select(Account.currency, Account.name)).all())
    add_rule(store, category="Groceries:Whole Foods", pattern="wholefds", match_type="contains")
    add_rule(store, category="Groceries:Trader", pattern="TRADER JOE", match_type="starts")
    add_rule(store, category="Income:Salary", pattern="ACME CORP PAYROLL", match_type="equals")
    add_rule(store, category="Transport", pattern=r"^(滴滴|UBER)", match_type="regex")
    add_rule(store, category="Fuel", pattern="shell oil", match_field="memo")
    add_rule(store, category="Shopping:Online", pattern="京东", match_field="any")
    add_rule(
        store,
        category="Food:Lunch",
        pattern="CHIPOTLE",
        match_field="merchant",
        match_type="equals",
    )
    add_rule(
        store, category="Food:Coffee big", pattern="STARBUCKS", priority=5, amount_min=Decimal("6")
    )
    add_rule(store, category="Refunds", pattern="a", sign="in", amount_max=Decimal("50"))
    add_rule(store, category="China", pattern="拼多多", account=accounts["CNY"], priority=1)
    add_rule(store, category=None, pattern="H-E-B", rename_to="HEB Grocery")
    add_rule(
        store, category="Groceries:Safeway", pattern="SAFEWAY", rename_to="Safeway", priority=8
    )
    add_rule(store, category="Never", pattern="e", match_field="any", priority=2)
    never = next(r for r in list_rules(store, origin="user") if r.category == "Never")
    set_rule_enabled(store, never.id, False)


def _filings(store: Store, batch_id: int) -> list[tuple[int, int | None, str | None, str]]:
    with store.read() as session:
        return [
            tuple(row)
            for row in session.execute(  # type: ignore[misc]
                select(
                    Transaction.id,
                    Transaction.category_id,
                    Transaction.category_source,
                    Transaction.payee,
                )
                .where(Transaction.batch_id == batch_id)
                .order_by(Transaction.id)
            )
        ]


def test_an_import_files_its_lines_as_the_rules_run_afterwards_would(
    store: Store, tmp_path: Path
) -> None:
    older, newer = _write_halves(tmp_path, 6_000, seed=3)
    import_files(store, [older])
    _teach(store)
    _user_rules(store)
    batch_id = import_files(store, [newer]).files[0].batch_id
    assert batch_id is not None
    filed = _filings(store, batch_id)
    with store.write() as session:  # the lines as written unfiled, then the rules over them
        session.execute(
            update(Transaction)
            .where(Transaction.batch_id == batch_id)
            .values(category_id=None, category_source=None, payee=Transaction.original_payee)
        )
        apply_rules(session, [Transaction.batch_id == batch_id], rule_book(session))
    assert _filings(store, batch_id) == filed
    sources = {source for _id, _cat, source, _payee in filed}
    assert sources == {"rule", "learned", None}
    assert {"HEB Grocery", "Safeway"} <= {payee for *_rest, payee in filed}
