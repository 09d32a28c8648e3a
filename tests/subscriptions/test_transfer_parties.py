"""Wires and transfers to different people or own accounts are different streams, however alike
the bank prints them; one party paid every month stays one stream whatever its references."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date

import pytest

from finapp.core.cadence import month_date
from finapp.core.counterparty import counterparty
from finapp.core.recurrence import detect_streams
from tests.subscriptions.statements import Ledger

AS_OF = date(2024, 12, 31)
FIRST = date(2024, 1, 1)


def chase_wire(day: date, party: str) -> str:
    """A wire out as Chase and Bank of America print it: the beneficiary deep in the line."""
    trn = f"{day:%Y%m%d}{random.randrange(10**5):05d}"
    return (
        f"WIRE TYPE:WIRE OUT DATE:{day:%y%m%d} TIME:0912 ET TRN:{trn} "
        f"SERVICE REF:{random.randrange(10**6):06d} BNF:{party} ID:PL6110901014000007121981 "
        "BNF BK:PKO BANK POLSKI ID:BPKOPLPW PMT DET:RENT"
    )


def wells_wire(day: date, party: str) -> str:
    """Wells Fargo's wire out: "WT FED#… /BNF=NAME SRF# …"."""
    return (
        f"WT FED#{random.randrange(10**5):05d} JPMORGAN CHASE BA /FTR/BNF={party} "
        f"SRF# GW0000{random.randrange(10**8):08d} TRN#{day:%y%m%d}{random.randrange(10**6)} RFB#"
    )


def boa_transfer(day: date, party: str) -> str:
    """Bank of America's online transfer between one's accounts."""
    return f"Online Banking transfer to {party} Confirmation# {random.randrange(10**10):010d}"


def chase_transfer(day: date, party: str) -> str:
    """Chase's online transfer between one's accounts."""
    return f"Online Transfer to {party} transaction#: {random.randrange(10**11)} {day:%m/%d}"


def wells_transfer(day: date, party: str) -> str:
    """Wells Fargo's: the reference before the party, the date after it."""
    return f"ONLINE TRANSFER REF #IB{random.randrange(10**5):05X} TO {party} ON {day:%m/%d/%y}"


def chase_zelle(day: date, party: str) -> str:
    return f"Zelle payment to {party} Conf# {random.randrange(16**8):08x}"


def wells_zelle(day: date, party: str) -> str:
    return f"ZELLE TO {party} ON {day:%m/%d} REF # WFCT0{random.randrange(10**6):06d}"


def china_transfer(day: date, party: str) -> str:
    """A Chinese bank's transfer to a card of one's own, known by its last digits."""
    return f"转账至{party} 流水号{day:%Y%m%d}{random.randrange(10**8):08d}"


def _parties(ledger: Ledger, stream_ids: tuple[int, ...]) -> set[str]:
    texts = {c.id: c.text for c in ledger.charges}
    return {counterparty(texts[i]) for i in stream_ids}


def _monthly(ledger: Ledger, printed, party: str, day: int, amount: str) -> None:  # type: ignore[no-untyped-def]
    for month in range(12):
        posted = month_date(FIRST, month, day)
        ledger.add(posted, amount, printed(posted, party))


@pytest.mark.parametrize(
    ("printed", "one", "other"),
    [
        (chase_wire, "MAREK KOWALSKI", "ANNA CHEN"),
        (wells_wire, "MAREK KOWALSKI", "ANNA CHEN"),
        (boa_transfer, "SAV 4471", "SAV 9981"),
        (chase_transfer, "SAV ...4471", "SAV ...9981"),
        (chase_transfer, "ACCT # XXXX4471", "ACCT # XXXX9981"),  # the number after its label
        (wells_transfer, "WAY2SAVE SAVINGS XXXXXX4471", "WAY2SAVE SAVINGS XXXXXX9981"),
        (chase_zelle, "John Smith", "John Doe"),
        (wells_zelle, "KOWALSKI MAREK", "CHEN ANNA"),
        (china_transfer, "招商银行储蓄卡(尾号4471)", "招商银行储蓄卡(尾号9981)"),
    ],
)
def test_two_parties_paid_alike_are_two_streams(printed, one: str, other: str) -> None:  # type: ignore[no-untyped-def]
    """The 1st and the 15th of each month: merged, they would read as one twice-monthly
    stream of both people's (or both accounts') money."""
    random.seed(one)
    ledger = Ledger()
    _monthly(ledger, printed, one, 1, "-1500.00")
    _monthly(ledger, printed, other, 15, "-1500.00")
    streams = detect_streams(ledger.charges, AS_OF)
    assert [(s.cadence, len(s.transaction_ids)) for s in streams] == [("monthly", 12)] * 2
    first, second = (_parties(ledger, s.transaction_ids) for s in streams)
    assert len(first) == len(second) == 1 and first != second


@pytest.mark.parametrize(
    ("printed", "party"),
    [
        (chase_wire, "MAREK KOWALSKI"),
        (wells_wire, "MAREK KOWALSKI"),
        (boa_transfer, "SAV 4471"),
        (chase_zelle, "John Smith"),
        (wells_zelle, "KOWALSKI MAREK"),
        (china_transfer, "招商银行储蓄卡(尾号4471)"),
    ],
)
def test_one_party_paid_monthly_is_one_stream_whatever_its_references(printed, party: str) -> None:  # type: ignore[no-untyped-def]
    random.seed(party)
    ledger = Ledger()
    _monthly(ledger, printed, party, 3, "-850.00")
    assert len({c.text for c in ledger.charges}) == 12  # each line printed with its own reference
    (stream,) = detect_streams(ledger.charges, AS_OF)
    assert (stream.cadence, len(stream.transaction_ids)) == ("monthly", 12)


def test_chinese_transfers_to_people_stay_apart_as_before() -> None:
    ledger = Ledger()
    for party, day in (("张三", 1), ("李四", 15)):
        for month in range(12):
            ledger.add(month_date(FIRST, month, day), "-800.00", f"手机银行转账-{party}")
    streams = detect_streams(ledger.charges, AS_OF)
    assert sorted(s.merchant for s in streams) == ["手机银行转账张三", "手机银行转账李四"]


def test_counterparties_finish_on_megabyte_hostile_lines() -> None:
    """Runs of mask characters, letters and digits a megabyte long: linear, so seconds (a
    pattern retrying from each character of a run would take hours)."""
    hostile = [
        "'TRANSFER TO ' + 'X' * MB", "'TRANSFER TO SAV ' + '.' * MB", "'ZELLE TO ' + '*' * MB",
        "'WIRE BNF:' + 'A' * MB", "'TRANSFER TO ' + 'A ' * MB", "'转账至' + '*' * MB",
        "'TRANSFER REF ' + 'A' * MB", "'TRANSFER TO ' + 'SAV ' * (MB // 4)",
    ]  # fmt: skip
    lines = [
        "from finapp.core.counterparty import counterparty",
        f"MB = {1024 * 1024}",
        *(f"counterparty({expr})" for expr in hostile),
        "print('done')",
    ]
    proc = subprocess.run(
        [sys.executable, "-c", "\n".join(lines)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.stdout.strip() == "done", proc.stderr
