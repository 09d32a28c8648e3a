"""An OFX file cut anywhere before its ``</OFX>`` is refused, never imported in part.

``ofx_notes/bank_and_card.qfx`` is a whole QFX holding a checking and a card statement (one
download of a bank's two accounts); ``ofx_lenient/truncated_*.qfx`` are it cut between the two.
Cut after the first statement, the file used to import the checking lines and silently lose
the card's.
"""

from __future__ import annotations

from pathlib import Path

from finapp.importers.ofx import OfxReadError, read_ofx

WHOLE = Path(__file__).parent / "ofx_notes" / "bank_and_card.qfx"


def _statements(data: bytes) -> list[tuple[str, int]]:
    parsed = read_ofx(WHOLE.name, data)
    return [(s.account.number, len(s.transactions)) for s in parsed.statements]


def test_the_whole_file_holds_both_statements() -> None:
    assert _statements(WHOLE.read_bytes()) == [("000000481516234", 2), ("4266849012345678", 1)]


def test_cut_anywhere_it_is_refused_or_read_whole() -> None:
    data = WHOLE.read_bytes()
    whole = _statements(data)
    end = data.rindex(b"</OFX>") + len(b"</OFX>")
    for cut in range(len(data)):
        try:
            read = _statements(data[:cut])
        except OfxReadError:
            assert cut < end, f"cut at byte {cut}, after </OFX>, was refused"
            continue
        assert cut >= end and read == whole, f"cut at byte {cut} was read in part"
