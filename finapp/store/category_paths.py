"""Category paths (``Food:Groceries``) from the rows of the category tree.

The one definition of a path, used by :func:`finapp.services.categories.category_paths` and by
readers written in SQL alone (``finapp transactions --json``), which read the rows with
:func:`read_category_paths` and so need no ORM.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

#: between a parent's name and its child's in a path
SEPARATOR = ":"


def paths_by_id(rows: Iterable[tuple[int, str, int | None]]) -> dict[int, str]:
    """Every category's full path, by id, from its (id, name, parent id) rows."""
    by_id = {cid: (name, parent) for cid, name, parent in rows}
    paths: dict[int, str] = {}

    def path_of(cid: int) -> str:
        if cid not in paths:
            name, parent = by_id[cid]
            paths[cid] = name if parent is None else path_of(parent) + SEPARATOR + name
        return paths[cid]

    for cid in by_id:
        path_of(cid)
    return paths


def read_category_paths(conn: Connection) -> dict[int, str]:
    """Every category's full path, by id, read on ``conn``."""
    rows = conn.exec_driver_sql("SELECT id, name, parent_id FROM categories")
    return paths_by_id(rows)
