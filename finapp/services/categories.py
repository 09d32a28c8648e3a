"""The category tree: paths such as ``Food:Groceries`` mapped to rows."""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import NotRequired, TypedDict

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.orm import Session

from finapp.core.category_kinds import CategoryKind
from finapp.core.choices import CATEGORY_KINDS as KINDS
from finapp.errors import InvalidInputError, NotFoundError, Problem
from finapp.services.category_removal import BudgetDropped, Removed, budget_of, dropped, rules_into
from finapp.services.undoable import undoable
from finapp.store.category_lines import SPLIT_SOURCE, category_sums, filed_in
from finapp.store.category_paths import SEPARATOR as SEPARATOR  # for the path's readers
from finapp.store.category_paths import paths_by_id
from finapp.store.engine import Store
from finapp.store.schema import Alert, Budget, Category, Rule, Transaction, TransactionSplit


def split_path(path: str) -> list[str]:
    parts = [part.strip() for part in path.split(SEPARATOR)]
    if not path.strip() or any(not part for part in parts):
        english = f"Not a category path: {path!r} (expected e.g. Food:Groceries)"
        raise InvalidInputError(Problem("category.bad_path", english, value=path))
    return parts


#: the longest name of one level: a name is read in lists, tables and the report's columns
MAX_NAME = 60


def checked_name(name: str) -> str:
    """``name`` trimmed, as a new category (or a renamed one) is called; refuses a ':', a tab or
    other control character (invisible in a list, and a table's columns break on it) and a name
    longer than :data:`MAX_NAME`."""
    trimmed = name.strip()
    if not trimmed or SEPARATOR in trimmed:
        english = f"Not a category name: {name!r} (no ':' inside)"
        raise InvalidInputError(Problem("category.bad_name", english, value=name))
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in trimmed):
        english = f"Not a category name: {name!r} (no tab, line break or control character)"
        raise InvalidInputError(Problem("category.control_character", english, value=name))
    if len(trimmed) > MAX_NAME:
        length = len(trimmed)
        english = (
            f"A category name is at most {MAX_NAME} characters; {trimmed[:20]!r}… has {length}"
        )
        raise InvalidInputError(
            Problem("category.name_too_long", english, limit=MAX_NAME, length=length)
        )
    return trimmed


def category_paths(session: Session) -> dict[int, str]:
    """Every category's full path, by id."""
    rows = session.execute(select(Category.id, Category.name, Category.parent_id))
    return paths_by_id(rows)


def _child(session: Session, parent: Category | None, name: str) -> Category | None:
    """``parent``'s sub-category called ``name``, whatever its case: "food:groceries" is the
    user's Food:Groceries, not a second tree that no budget or rule covers. An exact match
    wins over one differing in case (a store may hold both, from before)."""
    query = select(Category).where(
        Category.parent_id.is_(None) if parent is None else Category.parent_id == parent.id
    )
    wanted = name.casefold()
    same = [row for row in session.scalars(query) if row.name.casefold() == wanted]
    return next((row for row in same if row.name == name), same[0] if same else None)


def find_category(session: Session, path: str) -> Category | None:
    """The category at ``path``, or None."""
    found: Category | None = None
    for name in split_path(path):
        found = _child(session, found, name)
        if found is None:
            return None
    return found


def ensure_category(session: Session, path: str, kind: str | None = None) -> Category:
    """The category at ``path`` (matched whatever its case), created with its missing parents
    when new."""
    parent: Category | None = None
    for name in split_path(path):
        found = _child(session, parent, name)
        if found is None:
            found = Category(
                name=checked_name(name),
                parent_id=None if parent is None else parent.id,
                kind=kind or (parent.kind if parent is not None else CategoryKind.EXPENSE),
            )
            session.add(found)
            session.flush()
        parent = found
    assert parent is not None
    return parent


class CategoryNode(TypedDict):
    """One category of the shipped tree; ``kind`` is left out for an expense."""

    path: str
    kind: NotRequired[str]


def load_default_tree() -> list[CategoryNode]:
    """The shipped category tree (``resources/categories.json``)."""
    text = resources.files("finapp.resources").joinpath("categories.json").read_text("utf-8")
    tree: list[CategoryNode] = json.loads(text)["categories"]
    return tree


def seed_default_categories(session: Session) -> None:
    """Create the shipped tree in a new store (parents are listed before their children).

    Each category is one SQL insert, not an object the session flushes on its own: a child needs
    its parent's id, so the rows are written one by one either way, and a flush for each of the
    tree's sixty categories cost a new store a hundredth of a second."""
    conn = session.connection()
    ids: dict[str, int] = {}
    for node in load_default_tree():
        parts = split_path(node["path"])
        parent = SEPARATOR.join(parts[:-1])
        added = conn.execute(
            insert(Category).values(
                name=parts[-1],
                parent_id=ids[parent] if parent else None,
                kind=node.get("kind", CategoryKind.EXPENSE),
            )
        )
        ids[node["path"]] = added.lastrowid


