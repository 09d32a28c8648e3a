"""Settings → Categories and rules: edit the category tree and the categorisation rules.

Every action is one service call on the task runner; the page then announces what changed so
the transactions, budgets and dashboard pages reload.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.core.category_kinds import CategoryKind
from finapp.gui import bus
from finapp.gui.category_names import display_category, reading_order, real_path
from finapp.gui.context import AppContext
from finapp.gui.error_texts import problem_text
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.gui.pages.tables import make_table
from finapp.gui.rule_words import rule_condition, rule_origin
from finapp.gui.widgets.asking import ask_item, ask_text
from finapp.services import categories as cat_service
from finapp.services import rules as rule_service
from finapp.services.categories import CategoryView
from finapp.services.changes import Changes
from finapp.services.rules import RuleView
from finapp.tr_marks import QT_TRANSLATE_NOOP

_KIND_NAMES: dict[str, str] = {
    CategoryKind.EXPENSE: QT_TRANSLATE_NOOP("CategoriesModel", "Spending"),
    CategoryKind.INCOME: QT_TRANSLATE_NOOP("CategoriesModel", "Income"),
    CategoryKind.TRANSFER: QT_TRANSLATE_NOOP("CategoriesModel", "Transfer"),
}


def _kind_name(kind: str) -> str:
    return QCoreApplication.translate("CategoriesModel", _KIND_NAMES.get(kind, kind))


class CategoriesModel(RowsModel[CategoryView]):
    CONTEXT = "CategoriesModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CategoriesModel", "Category"), lambda c: display_category(c.path),
               lambda c: display_category(c.path).casefold()),
        Column(QT_TRANSLATE_NOOP("CategoriesModel", "Kind"),
               lambda c: _kind_name(c.kind),
               lambda c: c.kind),
        Column(QT_TRANSLATE_NOOP("CategoriesModel", "Transactions"), lambda c: str(c.transactions),
               lambda c: c.transactions, right_aligned=True),
    )  # fmt: skip


def _amount_range(rule: RuleView) -> str:
    low = "" if rule.amount_min is None else str(rule.amount_min)
    high = "" if rule.amount_max is None else str(rule.amount_max)
    return f"{low}–{high}" if low or high else ""


def _rule_state(rule: RuleView) -> str:
    if rule.problem:
        return QCoreApplication.translate("RulesModel", "⚠ skipped")
    return "✓" if rule.enabled else ""


def _rule_problem(rule: RuleView) -> str | None:
    """Why a rule stored by an earlier finapp is skipped (a pattern the regex engine refuses)."""
    if not rule.problem:
        return None
    said = QCoreApplication.translate(
        "RulesModel",
        "finapp skips this rule: its pattern cannot be used. Delete it or add it again.",
    )
    return f"{said}\n{problem_text(rule.problem)}"


class RulesModel(RowsModel[RuleView]):
    CONTEXT = "RulesModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("RulesModel", "Order"), lambda r: str(r.priority),
               lambda r: (r.priority, r.id), right_aligned=True),
        Column(QT_TRANSLATE_NOOP("RulesModel", "Origin"), lambda r: rule_origin(r.origin),
               lambda r: r.origin),
        Column(QT_TRANSLATE_NOOP("RulesModel", "When"), rule_condition,
               lambda r: r.pattern.casefold()),
        Column(QT_TRANSLATE_NOOP("RulesModel", "Amount"), _amount_range,
               lambda r: r.amount_min),
        Column(QT_TRANSLATE_NOOP("RulesModel", "Category"), lambda r: display_category(r.category),
               lambda r: display_category(r.category).casefold()),
        Column(QT_TRANSLATE_NOOP("RulesModel", "Rename to"), lambda r: r.rename_to or "",
               lambda r: r.rename_to or ""),
        Column(QT_TRANSLATE_NOOP("RulesModel", "On"), _rule_state, lambda r: r.enabled,
               tooltip=_rule_problem, colour=lambda r: "#c62828" if r.problem else None),
    )  # fmt: skip


def _button(parent: QWidget, text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(text)
    button.clicked.connect(slot)
    return button


class CategoriesRulesPanel(QWidget):
    """Two tables with their actions: the category tree, then the rules in the order tried."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories = CategoriesModel(self)
        self.rules = RulesModel(self)
        self.category_table = make_table(self, self.categories, self.tr("Categories"))
        self.rule_table = make_table(self, self.rules, self.tr("Rules"), stretch=(2,))
        category_actions = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.add_category),
            (self.tr("Rename…"), self.rename_category),
            (self.tr("Move…"), self.move_category),
            (self.tr("Merge into…"), self.merge_category),
            (self.tr("Delete…"), self.delete_category),
        ):
            category_actions.addWidget(_button(self, text, slot))
        category_actions.addStretch(1)

        self.rule_pattern = QLineEdit(self)
        self.rule_pattern.setPlaceholderText(self.tr("Payee contains…"))
        self.rule_pattern.setAccessibleName(self.tr("Text the payee contains"))
        self.rule_category = QComboBox(self)
        self.rule_category.setEditable(True)
        self.rule_category.setAccessibleName(self.tr("Category the rule sets"))
        typed = QLineEdit(self.rule_category)  # the field inside, where a screen reader lands
        typed.setAccessibleName(self.rule_category.accessibleName())
        self.rule_category.setLineEdit(typed)
        self.rule_category.setMinimumContentsLength(16)
        rule_actions = QHBoxLayout()
        rule_actions.addWidget(self.rule_pattern, 1)
        rule_actions.addWidget(self.rule_category, 1)
        rule_actions.addWidget(_button(self, self.tr("Add rule"), self.add_rule))
        rule_actions.addWidget(_button(self, self.tr("Turn on/off"), self.toggle_rule))
        rule_actions.addWidget(_button(self, self.tr("Delete rule"), self.delete_rule))
        rule_actions.addWidget(_button(self, self.tr("Re-run on history"), self.rerun))

        layout = QVBoxLayout(self)
        layout.addWidget(self.category_table, 1)
        layout.addLayout(category_actions)
        layout.addWidget(self.rule_table, 1)
        layout.addLayout(rule_actions)

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: (cat_service.list_categories(store), rule_service.list_rules(store)),
            self._loaded,
        )

    def _loaded(self, result: tuple[list[CategoryView], list[RuleView]]) -> None:
        categories, rules = result
        self.categories.set_rows(categories)
        self.rules.set_rows(rules)
        current = self.rule_category.currentText()
        self.rule_category.clear()
        for path in reading_order(view.path for view in categories):
            self.rule_category.addItem(display_category(path), path)
        self.rule_category.setCurrentText(current)

    def _write(self, work: Callable[[], object], changes: Changes) -> None:
        self.ctx.tasks.run(
            lambda _p, _c: work(),
            lambda _r: self.ctx.bus.data_changed.emit(changes),
        )

    # -- categories ----------------------------------------------------------------------------

    def selected_category(self) -> str | None:
        index = self.category_table.currentIndex()
        return self.categories.row(index.row()).path if index.isValid() else None

    _CHANGES = Changes.of(bus.CATEGORIES, bus.TRANSACTIONS, bus.BUDGETS)

    def add_category(self) -> None:
        ask_text(
            self, self.tr("Add category"), self.tr("Path, e.g. Food:Takeaway"),
            self._add_category, object_name="add-category",
        )  # fmt: skip

    def _add_category(self, typed: str) -> None:
        # "饮食:外卖" or "饮食：外卖" goes under Food, the category shown as 饮食
        path = real_path(typed, [c.path for c in self.categories.rows()])
        if path:
            store = self.ctx.store
            self._write(lambda: cat_service.add_category(store, path), self._CHANGES)

    def rename_category(self) -> None:
        path = self.selected_category()
        if path is None:
            return
        ask_text(
            self, self.tr("Rename category"), self.tr("New name"),
            lambda typed: self._rename_category(path, typed.strip()),
            object_name="rename-category", text=path.split(":")[-1],
        )  # fmt: skip

    def _rename_category(self, path: str, name: str) -> None:
        if name:
            store = self.ctx.store
            self._write(lambda: cat_service.rename_category(store, path, name), self._CHANGES)

    def move_category(self) -> None:
        path = self.selected_category()
        if path is None:
            return
        ask_text(
            self, self.tr("Move category"), self.tr("New parent (empty: top level)"),
            lambda typed: self._move_category(path, typed.strip() or None),
            object_name="move-category",
        )  # fmt: skip

    def _move_category(self, path: str, parent: str | None) -> None:
        store = self.ctx.store
        self._write(lambda: cat_service.move_category(store, path, parent), self._CHANGES)

    def merge_category(self) -> None:
        path = self.selected_category()
        if path is None:
            return
        paths = reading_order(c.path for c in self.categories.rows() if c.path != path)
        ask_item(
            self, self.tr("Merge category"), self.tr("Merge into"),
            [display_category(p) for p in paths],
            lambda target: self._merge_category(path, real_path(target, paths)),
            object_name="merge-category",
        )  # fmt: skip

    def _merge_category(self, path: str, target: str) -> None:
        if target:
            store = self.ctx.store
            self._write(lambda: cat_service.merge_category(store, path, target), self._CHANGES)

    def delete_category(self) -> None:
        path = self.selected_category()
        if path is None:
            return
        paths = reading_order(c.path for c in self.categories.rows() if not c.path.startswith(path))
        leave = self.tr("(leave uncategorized)")
        ask_item(
            self, self.tr("Delete category"), self.tr("Move its transactions to"),
            [leave] + [display_category(p) for p in paths],
            lambda target: self._delete_category(
                path, None if target == leave else real_path(target, paths)
            ),
            object_name="delete-category",
        )  # fmt: skip

    def _delete_category(self, path: str, reassign: str | None) -> None:
        store = self.ctx.store
        self._write(lambda: cat_service.delete_category(store, path, reassign), self._CHANGES)

    # -- rules ---------------------------------------------------------------------------------

    def selected_rule(self) -> RuleView | None:
        index = self.rule_table.currentIndex()
        return self.rules.row(index.row()) if index.isValid() else None

    def add_rule(self) -> None:
        pattern = self.rule_pattern.text().strip()
        paths = [self.rule_category.itemData(i) for i in range(self.rule_category.count())]
        category = real_path(self.rule_category.currentText(), paths) or None
        if not pattern:
            self.ctx.bus.message.emit("info", self.tr("Type the text the payee contains."))
            return
        store = self.ctx.store
        self.rule_pattern.clear()
        self._write(
            lambda: rule_service.add_rule(store, category=category, pattern=pattern),
            Changes.of(bus.CATEGORIES),
        )

    def toggle_rule(self) -> None:
        rule = self.selected_rule()
        if rule is not None:
            store = self.ctx.store
            self._write(
                lambda: rule_service.set_rule_enabled(store, rule.id, not rule.enabled),
                Changes.of(bus.CATEGORIES),
            )

    def delete_rule(self) -> None:
        rule = self.selected_rule()
        if rule is not None:
            store = self.ctx.store
            self._write(
                lambda: rule_service.delete_rule(store, rule.id), Changes.of(bus.CATEGORIES)
            )

    def rerun(self) -> None:
        store = self.ctx.store
        self._write(lambda: rule_service.rerun_rules(store), self._CHANGES)
