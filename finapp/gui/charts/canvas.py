"""A matplotlib canvas that follows the Qt palette, shows values on hover and reports clicks.

One :class:`Figure` per chart widget (never ``pyplot``: no global state, no stray windows).
Draw functions in :mod:`finapp.gui.charts.plots` return :class:`~finapp.gui.charts.plots.Hit` s;
the canvas turns mouse motion into an annotation with the hit's label and a click into
:attr:`ChartCanvas.clicked` carrying the hit's drill-down filters. The keyboard does the same:
Tab stops on a chart (a focus frame shows it), the arrow keys (and Home, End) step from value to
value showing each one's label as hovering does and giving it to a screen reader, and Return
opens what a click would open.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Collection, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import matplotlib
from matplotlib import font_manager
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Wedge
from matplotlib.text import Annotation
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMetaMethod, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from finapp.gui.charts.plots import Hit
from finapp.gui.charts.theme import Theme
from finapp.gui.currency_words import currency_word
from finapp.gui.models.formatting import format_date, format_money, format_short_month

#: draw(fig, data, theme) -> hits
DrawFn = Callable[[Figure, Any, Theme], list[Hit]]

#: fonts with Chinese preferred for charts, in order, when installed
PREFERRED_CHINESE_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                           "Microsoft YaHei", "PingFang SC", "Heiti SC", "SimHei")  # fmt: skip
#: at most this many fonts to fall back to: each is opened for every text drawn
MAX_FALLBACK_FONTS = 2


def chinese_fallback(chinese_families: Iterable[str], loadable: Collection[str]) -> list[str]:
    """The fonts charts fall back to for glyphs DejaVu lacks: the preferred ones installed,
    then any other the desktop says writes Chinese (a Linux desktop may have only Droid Sans
    Fallback or WenQuanYi Zen Hei), of those matplotlib can open."""
    wanted = dict.fromkeys([*PREFERRED_CHINESE_FONTS, *chinese_families])
    return [name for name in wanted if name in loadable][:MAX_FALLBACK_FONTS]


def fonts_matplotlib_opens(wanted: Collection[str]) -> set[str]:
    """The names of the fonts matplotlib can open. Its list of them is cached from its first
    run: when it has none of ``wanted`` (a font with Chinese installed since), the font files
    added since are read into it (25 ms here), for this run of the app."""
    manager = font_manager.fontManager
    names = {font.name for font in manager.ttflist}
    if not wanted or not names.isdisjoint(wanted):
        return names
    known = {font.fname for font in manager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                manager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue  # a file FreeType cannot read is no font to fall back to
    return {font.name for font in manager.ttflist}


@functools.cache
def use_chinese_fallback() -> None:
    """Let matplotlib fall back (3.6+) to an installed font with Chinese, so 饮食 or 支付宝 in a
    chart never render as empty boxes where the widgets beside it show them. Asks Qt's font
    database which fonts write Chinese, so it needs the application, and runs once."""
    writing = QFontDatabase.WritingSystem
    families = [
        *QFontDatabase.families(writing.SimplifiedChinese),
        *QFontDatabase.families(writing.TraditionalChinese),
    ]
    fallback = chinese_fallback(families, fonts_matplotlib_opens(families))
    if fallback:  # fallback works across an explicit family list, not within "sans-serif"
        matplotlib.rcParams["font.family"] = ["DejaVu Sans", *fallback]


def theme_from_palette(palette: QPalette) -> Theme:
    """Chart colours taken from the widget palette, so a dark desktop gets dark charts."""
    role = QPalette.ColorRole
    window = palette.color(role.Window)
    dark = window.lightness() < 128
    return Theme(
        background=window.name(),
        foreground=palette.color(role.WindowText).name(),
        grid=palette.color(role.Mid).name(),
        tooltip_bg=palette.color(role.ToolTipBase).name(),
        tooltip_fg=palette.color(role.ToolTipText).name(),
        dark=dark,
        money=format_money,
        month=_month_label,
        locale=QLocale().name(),
        signed=_signed_money,
        month_year=_month_year,
        day=format_date,
        currency_name=currency_word,
    )


def _month_year(month: str) -> str:
    """ "Mar 2025" in English, "2025年3月" in Chinese, for a hover label."""
    year, number = month.split("-")
    return format_short_month(date(int(year), int(number), 1))


def _signed_money(number: str, negative: bool, currency: str) -> str:
    """A chart's number ("1.5K", "1.5万") as money, its symbol and sign placed as every other
    amount in the app shows them (CLDR would write "US$" in Chinese)."""
    return format_money(Decimal(-1 if negative else 1), currency).replace("1", number, 1)


def _month_label(month: int) -> str:
    """ "Nov" in English, "11月" in Chinese: the locale's short month name."""
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat)


#: how many of a chart's values its accessible description reads out
_DESCRIBED = 24


