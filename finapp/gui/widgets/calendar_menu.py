"""A calendar dropped down from a date field, as native date fields open one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCalendarWidget, QMenu, QWidget, QWidgetAction


def calendar_menu(
    owner: QWidget, object_name: str, picked: Callable[[], None]
) -> tuple[QCalendarWidget, QMenu]:
    """A calendar (named ``object_name``, for tests and window automation) in a menu owned by
    ``owner``; a click or Return on a day calls ``picked``, which reads the calendar's selected
    day (the day the signal carries is the same one)."""
    calendar = QCalendarWidget(owner)
    calendar.setObjectName(object_name)
    calendar.clicked.connect(lambda _day: picked())
    calendar.activated.connect(lambda _day: picked())
    menu = QMenu(owner)
    shown = QWidgetAction(menu)
    shown.setDefaultWidget(calendar)
    menu.addAction(shown)
    return calendar, menu
