"""What lenient OFX reading puts right, found and said as sentences for the import result.

Banks' OFX departs from the specification (OFX 1.0.2 / 2.1.1) in a few known ways that a
lenient reader such as ofxtools accepts; finapp reads them too, but never silently: every
repair is listed with the import, so the user can check the lines it gave. This module finds
the departures that are visible in the text as a whole (the header, the case of the tags, a
bare ``&``, the decimal mark, the order of a transaction's fields) and words every repair;
:mod:`finapp.importers.ofx_clean` finds the aggregates left open while it cuts the records.
Each check is one scan of the text or a dictionary look-up per record, so reading stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from finapp.errors import Problem, problem_list

_SGML_HEADER_LINE = re.compile(r"[A-Z]+:[^\s:]*")
#: Possessive repeats: each class is disjoint from what follows it, so backtracking into one
#: could never match and only doubled the time of this scan over every tag of a large file.
_LOWER_TAG = re.compile(r"<\s*+/?\s*+[A-Z0-9._]*+[a-z][A-Za-z0-9._]*+\s*+>")
_BARE_AMP = re.compile(r"&(?!#?\w+;)")
#: a line break written inside a text as HTML writes one (ING Australia's MEMO: "… Receipt
#: 17395<BR/>Date 23 Feb 2020 Card …"): no OFX element, so the text ended at it
_LINE_BREAK = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
#: how a line break's tag starts: looked for first (one scan of a tenth of the whole tag's
#: pattern's cost), since most files hold none
_LINE_BREAK_START = re.compile(r"<br\b", re.IGNORECASE)
#: a character reference escaped a second time (CIBC's NAME "TPAY &amp;lt;DEFTPYMT&amp;gt;")
_ESCAPED_TWICE = re.compile(r"&amp;(?=(?:lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6});)")

#: The fields of a ``<STMTTRN>`` in the order OFX 1.0.2 (11.4.2.3) sets; a name's rank is its
#: place. NAME and PAYEE are alternatives (PAYEE holds a NAME of its own); fields not listed
#: here (a PAYEE's address, a bank's own extensions) are not ranked.
_STMTTRN_ORDER = (
    ("TRNTYPE",),
    ("DTPOSTED",),
    ("DTUSER",),
    ("DTAVAIL",),
    ("TRNAMT",),
    ("FITID",),
    ("CORRECTFITID",),
    ("CORRECTACTION",),
    ("SRVRTID",),
    ("CHECKNUM",),
    ("REFNUM",),
    ("SIC",),
    ("PAYEEID",),
    ("NAME", "PAYEE"),
    ("EXTDNAME",),
    ("BANKACCTTO", "CCACCTTO"),
    ("MEMO",),
    ("IMAGEDATA",),
    ("CURRENCY", "ORIGCURRENCY"),
    ("INV401KSOURCE",),
)
_RANK = {name: rank for rank, names in enumerate(_STMTTRN_ORDER) for name in names}
_orders: dict[tuple[str, ...], tuple[str, str] | None] = {}


def header_repairs(head: str) -> list[str]:
    """The header before ``<OFX>``: missing, or not written as ``NAME:VALUE`` lines.

    finapp replaces the header with its own (the encoding is read from the bytes themselves),
    so a header that is absent or oddly spaced costs nothing but is said.
    """
    stripped = head.strip()
    if not stripped:
        return [
            Problem(
                "ofx.no_header", "the file has no OFX header; it was read from its <OFX> element"
            )
        ]
    if "<?OFX" in stripped.upper() or "<?xml" in stripped:
        return []  # OFX 2: an XML declaration and processing instruction
    odd = [
        line.strip()
        for line in stripped.splitlines()
        if line.strip() and not _SGML_HEADER_LINE.fullmatch(line.strip())
    ]
    if "OFXHEADER" not in stripped.upper():
        return [
            Problem("ofx.no_ofxheader", "the OFX header has no OFXHEADER line; it was read past")
        ]
    if odd:
        return [
            Problem(
                "ofx.odd_header",
                f"the OFX header is not written as OFX sets it ({_quote(odd[0])}); "
                "it was read past",
                text=_quote(odd[0]),
            )
        ]
    return []


def holds_lower_tag(text: str) -> bool:
    """Whether any tag in ``text`` is not all upper case (``<stmttrn>``, ``</Memo>``)."""
    return _LOWER_TAG.search(text) is not None


def markup_repairs(body: str, all_upper: bool = False) -> tuple[list[str], bool]:
    """Tags in lower case and bare ``&`` in text; and whether any tag is in lower case.

    ``all_upper``: the caller has seen every tag in upper case (:attr:`~finapp.importers.
    ofx_clean.CutText.all_upper`, which looked at the transactions as it cut them), so the body
    is not searched for a tag in lower case: that search went over every tag of the file again,
    a twelfth of reading a large one.
    """
    repairs: list[str] = []
    lower = None if all_upper else _LOWER_TAG.search(body)
    if lower is not None:
        repairs.append(
            Problem(
                "ofx.lower_tags",
                f"tags are not all written in upper case ({_quote(lower.group())}); "
                "read as upper case",
                tag=_quote(lower.group()),
            )
        )
    amp = _BARE_AMP.search(body)
    if amp is not None:
        text = body[body.rfind(">", 0, amp.start()) + 1 : body.find("<", amp.start())]
        repairs.append(
            Problem(
                "ofx.bare_amp",
                f"a text holds a bare & ({_quote(text)}); read as the character &",
                text=_quote(text),
            )
        )
    return repairs, lower is not None


def text_repairs(body: str, first_line: int) -> tuple[str, list[str]]:
    """``body`` with the line breaks its texts hold as ``<BR/>`` made spaces and character
    references escaped twice escaped once, and the repairs said of each (the line of the first
    found; the file's lines stay where they were). Each is looked for with a plain search
    first: a file without either is not copied."""
    repairs: list[str] = []
    if _LINE_BREAK_START.search(body):
        found = _LINE_BREAK.search(body)
        if found is not None:
            line = first_line + body.count("\n", 0, found.start())
            tag = found.group()
            body = _LINE_BREAK.sub(" ", body)
            repairs.append(
                Problem(
                    "ofx.line_breaks",
                    f"texts hold line breaks written as {tag} (line {line}); read as spaces",
                    tag=tag,
                    line=line,
                )
            )
    if "&amp;" in body:
        found = _ESCAPED_TWICE.search(body)
        if found is not None:
            start = body.rfind(">", 0, found.start()) + 1
            text = _quote(body[start : body.find("<", found.start())])
            body = _ESCAPED_TWICE.sub("&", body)
            repairs.append(
                Problem(
                    "ofx.escaped_twice",
                    f"a text's characters are escaped twice ({text}); read as escaped once",
                    text=text,
                )
            )
    return body, repairs


def balance_lines_left_out(lines: Sequence[tuple[object, ...]]) -> str:
    """What is said of transactions that only state the account's balance (Itaú's ``SALDO
    ANTERIOR``), left out: the first one's words and where they stand. ``lines`` are
    :data:`~finapp.importers.ofx_lines.Line` tuples (payee fourth, line seventh)."""
    where = _lines([n for line in lines if isinstance(n := line[6], int)])
    text = _quote(str(lines[0][3] or lines[0][4]))
    return Problem(
        "ofx.balance_lines",
        f"{_count(len(lines), 'transaction')} only stating the account's balance ({text}; "
        f"{where}) left out",
        text=text,
        lines=where,
    )


def out_of_order(names: tuple[str, ...]) -> tuple[str, str] | None:
    """The first two fields of a transaction out of OFX's order, or None when in order.

    Banks write a few field sequences over and over, so each is judged once.
    """
    if names in _orders:
        return _orders[names]
    found: tuple[str, str] | None = None
    last_rank, last_name = -1, ""
    for name in names:
        rank = _RANK.get(name)
        if rank is None:
            continue
        if rank < last_rank:
            found = (last_name, name)
            break
        last_rank, last_name = rank, name
    _orders[names] = found
    return found


def order_repair(lines: Sequence[int], first: tuple[str, str]) -> str:
    where = _lines(lines)
    return Problem(
        "ofx.out_of_order",
        f"the fields of {_count(len(lines), 'transaction')} are out of OFX's order "
        f"(<{first[1]}> after <{first[0]}>; {where}); read by their names",
        later=first[1],
        earlier=first[0],
        lines=where,
    )


def unclosed_records_repair(lines: Sequence[int]) -> str:
    where = _lines(lines)
    return Problem(
        "ofx.unclosed_records",
        f"{_count(len(lines), 'transaction')} (<STMTTRN>) never closed ({where}); "
        "each was read up to the next transaction or the list's end",
        lines=where,
    )


def stray_close_repair(lines: Sequence[int], tag: str) -> str:
    """``</NAMEX>`` after ``<NAME>MONOPRIX``: an end tag no field of the record opened. The
    field's text ends where the next tag begins, as it would without the end tag, and the line
    is named so the user can check the payee or memo it gave."""
    where = _lines(lines)
    return Problem(
        "ofx.stray_close",
        f"an end tag that closes no field (</{tag}>) stands in "
        f"{_count(len(lines), 'transaction')} ({where}); each field was read up to the next tag",
        tag=tag,
        lines=where,
    )


def unclosed_repair(tag: str, account: str, closer: str, line: int) -> str:
    """``<BANKTRANLIST> was never closed; read up to <LEDGERBAL> (line 40)``."""
    whose = f" of account {account}" if account else ""
    english = f"<{tag}>{whose} was never closed; read up to {closer} (line {line})"
    code = "ofx.unclosed_of" if account else "ofx.unclosed"
    return Problem(code, english, tag=tag, account=account, closer=closer, line=line)


def misclosed_repair(tag: str, closer: str, line: int) -> str:
    """``<CCSTMTRS> was closed by </STMTRS> (line 17); read as its end`` (CommBank's card)."""
    english = f"<{tag}> was closed by </{closer}> (line {line}); read as its end"
    return Problem("ofx.misclosed", english, tag=tag, closer=closer, line=line)


def decimal_comma_repair(example: str) -> str:
    read = example.replace(".", "").replace(",", ".")
    return Problem(
        "ofx.decimal_comma",
        f"amounts are written with a decimal comma ({example}); read as {read}",
        example=example,
        read=read,
    )


def decimal_mark(amount: str) -> str:
    """``,`` or ``.``: the mark the amount's last separator is; ``""`` for a whole number."""
    comma, point = amount.rfind(","), amount.rfind(".")
    if comma == point:
        return ""
    return "," if comma > point else "."


def stated_day_repair(account: str, missing: Iterable[str]) -> str:
    tags = problem_list([f"<{tag}>" for tag in missing], " and ", code="and")
    return Problem(
        "ofx.stated_day",
        f"the statement of account {account or '(no number)'} states no {tags}; "
        "its days were taken from its lines",
        account=account or "—",
        tags=tags,
    )


def currency_repair(account: str, currency: str) -> str:
    return Problem(
        "ofx.currency",
        f"the statement of account {account or '(no number)'} names no currency "
        f"(<CURDEF>); read as {currency}",
        account=account or "—",
        currency=currency,
    )


def _count(n: int, noun: str) -> str:
    return f"1 {noun}" if n == 1 else f"{n} {noun}s"


def _lines(lines: Sequence[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:3])
    more = f" and {len(lines) - 3} more" if len(lines) > 3 else ""
    english = f"line{'s' if len(lines) > 1 else ''} {shown}{more}"
    code = "ofx.lines_more" if more else "ofx.lines"
    return Problem(code, english, shown=shown, more=max(len(lines) - 3, 0))


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f'"{text[:40]}…"' if len(text) > 40 else f'"{text}"'
