"""The closed sets of words a user picks from: a category's kind, a rule's origin, an export's
format, the health report's language, the sign of a CSV's first amount.

They live here, free of the store, because two sides need them: the service that checks a value
against its set, and the CLI's parser, which lists the choices in ``--help`` and refuses a
wrong one before anything is opened. Importing a service for them would load SQLAlchemy and the
store's schema, most of a second, just to print help.
"""

from __future__ import annotations

from finapp.core.category_kinds import CategoryKind
from finapp.core.rule_origins import RuleOrigin

#: what a category holds: spending, earnings, or money moved between the user's own accounts
#: (plain words, so that a refusal quotes them as typed rather than as the enum's members)
CATEGORY_KINDS: tuple[str, ...] = tuple(kind.value for kind in CategoryKind)
#: who made a rule, as ``finapp rules list --origin`` filters by it
RULE_ORIGINS: tuple[str, ...] = tuple(origin.value for origin in RuleOrigin)
#: the file formats ``finapp export`` writes
EXPORT_FORMATS = ("csv", "json")
#: the languages the health report is written in
REPORT_LANGUAGES = ("en", "zh_CN")
#: whether a CSV's first amount is money in or out, when its running balance cannot tell
FIRST_SIGNS = ("in", "out")
