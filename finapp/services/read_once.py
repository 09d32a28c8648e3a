"""Answers read once while alerts are evaluated (or the health report gathered), rather than
once per check that asks.

An evaluation runs a dozen checks over one read session, and several ask the same question of
the store (the lookback's spending, which merchants were paid before, where each account's
statements begin and end, the currency totals are in: the automatic one reads all history).
Within :func:`kept_while_evaluating` the first ask reads and the others reuse its answer;
outside it every ask reads afresh, so code that writes never sees an answer from before its
write.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session

#: the ``Session.info`` entry holding what :func:`read_once` read, by key
_KEPT = "finapp.read_while_evaluating"

_T = TypeVar("_T")


@contextmanager
def kept_while_evaluating(session: Session) -> Iterator[None]:
    """Within, :func:`read_once` reads each answer once in ``session``.

    For a stretch of reading only: nothing inside may add or change what the answers come
    from, or a later ask would get what was read before it.
    """
    session.info[_KEPT] = {}
    try:
        yield
    finally:
        del session.info[_KEPT]


def read_once(session: Session, key: Hashable, read: Callable[[], _T]) -> _T:
    """What ``read()`` returns, read once per ``key`` within :func:`kept_while_evaluating`
    (each time outside it). The answer is shared: its askers must not change it."""
    kept: dict[Hashable, Any] | None = session.info.get(_KEPT)
    if kept is None:
        return read()
    if key not in kept:
        kept[key] = read()
    return cast(_T, kept[key])
