"""SQLCipher against plain SQLite: 100k inserts and a monthly-by-category query."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, insert, select

from bench.table import Figure, timed
from finapp.store.engine import create_store_engine
from finapp.store.keys import StoreKey, new_raw_key
from finapp.store.schema import Account, Base, Category, Transaction

ROWS = 100_000


def _rows(account_id: int, category_ids: list[int]) -> list[dict]:
    rng = random.Random(7)
    start = date(2016, 1, 1)
    return [
        {
            "account_id": account_id,
            "posted": start + timedelta(days=i * 3650 // ROWS),
            "amount_minor": -rng.randint(100, 20_000),
            "currency": "USD",
            "payee": f"MERCHANT {rng.randint(1, 400)}",
            "dedupe_key": f"fp:{i}",
            "occurrence": 0,
            "category_id": rng.choice(category_ids),
        }
        for i in range(ROWS)
    ]


def _fill(engine: Engine) -> float:
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        account_id = conn.execute(
            insert(Account).values(name="Bench").returning(Account.id)
        ).scalar_one()
        category_ids = [
            conn.execute(insert(Category).values(name=f"C{i}").returning(Category.id)).scalar_one()
            for i in range(30)
        ]
    rows = _rows(account_id, category_ids)

    def write() -> None:
        with engine.begin() as conn:
            conn.execute(insert(Transaction), rows)

    return timed(write)[1]


def _monthly_by_category(engine: Engine) -> float:
    month = func.strftime("%Y-%m", Transaction.posted)
    query = select(month, Transaction.category_id, func.sum(Transaction.amount_minor)).group_by(
        month, Transaction.category_id
    )

    def read() -> int:
        with engine.connect() as conn:
            return len(conn.execute(query).all())

    return timed(read)[1]


def run(workdir: str) -> Iterator[Figure]:
    cipher = create_store_engine(Path(workdir) / "cipher.db", StoreKey.from_raw(new_raw_key()))
    plain = create_engine(f"sqlite:///{Path(workdir) / 'plain.db'}")
    insert_cipher, insert_plain = _fill(cipher), _fill(plain)
    query_cipher, query_plain = _monthly_by_category(cipher), _monthly_by_category(plain)
    cipher.dispose()
    plain.dispose()
    yield Figure("store", "100k inserts, SQLCipher", insert_cipher, "s")
    yield Figure("store", "100k inserts, plain SQLite", insert_plain, "s")
    yield Figure("store", "inserts SQLCipher / SQLite", insert_cipher / insert_plain, "ratio")
    yield Figure("store", "monthly-by-category query, SQLCipher", query_cipher, "s")
    yield Figure("store", "monthly-by-category query, plain SQLite", query_plain, "s")
    yield Figure("store", "query SQLCipher / SQLite", query_cipher / query_plain, "ratio")
