"""The ``<STMTTRN>`` records of a bank or card statement, cut out of its text in one scan.

:mod:`finapp.importers.ofx_clean` finds each statement's transaction list; this module cuts the
list into records: one regular expression reads a record written as banks usually write it into
its six raw texts at once, and any other record (fields out of order, lower-case tags, more
fields, never closed) is read by its fields' names into a :class:`Record`, which is also what
ofxparse and the messages about a record read. What is out of OFX's shape is said as a repair.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from operator import itemgetter

from finapp.importers.ofx_repairs import (
    holds_lower_tag,
    order_repair,
    out_of_order,
    stray_close_repair,
    unclosed_records_repair,
)

_FIELD = re.compile(r"<([A-Za-z0-9._]+)>([^<]*)")
_END_TAG = re.compile(r"<\s*/\s*([A-Za-z0-9._]+)\s*>")
#: end tags a record's text may hold that close what encloses it: its own, and those of the
#: list and statement that end after the last record (with what a statement holds after its
#: list, a balance's)
_ENCLOSING_RECORDS = frozenset(
    {"STMTTRN", "BANKTRANLIST", "STMTRS", "CCSTMTRS", "LEDGERBAL", "AVAILBAL", "BALLIST"}
)
_STMTTRN_CLOSE = re.compile(r"</STMTTRN>", re.I)
STMTTRN_OPEN = re.compile(r"<STMTTRN>", re.I)
#: One ``<STMTTRN>`` record, up to the next one or the list's end. A record as banks usually
#: write it (upper case; TRNTYPE, DTPOSTED, TRNAMT, FITID, then NAME and MEMO if any, in OFX's
#: order, each once; SGML or XML; closed) gives those six raw values (groups 1-6, ``""`` for one
#: absent) and the ``>`` of its ``</STMTTRN>`` (group 7); any other gives its text after
#: ``<STMTTRN>`` (group 8), to be read by its fields' names. A usual record keeps its six values
#: alone, not its text as well: ten years of records are 135 MB of small strings held until
#: their lines are made, and were 215 MB with their texts.
_RECORD = re.compile(
    r"(?i:<STMTTRN>)(?:"
    r"\s*<TRNTYPE>([^<]*)(?:</TRNTYPE>\s*)?<DTPOSTED>([^<]*)(?:</DTPOSTED>\s*)?"
    r"<TRNAMT>([^<]*)(?:</TRNAMT>\s*)?<FITID>([^<]*)(?:</FITID>\s*)?"
    r"(?:<NAME>([^<]*)(?:</NAME>\s*)?)?(?:<MEMO>([^<]*)(?:</MEMO>\s*)?)?"
    r"</STMTTRN(>)\s*(?=(?i:<STMTTRN>)|\Z)"
    r"|((?:[^<]++|<(?!(?i:STMTTRN>)))*+))"
)
#: a record's match: its six values and the usual shape's ``>``, or its text (:data:`_RECORD`)
Found = tuple[str, str, str, str, str, str, str, str]
#: where a usual record's values stand in its match
_USUAL_TAGS = ("TRNTYPE", "DTPOSTED", "TRNAMT", "FITID", "NAME", "MEMO")
_AMOUNT = 2
_USUAL = 6
_TEXT = 7

#: The tag names ofxparse asks a transaction for, upper-cased once.
_UPPER = {
    name: name.upper()
    for name in (
        "trntype",
        "name",
        "memo",
        "trnamt",
        "dtposted",
        "dtuser",
        "fitid",
        "sic",
        "checknum",
    )
}


def unescaped(text: str) -> str:
    """A field's text as ofxparse reads it: character references (``&amp;``) resolved."""
    return html.unescape(text) if "&" in text else text


class Leaf:
    """What ofxparse reads from a found tag: ``contents[0]`` is its text."""

    __slots__ = ("contents",)

    def __init__(self, text: str) -> None:
        self.contents = [unescaped(text)]


class Record(dict[str, str]):
    """One ``<STMTTRN>`` as ofxparse's ``parseTransaction`` queries it: ``find(name)``.

    A dict of upper-case tag name to raw text, built by C code from the regex matches (the
    first occurrence of a name wins, as with BeautifulSoup's ``find``); a :class:`Leaf` is
    made only for what ofxparse asks for.
    """

    __slots__ = ("line",)
    line: int  # where the record's <STMTTRN> stands in the file

    def find(self, name: str) -> Leaf | None:
        text = self.get(_UPPER.get(name) or name.upper())
        return None if text is None else Leaf(text)


