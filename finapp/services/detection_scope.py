"""Which merchants changed since subscriptions were last detected, so only they are re-detected.

Detection works on independent units: every account's charges at the merchants of one payee
(the keys shown by one name, :func:`finapp.services.payee_list.payee_keys`: "SPOTIFY" and
"SPOTIFY STOCKHOLM" are one Spotify), with every merchant sharing the first word of a one-word
merchant among them (the one-off variant "SPOTIFY PUQUDIZ" may fold into "SPOTIFY"; nothing else
ever folds together). Every account's, as a stream that stops on a replaced card carries on from
the new one (:func:`finapp.core.recurrence.detect_streams`). One grouped query reads every
charge up to the day asked about, each (account, merchant)'s as one JSON text of every column
detection reads; each unit's texts are summed up in a digest, and the digests of the last run are
kept in the store beside the number of streams each unit held. A unit whose digest is unchanged
holds the same streams as last time, whatever wrote to the store in between — an import, an
undo, a wipe, an edit, a transfer marked by hand — so no writer has to report what it touched,
and re-detecting the changed units gives what a full run gives. The same texts give the charges
to detect, so the history is read once.

When no write touched the transactions since the last run (the store's stamp,
:mod:`finapp.store.stamps`, is the one kept with it) and no charge is dated between that run's
day and this one, the digests are what they were: the history is not read at all, and only the
charges of units detected again (a split-off row's) are read, merchant by merchant. The names
the user chose for payees group merchants too, so a change of them is a change of history.

The kept digests are tied to the detector's code: another version of it detects afresh.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from types import ModuleType

from sqlalchemy import text
from sqlalchemy.orm import Session

from finapp.core.bank_text import from_fields
from finapp.core.recurrence import Charge
from finapp.services.detection_inputs import STATE_KEY, detector_version, sources_digest
from finapp.services.payee_list import payee_keys
from finapp.services.payee_names import chosen_names
from finapp.services.wallet_funding import FUNDED_A_WALLET
from finapp.store import stamps
from finapp.store.schema import Setting

#: the (account, merchant key)s of one payee, or sharing a merchant key or the first word of a
#: one-word merchant, by the first of them
Unit = tuple[int, str]
#: one account's charges at one merchant key
Key = tuple[int, str]

_GROUPED = (
    "SELECT account_id, merchant, count(*), json_group_array("
    "json_array(id, posted, amount_minor, is_transfer, payee, memo) ORDER BY id) "
    "FROM transactions WHERE posted <= :as_of AND merchant != '' {also}"
    f"AND NOT {FUNDED_A_WALLET} "  # the wallet's row is the charge
    "GROUP BY account_id, merchant ORDER BY account_id, merchant"
)
#: each (account, merchant)'s charges up to a day, as one JSON text (exact, and read in C)
_GROUPS = text(_GROUPED.format(also=""))
#: the same, of some merchants only (the accounts are picked out after)
_SOME = text(_GROUPED.format(also="AND merchant IN (SELECT value FROM json_each(:merchants)) "))
#: whether a charge is dated after one day and up to another (they see different histories)
_BETWEEN = text(
    "SELECT EXISTS (SELECT 1 FROM transactions WHERE posted > :after AND posted <= :until "
    "AND merchant != '')"
)


#: a :class:`Charge` from the tuple of its fields, in their order: the named tuple's own
#: constructor is a Python call, and detection makes one per line of the history
_charge = partial(tuple.__new__, Charge)


@dataclass(slots=True)
class Kept:
    """What the last run kept: each unit's digest and streams, its charges and merchants."""

    #: each unit's (digest, stream count)
    units: dict[Unit, tuple[str, int]]
    #: each unit's (charge count, (account, merchant key)s, their merchants' payees)
    layout: dict[Unit, tuple[int, list[Key], list[str]]]
    #: the store's stamp when that run read the history (None: no stamp to trust)
    stamp: str | None
    as_of: date
    #: a digest of the payee names the user chose then
    chosen: str


