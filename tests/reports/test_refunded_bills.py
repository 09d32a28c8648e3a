"""A subscription's charge the merchant refunded in full is no bill paid: March's report said
"Subscriptions and bills paid (already in the spending above)" with Hulu's 18.99 in it, though
Hulu gave the 18.99 back on the 17th and the month's spending above held none of it; the audit
counted it spent and the year in review paid."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.subscription_audit import audit
from finapp.services.subscriptions import list_subscriptions
from finapp.services.year_review import year_review
from finapp.store.engine import Store

HEADER = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
NETFLIX = "{m:02d}/09/2026,{m:02d}/10/2026,NETFLIX.COM,Entertainment,Sale,-15.49,"
HULU = "{m:02d}/14/2026,{m:02d}/15/2026,HULU 877-8244858 CA,Entertainment,Sale,-18.99,"
REFUND = "03/17/2026,03/18/2026,HULU 877-8244858 CA,Entertainment,Return,18.99,"


def test_a_refunded_charge_is_no_bill_paid(store: Store, tmp_path: Path) -> None:
    lines = [row.format(m=m) for m in range(1, 8) for row in (NETFLIX, HULU)] + [REFUND]
    card = tmp_path / "Chase1234_Activity20260101_20260731_20260801.CSV"
    card.write_text(HEADER + "\n".join(sorted(lines, reverse=True)) + "\n", encoding="utf-8")
    import_files(store, [card])
    names = {s.name for s in list_subscriptions(store, date(2026, 8, 1))}
    assert {"Netflix", "Hulu"} <= names

    march = month_report(store, date(2026, 3, 1), as_of=date(2026, 8, 1))
    assert [(s.currency, s.amount) for s in march.subscriptions] == [("USD", Decimal("15.49"))]
    (totals,) = march.totals
    assert totals.expenses == Decimal("15.49")  # the spending it is "already in"
    april = month_report(store, date(2026, 4, 1), as_of=date(2026, 8, 1))
    assert [(s.currency, s.amount) for s in april.subscriptions] == [("USD", Decimal("34.48"))]

    # the audit's spent and the year's paid leave it out too: six of Hulu's seven charges
    spent = {line.facts.name: line.spent_minor for line in audit(store, date(2026, 8, 1)).lines}
    assert spent["Hulu"] == 6 * 1899
    review = year_review(store, 2026, currency="USD", today=date(2026, 8, 1))
    assert [(p.currency, p.amount) for p in review.subscriptions_paid] == [
        ("USD", Decimal("222.37"))  # 7 × 15.49 + 6 × 18.99
    ]
