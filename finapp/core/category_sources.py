"""Where a transaction's category came from, named once: the user chose it, a rule or a learned
rule filed it, or the line is split into parts that carry categories of their own.

A leaf module (it imports nothing of finapp) because the store, the rule engine and the exports
all decide by these words which filings a rule may overwrite. A ``StrEnum`` whose values are the
words the store has always held, so a member compares equal to a source read back from a row;
the import's bulk writes carry the plain ``.value`` (see ``finapp.services.rule_filing``).
"""

from __future__ import annotations

from enum import StrEnum


class CategorySource(StrEnum):
    """How a transaction's category was set. A rule re-files what a rule filed
    (:data:`AUTOMATIC`) or the bank did (:data:`BELOW_RULES`) and never touches what the user
    filed (:data:`KEPT`)."""

    MANUAL = "manual"
    RULE = "rule"
    LEARNED = "learned"
    SPLIT = "split"
    #: the category the bank gave the line in its export (BoursoBank's), filed where no rule
    #: filed the line: any rule that files it wins, and no rule's absence clears it
    BANK = "bank"


#: filed by a rule (shipped, the user's or learned): cleared when no rule files the line any more
AUTOMATIC = frozenset({CategorySource.RULE, CategorySource.LEARNED})
#: the user's own filings, which no rule overwrites: a category chosen by hand, a split line's
KEPT = frozenset({CategorySource.MANUAL, CategorySource.SPLIT})
#: filings below every rule, the bank's own: a rule that files the line wins over them, and no
#: rule's absence clears them (no rule made them)
BELOW_RULES = frozenset({CategorySource.BANK})
