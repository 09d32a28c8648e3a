"""Categorization rules as plain data: does a transaction match, and which rule wins.

A rule tests text (payee, memo, merchant identity, or any of them) with contains / starts /
equals / regex, optionally an amount range on the absolute amount, the sign (money in or out), the
account, and (shipped rules only) the account's type: a deposit worded "ONLINE PAYMENT" is a card
payment on a card, and a client's payment on a checking account. Rules are ordered by priority
then id; the first match wins. Text matching ignores case and runs of spaces, because bank
payees change case and spacing from one statement to the next.

Regular expressions the user writes run on RE2 (``google-re2``), whose matching time is linear in
the text whatever the pattern: ``(a+)+$`` cannot hang an import the way a backtracking engine
does. RE2 has no lookaround and no backreferences, so such patterns are refused when the rule is
added, as are patterns too big to run cheaply on every line. The shipped rules are reviewed code
whose few regular expressions need lookaround (``(?<![A-Z])BP(?![A-Z])``) and are linear as
written: they alone keep Python's engine. A stored user rule RE2 cannot run (written before this
check) is left out of the book with a warning in the log, and listed with its problem.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable
from copy import copy
from dataclasses import dataclass
from functools import cached_property, lru_cache

import re2

from finapp.core.descriptor import descriptor_words
from finapp.core.digit_shape import DigitSight
from finapp.core.rule_index import (
    REMEMBERED,
    TextIndex,
    TextSearch,
    contains_at_word_start,
    normal,
)
from finapp.core.rule_origins import RuleOrigin
from finapp.errors import InvalidInputError, Problem

log = logging.getLogger("finapp.rules")

# "any" tries payee, memo and merchant identity: a bank that truncates the payee keeps the full
# name in the memo, and the merchant identity knows aliases ("PGANDE" is PG&E).
MATCH_FIELDS = ("payee", "memo", "merchant", "any")
_ANY = ("payee", "memo", "merchant")
MATCH_TYPES = ("contains", "starts", "equals", "regex")
#: Learned only: "UBER / EATS" is merchant identity UBER on a line whose descriptor has the word
#: EATS (``finapp.core.descriptor``): how learning tells one merchant's services apart.
WORDS = "words"
WORDS_SEPARATOR = " / "
SIGNS = ("in", "out")


#: Rules name merchants; a longer pattern would only make every import slower.
MAX_REGEX_CHARS = 500
#: RE2's size of a compiled pattern (about one instruction per literal, class or repeated copy):
#: the worst-case work per character of text, so it is kept small (``\w{1000}`` is 8,004).
MAX_REGEX_PROGRAM = 2_000
#: RE2's own limit on a counted repeat; a larger count RE2 would silently read as literal text
MAX_REPEAT = 1_000
_REPEAT_COUNTS = re.compile(r"(?<!\\)\{(\d+)(?:,(\d*))?\}")
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.case_sensitive = False
_RE2_OPTIONS.log_errors = False  # refusals are the user's message, not noise on stderr


def _refuse(pattern: str, reason: Problem) -> InvalidInputError:
    shown = pattern if len(pattern) <= 60 else pattern[:57] + "..."
    english = f"Not a regular expression finapp can use {shown!r}: {reason}"
    return InvalidInputError(Problem("regex.refused", english, pattern=shown, reason=reason))


def compile_user_regex(pattern: str) -> TextSearch:
    """``pattern`` compiled by RE2, ignoring case; InvalidInputError says why it cannot be.

    Bounds are checked before RE2 sees the text, so even a megabyte of parentheses costs nothing.
    """
    if len(pattern) > MAX_REGEX_CHARS:
        english = f"longer than {MAX_REGEX_CHARS} characters"
        raise _refuse(pattern, Problem("regex.too_long", english, most=MAX_REGEX_CHARS))
    for counts in _REPEAT_COUNTS.finditer(pattern):
        if any(n and int(n) > MAX_REPEAT for n in counts.groups()):
            english = f"a repeat count above {MAX_REPEAT}"
            raise _refuse(pattern, Problem("regex.repeat", english, most=MAX_REPEAT))
    try:
        compiled = re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as exc:
        raise _refuse(pattern, _re2_reason(exc)) from None
    if compiled.programsize > MAX_REGEX_PROGRAM:
        english = "too large to run on every transaction; make it simpler"
        raise _refuse(pattern, Problem("regex.too_large", english))
    return compiled


def _re2_reason(exc: re2.error) -> Problem:
    """RE2's error in words, with what to do about the features it lacks (RE2's own words are
    kept for the CLI; the GUI says which kind of fault it is)."""
    detail = exc.args[0] if exc.args else ""
    text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
    if "perl operator" in text or "escape sequence" in text:
        english = (
            f"{text} (lookaround such as (?= or (?<! and backreferences such as \\1 are not "
            "supported)"
        )
        return Problem("regex.unsupported", english, detail=text)
    if "too large" in text or "repetition size" in text:
        english = f"too large to run on every transaction ({text})"
        return Problem("regex.too_large", english, detail=text)
    return Problem("regex.invalid", text, detail=text)


def regex_problem(pattern: str) -> str | None:
    """Why a stored user pattern cannot run, or None when it can."""
    try:
        compile_user_regex(pattern)
    except InvalidInputError as exc:
        return exc.message
    return None


@dataclass(frozen=True)
class RuleSpec:
    """One rule. ``amount_min``/``amount_max`` bound the absolute amount in minor units."""

    id: int
    category_id: int | None
    pattern: str
    match_type: str = "contains"
    match_field: str = "payee"
    priority: int = 100
    amount_min: int | None = None
    amount_max: int | None = None
    sign: str | None = None
    account_id: int | None = None
    rename_to: str | None = None
    origin: str = RuleOrigin.USER
    #: the type of account (an ``AccountType`` value) the line must be on, or None for any
    account_type: str | None = None

    @cached_property
    def _matcher(self) -> TextSearch | str:
        if self.match_type == WORDS:
            return normal(words_merchant(self.pattern))
        if self.match_type != "regex":
            return normal(self.pattern)
        if self.origin == RuleOrigin.SHIPPED:
            return re.compile(self.pattern, re.IGNORECASE)
        return compile_user_regex(self.pattern)

    def matches(self, txn: RuleSubject) -> bool:
        """Whether this rule applies to ``txn``."""
        return self.admits(
            txn.amount_minor, txn.account_id, txn.account_type
        ) and self._matches_text(txn)

    def admits(self, amount_minor: int, account_id: int, account_type: str | None = None) -> bool:
        """Whether the account, sign and amount conditions hold (the text aside); a rule for
        one type of account holds on no line whose account's type is not known to be it."""
        if self.account_id is not None and account_id != self.account_id:
            return False
        if self.account_type is not None and account_type != self.account_type:
            return False
        if self.sign == "in" and amount_minor <= 0:
            return False
        if self.sign == "out" and amount_minor >= 0:
            return False
        size = abs(amount_minor)
        if self.amount_min is not None and size < self.amount_min:
            return False
        return self.amount_max is None or size <= self.amount_max

    @property
    def _fields(self) -> tuple[str, ...]:
        """The text fields the rule looks at: a learned words rule only at the merchant."""
        if self.match_type == WORDS:
            return ("merchant",)
        return _ANY if self.match_field == "any" else (self.match_field,)

    def names_merchant(self, merchant: str) -> bool:
        """Whether the rule's text matches a line keyed ``merchant`` (its other conditions
        aside): for a rule on the merchant field, whether it is about that payee."""
        return self._matches_text(RuleSubject("", "", merchant, 0, 0))

    def _matches_text(self, txn: RuleSubject) -> bool:
        matcher = self._matcher
        if self.match_type == WORDS:
            return matcher == txn.normal["merchant"] and self._has_words(txn)
        if not isinstance(matcher, str):
            return any(matcher.search(getattr(txn, name)) for name in self._fields)
        return any(self._matches_folded(matcher, txn.normal[name]) for name in self._fields)

    def _has_words(self, txn: RuleSubject) -> bool:
        """A learned words rule's words are all in the descriptor (its merchant aside)."""
        return self._words <= set(txn.words)

    @cached_property
    def _words(self) -> set[str]:
        return {word.upper() for word in words_of(self.pattern)}

    def runnable(self) -> bool:
        """Whether the rule can run; a stored pattern finapp now refuses is logged and left out."""
        try:
            _ = self._matcher
        except InvalidInputError:
            log.warning("rule %d left out: its regular expression cannot run", self.id)
            return False
        return True

    def _matches_folded(self, matcher: str, text: str) -> bool:
        if self.match_type == "equals":
            return text == matcher
        if self.match_type == "starts":
            return text.startswith(matcher)
        return contains_at_word_start(text, matcher)


