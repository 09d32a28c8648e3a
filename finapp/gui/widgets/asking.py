"""Questions a page asks without stopping: the dialog opens, the answer arrives in a callback.

Qt's static helpers (``QInputDialog.getText``, ``QMessageBox.question``,
``QFileDialog.getSaveFileName``…) run a nested event loop inside the slot that called them:
background results and other dialogs arrive inside it, the slot resumes under a changed
world, and a test can only answer from a timer. Each function here builds the same dialog,
opens it window-modal with ``open()`` and calls ``then`` only when the user accepts, like
qutebrowser's ``misc/msgbox.py`` ``on_finished``. Cancelling calls nothing.

Every dialog is a child of ``parent`` with a window title and an object name, so the window
that closes its dialogs finds it, and a test (or ``xdotool``) finds it by name. It deletes
itself once answered, and the keyboard goes back to the widget that had it (see
:mod:`~finapp.gui.widgets.focus_return`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from finapp.gui.widgets.dialog_width import fit_width
from finapp.gui.widgets.focus_return import open_answerable

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def _open(dialog: QDialog, object_name: str) -> None:
    dialog.setObjectName(object_name)
    open_answerable(dialog)


def ask_text(
    parent: QWidget,
    title: str,
    label: str,
    then: Callable[[str], object],
    *,
    object_name: str,
    text: str = "",
    echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal,
) -> None:
    """One line of text; ``then(text)`` on OK, as typed (the caller decides what blank means)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(text)
    fit_width(dialog)
    dialog.textValueSelected.connect(then)
    _open(dialog, object_name)


def ask_item(
    parent: QWidget,
    title: str,
    label: str,
    items: Sequence[str],
    then: Callable[[str], None],
    *,
    object_name: str,
    editable: bool = False,
    current: str | None = None,
) -> None:
    """One of ``items`` (or, when ``editable``, anything typed); ``current`` is preselected,
    else the first item."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(editable)  # before the text: Qt types one in only when editable
    if editable:
        _complete_from_any_part(dialog)
    if current is not None or items:
        dialog.setTextValue(items[0] if current is None else current)
    fit_width(dialog, [label, *items])  # a long category name is read whole
    dialog.textValueSelected.connect(then)
    _open(dialog, object_name)


def _complete_from_any_part(dialog: QInputDialog) -> None:
    """Let a typed part of an item find it (电费 finds 账单与水电：电费), in a popup: Qt's own
    completion of an editable list matches only from an item's start."""
    for combo in dialog.findChildren(QComboBox):
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    then: Callable[[], None],
    *,
    object_name: str,
    icon: Icon = Icon.Question,
    refuse: Button = Button.No,
    informative: str = "",
    yes_text: str = "",
) -> None:
    """Yes (labelled ``yes_text`` when given) or ``refuse``; ``then()`` on Yes only.

    The refusing button is the default, so Enter (or a stray key press while the box
    appears) never does what the question asks.
    """
    box = QMessageBox(icon, title, text, Button.Yes | refuse, parent)
    box.setInformativeText(informative)
    box.setDefaultButton(refuse)
    yes = box.button(Button.Yes)
    if yes_text:
        yes.setText(yes_text)

    def answered(_code: int) -> None:
        if box.clickedButton() is yes:
            then()

    box.finished.connect(answered)
    _open(box, object_name)


def tell(
    parent: QWidget,
    title: str,
    text: str,
    *,
    object_name: str,
    icon: Icon = Icon.Information,
    then: Callable[[], None] | None = None,
    ok_text: str = "",
) -> None:
    """A message with OK (labelled ``ok_text`` when given: what closing it does); ``then()``
    once it is closed, however it was closed."""
    box = QMessageBox(icon, title, text, Button.Ok, parent)
    if ok_text:
        box.button(Button.Ok).setText(ok_text)
    if then is not None:
        box.finished.connect(lambda _code: then())
    _open(box, object_name)


def file_chooser(
    parent: QWidget, caption: str, directory: str = "", filters: str = ""
) -> QFileDialog:
    """Qt's file chooser with its two labels in finapp's language.

    The Simplified Chinese Qt ships translates "Look in:" and "Files of type:", but the chooser
    asks for "&Look in:" and "Files of &type:", so a Chinese user choosing a statement met two
    English labels among Chinese ones. (A desktop's own chooser, where Qt uses one, is in the
    desktop's language and ignores these.)
    """
    dialog = QFileDialog(parent, caption, directory, filters)
    translate = QCoreApplication.translate
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("FileChooser", "&Look in:"))
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType, translate("FileChooser", "Files of &type:")
    )
    return dialog


def _choose(dialog: QFileDialog, then: Callable[[Path], None], object_name: str) -> None:
    dialog.fileSelected.connect(lambda chosen: then(Path(chosen)))
    _open(dialog, object_name)


def choose_folder(
    parent: QWidget, caption: str, then: Callable[[Path], None], *, object_name: str
) -> None:
    """An existing folder; ``then(folder)`` once chosen."""
    dialog = file_chooser(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    _choose(dialog, then, object_name)


def choose_open_file(
    parent: QWidget,
    caption: str,
    then: Callable[[Path], None],
    *,
    object_name: str,
    directory: str = "",
    filters: str = "",
) -> None:
    """An existing file, starting in ``directory``, of the kinds ``filters`` names (Qt's
    ``"Name (*.ext);;…"``, the first shown); ``then(file)`` once chosen."""
    dialog = file_chooser(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    _choose(dialog, then, object_name)


def choose_save_file(
    parent: QWidget,
    caption: str,
    then: Callable[[Path], None],
    *,
    object_name: str,
    name: str = "",
    filters: str = "",
) -> None:
    """Where to write a new file, ``name`` suggested; ``then(file)`` once chosen.

    Overwriting an existing file is asked about by the dialog itself, as the static one did.
    """
    dialog = file_chooser(parent, caption, name, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    _choose(dialog, then, object_name)
