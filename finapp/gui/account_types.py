"""An account's type in the user's words: "Credit card" (信用卡), never ``credit_card``.

The store and the CLI keep the type as a code (importers set it, rules and reports test it);
the GUI shows it through this one table wherever a type is on screen. A code the table does
not know (a future importer's) is shown with its underscores as spaces rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finapp.core.account_types import AccountType
from finapp.tr_marks import QT_TRANSLATE_NOOP

#: every account type an importer or the user can set
_NAMES: dict[str, str] = {
    AccountType.CHECKING: QT_TRANSLATE_NOOP("AccountType", "Checking"),
    AccountType.SAVINGS: QT_TRANSLATE_NOOP("AccountType", "Savings"),
    AccountType.CREDIT_CARD: QT_TRANSLATE_NOOP("AccountType", "Credit card"),
    AccountType.PAYMENT_APP: QT_TRANSLATE_NOOP("AccountType", "Payment app"),
    AccountType.INVESTMENT: QT_TRANSLATE_NOOP("AccountType", "Investment"),
    AccountType.LOAN: QT_TRANSLATE_NOOP("AccountType", "Loan"),
    AccountType.CASH: QT_TRANSLATE_NOOP("AccountType", "Cash"),
    AccountType.OTHER: QT_TRANSLATE_NOOP("AccountType", "Other"),
}


def account_type_name(code: str) -> str:
    """The type's name in the interface language."""
    source = _NAMES.get(code)
    if source is None:
        return code.replace("_", " ")
    return QCoreApplication.translate("AccountType", source)
