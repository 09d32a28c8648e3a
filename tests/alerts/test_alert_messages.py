"""Every alert kind has an English sentence made from its facts."""

from __future__ import annotations

from finapp.core.alert_messages import _SENTENCES
from finapp.core.alerts import Kind


def test_every_kind_has_a_sentence() -> None:
    assert set(_SENTENCES) == {kind.value for kind in Kind}
