"""Every category kind can be chosen, is kept and is worded: a kind cannot be added half-done.

The checks run over every :class:`CategoryKind` member, so a new kind that the CLI would refuse,
the service would not keep, or the Settings page would show as its raw code fails here.
"""

from __future__ import annotations

import pytest

from finapp.cli.main import build_parser
from finapp.core.category_kinds import CategoryKind
from finapp.gui.pages.settings_categories import CategoriesModel
from finapp.services import categories as cats
from finapp.services.categories import CategoryView
from finapp.store.engine import Store


@pytest.mark.parametrize("kind", list(CategoryKind))
def test_the_command_line_offers_each_kind(kind: CategoryKind) -> None:
    args = build_parser("categories").parse_args(["categories", "add", "Gifts", "--kind", kind])
    assert args.kind == kind.value


def test_the_command_line_refuses_a_kind_naming_the_words_it_takes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The refusal quotes the kinds as the user types them, not as the program names them."""
    with pytest.raises(SystemExit):
        build_parser("categories").parse_args(["categories", "add", "Gifts", "--kind", "gift"])
    said = capsys.readouterr().err
    assert "'expense', 'income', 'transfer'" in said
    assert "CategoryKind" not in said


@pytest.mark.parametrize("kind", list(CategoryKind))
def test_a_category_of_each_kind_is_kept_and_read_back(store: Store, kind: CategoryKind) -> None:
    cats.add_category(store, "Gifts", kind)
    cats.add_category(store, "Gifts:Birthdays")  # a sub-category takes its parent's kind
    kinds = {v.path: v.kind for v in cats.list_categories(store)}
    assert kinds["Gifts"] == kinds["Gifts:Birthdays"] == kind.value


def test_the_settings_page_words_every_kind(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each kind has a word of its own in the Categories table, not its stored code."""
    model = CategoriesModel()
    model.set_rows([CategoryView(n, f"C{n}", kind, 0) for n, kind in enumerate(CategoryKind)])
    shown = [model.data(model.index(row, 1)) for row in range(len(CategoryKind))]
    assert all(word != kind.value for word, kind in zip(shown, CategoryKind, strict=True))
    assert len(set(shown)) == len(CategoryKind)
    assert shown[list(CategoryKind).index(CategoryKind.EXPENSE)] == "Spending"
