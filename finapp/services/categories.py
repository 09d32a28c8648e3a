"""The category tree: paths such as ``Food:Groceries`` mapped to rows."""

from __future__ import annotations

import json
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.errors import InvalidInputError
from finapp.store.schema import Category

SEPARATOR = ":"


def split_path(path: str) -> list[str]:
    parts = [part.strip() for part in path.split(SEPARATOR)]
    if not path.strip() or any(not part for part in parts):
        raise InvalidInputError(f"Not a category path: {path!r} (expected e.g. Food:Groceries)")
    return parts


def category_paths(session: Session) -> dict[int, str]:
    """Every category's full path, by id."""
    rows = session.execute(select(Category.id, Category.name, Category.parent_id)).all()
    by_id = {row.id: row for row in rows}
    paths: dict[int, str] = {}

    def path_of(cid: int) -> str:
        if cid not in paths:
            row = by_id[cid]
            paths[cid] = (
                row.name if row.parent_id is None else path_of(row.parent_id) + SEPARATOR + row.name
            )
        return paths[cid]

    for cid in by_id:
        path_of(cid)
    return paths


def _child(session: Session, parent: Category | None, name: str) -> Category | None:
    query = select(Category).where(Category.name == name)
    query = query.where(
        Category.parent_id.is_(None) if parent is None else Category.parent_id == parent.id
    )
    return session.scalars(query).first()


def find_category(session: Session, path: str) -> Category | None:
    """The category at ``path``, or None."""
    found: Category | None = None
    for name in split_path(path):
        found = _child(session, found, name)
        if found is None:
            return None
    return found


def ensure_category(session: Session, path: str, kind: str | None = None) -> Category:
    """The category at ``path``, created with its missing parents when new."""
    parent: Category | None = None
    for name in split_path(path):
        found = _child(session, parent, name)
        if found is None:
            found = Category(
                name=name,
                parent_id=None if parent is None else parent.id,
                kind=kind or (parent.kind if parent is not None else "expense"),
            )
            session.add(found)
            session.flush()
        parent = found
    assert parent is not None
    return parent


def load_default_tree() -> list[dict]:
    """The shipped category tree (``resources/categories.json``)."""
    text = resources.files("finapp.resources").joinpath("categories.json").read_text("utf-8")
    return json.loads(text)["categories"]


def seed_default_categories(session: Session) -> None:
    for node in load_default_tree():
        ensure_category(session, node["path"], node.get("kind", "expense"))
