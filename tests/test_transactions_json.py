"""``finapp transactions --json`` written by SQLite is byte for byte the listing the CLI's encoder
wrote from ``list_transactions``: on a varied household, under every filter, and on lines whose
texts, notes, tags, currencies, amounts and times are drawn at random (control characters,
quotes, Chinese, emoji, line separators; yen, dinars, cents; the smallest and largest
amounts)."""

from __future__ import annotations

import io
import sys
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from finapp.cli.output import print_json, print_utf8
from finapp.core.money import MAX_USER_AMOUNT
from finapp.errors import NotFoundError
from finapp.services.annotations import add_tags, set_note
from finapp.services.categories import category_paths
from finapp.services.payee_names import TableNames
from finapp.services.splits import SplitPart, read_splits, set_splits
from finapp.services.transactions import list_transactions
from finapp.services.transactions_json import transactions_json
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Transaction, TransactionSplit, TransactionTag
from tests.conftest import MadeStore
from tests.realistic_stores import realistic_store


def _former(store: Store, names: bool = False, **filters: object) -> str:
    """What the command printed before: the views of ``list_transactions``, through print_json;
    with ``names``, each line's name as the window's table names it."""
    named = names
    rows = list_transactions(store, **filters)  # type: ignore[arg-type]
    parts = read_splits(store)
    with store.read() as session:  # the names the window's table shows
        names = TableNames(session)
        shown = [names.name(t.merchant, t.account, t.payee, t.memo) for t in rows]
    out = io.StringIO()
    stdout, sys.stdout = sys.stdout, out
    try:
        print_json(
            [
                {
                    "id": t.id,
                    "account": t.account,
                    "date": t.date,
                    "time": t.time.strftime("%H:%M") if t.time else None,
                    "amount": t.amount,
                    "currency": t.currency,
                    "payee": t.payee,
                    **({"name": name} if named else {}),
                    "statement_text": t.statement_text,
                    "memo": t.memo,
                    "fitid": t.fitid,
                    "category": t.category,
                    "transfer": t.is_transfer,
                    "note": t.note,
                    "tags": list(t.tags),
                    "splits": [
                        {"category": p.category or None, "amount": p.amount, "memo": p.memo}
                        for p in parts.get(t.id, ())
                    ],
                }
                for t, name in zip(rows, shown, strict=True)
            ],
            floats=False,
        )
    finally:
        sys.stdout = stdout
    return out.getvalue()


def _written(store: Store, **filters: object) -> str:
    """What the command prints now, through the same writer it uses."""
    out = io.StringIO()
    stdout, sys.stdout = sys.stdout, out
    try:
        print_utf8(transactions_json(store, **filters))  # type: ignore[arg-type]
    finally:
        sys.stdout = stdout
    return out.getvalue()


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    return realistic_store(made_store, 3_000, seed=11)


def test_the_household_listing_is_the_same_bytes(household: Store) -> None:
    written = _written(household)
    assert written == _former(household)
    assert _written(household, names=True) == _former(household, names=True)
    assert '"transfer": true' in written and '"category": "' in written


def test_every_filter_gives_the_same_bytes(household: Store) -> None:
    account = list_transactions(household)[1_500].account
    since, until = date(2026, 3, 1), date(2026, 6, 30)
    for filters in (
        {"account": account},
        {"since": since},
        {"until": until},
        {"since": since, "until": until, "account": account},
        {"since": date(2100, 1, 1)},  # nothing: an empty list
    ):
        assert _written(household, **filters) == _former(household, **filters), filters
        named = _written(household, names=True, **filters)
        assert named == _former(household, names=True, **filters), filters
    assert _written(household, since=date(2100, 1, 1)) == "[]\n"


def test_notes_tags_and_the_filter_by_tag_give_the_same_bytes(household: Store) -> None:
    listed = list_transactions(household)
    holiday = [t.id for t in listed[100:160:3]]
    add_tags(household, ["#Holiday-2026", "#旅行"], holiday)
    add_tags(household, ["#tax"], [t.id for t in listed[2000:2010]] + holiday[:2])
    set_note(household, holiday[:5], 'Lisbon with "the kids"\nday 2')
    for tag in ("#holiday-2026", "TAX", "旅行", "unused"):
        assert _written(household, tag=tag) == _former(household, tag=tag), tag
    written = _written(household)
    assert written == _former(household)
    assert '"note": "Lisbon with \\"the kids\\"\\nday 2"' in written
    assert '"tags": [\n      "holiday-2026",\n      "tax",\n      "旅行"\n    ]' in written
    assert '"splits": []' in written
    assert len(list_transactions(household, tag="#tax")) == 12


