"""Settings: alert and reminder options, language, money, categories and rules, data and security.

The domain options are declared once in :mod:`finapp.services.settings` (key, title, default,
parser) and rendered here as a form, so a new option needs no GUI code. Language and
close-to-tray are window preferences and live in the UI state file instead; starting at login
is the desktop's own entry (:mod:`finapp.services.autostart`), read back each time the page is
shown so the box says what will happen at the next login.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from finapp.gui import bus, login_start
from finapp.gui.context import AppContext
from finapp.gui.errors_shown import show_failure
from finapp.gui.i18n import LANGUAGES, choose_language, language_in_use
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.settings_categories import CategoriesRulesPanel
from finapp.gui.pages.settings_data import DataSecurityPanel
from finapp.gui.pages.settings_fields import NumberListField, PerCurrencyField
from finapp.gui.pages.settings_money import MoneyPanel
from finapp.gui.restart import ask_restart
from finapp.gui.ui_state import UiState
from finapp.gui.widgets.page_scroll import page_scroll
from finapp.progress import ProgressFn
from finapp.services import autostart
from finapp.services.changes import Changes
from finapp.services.settings import OFF, OPTIONS, Option, is_off, set_setting, setting_texts
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

#: how the settings page writes an option that is switched off ("关闭" in Chinese)
_OFF_WORD = QT_TRANSLATE_NOOP("Settings", "off")
#: a shorter title where the option's own tells how to type it (the CLI's), which a control
#: of its own makes needless
_TITLES = {
    "reporting_thresholds": QT_TRANSLATE_NOOP("Settings", "Reporting thresholds banks watch"),
}
#: options with a control of their own on the Money tab (a currency list, not a text field)
ON_MONEY_TAB = frozenset({"base_currency"})
# options stored as a list of whole numbers: (lowest, highest, the unit after each number)
_NUMBER_LISTS = {
    "reminder_offsets": (0, 365, ""),
    "budget_thresholds": (1, 200, "%"),
    "card_utilisation_thresholds": (1, 100, "%"),
}


# an option's control: each reads and writes the option's stored text (``text``/``setText``)
Field = QLineEdit | NumberListField | PerCurrencyField


def shown_value(option: Option, text: str) -> str:
    """An option's stored text as the field shows it: ``off`` in the interface's language."""
    if option.off and text and is_off(text):
        return QCoreApplication.translate("Settings", _OFF_WORD)
    return text


def typed_value(option: Option, text: str) -> str:
    """What the user typed, as stored: the translated word for off (or the English one, as the
    CLI takes it) becomes ``off``."""
    text = text.strip()
    off_word = QCoreApplication.translate("Settings", _OFF_WORD)
    if option.off and text.casefold() == off_word.casefold():
        return OFF
    return text


class OptionsPanel(QWidget):
    """The domain options as a form that applies as you change it, as every other Settings tab
    does (a currency, a rule, the language): a field is saved when its editing is done (Return,
    Tab or a click elsewhere, another page), a list's value when it is added, removed or typed,
    and a field still being typed when finapp quits (:meth:`SettingsPage.keep_edits`). Bad
    input is named and changes nothing. There is no Save button to tab to, nothing to lose.
    """

    def __init__(
        self,
        ctx: AppContext,
        ui_state: UiState,
        parent: QWidget | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui_state = ui_state
        #: quits for a restart as File → Quit does, window state saved (the app then starts
        #: again, finapp.gui.restart)
        self.quit_app = quit_app or ctx.bus.quit_requested.emit
        self.edits: dict[str, Field] = {}
        self._options = {option.key: option for option in OPTIONS}
        self._saved: dict[str, str] = {}
        # the form scrolls; Save stays in a bar under it, in view on the smallest screen
        body = QWidget(self)
        form = QFormLayout()
        # a long title takes its field to the next line rather than push it off a small screen
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for option in OPTIONS:
            if option.key in ON_MONEY_TAB:
                continue
            title = QCoreApplication.translate("Settings", _TITLES.get(option.key, option.title))
            edit = self._field(option, title, body)
            if isinstance(edit, QLineEdit):
                edit.editingFinished.connect(self.save)
            else:
                edit.edited.connect(self.save)
            form.addRow(title, edit)
            self.edits[option.key] = edit
        self.language = QComboBox(body)
        self.language.setAccessibleName(self.tr("Language"))
        in_use = language_in_use()
        system = LANGUAGES[choose_language("")]
        self.language.addItem(fill(self.tr("Same as the system (%1)"), (system,)), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # the language on screen: the saved choice, unless --lang chose another for this run
        shown = ui_state.language if choose_language(ui_state.language) == in_use else in_use
        self.language.setCurrentIndex(max(0, self.language.findData(shown)))
        self.language.setMaximumWidth(220)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.activated.connect(self._language_changed)  # the one shown, picked to keep
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps finapp in the tray"), body)
        self.close_to_tray.setChecked(ui_state.close_to_tray)
        self.close_to_tray.toggled.connect(self._tray_changed)
        self.start_at_login = QCheckBox(
            self.tr("Start finapp when I log in, to remind me of renewals"), body
        )
        self.start_at_login.setObjectName("settings-start-at-login")
        # why the box is greyed out, said under it (a tooltip on a greyed box is rarely found)
        self.login_reason = QLabel(
            self.tr("Not in the demo: the login entry would open your own store, not this one."),
            body,
        )
        self.login_reason.setObjectName("settings-start-at-login-reason")
        self.login_reason.setWordWrap(True)
        self.login_reason.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.login_reason.setVisible(ctx.is_demo)
        if ctx.is_demo:  # the entry would open the user's own store, not this demo
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(self.login_reason.text())
        self.start_at_login.toggled.connect(self._login_start_changed)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.close_to_tray)
        form.addRow("", self.start_at_login)
        form.addRow("", self.login_reason)
        self.note = QLabel(self)
        self.note.setObjectName("settings-note")
        self.note.setWordWrap(True)
        #: said once, at the bar's left: there is no Save button to look for
        self.saved_hint = QLabel(self.tr("Changes are saved as you make them."), self)
        self.saved_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if shown != ui_state.language:
            run_only = self.tr(
                "%1 is used for this run only (--lang). Pick a language here to keep it."
            )
            self.note.setText(fill(run_only, (LANGUAGES[in_use],)))
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        bar = QWidget(self)
        bar.setObjectName("settings-save-bar")
        buttons = QHBoxLayout(bar)
        buttons.addWidget(self.saved_hint)
        buttons.addWidget(self.note, 1)
        self.form_scroll = page_scroll(self, body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(_line(self))
        layout.addWidget(bar)

    def _field(self, option: Option, title: str, body: QWidget) -> Field:
        """The option's control: spin boxes for a list of numbers, a table for an amount per
        currency, else a line edit."""
        if option.key in _NUMBER_LISTS:
            lowest, highest, unit = _NUMBER_LISTS[option.key]
            return NumberListField(title, lowest, highest, unit, body)
        if option.key == "reporting_thresholds":
            return PerCurrencyField(title, body)
        edit = QLineEdit(body)
        edit.setAccessibleName(title)
        edit.setPlaceholderText(shown_value(option, option.default))
        edit.setMaximumWidth(240)
        return edit

    def refresh(self) -> None:
        store = self.ctx.store
        self._show_login_start()
        self.ctx.tasks.run(lambda _p, _c: setting_texts(store), self._loaded)

    def _show_login_start(self) -> None:
        """Tick the box as the desktop's entry says (it may have been switched off there, or
        by ``finapp autostart``), without writing anything."""
        self.start_at_login.blockSignals(True)
        self.start_at_login.setChecked(autostart.is_enabled())
        self.start_at_login.blockSignals(False)

    def _loaded(self, texts: dict[str, str]) -> None:
        """Show the stored values, except in a field changed and not yet saved: a reload after
        one field's save must not type over the next one the user is changing (after a
        refusal every field shows what is stored)."""
        previous, self._saved = self._saved, dict(texts)
        for key, edit in self.edits.items():
            option = self._options[key]
            if key in previous and typed_value(option, edit.text()) != previous[key]:
                continue
            shown = shown_value(option, texts.get(key, ""))
            if edit.text() != shown:  # a list rebuilt would take the focus from its values
                edit.setText(shown)

    def save(self) -> None:
        """Store each changed option; the first bad one is named and nothing after it is saved."""
        typed = {key: typed_value(self._options[key], e.text()) for key, e in self.edits.items()}
        changed = {key: text for key, text in typed.items() if text != self._saved.get(key)}
        if not changed:
            return
        store = self.ctx.store

        def work(_progress: ProgressFn, _cancel: threading.Event) -> None:
            for key, text in changed.items():
                set_setting(store, key, text)

        def refused(text: str) -> None:  # under the form and in the banner
            self.note.setText(text)
            self.ctx.bus.refused.emit(SettingsPage.NAME, text)  # over Settings only

        def failed(exc: Exception) -> None:
            show_failure(exc, refused)
            self._saved = {}  # the form shows what is kept, the refused value named below it
            self.refresh()

        def done(_result: object) -> None:
            self._saved.update(changed)
            self.note.setText(self.tr("Saved."))
            self.ctx.bus.settled.emit(SettingsPage.NAME)  # the refusal before it goes
            self.ctx.bus.data_changed.emit(Changes.of(bus.SETTINGS, bus.ALERTS))

        self.ctx.tasks.run(work, done, failed)

    def _language_changed(self) -> None:
        """Keep the choice; a language other than the one on screen applies at start, so
        offer to restart finapp now (Later leaves it for the next start, and says so)."""
        if any(b.isVisible() for b in self.findChildren(QMessageBox, "restart-question")):
            return  # picked and changed at once (two signals): asked already
        code = self.language.currentData()
        self.ui_state.language = code
        self.ui_state.sync()
        chosen = choose_language(code)
        if chosen == language_in_use():
            self.note.setText("")
            return
        self.note.setText(self.tr("The new language is used from the next start."))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restart finapp?"),
            fill(self.tr("Restart finapp now to show it in %1?"), (LANGUAGES[chosen],)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("restart-question")
        box.setInformativeText(
            self.tr("finapp closes and opens again at once; nothing you have saved is lost.")
        )
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.setEscapeButton(box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole))
        box.setDefaultButton(restart)

        def answered() -> None:
            box.deleteLater()
            if box.clickedButton() is restart:
                app = QCoreApplication.instance()
                if app is not None:
                    ask_restart(app)
                self.quit_app()

        box.finished.connect(answered)
        box.open()

    def _login_start_changed(self, checked: bool) -> None:
        """Write or remove the login entry at once; a refusal is named and the box shows
        what is really there."""
        login_start.mark_offered(self.ui_state)  # chosen here: the first run need not ask
        try:
            now = login_start.set_start_at_login(checked, self.ctx.data_dir)
        except OSError as exc:
            show_failure(
                exc,
                lambda why: self.note.setText(
                    fill(self.tr("Could not change starting at login: %1"), (why,))
                ),
                os_refusal=True,
            )
            self._show_login_start()
            return
        if now:
            self.note.setText(self.tr("finapp will start in the tray when you log in."))
        else:
            self.note.setText(self.tr("finapp will not start when you log in."))

    def _tray_changed(self, checked: bool) -> None:
        self.ui_state.close_to_tray = checked
        self.ui_state.sync()


def _line(parent: QWidget) -> QFrame:
    """The thin rule between the scrolling form and its button bar."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


