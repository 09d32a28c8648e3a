"""The backups finapp keeps, as a list to pick one from, and the chooser for one kept elsewhere.

Both restore dialogs (at start, :mod:`finapp.gui.dialogs.restore_backup`, and from Settings,
:mod:`finapp.gui.dialogs.choose_backup`) show the same list: when each backup was made, its size
and, where its name records it, how many transactions it holds; newest first and selected.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from finapp.gui.qdates import to_qdate
from finapp.gui.sizes import friendly_size
from finapp.gui.ui_state import UiState
from finapp.gui.widgets.asking import choose_open_file
from finapp.services.backup import PRE_RESTORE_PREFIX, ROTATED_PREFIX, backup_dir
from finapp.services.rescue import BackupOffer, backups_to_offer


def made_text(offer: BackupOffer) -> str:
    """When ``offer`` was made, as the user's locale writes a date and time."""
    taken = offer.taken
    when = QDateTime(to_qdate(taken.date()), QTime(taken.hour, taken.minute, taken.second))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class BackupList(QTreeWidget):
    """The backups in ``data_dir``'s backup folder, newest first, the newest selected."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup-list")
        self.setAccessibleName(self.tr("Backups"))
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Transactions")])
        self.offers = backups_to_offer(data_dir)
        for offer in self.offers:
            self.addTopLevelItem(self._item(offer))
        newest = self.topLevelItem(0)
        if newest is not None:
            self.setCurrentItem(newest)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)
        # every column whole, with room for a scroll bar: no date or size cut to "12/0…"
        spare = self.frameWidth() * 2 + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.header().length() + spare)

    def _item(self, offer: BackupOffer) -> QTreeWidgetItem:
        count = "" if offer.transactions is None else QLocale().toString(offer.transactions)
        item = QTreeWidgetItem([made_text(offer), friendly_size(offer.size_bytes), count])
        item.setData(0, Qt.ItemDataRole.UserRole, str(offer.path))
        item.setToolTip(0, offer.path.name)
        for column in (1, 2):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        return item

    def chosen(self) -> Path | None:
        """The selected backup's file, or None when the list is empty."""
        item = self.currentItem()
        return None if item is None else Path(item.data(0, Qt.ItemDataRole.UserRole))


def choose_backup_file(
    parent: QWidget, caption: str, data_dir: Path, then: Callable[[Path], None]
) -> None:
    """A backup kept anywhere, the chooser opening where "Back up to…" last saved one (else in
    the backup folder) and showing finapp's backups only (the user can still ask for every
    file)."""
    rotation = backup_dir(data_dir)
    folder = UiState().backup_folder or (rotation if rotation.is_dir() else Path.home())
    backups = QCoreApplication.translate("BackupList", "finapp backups")
    every = QCoreApplication.translate("BackupList", "All files")
    filters = f"{backups} ({ROTATED_PREFIX}*.db {PRE_RESTORE_PREFIX}*.db);;{every} (*)"
    choose_open_file(
        parent, caption, then, object_name="restore-file",
        directory=str(folder), filters=filters,
    )  # fmt: skip
