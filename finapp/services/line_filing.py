"""A statement's new lines keyed and filed once per distinct line, not once per line.

What an import gives a new line besides what the bank wrote (its merchant, category, category
source and shown payee) depends on its payee and memo, its account and the shape of its amount
(:meth:`~finapp.core.rules.RuleBook.shape`: its sign, and where it falls among the rules'
amount bounds), never on its date, its bank id or the amount itself. A statement names the same
lines again and again (each month's rent, the coffees of one shop of one size): each distinct
(payee, memo, shape) is keyed and filed here once, and its other lines take the same answer.
The rules' verdict is decided once more rarely still: a card's lines at one store differ in
their memos' references and numbers, which no rule can tell apart unless it names a digit
(:meth:`~finapp.core.rules.RuleBook.memo_sight`), so lines of one payee, merchant and amount's
shape whose memos look alike to the rules share one verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from finapp.services.rule_filing import Filed, NewLineFiling

#: a new line's merchant key, category id, category source and shown payee
LineFiling = tuple[str, int | None, str | None, str]


def statement_filing(
    filed: NewLineFiling, merchant: Callable[[str, str], str], account_id: int
) -> Callable[[str, str, int], LineFiling]:
    """``line(payee, memo, amount_minor)``: what a new line of the account's statement is
    given, by ``merchant`` (its key from payee and memo) and ``filed`` (the rules' filing),
    each asked once per distinct line. One per statement: the answers hold for one account
    and die with the statement."""
    shapes: dict[int, int] = {}  # amount in minor units → its shape
    known: dict[tuple[str, str, int], LineFiling] = {}
    verdicts: dict[tuple[str, Hashable, str, int], Filed] = {}  # by what the rules can tell

    def line(payee: str, memo: str, amount_minor: int) -> LineFiling:
        shape = shapes.get(amount_minor)
        if shape is None:
            shape = shapes[amount_minor] = filed.shape(amount_minor)
        distinct = (payee, memo, shape)
        found = known.get(distinct)
        if found is None:
            key = merchant(payee, memo)
            alike = (payee, filed.memo_sight(memo), key, shape)
            verdict = verdicts.get(alike)
            if verdict is None:
                verdict = verdicts[alike] = filed(payee, memo, key, shape, account_id)
            found = known[distinct] = (key, *verdict)
        return found

    return line
