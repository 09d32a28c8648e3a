"""``finapp networth [--json] [--months N] [--base CUR]``: what the household owns less what it
owes, at each month's end, in one currency."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from finapp.cli.args import JSON_HELP, integer
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.core.conversion import Total

if TYPE_CHECKING:
    from finapp.services.net_worth import MonthWorth, NetWorth


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "networth",
        help="net worth at each month's end: every account's balance, debts taken off",
        description="Each account's balance at each month's end, from the balances its "
        "statements state (or you set) carried by its transactions; cards and loans count as "
        "debts. Added up in the base currency at the rates of each month's last day; a "
        "currency without a rate is left out and named. The month not over is shown as of its "
        "last day known (where the statements reach, today at the latest).",
    )
    p.add_argument("--months", type=integer(1, 1200, "months"), metavar="N",
                   help="only the last N months")  # fmt: skip
    p.add_argument("--base", metavar="CUR", help="add up in CUR (default: the base currency)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def _total(total: Total) -> dict[str, Any]:
    from finapp.services.rates import rate_fields

    return {"amount": total.amount, "converted": total.converted, "missing": sorted(total.missing),
            "rates": [rate_fields(rate) for rate in total.rates]}  # fmt: skip


def _month(month: MonthWorth) -> dict[str, Any]:
    return {
        "month_end": month.month_end,
        "net_worth": _total(month.total),
        "assets": month.assets.amount,
        "debts": month.debts.amount,
        "accounts": [
            {"account": a.account, "currency": a.currency, "type": a.type, "balance": a.balance}
            for a in month.accounts
        ],
    }


def as_json(worth: NetWorth) -> dict[str, Any]:
    """The ``--json`` document (the CLI contract)."""
    change = worth.change
    return {
        "currency": worth.currency,
        "change": None if change is None else change.amount,
        "no_balance": list(worth.no_balance),
        "months": [_month(m) for m in worth.months],
    }


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.net_worth import net_worth

    worth = net_worth(ctx.store, months=args.months,
                      currency=(args.base or "").strip().upper() or None)  # fmt: skip
    if args.json:
        print_json(as_json(worth))
        return 0
    print_table(
        ["month end", f"net worth ({worth.currency})", "assets", "debts", "note"],
        [
            [m.month_end.isoformat(), ("≈ " if m.total.converted else "") + str(m.total.amount),
             str(m.assets.amount), str(m.debts.amount),
             ("left out, no rate: " + ", ".join(sorted(m.total.missing)))
             if m.total.missing else ""]
            for m in worth.months
        ],
    )  # fmt: skip
    if worth.no_balance:
        print("No balance known (left out): " + ", ".join(worth.no_balance))
    return 0
