"""Getting the store open: the keyring when there is one, else a passphrase the user types.

With a usable keyring nothing is asked: a random key is created and kept there. "Usable" is
:func:`finapp.store.keys.keyring_usable`: a secure store that really kept a test entry, so a
plain-text file keyring or a Secret Service that is locked or gone never receives the key and
never turns the first start into an error. Without one, the first start asks the user to
choose a passphrase (with a strength hint from zxcvbn, the estimator password managers use)
and later starts ask for it, saying plainly when it is wrong and letting the user try again.

A store whose key was in the keyring can come to ask too: moved to another folder without its
``store.id`` (the keyring entry is found through it), or on a machine whose keyring lost the
entry. Its owner never chose a passphrase, only wrote down the recovery key finapp showed, so
the question then says why it is asked and the same field takes that key, as ``finapp`` takes
it from ``FINAPP_RECOVERY_KEY``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.errors import (
    FinappError,
    InvalidInputError,
    PassphraseRequiredError,
    StoreDamagedError,
    WrongKeyError,
)
from finapp.gui.error_texts import error_text
from finapp.gui.resources import app_icon
from finapp.gui.waiting import open_off_ui_thread
from finapp.gui.widgets.error_line import error_line
from finapp.services.opening import open_store, refuse_vanished_store, store_exists
from finapp.services.rescue import open_or_find_damaged
from finapp.store.engine import Store
from finapp.store.keys import (
    MIN_PASSPHRASE_LENGTH,
    PassphraseProblem,
    keyring_usable,
    passphrase_problem,
)

log = logging.getLogger("finapp.gui")

#: zxcvbn scores 0..4; a new passphrase needs at least this
MIN_SCORE = 2

#: Turns a typed passphrase into the open store (None where the store is open already).
Opener = Callable[[str], Store | None]

#: why a store asks for a key that its recovery key may be (see the module's docstring)
_RECOVERY_KEY_OPENS = ("passphrase.needed", "keyring.no_entry")


def asks_for_recovery_key(why: FinappError | None) -> bool:
    """Whether the refusal that made the window ask names the recovery key as a way in."""
    return isinstance(why, PassphraseRequiredError) and why.code in _RECOVERY_KEY_OPENS


def strength_score(text: str) -> int:
    """zxcvbn's 0..4 estimate (loaded on first use: most starts never ask for a passphrase)."""
    from zxcvbn import zxcvbn

    return int(zxcvbn(text[:100])["score"]) if text else 0


