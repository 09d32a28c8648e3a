"""A share of the rent sent to (or received from) one's partner is a payment to a person, not a
second rent: the household's rent is the payment to the landlord, counted once."""

from __future__ import annotations

from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.shanghai_exports import wechat

P2P, RENT = "Person to Person", "Housing:Rent"

#: Chase checking, newest first: the rent to the landlord by ACH, and shares of it sent to and
#: received from flatmates by Zelle, the memo in the bank's words
CHASE = "\n".join(
    [
        "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #",
        'CREDIT,11/03/2026,"Zelle payment from EMILY CHEN for ""rent split""; Conf# j2k8s0d1x",'
        "1450.00,QUICKPAY_CREDIT,4368.42,,",
        'DEBIT,11/02/2026,"Zelle payment to Xiaoyu Li for ""11月房租分摊""; Conf# k8x2m9q1",'
        "-1450.00,QUICKPAY_DEBIT,2918.42,,",
        'DEBIT,11/01/2026,"OAKWOOD PROPERTY MGMT RENT PAYMENT PPD ID: 1234567890",'
        "-2900.00,ACH_DEBIT,4368.42,,",
        "",
    ]
)


def test_a_rent_share_to_a_partner_is_not_a_second_rent(store: Store, tmp_path: Path) -> None:
    rows = [
        ("2026-11-01 20:15:33", "转账", "小雨", "转账备注:房租分摊", "支出", "3250.00",
         "朋友已收钱", "1000050001202611010123456789"),
        ("2026-11-01 09:02:10", "转账", "房东王先生", "转账备注:11月房租", "支出", "6500.00",
         "朋友已收钱", "1000050001202611010098765432"),
    ]  # fmt: skip
    chase = tmp_path / "Chase1234_Activity_20261203.CSV"
    chase.write_text(CHASE, encoding="utf-8")
    result = import_files(store, [wechat(tmp_path, "20261101-20261130", rows), chase])
    assert not result.failed

    filed = {(t.payee, t.amount): t.category for t in list_transactions(store)}
    shares = {
        (payee, amount): filed[(payee, amount)]
        for payee, amount in filed
        if "房租分摊" in payee or "小雨" in payee or "rent split" in payee
    }
    assert set(shares.values()) == {P2P} and len(shares) == 3, shares
    rent = sorted(str(amount) for (_, amount), category in filed.items() if category == RENT)
    assert rent == ["-2900.00", "-6500.00"]  # the landlord's, in each currency, once