# --- editing the tree -------------------------------------------------------------------------
# Every edit runs in one write transaction: a refused edit (a name clash, a cycle) changes nothing.


@dataclass(frozen=True, slots=True)
class CategoryView:
    id: int
    path: str
    kind: str
    transactions: int


def list_categories(store: Store) -> list[CategoryView]:
    """Every category with how many transactions it holds directly (a split line in each of
    its parts' categories), sorted by path."""
    with store.read() as session:
        paths = category_paths(session)
        lines = category_sums(  # a split line in each of its parts' categories
            lambda line: (line.category_id,), measure=lambda line: func.count(line.id.distinct())
        )
        counts: dict[int, int] = {cid: count for cid, count in session.execute(lines)}
        kinds = dict(session.execute(select(Category.id, Category.kind)).all())
        return sorted(
            (
                CategoryView(cid, path, kinds[cid], counts.get(cid, 0))
                for cid, path in paths.items()
            ),
            key=lambda v: v.path.casefold(),
        )


def require_category(session: Session, path: str) -> Category:
    found = find_category(session, path)
    if found is None:
        raise NotFoundError(Problem("category.missing", f"No category {path!r}", category=path))
    return found


def _check_free(
    session: Session, parent: Category | None, name: str, row: Category | None = None
) -> None:
    """Refuse ``name`` under ``parent`` when another category there has it, whatever its case
    (``row`` itself may take it: a rename that only changes the case)."""
    twin = _child(session, parent, name)
    if twin is not None and twin is not row:
        if parent is None:
            english = f"A category {name!r} already exists at the top"
            raise InvalidInputError(Problem("category.exists_at_top", english, name=name))
        above = category_paths(session)[parent.id]
        english = f"A category {name!r} already exists under {above!r}"
        raise InvalidInputError(
            Problem("category.exists_under", english, name=name, category=above)
        )


@undoable("category_add", lambda new, *_, **__: {"category": new})
def add_category(store: Store, path: str, kind: str | None = None) -> str:
    """Add a category (and missing parents); refuses one that exists."""
    with store.write() as session:
        found = find_category(session, path)
        if found is not None:  # named as it is, which may differ from ``path`` in case
            existing = category_paths(session)[found.id]
            english = f"Category {existing!r} already exists"
            raise InvalidInputError(Problem("category.exists", english, category=existing))
        if kind is not None and kind not in KINDS:
            raise InvalidInputError(f"Unknown kind {kind!r} (one of {', '.join(KINDS)})")
        row = ensure_category(session, path, kind)
        return category_paths(session)[row.id]


@undoable("category_rename", lambda new, _store, path, *_, **__: {"category": path, "name": new})
def rename_category(store: Store, path: str, new_name: str) -> str:
    """Give a category a new name in place; its sub-categories follow. Returns the new path."""
    name = checked_name(new_name)
    with store.write() as session:
        row = require_category(session, path)
        if name != row.name:
            _check_free(session, row.parent, name, row)
            row.name = name
            session.flush()
        return category_paths(session)[row.id]


class CategoryTree:
    """The categories' parent links, read once, for finding many sub-trees."""

    def __init__(self, rows: Iterable[tuple[int, int | None]]) -> None:
        self._children: dict[int | None, list[int]] = defaultdict(list)
        for cid, parent_id in rows:
            self._children[parent_id].append(cid)

    def subtree(self, root_id: int) -> set[int]:
        """A category's id with the ids of all its sub-categories."""
        found, todo = set(), [root_id]
        while todo:
            cid = todo.pop()
            found.add(cid)
            todo.extend(self._children.get(cid, ()))
        return found


def category_tree(session: Session) -> CategoryTree:
    return CategoryTree(session.execute(select(Category.id, Category.parent_id)))


def descendants(session: Session, root_id: int) -> set[int]:
    """A category's id with the ids of all its sub-categories."""
    return category_tree(session).subtree(root_id)


@undoable("category_move", lambda new, _store, path, *_, **__: {"category": path, "name": new})
def move_category(store: Store, path: str, new_parent: str | None) -> str:
    """Move a category (with its sub-categories) under ``new_parent``, or to the top if None."""
    with store.write() as session:
        row = require_category(session, path)
        parent = require_category(session, new_parent) if new_parent else None
        if parent is not None and parent.id in descendants(session, row.id):
            english = f"Cannot move {path!r} under itself"
            raise InvalidInputError(Problem("category.move_into_itself", english, category=path))
        if (parent.id if parent else None) != row.parent_id:
            _check_free(session, parent, row.name)
            row.parent_id = parent.id if parent else None
            session.flush()
        return category_paths(session)[row.id]


