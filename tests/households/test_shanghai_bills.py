"""A Shanghai couple's 支付宝, 微信支付 and 招商银行 statements, September to November 2026, read
on 2 December: what finapp says of their subscriptions and bills must agree with itself.

爱奇艺 went from 25.00 to 30.00 in November: the alerts tell it, and so must the year in review.
上海燃气 is billed by use (58.60, 64.20, then 88.90 in a colder November): no price rise. The
3,000.00 转账 to 张丽 each month, filed by the user under a transfer category, is no bill paid.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.helpers import cli_json, run_cli

pytestmark = pytest.mark.usefixtures("data_dir")

TODAY = "2026-12-02"
_MONTHS = (9, 10, 11)

#: (day, payee, 商品说明, amount) paid from 余额宝/花呗 each month
_ALIPAY = [
    (9, "爱奇艺", "爱奇艺黄金VIP会员连续包月", ("25.00", "25.00", "30.00")),
    (14, "上海燃气有限公司", "燃气费-户号8801****", ("58.60", "64.20", "88.90")),
    (21, "网易云音乐", "网易云音乐黑胶VIP连续包月", ("15.00", "15.00", "15.00")),
]
#: (day, payee, 商品, amount, kind) paid from 零钱 each month
_WECHAT = [
    (7, "腾讯视频", "腾讯视频VIP会员", "25.00", "商户消费"),
    (26, "张丽", "转账备注:房租分摊", "3000.00", "转账"),
]


def _alipay(folder: Path) -> Path:
    out = io.StringIO()
    out.write(
        "------------------------------------------------------------------------------------\n"
    )
    out.write("导出信息：\n姓名：李伟\n支付宝账户：138****6621\n")
    out.write("起始时间：[2026-09-01 00:00:00]    终止时间：[2026-11-30 23:59:59]\n")
    out.write("导出交易类型：[全部]\n导出时间：[2026-12-02 09:41:17]\n")
    out.write("-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24 + "\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额",
                "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注", ""])  # fmt: skip
    rows = []
    for n, (day, payee, item, amounts) in enumerate(_ALIPAY):
        for month, amount in zip(_MONTHS, amounts, strict=True):
            order = f"2026{month:02d}{day:02d}2200{n}{month:02d}4281263724777459958"
            rows.append([f"2026-{month:02d}-{day:02d} 09:{10 + n:02d}:18", "生活服务", payee, "/",
                         item, "支出", amount, "余额宝", "交易成功", f"{order}\t",
                         f"T200P{order[-19:]}\t", "", ""])  # fmt: skip
    w.writerows(sorted(rows, reverse=True))
    path = folder / "支付宝交易明细(20260901-20261130).csv"
    path.write_bytes(out.getvalue().encode("gbk"))
    return path


def _wechat(folder: Path) -> Path:
    head = ["微信支付账单明细", "微信昵称：[李伟]",
            "起始时间：[2026-09-01 00:00:00] 终止时间：[2026-11-30 23:59:59]", "导出类型：[全部]",
            "导出时间：[2026-12-02 09:45:03]", "", "共6笔记录",
            "----------------------微信支付账单明细列表--------------------"]  # fmt: skip
    out = io.StringIO()
    for line in head:
        out.write(line + ",,,,,,,,,,\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式",
                "当前状态", "交易单号", "商户单号", "备注"])  # fmt: skip
    rows = []
    for n, (day, payee, item, amount, kind) in enumerate(_WECHAT):
        for month in _MONTHS:
            ref = f"42000{n}{month:02d}{day:02d}6871646471926512266593"
            when = f"2026-{month:02d}-{day:02d} 21:16:{51 - n:02d}"
            rows.append([when, kind, payee, item, "支出", f"¥{amount}", "零钱", "支付成功",
                         f"{ref}\t", "/\t", "/"])  # fmt: skip
    w.writerows(sorted(rows, reverse=True))
    path = folder / "微信支付账单(20260901-20261130).csv"
    path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))
    return path


def _cmb(folder: Path) -> Path:
    """The 招商银行 储蓄卡 export: rent on the 1st, salary on the 10th, to 18 November."""
    lines = []
    for month in _MONTHS:
        lines.append((date(2026, month, 1), Decimal("-6500.00"), "转账汇款",
                      "王建国 6217000012345678", f"房租-2026年{month}月"))  # fmt: skip
        lines.append((date(2026, month, 10), Decimal("18500.00"), "代发工资",
                      "上海星云科技有限公司 121900000001", "工资"))  # fmt: skip
    lines.append((date(2026, 11, 18), Decimal("-80.00"), "快捷支付", "中国移动", "话费充值"))
    out = io.StringIO()
    out.write("\ufeff")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息", "客户摘要"])
    balance = Decimal("23456.78")
    for day, amount, summary, party, memo in lines:
        balance += amount
        w.writerow([day.isoformat(), "CNY", f"{amount:,}", f"{balance:,}", summary, party, memo])
    path = folder / "招商银行储蓄卡交易明细_6789_20260901-20261130.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.fixture
def imported(data_dir: Path, tmp_path: Path) -> Path:
    files = [_alipay(tmp_path), _wechat(tmp_path), _cmb(tmp_path)]
    proc = run_cli(data_dir, "import", *map(str, files))
    assert proc.returncode == 0, proc.stderr
    return data_dir


def _out(data_dir: Path, *args: str) -> str:
    proc = run_cli(data_dir, *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_the_year_in_review_lists_the_price_rise_the_alerts_tell(imported: Path) -> None:
    alerts = _out(imported, "alerts", "--as-of", TODAY)
    assert "爱奇艺 went up from 25.00 CNY to 30.00 CNY (60.00 CNY more a year)." in alerts
    year = _out(imported, "report", "--year", "2026")
    assert "Price increases: none" not in year
    (rise,) = [line for line in year.splitlines() if "爱奇艺" in line and "2026-11-09" in line]
    assert rise.split() == ["2026-11-09", "爱奇艺", "25.00", "30.00", "60.00", "CNY"]
    review = cli_json(imported, "report", "--year", "2026", "--json")
    rises = review["subscriptions"]["price_increases"]
    assert [(i["name"], i["old"], i["new"], i["extra_per_year"]) for i in rises] == [
        ("爱奇艺", "25.00", "30.00", "60.00")
    ]


def test_a_gas_bill_dearer_in_a_colder_month_is_no_price_rise(imported: Path) -> None:
    alerts = _out(imported, "alerts", "--as-of", TODAY)
    assert "上海燃气" not in alerts and "88.90" not in alerts
    year = _out(imported, "report", "--year", "2026")
    assert "58.60" not in year.split("Price increases:")[1]


def test_a_transfer_to_zhang_li_filed_as_a_transfer_is_no_bill_paid(imported: Path) -> None:
    def paid_in_november() -> str:
        month = _out(imported, "report", "--month", "2026-11")
        (line,) = [x for x in month.splitlines() if x.startswith("Subscriptions and bills paid")]
        return line

    assert run_cli(imported, "categories", "add", "转账", "--kind", "transfer").returncode == 0
    ids = [t["id"] for t in cli_json(imported, "transactions", "--json") if t["payee"] == "张丽"]
    assert len(ids) == 3
    for txn in ids:
        assert run_cli(imported, "categorize", str(txn), "转账").returncode == 0
    # rent 6500.00, 爱奇艺 30.00, 上海燃气 88.90, 网易云音乐 15.00, 腾讯视频 25.00
    assert paid_in_november() == (
        "Subscriptions and bills paid (already in the spending above): 6658.90 CNY"
    )
    year = _out(imported, "report", "--year", "2026")
    assert "Subscriptions and bills paid: 19911.70 CNY" in year
