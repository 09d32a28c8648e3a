"""Benefits a government pays into an RBC account are named by what they are.

RBC prints who pays only as a level of government in Description 1 ("Federal Payment", and
"Prov/Local Gvt Payment" for a province's or a city's), and the program in Description 2:
"CANADA CHILD BENEFIT" on the 20th of each month, "GST/HST CREDIT" each quarter. Both streams
of a Toronto couple were named "Federal"; they are "Canada Child Benefit" and "GST/HST Credit",
as a payee that only says how the money went (RBC's "Misc Payment") is named by its memo.

The GST/HST credit is due on the 5th of January, April, July and October, and paid on the
working day before when that is a weekend (4 July 2025, 3 October 2025): its next payment, in
statements to 20 November 2026, is 5 January 2027, not Sunday the 3rd.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.display_names import shipped_namer
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.payee_list import list_payees
from finapp.store.engine import Store
from tests.subscriptions.toronto_exports import RbcLine, write_rbc

#: the days the Canada Revenue Agency paid the GST/HST credit
_GST_DAYS = (
    date(2025, 7, 4), date(2025, 10, 3), date(2026, 1, 5),
    date(2026, 4, 3), date(2026, 7, 3), date(2026, 10, 5),
)  # fmt: skip


def _lines() -> list[RbcLine]:
    lines: list[RbcLine] = []
    for year, month in [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 12)]:
        ccb = "666.41" if (year, month) < (2026, 7) else "684.33"
        lines.append((date(year, month, 20), "Federal Payment", "CANADA CHILD BENEFIT", ccb))
        lines.append((date(year, month, 1), "Mortgage Payment", "RBC MORTGAGE 5123887",
                      "-2684.17"))  # fmt: skip
        lines.append((date(year, month, 14), "Payroll Deposit", "CGI INC", "2745.10"))
    for day in _GST_DAYS:
        credit = "129.50" if day < date(2026, 7, 1) else "133.25"
        lines.append((day, "Federal Payment", "GST/HST CREDIT", credit))
    return lines


def test_federal_payments_are_named_by_their_program(store: Store, tmp_path: Path) -> None:
    import_files(store, [write_rbc(tmp_path / "csv73628.csv", _lines())])

    found = {v.name: v for v in subs.list_subscriptions(store, date(2026, 11, 20))}
    assert "Federal" not in found
    ccb, gst = found["Canada Child Benefit"], found["GST/HST Credit"]
    assert (ccb.kind, ccb.cadence, ccb.amount) == ("income", "monthly", Decimal("684.33"))
    assert (gst.kind, gst.cadence, gst.amount) == ("income", "quarterly", Decimal("133.25"))
    assert gst.next_date == date(2027, 1, 5)
    assert ccb.next_date == date(2026, 12, 20)
    assert "Salary — Cgi" in found  # a payroll deposit stays its employer's salary


def test_a_provincial_payment_is_named_by_its_program() -> None:
    namer = shipped_namer()
    assert namer.name("Prov/Local Gvt Payment", "ONTARIO TRILLIUM BENEFIT") == (
        "Ontario Trillium Benefit"
    )
    assert namer.name("Federal Payment", "CANADA CHILD BENEFIT") == "Canada Child Benefit"


def test_the_child_benefit_and_the_gst_credit_are_two_payees(store: Store, tmp_path: Path) -> None:
    """The Payees page lists the two programs apart, each with its own money received: one
    "Federal" payee of both had summed 11,800 of benefits under one name."""
    import_files(store, [write_rbc(tmp_path / "csv73628.csv", _lines())])
    received = {
        payee.name: sum(total.received for total in payee.totals)
        for payee in list_payees(store)
        if payee.name in ("Canada Child Benefit", "GST/HST Credit")
    }
    assert received == {
        "Canada Child Benefit": Decimal("666.41") * 12 + Decimal("684.33") * 5,
        "GST/HST Credit": Decimal("129.50") * 4 + Decimal("133.25") * 2,
    }
