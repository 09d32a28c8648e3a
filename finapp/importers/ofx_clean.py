"""Turn the OFX a bank really sends into text ofxparse reads correctly, in linear time.

Why this exists:

* **Speed.** ofxparse's SGML pre-processor checks every opening tag against a *list* of all
  closing tags in the file, and then builds a BeautifulSoup tree with ``html.parser``: about
  25 µs per tag even once the list scan is avoided, so ten years of history (100k
  transactions, 700k tags) takes most of a minute. :func:`split_statement_records` cuts the
  ``<STMTTRN>`` records of bank and card statements out of the text with one regular-expression
  scan (:mod:`finapp.importers.ofx_records`); ofxparse still parses everything else (the
  "skeleton": sign-on, accounts, balances, investment statements) and every transaction that
  :mod:`finapp.importers.ofx_lines` does not read as an ordinary one.
* **Quirks** that make plain ofxparse fail or misread, each fixed here in the same single pass:
  headers that are missing, odd (``OFXHEADER: 100`` or a colon inside a value) or lie about the
  encoding; UTF-8 bytes under an ``ENCODING:USASCII`` header; CR, LF or CRLF line ends; SGML
  leaves never closed; empty elements (``<CURDEF></CURDEF>``, ``<BALAMT> </BALAMT>``) that make
  ofxparse index an empty list; unescaped ``&`` (``AT&T``); SGML comments; CDATA sections.
* **Aggregates left open** (:class:`_Scan`): a ``<BANKTRANLIST>``, ``<STMTTRN>``, ``<STMTRS>``
  or ``<CCSTMTRS>`` never closed is closed where what follows shows it ended, and the repair is
  said (:mod:`finapp.importers.ofx_repairs` words it); a text that ends inside a statement, or
  anywhere before its ``</OFX>`` (between two statements too), is truncated and refused.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace

from finapp.errors import Problem
from finapp.importers.ofx_problems import balance_not_a_number, balance_undated
from finapp.importers.ofx_records import STMTTRN_OPEN, StatementRecords, cut_records, unescaped
from finapp.importers.ofx_repairs import holds_lower_tag, misclosed_repair, unclosed_repair
from finapp.importers.text_head import head_bytes

#: A canonical OFX 1 header: we hand ofxparse UTF-8 text whatever the bank's header said.
CANONICAL_HEADER = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:UTF-8\nCHARSET:NONE\n\n"

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_PROCESSING = re.compile(r"<\?.*?\?>", re.S)
_TOKEN = re.compile(r"<\s*(/?)\s*([A-Za-z0-9._]+)\s*(/?)\s*>([^<]*)")
#: Statements, their transaction lists, what can only follow a list, and what encloses a
#: statement (its transaction reply, its message set, the document).
#: (The look-ahead on the first letter lets the scan pass over most tags of a transaction at
#: once: matching every ``<`` against all the names case-blind took a tenth of a large import.)
_STRUCTURE = re.compile(
    r"<(/?)(?=[ABCILMOSabcilmos])(STMTRS|CCSTMTRS|INVSTMTRS|BANKTRANLIST|LEDGERBAL|AVAILBAL|BALLIST|MKTGINFO|"
    r"STMTTRNRS|CCSTMTTRNRS|INVSTMTTRNRS|BANKMSGSRSV1|CREDITCARDMSGSRSV1|INVSTMTMSGSRSV1|OFX)>",
    re.I,
)
_AFTER_LIST = frozenset({"LEDGERBAL", "AVAILBAL", "BALLIST", "MKTGINFO"})
#: a statement's balances, each with its ``<BALAMT>``
_BALANCES = {"LEDGERBAL": "ledger", "AVAILBAL": "available"}
_BALAMT = re.compile(r"<\s*BALAMT\s*>([^<]*)", re.I)
_DTASOF = re.compile(r"<\s*DTASOF\s*>([^<]*)", re.I)
_DIGIT = re.compile(r"\d")
_ENCLOSING = frozenset(
    {
        "STMTTRNRS",
        "CCSTMTTRNRS",
        "INVSTMTTRNRS",
        "BANKMSGSRSV1",
        "CREDITCARDMSGSRSV1",
        "INVSTMTMSGSRSV1",
        "OFX",
    }
)
_ACCTID = re.compile(r"<ACCTID>([^<]*)", re.I)
_BARE_AMP = re.compile(r"&(?!#?\w+;)")
_OFX_START = re.compile(rb"<\s*OFX\s*>", re.I)
_XML_ENCODING = re.compile(rb"encoding\s*=\s*[\"']([A-Za-z0-9_.-]+)", re.I)
_HEADER_CHARSET = re.compile(rb"CHARSET\s*:\s*([A-Za-z0-9_.-]+)", re.I)

#: Statement containers in the order ofxparse lists their accounts.
STATEMENT_KINDS = ("STMTRS", "CCSTMTRS", "INVSTMTRS")


class OfxShapeError(ValueError):
    """The text is not an OFX document we can cut into statements (e.g. truncated)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


