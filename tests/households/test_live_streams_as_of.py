"""Issue 14, done when: a household whose statements end a month before the day asked shows
no lapsed live stream."""

from __future__ import annotations

from pathlib import Path

from finapp.services.subscriptions import list_subscriptions
from tests.households.generator import generate
from tests.households.support import imported, owners, stream_of


def test_a_month_after_the_data_live_streams_stay_active(tmp_path: Path) -> None:
    hh = generate(21, months=6, noise=0.3)
    store, _ = imported(hh, tmp_path)
    try:
        owner = owners(hh, store)
        live = {s.name for s in hh.detectable() if s.live}
        judged = [
            (name, sub.status, sub.flags)
            for sub in list_subscriptions(store, hh.as_of)
            if (name := stream_of(sub.transaction_ids, owner)) in live
        ]
        assert len(judged) >= len(live) - 2, judged  # found at all (Gas may be missed)
        lapsed = [j for j in judged if j[1] != "active" or "lapsed" in j[2]]
        assert lapsed == [], f"{len(lapsed)} live streams lapsed: {lapsed}"
    finally:
        store.close()
