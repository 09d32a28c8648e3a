"""A store made for a recipe is made once, and every test that asks for it works on its own copy."""

from __future__ import annotations

from pathlib import Path

from tests.made_stores import copy_made


def test_a_recipe_is_made_once_and_each_copy_is_the_tests_own(tmp_path: Path) -> None:
    made: list[Path] = []

    def make(folder: Path) -> None:
        folder.mkdir()
        (folder / "store.db").write_text("as made", encoding="utf-8")
        made.append(folder)

    recipe = ("a recipe of this test", tmp_path)
    copy_made(tmp_path / "first", recipe, make)
    (tmp_path / "first" / "store.db").write_text("changed by the first test", encoding="utf-8")
    copy_made(tmp_path / "second", recipe, make)
    assert len(made) == 1 and made[0].parent.is_dir()  # a folder of its own for statements
    assert (tmp_path / "second" / "store.db").read_text(encoding="utf-8") == "as made"

    copy_made(tmp_path / "third", ("another recipe of this test", tmp_path), make)
    assert len(made) == 2
