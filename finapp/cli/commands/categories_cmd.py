"""``finapp categories list|add|rename|move|merge|delete``: editing the category tree."""

from __future__ import annotations

import argparse

from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.services import categories as svc


def register(sub: Subcommands) -> None:
    p = sub.add_parser("categories", help="list and edit the category tree")
    actions = p.add_subparsers(dest="action", required=True)
    s = actions.add_parser("list", help="every category with its transaction count")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=run_list)
    s = actions.add_parser("add", help="add a category such as Food:Snacks")
    s.add_argument("path", metavar="PATH")
    s.add_argument("--kind", choices=svc.KINDS, help="default: the parent's kind, else expense")
    s.set_defaults(run=lambda a, c: _say(svc.add_category(c.store, a.path, a.kind), "added"))
    s = actions.add_parser("rename", help="rename PATH's last part to NAME")
    s.add_argument("path", metavar="PATH")
    s.add_argument("name", metavar="NAME")
    s.set_defaults(run=lambda a, c: _say(svc.rename_category(c.store, a.path, a.name), "renamed"))
    s = actions.add_parser("move", help="move PATH under PARENT (omit PARENT: to the top)")
    s.add_argument("path", metavar="PATH")
    s.add_argument("parent", metavar="PARENT", nargs="?")
    s.set_defaults(run=lambda a, c: _say(svc.move_category(c.store, a.path, a.parent), "moved"))
    s = actions.add_parser("merge", help="fold SOURCE into TARGET")
    s.add_argument("source", metavar="SOURCE")
    s.add_argument("target", metavar="TARGET")
    s.set_defaults(
        run=lambda a, c: _say(svc.merge_category(c.store, a.source, a.target), "merged into")
    )
    s = actions.add_parser("delete", help="delete PATH, moving its transactions to --reassign")
    s.add_argument("path", metavar="PATH")
    s.add_argument("--reassign", metavar="CATEGORY", help="where its transactions go")
    s.set_defaults(run=run_delete)


def _say(path: str, verb: str) -> int:
    print(f"{verb}: {path}")
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    views = svc.list_categories(ctx.store)
    if args.json:
        print_json(views)
    else:
        print_table(
            ["category", "kind", "transactions"],
            [[v.path, v.kind, str(v.transactions)] for v in views],
        )
    return 0


def run_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    moved = svc.delete_category(ctx.store, args.path, args.reassign)
    where = args.reassign or "uncategorized"
    print(f"deleted: {args.path} ({moved} transaction(s) now {where})")
    return 0
