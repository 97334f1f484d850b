"""Render the CaseDesk app icon from its SVG source into every size the installers need.

    python packaging/icons.py [--out build/icons] [--formats png,ico,icns]

Qt draws each size from `resources/icons/casedesk.svg` (QSvgRenderer on an offscreen
QImage), so a small size is drawn for its grid rather than shrunk from a large bitmap.
Pillow (build-time only: the `package` extra) packs the Windows `.ico` and the macOS
`.icns`; the PNGs alone need nothing beyond the app's own Qt. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "casedesk.svg"
DEFAULT_OUT = ROOT / "build" / "icons"

#: the application id: icon name in the hicolor theme, desktop entry and AppStream id
APP_ID = "se.casedesk.CaseDesk"
#: freedesktop hicolor theme sizes (Linux menus, docks, software centres)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows: shell sizes at 100–250 % scaling (Explorer, Start, taskbar, Alt+Tab); ICO stops at 256
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
#: macOS: the sizes Pillow's ICNS writer stores (16–512 pt at 1x and 2x, from 32 to 1024 px)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
LARGEST = 1024
FORMATS = ("png", "ico", "icns")


def render(sizes, source: Path = SOURCE) -> dict:
    """{size: QImage} drawn from the SVG, transparent background, square."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed (CI, chroots)
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"icons: {source} is not a valid SVG")
    images = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        images[size] = image
    del app  # keep the application alive until every image is drawn
    return images


def _png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _pillow():
    try:
        from PIL import Image
    except ImportError:
        raise SystemExit("icons: the .ico and .icns need Pillow: pip install -e '.[package]' "
                         "(or --formats png for the PNGs alone)") from None
    return Image


def build_icons(out_dir: Path = DEFAULT_OUT, formats=FORMATS,
                source: Path = SOURCE) -> dict[str, Path]:
    """Write the icons into out_dir; return {"hicolor/16x16": path, …, "ico": …, "icns": …}."""
    out_dir = Path(out_dir)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown icon formats: {', '.join(sorted(unknown))}")
    sizes = set()
    if "png" in formats:
        sizes |= set(HICOLOR_SIZES) | {LARGEST}
    if "ico" in formats:
        sizes |= set(ICO_SIZES)
    if "icns" in formats:
        sizes |= set(ICNS_SIZES)
    image_lib = _pillow() if {"ico", "icns"} & set(formats) else None
    pngs = {size: _png_bytes(image) for size, image in render(sizes, source).items()}
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}

    if "png" in formats:
        for size in HICOLOR_SIZES:
            path = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pngs[size])
            written[f"hicolor/{size}x{size}"] = path
        path = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, path)
        written["hicolor/scalable"] = path
        path = out_dir / f"casedesk-{LARGEST}.png"
        path.write_bytes(pngs[LARGEST])
        written["png"] = path

    def pil(size):
        return image_lib.open(io.BytesIO(pngs[size])).convert("RGBA")

    if "ico" in formats:
        # The first image must be the largest: Pillow skips sizes above it. Every other size
        # comes from our own rendering (append_images), not from Pillow shrinking the 256.
        path = out_dir / "casedesk.ico"
        largest = max(ICO_SIZES)
        pil(largest).save(path, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                          append_images=[pil(s) for s in ICO_SIZES if s != largest])
        written["ico"] = path
    if "icns" in formats:
        path = out_dir / "casedesk.icns"
        largest = max(ICNS_SIZES)
        pil(largest).save(path, format="ICNS",
                          append_images=[pil(s) for s in ICNS_SIZES if s != largest])
        written["icns"] = path
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"output folder (default: {DEFAULT_OUT.relative_to(ROOT)})")
    parser.add_argument("--formats", default=",".join(FORMATS),
                        help="comma-separated: png (hicolor PNGs + SVG), ico, icns "
                             "(default: all)")
    args = parser.parse_args(argv)
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    try:
        written = build_icons(args.out, formats)
    except ValueError as exc:
        parser.error(str(exc))
    for path in written.values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