def looks_like_ofx(head: bytes) -> bool:
    """Whether the file starts as an OFX does, in UTF-8, a one-byte charset or UTF-16 (a copy
    saved as "Unicode" by a Windows editor: :func:`decode_ofx` reads it)."""
    upper = head_bytes(head, 4096).upper()
    return b"OFXHEADER" in upper or _OFX_START.search(upper) is not None


def decode_ofx(data: bytes) -> str:
    """The file's text with LF line ends.

    UTF-8 is tried first whatever the header says: a file that decodes as UTF-8 and is not
    plain ASCII was written in UTF-8 (banks label such files ``USASCII``/``1252`` all the
    time), while cp1252 text almost never decodes as UTF-8 by accident. Then the declared
    charset, then cp1252, then latin-1, which decodes anything.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _lf(data.decode(codec, errors="replace").lstrip("\ufeff"))
    candidates = ["utf-8"]
    head = data[:4096]
    declared = _XML_ENCODING.search(head) or _HEADER_CHARSET.search(head)
    if declared:
        name = declared.group(1).decode("ascii").upper()
        candidates.append(
            {"1252": "cp1252", "8859-1": "latin-1", "NONE": "cp1252"}.get(name, name.lower())
        )
    candidates += ["cp1252", "latin-1"]
    for codec in candidates:
        try:
            return _lf(data.decode(codec))
        except (UnicodeDecodeError, LookupError):
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def _lf(text: str) -> str:
    """``text`` with LF line ends; a text that has no CR is not searched for CRLF, which costs
    as much as the decoding in a text that is not all ASCII."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _expand_cdata(text)


def _expand_cdata(text: str) -> str:
    """``<NAME><![CDATA[ALDI]]></NAME>`` (OFX 2 from some banks) as plain escaped text."""
    if "<![CDATA[" not in text:
        return text
    return _CDATA.sub(lambda m: html.escape(m.group(1), quote=False), text)


def body_start(text: str) -> int:
    """Offset of ``<OFX>``; everything before it is header we replace with our own."""
    match = re.search(r"<\s*OFX\s*>", text, re.I)
    if match is None:
        raise OfxShapeError(Problem("ofx.no_ofx_element", "no <OFX> element"))
    return match.start()


def normalise(body: str) -> str:
    """Rewrite OFX 1 (SGML) or 2 (XML) as well-formed, closed, escaped markup.

    One pass over the tokens: a tag followed by text is a leaf and gets its closing tag (SGML
    leaves have none); an element with no text that is closed at once, or never closed anywhere,
    is an empty leaf and is dropped (ofxparse indexes ``contents[0]`` of whatever it finds, so
    an empty ``<CURDEF>`` or ``<BALAMT>`` raises IndexError); bare ``&`` is escaped.
    """
    body = _PROCESSING.sub("", _COMMENT.sub("", body))
    tokens = _TOKEN.findall(body)
    closed = {name.upper() for close, name, _s, _t in tokens if close}
    out: list[str] = []
    skip_close: str | None = None
    for i, (close, raw_name, self_closing, text) in enumerate(tokens):
        name = raw_name.upper()
        if close:
            if skip_close == name:
                skip_close = None
                continue
            skip_close = None
            out.append(f"</{name}>")
            continue
        skip_close = None
        value = text.strip()
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        closes_next = following is not None and following[0] and following[1].upper() == name
        if self_closing:
            continue
        if value:
            out.append(f"<{name}>{_BARE_AMP.sub('&amp;', value)}</{name}>")
            skip_close = name if closes_next else None
        elif name != "OFX" and (closes_next or name not in closed):
            skip_close = name if closes_next else None  # an empty leaf: leave it out
        else:
            out.append(f"<{name}>")
    return "".join(out)


