"""BoursoBank's export names its account and states its balance on every row.

``accountLabel`` is the account's name at the bank ("BoursoBank" for the current account,
"Livret A" for the savings book) and ``accountbalance`` the balance at the download, the same
on every row, its thousands parted by a space (a no-break one, or a narrow no-break one, as
BoursoBank writes it). The family's accounts list said "unknown" for both accounts and called the
Livret A "BoursoBank …7654", a checking account, so the emergency fund left out their savings.
"""

from __future__ import annotations

from decimal import Decimal

from finapp.core.account_types import AccountType
from finapp.core.balance_kinds import BalanceKind
from finapp.importers.csv import read_csv
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.reconciliation import BooksState, account_books

HEADER = (
    "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;"
    "accountLabel;accountbalance"
)
NBSP, NARROW = "\u00a0", "\u202f"


def _current(balance: str, lines: list[tuple[str, str, str, str, str]]) -> str:
    """A current account's export: each line is (day, label, category, parent, amount)."""
    rows = [
        f'{day};{day};"{label}";"{category}";"{parent}";"";{amount};;00040123456;"BoursoBank";'
        f"{balance}"
        for day, label, category, parent, amount in lines
    ]
    return "\ufeff" + "\r\n".join([HEADER, *rows]) + "\r\n"


NOVEMBER = [
    ("2026-11-27", "CARTE 26/11/26 BOULANGERIE PAUL LYON CB*4417", "Alimentation",
     "Vie quotidienne", "-6,53"),
    ("2026-11-16", "PRLV SEPA HARMONIE MUTUELLE", "Mutuelle", "Santé", "-88,10"),
    ("2026-11-10", "VIR SEPA THOMAS MARTIN", "Virements reçus", "Mouvements internes",
     "600,00"),
    ("2026-11-03", "VIR Virement vers Livret A", "Virements émis", "Mouvements internes",
     "-200,00"),
]  # fmt: skip
OCTOBER = [
    ("2026-10-31", "CARTE 31/10/26 FRANPRIX 5123 LYON CB*4417", "Alimentation",
     "Vie quotidienne", "-30,31"),
    ("2026-10-28", "VIR SEPA HOSPICES CIVILS DE LYON", "Salaires et revenus d'activité",
     "Revenus", f"2{NBSP}561,40"),
    ("2026-10-12", "PRLV SEPA NETFLIX INTERNATIONAL B.V.", "Abonnements",
     "Loisirs et sorties", "-14,99"),
]  # fmt: skip
LIVRET = (
    "\ufeff"
    + HEADER
    + "\r\n"
    + "\r\n".join(
        f'{day};{day};"VIR Virement depuis BoursoBank";"Epargne";"Epargne";"";200,00;;'
        f'00040987654;"Livret A";6{NARROW}358,41'
        for day in ("2026-11-03", "2026-10-05", "2026-09-03")
    )
    + "\r\n"
)


def test_the_balance_on_every_row_is_the_accounts_balance_on_the_day_of_the_download() -> None:
    """Dated by the day in BoursoBank's file name; a file renamed is dated by its latest line,
    the last day the balance is known to hold."""
    text = _current(f"38{NBSP}167,89", NOVEMBER).encode()
    named = read_csv("export-operations-30-11-2026_08-14-02.csv", text)
    renamed = read_csv("boursobank_novembre.csv", text)
    assert [(b.kind, b.as_of.isoformat(), b.amount) for b in named.statements[0].balances] == [
        (BalanceKind.LEDGER, "2026-11-30", Decimal("38167.89"))
    ]
    assert [(b.as_of.isoformat(), b.amount) for b in renamed.statements[0].balances] == [
        ("2026-11-27", Decimal("38167.89"))
    ]


def test_a_balance_written_with_a_point_beside_comma_amounts_is_read() -> None:
    """BoursoBank's 2026 export writes ``accountbalance`` as ``3412.77`` while its amounts
    are ``-6,53``: the balance was dropped, and the account's balance was unknown."""
    text = _current("38167.89", NOVEMBER).encode()
    parsed = read_csv("export-operations-30-11-2026_08-14-02.csv", text)
    assert [(b.as_of.isoformat(), b.amount) for b in parsed.statements[0].balances] == [
        ("2026-11-30", Decimal("38167.89"))
    ]
    assert [t.amount for t in parsed.statements[0].transactions][:2] == [
        Decimal("-6.53"),
        Decimal("-88.10"),
    ]


def test_the_account_label_names_the_account_and_a_livret_is_savings(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(
        store,
        [
            write("export-operations-27-11-2026_08-14-02.csv", _current("38 167,89", NOVEMBER)),
            write("export-operations-27-11-2026_08-15-40.csv", LIVRET),
        ],
    )
    shown = {
        (a.name, a.type, a.balance, a.balance_date.isoformat() if a.balance_date else None)
        for a in list_accounts(store)
    }
    assert shown == {
        ("BoursoBank", AccountType.CHECKING, Decimal("38167.89"), "2026-11-27"),
        ("BoursoBank Livret A", AccountType.SAVINGS, Decimal("6358.41"), "2026-11-27"),
    }


def test_two_downloads_state_balances_the_lines_between_them_add_up_to(store, write) -> None:  # type: ignore[no-untyped-def]
    """October's download, made on the day of its last line, states 37,862.52, November's
    38,167.89: November's lines move it by 305.37 between them, so the books agree."""
    october_balance = Decimal("38167.89") - Decimal("-6.53") - Decimal("-88.10") - 600 + 200
    import_files(
        store,
        [
            write(
                "export-operations-31-10-2026_19-02-11.csv",
                _current(f"{october_balance:,}".replace(",", NBSP).replace(".", ","), OCTOBER),
            ),
            write("export-operations-27-11-2026_08-14-02.csv", _current("38 167,89", NOVEMBER)),
        ],
    )
    books = account_books(store)["BoursoBank"]
    assert (books.state, books.checked) == (BooksState.AGREE, 2)