@dataclass
class StatementRecords:
    """The transaction records cut out of one bank or card statement, in the file's order.

    ``found[i]`` is record i as :data:`_RECORD` matched it; one its groups do not read (fields
    out of order, lower case, more fields) is also in ``records`` as a :class:`Record`, to be
    read by its names. ``lines[i]`` is where record i's ``<STMTTRN>`` stands in the file.
    """

    kind: str  # STMTRS or CCSTMTRS
    index: int  # position among the statements of that kind, as ofxparse lists them
    found: list[Found] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    records: dict[int, Record] = field(default_factory=dict)
    #: whether every tag of the records is in upper case: a record in the usual shape is (the
    #: pattern reads upper-case fields only), so only the others and each ``<STMTTRN>`` are
    #: looked at, and the whole file is not searched again for a tag in lower case
    all_upper: bool = True

    def record(self, i: int) -> Record:
        """Record ``i`` by its names, whatever its shape (for ofxparse and for messages)."""
        found = self.records.get(i)
        if found is None:  # the usual shape: its values, and a name or memo only if it has one
            values = zip(_USUAL_TAGS, self.found[i], strict=False)
            fields = [(tag, text) for tag, text in values if text or tag not in ("NAME", "MEMO")]
            found = _record(fields, self.lines[i])
        return found

    def texts_read_by_name(self) -> list[str]:
        """The text of each record not in the usual shape (after its ``<STMTTRN>``)."""
        return [self.found[i][_TEXT] for i in self.records]

    def amounts(self) -> list[tuple[str, int]]:
        """Each record's raw ``TRNAMT`` and line, where it has one."""
        if not self.records:  # every record in the usual shape: its match holds the amount
            return list(zip(map(itemgetter(_AMOUNT), self.found), self.lines, strict=True))
        out = []
        for i, (found, line) in enumerate(zip(self.found, self.lines, strict=True)):
            record = self.records.get(i)
            amount = found[_AMOUNT] if record is None else record.get("TRNAMT")
            if amount is not None:
                out.append((amount, line))
        return out


def _fields(body: str, upper: bool) -> list[tuple[str, str]]:
    """The (name, raw text) of each field in a record's text after its ``<STMTTRN>``."""
    fields: list[tuple[str, str]] = _FIELD.findall(body)
    if upper:
        fields = [(name.upper(), value) for name, value in fields]
    return fields


def _record(fields: list[tuple[str, str]], line: int) -> Record:
    """A record of ``fields`` (see :func:`_fields`), read by their names."""
    fields.reverse()  # the first occurrence of a name wins, as with BeautifulSoup's find
    record = Record(fields)
    record.setdefault("FITID", "")  # a missing FITID is no error: dedupe falls back
    record.line = line
    return record


def cut_records(
    text: str, kind: tuple[str, int], span: tuple[int, int], first_line: int, upper: bool
) -> tuple[StatementRecords, list[str]]:
    """The ``<STMTTRN>`` records in ``span``; each ends where the next begins, so one never
    closed is read all the same, and said, as are fields out of OFX's order."""
    found: list[Found] = _RECORD.findall(text, *span)
    # each record begins at a <STMTTRN> and ends where the next begins: its line is counted on
    # from the one before
    starts = [match.start() for match in STMTTRN_OPEN.finditer(text, *span)]
    newlines = (text.count("\n", begin, end) for begin, end in pairwise(starts))
    lines = list(accumulate(newlines, initial=first_line))
    out = StatementRecords(*kind, found, lines)
    # none holds another: each opening tag is in upper case when as many are counted in upper
    # case as there are records
    out.all_upper = text.count("<STMTTRN>", *span) == len(found)
    unclosed: list[int] = []
    misordered: list[int] = []
    first_misorder: tuple[str, str] | None = None
    stray: list[int] = []
    first_stray = ""
    read_by_name = [i for i, match in enumerate(found) if not match[_USUAL]]
    for i in read_by_name:  # not in the usual shape: read by names, and looked at
        body, line = found[i][_TEXT], lines[i]
        fields = _fields(body, upper)
        out.all_upper = out.all_upper and not holds_lower_tag(body)
        swapped = out_of_order(tuple(map(itemgetter(0), fields)))
        out.records[i] = _record(fields, line)
        if swapped is not None:
            misordered.append(line)
            first_misorder = first_misorder or swapped
        if _STMTTRN_CLOSE.search(body) is None:
            unclosed.append(line)
        never_opened = _stray_end_tag(body, fields)
        if never_opened:
            stray.append(line)
            first_stray = first_stray or never_opened
    repairs = []
    if unclosed:
        repairs.append(unclosed_records_repair(unclosed))
    if first_misorder is not None:
        repairs.append(order_repair(misordered, first_misorder))
    if stray:
        repairs.append(stray_close_repair(stray, first_stray))
    return out, repairs


def _stray_end_tag(body: str, fields: list[tuple[str, str]]) -> str:
    """The first end tag in a record's ``body`` that none of its ``fields`` opened
    (``</NAMEX>`` after ``<NAME>``), upper-cased; ``""`` when every end tag closes a field.

    A record's text runs up to the next ``<STMTTRN>``, so the end tags of the list and the
    statement after the last record are ones it may hold without having opened them."""
    opened = {name.upper() for name, _text in fields}
    for match in _END_TAG.finditer(body):
        name = match.group(1).upper()
        if name not in opened and name not in _ENCLOSING_RECORDS:
            return name
    return ""
