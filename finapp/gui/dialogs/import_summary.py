"""What an import did, file by file: new, duplicates, rows left out and rejected, with reasons.

A row *left out (neutral)* moved none of the user's money (a payment app's own 不计收支 rows, a
cancelled or unbooked entry): it is counted and explained apart from a row *rejected* for a
problem, so a perfectly good Alipay export does not read as a faulty one.

Under each file, one line per account it went into: what was new, what was already there
(and how much of that came from the account's statements in the other format, the card's OFX
against its CSV), and how finapp found the account when that is not the obvious way. The
statement's own number is the obvious way and goes unsaid; the last four digits, the user's
choice, a new account and a warning about accounts it could not choose between are said, so a
CSV that landed in an unexpected place is noticed while the import can still be undone.

Ten years of statements are many files: above them one line per account sums its files, and
the files' own lines start folded. The dialog never grows past the screen's free height: the
files list and what was found in the history scroll inside it, and Close and Undo stay in view.
An import the user stopped says so in its title and headline; what it stored can be undone.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from finapp.core.cross_format import source_family
from finapp.gui.account_names import shown_account_name
from finapp.gui.currency_words import currency_word
from finapp.gui.error_texts import file_problem_text, problem_text
from finapp.tr_marks import fill

if TYPE_CHECKING:  # the import service loads with the first import, not at start-up
    from finapp.services.import_results import (
        AccountCounts,
        AccountTotal,
        FileResult,
        ImportResult,
    )

#: file, new, duplicates, left out (neutral), rejected
_COLUMNS = 5
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: the tallest the list of files grows before it scrolls (a screen of 640 pixels holds it)
_MOST_ROWS_HEIGHT = 360
#: the width it opens at: a file name, its four counts and a reason on a line
_WIDTH = 800
# from this many files on, each file's lines start folded (refused files' stay open): the
#: accounts' totals above tell the import, a file's lines are there to look into
_FOLDED_FROM = 4
# kept free between the dialog and the screen's edges: its title bar and frame, a panel
_SCREEN_MARGIN = 64
# the least a list keeps when a small screen squeezes the dialog: a few rows, then it scrolls
_LEAST_HEIGHT = 96
# the other bank format a file's lines can already be stored from, by the file's own
_OTHER_FORMAT = {"ofx": "CSV", "csv": "OFX"}


#: the notes of an account whose lines may be another account's: the summary says how to move
#: them (:func:`finapp.services.accounts.match_statement`)
_MAY_BE_ANOTHER_ACCOUNT = frozenset(("import.unnamed_account", "import.ambiguous_account"))


class ImportSummaryDialog(QDialog):
    """One line per file, rows left out or rejected and refusals as children; Undo offered
    when it added."""

    #: "Undo this import…" pressed: ask over the summary, then :meth:`undo_confirmed`
    undo_asked = Signal()
    #: "Import without the bad rows" pressed: the paths of the files refused for a bad row
    skip_bad_rows_asked = Signal(list)

    def __init__(
        self,
        result: ImportResult,
        parent: QWidget | None = None,
        mapped_next: Collection[Path] = (),
    ) -> None:
        """``mapped_next``: the files the mapping wizard opens for once the summary closes (the
        import flow's queue of them), each said so under its refusal."""
        super().__init__(parent)
        self.setObjectName("import-summary")
        self.setWindowTitle(self._title(result))
        self.setMinimumWidth(640)
        self.undo_requested = False
        layout = QVBoxLayout(self)
        self.headline = QLabel(self.headline_text(result), self)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.accounts = self._accounts(result)
        if self.accounts is not None:
            layout.addWidget(self.accounts)
        self.tree = _FilesTree(self)
        self.tree.setObjectName("import-files")
        self.tree.setAccessibleName(self.tr("Imported files"))
        self.tree.setHeaderLabels(
            [
                self.tr("File"),
                self.tr("New"),
                self.tr("Duplicates"),
                self.tr("Left out"),
                self.tr("Rejected"),
            ]
        )
        self.tree.headerItem().setToolTip(
            3, self.tr("Rows that move none of your money, such as a payment app's neutral rows")
        )
        self.tree.headerItem().setToolTip(4, self.tr("Rows with a problem, skipped as you chose"))
        self.tree.setRootIsDecorated(True)
        file_items = [
            self._file_item(file, Path(file.path) in mapped_next) for file in result.files
        ]
        self.tree.addTopLevelItems(file_items)
        if len(file_items) < _FOLDED_FROM:
            self.tree.expandAll()
        else:  # many files: only a refusal, which needs the user, opens
            for file, file_item in zip(result.files, file_items, strict=True):
                file_item.setExpanded(file.error is not None)
        for file_item in file_items:
            for detail in map(file_item.child, range(file_item.childCount())):
                if detail is not None:  # never, below childCount(); typed Optional
                    detail.setFirstColumnSpanned(True)
        _figures_right(self.tree, file_items)
        layout.addWidget(self.tree, 1)
        self.history_area: QScrollArea | None = None
        self.history = self._history(result)
        if self.history is not None:
            layout.addWidget(self.history, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.setEnabled(result.new > 0)
        # Enter closes the summary; undoing takes a click (or Alt+U) and then a confirmation
        self.undo_button.setAutoDefault(False)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.undo_button.clicked.connect(self._undo)
        bad_rows = [f.path for f in result.files if f.skippable]
        self.skip_button: QPushButton | None = None
        if bad_rows:
            self.skip_button = QPushButton(self.tr("Import &without the bad rows"), self)
            self.skip_button.setObjectName("import-skip-bad-rows")
            self.skip_button.setToolTip(
                self.tr("Import the other rows of the refused file(s); the rows that cannot be "
                        "read are left out and listed.")
            )  # fmt: skip
            self.skip_button.setAutoDefault(False)
            buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.skip_button.clicked.connect(lambda: self.skip_bad_rows_asked.emit(bad_rows))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as what it says, within the screen: one file's two lines no longer sit at
        the top of a window of blank rows; a long list of reasons scrolls. On a screen too
        small for it all, the history, the files and then the accounts give up height (down to
        a few rows each, which scroll), so the buttons are never below the screen's edge."""
        self.resize(_WIDTH, self.height())
        self._lay_out()  # the lists at their width: their lines wrap as they will be shown
        for tree in (self.tree, self.accounts):
            if tree is not None:
                tree.wanted_height = min(_rows_height(tree), _MOST_ROWS_HEIGHT)
                tree.setMinimumHeight(tree.wanted_height)
                tree.updateGeometry()
        area = self.history_area
        text = area.widget() if area is not None else None
        if area is not None and text is not None:
            # the area's own width: its viewport takes that width only once it is shown
            wanted = text.heightForWidth(area.contentsRect().width()) + 2 * area.frameWidth()
            area.setMinimumHeight(min(wanted, _MOST_ROWS_HEIGHT))
            area.setMaximumHeight(wanted)  # never blank lines below it: the files take the rest
        room = self._screen_room()
        for squeezed in (area, self.tree, self.accounts):
            excess = self._wanted_height() - room
            if squeezed is not None and excess > 0:
                least = min(squeezed.minimumHeight(), _LEAST_HEIGHT)
                squeezed.setMinimumHeight(max(least, squeezed.minimumHeight() - excess))
                if isinstance(squeezed, _FilesTree):
                    squeezed.wanted_height = squeezed.minimumHeight()
                squeezed.updateGeometry()
                if squeezed is area and self.history is not None:
                    self.history.updateGeometry()  # the box holding it asks for less too
        self.setMaximumHeight(room)
        self.resize(_WIDTH, min(self.sizeHint().height(), room))

    def _lay_out(self) -> None:
        """Lay the dialog out now, the history's box within it too: a box lays out its own
        children later, and the history's text measured at the width its list had then (a
        hundred pixels) wrapped word by word and asked for most of the screen."""
        for box in (self, self.history):
            layout = box.layout() if box is not None else None
            if layout is not None:  # laid out afresh at the size just given, not as before
                layout.invalidate()
                layout.activate()

    def _wanted_height(self) -> int:
        """The height the dialog asks for with the lists' heights as just set: the layouts'
        remembered sizes are dropped first, or a list given up height would still count at
        its old one."""
        layout = self.layout()
        if layout is not None:  # never: made in __init__; typed Optional
            layout.invalidate()
        return self.sizeHint().height()

    def _screen_room(self) -> int:
        """The height the dialog may take: the free part of the screen it opens on (less the
        panels), less its title bar and frame."""
        screen = (self.parentWidget() or self).screen()
        return screen.availableGeometry().height() - _SCREEN_MARGIN

    def _accounts(self, result: ImportResult) -> _FilesTree | None:
        """One line per account the import went into, when it read several files."""
        totals = result.account_totals()
        if result.imported < 2 or not totals:
            return None
        tree = _FilesTree(self)
        tree.setObjectName("import-accounts")
        tree.setAccessibleName(self.tr("Imported accounts"))
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Files"),
                self.tr("New"),
                self.tr("Duplicates"),
                self.tr("Left out"),
            ]
        )
        items = [QTreeWidgetItem(_account_figures(total)) for total in totals]
        tree.addTopLevelItems(items)
        _figures_right(tree, items)
        return tree

    def _history(self, result: ImportResult) -> QGroupBox | None:
        """What the history the import brought in holds that the alerts do not tell: price
        rises, large charges, subscriptions that stopped (none when it found nothing)."""
        if not result.history:
            return None
        # the alert rules its sentences come with load with the first summary that needs them
        from finapp.gui.history_texts import heading, history_lines

        box = QGroupBox(heading(), self)
        box.setObjectName("import-history")
        area = QScrollArea(box)
        area.setObjectName("import-history-scroll")
        area.setWidgetResizable(True)
        # the lines wrap at the area's width: only the list's length scrolls
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        found = QLabel("\n".join(history_lines(result.history)))
        found.setObjectName("import-history-found")
        found.setWordWrap(True)
        found.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        area.setWidget(found)
        QVBoxLayout(box).addWidget(area)
        self.history_area = area
        return box

    def _title(self, result: ImportResult) -> str:
        """The window's title says how the import ended: "Import finished" over a statement
        refused whole read as if it had gone in."""
        if result.not_read > 0:
            return self.tr("Import stopped")
        if result.failed and len(result.failed) == len(result.files):
            return self.tr("Nothing imported")
        return self.tr("Import finished")

    def headline_text(self, result: ImportResult) -> str:
        """ "From 1 file: 300,000 new transactions, 0 duplicates skipped.": the counts grouped
        as the user's locale writes numbers (%Ln)."""
        parts = [
            self.tr("%Ln new transaction(s)", "", result.new),
            self.tr("%Ln duplicate(s) skipped", "", result.duplicates),
        ]
        left_out = sum(f.left_out for f in result.files)
        if left_out:
            parts.append(self.tr("%Ln row(s) left out (neutral)", "", left_out))
        rejected = sum(f.refused_rows for f in result.files)
        if rejected:
            parts.append(self.tr("%Ln row(s) rejected", "", rejected))
        if result.failed:
            parts.append(self.tr("%n file(s) refused", "", len(result.failed)))
        # list separator and full stop are translated too (Chinese uses ， and 。)
        sentence = self.tr("From %n file(s): ", "", len(result.files)) + self.tr(", ").join(parts)
        sentence += self.tr(".")
        if result.not_read:
            sentence += " " + self.tr(
                "You stopped the import: %n file(s) not read. The files above are stored whole.",
                "",
                result.not_read,
            )
        return sentence

    def _file_item(self, file: FileResult, mapped_next: bool) -> QTreeWidgetItem:
        """The file's row and its lines; ``mapped_next``: the mapping wizard opens for it once
        the summary closes."""
        name = Path(file.path).name
        if file.error is not None:
            item = QTreeWidgetItem([name, *["–"] * (_COLUMNS - 1)])
            reason = file_problem_text(file.error)  # the file is named above
            if reason.startswith(file.path):  # a refusal worded without a code
                reason = reason[len(file.path) :].lstrip(":, ")
            self._detail(item, fill(self.tr("Refused, nothing written: %1"), (reason,)))
            if mapped_next:
                self._detail(
                    item,
                    self.tr(
                        "When you close this summary, finapp asks which column holds what, "
                        "then imports the file."
                    ),
                )
            return item
        figures = (file.new, file.duplicates, file.left_out, file.refused_rows)
        item = QTreeWidgetItem([name, *map(QLocale().toString, figures)])
        for counts in file.accounts:
            self._detail(item, self.account_text(counts, file.format))
            if counts.note:
                # the service's word as it is, then, where the lines may belong to another
                # account, where the app offers the way out (not after a rename or a number
                # learned: the lines are where they belong)
                self._detail(item, problem_text(counts.note))
                if getattr(counts.note, "code", "") in _MAY_BE_ANOTHER_ACCOUNT:
                    self._detail(
                        item,
                        self.tr(
                            "To put it into one of them, undo this import and use File → "
                            "Import into account…"
                        ),
                    )
        # the rows rejected for a problem first: they are what may need the user
        for skipped in sorted(file.skipped, key=lambda s: (s.neutral, s.line)):
            if skipped.neutral:
                text = self.tr("Line %1, left out (neutral): %2")
            else:
                text = self.tr("Line %1: %2")
            self._detail(item, fill(text, (str(skipped.line), problem_text(skipped.reason))))
        for repair in file.repairs:  # what lenient reading put right, for the user to check
            self._detail(item, fill(self.tr("Repaired: %1"), (problem_text(repair),)))
        for note in file.notes:  # how the file was read or counted, where nothing was repaired
            self._detail(item, fill(self.tr("Note: %1"), (problem_text(note),)))
        # loaded with the summary of the first import, not at start-up, as the service is
        from finapp.services.import_guessed_currency import currency_guessed

        guessed = currency_guessed(file)
        # a new account in a currency no line of the file named: the user may have to correct it
        if guessed:
            self._detail(
                item,
                fill(
                    self.tr(
                        "The file names no currency: its amounts were taken as %1. If they are "
                        "in another, choose Currency… on the account's row in Accounts."
                    ),
                    (currency_word(guessed),),
                ),
            )
        return item

    def account_text(self, counts: AccountCounts, file_format: str) -> str:
        """ "Sapphire Visa: 0 new, 152 already there (from its OFX statements), matched by the
        last four digits of its number": one account's share of a file, and how it was found
        when that is worth saying."""
        text = fill(
            self.tr("%1: %2 new, %3 already there"),
            (
                shown_account_name(counts.account),
                QLocale().toString(counts.new),
                QLocale().toString(counts.duplicates),
            ),
        )
        other = _OTHER_FORMAT.get(source_family(file_format))
        if counts.other_format and other:
            if counts.other_format == counts.duplicates:
                text += fill(self.tr(" (from its %1 statements)"), (other,))
            else:
                text += fill(
                    self.tr(" (%1 of them from its %2 statements)"),
                    (str(counts.other_format), other),
                )
        how = {
            "chosen": self.tr(", the account you chose"),
            "last four": self.tr(", matched by the last four digits of its number"),
            "lines": self.tr(", the account already holding its lines"),
            "new": self.tr(", a new account"),
        }.get(counts.matched_by, "")  # by its number or its usual name: nothing to say
        return text + how

    @staticmethod
    def _detail(parent: QTreeWidgetItem, text: str) -> None:
        """A reason line under a file, across all columns, whole in its tooltip."""
        child = QTreeWidgetItem(parent, [text])
        child.setToolTip(0, text)

    def _undo(self) -> None:
        """The question comes over the summary, which stays for Cancel (closed first, a
        Cancel left neither): :meth:`undo_confirmed` closes it once the user said yes."""
        self.undo_asked.emit()

    def undo_confirmed(self) -> None:
        self.undo_requested = True
        self.accept()


