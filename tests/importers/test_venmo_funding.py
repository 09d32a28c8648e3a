"""A Venmo payment funded by the bank is one payment, not two; a charge is named by the other
person.

Venmo's statement names each payment's funding source: dinner with Chris Park, 64.00 from
``CHASE BANK Personal Checking *4321``. Chase's download lists the same money as ``VENMO
PAYMENT 1000000016 WEB ID: 3264681992``. Imported together, the dinner was counted twice: once
as Chris Park in Venmo, once as a Person to Person payment from checking. The Venmo row, which
names whom it paid, stays the spending; the bank line is the money that funded it, a move
between the household's own accounts. A payment from the Venmo balance has no bank line.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions

VENMO = """\
Account Statement - (@Alex-Morgan-12) - September 1st to November 30th 2026 ,,,,,,,,,,,,,,,,,,,,,
Account Activity,,,,,,,,,,,,,,,,,,,,,
,ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer
,,,,,,,,,,,,,,,,$0.00,,,,,
,4120000000000000013,2026-11-08T20:15:03,Payment,Complete,🍜 dinner,Alex Morgan,Chris Park,- $64.00,,0,,0,,CHASE BANK Personal Checking *4321,,,,,Venmo,,
,4120000000000000014,2026-11-10T12:30:00,Payment,Complete,🍕 pizza,Alex Morgan,Dana Whitfield,- $18.50,,0,,0,,Venmo balance,,,,,Venmo,,
,4120000000000000017,2026-11-12T09:02:44,Payment,Complete,concert tix 🎸,Dana Whitfield,Alex Morgan,+ $45.00,,0,,0,,,Venmo balance,,,,Venmo,,
,,,,,,,,,,,,,,,,,$26.50,$0.00,,$0.00,"In case of errors or questions about your electronic transfers:
Call 1-855-812-4430."
"""  # noqa: E501
CHASE = """\
Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #
CREDIT,11/15/2026,"ACME CORP       PAYROLL    PPD ID: 9111111101",3100.00,ACH_CREDIT,27667.97,,
DEBIT,11/09/2026,"VENMO            PAYMENT    1000000016 WEB ID: 3264681992",-64.00,ACH_DEBIT,24567.97,,
DEBIT,11/03/2026,"WHOLEFDS MKT #10234",-58.10,DEBIT_CARD,24631.97,,
"""  # noqa: E501


def test_a_payment_the_bank_funded_is_counted_once(store, write) -> None:  # type: ignore[no-untyped-def]
    files = [write("VenmoStatement_November_2026.csv", VENMO),
             write("Chase4321_Activity_20261201.CSV", CHASE)]  # fmt: skip
    import_files(store, files)

    (totals,) = month_report(store, date(2026, 11, 1)).totals
    # the dinner (64.00, as Chris Park), the pizza from the balance and Whole Foods
    assert (totals.income, totals.expenses) == (Decimal("3145.00"), Decimal("140.60"))
    lines = list_transactions(store)
    bank = next(t for t in lines if t.account != "Venmo" and t.amount == Decimal("-64.00"))
    venmo = next(t for t in lines if t.account == "Venmo" and t.amount == Decimal("-64.00"))
    assert bank.is_transfer and not venmo.is_transfer
    assert venmo.payee == "Chris Park"


#: charges both ways: Chris asks the holder for the utilities (From Chris, To the holder, money
#: out), the holder asks Dana for gas (From the holder, To Dana, money in)
CHARGES = """\
Account Statement - (@Alex-Morgan-12) - November 1st to November 30th 2026 ,,,,,,,,,,,,,,,,,,,,,
Account Activity,,,,,,,,,,,,,,,,,,,,,
,ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer
,,,,,,,,,,,,,,,,$20.00,,,,,
,4150000000000000001,2026-11-03T19:20:00,Charge,Complete,🏠 utilities Oct,Chris Park,Alex Morgan,- $30.00,,0,,0,,Venmo balance,,,,,Venmo,,
,4150000000000000002,2026-11-05T08:00:00,Charge,Complete,⛽ gas,Alex Morgan,Dana Whitfield,+ $25.00,,0,,0,,,Venmo balance,,,,Venmo,,
,4150000000000000003,2026-11-06T12:00:00,Payment,Complete,🍕,Dana Whitfield,Alex Morgan,+ $15.00,,0,,0,,,Venmo balance,,,,Venmo,,
,4150000000000000004,2026-11-10T12:00:00,Payment,Complete,birthday 🎁,Alex Morgan,Chris Park,- $10.00,,0,,0,,Venmo balance,,,,,Venmo,,
"""  # noqa: E501


def test_a_charge_is_named_by_the_other_person(store, write) -> None:  # type: ignore[no-untyped-def]
    """Both charges were named "Alex Morgan", the holder, on whichever side Venmo wrote them."""
    import_files(store, [write("VenmoStatement_November_2026.csv", CHARGES)])
    named = [(t.amount, t.payee) for t in sorted(list_transactions(store), key=lambda t: t.date)]
    assert named == [
        (Decimal("-30.00"), "Chris Park"),
        (Decimal("25.00"), "Dana Whitfield"),
        (Decimal("15.00"), "Dana Whitfield"),
        (Decimal("-10.00"), "Chris Park"),
    ]
