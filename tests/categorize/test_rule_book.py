"""The compiled rule book picks, line for line, the rule a plain scan of the rules in order picks.

The scan (every rule's own ``matches`` in priority-then-id order) is the meaning of the rules;
the book's automaton, regular-expression screening and remembered verdicts are only speed. Lines
repeat their texts with other amounts, signs and accounts so that a remembered verdict is asked
again where it must not apply.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from finapp.core.rules import WORDS, RuleBook, RuleSpec, RuleSubject, words_pattern
from finapp.services.shipped_rules import shipped_specs

SHIPPED = shipped_specs(first_id=1_000)

#: texts written the ways banks write them: case, spacing, numbers, Chinese, look-alikes
_TEXTS = (
    "STARBUCKS STORE 01234",
    "starbucks  store 01234",
    "SQ *BLUE BOTTLE COFFEE",
    "UBER *EATS PENDING",
    "UBER *TRIP HELP.UBER.COM",
    "UBER",
    "AMZN Mktp US*2K4LL8",
    "amzn mktp us",
    "NETFLIX.COM 12",
    "WHOLEFDS MKT #10234 55",
    "BP 1234",
    "BPX 1234",
    "GAP KIDS",
    "SINGAPORE AIRLINES",
    "IRS TREAS 310",
    "ıRS TREAS 310",  # dotless i: Python's case-blind matching takes it for I
    "mobil 76 gas",
    "PAYMENT THANK YOU",
    "ACME CORP PAYROLL",
    "REFUND",
    "美团外卖",
    "美团单车 订单",
    "京东商城",
    "星巴克咖啡(国贸店)",
    "CORNER  DELI 22",
    "Rent",
    " rent ",
    "",
    "POS PURCHASE",
    "ONLINE TRANSFER REF 1234567",
)
_MERCHANTS = ("STARBUCKS", "UBER", "AMZN", "NETFLIX", "美团", "CORNER DELI", "RENT", "")
_FRAGMENTS = (  # most also occur inside a text, where "starts" must not take them
    "uber",
    "UBER EATS",
    "starbucks",
    "store 0",
    "mktp",
    "eats",
    "deli",
    ".com",
    "kids",
    "thank you",
    "单车",
    "美团",
    "京",
    "  Corner   deli ",
    " ",  # folds to nothing: matches every text (contains, starts) or only empty ones (equals)
)
_REGEXES = (r"^sq \*", r"\d{4}", r"uber\s+\*?(trip|eats)", r"\p{Han}{2}", "^$", "foo(?=bar)")
_BOUNDS = (None, 0, 1, 499, 500, 501, 1_000, 5_000)
_AMOUNTS = st.one_of(
    st.sampled_from([0, 1, -1, 499, -499, 500, -500, 501, -501, 1_000, -1_001, 5_000, -5_001]),
    st.integers(-10_000, 10_000),
)


@st.composite
def _user_rule(draw: st.DrawFn, rule_id: int) -> RuleSpec:
    match_type = draw(st.sampled_from(("contains", "starts", "equals", "regex", WORDS)))
    if match_type == "regex":
        pattern = draw(st.sampled_from(_REGEXES))
    elif match_type == WORDS:
        words = draw(st.lists(st.sampled_from(("EATS", "TRIP", "PENDING", "单车")), max_size=2))
        pattern = words_pattern(draw(st.sampled_from(_MERCHANTS)), words)
    else:
        pattern = draw(st.sampled_from(_FRAGMENTS + _TEXTS[:6]))
    low, high = draw(st.sampled_from(_BOUNDS)), draw(st.sampled_from(_BOUNDS))
    return RuleSpec(
        rule_id,
        rule_id,
        pattern,
        match_type=match_type,
        match_field=draw(st.sampled_from(("payee", "memo", "merchant", "any"))),
        priority=draw(st.sampled_from((1, 10, 100, 1_000, 2_000))),  # 1,000 ties with shipped
        amount_min=low,
        amount_max=high,
        sign=draw(st.sampled_from((None, "in", "out"))),
        account_id=draw(st.sampled_from((None, 1, 2))),
        origin=draw(st.sampled_from(("user", "learned"))),
    )


@st.composite
def _rules(draw: st.DrawFn) -> list[RuleSpec]:
    count = draw(st.integers(0, 25))
    ids = draw(st.lists(st.integers(1, 2_000), min_size=count, max_size=count, unique=True))
    return [draw(_user_rule(i)) for i in ids if not 1_000 <= i < 1_000 + len(SHIPPED)]


_TEXTS_OF_A_LINE = st.tuples(
    st.sampled_from(_TEXTS), st.sampled_from(_TEXTS), st.sampled_from(_MERCHANTS)
)


@st.composite
def _lines(draw: st.DrawFn) -> list[RuleSubject]:
    """A few payee/memo/merchant texts, each on many lines with other amounts and accounts."""
    texts = draw(st.lists(_TEXTS_OF_A_LINE, min_size=1, max_size=4))
    shapes = st.tuples(st.sampled_from(texts), _AMOUNTS, st.sampled_from((1, 2, 3)))
    return [
        RuleSubject(payee, memo, merchant, amount, account)
        for (payee, memo, merchant), amount, account in draw(st.lists(shapes, max_size=40))
    ]


@settings(max_examples=300, deadline=None)
@given(user=_rules(), lines=_lines())
# a bound of 0 starts a band at 0, yet a salary in it is money in (the shipped PAYROLL rule)
@example(
    user=[RuleSpec(1, 1, "deli", amount_min=0)],
    lines=[RuleSubject("ACME CORP PAYROLL", "", "ACME", 250_000, 1)],
)
def test_compiled_book_picks_what_a_scan_in_order_picks(
    user: list[RuleSpec], lines: list[RuleSubject]
) -> None:
    rules = [*SHIPPED, *user]
    book = RuleBook(rules)
    scan = sorted((r for r in rules if r.runnable()), key=lambda r: (r.priority, r.id))
    for line in lines:
        expected = next((r for r in scan if r.matches(line)), None)
        assert book.first_match(line) is expected, line
