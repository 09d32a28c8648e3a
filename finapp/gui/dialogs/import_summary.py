"""What an import did, file by file: new, duplicates, rejected rows with their reasons."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
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
        self.setMinimumSize(640, 320)
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
        for row in range(self.tree.topLevelItemCount()):
            file_item = self.tree.topLevelItem(row)
            for child in range(file_item.childCount()):
                file_item.child(child).setFirstColumnSpanned(True)
        for column in range(1, 4):
            self.tree.resizeColumnToContents(column)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.setEnabled(result.new > 0)
        # Enter closes the summary; undoing takes a click (or Alt+U) and then a confirmation
        self.undo_button.setAutoDefault(False)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.undo_button.clicked.connect(self._undo)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

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
        # list separator and full stop are translated too (Chinese uses ， and 。)
        sentence = self.tr("From %n file(s): ", "", len(result.files)) + self.tr(", ").join(parts)
        return sentence + self.tr(".")

    def _file_item(self, file) -> QTreeWidgetItem:  # type: ignore[no-untyped-def]
        name = Path(file.path).name
        if file.error is not None:
            item = QTreeWidgetItem([name, "–", "–", "–"])
            reason = file.error  # the file is named above: drop it from the message
            if reason.startswith(file.path):
                reason = reason[len(file.path) :].lstrip(":, ")
            self._detail(item, self.tr("Refused, nothing written: %1").replace("%1", reason))
            return item
        item = QTreeWidgetItem([name, str(file.new), str(file.duplicates), str(file.rejected)])
        for skipped in file.skipped:
            text = self.tr("Line %1: %2").replace("%1", str(skipped.line))
            self._detail(item, text.replace("%2", skipped.reason))
        return item

    @staticmethod
    def _detail(parent: QTreeWidgetItem, text: str) -> None:
        """A reason line under a file, across all columns, whole in its tooltip."""
        child = QTreeWidgetItem(parent, [text])
        child.setToolTip(0, text)

    def _undo(self) -> None:
        self.undo_requested = True
        self.accept()
