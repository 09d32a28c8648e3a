"""A sortable tree of grouped rows that remembers which groups the user folded.

Each group is a header row (its title spans the row) over its rows; the user folds and unfolds a
group with a click on its arrow, a double click, or Left/Right on its header, and that choice is
kept (through a callback, e.g. into ``UiState``) and restored on every reload, like a mail
client's folders. A reload keeps the selected rows selected.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTextBoundaryFinder,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)
from wcwidth import wcwidth

from finapp.gui.models.grouped_model import PARTS_JOINER, Group, GroupedModel
from finapp.gui.pages.column_memory import ColumnMemory
from finapp.gui.ui_state import UiState
from finapp.gui.widgets.name_wrap import glued

#: the characters of a name a narrow window still shows (a Chinese one counts as two)
READABLE = 16


def first_characters(text: str, columns: int) -> str:
    """The start of ``text`` that takes ``columns`` character cells (a wide character two)."""
    taken = 0
    for end, character in enumerate(text):
        taken += max(wcwidth(character), 0)
        if taken > columns:
            return text[:end]
    return text


def longest_word(text: str, metrics: QFontMetrics) -> int:
    """The width of the widest piece of ``text`` a line may not break inside: a word, or a
    character of a language written without spaces (Qt breaks Chinese between characters)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    widest, start = 0, 0
    while (end := finder.toNextBoundary()) != -1:
        widest = max(widest, metrics.horizontalAdvance(text[start:end].rstrip()))
        start = end
    return widest


#: the text a line's height is measured on: the tallest of the scripts a row may hold
_ONE_LINE = "Mg 中文"


def _fewest_wrapped(
    start: dict[int, int], full: dict[int, int], needs: dict[int, list[int]], left: int
) -> tuple[dict[int, int], int]:
    """``left`` pixels shared among columns so that the fewest rows wrap: each step widens the
    column whose next rows read on one line for the fewest pixels each. Names first, one long
    name read whole while "Sapphire / Visa" wrapped on every row beside it.

    ``start`` and ``full``: each column's width now and as wide as its widest text; ``needs``:
    the width each of its rows needs on one line. Returns the widths and the pixels left."""
    widths = dict(start)
    while left > 0:
        best: tuple[float, int, int] | None = None
        for column, rows in needs.items():
            reach = min(full[column], widths[column] + left)
            for need in sorted({n for n in rows if widths[column] < n <= reach}):
                gained = sum(widths[column] < n <= need for n in rows)
                value = gained / (need - widths[column])
                if best is None or value > best[0]:
                    best = (value, column, need)
        if best is None:
            break
        _, column, need = best
        left -= need - widths[column]
        widths[column] = need
    return widths, left


