"""People paid by Zelle or by wire are a payee each, whichever way the money went: two friends
called Peter are two payees, a category taught for one stays with that one, and a name the bank
cut at 32 characters is still one person."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, update

from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.merchant_key_record import KEY_VERSION_SETTING
from finapp.services.opening import open_store
from finapp.services.payee_list import list_payees
from finapp.services.payee_names import TableNames
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Setting, Transaction
from tests.subscriptions.test_payee_list_grouped import CHECKING, _line, _load

HEADER = "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #"

#: Chase checking, newest first: Zelle to and from two Peters, the confirmation printed after
#: the name in its own case (BofA's sender code has no digit here), or a note and "Conf#"
PETERS = [
    'CREDIT,11/20/2026,"Zelle payment from Peter Miller for ""concert tickets""; Conf# x9y8z7w6",'
    "60.00,QUICKPAY_CREDIT,2315.00,,",
    'CREDIT,11/12/2026,"Zelle payment from Peter Chen BACvwqkzmtr",30.00,QUICKPAY_CREDIT,2255.00,,',
    'DEBIT,11/05/2026,"Zelle payment to Peter Chen JPM99e5f6g7h8",-45.00,QUICKPAY_DEBIT,2225.00,,',
    'DEBIT,11/02/2026,"Zelle payment to Peter Miller JPM99a1b2c3d4",-120.00,QUICKPAY_DEBIT,'
    "2270.00,,",
]
LATER = [
    'DEBIT,12/02/2026,"Zelle payment to Peter Miller JPM99q8r7s6t5",-120.00,QUICKPAY_DEBIT,'
    "2195.00,,",
    'DEBIT,12/03/2026,"Zelle payment to Peter Chen JPM99m4n3b2v1",-45.00,QUICKPAY_DEBIT,2150.00,,',
]


def _chase(tmp_path: Path, name: str, rows: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows, ""]), encoding="utf-8")
    return path


def _import(store: Store, *paths: Path) -> None:
    result = import_files(store, list(paths))
    assert not result.failed, result.failed


def _payees(store: Store) -> dict[str, int]:
    return {p.name: p.transactions for p in list_payees(store)}


def _keyed_as_before(store: Store, starting: str, key: str | None = None) -> None:
    """The store as an older finapp left it: every line whose key starts with ``starting``
    keyed ``key`` (``starting`` itself when not given), and no record of the keys' version."""
    with store.write() as session:
        session.execute(
            update(Transaction)
            .where(Transaction.merchant.startswith(starting))
            .values(merchant=key or starting)
        )
        session.execute(delete(Setting).where(Setting.key == KEY_VERSION_SETTING))


def _payees_once_opened(store: Store) -> dict[str, int]:
    """The payees of ``store`` closed and opened again, as the app opens it."""
    store.close()
    reopened = open_store(store.data_dir)
    try:
        return _payees(reopened)
    finally:
        reopened.close()


def test_two_friends_called_peter_are_two_payees(store: Store, tmp_path: Path) -> None:
    _import(store, _chase(tmp_path, "Chase1234_Activity_20261121.CSV", PETERS))
    # each was paid and paid back: named without the way, the confirmation and the note
    assert _payees(store) == {"Peter Chen": 2, "Peter Miller": 2}
    with store.read() as session:  # each line by the way it went
        names = TableNames(session)
        shown = {
            names.name(t.merchant, t.account, t.statement_text, t.memo)
            for t in list_transactions(store)
        }
    assert shown == {
        "Zelle to Peter Miller", "Zelle from Peter Miller", "Zelle to Peter Chen",
        "Zelle from Peter Chen",
    }  # fmt: skip


def test_a_category_taught_for_one_peter_stays_with_him(store: Store, tmp_path: Path) -> None:
    _import(store, _chase(tmp_path, "Chase1234_Activity_20261121.CSV", PETERS))
    lines = {(t.payee, t.amount): t for t in list_transactions(store)}
    miller = next(t for (payee, _), t in lines.items() if "to Peter Miller" in payee)
    set_category(store, miller.id, "Entertainment:Music lessons")

    _import(store, _chase(tmp_path, "Chase1234_Activity_20261204.CSV", LATER))
    filed = {t.payee: t.category for t in list_transactions(store) if t.amount < 0}
    assert filed == {
        "Zelle payment to Peter Miller JPM99a1b2c3d4": "Entertainment:Music lessons",
        "Zelle payment to Peter Miller JPM99q8r7s6t5": "Entertainment:Music lessons",
        "Zelle payment to Peter Chen JPM99e5f6g7h8": "Person to Person",
        "Zelle payment to Peter Chen JPM99m4n3b2v1": "Person to Person",
    }


def test_people_with_chinese_names_are_a_payee_each(store: Store, tmp_path: Path) -> None:
    rows = [
        'DEBIT,11/08/2026,"Zelle payment to 李雷 JPM99h7g6f5d4",-80.00,QUICKPAY_DEBIT,2190.00,,',
        'CREDIT,11/06/2026,"Zelle payment from 王小明 BACvwtsqpmn",35.00,QUICKPAY_CREDIT,2270.00,,',
        'DEBIT,11/04/2026,"Zelle payment to 王小明 for ""火锅""; Conf# p2o3i4u5",-70.00,'
        "QUICKPAY_DEBIT,2235.00,,",
    ]
    _import(store, _chase(tmp_path, "Chase1234_Activity_20261109.CSV", rows))
    assert _payees(store) == {"王小明": 2, "Zelle to 李雷": 1}


