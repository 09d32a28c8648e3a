"""``finapp categories list|add|rename|move|merge|delete``: editing the category tree."""

from __future__ import annotations

import argparse

from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.core.choices import CATEGORY_KINDS


def register(sub: Subcommands) -> None:
    p = sub.add_parser("categories", help="list and edit the category tree")
    actions = p.add_subparsers(dest="action", required=True)
    s = actions.add_parser("list", help="every category with its transaction count")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=run_list)
    s = actions.add_parser("add", help="add a category such as Food:Snacks")
    s.add_argument("path", metavar="PATH")
    s.add_argument(
        "--kind", choices=CATEGORY_KINDS, help="default: the parent's kind, else expense"
    )
    s.set_defaults(run=run_edit)
    s = actions.add_parser("rename", help="rename PATH's last part to NAME")
    s.add_argument("path", metavar="PATH")
    s.add_argument("name", metavar="NAME")
    s.set_defaults(run=run_edit)
    s = actions.add_parser("move", help="move PATH under PARENT (omit PARENT: to the top)")
    s.add_argument("path", metavar="PATH")
    s.add_argument("parent", metavar="PARENT", nargs="?")
    s.set_defaults(run=run_edit)
    s = actions.add_parser("merge", help="fold SOURCE into TARGET")
    s.add_argument("source", metavar="SOURCE")
    s.add_argument("target", metavar="TARGET")
    s.set_defaults(run=run_edit)
    s = actions.add_parser("delete", help="delete PATH, moving its transactions to --reassign")
    s.add_argument("path", metavar="PATH")
    s.add_argument("--reassign", metavar="CATEGORY", help="where its transactions go")
    s.set_defaults(run=run_delete)


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    """``add``, ``rename``, ``move`` or ``merge``: one line naming the category as it now is."""
    from finapp.services import categories as svc

    store = ctx.store
    if args.action == "add":
        path, verb = svc.add_category(store, args.path, args.kind), "added"
    elif args.action == "rename":
        path, verb = svc.rename_category(store, args.path, args.name), "renamed"
    elif args.action == "move":
        path, verb = svc.move_category(store, args.path, args.parent), "moved"
    else:
        path, verb = svc.merge_category(store, args.source, args.target), "merged into"
    print(f"{verb}: {path}")
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import categories as svc

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
    from finapp.services import categories as svc

    moved = svc.delete_category(ctx.store, args.path, args.reassign)
    where = args.reassign or "uncategorized"
    print(f"deleted: {args.path} ({moved} transaction(s) now {where})")
    return 0
