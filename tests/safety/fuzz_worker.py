"""The process that imports fuzz inputs: ``python -m tests.safety.fuzz_worker DATA_DIR MEM_MB``.

It reads one input path per line on stdin and answers one JSON line per input. Its address
space is capped (RLIMIT_AS), so an input that makes an importer balloon fails here with
MemoryError instead of taking the machine down; the parent bounds the time of each input and
replaces a worker that hangs or dies.

Outcomes: ``imported``; ``refused`` (a FinappError with a one-line message and nothing
written); ``wrote-on-refusal``; ``unclear-message``; ``entity-leak`` (an XML external entity
read a local file); ``crash`` (any other exception).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import traceback
from pathlib import Path

from sqlalchemy import func, select

from finapp.errors import FinappError
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.schema import Account, BalanceSnapshot, ImportBatch, Transaction


def _counts(store: Store) -> tuple[int, ...]:
    with store.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Transaction, ImportBatch, Account, BalanceSnapshot)
        )


def _read_local_file(store: Store) -> bool:
    """True when a statement's external entity got /etc/passwd into the store."""
    with store.read() as session:
        hit = select(Transaction.id).where(
            Transaction.payee.contains("root:") | Transaction.memo.contains("root:")
        )
        return session.scalars(hit.limit(1)).first() is not None


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if "/finapp/" in f.filename] or frames
    last = inside[-1] if inside else None
    return f"{Path(last.filename).name}:{last.lineno}" if last else "?"


def _one(store: Store, path: Path) -> dict[str, str]:
    before = _counts(store)
    try:
        result = import_files(store, [path])
    except FinappError as exc:
        return {"outcome": "refused", "error": exc.message}
    except BaseException as exc:  # everything else is a bug to report
        return {
            "outcome": "crash",
            "error": f"{type(exc).__name__}: {str(exc)[:200]}",
            "where": _where(exc),
        }
    if not result.failed:
        if _read_local_file(store):
            return {"outcome": "entity-leak", "error": "an XML entity pulled in a local file"}
        return {"outcome": "imported", "error": ""}
    message = result.failed[0].error or ""
    if _counts(store) != before:
        return {"outcome": "wrote-on-refusal", "error": message[:300]}
    if not message.strip() or "\n" in message.strip() or "Traceback" in message:
        return {"outcome": "unclear-message", "error": message[:300]}
    return {"outcome": "refused", "error": message[:300]}


def main(argv: list[str]) -> int:
    limit = int(argv[1]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    store = open_store(Path(argv[0]), passphrase=os.environ["FINAPP_PASSPHRASE"])
    print("ready", flush=True)
    for line in sys.stdin:
        answer = _one(store, Path(line.rstrip("\n")))
        print(json.dumps(answer), flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
