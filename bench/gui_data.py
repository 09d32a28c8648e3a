"""Stores for the app's benchmarks with payees that do not flatter: hundreds of merchants whose
memos carry reference numbers, English and Chinese, a bank, a card and a payment-app account.

Rows go straight into the store (the app reads what an import wrote; importing 300k lines
would time the importer, which :mod:`bench.import_bench` does).
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from finapp.services.opening import open_store
from finapp.store.schema import Account, Category, Transaction

_CHAINS = ["NETFLIX.COM", "WHOLEFDS MKT", "SHELL OIL", "AMAZON MKTPLACE PMTS", "UBER *TRIP",
           "STARBUCKS STORE", "TRADER JOE'S", "CVS/PHARMACY", "SQ *BLUE BOTTLE", "TARGET",
           "COSTCO WHSE", "SPOTIFY USA", "LYFT *RIDE", "CHEVRON", "WALGREENS", "APPLE.COM/BILL",
           "DOORDASH*", "PAYPAL *", "AMZN Mktp US*", "TST* ", "HOME DEPOT", "SAFEWAY"]  # fmt: skip
_CHINESE = ["美团外卖", "滴滴出行", "中国铁路12306", "盒马鲜生", "瑞幸咖啡", "京东商城", "拼多多",
            "星巴克", "饿了么", "中国移动", "国家电网", "携程旅行"]  # fmt: skip
_WORDS = ["CAFE", "DELI", "MARKET", "BAKERY", "AUTO", "BOOKS", "PIZZA", "SUSHI", "HARDWARE",
          "FLORIST", "PHARMACY", "GRILL", "NAILS", "TAILOR", "GYM", "PARKING"]  # fmt: skip
_CITIES = ["SAN FRANCISCO CA", "OAKLAND CA", "NEW YORK NY", "SEATTLE WA", "AUSTIN TX", ""]


def _merchants(rng: random.Random) -> list[str]:
    """About 500 distinct merchant names: chains with store numbers, local shops, Chinese."""
    names = [f"{chain} #{rng.randint(100, 99_999)}" for chain in _CHAINS for _ in range(8)]
    names += [f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {n}" for n in range(250)]
    names += [f"支付宝 {shop}{n}" for shop in _CHINESE for n in range(5)]
    names += [f"微信支付-{shop}" for shop in _CHINESE]
    return names


def varied_rows(n: int, accounts: list[int], category_ids: list[int], today: date) -> list[dict]:
    """``n`` transaction rows spread over the years up to ``today``, oldest first."""
    rng = random.Random(18)
    merchants = _merchants(rng)
    days = max(730, n // 30)
    start = today - timedelta(days=days)
    rows = []
    for i in range(n):
        payee = rng.choice(merchants)
        income = rng.random() < 0.04
        amount = rng.randint(100_000, 600_000) if income else -rng.randint(50, 40_000)
        memo = rng.choice(
            [f"{payee[:12]} {rng.randint(1, 99)}", f"REF {rng.randint(10**9, 10**10)}",
             f"{rng.choice(_CITIES)} {rng.randint(1000, 9999)}", "", "订单号 " + str(i)]
        )  # fmt: skip
        rows.append(
            {
                "account_id": accounts[i % len(accounts)],
                "posted": start + timedelta(days=i * days // n),
                "posted_time": time(rng.randint(0, 23), rng.randint(0, 59)) if i % 3 else None,
                "amount_minor": amount,
                "currency": "USD",
                "payee": "PAYROLL ACME CORP" if income else payee,
                "memo": memo,
                "merchant": payee.split(" #")[0],
                "dedupe_key": f"fp:{i}",
                "occurrence": 0,
                "category_id": rng.choice(category_ids) if rng.random() < 0.85 else None,
            }
        )
    return rows


def fill_varied(data_dir: Path, passphrase: str, n: int, today: date | None = None) -> None:
    """A passphrase store at ``data_dir`` holding ``n`` varied transactions up to today."""
    store = open_store(data_dir, passphrase=passphrase)
    with store.write() as session:
        accounts = [Account(name=name, currency="USD") for name in
                    ("Everyday checking", "Visa card", "Alipay 支付宝")]  # fmt: skip
        session.add_all(accounts)
        session.flush()
        category_ids = list(session.scalars(select(Category.id)))
        rows = varied_rows(n, [a.id for a in accounts], category_ids, today or date.today())
        session.execute(insert(Transaction), rows)
    store.close()


def varied_store(workdir: str | Path, n: int, passphrase: str) -> Path:
    """The data directory of a varied store of ``n`` transactions under ``workdir``, filled on
    the first call of a benchmark run and shared by the later ones."""
    data_dir = Path(workdir) / f"varied-{n}"
    if not data_dir.exists():
        fill_varied(data_dir, passphrase, n)
    return data_dir
