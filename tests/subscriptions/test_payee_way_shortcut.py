"""Naming a payee paid one way names only the lines that may have gone the other way.

The payee list names a merchant whose latest line says a way ("Zelle to John Smith") by that
way unless another of its lines went the other way; it reads the other lines' texts first and
names only those that could (``finapp.core.both_ways.may_go_against``). Here lines built of
the words banks print for transfers, wires, payments and purchases, upper and lower case, with
characters Python upper-cases into Latin letters, renamed by a rule or not, show the shortcut
passes over no line whose name goes the other way.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from finapp.core.both_ways import may_go_against, said_way
from finapp.services.payee_names import line_name

_PIECES = (
    "ZELLE PAYMENT TO",
    "Zelle payment from",
    "ONLINE TRANSFER FROM SAV XXXXXX0915",
    "ONLINE TRANSFER TO CHK ...4471",
    "ONLINE TRANSFER REF #IBE5ZJ6 TO PLATINUM CARD XXXXXXXXXXXX1234 ON 11/03/26",
    "WIRE TYPE:WIRE OUT BNF:MAREK KOWALSKI ID:12345678",
    "WIRE TYPE:WIRE IN ORIG:MAREK KOWALSKI",
    "ORIGINATOR: ACME PAYROLL",
    "VENMO",
    "XFER",
    "to",
    "from",
    "From",
    "Payment from",
    "Payment to",
    "Transfer to",
    "JOHN SMITH",
    "CONF# K3J9ZQ2PX",
    "CHASE",
    "AUTOPAY",
    "PAYROLL",
    "转账至尾号4471账户",
    "支付宝-",
    "ATM WITHDRAWAL",
    "INTEREST PAYMENT",
    "TOTAL",
    "STORE",
)
_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_PIECES),
        st.text(alphabet="FROMTBNIGfromtbnig ıſ*#:", max_size=6),
    ),
    max_size=4,
).map(" ".join)


@settings(max_examples=800, deadline=None)
@given(original=_TEXT, renamed=st.one_of(st.just(""), _TEXT), memo=_TEXT, issuer=_TEXT)
@example(original="Zelle payment from Mom", renamed="", memo="", issuer="")
@example(original="WIRE IN ORIG:MAREK KOWALSKI", renamed="", memo="", issuer="")
@example(original="POS 1234", renamed="Payment from landlord", memo="", issuer="")
def test_a_line_passed_over_never_went_the_other_way(
    original: str, renamed: str, memo: str, issuer: str
) -> None:
    payee = renamed or original
    went = said_way(line_name(original, payee, memo, issuer))
    texts = (original, payee, memo)
    for way in ("to", "from"):
        if went is not None and went != way:
            assert may_go_against(way, texts), (original, payee, memo, issuer, went)