@register_page
class SettingsPage(Page):
    NAME = "settings"
    TITLE = QT_TRANSLATE_NOOP("Page", "Settings")
    ICON = "settings"
    SORT_ORDER = 70
    SHORTCUT = "Ctrl+,"
    WATCHES = frozenset({bus.SETTINGS, bus.CATEGORIES})

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, ui_state: UiState | None = None
    ) -> None:
        super().__init__(ctx, parent)
        # the sections' tabs first, then what is in them: Tab goes from a tab into its section,
        # as the eye does, not past the whole section to the tabs over it
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.options = OptionsPanel(ctx, ui_state or UiState(), self)
        self.categories = CategoriesRulesPanel(ctx, self)
        self.data = DataSecurityPanel(ctx, self)
        self.money = MoneyPanel(ctx, self)
        for widget, title in (
            (self.options, self.tr("Alerts and reminders")),
            (self.money, self.tr("Money")),
            (self.categories, self.tr("Categories and rules")),
            (self.data, self.tr("Data and security")),
        ):
            # the options scroll inside their own panel, over its Save bar
            shown = widget if widget is self.options else page_scroll(self, widget, framed=True)
            self.tabs.addTab(shown, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def keep_edits(self) -> None:
        self.options.save()

    def refresh(self) -> None:
        self.options.refresh()
        self.money.refresh()
        self.categories.refresh()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Keys: section ("options", "money", "categories", "data")."""
        sections = {"options": 0, "money": 1, "categories": 2, "data": 3}
        if filters.get("section") in sections:
            self.tabs.setCurrentIndex(sections[filters["section"]])
