"""Entry point of the ``finapp`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

import sqlcipher3
from sqlalchemy.exc import DBAPIError

from finapp import __version__
from finapp.cli.commands import (
    accounts_cmd,
    alerts_cmd,
    autostart_cmd,
    backup_cmd,
    balance_cmd,
    budget_cmd,
    categories_cmd,
    categorize_cmd,
    check_cmd,
    export_cmd,
    forecast_cmd,
    goals_cmd,
    health_cmd,
    import_cmd,
    keys_cmd,
    report_cmd,
    restore_cmd,
    rules_cmd,
    settings_cmd,
    subscriptions_cmd,
    threshold_cmd,
    transactions_cmd,
    wipe_cmd,
)
from finapp.cli.context import CliContext
from finapp.cli.output import cli_streams, print_notice, stdout_for
from finapp.errors import FinappError, StorageError
from finapp.log import configure_logging
from finapp.paths import db_path
from finapp.services.opening import refuse_file_as_data_dir
from finapp.store.engine import storage_fault

COMMANDS = (
    import_cmd,
    transactions_cmd,
    categorize_cmd,
    threshold_cmd,
    accounts_cmd,
    balance_cmd,
    subscriptions_cmd,
    budget_cmd,
    goals_cmd,
    health_cmd,
    alerts_cmd,
    report_cmd,
    categories_cmd,
    rules_cmd,
    backup_cmd,
    restore_cmd,
    keys_cmd,
    export_cmd,
    wipe_cmd,
    check_cmd,
    settings_cmd,
    autostart_cmd,
    forecast_cmd,
)


class _Parser(argparse.ArgumentParser):
    """argparse speaking the contract's error form: one line ``finapp: …`` and exit code 2.

    Its own form (usage, then ``finapp alerts: error: …``) is two lines; a script reading the
    first line of stderr would get the usage and miss the reason.
    """

    def error(self, message: str) -> NoReturn:
        print_notice(f"{message} (see `{self.prog} --help`)")
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="finapp", description="Household finance and subscriptions from bank statements."
    )
    parser.add_argument("--version", action="version", version=f"finapp {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where the encrypted store lives")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    with cli_streams(sys.stderr):
        args = build_parser().parse_args(argv)
        with stdout_for(getattr(args, "json", False)):
            return _run(args)


def _run(args: argparse.Namespace) -> int:
    ctx = CliContext(args.data_dir)
    try:
        refuse_file_as_data_dir(ctx.data_dir)  # before a log file is sought inside it
        configure_logging(ctx.data_dir, strict=True)
        return args.run(args, ctx)
    except FinappError as exc:
        print_notice(exc.message)
        return exc.exit_code
    except BrokenPipeError:  # e.g. `finapp transactions | head`
        sys.stdout = None  # type: ignore[assignment]  # nothing more can be written
        return 0
    except KeyboardInterrupt:
        print("finapp: interrupted; nothing was written", file=sys.stderr)
        return 130
    except (OSError, DBAPIError, sqlcipher3.Error) as exc:
        fault = _environment_fault(exc, ctx)
        if fault is None:
            raise
        print_notice(fault.message)
        return fault.exit_code
    finally:
        ctx.close()


def _environment_fault(exc: BaseException, ctx: CliContext) -> StorageError | None:
    """The disk's or the file system's refusal that no command caught itself, in one line.

    The store's own writes are transactions, so a fault in one left nothing of it behind; a
    fault met elsewhere (a file being written) is named with the file.
    """
    if isinstance(exc, OSError):
        return StorageError.from_os_error(exc)
    return storage_fault(exc, db_path(ctx.data_dir))


if __name__ == "__main__":
    sys.exit(main())
