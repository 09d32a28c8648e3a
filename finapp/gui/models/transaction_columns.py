"""Every transaction as parallel numpy arrays, and the search box's filter over them.

With 300k transactions, a Python object per row and per field (a ``Decimal``, a string for each
account name, a payee repeated thousands of times) cost hundreds of megabytes, and a substring
search over 300k strings a tenth of a second. Here numbers are arrays, repeated texts are
:class:`Labels` (one code per row, each distinct text once), and the search runs over one UTF-8
buffer of each searched column's distinct case-folded texts, its hits then mapped to the rows
through their codes (:class:`TextIndex`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import numpy as np
import pandas as pd

from finapp.core.money import exponent
from finapp.core.tags import shown as shown_tag
from finapp.gui.name_words import shown_name
from finapp.services.transaction_table import TableBatch

#: ``TransactionColumns.seconds`` of a line whose source gives no time
NO_TIME = -1
#: between two texts in :class:`FoldedTexts` (never typed into a search box)
_TEXT_END = b"\0"
#: between a row's texts where the search box reads them joined (a pasted tab may span two)
_BETWEEN = "\t"


@dataclass(frozen=True, slots=True)
class TransactionFilter:
    """What the search box and filter controls ask for; empty fields match everything."""

    text: str = ""
    account: str | None = None
    #: a category path; matches it and its children. "" means uncategorised only.
    category: str | None = None
    since: date | None = None
    until: date | None = None
    #: bounds on how much moved, in or out alike: a 688.69 purchase (stored as -688.69) is
    #: found between 688 and 689, as a user types it; a negative bound reads the signed amount
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    #: "in" (money in), "out" (money out) or None
    sign: str | None = None
    #: just these transactions (an alert's or a subscription's "show me")
    transaction_ids: tuple[int, ...] | None = None


@dataclass(slots=True)
class Labels:
    """A text column: ``names[codes[i]]`` is row i's text; each distinct text is kept once."""

    codes: np.ndarray  # int32
    names: list[str]

    def __getitem__(self, row: int) -> str:
        return self.names[self.codes[row]]

    def code_of(self, name: str) -> int:
        """The code of ``name``, added to :attr:`names` if no row has had it yet."""
        try:
            return self.names.index(name)
        except ValueError:
            self.names.append(name)
            return len(self.names) - 1

    def rows_in(self, wanted: Iterable[int]) -> np.ndarray:
        """Which rows have one of the ``wanted`` codes (a boolean array)."""
        return np.isin(self.codes, np.fromiter(wanted, np.int32))

    def ranks(self) -> np.ndarray:
        """Each row's place in a case-insensitive sort of the texts (equal texts tie)."""
        folded = np.array([name.casefold() for name in self.names], dtype=str)
        _, rank_of_code = np.unique(folded, return_inverse=True)
        return rank_of_code.astype(np.int64).reshape(-1)[self.codes]


