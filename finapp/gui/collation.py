"""Text in the order the interface's language reads it.

Python's ``sorted`` orders by code point: Chinese names in an order no reader looks in (上海
before 北京, 中国移动 before 阿里云) and "Store 10" before "Store 9". Qt's collator (ICU) orders
Chinese by pinyin and numbers by value, in the locale finapp speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale


def text_collator() -> QCollator:
    """A collator for the interface's locale, numbers inside text compared by value."""
    collator = QCollator(QLocale())
    collator.setNumericMode(True)
    return collator
