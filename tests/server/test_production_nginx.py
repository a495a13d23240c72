"""The README's nginx set-up, for real: its lines install the repository's site file and a
self-signed certificate (in a scratch root), the real nginx serves it on free loopback ports, in
front of the real `quittance-server serve`, and a client that trusts only that certificate talks
to the server over HTTPS as a device, a supervisor and a citizen would."""
from __future__ import annotations

import base64
import json
import os
import ssl
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.server.production_support import (free_port, is_root, launcher, line_with, production_lines,
                                             require, rooted, run, serving, wait_until)

DEMO_SUPERVISOR, DEMO_PASSWORD = "Kalala Mwamba", "kananga-demo"  # `init` without --file makes them


def _install_site(root: Path) -> Path:
    """The README's lines: install the site, name it, make the self-signed certificate, point the site at it."""
    for folder in ("etc/nginx/sites-available", "etc/nginx/sites-enabled", "etc/ssl/private", "etc/ssl/certs"):
        (root / folder).mkdir(parents=True)
    (root / "etc/nginx/sites-enabled/default").write_text("# Debian's default site, which the README removes\n")
    nginx_lines = production_lines("certbot certonly")
    self_signed = production_lines("openssl req -x509")
    assert len(self_signed) == 2, self_signed
    run(rooted(line_with(nginx_lines, "install -m 0644 packaging/server/nginx/quittance.conf"), root))
    site = root / "etc/nginx/sites-available/quittance"
    site.write_text(rooted(site.read_text(encoding="utf-8"), root), encoding="utf-8")  # its paths in the root too
    for line in (line_with(nginx_lines, "sed -i 's/quittance.example.org/"), line_with(nginx_lines, "ln -sf"),
                 line_with(nginx_lines, "rm -f"), *self_signed):
        run(rooted(line, root))
    assert [p.name for p in (root / "etc/nginx/sites-enabled").iterdir()] == ["quittance"]
    return site


def _on_test_ports(site: str, http_port: int, https_port: int, app_port: int) -> str:
    """The one change the test makes: free loopback ports instead of 80, 443 and 8000 (IPv4 only)."""
    changes = {"listen 80;": f"listen 127.0.0.1:{http_port};",
               "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
               "server 127.0.0.1:8000;": f"server 127.0.0.1:{app_port};"}
    for old, new in changes.items():
        assert site.count(old) == 1, f"the site file has lost {old!r}"
        site = site.replace(old, new)
    return "\n".join(line for line in site.splitlines() if "listen [::]:" not in line)


def _main_conf(work: Path, enabled: Path) -> Path:
    """A stand-in for Debian's /etc/nginx/nginx.conf, which includes sites-enabled/* inside http {}."""
    conf = work / "nginx.conf"
    temp = "\n".join(f"    {kind}_temp_path {work / kind};" for kind in ("client_body", "proxy", "fastcgi",
                                                                         "uwsgi", "scgi"))
    conf.write_text(("user root;\n" if is_root() else "") + f"""worker_processes 1;
error_log {work / 'error.log'} info;
pid {work / 'nginx.pid'};
events {{ worker_connections 64; }}
http {{
    access_log {work / 'access.log'};
{temp}
    include {enabled}/*;
}}
""", encoding="utf-8")
    return conf


def _qr_text(png_b64: str, folder: Path, zbarimg: str) -> str:
    png = folder / "enroll.png"
    png.write_bytes(base64.b64decode(png_b64))
    return run(f"{zbarimg} --raw -q {png}").stdout.strip()