def _rows_height(tree: QTreeWidget) -> int:
    """The height a tree needs to show all its open rows, its header and a scroll bar."""
    tree.doItemsLayout()
    rows = 0
    item = tree.topLevelItem(0)
    while item is not None:
        rows += tree.visualItemRect(item).height()
        item = tree.itemBelow(item)
    frame = 2 * tree.frameWidth() + tree.header().sizeHint().height()
    scroll = tree.horizontalScrollBar().sizeHint().height()  # room should it appear
    return frame + rows + scroll


def _figures_right(tree: QTreeWidget, items: list[QTreeWidgetItem]) -> None:
    """The counts are figures: right-aligned under their headings, so they line up; the
    first column (a name) takes the rest of the width."""
    for column in range(1, tree.columnCount()):
        tree.headerItem().setTextAlignment(column, _RIGHT)
        for item in items:
            item.setTextAlignment(column, _RIGHT)
        tree.resizeColumnToContents(column)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _account_figures(total: AccountTotal) -> list[str]:
    """An account's line: its name, files, new, duplicates and rows left out."""
    number = QLocale().toString
    figures = (total.files, total.new, total.duplicates, total.left_out)
    return [shown_account_name(total.account), *(number(n) for n in figures)]


class _FilesTree(QTreeWidget):
    """The files and, under each, its reasons, each reason wrapped across the whole row.

    A tree view sizes a row from its first column alone and never wraps a spanned row's text:
    "the file names no bank or account, so it went into …" was cut at the dialog's edge, with
    the way out at its end unread. The reasons' delegate measures them at the row's width, and
    a new width lays the rows out again.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setItemDelegate(_ReasonDelegate(self))
        #: the height its rows take (0: not measured yet): a tree asks for 192 pixels
        #: whatever it holds
        self.wanted_height = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.wanted_height or hint.height())

    def reason_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width a reason under a file has to wrap in: the row less its indentation."""
        depth = 0
        while index.parent().isValid():
            index, depth = index.parent(), depth + 1
        return max(1, self.viewport().width() - self.indentation() * (depth + 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class _ReasonDelegate(QStyledItemDelegate):
    """A reason row as tall as its text wrapped at the row's width; file rows as they are."""

    def __init__(self, tree: _FilesTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if not index.parent().isValid():
            return hint
        margin = 2 * self._tree.style().pixelMetric(
            self._tree.style().PixelMetric.PM_FocusFrameHMargin
        )
        width = self._tree.reason_width(index) - 2 * margin
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        wrapped = option.fontMetrics.boundingRect(
            QRect(0, 0, max(1, width), 1 << 20), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(hint.width(), max(hint.height(), wrapped.height() + margin))
