"""The municipality's logo comes from the server: at enrollment, and later by pull; it prints on
the next receipt. Bad logo data from the server never stops enrollment, a pull or a receipt."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx
from PIL import Image, ImageDraw
from sqlalchemy import select

from core.logo import prepare_logo
from printing import service
from sync.client.enroll import enroll_ledger
from sync.server import logo as server_logo
from sync.server.changelog import record_change
from sync.server.common import loads
from sync.server.schema import municipality
from tests.printing.escpos_decoder import decode
from tests.server.support import make_device, record_sale
from tests.sync_e2e.support import IN_PROCESS_URL, enrolled_device, in_process, quick_backoff, sync


def _seal(path: Path, size: tuple[int, int] = (800, 400)) -> Path:
    """A wide seal (2:1), so its raster is told apart from the square QR code."""
    seal = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse((10, 10, size[0] - 10, size[1] - 10), fill=(20, 60, 160, 255))
    seal.save(path)
    return path


def _rasters(device, receipt_no: str) -> list[Image.Image]:  # noqa: ANN001
    return decode(service.render_receipt(device, receipt_no, "escpos", "generic-58")).images


def _set_server_logo(server, path: Path | None) -> None:  # noqa: ANN001
    with server.engine.begin() as conn:
        server_logo.set_logo(conn, server_logo.logo_text(path) if path else None)


def test_the_servers_logo_reaches_the_device_at_enrollment_and_prints_on_the_next_receipt(server, tmp_path):
    _set_server_logo(server, _seal(tmp_path / "seal.png"))
    device = make_device(tmp_path / "t07.db", server)
    _taxpayer, before = record_sale(device)
    assert len(_rasters(device, before.receipt_no)) == 1  # the QR code alone: the device had no logo

    enroll_ledger(device, IN_PROCESS_URL, server.enrollment_code("T07"), transport=in_process(server),
                  backoff=quick_backoff())

    assert device.logo() == prepare_logo((tmp_path / "seal.png").read_bytes())  # as `init --logo` stores it
    _taxpayer, after = record_sale(device)
    logo, qr = _rasters(device, after.receipt_no)
    assert abs(logo.width - 2 * logo.height) <= 2 and logo.height <= 160 and abs(qr.width - qr.height) <= 16
    assert device.verify().ok


def test_a_logo_changed_or_removed_on_the_server_reaches_the_device_by_pull(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    assert device.logo() is None
    square = tmp_path / "square.png"
    Image.new("RGB", (300, 300), "black").save(square)
    _set_server_logo(server, square)

    assert sync(device, transport).ok
    _taxpayer, payment = record_sale(device)
    assert _rasters(device, payment.receipt_no)[0].size == (160, 160)  # the square logo, capped at 160 dots

    _set_server_logo(server, None)
    assert sync(device, transport).ok
    assert device.logo() is None and len(_rasters(device, payment.receipt_no)) == 1


class _BadLogo(httpx.BaseTransport):
    """Hands the device an enrollment answer whose logo is not an image."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        if request.url.path != "/api/v1/enroll" or response.status_code != 200:
            return response
        body = response.json()
        body["config"]["municipality"]["logo"] = base64.b64encode(b"<svg>not a PNG</svg>").decode()
        return httpx.Response(200, json=body)


def test_bad_logo_data_from_the_server_stops_neither_enrollment_nor_a_pull_nor_a_receipt(server, tmp_path):
    transport = in_process(server)
    device = make_device(tmp_path / "t07.db", server)
    device.set_logo(_seal(tmp_path / "own.png").read_bytes())
    own = device.logo()

    enroll_ledger(device, IN_PROCESS_URL, server.enrollment_code("T07"), transport=_BadLogo(transport),
                  backoff=quick_backoff())
    assert device.device.code == "T07" and device.logo() == own  # enrolled; its own logo kept

    # The server's own data, signed, but with a logo that is no image (written around its checks).
    with server.engine.begin() as conn:
        row = conn.execute(select(municipality.c.data, municipality.c.version)).one()
        data = {**loads(row.data), "logo": base64.b64encode(b"\x89PNG\r\n\x1a\n broken").decode(),
                "receipt_line": "Merci de payer vos taxes"}
        conn.execute(municipality.update().values(data=json.dumps(data), version=row.version + 1))
        record_change(conn, "municipality", "1", row.version + 1, data)
    result = sync(device, transport)
    assert result.ok, result
    assert device.municipality.receipt_line == "Merci de payer vos taxes"  # the rest of the record applied
    assert device.logo() == own
    _taxpayer, payment = record_sale(device)
    assert len(_rasters(device, payment.receipt_no)) == 2  # printed, with the device's own logo
