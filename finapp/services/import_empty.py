"""An import that adds nothing is no import of its own: no batch to list or to undo.

Dropping a statement the store holds already reads every line as a duplicate. Kept as a batch,
it would be listed among the imports with nothing in it, and "undo the last import" would undo
it, removing nothing, while the import that did add the lines stays. So a batch is kept only
when it holds something an undo would take away:

* a line it added, or a balance it stated first;
* a stored line it corrected on the bank's word (:mod:`finapp.services.import_corrections`);
* a statement period no other import's period of the account covers (a quiet month's
  statement with no line still says the account was seen through that month).

The same file dropped again writes a period inside the one its first import wrote, so it holds
nothing. Its counts are still reported (so many duplicates), under no batch. A store that an
older finapp filled may hold such batches already: they are left out of the list of imports
and of "the last import" by the same test.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, String, cast, delete, exists, literal, select
from sqlalchemy.orm import Session, aliased

from finapp.store.schema import (
    BalanceSnapshot,
    ImportBatch,
    Setting,
    StatementPeriod,
    Transaction,
)

#: The settings key of what an import's corrections changed (see
#: :data:`finapp.services.import_corrections.SETTING`), as SQL builds it from the batch's id.
_CORRECTIONS_KEY = literal("import_corrections:") + cast(ImportBatch.id, String)


def holds_something() -> ColumnElement[bool]:
    """Whether an :class:`ImportBatch` row holds what an undo would take away (see above)."""
    other = aliased(StatementPeriod)
    covered = exists().where(
        other.account_id == StatementPeriod.account_id,
        other.batch_id != StatementPeriod.batch_id,
        other.start <= StatementPeriod.start,
        other.end >= StatementPeriod.end,
    )
    return (
        exists().where(Transaction.batch_id == ImportBatch.id)
        | exists().where(BalanceSnapshot.batch_id == ImportBatch.id)
        | exists().where(StatementPeriod.batch_id == ImportBatch.id, ~covered)
        | exists().where(Setting.key == _CORRECTIONS_KEY)
    )


def drop_if_empty(session: Session, batch: ImportBatch) -> bool:
    """Delete ``batch`` (with the periods it repeated) when it holds nothing; whether it did."""
    if batch.new_count or session.scalar(
        select(holds_something()).where(ImportBatch.id == batch.id)
    ):
        return False
    session.execute(delete(ImportBatch).where(ImportBatch.id == batch.id))
    session.expunge(batch)
    return True