@dataclass(slots=True)
class FoldedTexts:
    """The distinct texts of one column, case-folded, in one UTF-8 buffer, each ended by a NUL.

    A substring of a text is the same bytes in UTF-8 whatever the script, so one vectorised
    byte search over the buffer finds 支付宝 as it finds NETFLIX, several times faster than
    searching the separate strings; and searching each distinct text once (a payee repeats
    thousands of times) leaves a fraction of the bytes a search over every row would read.
    """

    buffer: np.ndarray  # uint8
    starts: np.ndarray  # int64, where each text begins
    #: how often each byte value occurs in the buffer
    byte_counts: np.ndarray

    @classmethod
    def of(cls, texts: Sequence[str]) -> FoldedTexts:
        # a NUL ends a text in the buffer: a note written through the CLI may hold one
        encoded = [text.replace("\0", "").casefold().encode() for text in texts]
        lengths = np.fromiter(map(len, encoded), np.int64, len(encoded)) + len(_TEXT_END)
        starts = np.zeros(len(encoded), np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        joined = _TEXT_END.join(encoded) + _TEXT_END if encoded else b""
        buffer = np.frombuffer(joined, np.uint8)
        return cls(buffer, starts, np.bincount(buffer, minlength=256))

    def containing(self, pattern: bytes) -> np.ndarray:
        """A boolean array: which texts contain ``pattern`` (case-folded UTF-8, no NUL)."""
        found = np.zeros(len(self.starts), dtype=bool)
        if not all(self.byte_counts[byte] for byte in pattern):
            return found
        # anchor on the pattern's rarest byte (few places to check: the first byte of every
        # Chinese character is one of a handful), then keep the places where the others follow
        anchor = min(range(len(pattern)), key=lambda offset: self.byte_counts[pattern[offset]])
        places = np.flatnonzero(self.buffer == pattern[anchor]) - anchor
        places = places[(places >= 0) & (places <= len(self.buffer) - len(pattern))]
        for offset, byte in enumerate(pattern):
            if offset != anchor:
                places = places[self.buffer[places + offset] == byte]
        # a match never crosses a NUL, so it lies inside one text; both arrays are sorted, and
        # the binary searches run over whichever is the shorter (one letter matches millions
        # of places)
        if len(places) > len(self.starts):
            return np.diff(np.searchsorted(places, self.starts), append=len(places)) > 0
        found[np.searchsorted(self.starts, places, side="right") - 1] = True
        return found


@dataclass(slots=True)
class TextIndex:
    """What the search box reads of a row: the name shown, the statement's payee, the memo and
    the merchant, then the note and the tags where the user wrote some, joined by tabs. Each
    column's distinct texts are searched once and the hits reach the rows through their codes."""

    #: the columns read, in order, each with its texts
    columns: tuple[tuple[Labels, FoldedTexts], ...]
    rows: int
    #: how many of the first columns are read even when empty (the rest only where written)
    always: int

    @classmethod
    def of(cls, always: Sequence[Labels], written: Sequence[Labels], rows: int) -> TextIndex:
        searched = tuple((labels, FoldedTexts.of(labels.names)) for labels in (*always, *written))
        return cls(searched, rows, len(always))

    def rows_containing(self, needle: str) -> np.ndarray:
        """A boolean array: which rows' text holds ``needle`` (already case-folded)."""
        if _TEXT_END.decode() in needle:
            return np.zeros(self.rows, dtype=bool)
        if _BETWEEN in needle:
            return self._rows_spanning(needle)
        return self._rows_with(needle)

    def _rows_with(self, needle: str) -> np.ndarray:
        """Rows one of whose texts holds ``needle``."""
        found = np.zeros(self.rows, dtype=bool)
        pattern = needle.encode()
        for labels, texts in self.columns:
            hit = texts.containing(pattern)
            if hit.any():
                found |= hit[labels.codes]
        return found

    def _rows_spanning(self, needle: str) -> np.ndarray:
        """Rows whose joined text holds a needle with a tab in it (pasted: it may run from one
        text into the next), read in full only where its longest piece occurs."""
        piece = max(needle.split(_BETWEEN), key=len)
        found = self._rows_with(piece) if piece else np.ones(self.rows, dtype=bool)
        for row in np.flatnonzero(found):
            found[row] = needle in self._joined(int(row))
        return found

    def _joined(self, row: int) -> str:
        texts = [labels[row] for labels, _ in self.columns]
        shown = texts[: self.always] + [text for text in texts[self.always :] if text]
        return _BETWEEN.join(shown).replace(_TEXT_END.decode(), "").casefold()


@dataclass(slots=True)
class TransactionColumns:
    """All transactions as parallel arrays (index i is one transaction)."""

    ids: np.ndarray  # int64
    dates: np.ndarray  # datetime64[D]
    seconds: np.ndarray  # int32, seconds after midnight of the time of day; NO_TIME if unknown
    amount_minor: np.ndarray  # int64, for display (with the currency), filters and sorting
    currencies: Labels
    accounts: Labels
    payees: Labels  # as on the statement
    #: the names payees are shown by ("Spotify" for "SPOTIFY P1A2B3C4D5 STOCKHOLM SE")
    names: Labels
    merchants: Labels
    categories: Labels  # "" when none
    memos: Labels
    #: the user's note ("" for none) and tags as shown ("#holiday-2026 #tax"; "" for none)
    notes: Labels
    tags: Labels
    #: the search box's: the name, payee, memo, merchant, note and tags, case-folded (so "#tax"
    #: finds the lines tagged with it)
    text: TextIndex
    #: each split line's parts, (category path, minor units), by transaction id (split lines
    #: only)
    part_categories: dict[int, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    #: which rows are marked a transfer: money between the household's own accounts, or the
    #: card line that paid a wallet's purchase (the purchase itself is the spending)
    transfers: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: each transfer's other side, as a row index (-1: none, or not in the store)
    peers: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: the categories of the transfer kind (Transfers, Transfers:Card Payment…): money filed
    #: there is no spending nor income either
    transfer_paths: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.ids)


class _LabelsBuilder:
    """Codes of a text column as its batches arrive; each distinct text is stored once.

    Each batch is factorised by pandas (a hash table in C), so only its distinct texts pass
    through Python to get their codes for the whole column.
    """

    def __init__(self) -> None:
        self._code: dict[str, int] = {}
        self._parts: list[np.ndarray] = []

    def add(self, values: Sequence[str]) -> None:
        batch_codes, distinct = pd.factorize(np.asarray(values, dtype=object))
        code = self._code
        whole = np.fromiter((code.setdefault(v, len(code)) for v in distinct), np.int32)
        self._parts.append(whole[batch_codes])

    def labels(self) -> Labels:
        codes = np.concatenate(self._parts) if self._parts else np.zeros(0, np.int32)
        return Labels(codes, list(self._code))


def _seconds(when: time | None) -> int:
    return NO_TIME if when is None else when.hour * 3600 + when.minute * 60 + when.second


def build_columns(batches: Iterable[TableBatch]) -> TransactionColumns:
    """Columns from the store's row batches (:func:`~finapp.services.transaction_table.
    table_batches`); a second or two for 300k rows, so run it on a worker."""
    ids, dates, seconds, amounts = [], [], [], []
    currencies, accounts, payees, names, merchants, categories, memos, notes, tags = (
        _LabelsBuilder() for _ in range(9)
    )
    part_categories: dict[int, tuple[tuple[str, int], ...]] = {}
    transfers: dict[int, int | None] = {}
    transfer_paths: frozenset[str] = frozenset()
    for batch in batches:
        rows, paths, payee_names, noted, tagged = batch[:5]
        # the same in every batch
        part_categories, transfers = batch.part_categories, batch.transfers
        transfer_paths = batch.transfer_paths
        if not rows:
            continue
        row_id, account, posted, posted_time, minor, currency, payee, memo, merchant, category = (
            zip(*rows, strict=True)
        )
        ids.append(np.array(row_id, dtype=np.int64))
        dates.append(np.array(posted, dtype="datetime64[D]"))
        seconds.append(np.fromiter(map(_seconds, posted_time), np.int32, len(rows)))
        amounts.append(np.array(minor, dtype=np.int64))
        currencies.add(currency)
        accounts.add(account)
        payees.add(payee)
        shown = list(map(shown_name, map(payee_names.name, merchant, account, payee, memo)))
        names.add(shown)
        merchants.add(merchant)
        memos.add(memo)
        categories.add([paths.get(c, "") if c else "" for c in category])
        row_notes = [noted.get(i, "") for i in row_id]
        row_tags = [" ".join(map(shown_tag, tagged.get(i, ()))) for i in row_id]
        notes.add(row_notes)
        tags.add(row_tags)
    name_labels, payee_labels, memo_labels, merchant_labels, note_labels, tag_labels = (
        builder.labels() for builder in (names, payees, memos, merchants, notes, tags)
    )
    row_ids = _joined(ids, np.int64)
    marked, peers = _transfer_rows(row_ids, transfers)
    return TransactionColumns(
        ids=row_ids,
        dates=_joined(dates, "datetime64[D]"),
        seconds=_joined(seconds, np.int32),
        amount_minor=_joined(amounts, np.int64),
        currencies=currencies.labels(),
        accounts=accounts.labels(),
        payees=payee_labels,
        names=name_labels,
        merchants=merchant_labels,
        categories=categories.labels(),
        memos=memo_labels,
        notes=note_labels,
        tags=tag_labels,
        text=TextIndex.of(
            (name_labels, payee_labels, memo_labels, merchant_labels),
            (note_labels, tag_labels),
            len(row_ids),
        ),
        part_categories=part_categories,
        transfers=marked,
        peers=peers,
        transfer_paths=transfer_paths,
    )


def _transfer_rows(
    ids: np.ndarray, transfers: dict[int, int | None]
) -> tuple[np.ndarray, np.ndarray]:
    """Which rows are transfers, and each one's other side as a row (-1 for none)."""
    marked = np.isin(ids, np.fromiter(transfers, np.int64, len(transfers)))
    peers = np.full(len(ids), -1, dtype=np.int64)
    if not marked.any():
        return marked, peers
    order = np.argsort(ids)
    rows = np.flatnonzero(marked)
    wanted = np.array([transfers[int(i)] or 0 for i in ids[rows]], dtype=np.int64)
    at = np.minimum(np.searchsorted(ids[order], wanted), len(ids) - 1)
    found = ids[order][at] == wanted
    peers[rows[found]] = order[at[found]]
    return marked, peers


def uncounted_rows(cols: TransactionColumns) -> tuple[np.ndarray, np.ndarray]:
    """Two boolean arrays: the rows no total counts, as no report does (the lines marked a
    transfer and those filed under a category of the transfer kind), and of those the ones
    shown as a transfer to or from another account (marked, and filed under no transfer
    category, whose name says more)."""
    codes = [code for code, name in enumerate(cols.categories.names) if name in cols.transfer_paths]
    if not codes:
        return cols.transfers.copy(), cols.transfers.copy()
    filed = cols.categories.rows_in(codes)
    return cols.transfers | filed, cols.transfers & ~filed


def _joined(parts: list[np.ndarray], dtype: str | type) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


def filter_mask(cols: TransactionColumns, spec: TransactionFilter) -> np.ndarray:
    """A boolean array: which transactions ``spec`` keeps (all vectorised)."""
    mask = np.ones(len(cols), dtype=bool)
    needle = spec.text.strip().casefold()
    if needle:
        mask &= cols.text.rows_containing(needle)
    if spec.account:
        mask &= cols.accounts.rows_in(
            code for code, name in enumerate(cols.accounts.names) if name == spec.account
        )
    if spec.category is not None:
        mask &= _in_category(cols, spec.category)
    if spec.since is not None:
        mask &= cols.dates >= np.datetime64(spec.since, "D")
    if spec.until is not None:
        mask &= cols.dates <= np.datetime64(spec.until, "D")
    bounds = [b for b in (spec.amount_min, spec.amount_max) if b is not None]
    amounts = cols.amount_minor if any(b < 0 for b in bounds) else np.abs(cols.amount_minor)
    if spec.amount_min is not None:
        mask &= amounts >= _bounds(cols.currencies, spec.amount_min, ROUND_CEILING)
    if spec.amount_max is not None:
        mask &= amounts <= _bounds(cols.currencies, spec.amount_max, ROUND_FLOOR)
    if spec.transaction_ids is not None:
        mask &= np.isin(cols.ids, np.asarray(spec.transaction_ids, dtype=np.int64))
    if spec.sign == "out":
        mask &= cols.amount_minor < 0
    elif spec.sign == "in":
        mask &= cols.amount_minor > 0
    return mask


def _in_category(cols: TransactionColumns, path: str) -> np.ndarray:
    """Rows filed in ``path`` or under it, a split line when any of its parts is."""
    codes = [code for code, name in enumerate(cols.categories.names) if _under(name, path)]
    found = cols.categories.rows_in(codes)
    split = [
        tid
        for tid, parts in cols.part_categories.items()
        if any(_under(part, path) for part, _minor in parts)
    ]
    if split:
        found |= np.isin(cols.ids, np.asarray(split, dtype=np.int64))
    return found


def filed_sum(cols: TransactionColumns, rows: np.ndarray, path: str | None) -> int:
    """The money of ``rows`` (minor units) filed in ``path`` or under it (None: every row's
    whole amount). A split line counts by its parts filed there: a 117.93 Amazon order of
    which 37.93 are books adds 37.93 to Education, not the household goods beside them; a
    part filed under a transfer category is no spending, and is left out as reports leave it."""
    total = int(cols.amount_minor[rows].sum())
    if not cols.part_categories:
        return total
    ids = cols.ids[rows]
    split = ids[np.isin(ids, np.fromiter(cols.part_categories, np.int64))]
    for tid in split.tolist():
        total -= sum(
            minor
            for part, minor in cols.part_categories[tid]
            if (path is not None and not _under(part, path)) or part in cols.transfer_paths
        )
    return total


def _under(name: str, path: str) -> bool:
    """Whether the category ``name`` is ``path`` or one of its sub-categories; "" (no
    category) is under "" only."""
    return name == path or (path != "" and name.startswith(path + ":"))


def _bounds(currencies: Labels, amount: Decimal, rounding: str) -> np.ndarray:
    """Each row's bound in its own currency's minor units: 1000 is ¥1,000 on a yen card and
    $1,000.00 on a dollar account. A bound finer than a currency's unit is rounded inward
    (at least ¥12.5 keeps ¥13 and up), so a row never passes a bound it does not meet."""
    per_code = [
        int(amount.scaleb(exponent(code)).to_integral_value(rounding)) for code in currencies.names
    ]
    return np.array(per_code, dtype=np.int64)[currencies.codes]
