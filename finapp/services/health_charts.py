"""The self-check report's charts as inline SVG, drawn with matplotlib's SVG backend.

No Qt and no file beside the page: each chart is an ``<svg>`` element written into the HTML,
its text kept as text so the browser draws it with the page's fonts.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from matplotlib import font_manager, rc_context
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from finapp.services.forecast import AccountForecast
from finapp.services.report_fonts import FONTS

#: Okabe & Ito's colour-blind-safe colours, as the app's own charts use
_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#555555")
_ENOUGH, _SHORT = "#0072B2", "#D55E00"


def _font_family() -> list[str]:
    """DejaVu first (matplotlib measures text with it), then any installed CJK font."""
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ["DejaVu Sans", *(name for name in FONTS if name in installed)]


def svg_element(fig: Figure) -> str:
    """The figure as an inline ``<svg>`` element (its XML prologue dropped).

    Text stays text (``svg.fonttype: none``): the browser draws it with the page's fonts, so
    Chinese names show even where matplotlib has no CJK font to measure them with.
    """
    out = io.StringIO()
    with warnings.catch_warnings():
        # a glyph DejaVu lacks is measured as a box; the browser draws the real one
        warnings.filterwarnings("ignore", message="Glyph .* missing", category=UserWarning)
        FigureCanvasSVG(fig).print_svg(out)  # type: ignore[no-untyped-call]  # backend unannotated
    text = out.getvalue()
    return text[text.index("<svg") :]


def _chart(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), layout="constrained")


def fund_chart(months: Decimal, target: int, words: Mapping[str, str]) -> str:
    """Months covered against the target months, as two bars."""
    with rc_context({"svg.fonttype": "none", "font.family": _font_family(), "font.size": 9}):
        fig = _chart(6.5, 1.4)
        ax = fig.add_subplot()
        ax.barh([words["target"], words["covered"]], [target, float(months)],
                color=["#c9ced8", _ENOUGH if months >= target else _SHORT])  # fmt: skip
        ax.set_xlabel(words["months"])
        ax.set_xlim(0, max(float(months), target) * 1.1 or 1)
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        return svg_element(fig)


def forecast_chart(
    forecasts: Sequence[AccountForecast], words: Mapping[str, str], account: Callable[[str], str]
) -> str:
    """One line per account on its own axes (its own currency and scale), the threshold
    dashed in its colour, the lowest point marked with its amount; the days between the
    statements' end and today dotted and faint, today a grey line. ``account`` names an
    account in the report's language."""
    with rc_context({"svg.fonttype": "none", "font.family": _font_family(), "font.size": 8}):
        fig = _chart(7.5, 1.9 * len(forecasts) + 0.4)
        axes = fig.subplots(len(forecasts), 1, sharex=True, squeeze=False)[:, 0]
        for n, (ax, one) in enumerate(zip(axes, forecasts, strict=True)):
            colour = _COLOURS[n % len(_COLOURS)]
            today = one.today or one.daily[0].date
            past = [d for d in one.daily if d.date <= today]
            ahead = [d for d in one.daily if d.date >= today]
            if one.estimated:  # statements not imported yet: estimated, faint, today marked
                ax.plot(
                    [d.date for d in past],
                    [float(d.balance) for d in past],
                    color=colour,
                    linestyle=":",
                    alpha=0.55,
                )
                ax.axvline(today, color="#888888", linewidth=1)
            ax.plot([d.date for d in ahead], [float(d.balance) for d in ahead], color=colour,
                    label=account(one.account))  # fmt: skip
            if one.threshold is not None:
                ax.axhline(float(one.threshold), color=colour, linestyle="--", linewidth=1,
                           label=f"{account(one.account)} {words['threshold']}")  # fmt: skip
            if one.lowest is not None and one.lowest_on is not None:
                ax.plot([one.lowest_on], [float(one.lowest)], "o", color=colour)
                ax.annotate(f"{words['lowest']} {one.lowest}", (one.lowest_on, float(one.lowest)),
                            textcoords="offset points", xytext=(0, -12), ha="center",
                            fontsize=7)  # fmt: skip
            ax.set_ylabel(one.currency)
            ax.margins(y=0.3)
            # beside the plot, never over its line
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=7)
            ax.grid(True, color="#e1e4ea")
            for spine in ("top", "right"):
                ax.spines[spine].set_visible(False)
        fig.autofmt_xdate()
        return svg_element(fig)
