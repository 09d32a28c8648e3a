"""Chart fonts that can draw Chinese: payees from Alipay, WeChat Pay and Chinese banks, and the
zh_CN interface, appear in chart labels whatever the interface language.

matplotlib (3.6+) falls back glyph by glyph along the families of ``font.family``; its default
has no CJK font, so the first installed of the common ones of each platform is appended.
"""

from __future__ import annotations

#: Linux (WenQuanYi, Noto/Source Han), Windows (Microsoft YaHei, SimHei), macOS (PingFang)
CJK_FALLBACKS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
)


def add_cjk_fallbacks() -> None:
    """Let charts fall back to an installed CJK font for characters the default font lacks."""
    import logging

    import matplotlib
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    fallback = next((f for f in CJK_FALLBACKS if f in installed), None)
    if fallback is None:
        return
    # CJK fonts often lack a bold face; matplotlib's "using 400 instead" note is expected
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    families = list(matplotlib.rcParams["font.family"])
    if fallback not in families:
        matplotlib.rcParams["font.family"] = [*families, fallback]
