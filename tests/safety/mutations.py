"""Ways to damage a statement file, and hostile files made from nothing.

Every mutation is a pure function of the input bytes and a seeded ``random.Random``, so a
failing input found by ``make fuzz`` can be made again from its name.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

Mutation = Callable[[bytes, random.Random], bytes]

_ENCODINGS = ("utf-16", "utf-16-be", "utf-32", "latin-1", "gb18030", "shift_jis", "cp1252")
_ODD_VALUES = (
    b"NaN",
    b"-Infinity",
    b"1e309",
    b"-0",
    b"99999999999999999999999999.99",
    b"1,2,3.4.5",
    b"00000000",
    b"99991399",
    b"20241301",
    b"\xff\xfe",
    b"\x00",
    b"",
    b"'; DROP TABLE x;--",
    b"\xe2\x80\xae",
    b"%s%n",
    b"\x1b[2J",
)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) or 1)]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 8, 64))):
        if out:
            pos = rng.randrange(len(out))
            out[pos] ^= 1 << rng.randrange(8)
    return bytes(out)


def swap_encoding(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    return text.encode(rng.choice(_ENCODINGS), errors="replace")


def splice(data: bytes, rng: random.Random) -> bytes:
    """Delete, duplicate or move a chunk, as a bad download or a bad copy-paste would."""
    if len(data) < 4:
        return data * 2
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randrange(1, 400))
    chunk, where = data[a:b], rng.randrange(len(data))
    kind = rng.randrange(3)
    if kind == 0:
        return data[:a] + data[b:]
    if kind == 1:
        return data[:where] + chunk * rng.randrange(2, 50) + data[where:]
    return data[:a] + data[b:where] + chunk + data[where:] if where > b else data[b:] + chunk


def odd_values(data: bytes, rng: random.Random) -> bytes:
    """Put strange values where numbers and dates stand."""
    out = bytearray(data)
    digits = [i for i, ch in enumerate(out) if 48 <= ch <= 57]
    for _ in range(min(5, len(digits))):
        pos = rng.choice(digits)
        end = pos
        while end < len(out) and (48 <= out[end] <= 57 or out[end] in b".-,"):
            end += 1
        out[pos:end] = rng.choice(_ODD_VALUES)
        digits = [i for i, ch in enumerate(out) if 48 <= ch <= 57]
        if not digits:
            break
    return bytes(out)


def line_endings(data: bytes, rng: random.Random) -> bytes:
    replacement = rng.choice((b"\r", b"\r\n", b"\n\n", b"\x00\n", b"\n\x0b", b"\x85"))
    return data.replace(b"\r\n", b"\n").replace(b"\n", replacement)


def huge_field(data: bytes, rng: random.Random) -> bytes:
    """A few megabytes inside one field."""
    fill = rng.choice((b"A", b"\xe4\xb8\xad", b"9", b"<", b'"', b",")) * rng.randrange(1, 4_000_000)
    where = rng.randrange(len(data) or 1)
    return data[:where] + fill + data[where:]


MUTATIONS: dict[str, Mutation] = {
    "truncate": truncate,
    "flip": flip_bits,
    "encoding": swap_encoding,
    "splice": splice,
    "odd": odd_values,
    "eol": line_endings,
    "huge": huge_field,
}


def mutants(source: Path, count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """``count`` mutants of ``source``, cycling through the mutations, named for replay."""
    data = source.read_bytes()
    names = list(MUTATIONS)
    for i in range(count):
        name = names[(seed + i) % len(names)]
        rng = random.Random(f"{source.name}:{seed}:{i}")
        yield f"{source.stem}.{name}.{seed}-{i}{source.suffix}", MUTATIONS[name](data, rng)


_OFX2_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>\n'
)


def _billion_laughs() -> bytes:
    entities = [b'<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = b"&lol;" if i == 1 else f"&lol{i - 1};".encode()
        entities.append(f'<!ENTITY lol{i} "'.encode() + prev * 10 + b'">')
    doctype = b"<!DOCTYPE OFX [" + b"".join(entities) + b"]>\n"
    body = (
        b"<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD</CURDEF>"
        b"<BANKACCTFROM><BANKID>1</BANKID><ACCTID>1</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE>"
        b"</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT</TRNTYPE>"
        b"<DTPOSTED>20240101</DTPOSTED><TRNAMT>-1.00</TRNAMT><FITID>1</FITID>"
        b"<NAME>&lol9;</NAME></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    )
    return _OFX2_HEAD + doctype + body


def _external_entity() -> bytes:
    return (
        _OFX2_HEAD + b'<!DOCTYPE OFX [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b"<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD</CURDEF><BANKACCTFROM><BANKID>1"
        b"</BANKID><ACCTID>1</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM><BANKTRANLIST>"
        b"<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240101</DTPOSTED><TRNAMT>-1.00</TRNAMT>"
        b"<FITID>1</FITID><NAME>&xxe;</NAME></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS>"
        b"</BANKMSGSRSV1></OFX>\n"
    )


def _deep_ofx1(depth: int) -> bytes:
    return b"OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>" + b"<STMTTRN>" * depth + b"\n"


def _deep_xml(depth: int) -> bytes:
    return _OFX2_HEAD + b"<OFX>" + b"<A>" * depth + b"x" + b"</A>" * depth + b"</OFX>\n"


def hostile_files(scale: int = 1) -> Iterator[tuple[str, bytes]]:
    """Files built to exhaust a parser: entity bombs, deep nesting, a million columns, one
    100 MB line, and things that are not statements at all. ``scale`` multiplies the nesting
    depth and row counts for the long run."""
    yield "billion-laughs.ofx", _billion_laughs()
    yield "external-entity.ofx", _external_entity()
    yield "deep-sgml.ofx", _deep_ofx1(50_000 * scale)
    yield "deep-xml.ofx", _deep_xml(50_000 * scale)
    yield "million-columns.csv", b",".join(b"c%d" % i for i in range(1_000_000)) + b"\n1,2\n"
    yield "million-columns-rows.csv", (b"Date,Amount,Payee" + b",x" * 1_000_000 + b"\n") * 3
    yield "one-100mb-line.csv", b"Date,Amount,Payee\n2024-01-01,-1.00," + b"A" * 100_000_000
    yield "empty.csv", b""
    yield "blank.ofx", b" \n\t\r\n" * 100
    yield "nul.csv", b"\x00" * 100_000
    yield "bom-only.csv", b"\xef\xbb\xbf"
    yield "utf16-bom-only.csv", b"\xff\xfe"
    yield "png.ofx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    yield "zip.csv", b"PK\x03\x04" + bytes(random.Random(5).randrange(256) for _ in range(50_000))
    yield "random.bin", bytes(random.Random(6).randrange(256) for _ in range(200_000))
    yield "header-only.ofx", b"OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n"
    yield "quote-storm.csv", b'Date,Amount,Payee\n"' + b'""' * 2_000_000 + b"\n"
    yield "many-rows.csv", b"Date,Amount,Payee\n" + b"2024-01-01,-1.00,X\n" * (2_000 * scale)


def regressions(corpus: Path) -> Iterator[tuple[str, bytes]]:
    """Inputs that once crashed or hung an importer, rebuilt from the corpus so they stay."""
    checking = (corpus / "ofx/ofxparse__checking.ofx").read_bytes()
    yield "regress-huge-amount.ofx", checking.replace(b"<TRNAMT>0.01", b"<TRNAMT>0" * 500_000, 1)
    yield "regress-nan-amount.ofx", checking.replace(b"<TRNAMT>0.01", b"<TRNAMT>NaN", 1)
    yield "regress-huge-amount-csv.csv", b"Date,Amount,Payee\n2024-01-01,-1.01e28,X\n"
    vanguard = (corpus / "ofx/ofxparse__vanguard401k.ofx").read_bytes()
    yield "regress-investment-no-fitid.ofx", re.sub(rb"<FITID>[^<]*", b"", vanguard)
    medium = (corpus / "ofx/ofxparse__investment_medium.ofx").read_bytes()
    yield "regress-invbank-inf.ofx", re.sub(rb"<TRNAMT>[^<]*", b"<TRNAMT>-1E+309", medium)
    signon = (corpus / "ofx/ofxparse__signon_fail.ofx").read_bytes()
    yield "regress-signon-newline.ofx", signon.replace(b"<MESSAGE>", b"<MESSAGE>two\nlines ", 1)
