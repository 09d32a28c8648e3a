"""``finapp export --to DIR [--format csv|json] [--json]``"""

from __future__ import annotations

import argparse
from pathlib import Path

from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import plain_text_warning, print_json
from finapp.core.choices import EXPORT_FORMATS


def register(sub: Subcommands) -> None:
    p = sub.add_parser("export", help="write all your data as plain CSV or JSON files")
    p.add_argument(
        "--to", type=Path, metavar="DIR", required=True, help="the folder to write the files in"
    )
    p.add_argument("--format", choices=EXPORT_FORMATS, default="csv", help="default: csv")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.export import export_all

    result = export_all(ctx.store, args.to, args.format)
    if args.json:
        print_json(result)
    else:
        for name, rows in result.files.items():
            print(f"{Path(result.folder) / name}: {rows} rows")
        print(plain_text_warning(len(result.files)))
    return 0