@dataclass(slots=True)
class Digests:
    """Each unit's digest as of a day, the merchant keys it holds and their charges."""

    as_of: date
    #: the store's stamp taken before the history was read (None: no stamp to trust)
    stamp: str | None
    #: reads charges not read yet (None: every one was read)
    session: Session | None = None
    of: dict[Unit, str] = field(default_factory=dict)
    #: each (account, merchant)'s charges as read (see ``_GROUPS``)
    texts: dict[Key, str] = field(default_factory=dict)
    #: each unit's (account, merchant key)s
    merchants: dict[Unit, list[Key]] = field(default_factory=dict)
    #: how many charges each unit holds
    sizes: dict[Unit, int] = field(default_factory=dict)
    #: the unit of each (account, merchant key) with charges
    units: dict[Key, Unit] = field(default_factory=dict)
    #: each merchant key's payee (see :func:`finapp.services.payee_list.payee_keys`)
    payees: dict[str, str] = field(default_factory=dict)
    #: a digest of the payee names the user chose
    chosen: str = ""

    def unit_of(self, account: int, merchant: str) -> Unit:
        """The unit a merchant's charges in an account belong to (a merchant without charges
        is a unit of its own)."""
        return self.units.get((account, merchant), (account, merchant))

    def charges(self, units: set[Unit] | None = None) -> list[Charge]:
        """The charges of ``units`` (None: of every unit) as detection sees them."""
        if units is None:
            self._read_all()
            keys: Iterable[Key] = self.texts
        else:
            keys = [key for unit in units for key in self.merchants.get(unit, ())]
            self._read([key for key in keys if key not in self.texts])
        days: dict[str, date] = {}  # a history has a few thousand days and many more charges
        out: list[Charge] = []
        for account, merchant in keys:
            shown_as = self.payees.get(merchant, "")
            out.extend(
                _charge(
                    (
                        tid,
                        account,
                        days.get(posted) or days.setdefault(posted, date.fromisoformat(posted)),
                        amount,
                        merchant,
                        # a line of fields (CIBC's) without its channel: "Electronic Funds
                        # Transfer" made every pre-authorized debit a transfer
                        f"{from_fields(payee) if ';' in payee else payee} "
                        f"{from_fields(memo) if ';' in memo else memo}",
                        bool(transfer),
                        shown_as,
                    )
                )
                for tid, posted, amount, transfer, payee, memo in json.loads(
                    self.texts[account, merchant]
                )
            )
        return out

    def _read_all(self) -> None:
        """Every unit's charges, in the order one grouped query gives them."""
        if self.session is not None and len(self.texts) < sum(map(len, self.merchants.values())):
            rows = self.session.execute(_GROUPS, {"as_of": self.as_of.isoformat()})
            self.texts = {(account, merchant): text for account, merchant, _, text in rows}

    def _read(self, keys: list[Key]) -> None:
        """The charges of some (account, merchant)s, read by their merchants' index."""
        if not keys or self.session is None:
            return
        wanted = set(keys)
        merchants = json.dumps(sorted({merchant for _, merchant in wanted}), ensure_ascii=False)
        for account, merchant, _, charges in self.session.execute(
            _SOME, {"as_of": self.as_of.isoformat(), "merchants": merchants}
        ):
            if (account, merchant) in wanted:
                self.texts[account, merchant] = charges

    def share(self, units: set[Unit]) -> float:
        """The part of all charges that ``units`` hold."""
        total = sum(self.sizes.values())
        return sum(self.sizes.get(unit, 0) for unit in units) / total if total else 0.0


def digests_as_of(session: Session, as_of: date, kept: Kept | None) -> Digests:
    """Every unit's digest as of ``as_of``: the kept ones when the history is provably the same.

    The stamp is taken before anything is read, in the run's own write transaction, so a write
    after it (none is made by detection itself) leaves the next run without it.
    """
    stamp = stamps.take(session)
    chosen = _chosen_digest(session)
    if kept is not None and stamp is not None and kept.stamp == stamp and kept.chosen == chosen:
        after, until = sorted((kept.as_of, as_of))
        between = {"after": after.isoformat(), "until": until.isoformat()}
        if not session.execute(_BETWEEN, between).scalar():
            return _as_kept(session, as_of, stamp, kept)
    return current_digests(session, as_of, stamp)


def _chosen_digest(session: Session) -> str:
    """A digest of the payee names the user chose: they group merchants into payees too."""
    chosen = sorted(chosen_names(session).items())
    return hashlib.blake2b(json.dumps(chosen).encode(), digest_size=16).hexdigest()


def _as_kept(session: Session, as_of: date, stamp: str, kept: Kept) -> Digests:
    """The kept digests, reading each unit's charges only when asked for them."""
    layout = kept.layout
    return Digests(
        as_of,
        stamp,
        session,
        of={unit: digest for unit, (digest, _) in kept.units.items()},
        merchants={unit: keys for unit, (_, keys, _) in layout.items()},
        sizes={unit: size for unit, (size, _, _) in layout.items()},
        units={key: unit for unit, (_, keys, _) in layout.items() for key in keys},
        payees={
            name: payee
            for _, keys, payees in layout.values()
            for (_, name), payee in zip(keys, payees, strict=True)
        },
        chosen=kept.chosen,
    )


