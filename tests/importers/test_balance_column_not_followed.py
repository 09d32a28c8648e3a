"""A download whose balance column does not add up says so, naming the line: the user sees a
balance column in their file, and the account's balance "unknown" with the advice to import a
statement with a balance would otherwise read as finapp ignoring it.

The 招商银行 download below is as the bank writes it (记账日期, 货币, 交易金额, 联机余额, …); in the
broken one a line the balance counted is missing from the file (the user cut out a line they
did not want to share), so the balances jump between the 10th and the 23rd."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_cli

HEADER = "记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要"
LINES = [
    '2026-11-01,CNY,"1,234.00","5,271.66",代发工资,某某科技有限公司,11月工资',
    '2026-11-02,CNY,"-1,000.00","4,271.66",转账汇款,张三 6214000011112222,转账',
    '2026-11-10,CNY,-300.00,"3,971.66",银联ATM取款,,银联 ATM 取款',
    '2026-11-12,CNY,-56.00,"3,915.66",快捷支付,美团支付,美团外卖',
    '2026-11-23,CNY,-10.14,"3,905.52",快捷支付,抖音电商商家888888888,抖音支付',
    '2026-11-27,CNY,-83.00,"3,822.52",一网通支付,国网电力有限公司9999,供电',
]


def _import(data_dir: Path, tmp_path: Path, lines: list[str]) -> tuple[str, object]:
    path = tmp_path / "招商银行交易流水.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    run = run_cli(data_dir, "import", str(path))
    assert run.returncode == 0, run.stderr
    (account,) = json.loads(run_cli(data_dir, "accounts", "--json").stdout)
    return run.stdout, account["balance"]


def test_a_balance_column_that_jumps_is_named_by_its_line(data_dir: Path, tmp_path: Path) -> None:
    without_the_12th = [line for line in LINES if not line.startswith("2026-11-12")]
    said, balance = _import(data_dir, tmp_path, without_the_12th)
    assert balance is None
    assert (
        "note: the balance column does not follow from the amounts from line 5 on, so no "
        "balance was taken from this file"
    ) in said


def test_a_balance_column_that_adds_up_gives_the_balance_and_no_note(
    data_dir: Path, tmp_path: Path
) -> None:
    said, balance = _import(data_dir, tmp_path, LINES)
    assert balance == "3822.52"
    assert "balance column" not in said
