"""Running the page: a free port on 127.0.0.1 (and, with ``--lan``, an upload-only listener on that address),
the address with the per-run secret printed, the browser opened."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import socket
import sys
import threading
from pathlib import Path

import uvicorn

from packet.web.app import Settings, create_apps

LOOPBACK = "127.0.0.1"


def default_cases_dir() -> Path:
    """Where cases live unless a folder is given: ``packet-cases`` in the user's documents folder
    (``XDG_DOCUMENTS_DIR`` on Linux when set, else ``~/Documents``; the same on macOS and Windows), or in the
    home folder when there is no documents folder."""
    docs = os.environ.get("XDG_DOCUMENTS_DIR")
    base = Path(docs).expanduser() if docs else Path.home() / "Documents"
    if not base.is_dir():
        base = Path.home()
    return base / "packet-cases"


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port free on ``host`` now (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def check_lan_address(address: str) -> str:
    """``address`` when it is an IPv4 address of this machine that may serve the phone page; ValueError
    otherwise (0.0.0.0 and the like are refused: the page names one address, it never listens on all)."""
    ip = ipaddress.ip_address(address)
    if ip.is_unspecified or ip.is_multicast or ip.version != 4:
        raise ValueError(address)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((address, 0))  # an address this machine does not have cannot be bound
    return address


class Server:
    """The page's listener on 127.0.0.1 and, when ``settings.lan`` is set, the phone's on that address.

    ``start()`` runs them on a background thread (tests, the CLI's foreground wait), ``stop()`` ends them."""

    def __init__(self, settings: Settings, port: int | None = None) -> None:
        self.port = port or free_port()
        if settings.lan:
            settings.lan_port = settings.lan_port or free_port(settings.lan)
        self.settings = settings
        self.app, self.phone_app, self.web = create_apps(settings)
        quiet = {"log_level": "warning", "access_log": False, "lifespan": "off"}
        self._servers = [uvicorn.Server(uvicorn.Config(self.app, host=LOOPBACK, port=self.port, **quiet))]
        if settings.lan:
            self._servers.append(uvicorn.Server(uvicorn.Config(self.phone_app, host=settings.lan,
                                                               port=settings.lan_port, **quiet)))
        for s in self._servers:
            s.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The address to open: it carries the secret (the first visit turns it into a cookie)."""
        return f"http://{LOOPBACK}:{self.port}/?s={self.settings.secret}"

    async def _serve(self) -> None:
        await asyncio.gather(*(s.serve() for s in self._servers))

    def start(self) -> None:
        self._thread = threading.Thread(target=lambda: asyncio.run(self._serve()), name="packet-serve", daemon=True)
        self._thread.start()
        import time

        for _ in range(200):
            if all(s.started for s in self._servers):
                return
            time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        for s in self._servers:
            s.should_exit = True
        if self._thread:
            self._thread.join(timeout=10)
        self.web.jobs.shutdown()

    def wait(self) -> None:
        """Block until Ctrl-C (KeyboardInterrupt is left to the caller)."""
        try:
            while self._thread and self._thread.is_alive():
                self._thread.join(0.5)
        finally:
            with contextlib.suppress(Exception):
                self.stop()


def open_browser(url: str) -> bool:
    """Open ``url`` in the user's browser; False when there is none (a server, a script)."""
    import webbrowser

    try:
        return webbrowser.open(url, new=2)
    except Exception:  # noqa: BLE001 - no browser is not an error: the address is printed
        print(url, file=sys.stderr)
        return False
