"""The import summary window shows what lenient reading repaired under the file it repaired."""

from __future__ import annotations

from pathlib import Path

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.services.imports import import_files

LENIENT = Path(__file__).parent / "ofx_lenient"


def test_summary_lists_each_files_repairs_under_it(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    files = [LENIENT / "br_card_banktranlist_unclosed.ofx", LENIENT / "element_end_tags_mixed.ofx"]
    dialog = ImportSummaryDialog(import_files(store, files))
    qtbot.addWidget(dialog)
    card, plain = (dialog.tree.topLevelItem(i) for i in range(2))
    card_lines = [card.child(i).text(0) for i in range(card.childCount())]
    assert card_lines[-1] == (
        "Repaired: <BANKTRANLIST> of account 5162730011924417 was never closed; read up to "
        "<LEDGERBAL> (line 58)"
    )
    assert not any(plain.child(i).text(0).startswith("Repaired") for i in range(plain.childCount()))
