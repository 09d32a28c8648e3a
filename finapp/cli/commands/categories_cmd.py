"""``finapp categories list|add|rename|move|merge|delete``: editing the category tree."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.core.choices import CATEGORY_KINDS

if TYPE_CHECKING:
    from finapp.services.category_removal import Removed


def register(sub: Subcommands) -> None:
    p = sub.add_parser("categories", help="list and edit the category tree")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("list", help="every category with its transaction count")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=run_list)
    s = actions.add_parser("add", help="add a category such as Food:Snacks")
    s.add_argument("path", metavar="PATH", help="the new category's path")
    s.add_argument(
        "--kind", choices=CATEGORY_KINDS, help="default: the parent's kind, else expense"
    )
    s.set_defaults(run=run_edit)
    s = actions.add_parser("rename", help="rename PATH's last part to NAME")
    s.add_argument("path", metavar="PATH", help="the new category's path")
    s.add_argument("name", metavar="NAME")
    s.set_defaults(run=run_edit)
    s = actions.add_parser("move", help="move PATH under PARENT (omit PARENT: to the top)")
    s.add_argument("path", metavar="PATH", help="the new category's path")
    s.add_argument("parent", metavar="PARENT", nargs="?")
    s.set_defaults(run=run_edit)
    s = actions.add_parser("merge", help="fold SOURCE into TARGET")
    s.add_argument("source", metavar="SOURCE")
    s.add_argument("target", metavar="TARGET")
    s.set_defaults(run=run_edit)
    s = actions.add_parser("delete", help="delete PATH, moving its transactions to --reassign")
    s.add_argument("path", metavar="PATH", help="the new category's path")
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
        merged = svc.merge_category(store, args.source, args.target)
        print(f"merged into: {merged.path} ({merged.transactions} transaction(s) moved)")
        _say_what_went(merged)
        return 0
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

    removed = svc.delete_category(ctx.store, args.path, args.reassign)
    name = removed.path if args.reassign is None else args.path
    where = "uncategorized" if args.reassign is None else f"in {removed.path}"
    print(f"deleted: {name} ({removed.transactions} transaction(s) now {where})")
    _say_what_went(removed)
    return 0


#: how many of the removed rules' patterns are named before "…"
_RULES_NAMED = 5


def _say_what_went(removed: Removed) -> None:
    """One line for each budget and for the rules that went with the category."""
    for budget in removed.budgets:
        amount = f"{budget.amount} {budget.currency} a month"
        line = f"also removed: the budget of {budget.category} ({amount})"
        if budget.kept_by is not None:
            line += f"; {budget.kept_by} keeps its own budget"
        print(line)
    if removed.rules:
        named = ", ".join(removed.rules[:_RULES_NAMED])
        more = ", …" if len(removed.rules) > _RULES_NAMED else ""
        print(
            f"also removed: {len(removed.rules)} rule(s) that filed into it ({named}{more}); "
            "lines they matched will stay uncategorized"
        )
    if removed.budgets or removed.rules:
        print("('finapp undo' brings them back)")