def _closer(widths: dict[int, int], hints: dict[int, int], most: int, short: int) -> int:
    """Up to ``most`` pixels of each of the ``hints``' columns' spare room after their texts
    (never below their header's width), until ``short`` is made up; the pixels taken. A
    Shanghai household's subscriptions in a 1008-pixel window scrolled 18 pixels sideways, the
    notes cut at its edge, with every column of words at its narrowest."""
    taken = 0
    for column, hint in hints.items():
        given = max(0, min(most, widths[column] - hint, short - taken))
        widths[column] -= given
        taken += given
    return taken


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their words wrapped in their columns' widths.

    Qt's tree asks a cell's height without its width, so a wrapped cell would stay one line
    tall and cut: the height is asked here with the column's width (the first column's less
    its indentation; a group's header across the whole row, which it spans)."""

    def __init__(self, tree: GroupedTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """A name's words held together: it wraps between them, never inside one."""
        super().initStyleOption(option, index)
        if index.parent().isValid() and index.column() in self._tree.names:
            option.text = glued(option.text)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        tree = self._tree
        if not index.parent().isValid():
            width = tree.viewport().width()
        else:
            width = tree.header().sectionSize(index.column())
            if index.column() == 0:
                width -= tree.indent_of_rows()
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        hint = super().sizeHint(sized, index)
        return QSize(hint.width(), max(hint.height(), self._one_line(option, index)))

    def _one_line(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """The height of a line holding Latin and Chinese alike: a row of 腾讯视频 stood taller
        than the Netflix row under it, the rows' heights no longer all one."""
        line = QStyleOptionViewItem(option)
        self.initStyleOption(line, index)
        line.text = _ONE_LINE
        line.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        style = line.widget.style() if line.widget else self._tree.style()
        size = style.sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, line, QSize(), line.widget
        )
        return size.height()


class GroupedTree(QTreeView):
    def __init__(
        self,
        model: GroupedModel[Any],
        name: str,
        *,
        folded: set[str],
        on_folded: Callable[[set[str]], None],
        flexible: Sequence[int] = (0,),
        whole_first: Sequence[int] = (),
        names: Sequence[int] = (),
        sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
        columns: tuple[UiState | None, str] = (None, ""),
        parent: QWidget | None = None,
    ) -> None:
        """Every column is as wide as its widest text and an em more (figures side by side
        must not touch, and are never cut); the ``flexible`` ones (names, words) give way in a
        narrow window, the last first: each keeps its longest word's width (a longer text
        wraps onto more lines, never cut inside a word: at 1024 pixels "Paid from" read
        "Everyday C…" and the notes "▲ price…"), the last ones down to their header's where
        even that is too wide, and the first of them (the names, what a person reads first) its
        texts' first ``READABLE`` characters. ``whole_first`` (of the flexible ones) are
        widened next, as far as the first part of their texts (parts are joined by
        :data:`PARTS_JOINER`): short warnings that are the point of a row ("⚠ charged after
        cancel" read "⚠ char…" beside names shown whole). ``names`` (of the flexible ones)
        wrap only between their words ("支付宝 · 花 / 呗" no more). What is left widens them
        where it keeps the most rows on one line, then in order. The last of them takes what a wide
        window has to spare, so the figures stay next to the names they belong to; a window
        too narrow even for that scrolls sideways, the names in sight. A column the user drags
        keeps their width; with ``columns`` (a UiState and a key) across restarts too."""
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setModel(model)
        self._model = model
        self.folded = set(folded)
        self._on_folded = on_folded
        self._restoring = False
        #: folded groups unfolded to show a row asked for (kept unfolded until the page goes)
        self._revealed: set[str] = set()
        self.setSortingEnabled(True)
        self.sortByColumn(*sort)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        # a row is as tall as its wrapped words (most rows one line: a wide window wraps none)
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(True)
        self.setWordWrap(True)
        self.setItemDelegate(_WrappedRows(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._flexible = tuple(flexible)
        #: the width inside the tree the columns were last fitted to
        self._fitted_at = -1
        self._whole_first = tuple(whole_first)
        #: the columns of names, wrapped between their words alone (:func:`glued`)
        self.names = frozenset(names)
        #: the widths the user dragged (no longer fitted), kept under ``columns``' key
        self.columns = ColumnMemory(header, *columns)
        self.expanded.connect(lambda index: self._folded_by_user(index, False))
        self.collapsed.connect(lambda index: self._folded_by_user(index, True))

    def reload(self, groups: Sequence[Group[Any]], key: Callable[[Any], Hashable]) -> None:
        """Show ``groups``, folded as the user left them, the same rows selected (by ``key``)."""
        chosen = {key(row) for row in self.selected_rows()}
        self._model.set_groups(groups)
        self._restoring = True
        try:
            for number, group in enumerate(self._model.groups()):
                self.setFirstColumnSpanned(number, QModelIndex(), True)
                shown = group.key not in self.folded or group.key in self._revealed
                self.setExpanded(self._model.index(number, 0), shown)
        finally:
            self._restoring = False
        if chosen:
            self.select(lambda row: key(row) in chosen, reveal=False)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def updateGeometries(self) -> None:
        """Fit the columns again when the room inside changed with the tree's size the same:
        rows grown taller by their wrapped words bring a scroll bar, which took its width from
        the columns fitted without it (the notes a few pixels off the edge)."""
        super().updateGeometries()
        if self.viewport().width() != self._fitted_at:
            QTimer.singleShot(0, self.fit_columns)

    def _texts(self, column: int) -> list[str]:
        """``column``'s texts, folded groups' too (unfolding one never elides it)."""
        return [
            str(self._model.index(row, column, group).data() or "")
            for number in range(self._model.rowCount())
            for group in (self._model.index(number, 0),)
            for row in range(self._model.rowCount(group))
        ]

    def _room_for(self, column: int, texts: list[str], metrics: QFontMetrics, padding: int) -> int:
        """The width ``column`` needs to show the widest of ``texts`` whole: the first column's
        rows sit a level under their group's header, itself indented when the tree draws its
        root's arrows (the Chinese names were cut, "网易云…", with half the table to spare)."""
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        if column == 0:
            widest += self.indent_of_rows()
        return widest + padding

    def indent_of_rows(self) -> int:
        """How far a group's rows sit from the first column's left edge."""
        return self.indentation() * (2 if self.rootIsDecorated() else 1)

    def _room_for_words(
        self, column: int, texts: list[str], metrics: QFontMetrics, padding: int
    ) -> int:
        """The width ``column`` needs for its longest word: less, and a word is cut."""
        if column in self.names:
            texts = [glued(text) for text in texts]
        widest = max((longest_word(text, metrics) for text in texts), default=0)
        return widest + padding + (self.indent_of_rows() if column == 0 else 0)

    def fit_columns(self) -> None:
        header = self.header()
        self._fitted_at = self.viewport().width()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        fitted = [c for c in shown if c not in self.columns.user_sized]
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # the widest a row is drawn
        padding = metrics.horizontalAdvance("M") + 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin
        )
        texts = {c: self._texts(c) for c in fitted}
        widths = {
            c: max(self._room_for(c, texts[c], metrics, padding), header.sectionSizeHint(c))
            for c in fitted
        }
        flexible = [c for c in self._flexible if c in widths]
        room = self.viewport().width() - sum(
            header.sectionSize(c) if c in self.columns.user_sized else widths[c]
            for c in shown
            if c not in flexible
        )
        need = sum(widths[c] for c in flexible)
        if flexible and need <= room:
            widths[flexible[-1]] += room - need
        elif flexible:
            floor = {c: header.sectionSizeHint(c) for c in flexible}
            names = flexible[0]
            readable_names = names == self._flexible[0]
            if readable_names:
                starts = [first_characters(text, READABLE) for text in texts[names]]
                readable = self._room_for(names, starts, metrics, padding)
                floor[names] = max(floor[names], min(readable, widths[names]))
            words = {
                c: max(
                    floor[c], min(self._room_for_words(c, texts[c], metrics, padding), widths[c])
                )
                for c in flexible
            }
            if readable_names:  # a name longer than its first characters is elided, not given
                words[names] = floor[names]  # the room the words beside it need
            least = self._give_way(floor, words, room)
            short = sum(least.values()) - room
            if short > 0:  # every word column at its floor, still too wide: the figures' spare
                figures = [c for c in fitted if c not in flexible]
                hints = {c: header.sectionSizeHint(c) for c in figures}
                half_em = metrics.horizontalAdvance("M") // 2
                room += _closer(widths, hints, half_em, short)
            left = room - sum(least.values())
            for c in (c for c in self._whole_first if c in least):
                firsts = [text.split(PARTS_JOINER)[0] for text in texts[c]]
                room_for_firsts = min(self._room_for(c, firsts, metrics, padding), widths[c])
                more = max(0, min(left, room_for_firsts - least[c]))
                least[c], left = least[c] + more, left - more
            needs = {c: [self._room_for(c, [t], metrics, padding) for t in texts[c]]
                     for c in flexible}  # fmt: skip
            least, left = _fewest_wrapped(least, widths, needs, left)
            for c in flexible:  # in order: the names widened first, the last given way first
                more = max(0, min(left, widths[c] - least[c]))
                widths[c], left = least[c] + more, left - more
        before = [header.sectionSize(c) for c in flexible]
        self.columns.fitting = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self.columns.fitting = False
        if before != [header.sectionSize(c) for c in flexible]:
            self.scheduleDelayedItemsLayout()  # the rows' heights, for their words wrapped anew

    @staticmethod
    def _give_way(floor: dict[int, int], words: dict[int, int], room: int) -> dict[int, int]:
        """Each flexible column at its longest word's width, or, where the room is short of
        that, the last ones given way first down to their ``floor`` (a word cut with "…"
        rather than the notes scrolled off the window's edge)."""
        least = dict(words)
        short = sum(least.values()) - room
        for column in reversed(list(least)):
            if short <= 0:
                break
            given = min(short, least[column] - floor[column])
            least[column] -= given
            short -= given
        return least

    def row_at(self, index: QModelIndex) -> Any:
        """The row ``index`` is on (None for a group header or no index)."""
        return self._model.row_at(index)

    def selected_rows(self) -> list[Any]:
        rows = (self._model.row_at(i) for i in self.selectionModel().selectedRows())
        return [row for row in rows if row is not None]

    def select(self, wanted: Callable[[Any], bool], *, reveal: bool = True) -> bool:
        """Select (and make current) the first row ``wanted`` picks; ``reveal`` unfolds its
        group and scrolls to it (a reload keeps a selection without unfolding anything)."""
        index = self._model.find(wanted)
        if not index.isValid():
            return False
        group = self._model.group_of(index.parent())
        if reveal and group in self.folded:  # unfolded while this page lives, not remembered
            self._revealed.add(group)
            self._restoring = True
            try:
                self.expand(index.parent())
            finally:
                self._restoring = False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        if reveal:
            self.scrollTo(index)
        return True

    def _folded_by_user(self, index: QModelIndex, folded: bool) -> None:
        group = self._model.group_of(index)
        if self._restoring or group is None:
            return
        self._revealed.discard(group)
        if folded:
            self.folded.add(group)
        else:
            self.folded.discard(group)
        self._on_folded(set(self.folded))
