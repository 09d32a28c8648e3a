"""The main window: a sidebar of pages, a stack showing one, menus, banners and file drops.

Its sidebar and Go menu list every page of :data:`~finapp.gui.pages.catalog.CATALOG` from the
start, but a page's module (and with it matplotlib, or pandas for the transactions) is imported
only when the page is first built: start-up waits for the module of the page the window opens
on, nothing else. The
other pages' modules load once the window has nothing left to do, so a later click finds them in.
The window says when its first page has settled (its load in and its charts drawn), so the
start-up's background work (the alert check, the backup) does not slow that page down.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from finapp.gui.banner import Banner
from finapp.gui.context import AppContext
from finapp.gui.edit_menu import EditMenu
from finapp.gui.help_menu import HelpMenu
from finapp.gui.list_words import sentences
from finapp.gui.menus import window_menu
from finapp.gui.pages.base import Page
from finapp.gui.pages.catalog import CATALOG, PageEntry, load_page_class, opening_entry
from finapp.gui.resources import app_icon, icon
from finapp.gui.ui_state import UiState
from finapp.gui.widgets.compact_sidebar import CompactSidebar
from finapp.gui.window_geometry import keep_geometry, restore_geometry

if TYPE_CHECKING:
    from finapp.gui.pages.settings_data import DataSecurityPanel

log = logging.getLogger("finapp.gui")

# how often the window looks whether its background work is done, to load the other pages
IDLE_CHECK_MS = 100
#: looks in a row that find no work running before the first page counts as settled: the first
#: may come between a load's result and the drawing of its charts, which Qt runs just after
SETTLED_LOOKS = 2


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Local files carried by a drag, in the order given."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def load_pages() -> list[type[Page]]:
    """Import every page module and return the page classes, in the sidebar's order.

    The static import of :mod:`finapp.gui.pages.all` is also what shows the bundler every page.
    """
    from finapp.gui.pages.all import PAGES

    return list(PAGES)


class MainWindow(QMainWindow):
    """Sidebar + stacked pages; emits what the user asked for and leaves the doing to others."""

    files_dropped = Signal(list)
    #: the window really closed (not hidden to the tray): the app should quit
    closed = Signal()
    #: the user chose "Leave demo" on the demo strip
    leave_demo_requested = Signal()
    #: the user chose Help → Explore the demo household (their own window closes for it)
    demo_requested = Signal()
    #: the first close asked, and the user chose to keep finapp in the tray
    keep_in_tray_chosen = Signal()
    #: once, after :meth:`open_first_page`: the first page's load is in and drawn, and no
    #: background work runs
    settled = Signal()

    def __init__(self, ctx: AppContext, ui_state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui_state = ui_state
        self.entries: tuple[PageEntry, ...] = CATALOG
        self.page_actions: list[QAction] = []
        self._classes: dict[str, type[Page]] = {}
        self._pages: dict[str, Page] = {}
        self._idle_loader = QTimer(self)
        self._idle_loader.setInterval(IDLE_CHECK_MS)
        self._idle_loader.timeout.connect(self._load_next_page)
        #: idle looks in a row since the first page opened; None once it has settled
        self._idle_looks: int | None = 0
        #: set by the shell when a system tray exists; closing then hides to it when the
        #: user's setting (read at close time, so a change applies at once) says so
        self.tray_available = False
        # set by the shell when the user quits: Qt closes every window on quit, and a window
        # that went to the tray instead would cancel the quit
        self.quitting = False
        self.setObjectName("main-window")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._build_actions()
        self._build_menus()
        self._build_body()
        self._list_pages()
        self._add_year_review()
        self.retranslate()
        self.ctx.bus.navigate.connect(self.navigate)
        self.ctx.bus.message.connect(self.show_message)
        self.ctx.bus.refused.connect(self.show_refusal)
        self.ctx.bus.settled.connect(self.banner.withdraw)
        restore_geometry(self, self.ui_state)

    # -- construction -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.import_action = QAction(icon("import"), "", self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        # the same import, into an account the user names: Shift beside Ctrl+O, as the CLI's
        # --account beside plain import
        self.import_into_action = QAction(self)
        self.import_into_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        # no shortcut of its own: Ctrl+Shift+Z is Redo (Edit menu)
        self.undo_import_action = QAction(self)
        self.undo_import_action.setEnabled(False)
        self.check_alerts_action = QAction(self)
        self.check_alerts_action.setShortcut(QKeySequence("F5"))
        # where a desktop app keeps them, beside Settings → Data and security's buttons
        self.back_up_action = QAction(self)
        self.back_up_action.triggered.connect(lambda: self._data_panel().back_up_now())
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(lambda: self._data_panel().ask_restore())
        self.export_action = QAction(self)
        self.export_action.triggered.connect(lambda: self._data_panel().ask_export())
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def _build_menus(self) -> None:
        self.file_menu = window_menu(self)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.import_into_action)
        self.file_menu.addAction(self.undo_import_action)
        self.file_menu.addSeparator()
        for action in (self.back_up_action, self.restore_action, self.export_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.check_alerts_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = EditMenu(self, self.ctx)
        self.go_menu = window_menu(self)
        self.help_menu = HelpMenu(self, self.ctx.data_dir, self.all_pages)
        if not self.ctx.is_demo:  # the welcome screen's demo, also after Escape closed it
            self.help_menu.offer_demo(self.demo_requested.emit)

    def _build_body(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_strip = Banner(central, closable=False)
        self.demo_strip.frame.setObjectName("banner")
        self.demo_strip.setObjectName("demo-strip")
        self.banner = Banner(central)
        outer.addWidget(self.demo_strip)
        outer.addWidget(self.banner)
        body = QWidget(central)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget(body)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar_fit = CompactSidebar(self.sidebar, self)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet(
            # no focus box around the page's name (it looked like a text field after every
            # click): the keyboard's focus is a ring around the chosen page instead
            "#sidebar { background: palette(window); padding-top: 8px; outline: 0; }"
            "#sidebar::item { padding: 6px 9px; margin: 1px 6px; border-radius: 6px;"
            " border: 1px solid transparent; }"
            "#sidebar::item:selected:focus { border-color: palette(highlight); }"
            '#sidebar[compact="true"]::item { padding: 6px 7px; margin: 1px 4px; }'
            # a tint rather than the solid highlight, so the grey SVG icons stay visible
            "#sidebar::item:selected { background: rgba(47, 128, 237, 0.20);"
            " color: palette(text); font-weight: 600; }"
            "#sidebar::item:hover:!selected { background: rgba(127, 127, 127, 0.12); }"
        )
        self.stack = QStackedWidget(body)
        self.loading: QLabel | None = QLabel(self.stack)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

    def _demo_words(self) -> list[str]:
        """What the demo is, and plainly how long what the user changes in it lasts."""
        words = []
        if self.ctx.demo_started_over:
            words.append(self.tr("The earlier demo household could not be opened, so a new one "
                                 "was made."))  # fmt: skip
        words.append(
            self.tr(
                "You are exploring a generated demo household. None of this is your data, "
                "and nothing you do here touches your own store."
            )
        )
        if self.ctx.demo_kept:
            words.append(self.tr("What you change here is kept for your next visit."))
        else:
            words.append(
                self.tr(
                    "What you change here lasts until you quit finapp: without a system "
                    "keyring the demo's key cannot be kept, so the next start builds it afresh."
                )
            )
        return words

    def retranslate(self) -> None:
        """Set every visible string (called again when the language changes)."""
        # Qt appends the application's display name ("demo household — finapp"): the title is
        # only what tells this window apart, and nothing at all for the user's own books
        title = ""
        if self.ctx.is_demo:
            title = self.tr("demo household")
            self.demo_strip.show_message(
                "demo",
                sentences(self._demo_words()),
                self.tr("Leave demo"),
                self.leave_demo_requested.emit,
            )
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.edit_menu.retranslate()
        self.help_menu.retranslate()
        self.import_action.setText(self.tr("&Import statements…"))
        self.import_into_action.setText(self.tr("Import into &account…"))
        self.undo_import_action.setText(self.tr("&Undo last import"))
        self.check_alerts_action.setText(self.tr("&Check alerts now"))
        self.back_up_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.export_action.setText(self.tr("&Export…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.year_review_action.setText(self.tr("&Year in review…"))
        self.tag_report_action.setText(self.tr("Ta&gs…"))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        if self.loading is not None:
            self.loading.setText(self.tr("Loading…"))
        self.sidebar_fit.set_titles([entry.display_title() for entry in self.entries])
        for row, entry in enumerate(self.entries):
            title_text = entry.display_title()
            keys = (
                self.page_actions[row].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.sidebar.item(row).setToolTip(f"{title_text} ({keys})")
            self.page_actions[row].setText(entry.menu_text())

    # -- pages ------------------------------------------------------------------------------

    def _list_pages(self) -> None:
        """Sidebar rows and Go menu actions (each with a Ctrl+digit shortcut) for every page."""
        for index, entry in enumerate(self.entries):
            action = QAction(icon(entry.icon), "", self)
            # Ctrl+<position> always works; a page's own shortcut (Ctrl+, for Settings) too
            keys = dict.fromkeys((entry.shortcut, f"Ctrl+{index + 1}"))
            action.setShortcuts([QKeySequence(k) for k in keys if k])
            action.triggered.connect(lambda _checked=False, name=entry.name: self.show_page(name))
            self.go_menu.addAction(action)
            self.page_actions.append(action)
            item = QListWidgetItem(icon(entry.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            self.sidebar.addItem(item)
        # marked from the first paint, opened once the window is painted (open_first_page)
        self.sidebar.setCurrentRow(self._row_of(opening_entry(self.ui_state.last_page).name))
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

    def _add_year_review(self) -> None:
        """Go → Year in review… (Ctrl+Shift+Y), after the pages: a window over this one."""
        self.go_menu.addSeparator()
        self.year_review_action = QAction(self)
        self.year_review_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.year_review_action.triggered.connect(self.open_year_review)
        self.go_menu.addAction(self.year_review_action)
        self.tag_report_action = QAction(self)
        self.tag_report_action.triggered.connect(self.open_tag_report)
        self.go_menu.addAction(self.tag_report_action)

    def open_year_review(self) -> None:
        """Open the year in review, or bring it forward when it is open already."""
        from finapp.gui.dialogs.year_review import YearReviewDialog  # matplotlib: when asked

        self._open_once(YearReviewDialog)

    def open_tag_report(self) -> None:
        """Open the report by tag, or bring it forward when it is open already."""
        from finapp.gui.dialogs.tag_report import TagReportDialog

        self._open_once(TagReportDialog)

    def _open_once(self, kind: type[QDialog]) -> None:
        """A window of ``kind`` over this one: brought forward when one is open already."""
        shown = [d for d in self.findChildren(kind) if d.isVisible()]
        if shown:
            shown[0].raise_()
            shown[0].activateWindow()
            return
        dialog = kind(self.ctx, self)  # type: ignore[arg-type]  # each kind takes (ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    @property
    def page_classes(self) -> list[type[Page]]:
        """The classes of the pages whose modules are loaded, in the sidebar's order."""
        return [self._classes[e.name] for e in self.entries if e.name in self._classes]

    def install_pages(self, classes: list[type[Page]]) -> None:
        """Take ``classes`` (their modules already imported) for the pages they implement."""
        for cls in classes:
            self._classes[cls.NAME] = cls

    def _page_class(self, name: str) -> type[Page]:
        if name not in self._classes:
            self.install_pages([load_page_class(self.entries[self._row_of(name)])])
        return self._classes[name]

    def _load_next_page(self) -> None:
        """Import one more page's module, once no background work (a page's load) is running
        and the first page has settled."""
        if self.ctx.tasks.busy:
            if self._idle_looks is not None:
                self._idle_looks = 0
            return
        if self._idle_looks is not None:
            self._idle_looks += 1
            if self._idle_looks >= SETTLED_LOOKS:
                self._idle_looks = None
                self.settled.emit()
            return
        missing = [entry.name for entry in self.entries if entry.name not in self._classes]
        if not missing:
            self._idle_loader.stop()
            return
        self._page_class(missing[0])

    def page(self, name: str) -> Page:
        """The page called ``name``, built now if it has not been shown yet."""
        if name not in self._pages:
            page = self._page_class(name)(self.ctx, self.stack)
            self.stack.addWidget(page)
            if self.loading is not None:
                self.stack.removeWidget(self.loading)
                self.loading.deleteLater()
                self.loading = None
            self._pages[name] = page
            log.info("page built: %s", name)
        return self._pages[name]

    def all_pages(self) -> list[tuple[str, Page]]:
        """Every page with its title, in the sidebar's order, built now where not yet shown
        (Help → Keyboard shortcuts lists the keys each page answers)."""
        return [(entry.display_title(), self.page(entry.name)) for entry in self.entries]

    def built_pages(self) -> dict[str, Page]:
        return dict(self._pages)

    def current_page_name(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _row_of(self, name: str) -> int:
        for row, entry in enumerate(self.entries):
            if name == entry.name:
                return row
        raise KeyError(name)

    def show_page(self, name: str) -> None:
        try:
            row = self._row_of(name)
        except KeyError:
            log.warning("unknown page %s", name)
            return
        if row == self.sidebar.currentRow():
            self._on_row_changed(row)  # the marked page, perhaps not opened yet
        else:
            self.sidebar.setCurrentRow(row)

    def _data_panel(self) -> DataSecurityPanel:
        """Settings → Data and security, shown: a backup, restore or export asked from the File
        menu tells its result there (where it was made, what was exported), as its buttons do."""
        from finapp.gui.pages.settings import SettingsPage  # built when first asked, as pages are

        self.navigate("settings", {"section": "data"})
        settings = self.page("settings")
        assert isinstance(settings, SettingsPage)
        return settings.data

    def navigate(self, name: str, filters: object) -> None:
        """Open page ``name`` showing what ``filters`` name (from the bus)."""
        self.show_page(name)
        if name in self._pages and isinstance(filters, dict) and filters:
            self._pages[name].apply_filter(filters)

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or row >= len(self.entries):
            return
        name = self.entries[row].name
        if self.banner.about != name:
            self.banner.withdraw(self.banner.about)  # a page's refusal stays on that page
        self.stack.setCurrentWidget(self.page(name))
        self.edit_menu.find_action.follow(self.page(name).search_field())
        self._banners_last(self.page(name))
        self.ui_state.last_page = name

    def _banners_last(self, page: QWidget) -> None:
        """Tab goes from the sidebar into ``page`` and only then to the banners' buttons.

        Made before any page, the banners came first in the Tab order: the first Tab on every
        page (and the window's first focus) landed on the demo strip's Leave demo, a click away
        from closing the demo. Pages are made later, so each one shown moves the banners after
        it."""
        last: QWidget = page
        following = page.nextInFocusChain()
        while following is not None and following is not page and page.isAncestorOf(following):
            last, following = following, following.nextInFocusChain()
        for strip in (self.demo_strip, self.banner):
            for button in (strip.action_button, strip.close_button):
                QWidget.setTabOrder(last, button)
                last = button

    def open_first_page(self) -> None:
        """Build and show the page the sidebar marks; called once the window is painted.

        The other pages' modules then load one at a time whenever no background work runs, so
        they never slow down the first page's load; :attr:`settled` comes before the first.
        """
        self.show_page(self.current_page_name())
        self._idle_loader.start()

    # -- messages ---------------------------------------------------------------------------

    def show_message(self, level: str, text: str) -> None:
        """Info goes to the status bar; warnings and errors to the banner."""
        if level == "info":
            self.statusBar().showMessage(text, 6000)
        else:
            self.banner.show_message(level, text)

    def show_refusal(self, page: str, text: str) -> None:
        """A page's refused action, as a warning in the banner while that page is shown."""
        self.banner.show_message("warning", text, about=page)

    # -- drops ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            # after the drop returns, so the drag source is not kept waiting by the import
            QTimer.singleShot(0, lambda: self.files_dropped.emit(files))

    # -- state ------------------------------------------------------------------------------

    def save_state(self) -> None:
        """Kept for the next start (see :mod:`finapp.gui.window_geometry`), and what a page
        has typed but not saved yet (Settings applies as you change it: a value typed and
        then Ctrl+Q, with no Return or Tab between, is kept too)."""
        keep_geometry(self, self.ui_state)
        for page in self._pages.values():
            page.keep_edits()

    def bring_forward(self) -> None:
        """Show, un-minimise and raise the window (tray click, second launch), and over it the
        dialog that holds its input: raised alone, the window would cover the summary or the
        question the user must answer (and the files waiting behind it) where no window
        manager keeps a dialog above its window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:
            modal.raise_()
            modal.activateWindow()

    def hides_on_close(self) -> bool:
        return self.tray_available and self.ui_state.close_to_tray

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.quitting:
            event.accept()
            return
        if self.tray_available and not self.ui_state.close_to_tray_asked:
            event.ignore()
            self._ask_close_to_tray()
            return
        if self.hides_on_close():
            event.ignore()
            self.hide()
            return
        event.accept()
        self.closed.emit()

    def _ask_close_to_tray(self) -> None:
        """The first close with a tray: keep running there (for the reminders) or quit?

        Asked once, without blocking; the answer is kept in the UI state (Settings → "Closing
        the window keeps finapp in the tray" changes it later). Escape leaves the window open
        and the question unanswered, so it comes back on the next close.
        """
        if any(b.isVisible() for b in self.findChildren(QMessageBox, "close-to-tray-question")):
            return  # asked already; the answer is pending
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("finapp"),
            self.tr("Keep finapp running in the tray to remind you of renewals?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("close-to-tray-question")
        box.setInformativeText(
            self.tr("Reminders and alerts then arrive even with the window closed.")
        )
        keep = box.addButton(self.tr("&Keep in tray"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setDefaultButton(keep)

        def answered() -> None:
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is None or box.buttonRole(clicked) == QMessageBox.ButtonRole.RejectRole:
                return
            self.ui_state.close_to_tray = clicked is keep
            self.close()
            if clicked is keep:
                self.keep_in_tray_chosen.emit()

        box.finished.connect(answered)
        box.open()
