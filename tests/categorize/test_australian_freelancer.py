"""An Australian freelancer's accounts as CommBank and ANZ export them (no header, day first,
the description doing all the work): the rent sent by the CommBank app, the card paid from
it, the gym's and the power company's direct debits, the phone, the accounting software, the
tax office paid by BPAY, cash from an ATM, and clients' invoices paid in, are filed where the
freelancer would file them. Nearly six in ten of such a household's lines stayed
Uncategorized."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: CommBank everyday account: (day, amount, description) → the category expected
COMMBANK = {
    (
        "29/10/2026",
        "-1240.00",
        "Transfer To Ray White Brunswick CommBank app Rent 4/22 Hope St",
    ): "Housing:Rent",
    ("27/10/2026", "-1850.00", "Transfer To CBA MasterCard CommBank app"): "Transfers:Card Payment",
    ("30/10/2026", "-34.95", "DIRECT DEBIT 062939 FITNESS FIRST AUST 10384711"): "Health:Fitness",
    (
        "21/10/2026",
        "-212.48",
        "DIRECT DEBIT 429410 ORIGIN ENERGY 4487712",
    ): "Bills & Utilities:Electricity",
    ("28/10/2026", "-200.00", "Wdl ATM CBA ATM BRUNSWICK 2 VIC 312456 AUS"): "Cash",
    ("16/10/2026", "4620.00", "Direct Credit 162740 NORTHCOTE COUNCIL INV-0107"): "Income:Other",
    ("09/10/2026", "1318.40", "Direct Credit 451203 STRIPE AU S91L26FS"): "Income:Other",
    ("12/10/2026", "18.50", "Direct Credit 451203 STRIPE AU REFUND 4471"): "Refunds",
    ("14/10/2026", "-23.80", "TOMATO BROTHERS BRUNSWICK AU"): None,  # a shop, not the ATO
}
#: the CommBank MasterCard and the ANZ saver
CARD = {
    ("20/10/2026", "-35.00", "BELONG MOBILE MELBOURNE AU"): "Bills & Utilities:Phone",
    ("02/10/2026", "-38.00", "XERO AUSTRALIA PTY LTD WELLINGTON NZ"): "Software & Apps",
    ("28/10/2026", "1850.00", "PAYMENT RECEIVED, THANK YOU"): "Transfers:Card Payment",
}
ANZ = {
    ("28/10/2026", "-4220.10", "ANZ INTERNET BANKING BPAY TAX OFFICE PAYMENTS {551234}"): "Taxes",
}


def _write(path: Path, lines: dict[tuple[str, str, str], str | None], balance: bool) -> Path:
    """Newest first, as the banks list them; CommBank adds the balance after each line."""
    oldest_first = sorted(lines, key=lambda line: line[0][6:] + line[0][3:5] + line[0][:2])
    held, rows = Decimal("9120.35"), []
    for day, amount, text in oldest_first:
        held += Decimal(amount)
        rows.append(f'{day},"{amount}","{text}"' + (f',"{held:+.2f}"' if balance else ""))
    path.write_text("\n".join(reversed(rows)) + "\n", encoding="utf-8")
    return path


def test_an_australian_freelancers_month_is_filed_as_they_would(
    store: Store, tmp_path: Path
) -> None:
    files = [
        _write(tmp_path / "CSVData.csv", COMMBANK, balance=True),
        _write(tmp_path / "CSVData (1).csv", CARD, balance=True),
        _write(tmp_path / "ANZ.csv", ANZ, balance=False),
    ]
    result = import_files(store, files)
    assert not result.failed, result.failed
    filed = {str(t.amount): t.category or None for t in list_transactions(store)}
    wanted = {amount: category for lines in (COMMBANK, CARD, ANZ)
              for (_day, amount, _text), category in lines.items()}  # fmt: skip
    assert filed == wanted
