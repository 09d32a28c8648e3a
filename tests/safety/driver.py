"""A real finapp process for the crash and two-process tests: ``python -m tests.safety.driver``.

Each operation opens the store, prints ``ready`` (so the test kills it *during* the operation,
not while Python starts), does the work, and prints ``done``.

    import DATA_DIR FILE          import one file
    backup DATA_DIR               back up into DATA_DIR/backups
    rekey DATA_DIR                change FINAPP_PASSPHRASE to FINAPP_NEW_PASSPHRASE
    hold DATA_DIR                 hold the write lock (one row written) until a line arrives on
                                  stdin, then commit
    open DATA_DIR                 keep the store open, as a window does, until a line arrives
                                  on stdin
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from finapp.services.backup import backup
from finapp.services.imports import import_files
from finapp.services.keys_admin import change_passphrase
from finapp.services.opening import open_store
from finapp.store.schema import Setting


def _say(word: str) -> None:
    print(word, flush=True)


def main(argv: list[str]) -> int:
    op, data_dir = argv[0], Path(argv[1])
    store = open_store(data_dir, passphrase=os.environ["FINAPP_PASSPHRASE"])
    if op == "rekey":
        store.close()
        _say("ready")
        change_passphrase(data_dir, store.key, os.environ["FINAPP_NEW_PASSPHRASE"])
    elif op == "import":
        _say("ready")
        result = import_files(store, [Path(argv[2])])
        if result.failed:
            print(result.failed[0].error, file=sys.stderr)
            return 2
    elif op == "backup":
        _say("ready")
        backup(store)
    elif op == "hold":
        with store.write() as session:
            session.add(Setting(key="held-by-driver", value="1"))
            session.flush()
            _say("ready")
            sys.stdin.readline()
    elif op == "open":
        with store.read() as session:
            session.get(Setting, "held-by-driver")
        _say("ready")
        sys.stdin.readline()
    else:
        raise SystemExit(f"unknown operation {op}")
    store.close()
    _say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
