"""Lines that differ only in their numbers are each filed as their own line read alone.

An import keys, names and files each distinct (payee, memo, amount's shape) once
(:mod:`finapp.services.line_filing`), and the rule book remembers per text which patterns it
matches. Statement lines mostly differ in their digits (store numbers, phone numbers, dates,
amounts, card tails, references glued to Chinese text), and some patterns name digits
("7-ELEVEN", "12306", a user's "7781" on the memo, a user's expression on a number): here
generated lines are filed as an import files them and each answer is compared with the line's
merchant key and the first rule in the book's order that matches it, read alone. An import
decides a line like one seen before whose memo differs only in its numbers when no pattern can
tell the two memos apart (:mod:`finapp.core.digit_shape`): the facts that rests on are tested
here too.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from finapp.core.digit_shape import digit_blind
from finapp.core.merchant import merchant_key
from finapp.core.merchant_services import service_key
from finapp.core.rules import RuleBook, RuleSubject, compile_user_regex
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
    st.sampled_from(("7781", "6023", "0000", "1230", "215")),  # of one shape: only a rule tells
)

#: the few numbers of a payee that prints its store's: its lines come back with other memos
_PAYEE_NUMBERS = st.one_of(st.sampled_from(("21522", "7781", "1")), _DIGITS)


@st.composite
def _line(draw: st.DrawFn) -> tuple[str, str, int]:
    payee, memo = draw(st.sampled_from(_TEMPLATES))
    # a payee's lines with memos of many numbers, as a card's lines at a chain's many stores
    own = [draw(_PAYEE_NUMBERS)] * 3
    numbers = draw(st.lists(_DIGITS, min_size=3, max_size=3))
    cents = draw(st.sampled_from((-125_000, -2_500, -1_999, -450, -1, 0, 1, 1_999, 4_999, 60_000)))
    return payee.format(*own), memo.format(*numbers), cents


def _rules(store: Store) -> None:
    """User rules that name digits, as a plain text and an expression, besides the shipped ones."""
    add_rule(store, category="Card", pattern="7781", match_field="memo", priority=7)
    add_rule(store, category="Branch", pattern="#215", match_field="any", priority=8)
    add_rule(
        store, category="Coffee", pattern=r"\b60[0-9]{2}\b", match_type="regex", match_field="any"
    )
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

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(_line(), min_size=1, max_size=80))
    @example([("7-ELEVEN 1", "CARD 7781", -450), ("7-ELEVEN 1", "CARD 1234", -450)])
    @example([("HULU 1 CA", "6023", -450), ("HULU 1 CA", "0000", -450)])
    def filed_as_alone(lines: list[tuple[str, str, int]]) -> None:
        line = statement_filing(NewLineFiling(book.fresh()), merchant_keys({}), 1)
        assert [line(*each) for each in lines] == [_alone(each, book, 1) for each in lines]

    filed_as_alone()


def test_no_character_folds_into_an_ascii_digit() -> None:
    """Plain patterns compare folded text, and a shape is taken before folding: that is the
    folded text's shape only if folding makes no other character a digit."""
    digits = set("0123456789")
    folding_into_digits = [
        char
        for char in map(chr, range(sys.maxunicode + 1))
        if char not in digits and digits & {*char.casefold(), *char.upper()}
    ]
    assert folding_into_digits == []


@pytest.mark.parametrize(
    ("pattern", "blind"),
    [
        (r"(?<![A-Z])GIANT(?= ?#?\d)", True),
        (r"(?<![A-Z])(ESSO|HUSKY)(?![A-Z])(?! HOUSE)", True),
        (r"\bX\w{3,}[!-~]", True),
        (r"[^a-z]+x*?", True),
        (r"60", False),
        (r"[0-3]", False),
        (r"[!-4]", False),
        (r"(a)\1", False),
        (r"(?P<x>\d)(?P=x)", False),
    ],
)
def test_an_expression_is_digit_blind_only_when_no_part_tells_digits_apart(
    pattern: str, blind: bool
) -> None:
    assert digit_blind(re.compile(pattern, re.IGNORECASE)) is blind


def test_a_users_expression_is_never_taken_for_digit_blind() -> None:
    assert not digit_blind(compile_user_regex("UBER"))  # RE2's patterns are not read
