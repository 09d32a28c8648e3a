"""Who made a categorisation rule, named once: finapp ships some, the user writes some, and
finapp learns some from the user's corrections.

A leaf module (it imports nothing of finapp) so that the CLI's parser can list the origins in
``--help`` without loading the rule engine. A ``StrEnum`` whose values are the words the store
and the CLI's JSON have always held, so a member compares equal to an origin read back from a
row.
"""

from __future__ import annotations

from enum import StrEnum


class RuleOrigin(StrEnum):
    """A rule's origin. A shipped rule's regular expression is trusted as written; a user's or a
    learned one is checked first. The GUI words each (``finapp.gui.rule_words``)."""

    SHIPPED = "shipped"
    USER = "user"
    LEARNED = "learned"
