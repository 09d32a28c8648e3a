"""Britain's phone networks are named as their bills print them: "O2 UK" is O2, not "UK" (a
letter and a digit were read as a reference, and the network's bill became a merchant called
UK), and "EE" is EE, not "Ee"."""

from __future__ import annotations

from finapp.core.display_names import shipped_namer
from finapp.core.merchant import merchant_key


def test_o2_and_ee_are_named_as_printed() -> None:
    namer = shipped_namer()
    assert (merchant_key("O2 UK"), namer.name("O2 UK", "")) == ("O2 UK", "O2 UK")
    assert merchant_key("O2 UK") != merchant_key("VIRGIN MEDIA UK")
    assert namer.name("EE", "") == "EE"
    assert namer.name("EE LIMITED", "") == "EE Limited"
    # a reference stays no part of a name
    assert merchant_key("AMZN MKTP UK*2K4RT1") == merchant_key("AMZN MKTP UK*9QX77A")
