"""A damaged MT940 file is read or refused with the MT940 reader's own reason, never a crash."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from finapp.importers.mt940 import Mt940ReadError, looks_like_mt940, read_mt940

_FILES = [
    (Path(__file__).parent / "mt940" / name).read_bytes()
    for name in ("sparkasse_de.sta", "blocks_hsbc.sta", "ing_nl.sta")
]
_BITS = st.sampled_from(
    [
        ":61:",
        ":86:",
        ":62F:",
        ":25:",
        ":20:",
        "?32",
        "?2",
        "/REMI/",
        "/NAME/",
        "//",
        "C",
        "RD",
        "2402",
        "30",
        "1231",
        ",",
        "12,345",
        "EUR",
        "JPY",
        "\n",
        "\r\n",
        "-}",
        "{4:",
        "²",
        "ü",
        " ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    which=st.sampled_from(range(len(_FILES))),
    cut=st.integers(min_value=0, max_value=2_000),
    insert=st.lists(_BITS, max_size=8),
    rest=st.integers(min_value=0, max_value=2_000),
)
def test_cut_and_spliced_files_read_or_refuse_with_a_reason(
    which: int, cut: int, insert: list[str], rest: int
) -> None:
    original = _FILES[which]
    data = original[:cut] + "".join(insert).encode("utf-8") + original[cut + rest :]
    if not looks_like_mt940(data):
        return  # another reader's file now; the registry's own tests cover those
    try:
        parsed = read_mt940("f.sta", data)
    except Mt940ReadError as exc:
        assert exc.reason and (exc.line is None or exc.line >= 1)
        return
    for statement in parsed.statements:
        for txn in statement.transactions:
            assert txn.amount.is_finite() and 1900 <= txn.posted.year <= 2199
