"""A move to one's own savings or card is no spending even when only the current account is
imported: the words each bank prints for it say so (ING's "Oranje Spaarrekening", RBC's
"Online Banking transfer", TD's "TFR-TO", DCU's "TRANSFER TO MBR"). A household importing only
its current account saw its monthly 500.00 to savings counted as November's spending, and
listed as a subscription."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from finapp.services.imports import import_files
from finapp.services.month_report import month_report

ING = """\
"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"
"20261125";"ACME B.V.";"NL11INGB0001234567";"NL69INGB0123456789";"GT";"Bij";"3200,00";"Overschrijving";"Naam: ACME B.V. Omschrijving: Salaris 11-2026 IBAN: NL69INGB0123456789";"5269,00";""
"20261122";"Jumbo Amsterdam Centrum";"NL11INGB0001234567";"";"BA";"Af";"51,88";"Betaalautomaat";"Pasvolgnr: 001 22-11-2026 18:05 Transactie: 8Q2R11 Term: 9Z8Y7X Apple Pay";"2069,00";""
"20261120";"Oranje Spaarrekening V 530-71248";"NL11INGB0001234567";"";"GT";"Af";"500,00";"Online bankieren";"Naar Oranje Spaarrekening V530-71248";"2120,88";""
"""  # noqa: E501
RBC = """\
"Account Type","Account Number","Transaction Date","Cheque Number","Description 1","Description 2","CAD$","USD$"
Chequing,01234-5012345,11/20/2026,,"Online Banking transfer - 7781","TFR-TO 5012345",-500.00,
Chequing,01234-5012345,11/22/2026,,"Visa Debit purchase - 4417","LOBLAWS #1234",-51.88,
Chequing,01234-5012345,11/25/2026,,"Payroll Deposit","ACME CORP",3200.00,
"""  # noqa: E501
TD = """\
11/20/2026,TFR-TO C/C,500.00,,2120.88
11/22/2026,LOBLAWS #1234   _F,51.88,,2069.00
11/25/2026,ACME CORP PAY,,3200.00,5269.00
"""

#: a credit union's own sweep to the member's money market share (DCU)
DCU = """\
"DATE","TRANSACTION TYPE","DESCRIPTION","AMOUNT","ID","MEMO","CURRENT BALANCE"
"11/25/2026","CREDIT","ELECTRONIC DEPOSIT - 3392 ACME CORP PAYROLL","$3,200.00","a1","","$5,269.00"
"11/22/2026","DEBIT","POS PURCHASE MARKET BASKET #45 NASHUA NH","-$51.88","a2","","$2,069.00"
"11/20/2026","DEBIT","TRANSFER TO MBR ***0123 ACCT 3 11/20/2026 21:28 51547. - MONEY MARKET","-$500.00","a3","","$2,120.88"
"""  # noqa: E501

CASES = {
    "ING": ("NL11INGB0001234567_01-11-2026_30-11-2026.csv", ING, "EUR"),
    "RBC": ("csv12345.csv", RBC, "CAD"),
    "TD": ("accountactivity.csv", TD, "CAD"),
    "DCU": ("Main_Checking_Account_Transactions.csv", DCU, "USD"),
}


@pytest.mark.parametrize("bank", list(CASES))
def test_a_move_to_ones_own_savings_or_card_is_not_spent(bank: str, store, write) -> None:  # type: ignore[no-untyped-def]
    name, text, currency = CASES[bank]
    result = import_files(store, [write(name, text)]).files[0]
    assert result.error is None and result.new == 3
    (totals,) = month_report(store, date(2026, 11, 1)).totals
    assert (totals.currency, totals.income, totals.expenses) == (
        currency,
        Decimal("3200.00"),
        Decimal("51.88"),
    )