def _merge(
    session: Session, source: Category, target: Category, paths: dict[int, str]
) -> list[BudgetDropped]:
    """Everything of ``source`` goes to ``target``; same-named sub-categories merge too.
    Returns the budgets dropped because their target keeps its own (``paths``: as before)."""
    lost: list[BudgetDropped] = []
    for child in session.scalars(select(Category).where(Category.parent_id == source.id)).all():
        twin = _child(session, target, child.name)
        if twin is None:
            child.parent_id = target.id
            session.flush()
        else:
            lost += _merge(session, child, twin, paths)
    for filed in (Transaction, TransactionSplit):  # a split line's parts are filed too
        session.execute(
            update(filed).where(filed.category_id == source.id).values(category_id=target.id)
        )
    session.execute(  # the bank's word files the line where rules do not: it follows too
        update(Transaction)
        .where(Transaction.bank_category_id == source.id)
        .values(bank_category_id=target.id)
    )
    session.execute(update(Rule).where(Rule.category_id == source.id).values(category_id=target.id))
    own = budget_of(session, source.id)
    if own is not None and budget_of(session, target.id) is None:
        session.execute(
            update(Budget).where(Budget.category_id == source.id).values(category_id=target.id)
        )
    elif own is not None:  # goes with ``source``: named, not added (category_removal says why)
        lost.append(dropped(own, paths[source.id], paths[target.id]))
    session.execute(
        update(Alert).where(Alert.category_id == source.id).values(category_id=target.id)
    )
    session.delete(source)
    session.flush()
    return lost


def _merged(session: Session, source: Category, target: Category, subtree: set[int]) -> Removed:
    """Fold ``source`` (whose sub-tree is ``subtree``) into ``target``, saying what moved."""
    moved = session.scalar(select(func.count()).where(filed_in(subtree))) or 0
    lost = _merge(session, source, target, category_paths(session))
    return Removed(category_paths(session)[target.id], moved, tuple(lost))


@undoable(
    "category_merge",
    lambda into, _store, path, *_, **__: {"category": path, "target": into.path},
)
def merge_category(store: Store, source: str, target: str) -> Removed:
    """Fold ``source`` into ``target``: its transactions, rules, budget and sub-categories. A
    budget goes to ``target`` unless it has its own: that one is kept, the other named."""
    with store.write() as session:
        src, dst = require_category(session, source), require_category(session, target)
        subtree = descendants(session, src.id)
        if dst.id in subtree:
            english = f"Cannot merge {source!r} into itself or its own part"
            raise InvalidInputError(Problem("category.merge_into_itself", english, category=source))
        return _merged(session, src, dst, subtree)


@undoable("category_delete", lambda _removed, _store, path, *_, **__: {"category": path})
def delete_category(store: Store, path: str, reassign_to: str | None = None) -> Removed:
    """Delete a category; its transactions move to ``reassign_to`` or become uncategorized.

    Says how many transactions were affected and what else went: without ``reassign_to`` its
    budget and the rules filing into it; with it, as :func:`merge_category`. A category with
    sub-categories is only deleted with a reassignment target, so nothing disappears by surprise.
    """
    with store.write() as session:
        row = require_category(session, path)
        subtree = descendants(session, row.id)
        if reassign_to:
            target = require_category(session, reassign_to)
            if target.id in subtree:
                english = f"Cannot reassign {path!r} to itself or its own part"
                problem = Problem("category.reassign_to_itself", english, category=path)
                raise InvalidInputError(problem)
            return _merged(session, row, target, subtree)
        if len(subtree) > 1:
            english = (
                f"{path!r} has sub-categories: move them first or give a category to reassign to"
            )
            raise InvalidInputError(Problem("category.has_children", english, category=path))
        affected = session.scalar(select(func.count()).where(filed_in(subtree))) or 0
        named = category_paths(session)[row.id]
        budget = budget_of(session, row.id)  # the budget and rules go with it (the cascade)
        lost = () if budget is None else (dropped(budget, named),)
        rules = rules_into(session, row.id)
        # a split line stays split: its part filed here becomes uncategorized (the parts'
        # foreign key sets it so), and so does the line itself when this was its largest part's
        kept = case((Transaction.category_source == SPLIT_SOURCE, SPLIT_SOURCE), else_=None)
        session.execute(
            update(Transaction)
            .where(Transaction.category_id == row.id)
            .values(category_id=None, category_source=kept)
        )
        session.delete(row)
        return Removed(named, affected, lost, rules)
