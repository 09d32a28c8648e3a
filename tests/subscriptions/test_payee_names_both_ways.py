"""A payee whose lines go both ways is not named by the way its latest line went: the wires to
a landlord and the deposit he sent back are "Marek Kowalski", the transfers to and from savings
"Transfer · Savings"; each line keeps its own way, and a payee paid one way keeps its name."""

from __future__ import annotations

from finapp.services.payee_list import list_payees
from finapp.services.payee_names import TableNames
from finapp.store.engine import Store
from tests.subscriptions.test_payee_list_grouped import CHECKING, _line, _load

WIRE_OUT = (
    "WIRE TYPE:WIRE OUT DATE:260305 TIME:1015 ET TRN:2026030500123456 SERVICE REF:004321 "
    "BNF:MAREK KOWALSKI ID:12345678 BNF BK:PKO BANK POLSKI SA ID:BPKOPLPW PMT DET:RENT MARCH"
)
WIRE_IN = (
    "WIRE TYPE:WIRE IN DATE: 260320 TIME:0915 ET TRN:2026032000098765 SEQ:2026032000098765/004567"
    " ORIG:MAREK KOWALSKI ID:PL61109010140000071219812874 SND BK:PKO BANK POLSKI SA"
)
TO_SAVINGS = "ONLINE TRANSFER TO SAV XXXXXX0915 REF #IB6WPIL4"
FROM_SAVINGS = "ONLINE TRANSFER FROM SAV XXXXXX0915 REF #IB7QK2M9"
ZELLE_TO = "Zelle payment to John Smith Conf# abc123"


def test_both_ways_the_payee_is_named_without_a_way(store: Store) -> None:
    _load(
        store,
        CHECKING,
        _line(5, "-2400.00", WIRE_OUT),
        _line(20, "800.00", WIRE_IN),  # the latest line: money came in
        _line(6, "-500.00", TO_SAVINGS),
        _line(21, "300.00", FROM_SAVINGS),
        _line(7, "-40.00", ZELLE_TO),
        _line(22, "-25.00", ZELLE_TO.replace("abc123", "def456")),
    )
    payees = {p.name: p for p in list_payees(store)}
    assert "Payment from Marek Kowalski" not in payees
    landlord = payees["Marek Kowalski"]
    assert (landlord.transactions, landlord.own_transfer) == (2, False)
    assert [(t.spent, t.received) for t in landlord.totals] == [(-2400, 800)]
    savings = payees["Transfer · Savings"]
    assert savings.own_transfer and savings.transactions == 2  # still money of one's own
    assert payees["Zelle to John Smith"].transactions == 2  # one way: the way is its name

    with store.read() as session:  # each line keeps the way it went
        names = TableNames(session)
        named = {
            names.name("WIRE TYPE", "Everyday Checking", text, "") for text in (WIRE_OUT, WIRE_IN)
        }
    assert named == {"Payment to Marek Kowalski", "Payment from Marek Kowalski"}