class PassphraseDialog(QDialog):
    """Asks for a passphrase and keeps asking until it opens the store or the user cancels.

    ``create`` shows the choose-a-passphrase form (repeat field, strength hint; :attr:`choosing`
    is then true, a name that leaves Qt's ``QWidget.create`` alone); otherwise the unlock
    form. ``opener`` turns a passphrase into an open store or raises
    :class:`WrongKeyError`; the opened store is left in :attr:`store`. ``change`` is the
    choose form for a store already open (Settings → Change passphrase): the same rule and
    hint, and the opener receives the new passphrase.
    """

    def __init__(
        self,
        opener: Opener,
        *,
        create: bool,
        change: bool = False,
        why: FinappError | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        #: the refusal that made the unlock form necessary, said as its question when it names
        #: the recovery key (see :func:`asks_for_recovery_key`)
        self.why = why if asks_for_recovery_key(why) else None
        self.choosing = create or change
        self.change = change
        self.store: Store | None = None
        self.attempts = 0
        #: everything was deleted from "Forgot it?" (:meth:`allow_erase`): start afresh
        self.erased = False
        self.forgot_button: QPushButton | None = None
        self.setWindowIcon(app_icon())
        self.setObjectName(
            "new-passphrase" if change else "create-passphrase" if create else "unlock"
        )
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat")
        self.strength_bar = QProgressBar(self)
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setFixedHeight(6)
        self.strength = QLabel(self)
        self.strength.setObjectName("strength")
        self._passphrase_label = QLabel(self)
        self._repeat_label = QLabel(self)
        self._strength_label = QLabel(self)
        form.addRow(self._passphrase_label, self.passphrase)
        if create:
            form.addRow(self._repeat_label, self.repeat)
            form.addRow(self._strength_label, self.strength_bar)
            form.addRow("", self.strength)
        else:
            for widget in (
                self.repeat, self.strength_bar, self.strength, self._repeat_label,
                self._strength_label,
            ):  # fmt: skip
                widget.hide()
        layout.addLayout(form)
        self.error = error_line(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update_strength)
        self.repeat.textChanged.connect(self._update_ok)
        self._retranslate()
        self._update_strength("")

    def _retranslate(self) -> None:
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self._passphrase_label.setBuddy(self.passphrase)
        self._repeat_label.setText(self.tr("&Repeat:"))
        self._repeat_label.setBuddy(self.repeat)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self._strength_label.setText(self.tr("Strength:"))
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.change:
            self.setWindowTitle(self.tr("Change passphrase"))
            self.intro.setText(
                self.tr(
                    "Choose the new passphrase that will protect your finapp data and its "
                    "backups. Without it the data cannot be recovered."
                )
            )
            ok.setText(self.tr("Change"))
        elif self.choosing:
            self.setWindowTitle(self.tr("Protect your finapp data"))
            self.intro.setText(
                self.tr(
                    "This computer has no keyring to keep finapp's key, so your data will be "
                    "encrypted with a passphrase. Choose one you will remember: without it the "
                    "data cannot be recovered."
                )
            )
            ok.setText(self.tr("Create"))
        else:
            self.setWindowTitle(self.tr("Unlock finapp"))
            self.intro.setText(
                error_text(self.why)
                if self.why is not None
                else self.tr("Enter the passphrase that protects your finapp data.")
            )
            ok.setText(self.tr("Unlock"))

    def _strength_text(self, score: int) -> str:
        return [
            self.tr("Very weak: easy to guess."),
            self.tr("Weak: add another word or two."),
            self.tr("Fair: a longer phrase would be safer."),
            self.tr("Good."),
            self.tr("Strong."),
        ][score]

    def _update_strength(self, text: str) -> None:
        if self.choosing:
            score = strength_score(text)
            self.strength_bar.setValue(score if text else 0)
            colour = ["#c62828", "#c62828", "#e08a00", "#2e7d32", "#2e7d32"][score]
            self.strength_bar.setStyleSheet(
                f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}"
            )
            self.strength.setText(
                self._strength_text(score)
                if text
                else self.tr("Type a passphrase to see how strong it is.")
            )
        self._update_ok()

    def _problem(self) -> str:
        """Why the OK button is disabled, or "" when it may be pressed."""
        text = self.passphrase.text()
        if not text:
            return " "
        if not self.choosing:
            return ""
        rule = passphrase_problem(text)
        if rule is PassphraseProblem.BLANK:
            return self.tr("Spaces alone do not make a passphrase.")
        if rule is PassphraseProblem.TOO_SHORT:
            return self.tr("Use at least %n characters.", "", MIN_PASSPHRASE_LENGTH)
        if strength_score(text) < MIN_SCORE:
            return self.tr("This passphrase is too easy to guess.")
        if self.repeat.text() != text:
            return self.tr("The two passphrases do not match.")
        return ""

    def _update_ok(self) -> None:
        problem = self._problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        if self.choosing and problem.strip() and self.repeat.text():
            self.show_error(problem)
        elif self.choosing:
            self.error.hide()

    def allow_erase(self, data_dir: Path) -> None:
        """Offer "Forgot it?" beside Unlock: what a lost passphrase means, and deleting all of
        ``data_dir``'s data to start afresh (:mod:`finapp.gui.dialogs.forgotten_passphrase`)."""
        from finapp.gui.dialogs.forgotten_passphrase import offer_erase

        def erased() -> None:
            self.erased = True
            self.reject()

        self.forgot_button = self.buttons.addButton(
            self.tr("Forgot it?"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.forgot_button.setObjectName("forgot")
        self.forgot_button.setAutoDefault(False)  # Enter still unlocks
        self.forgot_button.clicked.connect(
            lambda: offer_erase(self, data_dir, erased, self.show_error)
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def wrong_text(self) -> str:
        """What a passphrase that does not open gets said."""
        if self.why is not None:
            return self.tr("That passphrase or recovery key does not open this store. Try again.")
        return self.tr("That passphrase does not open this store. Try again.")

    def try_open(self) -> None:
        """Open the store with what was typed; on a wrong passphrase say so and stay open."""
        if self._problem():
            return
        self.attempts += 1
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.store = self._opener(self.passphrase.text())
        except WrongKeyError:
            log.info("unlock: wrong passphrase (attempt %d)", self.attempts)
            self.show_error(self.wrong_text())
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except FinappError as exc:
            self.show_error(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


def unlock_store(
    data_dir: Path, *, passphrase: str | None = None, parent: QWidget | None = None
) -> Store | None:
    """The open store of ``data_dir``, asking for a passphrase only when needed.

    ``passphrase`` (from ``FINAPP_PASSPHRASE``) is tried first; a wrong one falls back to the
    dialog. Returns None when the user cancels. A store whose key is right (the keyring's, or
    the passphrase typed) but which is damaged raises :class:`StoreDamagedError` at once: no
    passphrase would open it, and asking again would only say it is wrong.
    """
    if passphrase:
        try:
            return _open(data_dir, passphrase)
        except WrongKeyError:
            log.info("unlock: FINAPP_PASSPHRASE does not open the store")
    refuse_vanished_store(data_dir)  # never a "create a passphrase" for a store that vanished
    exists = store_exists(data_dir)
    why: FinappError | None = None
    if exists or keyring_usable():
        try:
            return _open(data_dir)
        except (PassphraseRequiredError, WrongKeyError) as exc:
            log.info("unlock: keyring key not usable (%s)", type(exc).__name__)
            why = exc
    opener = DamageAwareOpener(data_dir)
    dialog = PassphraseDialog(opener, create=not exists, why=why, parent=parent)
    if exists:
        dialog.allow_erase(data_dir)
    dialog.exec()
    if dialog.erased:  # the passphrase was lost and everything deleted: finapp's first day
        return unlock_store(data_dir, parent=parent)
    if opener.damaged is not None:
        raise opener.damaged
    return dialog.store


def _open(data_dir: Path, passphrase: str | None = None) -> Store:
    """:func:`open_or_find_damaged`, off the UI thread: the first opening after an update
    takes seconds (:mod:`finapp.gui.waiting`)."""
    return open_off_ui_thread(
        lambda on_update: open_or_find_damaged(data_dir, passphrase, on_update)
    )


class DamageAwareOpener:
    """The passphrase dialog's opener for a store's start (at launch, or from the locked tray).

    A passphrase that is right for a store that is damaged closes the dialog with no store:
    no passphrase would open it, and asking again would only say it is wrong. The damage is
    kept in :attr:`damaged` for the caller to offer the backups.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.damaged: StoreDamagedError | None = None

    def __call__(self, text: str) -> Store | None:
        try:
            return _open(self.data_dir, text)
        except StoreDamagedError as exc:
            self.damaged = exc
            return None
        except WrongKeyError:
            return self._open_with_recovery_key(text)

    def _open_with_recovery_key(self, text: str) -> Store:
        """The store opened with the recovery key ``text`` reads as (a keyring store that lost
        its entry, or moved without its store.id); :class:`WrongKeyError` when it reads as none
        or opens nothing, as for a wrong passphrase."""
        from finapp.services.keys_admin import parse_recovery_key

        try:
            key = parse_recovery_key(text)
        except InvalidInputError:
            raise WrongKeyError("the passphrase typed does not open the store") from None
        return open_off_ui_thread(
            lambda on_update: open_store(self.data_dir, key=key, on_update=on_update)
        )
