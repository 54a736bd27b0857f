"""Countries by the ISO 3166-1 list: what a person typed for one, as its alpha-2 code.

The list is pycountry's (it ships the Debian iso-codes database); packet keeps no copy of its own. Which countries
packet knows more about (complaint routes, deadlines, the clues that point to one) is checklists/followup.toml.
"""

from __future__ import annotations


def iso_country(typed: str) -> str | None:
    """``typed`` as an ISO 3166-1 alpha-2 code when the standard's list has it as an alpha-2 or alpha-3 code or as a
    country's English name, common or official, in any case ("de", "DEU", "Germany" -> "DE"); None otherwise ("XX",
    "ZZ", "UK": the last is a name packet's own [[country]] list gives, not a code of the standard). Raises nothing."""
    import pycountry  # its database loads on first use (a few ms): not on every packet start

    t = " ".join(typed.split())
    if not t:
        return None
    try:
        return pycountry.countries.lookup(t).alpha_2
    except LookupError:
        return None
