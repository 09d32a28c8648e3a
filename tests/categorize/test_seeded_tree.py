"""A new store's categories are the shipped tree (``resources/categories.json``): each under its
parent, of its kind, in the order the file lists them. The seeding writes them as SQL rows rather
than ORM objects, and must still give the tree the file describes."""

from __future__ import annotations

from sqlalchemy import select

from finapp.core.category_kinds import CategoryKind
from finapp.services.categories import category_paths, load_default_tree
from finapp.store.engine import Store
from finapp.store.schema import Category


def test_a_new_store_holds_the_shipped_tree_in_the_files_order(store: Store) -> None:
    tree = load_default_tree()
    with store.read() as session:
        paths = category_paths(session)
        rows = session.execute(select(Category.id, Category.kind).order_by(Category.id)).all()
    assert [paths[cid] for cid, _ in rows] == [node["path"] for node in tree]
    assert [kind for _, kind in rows] == [node.get("kind", CategoryKind.EXPENSE) for node in tree]
    assert [cid for cid, _ in rows] == list(range(1, len(tree) + 1))
