"""packet: turn a folder of hardship documents into one submission PDF for a lender."""

from __future__ import annotations

__version__ = "0.1.0"
