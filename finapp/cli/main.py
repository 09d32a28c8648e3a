"""Entry point of the ``finapp`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from finapp import __version__
from finapp.cli.commands import (
    alerts_cmd,
    backup_cmd,
    budget_cmd,
    categories_cmd,
    categorize_cmd,
    check_cmd,
    export_cmd,
    import_cmd,
    keys_cmd,
    report_cmd,
    restore_cmd,
    rules_cmd,
    subscriptions_cmd,
    threshold_cmd,
    transactions_cmd,
    wipe_cmd,
)
from finapp.cli.context import CliContext
from finapp.cli.output import cli_streams, print_notice, stdout_for
from finapp.errors import FinappError
from finapp.log import configure_logging

COMMANDS = (
    import_cmd,
    transactions_cmd,
    categorize_cmd,
    threshold_cmd,
    subscriptions_cmd,
    budget_cmd,
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
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    configure_logging(ctx.data_dir)
    try:
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
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