@dataclass
class CutText:
    """A document with its bank and card transaction records cut out, and what was repaired."""

    skeleton: str  # the rest, for ofxparse, with every aggregate that was left open closed
    statements: list[StatementRecords]
    n_statements: int  # bank, card and investment statements, as ofxparse counts accounts
    repairs: list[str] = field(default_factory=list)
    #: what the user should know of what was left out (a balance the bank wrote as no number)
    notes: list[str] = field(default_factory=list)

    @property
    def all_upper(self) -> bool:
        """Whether every tag of the document is in upper case: those left in the skeleton are
        searched (a few hundred bytes of a bank statement), the records' were seen as they were
        cut (:attr:`StatementRecords.all_upper`)."""
        return all(part.all_upper for part in self.statements) and not holds_lower_tag(
            self.skeleton
        )


class _Scan:
    """The walk over a document's statement structure, closing what banks leave open.

    OFX requires every aggregate to be closed; some banks go from the last ``</STMTTRN>``
    straight to ``<LEDGERBAL>``, or never close ``<STMTRS>``. When what follows can only stand
    after the aggregate (a balance, the statement's or the document's end, the next statement)
    the aggregate is closed there and the repair said; when the text ends inside a statement or
    before ``</OFX>``, the file is truncated, and nothing is guessed.
    """

    def __init__(self, text: str, first_line: int, upper: bool) -> None:
        self.text, self.first_line, self.upper = text, first_line, upper
        self.counts = dict.fromkeys(STATEMENT_KINDS, 0)
        self.statement: tuple[str, int, int] | None = None  # kind, index, start; while open
        self.open_list: int | None = None  # where the open <BANKTRANLIST>'s content begins
        self.edits: list[tuple[int, int, str]] = []  # (begin, end, replacement) in order
        self.found: list[StatementRecords] = []
        self.repairs: list[str] = []
        self.notes: list[str] = []
        self.counted = (0, first_line)  # the last offset whose line was asked, and its line
        self.ended = False  # whether </OFX> was met: the document's end, all of it read

    def walk(self) -> CutText:
        at = 0
        while (match := _STRUCTURE.search(self.text, at)) is not None:
            at = match.end()
            closing, name = match.group(1), match.group(2).upper()
            if name == "BANKTRANLIST":
                at = self._transaction_list(closing, match)
            elif name in STATEMENT_KINDS:
                self._end_statement(match, f"<{name}>" if not closing else "")
                if not closing:
                    self.statement = (name, self.counts[name], match.start())
                    self.counts[name] += 1
            elif not closing and name in _AFTER_LIST:
                self._end_list(match.start(), f"<{name}>")
                if name in _BALANCES:
                    self._balance(match, _BALANCES[name])
            elif closing and name in _ENCLOSING:
                self._end_statement(match, f"</{name}>")
                self.ended = self.ended or name == "OFX"
        self._refuse_truncated()
        skeleton = self._skeleton()
        found = sum(self.counts.values())
        return CutText(skeleton, self.found, found, self.repairs, self.notes)

    def _refuse_truncated(self) -> None:
        """Refuse a text that ends before its document does: inside a statement or its list,
        or anywhere before ``</OFX>`` (see :func:`truncated_end`)."""
        if self.open_list is not None or self.statement is not None:
            inside_list = self.open_list is not None
            what = "transaction list" if inside_list else "statement"
            english = f"the file ends inside a {what} (is the file truncated?)"
            code = "ofx.truncated_list" if inside_list else "ofx.truncated"
            raise OfxShapeError(Problem(code, english), self._line(len(self.text.rstrip())))
        if not self.ended:
            raise OfxShapeError(truncated_end(self.text), self._line(len(self.text.rstrip())))

    def _transaction_list(self, closing: str, match: re.Match[str]) -> int:
        """Open or close a transaction list; where the walk goes on."""
        if self.statement is None or self.statement[0] == "INVSTMTRS":
            return match.end()  # an investment statement's lists stay for ofxparse to read
        if not closing:
            self._end_list(match.start(), "<BANKTRANLIST>")
            self.open_list = match.end()
            return self._whole_list(match.end())
        if self.open_list is not None:
            self._cut(self.open_list, match.start(), "")
            self.open_list = None
        return match.end()

    def _whole_list(self, begin: int) -> int:
        """Cut the list opened at ``begin`` at once, up to its ``</BANKTRANLIST>``, when nothing
        before that tag ends it, and go on past it; else go on inside it, tag by tag.

        Its records are most of the file, and a record in the usual shape holds none of the
        tags the walk looks for (:data:`~finapp.importers.ofx_records._RECORD` reads its six
        fields and nothing else), so only the text before the first record and the records in
        another shape are searched: the walk no longer looks at every tag of every record.
        """
        end = self.text.find("</BANKTRANLIST>", begin)
        first = STMTTRN_OPEN.search(self.text, begin, end) if end >= 0 else None
        if first is None or _STRUCTURE.search(self.text, begin, first.start()) is not None:
            return begin
        records, repairs = self._records(first.start(), end)
        if any(_STRUCTURE.search(text) for text in records.texts_read_by_name()):
            return begin  # the list ends before its end tag: the records are cut again there
        self._keep(records, repairs, first.start(), end, "")
        self.open_list = None
        return end + len("</BANKTRANLIST>")

    def _balance(self, match: re.Match[str], kind: str) -> None:
        """Leave out a balance the bank wrote as no number (``N/A``, ``-``, ``NONE``, or digits
        that make none, ``1.234.56x``), or dated with its placeholder (``00000000``, a day
        before 1970), as one it left empty is, and say so: the statement's lines are facts
        without it. ofxparse reads the rest, grouping marks included."""
        following = _STRUCTURE.search(self.text, match.end())
        stop = following.start() if following is not None else len(self.text)
        amount = _BALAMT.search(self.text, match.end(), stop)
        if amount is None:
            return
        written = unescaped(amount.group(1)).strip()
        if not written:
            return
        from finapp.importers.ofx_lines import placeholder_day  # with ofxparse: read next

        dated = _DTASOF.search(self.text, match.end(), stop)
        day = unescaped(dated.group(1)).strip() if dated is not None else ""
        if not _reads_as_amount(written):
            emptied = [amount]
            note = balance_not_a_number(self._line(amount.start()), kind, self._account(), written)
        elif dated is not None and placeholder_day(day):
            emptied = sorted((amount, dated), key=lambda tag: tag.start())  # as edits are applied
            note = balance_undated(self._line(dated.start()), kind, self._account(), day)
        else:
            return
        self.edits += [(tag.start(1), tag.end(1), "") for tag in emptied]
        self.notes.append(note)

    def _end_list(self, at: int, closer: str) -> None:
        """Close the open transaction list just before ``closer`` (which cannot be inside it)."""
        if self.open_list is None:
            return
        self._cut(self.open_list, at, "</BANKTRANLIST>")
        self.open_list = None
        self.repairs.append(
            unclosed_repair("BANKTRANLIST", self._account(), closer, self._line(at))
        )

    def _end_statement(self, match: re.Match[str], closer: str) -> None:
        """The statement's own end tag closes it; anything else that ends it says it was left
        open, and its end tag is put there."""
        self._end_list(match.start(), closer or f"</{match.group(2).upper()}>")
        if self.statement is None:
            return
        if not closer:  # an end tag of a statement: CommBank ends its card's with </STMTRS>
            kind, name = self.statement[0], match.group(2).upper()
            if name != kind:
                self.edits.append((match.start(), match.end(), f"</{kind}>"))
                self.repairs.append(misclosed_repair(kind, name, self._line(match.start())))
            self.statement = None
            return
        kind = self.statement[0]
        self.edits.append((match.start(), match.start(), f"</{kind}>"))
        self.repairs.append(
            unclosed_repair(kind, self._account(), closer, self._line(match.start()))
        )
        self.statement = None

    def _cut(self, begin: int, end: int, replacement: str) -> None:
        """Cut the records between ``begin`` and ``end`` out of the skeleton."""
        first = STMTTRN_OPEN.search(self.text, begin, end)
        if first is not None:
            self._keep(*self._records(first.start(), end), first.start(), end, replacement)
        elif replacement:
            self.edits.append((end, end, replacement))

    def _records(self, begin: int, end: int) -> tuple[StatementRecords, list[str]]:
        """The records from the first ``<STMTTRN>`` at ``begin`` to ``end``, and their repairs."""
        assert self.statement is not None
        kind = self.statement[0], self.statement[1]
        return cut_records(self.text, kind, (begin, end), self._line(begin), self.upper)

    def _keep(
        self,
        records: StatementRecords,
        repairs: list[str],
        begin: int,
        end: int,
        replacement: str,
    ) -> None:
        """Keep the records cut from ``begin`` to ``end``, which ``replacement`` takes the
        place of in the skeleton."""
        self.found.append(records)
        self.repairs += repairs
        self.edits.append((begin, end, replacement))

    def _account(self) -> str:
        if self.statement is None:
            return ""
        found = _ACCTID.search(self.text, self.statement[2])
        return found.group(1).strip() if found is not None else ""

    def _line(self, at: int) -> int:
        """The line of offset ``at``, counted on from the last offset asked for when it is
        before ``at`` (the walk asks in the text's order): the text is counted through once."""
        since, line = self.counted
        if at < since:
            since, line = 0, self.first_line
        line += self.text.count("\n", since, at)
        self.counted = (at, line)
        return line

    def _skeleton(self) -> str:
        pieces, pos = [], 0
        for begin, end, replacement in self.edits:
            pieces.append(self.text[pos:begin])
            pieces.append(replacement)
            pos = end
        pieces.append(self.text[pos:])
        return "".join(pieces)


