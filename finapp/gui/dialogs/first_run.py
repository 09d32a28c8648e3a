"""The first screen of an empty store: import your statements, explore a demo household, or
restore a backup (someone on a new computer, with a backup file from the old one).

Choosing the demo shows :class:`DemoProgressDialog` while the household is generated and
imported off the UI thread, so the click is answered at once by a painted window.

The first time, the screen also offers to start finapp at login (unticked: off until the user
says yes), since reminders of renewals only reach someone whose finapp is running. It is the
moment a new user decides how they want finapp to work; asked later, out of nowhere, it would
be a dialog in the way. Whatever the answer, it is not offered again (Settings has it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QLabel,
    QLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from finapp.gui import login_start
from finapp.gui.dialogs.wait import WaitWindow
from finapp.gui.resources import app_icon, icon
from finapp.gui.ui_state import UiState
from finapp.paths import resolve_data_dir

log = logging.getLogger("finapp.gui")


class FirstRunDialog(QDialog):
    """``choice`` is "import", "demo", "restore" or "" (closed: an empty window, import later).

    ``start_at_login`` is the one-time checkbox (None once it was offered); ticked, closing the
    screen in any way writes the login entry for ``data_dir`` (default: the one in force).
    """

    IMPORT = "import"
    DEMO = "demo"
    RESTORE = "restore"

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ui_state: UiState | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui_state = ui_state or UiState()
        self._data_dir = data_dir or resolve_data_dir()
        self.setObjectName("first-run")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Welcome to finapp"))
        self.choice = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(logo)
        heading = QLabel(self.tr("Welcome to finapp"), self)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "finapp reads the statements you download from your bank or payment app (OFX, "
                "QFX, CSV or Excel; Alipay and WeChat Pay bills too) and keeps them encrypted on "
                "this computer. Nothing is sent anywhere."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(460)
        layout.addWidget(intro)
        self.import_button = QCommandLinkButton(
            self.tr("Import statements"),
            self.tr("Choose statement files; you can also drop them on the window later."),
            self,
        )
        self.import_button.setIcon(icon("import"))
        self.import_button.setObjectName("first-run-import")
        self.demo_button = QCommandLinkButton(
            self.tr("Explore with demo data"),
            self.tr(
                "Open a generated household, kept apart from your own store and clearly "
                "marked as demo."
            ),
            self,
        )
        self.demo_button.setIcon(icon("dashboard"))
        self.demo_button.setObjectName("first-run-demo")
        self.restore_button = QCommandLinkButton(
            self.tr("Restore from a backup…"),
            self.tr("Bring back your data from a backup finapp made, on this computer or another."),
            self,
        )
        self.restore_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.restore_button.setObjectName("first-run-restore")
        layout.addWidget(self.import_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.restore_button)
        # the option Tab reached is framed in the highlight colour (Enter chooses it): the
        # style's own hint, a faint line, was hard to tell from the hover on the others
        self.setStyleSheet(
            "QCommandLinkButton { border: 2px solid transparent; border-radius: 6px; }"
            "QCommandLinkButton:hover { background: rgba(127, 127, 127, 0.12); }"
            "QCommandLinkButton:focus { border-color: palette(highlight); }"
        )
        self.start_at_login: QCheckBox | None = None
        if not login_start.was_offered(self._ui_state):
            self.start_at_login = QCheckBox(
                self.tr("Start finapp when I log in, to remind me of renewals"), self
            )
            self.start_at_login.setObjectName("first-run-start-at-login")
            layout.addWidget(self.start_at_login)
        self.import_button.clicked.connect(lambda: self._choose(self.IMPORT))
        self.demo_button.clicked.connect(lambda: self._choose(self.DEMO))
        self.restore_button.clicked.connect(lambda: self._choose(self.RESTORE))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # no gaps from wrapping

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def done(self, result: int) -> None:
        """However the screen closes, the login question counts as asked and its answer is
        kept: ticking the box is a clear yes even when the user then closes the screen."""
        if self.start_at_login is not None:
            login_start.mark_offered(self._ui_state)
            if self.start_at_login.isChecked():
                try:
                    login_start.set_start_at_login(True, self._data_dir)
                except OSError as exc:  # Settings offers it again; the first run goes on
                    log.warning("could not write the login entry: %s", type(exc).__name__)
            self.start_at_login = None
        super().done(result)


class DemoProgressDialog(WaitWindow):
    """ "Preparing the demo household…" with a bar that follows the building's steps.

    It has no Cancel: the building takes seconds, and the window closes by itself when the
    demo window takes its place.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo-progress")
        self.say(
            self.tr("Preparing the demo household…"),
            self.tr("Generating a household's statements and importing them as yours would be."),
        )

    def set_progress(self, done: int, total: int, _label: str) -> None:
        """A step of the building (the ``ProgressFn`` shape); ``total`` 0 means not known."""
        self.bar.setRange(0, total)
        self.bar.setValue(done)
