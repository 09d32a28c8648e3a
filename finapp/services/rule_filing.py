"""Rules at work on lines: which rule files a line, and the filing it then gets.

Apart from the rule list the user edits (:mod:`finapp.services.rules`) because this is the hot
path of every import and re-run: columns read and changes written in bulk, and a new line filed
as it is written. A category the user chose by hand, or a split line's, is never touched.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from functools import cache
from typing import Any, TypedDict

from sqlalchemy import ColumnElement, Row, bindparam, func, select, update
from sqlalchemy.orm import Session

from finapp.core.category_sources import AUTOMATIC, BELOW_RULES, KEPT, CategorySource
from finapp.core.rule_origins import RuleOrigin
from finapp.core.rules import AccountTypeOf, RuleBook, RuleSpec
from finapp.services.shipped_rule_file import shipped_account_type
from finapp.store.schema import Account, Rule, Transaction

#: the category sources a rule files anew, those of them it clears when no rule files the line,
#: and those it leaves alone, as the plain words stored: :func:`filing` runs once per imported
#: line, and what it returns is bound as it is
AUTO_SOURCES = tuple(source.value for source in AUTOMATIC | BELOW_RULES)
_CLEARED_SOURCES = frozenset(source.value for source in AUTOMATIC)
KEPT_SOURCES = frozenset(source.value for source in KEPT)
_BY_RULE, _BY_LEARNED_RULE = CategorySource.RULE.value, CategorySource.LEARNED.value
_BY_BANK = CategorySource.BANK.value


#: each field of :class:`RuleSpec` and the stored rule's column it comes from
_RULE_FIELDS = {
    "id": Rule.id,
    "category_id": Rule.category_id,
    "pattern": Rule.pattern,
    "match_type": Rule.match_type,
    "match_field": Rule.match_field,
    "priority": Rule.priority,
    "amount_min": Rule.amount_min_minor,
    "amount_max": Rule.amount_max_minor,
    "sign": Rule.sign,
    "account_id": Rule.account_id,
    "rename_to": Rule.rename_to,
    "origin": Rule.origin,
}


#: the enabled rules' columns in the order they are tried, read on the session's connection as
#: plain rows: the ORM's reading of the same 1,400 rows cost twice as much; built once
_ENABLED_RULES = (
    select(*(field.expression for field in _RULE_FIELDS.values()))
    .where(Rule.enabled.expression)
    .order_by(Rule.id.expression)
)
#: the same columns as one text, each value as SQL writes it (``quote``, so no two rule lists
#: give the same text): what the book compiled for them is found by it without reading 1,400
#: rows into Python on every import and edit that asks for the book
_ENABLED_RULES_TEXT = select(
    func.group_concat(
        func.concat_ws(",", *(func.quote(field.expression) for field in _RULE_FIELDS.values())),
        ";",
    )
).where(Rule.enabled.expression)
#: how many compiled books are kept: undoing a rule edit, or trying a rule and taking it back,
#: asks for the one before again
_BOOKS_KEPT = 4
_books: OrderedDict[str | None, RuleBook] = OrderedDict()
_books_lock = threading.Lock()  # an import's worker and the UI thread both ask


def rule_spec(rule: Rule) -> RuleSpec:
    """A stored rule as the rule book tries it."""
    return _spec(tuple(getattr(rule, column.key) for column in _RULE_FIELDS.values()))


def _spec(row: tuple[Any, ...]) -> RuleSpec:
    """A stored rule's columns as a rule; a shipped one takes its account type from the file
    (:func:`~finapp.services.shipped_rule_file.shipped_account_type`)."""
    fields = dict(zip(_RULE_FIELDS, row, strict=True))
    if fields["origin"] == RuleOrigin.SHIPPED:
        fields["account_type"] = shipped_account_type(
            fields["pattern"], fields["match_type"], fields["sign"]
        )
    return RuleSpec(**fields)


def rule_book(session: Session) -> RuleBook:
    """Every enabled rule, in the order they are tried, knowing the type of each account.

    Compiling the book (hundreds of shipped patterns into automata and expressions) costs more
    than most edits that ask for it, and the rules rarely change between two asks: the book of
    the same stored rules is compiled once a process and each caller gets its own copy of it,
    remembering its own verdicts (see :meth:`RuleBook.fresh`).
    """
    session.flush()  # a rule added or changed in this session is in the book, as it is read
    connection = session.connection()
    rules_text = connection.execute(_ENABLED_RULES_TEXT).scalar_one()
    with _books_lock:
        book = _books.get(rules_text)
    if book is None:
        rows = connection.execute(_ENABLED_RULES)
        book = RuleBook(_spec(tuple(row)) for row in rows)
    with _books_lock:
        _books[rules_text] = book
        _books.move_to_end(rules_text)  # the newest last, the oldest forgotten first
        while len(_books) > _BOOKS_KEPT:
            _books.popitem(last=False)
    return book.fresh(_account_types(session))


def _account_types(session: Session) -> AccountTypeOf:
    """The type of an account by its id, read when first asked: an import creates the account
    it writes to after asking for the book that files its lines."""

    @cache
    def account_type(account_id: int) -> str | None:
        return session.scalar(select(Account.type).where(Account.id == account_id))

    return account_type


_COLUMNS = (
    Transaction.id,
    Transaction.original_payee,
    Transaction.payee,
    Transaction.memo,
    Transaction.merchant,
    Transaction.amount_minor,
    Transaction.account_id,
    Transaction.category_id,
    Transaction.category_source,
    Transaction.bank_category_id,
)
#: a line as :func:`apply_rules` reads it (``_COLUMNS``)
LineRow = Row[int, str, str, str, str, int, int, int | None, str | None, int | None]
#: one statement run for every changed row: the ORM's bulk update by primary key costs three
#: times as much per row for the same SQL
_TRANSACTIONS = Transaction.metadata.tables[Transaction.__tablename__]  # the Table itself
_REFILE = (
    update(_TRANSACTIONS)
    .where(_TRANSACTIONS.c.id == bindparam("row"))
    .values({name: bindparam(name) for name in ("category_id", "category_source", "payee")})
)


class Refiled(TypedDict):
    """One transaction :func:`apply_rules` filed anew, as written."""

    id: int
    category_id: int | None
    category_source: str | None
    payee: str


def apply_rules(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    book: RuleBook,
    picked: Callable[[LineRow], bool] | None = None,
) -> list[Refiled]:
    """Categorize (and rename) the transactions ``where`` selects (of those, only the ones
    ``picked`` chooses by what they hold, when given); returns the changes made.

    Manually categorized transactions keep their category; an automatic category whose rule is
    gone goes back to the bank's own category of the line, or is cleared where the bank gave
    none, so that re-running after deleting a rule undoes what it did. Rules see what
    the bank said (the original payee), not a name an earlier rule gave it. Columns are read and
    changes written in bulk: an import of years of history is categorized in seconds. The rows
    are streamed from the database, not held all at once (the session's pending changes are
    written first, as its own queries would).
    """
    changes: list[Refiled] = []
    session.flush()
    for row in session.connection().execute(select(*_COLUMNS).where(*where)):
        if picked is not None and not picked(row):
            continue
        original = row.original_payee or row.payee
        rule = book.first_match_of(
            original, row.memo, row.merchant, row.amount_minor, row.account_id
        )
        category_id, source, payee = filing(
            rule, row.category_id, row.category_source, original, row.bank_category_id
        )
        if (category_id, source, payee) != (row.category_id, row.category_source, row.payee):
            changes.append(
                {
                    "id": row.id,
                    "category_id": category_id,
                    "category_source": source,
                    "payee": payee,
                }
            )
    if changes:
        session.execute(_REFILE, [{"row": change["id"], **change} for change in changes])
    return changes


def filing(
    rule: RuleSpec | None,
    category_id: int | None,
    source: str | None,
    original: str,
    bank_category_id: int | None = None,
) -> tuple[int | None, str | None, str]:
    """A line's category id, its source and its payee once ``rule`` (the winner, or None) has
    decided it, from what it holds, what the bank called it (``original``) and the category
    the bank gave it (``bank_category_id``, None where it gave none): a manual category stays;
    a rule's category wins over the bank's; where no rule files the line, the bank's category
    is its filing, as an import of the bank's export gives it, else an automatic one whose
    rule is gone is cleared (a bank's filing kept from before the bank's word was stored
    stays)."""
    if source not in KEPT_SOURCES:
        if rule is not None and rule.category_id is not None:
            category_id = rule.category_id
            source = _BY_LEARNED_RULE if rule.origin == RuleOrigin.LEARNED else _BY_RULE
        elif bank_category_id is not None:
            category_id, source = bank_category_id, _BY_BANK
        elif source in _CLEARED_SOURCES:
            category_id, source = None, None
    payee = rule.rename_to if rule is not None and rule.rename_to else original
    return category_id, source, payee


#: a new line's category id, the category's source and the payee shown, as the rules file it
Filed = tuple[int | None, str | None, str]


class NewLineFiling:
    """The filing (category id, source, payee) the rules give a line not yet stored, from its
    payee, memo, merchant, amount's shape (:meth:`shape`) and account id.

    An import files its lines as it writes them: the same result as running
    :func:`apply_rules` over them once written (a new line has no category of its own),
    without reading them back and updating each one. Nothing is remembered here: the import
    remembers the filing of each distinct line itself (:mod:`finapp.services.line_filing`).
    """

    def __init__(self, book: RuleBook) -> None:
        self._book = book

    def shape(self, amount_minor: int) -> int:
        """The amounts the rules cannot tell apart from ``amount_minor``
        (:meth:`RuleBook.shape`)."""
        return self._book.shape(amount_minor)

    def memo_sight(self, memo: str) -> Hashable:
        """What the rules can tell of ``memo`` (:meth:`RuleBook.memo_sight`): lines alike but
        for memos of one sight are filed alike."""
        return self._book.memo_sight(memo)

    def __call__(self, payee: str, memo: str, merchant: str, shape: int, account_id: int) -> Filed:
        rule = self._book.decide(payee, memo, merchant, account_id, shape)
        return filing(rule, None, None, payee)


def new_line_filing(session: Session) -> NewLineFiling:
    """The filing the rules of ``session``'s store give new lines."""
    return NewLineFiling(rule_book(session))
