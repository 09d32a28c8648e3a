"""Each new line's keys: its dedupe key, its amount in minor units and its merchant.

De-duplication (see also :mod:`finapp.core.dedupe`):

* A line with a bank id (OFX FITID) is known by it within its account.
* The same FITID twice **in one file** with the same date, amount and payee is the bank listing
  one transaction twice: it is imported once. The same FITID on *different* lines (banks that
  reuse ids, anonymised exports) makes each distinct line known by FITID plus its fingerprint.
* A line without a FITID (most CSVs, some OFX) is known by date + amount + payee, counted per
  file: two identical coffees on one day stay two, and an overlapping statement adds only its
  new rows.
* Across formats see :mod:`finapp.services.import_cross_format`.
* The time of day is no part of any key: the same statement with or without times adds
  nothing, and a re-import that gives a time to a stored line without one fills it in.

Apart from the writing of rows because these are pure functions of the parsed statement, which
tests compare with the plain per-line computation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from decimal import Decimal

from finapp.core.dedupe import assign_occurrences, fingerprints, fitid_key
from finapp.core.merchant import merchant_key, says_only_how
from finapp.core.merchant_services import service_key
from finapp.core.money import to_minor
from finapp.errors import Problem
from finapp.importers.base import ParsedStatement

#: the lines that repeat another's transaction id said one by one; past these, in one sentence
_REPEATS_SAID = 5


def statement_keys(stmt: ParsedStatement, currency: str) -> list[tuple[str, int]]:
    """The (dedupe key, occurrence) of each line; see the module docstring for the rules."""
    txns = stmt.transactions
    ids = [t.fitid for t in txns if t.fitid]
    repeated = {f for f, n in Counter(ids).items() if n > 1}
    if not repeated and len(ids) == len(txns):  # a bank's file: each line known by its own id
        return [(key, 0) for key in map(fitid_key, ids)]
    prints = _fingerprints(stmt, currency, repeated)
    lines_of: dict[str, set[str]] = {}  # a repeated id's distinct lines, by fingerprint
    for t, print_ in zip(txns, prints, strict=True) if repeated else ():
        if t.fitid in repeated:
            lines_of.setdefault(t.fitid, set()).add(print_)
    keys: list[tuple[str, int] | None] = []
    for t, print_ in zip(txns, prints, strict=True):
        if not t.fitid:
            keys.append(None)
        elif t.fitid in repeated and len(lines_of[t.fitid]) > 1:
            keys.append((f"{fitid_key(t.fitid)}|{print_}", 0))
        else:
            keys.append((fitid_key(t.fitid), 0))
    counted = iter(assign_occurrences(p for p, k in zip(prints, keys, strict=True) if k is None))
    return [k if k is not None else next(counted) for k in keys]


def listed_twice(stmt: ParsedStatement, keys: list[tuple[str, int]]) -> tuple[Problem, ...]:
    """Why lines of ``stmt`` count as duplicates though the store held none of them: each line
    whose key (``keys``, from :func:`statement_keys`) an earlier line of the statement already
    has. Only a bank id repeated with the same date, amount and payee gives two lines one key
    (one transaction listed twice); lines without an id are counted apart. Without this the user
    of an empty store reads "1 duplicate" and nothing says which line or why.
    """
    if len(set(keys)) == len(keys):
        return ()  # every line its own key: the usual file says nothing
    first: dict[tuple[str, int], int | None] = {}
    repeats: list[tuple[int | None, int | None, str]] = []
    for txn, key in zip(stmt.transactions, keys, strict=True):
        if key not in first:
            first[key] = txn.line
        elif txn.fitid:
            repeats.append((txn.line, first[key], txn.fitid))
    shown = repeats if len(repeats) <= _REPEATS_SAID + 1 else repeats[:_REPEATS_SAID]
    said = [_repeat(line, earlier, fitid) for line, earlier, fitid in shown]
    if len(shown) < len(repeats):  # two or more left: one sentence for them
        more = len(repeats) - len(shown)
        english = (
            f"{more} more lines repeat an earlier line's transaction id, date, amount and "
            "payee: each counted once"
        )
        said.append(Problem("import.repeated_ids_more", english, count=more))
    return tuple(said)


def _repeat(line: int | None, earlier: int | None, fitid: str) -> Problem:
    """``line 21 repeats line 20's transaction id 20240214-1: counted once``."""
    if line is None or earlier is None:  # a source that numbers no lines
        english = f"a line repeats an earlier line's transaction id {fitid}: counted once"
        return Problem("import.repeated_id", english, id=fitid)
    english = f"line {line} repeats line {earlier}'s transaction id {fitid}: counted once"
    return Problem("import.repeated_id_at", english, line=line, earlier=earlier, id=fitid)


def _fingerprints(stmt: ParsedStatement, currency: str, repeated: set[str]) -> list[str]:
    """The fingerprint of each line without a bank id or with one ``repeated``, "" for the
    others (a bank's file knows most lines by their id alone and reads no amount here)."""
    txns = stmt.transactions
    wanted = [i for i, t in enumerate(txns) if not t.fitid or t.fitid in repeated]
    prints = [""] * len(txns)
    if wanted:
        minors = minor_units(stmt, currency)
        lines = ((txns[i].posted, minors[i], txns[i].payee) for i in wanted)
        for i, print_ in zip(wanted, fingerprints(lines), strict=True):
            prints[i] = print_
    return prints


def minor_units(stmt: ParsedStatement, currency: str) -> list[int]:
    """Each line's amount in minor units, converted once per distinct amount. A dict of this
    statement's amounts: a cache shared by statements keys each call by a new (amount,
    currency) tuple, which costs more than the conversions it saves."""
    known: dict[Decimal, int] = {}
    minors: list[int] = []
    for txn in stmt.transactions:
        minor = known.get(txn.amount)
        if minor is None:
            minor = known[txn.amount] = to_minor(txn.amount, currency)
        minors.append(minor)
    return minors


def merchant_keys(aliases: Mapping[str, str]) -> Callable[[str, str], str]:
    """``merchant_key`` memoised for one statement, by payee: the memo is read only when the
    payee names no merchant (then the key is the memo's alone, remembered by memo), or a
    company whose goods name its service (WeChat Pay's "美团" with "美团外卖订单…":
    :mod:`finapp.core.merchant_services`), and memos vary far more than payees (ten years of
    history hold twice as many payee and memo pairs as payees). A merchant the user merged
    into another (``aliases``) is filed under the one it was merged into. A payee that only
    says how the money went (RBC's "Misc Payment", a wallet's processor) is keyed with its memo
    (:func:`~finapp.core.merchant.memo_names_merchant`), remembered by the two."""
    by_payee: dict[str, str] = {}
    by_memo: dict[str, str] = {}
    only_how: dict[str, bool] = {}
    by_both: dict[tuple[str, str], str] = {}

    def key(payee: str, memo: str) -> str:
        found = by_payee.get(payee)
        if found is None:
            found = by_payee[payee] = merchant_key(payee)
            only_how[payee] = says_only_how(payee, found)
        if memo and only_how[payee]:
            found = by_both.get((payee, memo))
            if found is None:
                found = by_both[payee, memo] = merchant_key(payee, memo)
            return aliases.get(found, found)
        if found:
            found = service_key(found, memo)
        else:
            found = by_memo.get(memo)
            if found is None:
                found = by_memo[memo] = merchant_key(memo)
        return aliases.get(found, found)

    return key