def current_digests(session: Session, as_of: date, stamp: str | None = None) -> Digests:
    """Every unit with charges on or before ``as_of``, digested in one grouped query."""
    groups = session.execute(_GROUPS, {"as_of": as_of.isoformat()}).all()
    payees = payee_keys(session)
    out = Digests(
        as_of,
        stamp,
        units=_units([(account, key) for account, key, *_ in groups], payees),
        payees=payees,
        chosen=_chosen_digest(session),
    )
    hashes: dict[Unit, hashlib.blake2b] = {}
    merchants: dict[Unit, list[Key]] = defaultdict(list)
    sizes: dict[Unit, int] = defaultdict(int)
    for account, merchant, count, charges in groups:
        unit = out.unit_of(account, merchant)
        digest = hashes.get(unit) or hashes.setdefault(unit, hashlib.blake2b(digest_size=16))
        # the account too: a unit holds every account's charges at its merchants, and the same
        # charges moved to another account are another history
        line = f"{account}\x1d{merchant}\x1d{payees.get(merchant, '')}\x1d{charges}\x1c"
        digest.update(line.encode())
        out.texts[account, merchant] = charges
        merchants[unit].append((account, merchant))
        sizes[unit] += count
    out.of = {unit: h.hexdigest() for unit, h in hashes.items()}
    out.merchants, out.sizes = dict(merchants), dict(sizes)
    return out


def _units(keys: list[Key], payees: dict[str, str]) -> dict[Key, Unit]:
    """Each (account, merchant)'s unit: joined with every account's charges at its merchant key,
    at the merchants of its payee, and at the one-word merchant its first word is, each unit
    named by its first key."""
    parent = {key: key for key in keys}

    def root(key: Key) -> Key:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(a: Key, b: Key) -> None:
        first, second = sorted((root(a), root(b)))
        parent[second] = first

    first_of: dict[str, Key] = {}  # a merchant key's or a payee's first (account, merchant)
    for key in keys:
        join(key, first_of.setdefault(key[1], key))
    for key in keys:
        words = key[1].split()
        if words and words[0] in first_of:
            join(key, first_of[words[0]])
        payee = payees.get(key[1])
        if payee:
            join(key, first_of.setdefault(f"\x00{payee}", key))
    return {key: root(key) for key in keys}


def previous_run(session: Session) -> Kept | None:
    """What the last run kept; None when none was kept by this code."""
    row = session.get(Setting, STATE_KEY)
    if row is None:
        return None
    try:
        state = json.loads(row.value)
        if state.get("code") != detector_version():
            return None
        units, layout = {}, {}
        for key, (digest, count, size, merchants, payees) in state["units"].items():
            units[_parse(key)] = (digest, count)
            keys = [(int(account), str(name)) for account, name in merchants]
            layout[_parse(key)] = (size, keys, payees)
        return Kept(
            units, layout, state["stamp"], date.fromisoformat(state["as_of"]), state["chosen"]
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def keep_run(
    session: Session, digests: Digests, counts: dict[Unit, int], inputs: str | None
) -> None:
    """Keep this run's digests, stream counts and stamp for the next run to compare with, and
    the digest of all it read (:func:`finapp.services.detection_inputs.fingerprint`, taken
    after its writes) by which the next run may tell it has nothing to do."""
    units = {
        f"{unit[0]}|{unit[1]}": [
            digest,
            counts.get(unit, 0),
            digests.sizes[unit],
            digests.merchants[unit],
            [digests.payees.get(name, "") for _, name in digests.merchants[unit]],
        ]
        for unit, digest in digests.of.items()
    }
    state = {
        "code": detector_version(),
        "inputs": inputs,
        "streams": sum(counts.values()),
        "stamp": digests.stamp,
        "as_of": digests.as_of.isoformat(),
        "chosen": digests.chosen,
        "units": units,
    }
    value = json.dumps(state, ensure_ascii=False)
    row = session.get(Setting, STATE_KEY)
    if row is None:
        session.add(Setting(key=STATE_KEY, value=value))
    else:
        row.value = value


def changed_units(digests: Digests, previous: dict[Unit, tuple[str, int]]) -> set[Unit]:
    """Units whose charges differ from the last run's, or that appeared or went since."""
    return {
        unit
        for unit in digests.of.keys() | previous.keys()
        if unit not in previous or previous[unit][0] != digests.of.get(unit)
    }


def _parse(key: str) -> Unit:
    account, head = key.split("|", 1)
    return int(account), head


def source_digest(modules: Iterable[ModuleType]) -> str:
    """A digest of the source of ``modules``: results kept by other code are not trusted."""
    return sources_digest(module.__name__ for module in modules)
