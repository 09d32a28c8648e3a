"""``finapp undo``, ``finapp redo`` and ``finapp edits``: taking back the last edit (a line's
category, a split, a note, tags, a payee's name, a rule, a budget, a subscription decision, a
change to the categories, a goal, an account's warning, reconciliation or limit, an alert
dismissed or restored), doing it again, and the history of edits, shared with the window's Edit
menu."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import TYPE_CHECKING

from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.core.subscription_states import Decision

if TYPE_CHECKING:
    from finapp.services import edit_history as svc
    from finapp.services.edit_history import EditEntry

#: each action's words, its {facts} filled from the edit's params
_WORDS = {
    "category": "category of {payee} ({category})",
    "split": "split of {payee}",
    "unsplit": "removing the split of {payee}",
    "note": "note on {payee}",
    "tags": "tags of {payee}",
    "rename_payee": "renaming {payee} to {name}",
    "merge_payee": "merging {payee} into {target}",
    "rule_add": "new rule “{pattern}”",
    "rule_edit": "change to rule “{pattern}”",
    "rule_delete": "deleting rule “{pattern}”",
    "budget_set": "budget for {category}",
    "budget_clear": "removing the budget for {category}",
    "category_add": "new category {category}",
    "category_rename": "renaming category {category} to {name}",
    "category_move": "moving category {category} to {name}",
    "category_merge": "merging category {category} into {target}",
    "category_delete": "deleting category {category}",
    "threshold": "low balance warning of {account}",
    "reconciled": "reconciling {account}",
    "unreconciled": "clearing the reconciliation of {account}",
    "goal_add": "new goal {name}",
    "goal_remove": "removing goal {name}",
    "card_limit": "credit limit of {account}",
    "account_rename": "renaming account {account} to {name}",
    "account_type": "type of account {account} ({type})",
    "account_currency": "currency of account {account} ({currency})",
    "account_close": "closing {account}",
    "account_reopen": "reopening {account}",
}
#: an edit of several payees' lines names how many
_COUNTED = {
    "category": "category of {count} transactions ({category})",
    "note": "note on {count} transactions",
    "tags": "tags of {count} transactions",
}
#: an alert dismissed or brought back: one by its sentence, several by how many
_ALERTS = {
    "alert_dismiss": ("dismissing alert “{message}”", "dismissing {count} alerts"),
    "alert_restore": ("restoring alert “{message}”", "restoring {count} alerts"),
}
#: a subscription decision's words, {name} the subscription's
_DECISIONS: dict[str, str] = {
    Decision.CANCELLED: "cancelling {name}",
    Decision.KEPT: "keeping {name}",
    Decision.CONFIRMED: "confirming {name}",
    Decision.NOT_SUBSCRIPTION: "{name} is not a subscription",
    Decision.RENAMED: "renaming {name}",
    Decision.REMINDERS: "reminders of {name}",
    Decision.REVIEWED: "review date of {name}",
    Decision.ADDED: "adding {name}",
    Decision.MERGED: "merging into {name}",
    Decision.SPLIT: "splitting {name}",
}


class _Facts(dict[str, str]):
    """An edit's params, a fact it lacks read as "" rather than refused."""

    def __missing__(self, key: str) -> str:
        return ""


def edit_words(entry: EditEntry) -> str:
    """An edit as the command line names it: "category of Netflix (Entertainment)"."""
    facts: Mapping[str, str] = _Facts(entry.params)
    if entry.action == "subscription":
        words = _DECISIONS.get(facts["decision"], "change to {name}")
    elif entry.action in _ALERTS:
        words = _ALERTS[entry.action][0 if facts["message"] else 1]
    elif entry.action in _COUNTED and "payee" not in facts:
        words = _COUNTED[entry.action]
    else:
        words = _WORDS.get(entry.action, "an edit")
    return words.format_map(facts)


#: what undo and redo do, each in its own words
_TURNS = (
    ("undo", "take back the last edit", "Take back the last edit"),
    ("redo", "do the last undone edit again", "Do the last edit undone again"),
)


def register(sub: Subcommands) -> None:
    for word, short, long in _TURNS:
        p = sub.add_parser(
            word,
            help=short,
            description=f"{long} (a line's category, a split, a note, tags, a payee's name, a "
            "rule, a budget, a subscription decision, a change to the categories, a goal, a "
            "low-balance warning, a reconciliation, a card's limit, an alert dismissed or "
            "restored), as the window's Edit menu "
            "does. An import, undoing an import and a restore clear the "
            "history of edits.",
        )
        p.add_argument("--json", action="store_true", help=JSON_HELP)
        p.set_defaults(run=run_undo if word == "undo" else run_redo)
    p = sub.add_parser(
        "edits",
        help="the history of edits, newest first, with what undo and redo would do",
        description="The edits that can be undone or redone (the last 100), newest first.",
    )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run_edits)


def _entry_json(entry: EditEntry | None) -> dict[str, object] | None:
    if entry is None:
        return None
    return {
        "id": entry.id,
        "action": entry.action,
        "params": entry.params,
        "words": edit_words(entry),
    }


def _turned(args: argparse.Namespace, ctx: CliContext, outcome: svc.EditOutcome, verb: str) -> int:
    from finapp.services import edit_history as svc

    if args.json:
        print_json(
            {
                verb: _entry_json(outcome.entry),
                "next_undo": _entry_json(svc.next_undo(ctx.store)),
                "next_redo": _entry_json(svc.next_redo(ctx.store)),
            }
        )
    else:
        print(f"{verb.capitalize()}: {edit_words(outcome.entry)}")
    return 0


def run_undo(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import edit_history as svc

    return _turned(args, ctx, svc.undo(ctx.store), "undone")


def run_redo(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import edit_history as svc

    return _turned(args, ctx, svc.redo(ctx.store), "redone")


def run_edits(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import edit_history as svc

    edits = svc.list_edits(ctx.store)
    next_undo, next_redo = svc.next_undo(ctx.store), svc.next_redo(ctx.store)
    if args.json:
        print_json(
            {
                "edits": [
                    {**(_entry_json(entry) or {}), "undone": undone} for entry, undone in edits
                ],
                "next_undo": _entry_json(next_undo),
                "next_redo": _entry_json(next_redo),
            }
        )
        return 0
    if not edits:
        print("No edits to undo or redo.")
        return 0
    print_table(
        ["ID", "EDIT", "STATE"],
        [[str(e.id), edit_words(e), "undone" if undone else "done"] for e, undone in edits],
    )
    print(f"undo: {edit_words(next_undo) if next_undo else 'nothing'}")
    print(f"redo: {edit_words(next_redo) if next_redo else 'nothing'}")
    return 0
