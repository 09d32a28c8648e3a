"""Health: how the household's money stands, one section per view, each loading on its own.

The page is a scroll area of :class:`~finapp.gui.pages.health_section.HealthSection` widgets
listed in :data:`SECTIONS` (accounts, reserves, cards, goals, subscriptions, the forecast); an
area adds its view by appending its section class there. Sections judge money as of the page's
"today" (each service then judges every account as of where its statements end), reload when
the page is shown and whenever the data they watch changes.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from finapp.gui.context import AppContext
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.health_accounts import AccountsSection
from finapp.gui.pages.health_cards import CardsSection
from finapp.gui.pages.health_forecast import ForecastSection
from finapp.gui.pages.health_goals import GoalsSection
from finapp.gui.pages.health_report import ExportReportButton
from finapp.gui.pages.health_reserves import EmergencyFundSection, InstitutionsSection
from finapp.gui.pages.health_section import HealthSection, tab_stops
from finapp.gui.pages.health_subscriptions import SubscriptionsSection
from finapp.gui.widgets.page_scroll import page_scroll
from finapp.services.changes import Changes
from finapp.tr_marks import QT_TRANSLATE_NOOP

#: the page's sections, top to bottom: each area appends its own
SECTIONS: list[type[HealthSection]] = [
    AccountsSection,
    EmergencyFundSection,
    InstitutionsSection,
    CardsSection,
    GoalsSection,
    SubscriptionsSection,
    ForecastSection,
]


@register_page
class HealthPage(Page):
    NAME = "health"
    TITLE = QT_TRANSLATE_NOOP("Page", "Health")
    ICON = "health"
    SORT_ORDER = 65
    SHORTCUT = "Ctrl+7"
    # no page-wide WATCHES: each section says what it watches (see _on_data_changed)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(ctx, parent)
        self._today = today
        self.sections: list[HealthSection] = []
        # made first: at the top of the page, it is Tab's first stop
        self.export_button = ExportReportButton(ctx, self.today, self)
        body = QWidget(self)
        column = QVBoxLayout(body)
        # never squeezed below its sections' needs (the forecast chart's height): the page scrolls
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for section_class in SECTIONS:
            section = section_class(ctx, body)
            self.sections.append(section)
            column.addWidget(section)
        column.addStretch(1)
        scroll = page_scroll(self, body)
        header = QHBoxLayout()
        header.setContentsMargins(9, 6, 9, 0)
        header.addStretch(1)
        header.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll)

    def today(self) -> date:
        return self._today or self.ctx.clock.today()

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name for it
        """Tab (and Shift+Tab) within the page: put its stops in reading order first."""
        self._order_tabs()
        return super().focusNextPrevChild(next)

    def _order_tabs(self) -> None:
        """Tab goes from the export button at the top down the sections, in the order they are
        shown. A section makes its rows' buttons (Set limit…, Remove) each time it loads, and a
        new widget joins the end of the window's Tab order: without this, Tab went through the
        forecast at the bottom before reaching a card's or a goal's buttons above it. Done when
        Tab is pressed, so it sees the rows as they are then, however often they were remade."""
        chain: list[QWidget] = [self.export_button]
        for section in self.sections:
            chain.extend(tab_stops(section))
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Every section reloads as of today."""
        for section in self.sections:
            section.reload(self.today())

    def _on_data_changed(self, changes: Changes) -> None:
        """Only the sections whose data changed reload (when the page is on screen)."""
        if not self.isVisible():
            return
        for section in self.sections:
            if changes.touches(section.WATCHES):
                section.reload(self.today())