def test_wires_to_two_people_are_two_payees_and_one_back_is_the_same(store: Store) -> None:
    wire_out = (
        "WIRE TYPE:WIRE OUT DATE:260305 TIME:1015 ET TRN:2026030500123456 SERVICE REF:004321 "
        "BNF:{} ID:12345678 BNF BK:PKO BANK POLSKI SA ID:BPKOPLPW PMT DET:RENT MARCH"
    )
    wire_in = (
        "WIRE TYPE:WIRE IN DATE: 260320 TIME:0915 ET TRN:2026032000098765 SEQ:2026032000098765"
        "/004567 ORIG:{} ID:PL61109010140000071219812874 SND BK:PKO BANK POLSKI SA"
    )
    _load(
        store,
        CHECKING,
        _line(5, "-2400.00", wire_out.format("MAREK KOWALSKI")),
        _line(6, "-900.00", wire_out.format("ANNA NOWAK")),
        _line(20, "800.00", wire_in.format("MAREK KOWALSKI")),
    )
    assert _payees(store) == {"Marek Kowalski": 2, "Payment to Anna Nowak": 1}


def test_a_name_cut_at_32_characters_either_way_is_one_payee(store: Store) -> None:
    # an OFX NAME holds 32 characters: the payment and the refund cut the name in two places
    to, back, other = (
        "ZELLE PAYMENT TO OAKWOOD PROPERTY MGMT",
        "ZELLE PAYMENT FROM OAKWOOD PROPERTY MGMT",
        "ZELLE PAYMENT TO OAKLEY BARNES",
    )
    _load(
        store,
        CHECKING,
        _line(1, "-1875.00", to[:32], to),
        _line(9, "150.00", back[:32], back),
        _line(12, "-60.00", other, other),
    )
    payees = _payees(store)
    assert payees.pop("Zelle to Oakley Barnes") == 1
    ((name, lines),) = payees.items()
    assert lines == 2 and name.startswith("Oakwood Prop"), payees


def test_an_older_store_tells_its_peters_apart_when_opened(store: Store, tmp_path: Path) -> None:
    """An older finapp keyed every Zelle payment to a Peter "ZELLE PETER": one payee."""
    _import(store, _chase(tmp_path, "Chase1234_Activity_20261121.CSV", PETERS))
    _keyed_as_before(store, "ZELLE PETER")
    assert len(_payees(store)) == 1
    assert _payees_once_opened(store) == {"Peter Chen": 2, "Peter Miller": 2}


def test_a_file_listed_newest_first_shows_each_payees_latest_line(
    store: Store, tmp_path: Path
) -> None:
    """Chase lists the newest line first: the payee list still shows the latest line's words."""
    _import(store, _chase(tmp_path, "Chase1234_Activity_20261204.CSV", [*LATER[::-1], *PETERS]))
    shown = {p.name: p.statement_text for p in list_payees(store)}
    assert shown == {
        "Peter Miller": "Zelle payment to Peter Miller JPM99q8r7s6t5",
        "Peter Chen": "Zelle payment to Peter Chen JPM99m4n3b2v1",
    }


#: Bank of America checking as its CSV is downloaded: the summary above the lines, the oldest
#: line first, and Zelle lines that print the confirmation, then the person, and no way
BOFA = """Description,,Summary Amt.
Beginning balance as of 11/01/2026,,"3,412.09"
Total credits,,"2,640.00"
Total debits,,"-1,962.50"
Ending balance as of 11/30/2026,,"4,089.59"

Date,Description,Amount,Running Bal.
11/01/2026,Beginning balance as of 11/01/2026,,"3,412.09"
11/02/2026,"Zelle Transfer Conf# d8zwvoorc; XUCHANG HAIR LLC","-45.00","3,367.09"
11/03/2026,"Zelle Transfer Conf# RE4034KBF; KATHRYN GATHERUM-LUCKER","-1,850.00","1,517.09"
11/13/2026,"ACME CORP DES:PAYROLL ID:XXXXX12345 INDN:DOE,JOHN CO ID:XX345 PPD","2,300.00","3,817.09"
11/20/2026,"Zelle Transfer Conf# 99CWNC4CJ; KATHRYN GATHERUM-LUCKER","340.00","4,157.09"
11/24/2026,"Zelle Transfer Conf# Z5TMVDJRT; Biel Valldosera Socias","-67.50","4,089.59"
"""


def _bofa(tmp_path: Path, text: str = BOFA) -> Path:
    path = tmp_path / "stmt.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_bank_of_america_s_zelle_lines_are_a_payee_for_each_person(
    store: Store, tmp_path: Path
) -> None:
    """Bank of America prints the person after the confirmation; each is a payee of their own,
    named as Zelle's without a way, which the line does not say (the landlord's deposit came
    back the same way as the rent went)."""
    _import(store, _bofa(tmp_path))
    assert _payees(store) == {
        "Zelle · Kathryn Gatherum-Lucker": 2,
        "Zelle · Xuchang Hair": 1,
        "Zelle · Biel Valldosera Socias": 1,
        "Salary — Acme": 1,
    }
    filed = {t.amount: t.category for t in list_transactions(store) if "Zelle" in t.payee}
    assert set(filed.values()) == {"Person to Person"}


def test_an_older_store_tells_bank_of_america_s_zelle_people_apart_when_opened(
    store: Store, tmp_path: Path
) -> None:
    """finapp before keyed every one of these lines ``ZELLE TRANSFER``: one payee for all."""
    _import(store, _bofa(tmp_path))
    _keyed_as_before(store, "ZELLE", "ZELLE TRANSFER")
    assert len(_payees(store)) == 2
    assert len(_payees_once_opened(store)) == 4
