"""Derive the platform icon files from the app icon (resources/icons/finapp.svg).

Linux icon themes want the SVG (hicolor/scalable) plus PNGs at fixed sizes (hicolor/NxN);
Windows wants a multi-size .ico for the executable and the installer. All are committed, so
installing the desktop files needs neither Qt nor Pillow; run ``make icons`` after changing
the SVG (tests/packaging checks that the copies match it).
Rendering uses Qt's own SVG renderer, the same one the app draws its icons with.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "finapp.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "finapp.ico"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / "finapp.png"


def render_png(renderer: QSvgRenderer, size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    path = png_path(size)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"render_icons: could not write {path}")
    return path


def write_ico() -> None:
    """Each .ico size from its own rendering (Pillow would otherwise scale down one bitmap)."""
    images = [Image.open(png_path(size)) for size in ICO_SIZES]
    largest = images[-1]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")
    for size in PNG_SIZES:
        render_png(renderer, size)
    scalable = HICOLOR / "scalable" / "apps" / "finapp.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    write_ico()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