def truncated_end(text: str) -> Problem:
    """Why a text that never reaches ``</OFX>`` is refused.

    Every aggregate of OFX (1.x SGML as much as 2.x XML) has its end tag; only elements
    (``<TRNAMT>-4.50``) go without one in SGML. So a document whose ``<OFX>`` is never closed
    was cut short, wherever the cut fell: between two statements (``…</STMTTRNRS></BA``, or
    inside the next ``<CCSTMTTRNRS>`` before its ``<CCSTMTRS>``) the statements before the cut
    are whole and those after it are lost with nothing in the text to say so. Importing the
    first would hide the loss: the file is refused, as one cut inside a statement is.
    """
    tail = text.rstrip()
    last = tail.rfind("<")
    half = tail[last:] if last >= 0 and ">" not in tail[last:] else ""
    if half:
        english = (
            f"the file ends in the middle of a tag ({half[:20]!r}) before its </OFX>: "
            "what came after is missing (is the file truncated?)"
        )
        return Problem("ofx.truncated_in_tag", english, tag=half[:20])
    english = "the file ends before its </OFX>: what came after is missing (is the file truncated?)"
    return Problem("ofx.truncated_document", english)


def split_statement_records(text: str, first_line: int = 1, upper: bool = False) -> CutText:
    """Cut the transaction records out of every bank/card ``<BANKTRANLIST>``.

    Returns the skeleton (the text without those records, for ofxparse), the records per
    statement, how many statements (bank, card, investment) the file holds, and the repairs
    made. Investment statements keep their transactions in the skeleton: ofxparse reads those
    itself (they are few and of many kinds). ``upper``: the file writes tags in lower case.
    """
    return _Scan(text, first_line, upper).walk()


def _reads_as_amount(written: str) -> bool:
    """Whether ofxparse reads ``written`` as a balance: a finite number once its grouping marks
    are read its way (``1,234.56``, ``1.234,56``, ``+1 058,53``)."""
    if not _DIGIT.search(written):
        return False
    from ofxparse import OfxParser  # loaded by then: the statement is read with it next

    try:
        amount: Decimal = OfxParser.toDecimal(SimpleNamespace(contents=[written]))
    except InvalidOperation:
        return False
    return amount.is_finite()
