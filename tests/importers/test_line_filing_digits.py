"""Lines that differ only in their numbers are each filed as their own line read alone.

An import keys, names and files each distinct (payee, memo, amount's shape) once
(:mod:`finapp.services.line_filing`), and the rule book remembers per text which patterns it
matches. Statement lines mostly differ in their digits (store numbers, phone numbers, dates,
amounts, card tails, references glued to Chinese text), and some patterns name digits
("7-ELEVEN", "12306", a user's "7781" on the memo, a user's expression on a number): here
generated lines are filed as an import files them and each answer is compared with the line's
merchant key and the first rule in the book's order that matches it, read alone.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finapp.core.merchant import merchant_key
from finapp.core.merchant_services import service_key
from finapp.core.rules import RuleBook, RuleSubject
from finapp.services.import_keys import merchant_keys
from finapp.services.line_filing import LineFiling, statement_filing
from finapp.services.rule_filing import NewLineFiling, filing, rule_book
from finapp.services.rules import add_rule
from finapp.store.engine import Store

#: lines as banks and payment apps print them, ``{}`` where each prints a number
_TEMPLATES = (
    ("7-ELEVEN #{} DALLAS TX", ""),
    ("7-ELEVEN {}", "CARD {}"),
    ("COSTCO WHSE #{} SAN JOSE CA", "DEBIT CARD PURCHASE CARD {} COSTCO WHSE #{}"),
    ("NETFLIX.COM {}-{}-{} CA", ""),
    ("PHILLIPS {} {}", "FUEL {}/{}"),
    ("AMZN Mktp US*{}", "AMAZON.COM {}.{}"),
    ("UBER   *TRIP {} HELP.UBER.COM", "TRIP {}/{}/{}"),
    ("SQ *BLUE BOTTLE #{}", "{}.{} USD"),
    ("PURCHASE AUTHORIZED ON {}/{} SAFEWAY #{}", "CARD {}"),
    ("", "POS PURCHASE TRADER JOE'S #{} {}"),
    ("/", "美团外卖订单{}"),
    ("美团", "美团单车骑行卡{}"),
    ("12306铁路 {}", "订单号{}"),
    ("云膳过桥米线(传奇广场店)", "流水号{} 第{}期"),
    ("个人住房贷款 贷款账号{}", "流水号{}"),
    ("HULU {} CA", "{}"),
    ("PIONEER {}", "GAS {}"),
    ("FOOD {} LESS", "STORE {}"),
    ("SPOTIFY P{}ABCD ON {} OCT BCC", ""),
    ("GLOBEX INC DES:PAYROLL ID:XXXXX{} INDN:DOE,JANE CO ID:{} PPD", ""),
)
#: any number, or one a pattern names (a card tail, a branch, a rule's expression, a brand's)
_DIGITS = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=12),
    st.sampled_from(("7781", "21522", "6023", "6000", "12306", "66", "4", "0", "11", "0000")),
)


@st.composite
def _line(draw: st.DrawFn) -> tuple[str, str, int]:
    payee, memo = draw(st.sampled_from(_TEMPLATES))
    numbers = draw(st.lists(_DIGITS, min_size=3, max_size=3))
    cents = draw(st.sampled_from((-125_000, -2_500, -1_999, -450, -1, 0, 1, 1_999, 4_999, 60_000)))
    return payee.format(*numbers), memo.format(*reversed(numbers)), cents


def _rules(store: Store) -> None:
    """User rules that name digits, as a plain text and an expression, besides the shipped ones."""
    add_rule(store, category="Card", pattern="7781", match_field="memo", priority=7)
    add_rule(store, category="Branch", pattern="#215", match_field="any", priority=8)
    add_rule(store, category="Coffee", pattern=r"\b60[0-9]{2}\b", match_type="regex")
    add_rule(store, category="Small", pattern="UBER", amount_max=Decimal("20"), priority=6)


def _alone(line: tuple[str, str, int], book: RuleBook, account_id: int) -> LineFiling:
    """The line's merchant key and filing, read alone by their definitions."""
    payee, memo, cents = line
    merchant = merchant_key(payee)
    merchant = service_key(merchant, memo) if merchant else merchant_key(memo)
    subject = RuleSubject(payee, memo, merchant, cents, account_id)
    rule = next((rule for rule in book.rules if rule.matches(subject)), None)
    return (merchant, *filing(rule, None, None, payee))


def test_lines_differing_in_digits_are_filed_as_read_alone(store: Store) -> None:
    _rules(store)
    with store.read() as session:
        book = rule_book(session)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(_line(), min_size=1, max_size=60))
    def filed_as_alone(lines: list[tuple[str, str, int]]) -> None:
        line = statement_filing(NewLineFiling(book.fresh()), merchant_keys({}), 1)
        assert [line(*each) for each in lines] == [_alone(each, book, 1) for each in lines]

    filed_as_alone()