def test_the_server_behind_the_readme_nginx_over_https(tmp_path):
    nginx = require("nginx", "nginx-light")
    require("openssl", "openssl")
    zbarimg = require("zbarimg", "zbar-tools")
    root, work = tmp_path / "root", tmp_path / "nginx"
    work.mkdir()
    site_path = _install_site(root)
    site = site_path.read_text(encoding="utf-8")
    assert "server_name taxes.kananga.cd;" in site and "quittance.example.org" not in site
    cafile = root / "etc/ssl/certs/quittance.pem"
    assert f"ssl_certificate {cafile};" in site and f"ssl_certificate_key {root}/etc/ssl/private/quittance.key;" in site
    http_port, https_port, app_port = free_port(), free_port(), free_port()
    site_path.write_text(_on_test_ports(site, http_port, https_port, app_port), encoding="utf-8")
    conf = _main_conf(work, root / "etc/nginx/sites-enabled")
    checked = subprocess.run([nginx, "-t", "-p", str(work), "-c", str(conf)], capture_output=True, text=True)
    assert checked.returncode == 0 and "[warn]" not in checked.stderr, checked.stderr

    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(tmp_path / "data")}
    env.pop("QUITTANCE_DATABASE_URL", None)  # SQLite: this test is about the proxy, not the database
    run(f"{launcher()} init", env)
    proxy = subprocess.Popen([nginx, "-p", str(work), "-c", str(conf), "-g", "daemon off;"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        with serving([launcher(), "serve", "--port", str(app_port)], env, app_port, tmp_path / "serve.log"):
            wait_until(lambda: (work / "nginx.pid").exists(), 20, "nginx to start")
            _check_through_nginx(https_port, http_port, cafile, tmp_path, zbarimg)
    finally:
        proxy.terminate()
        proxy.wait(20)


def _trusting(cafile: Path) -> ssl.SSLContext:
    """A client that trusts this certificate alone, as a device given it would."""
    return ssl.create_default_context(cafile=str(cafile))


def _check_through_nginx(https_port: int, http_port: int, cafile: Path, tmp_path: Path, zbarimg: str) -> None:
    base = f"https://127.0.0.1:{https_port}"
    with httpx.Client(base_url=base, verify=_trusting(cafile), timeout=30) as client:
        health = client.get("/api/v1/health")
        assert health.status_code == 200 and health.json()["status"] == "ok"
        assert health.headers["strict-transport-security"] == "max-age=31536000"
        page = client.get("/v/")  # the citizen's receipt verification page
        assert page.status_code == 200 and "Kananga" in page.text
        # The scheme reaches the app: the enrollment QR code it builds holds the https:// address.
        token = client.post("/api/v1/supervisor/login",
                            json={"name": DEMO_SUPERVISOR, "password": DEMO_PASSWORD}).json()["token"]
        made = client.post("/api/v1/supervisor/admin/devices/enrollment", headers={"Authorization": f"Bearer {token}"},
                           json={"device_code": "T55", "agents": ["Ilunga Kabeya"]})
        assert made.status_code == 200, made.text
        assert json.loads(_qr_text(made.json()["qr_png"], tmp_path, zbarimg)) == {
            "server": "https://127.0.0.1", "code": made.json()["enrollment_code"]}
        # An 11 MiB body (a photo near its 10 MiB limit, and more) is passed to the app, which answers it.
        big = client.post("/api/v1/push", content=b"x" * (11 * 1024 * 1024),
                          headers={"Content-Type": "application/json", "Authorization": "Bearer nope"})
        assert big.headers["content-type"].startswith("application/json"), (big.status_code, big.text[:300])
    with pytest.raises(httpx.ConnectError):  # a client that does not trust the certificate is refused
        httpx.get(f"{base}/api/v1/health", timeout=10)
    _check_client_address(base, cafile)
    redirect = httpx.get(f"http://127.0.0.1:{http_port}/v/ABCD?x=1", follow_redirects=False, timeout=10)
    assert redirect.status_code == 301 and redirect.headers["location"] == "https://127.0.0.1/v/ABCD?x=1"


def _check_client_address(base: str, cafile: Path) -> None:
    """The login rate limit counts the client's own address (X-Forwarded-For), whatever it claims:
    one loopback address that tried too often is refused, another one is not."""
    def client(address: str) -> httpx.Client:
        return httpx.Client(base_url=base, timeout=30,
                            transport=httpx.HTTPTransport(verify=_trusting(cafile), local_address=address))

    wrong = {"name": DEMO_SUPERVISOR, "password": "not-the-password"}
    with client("127.0.0.5") as noisy:
        answers = [noisy.post("/api/v1/supervisor/login", json=wrong,
                              headers={"X-Forwarded-For": f"203.0.113.{n}"}).status_code for n in range(11)]
    assert answers == [401] * 10 + [429], answers
    with client("127.0.0.6") as other:
        assert other.post("/api/v1/supervisor/login", json=wrong).status_code == 401