@dataclass(frozen=True)
class RuleSubject:
    """What a rule can look at in a transaction."""

    payee: str
    memo: str
    merchant: str
    amount_minor: int
    account_id: int
    #: the account's type (an ``AccountType`` value), None when not known
    account_type: str | None = None

    @cached_property
    def normal(self) -> dict[str, str]:
        """Each text field folded once, however many rules look at it."""
        return {name: normal(getattr(self, name)) for name in _ANY}

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The descriptor's words beyond the merchant, read only when a learned rule asks."""
        return descriptor_words(f"{self.payee} {self.memo}", self.merchant)


def words_pattern(merchant: str, words: Iterable[str]) -> str:
    """A learned words rule's pattern: ``UBER / EATS``."""
    return merchant + WORDS_SEPARATOR + " ".join(words)


def words_merchant(pattern: str) -> str:
    """The merchant a learned words rule is about (``UBER`` of ``UBER / EATS``)."""
    return pattern.partition(WORDS_SEPARATOR)[0]


def words_of(pattern: str) -> list[str]:
    """The words a learned words rule asks for (``["EATS"]`` of ``UBER / EATS``)."""
    return pattern.partition(WORDS_SEPARATOR)[2].split()


def validate_rule(
    pattern: str,
    match_type: str,
    match_field: str,
    sign: str | None,
    amount_min: int | None,
    amount_max: int | None,
) -> None:
    """Refuse a rule that could never work, with a message saying why."""
    if not pattern.strip():
        raise InvalidInputError(Problem("rule.no_pattern", "A rule needs a pattern to match"))
    if match_type not in MATCH_TYPES:
        raise InvalidInputError(
            f"Unknown match type {match_type!r} (one of {', '.join(MATCH_TYPES)})"
        )
    if match_field not in MATCH_FIELDS:
        raise InvalidInputError(f"Unknown field {match_field!r} (one of {', '.join(MATCH_FIELDS)})")
    if sign is not None and sign not in SIGNS:
        raise InvalidInputError(f"Unknown sign {sign!r} (in or out)")
    if match_type == "regex":
        compile_user_regex(pattern)
    if amount_min is not None and amount_max is not None and amount_min > amount_max:
        english = "The minimum amount is above the maximum"
        raise InvalidInputError(Problem("rule.min_above_max", english))