class _PageCanvas(FigureCanvasQTAgg):
    """matplotlib's Qt canvas, the wheel left to the page the chart sits on.

    matplotlib takes every wheel event for its ``scroll_event``, which no chart here listens to
    (none zooms or pans): charts cover most of the dashboard, so the page would not scroll under
    the pointer. A chart that comes to use the wheel overrides this for itself.
    """

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # Qt hands an ignored wheel event on to the parents: the scroll area


class ChartCanvas(QWidget):
    """A titled chart; ``set_data`` redraws it with the current palette."""

    #: the drill-down filters of the bar or slice clicked
    clicked = Signal(object)

    def __init__(self, draw: DrawFn, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_chinese_fallback()
        self._draw = draw
        self._data: Any = None
        self.hits: list[Hit] = []
        self.figure = Figure(figsize=(4, 3), layout="constrained")
        self.canvas = _PageCanvas(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(220)
        self.setAccessibleName(accessible_name)
        self.canvas.setAccessibleName(accessible_name)
        # the chart itself takes the keyboard (see keyPressEvent); the picture inside never does
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        #: the value the arrow keys are on (an index into ``hits``), None before the first key
        self.chosen: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)  # room for the focus frame around the picture
        layout.addWidget(self.canvas)
        self._annotation: Annotation | None = None
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        #: the width the chart was last drawn at: a legend's columns are laid out for it
        self._drawn_width = 0
        #: data came while the chart was off screen: it is plotted once shown, at its real size
        self._unplotted = False
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)  # once the user stops dragging the window's edge
        # a plain callable, not the bound method: PySide looks a bound method up as a slot of
        # the chart when the timer fires, and a chart on its way out (a page closed within
        # 150 ms of a resize) raised "Slot 'ChartCanvas::' not found" into the event loop
        self._resized.timeout.connect(lambda: self._redraw_if_wider_or_narrower())

    def set_data(self, data: Any) -> None:
        """Draw ``data``; the same data again (a reload that changed nothing) is not redrawn."""
        if self._data is not None and data == self._data:
            return
        self._data = data
        self._plot_when_seen()

    def _plot_when_seen(self) -> None:
        """Plot now if the chart is on screen, else once it is shown: a chart off screen (its
        page built, not yet laid out, or another page in front) would be plotted at a size
        it is never seen at, and again when shown."""
        if not self.isVisible():
            self._unplotted = True
            return
        self._lay_out_first()
        self.redraw()

    def _lay_out_first(self) -> None:
        """Apply the layout changes Qt has queued, so the chart is plotted once, at the size it
        is seen at: a figure set beside it (a headline's longer amount) may widen its column
        and resize the chart. Such a change climbs one parent per round of queued events,
        hence a round per parent up to the window."""
        parent = self.parentWidget()
        while parent is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            parent = parent.parentWidget()

    def redraw(self) -> None:
        self._unplotted = False
        theme = theme_from_palette(self.palette())
        self._drawn_width = self.canvas.width()
        self.figure.clear()
        self.figure.set_facecolor(theme.background)
        self.hits = self._draw(self.figure, self._data, theme)
        self.chosen = None  # the values are new: the arrow keys start again from the first
        # a screen reader cannot see the picture: the values are its description (the arrow
        # keys then read them one at a time, see choose)
        described = "; ".join(hit.label.replace("\n", " ") for hit in self.hits[:_DESCRIBED])
        self.canvas.setAccessibleDescription(described)
        self.setAccessibleDescription(described)
        axes = self.figure.axes[0] if self.figure.axes else self.figure.add_subplot()
        annotation = axes.annotate(
            "",
            xy=(0, 0),
            xytext=(12, 12),
            textcoords="offset points",
            color=theme.tooltip_fg,
            fontsize=9,
            bbox={"boxstyle": "round,pad=0.4", "fc": theme.tooltip_bg, "ec": theme.grid},
            annotation_clip=False,
            zorder=10,
        )
        annotation.set_visible(False)
        # out of the layout: showing a value must not shrink the chart under the pointer
        annotation.set_in_layout(False)
        annotation.set_multialignment("left")  # lines read from the left either side
        self._annotation = annotation
        self.canvas.draw_idle()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unplotted:
            self._plot_when_seen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._data is not None and not self._unplotted:
            self._resized.start()

    def _redraw_if_wider_or_narrower(self) -> None:
        """Lay the chart out again (its legend's columns) after a real change of width."""
        if abs(self.canvas.width() - self._drawn_width) > self._drawn_width * 0.1:
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            self._plot_when_seen()  # the user switched light/dark while the app runs
        super().changeEvent(event)

    def hit_at(self, event: MouseEvent) -> Hit | None:
        tested: dict[int, tuple[bool, dict]] = {}  # each artist is asked once
        for hit in self.hits:
            key = id(hit.artist)
            if key not in tested:
                tested[key] = hit.artist.contains(event)
            contains, details = tested[key]
            if contains and (hit.index is None or hit.index in details.get("ind", ())):
                return hit
        return None

    def _on_motion(self, event: MouseEvent) -> None:
        if self._annotation is None:
            return
        hit = self.hit_at(event) if event.inaxes is not None else None
        visible = self._annotation.get_visible()
        if hit is None:
            if visible:
                self._annotation.set_visible(False)
                self.canvas.draw_idle()
            self.canvas.unsetCursor()
            return
        axes = self._annotation.axes
        if axes is None:  # never: the annotation is made by its axes' annotate()
            return
        self._show_label(hit, event.x, event.y)
        if hit.filters is not None:
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)

    def _show_label(self, hit: Hit, x: float, y: float) -> None:
        """Show ``hit``'s label pointing at (``x``, ``y``), in the figure's pixels."""
        annotation = self._annotation
        axes = annotation.axes if annotation is not None else None
        if annotation is None or axes is None:  # never: made by its axes' annotate()
            return
        data_x, data_y = axes.transData.inverted().transform((x, y))
        annotation.xy = (float(data_x), float(data_y))
        annotation.set_text(hit.label)
        annotation.set_visible(True)
        self._place(y)
        self.canvas.draw_idle()

    def _place(self, y: float) -> None:
        """Open the value's label where it stays in the picture: right of the pointer if it
        fits, else left of it, else against the picture's left edge; below the pointer in the
        upper half, above it in the lower."""
        annotation = self._annotation
        assert annotation is not None
        renderer = self.canvas.get_renderer()
        rise = -12 if y > self.figure.bbox.height / 2 else 12
        annotation.set_verticalalignment("top" if rise < 0 else "bottom")
        annotation.set_horizontalalignment("left")
        annotation.xyann = (12, rise)
        if annotation.get_window_extent(renderer).x1 <= self.figure.bbox.width:
            return
        annotation.set_horizontalalignment("right")
        annotation.xyann = (-12, rise)
        overflow = 2 - annotation.get_window_extent(renderer).x0  # its frame shows too
        if overflow > 0:  # wider than either side: as far left as the picture goes
            annotation.xyann = (-12 + overflow * 72 / self.figure.dpi, rise)

    def _on_press(self, event: MouseEvent) -> None:
        if event.button != 1:
            return
        hit = self.hit_at(event)
        if hit is not None and hit.filters is not None:
            self.clicked.emit(dict(hit.filters))

    # -- the keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home and End choose a value and show it; Return opens it as a click does."""
        key = event.key()
        opened = self._opened_on_return()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and opened is not None:
            self.clicked.emit(dict(opened))
            return
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        if not self.hits or key not in (*steps, Qt.Key.Key_Home, Qt.Key.Key_End):
            super().keyPressEvent(event)  # the page's keys (Alt+arrows) and the scroll area's
            return
        last = len(self.hits) - 1
        if key == Qt.Key.Key_Home:
            chosen = 0
        elif key == Qt.Key.Key_End:
            chosen = last
        elif self.chosen is None:
            chosen = 0 if steps[Qt.Key(key)] > 0 else last
        else:
            chosen = min(max(self.chosen + steps[Qt.Key(key)], 0), last)
        self.choose(chosen)

    def _opened_on_return(self) -> dict[str, Any] | None:
        """The filters Return opens: the chosen value's, if it leads somewhere and someone
        listens (in a dialog whose charts open nothing, Return stays its default button's)."""
        if self.chosen is None or not self.isSignalConnected(QMetaMethod.fromSignal(self.clicked)):
            return None
        return self.hits[self.chosen].filters

    def choose(self, index: int) -> None:
        """Show value ``index``'s label at its place in the picture and tell a screen reader."""
        self.chosen = index
        hit = self.hits[index]
        x, y = _anchor(hit, self.canvas)
        self._show_label(hit, x, y)
        self.setAccessibleDescription(hit.label.replace("\n", " "))
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the focus frame

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._annotation is not None and self._annotation.get_visible():
            self._annotation.set_visible(False)  # as when the pointer leaves the value
            self.canvas.draw_idle()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A frame in the palette's highlight around the picture while the chart has the
        keyboard: seen at a glance on every style (a style's dotted focus rectangle is lost
        against a chart's lines)."""
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


def _anchor(hit: Hit, canvas: FigureCanvasQTAgg) -> tuple[float, float]:
    """Where in the figure's pixels ``hit``'s label points: a line's point, a slice's middle, a
    bar's middle three quarters of the way up (inside each, where a pointer hovering it is)."""
    artist = hit.artist
    if isinstance(artist, Line2D):
        point = artist.get_xydata()[hit.index or 0]  # type: ignore[index]  # an (n, 2) array
        x, y = artist.get_transform().transform(point)
        return float(x), float(y)
    if isinstance(artist, Wedge):  # the middle of the ring's slice, not of its bounding box
        angle = math.radians((artist.theta1 + artist.theta2) / 2)
        radius = artist.r - (artist.width or artist.r) / 2
        centre_x, centre_y = artist.center
        point = (centre_x + radius * math.cos(angle), centre_y + radius * math.sin(angle))
        x, y = artist.get_transform().transform(point)
        return float(x), float(y)
    box = artist.get_window_extent(canvas.get_renderer())
    return float(box.x0 + box.width / 2), float(box.y0 + box.height * 0.75)