def test_a_split_line_lists_its_parts_in_order(household: Store) -> None:
    line = next(t for t in list_transactions(household) if t.amount < -10)
    part = (line.amount / 4).quantize(Decimal("0.01"))
    set_splits(
        household,
        line.id,
        [
            SplitPart("Food:Groceries", line.amount - part, "weekly shop"),
            SplitPart("Shopping:Household", part),
        ],
    )
    written = _written(household)
    assert written == _former(household)
    assert (
        '"splits": [\n      {\n        "category": "Food:Groceries",\n'
        f'        "amount": "{line.amount - part}",\n        "memo": "weekly shop"\n      }},\n'
        '      {\n        "category": "Shopping:Household",\n'
        f'        "amount": "{part}",\n        "memo": ""\n      }}\n    ]'
    ) in written


def test_an_unknown_account_is_refused_as_before(household: Store) -> None:
    with pytest.raises(NotFoundError):
        transactions_json(household, account="no such account")


def test_the_bytes_reach_a_real_stdout_as_they_are(household: Store, capsysbinary) -> None:  # type: ignore[no-untyped-def]
    print_utf8(transactions_json(household, since=date(2026, 6, 1)))
    assert capsysbinary.readouterr().out.decode("utf-8") == _former(
        household, since=date(2026, 6, 1)
    )


_texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["", "a\u2028b\u2029", "\x00\x1f\x7f\x08\x0c", 'q"\\/', "中国铁路12306", "😀 e\u0301"]
    ),
)
_currencies = st.sampled_from(["USD", "CNY", "JPY", "BHD", "KWD", "EUR", "usd", "jpy", "XOF"])
_line = st.tuples(
    _texts,  # payee
    _texts,  # memo
    st.one_of(st.none(), _texts),  # fitid
    _currencies,
    st.integers(min_value=-(10**4), max_value=10**4)
    | st.integers(min_value=-int(MAX_USER_AMOUNT) * 1000, max_value=int(MAX_USER_AMOUNT) * 1000),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.one_of(st.none(), st.times()),
    st.booleans(),
    st.integers(min_value=0, max_value=3),  # category: none, top, child, grandchild
    _texts,  # note
    st.sets(st.sampled_from(["tax", "holiday-2026", "旅行", "a_b", "z", "école", "2026"])),
    # parts: category (none, or one of the tree's, the part's category deleted), minor, memo
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=3), st.integers(-(10**9), 10**9), _texts),
        max_size=3,
    ),
)

#: a category tree whose names need escaping: top, child, grandchild
_TOP, _CHILD, _GRANDCHILD = 'Top ✓ "q"', "Child\t中", "Grand\\child"
_PATHS = (_TOP, f"{_TOP}:{_CHILD}", f"{_TOP}:{_CHILD}:{_GRANDCHILD}")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(account_name=_texts.filter(bool), lines=st.lists(_line, min_size=1, max_size=25))
def test_drawn_lines_give_the_same_bytes(
    store: Store,
    account_name: str,
    lines: list[tuple],  # type: ignore[type-arg]
) -> None:
    with store.write() as session:
        session.execute(delete(Transaction))
        session.execute(delete(Account))
        top = session.scalar(select(Category).where(Category.name == _TOP))
        if top is None:
            top = Category(name=_TOP)
            child = Category(name=_CHILD, parent=top)
            session.add_all([top, child, Category(name=_GRANDCHILD, parent=child)])
        account = Account(name=account_name)
        session.add(account)
        session.flush()
        by_path = {path: cid for cid, path in category_paths(session).items()}
        categories = [None, *(by_path[p] for p in _PATHS)]
        for n, line in enumerate(lines):
            payee, memo, fitid, currency, minor, day, at, transfer, cat, note, tags, parts = line
            txn = Transaction(
                account_id=account.id,
                posted=day,
                posted_time=at,
                amount_minor=minor,
                currency=currency,
                payee=payee,
                memo=memo,
                fitid=fitid,
                dedupe_key=f"k{n}",
                category_id=categories[cat],
                is_transfer=transfer,
                note=note,
            )
            session.add(txn)
            session.flush()
            session.add_all(TransactionTag(transaction_id=txn.id, tag=t) for t in tags)
            session.add_all(
                TransactionSplit(
                    transaction_id=txn.id,
                    position=position,
                    category_id=categories[part_cat],
                    amount_minor=part_minor,
                    memo=part_memo,
                )
                for position, (part_cat, part_minor, part_memo) in enumerate(parts)
            )
    assert _written(store) == _former(store)
    assert _written(store, names=True) == _former(store, names=True)