#: the type of an account (an ``AccountType`` value) by its id, None when not known
AccountTypeOf = Callable[[int], str | None]


def _no_type(account_id: int) -> None:
    """No account's type known: a rule for one type of account holds on no line."""


class RuleBook:
    """Rules in the order they are tried (priority, then age), ready to find the first match.

    The book is compiled once (what it knows of the store's accounts, their types, is given to
    each copy :meth:`fresh` makes): per text field, one :class:`~finapp.core.rule_index.TextIndex`
    says in one pass which rules' plain text a line matches; the first of those in the order
    whose account, sign and amount conditions also hold wins, unless a regular expression
    earlier in the order matches too (expressions run only when one could still win). The
    verdict is remembered per line shape, so a line seen again costs one lookup: its texts as
    the bank wrote them, the account, the sign and the amount band. The bands are the intervals
    into which the rules' amount bounds cut the axis of absolute amounts: within one band every
    amount condition of every rule has the same answer, so the verdict is decided on any amount
    of the line's sign in its band. Rules that cannot run (see :meth:`RuleSpec.runnable`) are not
    in the book.
    """

    def __init__(self, rules: Iterable[RuleSpec], account_type: AccountTypeOf = _no_type) -> None:
        self._account_type = account_type
        self.rules = sorted((r for r in rules if r.runnable()), key=_order)
        self._indexes = tuple(TextIndex(self._patterns(name)) for name in _ANY)
        #: a learned words rule reads the memo's words, which a memo's sight does not follow
        self._memo_sight = (
            None
            if any(r.match_type == WORDS for r in self.rules)
            else DigitSight(self._patterns("memo"))
        )
        self._first_regex = next(
            (i for i, rule in enumerate(self.rules) if rule.match_type == "regex"), len(self.rules)
        )
        self._cuts = sorted(
            {r.amount_min for r in self.rules if r.amount_min is not None}
            | {r.amount_max + 1 for r in self.rules if r.amount_max is not None}
        )
        #: per position: the rule has no condition beyond its text (no account, sign, amount
        #: or words), so a text hit alone makes it hold
        self._text_only = [
            r.account_id is None
            and r.sign is None
            and r.amount_min is None
            and r.amount_max is None
            and r.account_type is None
            and r.match_type != WORDS
            for r in self.rules
        ]
        self._remember_afresh()

    def _patterns(self, field: str) -> list[tuple[int, str, str | TextSearch]]:
        """The text patterns of ``field`` as a :class:`TextIndex` takes them, keyed by position."""
        return [
            (position, rule.match_type if rule.match_type != WORDS else "equals", rule._matcher)
            for position, rule in enumerate(self.rules)
            if field in rule._fields
        ]

    def _remember_afresh(self) -> None:
        self._verdict = lru_cache(maxsize=REMEMBERED)(self.decide)

    def fresh(self, account_type: AccountTypeOf | None = None) -> RuleBook:
        """This book with no verdict remembered, sharing its compiled rules and indexes, for
        the accounts ``account_type`` tells the type of (those of this book if None): see
        :func:`finapp.services.rule_filing.rule_book`, which keeps the last book compiled."""
        twin = copy(self)
        if account_type is not None:
            twin._account_type = account_type
        twin._indexes = tuple(index.fresh() for index in self._indexes)
        twin._memo_sight = self._memo_sight.fresh() if self._memo_sight is not None else None
        twin._remember_afresh()
        return twin

    def first_match(self, txn: RuleSubject) -> RuleSpec | None:
        """The winning rule for ``txn``, or None."""
        return self.first_match_of(
            txn.payee, txn.memo, txn.merchant, txn.amount_minor, txn.account_id
        )

    def first_match_of(
        self, payee: str, memo: str, merchant: str, amount_minor: int, account_id: int
    ) -> RuleSpec | None:
        """:meth:`first_match` of a line given by its fields: an import asks for each of its
        lines, most of them already decided, and a :class:`RuleSubject` per line would cost
        more than the remembered verdict."""
        return self._verdict(payee, memo, merchant, account_id, self.shape(amount_minor))

    def shape(self, amount_minor: int) -> int:
        """The amounts no rule of the book tells apart from ``amount_minor``, as one number:
        its sign and its band (see the class). Two lines alike but for amounts of one shape get
        the same verdict, so a caller may remember verdicts by shape instead of by amount."""
        sign = (amount_minor > 0) - (amount_minor < 0)
        band = bisect_right(self._cuts, abs(amount_minor)) if self._cuts else 0
        return band * 3 + sign + 1

    def memo_sight(self, memo: str) -> Hashable:
        """What the book's verdicts can tell of ``memo``: two lines alike but for memos of one
        sight get one verdict, so a caller may remember verdicts by sight. Most memos differ
        from another only in their numbers (store numbers, references), which no pattern but
        those naming a digit can tell apart (:class:`~finapp.core.digit_shape.DigitSight`);
        with a learned words rule in the book, the memo itself."""
        return memo if self._memo_sight is None else self._memo_sight(memo)

    def decide(
        self, payee: str, memo: str, merchant: str, account_id: int, shape: int
    ) -> RuleSpec | None:
        """The winning rule for a line whose amount has ``shape`` (:meth:`shape`), decided
        afresh: for a caller that remembers verdicts itself, by what it knows a verdict depends
        on (an import, per distinct line of a statement), where the book's own memory of them
        would only repeat its work."""
        # Every amount of the line's sign in its band meets the same conditions: take the band's
        # lowest (band 0 has none), raised to 1, the least a signed amount is; no sign, 0.
        band, sign = divmod(shape, 3)
        amount = (sign - 1) * max(self._cuts[band - 1] if band else 1, 1)
        line = (payee, memo, merchant, amount, account_id)
        of_payee, of_memo, of_merchant = self._indexes
        literal = of_payee.literal_hits(payee)
        for hits in (of_memo.literal_hits(memo), of_merchant.literal_hits(merchant)):
            if hits:  # most texts hit nothing: no new set for them
                literal = literal | hits if literal else hits
        winner = self._first_holding(literal, line) if literal else len(self.rules)
        if winner > self._first_regex:
            regex = (
                of_payee.regex_hits(payee)
                | of_memo.regex_hits(memo)
                | of_merchant.regex_hits(merchant)
            )
            winner = min(winner, self._first_holding(regex, line))
        return self.rules[winner] if winner < len(self.rules) else None

    def _first_holding(
        self, positions: frozenset[int], line: tuple[str, str, str, int, int]
    ) -> int:
        """The first of ``positions`` whose rule's other conditions hold, else past the end.

        ``line`` is the fields of a :class:`RuleSubject`, made only when a learned words rule
        asks for the line's words: most lines meet none, and a subject for every distinct line
        was a fifth of the time of deciding it.
        """
        amount, account_id = line[3], line[4]
        account_type = None
        for position in sorted(positions):
            if self._text_only[position]:
                return position
            rule = self.rules[position]
            if rule.account_type is not None and account_type is None:
                account_type = self._account_type(account_id)  # asked of few lines
            if rule.admits(amount, account_id, account_type) and (
                rule.match_type != WORDS or rule._has_words(RuleSubject(*line))
            ):
                return position
        return len(self.rules)


def _order(rule: RuleSpec) -> tuple[int, int]:
    return (rule.priority, rule.id)
