"""Fonts of the self-check report: its page and its charts name the same ones."""

#: fonts that show both Latin and Chinese text, tried in order
FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
         "WenQuanYi Micro Hei", "Noto Sans SC", "SimHei")  # fmt: skip
