"""``finapp rates [--json]``, ``rates set CUR RATE [--date DATE]``, ``rates import FILE``,
``rates remove CUR [--date DATE]``: the exchange rates household totals are converted with.

The same rates the Settings page's "Exchange rates…" dialog lists (:mod:`finapp.services.rates`):
entered by hand against the base currency, or read from the European Central Bank's
``eurofxref.csv`` / ``eurofxref-hist.csv`` (or the zip each comes in).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from finapp.cli.args import JSON_HELP, iso_date
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table


def register(sub: Subcommands) -> None:
    p = sub.add_parser("rates", help="exchange rates for totals in the base currency")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = actions.add_parser("set", help="1 CUR is worth RATE of the base currency")
    s.add_argument("currency", metavar="CUR")
    s.add_argument("rate", metavar="RATE")
    s.add_argument("--date", type=iso_date, metavar="DATE", help="from this day (default today)")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=run_set)
    i = actions.add_parser("import", help="read the ECB's eurofxref.csv or eurofxref-hist.csv")
    i.add_argument("file", type=Path, metavar="FILE", help="the ECB file, as downloaded")
    i.add_argument("--json", action="store_true", help=JSON_HELP)
    i.set_defaults(run=run_import)
    r = actions.add_parser("remove", help="forget the rates of CUR (every day, or one)")
    r.add_argument("currency", metavar="CUR")
    r.add_argument("--date", type=iso_date, metavar="DATE", help="only that day's rate")
    r.add_argument("--json", action="store_true", help=JSON_HELP)
    r.set_defaults(run=run_remove)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.rates import get_base_currency, list_rates, rate_fields

    kept = list_rates(ctx.store)
    base = get_base_currency(ctx.store)
    if args.json:
        rates = [{**rate_fields(k.rate), "earlier": k.earlier} for k in kept]
        print_json({"base_currency": base, "rates": rates})
        return 0
    print(f"Base currency: {base}")
    print_table(
        ["1 UNIT", "IS WORTH", "AS OF", "SOURCE", "EARLIER DAYS"],
        [[k.rate.currency, f"{k.rate.rate} {k.rate.base}", k.rate.as_of.isoformat(),
          k.rate.source, str(k.earlier)] for k in kept],
    )  # fmt: skip
    return 0


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.rates import rate_fields, set_rate

    rate = set_rate(ctx.store, args.currency, args.rate, args.date)
    if args.json:
        print_json(rate_fields(rate))
    else:
        print(f"1 {rate.currency} = {rate.rate} {rate.base} from {rate.as_of.isoformat()}")
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.rates import import_rates_file

    read = import_rates_file(ctx.store, args.file)
    if args.json:
        print_json(read)
    else:
        span = read.first.isoformat()
        if read.last != read.first:
            span += f" to {read.last.isoformat()}"
        print(f"{read.file}: {read.rates} rates of {len(read.currencies)} currencies, {span}")
    return 0


def run_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.rates import remove_rates

    removed = remove_rates(ctx.store, args.currency, args.date)
    if args.json:
        print_json({"removed": removed})
    else:
        print(f"removed {removed} rate{'' if removed == 1 else 's'}")
    return 0
