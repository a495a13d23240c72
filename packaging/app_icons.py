"""The application icon in the sizes installers want, drawn from resources/icons/quittance.svg:
PNGs for the freedesktop icon theme (the .deb) and a multi-size .ico (Windows: the installer,
its shortcuts and the Add/Remove Programs entry). Rendered by Qt's own SVG renderer, offscreen."""
from __future__ import annotations

import os
from pathlib import Path

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "quittance.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def render(out: Path) -> dict[int | str, Path]:
    """PNG per size and the .ico under `out`; returns {size: png, "ico": ico}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"{SVG} is not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    made: dict[int | str, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"quittance-{size}.png"
        if not image.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        made[size] = path
    ico = out / "quittance.ico"
    largest = Image.open(made[256])
    largest.save(ico, sizes=[(s, s) for s in PNG_SIZES])
    made["ico"] = ico
    return made


if __name__ == "__main__":  # python packaging/app_icons.py OUT_DIR: prints the .ico's path
    import sys

    print(render(Path(sys.argv[1]))["ico"])
