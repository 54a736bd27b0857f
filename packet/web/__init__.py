"""``packet serve``: the whole job in a local web page, for people who will never open a terminal.

A Starlette application with server-side Jinja2 templates, served by uvicorn on the loopback address.
It calls only the public API (:mod:`packet`) and :mod:`packet.core`, like the command line: the page shows
the same results and adds no second logic. :mod:`packet.web.guard` says what keeps it private.
"""

from __future__ import annotations

from packet.web.app import Settings, create_apps
from packet.web.server import Server, default_cases_dir

__all__ = ["Server", "Settings", "create_apps", "default_cases_dir"]
