"""What an import did, file by file: new, duplicates, rejected rows with their reasons."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the import service loads with the first import, not at start-up
    from finapp.services.imports import ImportResult


class ImportSummaryDialog(QDialog):
    """One line per file, rejected rows and refusals as children; Undo offered when it added."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-summary")
        self.setWindowTitle(self.tr("Import finished"))
        self.setMinimumSize(560, 300)
        self.undo_requested = False
        layout = QVBoxLayout(self)
        self.headline = QLabel(self.headline_text(result), self)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("import-files")
        self.tree.setAccessibleName(self.tr("Imported files"))
        self.tree.setHeaderLabels(
            [self.tr("File"), self.tr("New"), self.tr("Duplicates"), self.tr("Rejected")]
        )
        self.tree.setRootIsDecorated(True)
        for file in result.files:
            self.tree.addTopLevelItem(self._file_item(file))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.setEnabled(result.new > 0)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.undo_button.clicked.connect(self._undo)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def headline_text(self, result: ImportResult) -> str:
        parts = [
            self.tr("%n new transaction(s)", "", result.new),
            self.tr("%n duplicate(s) skipped", "", result.duplicates),
        ]
        rejected = sum(f.rejected for f in result.files)
        if rejected:
            parts.append(self.tr("%n row(s) rejected", "", rejected))
        if result.failed:
            parts.append(self.tr("%n file(s) refused", "", len(result.failed)))
        return self.tr("From %n file(s): ", "", len(result.files)) + ", ".join(parts) + "."

    def _file_item(self, file) -> QTreeWidgetItem:  # type: ignore[no-untyped-def]
        name = Path(file.path).name
        if file.error is not None:
            item = QTreeWidgetItem([name, "–", "–", "–"])
            refused = self.tr("Refused, nothing written: %1").replace("%1", file.error)
            QTreeWidgetItem(item, [refused])
            return item
        item = QTreeWidgetItem([name, str(file.new), str(file.duplicates), str(file.rejected)])
        for skipped in file.skipped:
            text = self.tr("Line %1: %2").replace("%1", str(skipped.line))
            QTreeWidgetItem(item, [text.replace("%2", skipped.reason)])
        return item

    def _undo(self) -> None:
        self.undo_requested = True
        self.accept()
