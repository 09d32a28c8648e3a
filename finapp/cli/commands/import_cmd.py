"""``finapp import FILE... [--account NAME] [--json]``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from finapp.cli.context import CliContext
from finapp.cli.output import print_json
from finapp.services.imports import FileResult, import_files


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import OFX/QFX/CSV statement files")
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.add_argument("--account", metavar="NAME", help="import into this account (created if new)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(run=run)


def _file_json(result: FileResult) -> dict:
    return {
        "file": result.path,
        "format": result.format or None,
        "batch_id": result.batch_id,
        "new": result.new,
        "duplicates": result.duplicates,
        "rejected": result.rejected,
        "error": result.error,
        "accounts": [
            {"account": a.account, "new": a.new, "duplicates": a.duplicates}
            for a in result.accounts
        ],
        "skipped": [{"line": s.line, "reason": s.reason} for s in result.skipped],
    }


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    result = import_files(ctx.store, args.files, account_name=args.account)
    if args.json:
        print_json(
            {
                "new": result.new,
                "duplicates": result.duplicates,
                "rejected": sum(f.rejected for f in result.files),
                "failed": len(result.failed),
                "files": [_file_json(f) for f in result.files],
            }
        )
    else:
        for f in result.files:
            if f.error:
                continue
            print(f"{f.path}: {f.new} new, {f.duplicates} duplicate, {f.rejected} rejected")
            for a in f.accounts:
                print(f"  {a.account}: {a.new} new, {a.duplicates} duplicate")
            for s in f.skipped:
                print(f"  skipped line {s.line}: {s.reason}")
    for f in result.failed:
        print(f"finapp: {f.error}", file=sys.stderr)
    return 2 if result.failed else 0
