"""Two accounts of one bank or app are told apart by their names, whichever file came first.

A Shanghai couple: 张伟's ICBC debit card ends in 3391, 李娜's in 7720 (ICBC's 明细 export
names the card 6222****3391 above its rows); 李娜 exports her WeChat Pay bill as CSV, 张伟 his
as Excel, each naming its owner (微信昵称：[李娜]). The first of each pair kept the bare
"ICBC 工商银行" / "WeChat Pay 微信支付", the second alone carrying the card's last four or the
owner, so which card "ICBC 工商银行" was hung on the order of the import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.services.accounts import list_accounts, rename_account
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.households.shanghai_household import write_all

ICBC = {"ICBC 工商银行 …3391", "ICBC 工商银行 …7720"}
WECHAT = {"WeChat Pay 微信支付 李娜", "WeChat Pay 微信支付 张伟"}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    files = write_all(tmp_path_factory.mktemp("shanghai") / "exports")
    return {key: paths[0] for key, paths in files.items() if key != "cmb"}


def _names(store: Store, start: str) -> set[str]:
    return {a.name for a in list_accounts(store) if a.name.startswith(start)}


@pytest.mark.parametrize("first", ["a", "b"])
def test_each_card_and_wallet_named_by_its_own_part_in_any_order(
    store: Store, exports: dict[str, Path], first: str
) -> None:
    second = "b" if first == "a" else "a"
    order = [exports[f"icbc_{first}"], exports[f"wechat_{first}"]]
    order += [exports[f"icbc_{second}"], exports[f"wechat_{second}"]]

    result = import_files(store, order)

    assert _names(store, "ICBC") == ICBC
    assert _names(store, "WeChat") == WECHAT
    told = [a.note for f in result.files for a in f.accounts if a.note]
    assert len(told) == 2 and told[0].startswith('"ICBC 工商银行" is now called "ICBC 工商银行 …')
    again = import_files(store, order[::-1])
    assert again.new == 0 and len(list_accounts(store)) == 4


def test_an_account_the_user_named_keeps_its_name(store: Store, exports: dict[str, Path]) -> None:
    import_files(store, [exports["icbc_a"]])
    rename_account(store, "ICBC 工商银行", "张伟 工资卡")

    import_files(store, [exports["icbc_b"], exports["icbc_a"]])

    names = {a.name for a in list_accounts(store)}
    assert "张伟 工资卡" in names and len(names) == 2


def test_a_later_bill_naming_no_owner_joins_a_wallet(
    store: Store, exports: dict[str, Path], tmp_path: Path
) -> None:
    """A bill saved before WeChat printed 微信昵称 names no owner: it goes into a wallet of the
    household, as it went into the one called "WeChat Pay 微信支付", never a third wallet."""
    text = exports["wechat_b"].read_text(encoding="utf-8-sig")
    older = "".join(
        line.replace("2026-", "2024-").replace("2025-", "2023-")
        for line in text.splitlines(keepends=True)
        if not line.startswith("微信昵称")
    )
    unnamed = tmp_path / "微信支付账单(20231001-20241130).csv"
    unnamed.write_text(older, encoding="utf-8-sig")
    import_files(store, [exports["wechat_b"], exports["wechat_a"]])

    result = import_files(store, [unnamed])

    assert result.new > 0
    assert _names(store, "WeChat") == WECHAT
