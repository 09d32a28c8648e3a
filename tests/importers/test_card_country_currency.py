"""A CSV that names no currency is in the money of the country its card lines name.

CommBank's download (``CSVData.csv``) is three or four unnamed columns: date, amount,
description, balance. Nothing in it says Australian dollars but its card lines, which end with
the country (``WOOLWORTHS 1234 SYDNEY NS AUS Card xx4821``). Read as US dollars it made a
freelancer's first account, and every figure after, dollars of the wrong country. A US card's
statement with a purchase in London among its lines stays in dollars, and a US city named
Austin is no country.
"""

from __future__ import annotations

from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.store.engine import Store

COMMBANK = """\
05/11/2026,"-45.20","WOOLWORTHS 1234 SYDNEY NS AUS Card xx4821 Value Date: 03/11/2026","+1210.14"
04/11/2026,"-6.50","GUZMAN Y GOMEZ NEWTOWN NS AUS Card xx4821 Value Date: 02/11/2026","+1255.34"
03/11/2026,"+2450.00","Direct Credit 123456 ACME DESIGN PTY","+1261.84"
01/11/2026,"-129.99","ADOBE *CREATIVE CLOUD SYDNEY AUS Card xx4821","-1188.16"
28/10/2026,"-62.00","Transfer To Savings NetBank","-1058.17"
20/10/2026,"-38.50","XERO AUSTRALIA PTY LTD MELBOURNE AUS Card xx4821","-996.17"
12/10/2026,"-18.90","SPOTIFY P2B4C6D8E SYDNEY AUS Card xx4821","-957.67"
"""

US_CARD = """\
Transaction Date,Post Date,Description,Category,Type,Amount
11/05/2026,11/06/2026,HEB #412 AUSTIN TX,Groceries,Sale,-84.12
11/04/2026,11/05/2026,TORCHYS TACOS AUSTIN TX,Food & Drink,Sale,-14.37
11/03/2026,11/04/2026,PRET A MANGER LONDON GBR,Food & Drink,Sale,-9.80
11/02/2026,11/03/2026,AUSTIN ENERGY AUSTIN TX,Bills & Utilities,Sale,-122.40
11/01/2026,11/02/2026,NETFLIX.COM,Entertainment,Sale,-15.49
10/30/2026,10/31/2026,H-E-B GAS #412 AUSTIN TX,Gas,Sale,-41.02
10/28/2026,10/28/2026,Payment Thank You-Mobile,,Payment,500.00
"""


def test_commbanks_export_is_in_australian_dollars(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "CSVData.csv"
    path.write_text(COMMBANK, encoding="utf-8")

    (file,) = import_files(store, [path]).files

    assert [a.currency for a in list_accounts(store)] == ["AUD"]
    assert file.detected is not None and file.detected["currency"] == "AUD"
    assert file.detected["currency_from"] == "from the country its card lines name"


def test_a_us_card_with_a_purchase_in_london_stays_in_dollars(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "Chase4821_Activity20261106.CSV"
    path.write_text(US_CARD, encoding="utf-8")

    import_files(store, [path])

    assert [a.currency for a in list_accounts(store)] == ["USD"]


BANK_OF_AMERICA = "\n".join(
    (
        "Description,,Summary Amt.",
        'Beginning balance as of 10/01/2026,,"3,420.55"',
        'Total credits,,"2,415.00"',
        'Total debits,,"-1,575.63"',
        'Ending balance as of 10/31/2026,,"4,259.92"',
        "",
        "Date,Description,Amount,Running Bal.",
        '10/01/2026,Beginning balance as of 10/01/2026,,"3,420.55"',
        '10/01/2026,"AVALON ANN ARBOR DES:WEB PMTS ID:XXXXX58201 INDN:LI XIAOYU CO ID:XXXXX00811'
        ' WEB","-1,485.00","1,935.55"',
        '10/03/2026,"CHECKCARD 1003 MEIJER # 025 ANN ARBOR MI 244691012765513758","-90.63",'
        '"1,844.92"',
        '10/15/2026,"UNIV OF MICHIGAN DES:PAYROLL ID:XXXXX1234 INDN:LI XIAOYU CO ID:XXXXX55501'
        ' PPD","2,415.00","4,259.92"',
        "",
    )
)


def test_a_us_banks_export_is_in_dollars_in_a_household_of_yuan(
    store: Store, tmp_path: Path
) -> None:
    """A Chinese student's 招商银行 and 支付宝 came first, so the household's money is yuan;
    Bank of America's stmt.csv names no currency, but its bank does: dollars, never yuan."""
    cmb = tmp_path / "招商银行交易流水_20261001_20261031.csv"
    cmb.write_text(
        "交易日期,交易时间,收入,支出,余额,交易类型,交易备注\n"
        "20261005,10:12:09,,1000.00,65917.18,转账,汇款\n"
        "20261010,09:00:00,3000.00,,68917.18,转账,爸爸\n",
        encoding="utf-8",
    )
    boa = tmp_path / "stmt.csv"
    boa.write_text(BANK_OF_AMERICA, encoding="utf-8")

    import_files(store, [cmb])
    import_files(store, [boa])

    currencies = {a.name: a.currency for a in list_accounts(store)}
    assert currencies["Bank of America"] == "USD" and "CNY" in currencies.values()
