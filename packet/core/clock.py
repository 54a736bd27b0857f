"""The one time packet writes into its outputs: never the wall clock, so rebuilds give the same bytes."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone


def build_time(as_of: date, hour: int = 0) -> datetime:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else the as-of date at ``hour``:00 UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime(as_of.year, as_of.month, as_of.day, hour, tzinfo=timezone.utc)
