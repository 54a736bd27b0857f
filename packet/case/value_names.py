"""How the case file's enumerated values read to people, in English and Chinese (wording, not logic).

The values themselves (``phone``, ``post``, ``final-response`` …) are fixed by the case file
(:mod:`packet.case.casefile`: CHANNELS, SENT_VIA, REPLY_KINDS) and the interface page.
"""

from __future__ import annotations

from collections.abc import Mapping

# how those values read to people, (en, zh): the contact log, `packet log --list`, `packet sent`
VALUE_NAMES: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "channel": {"phone": ("Phone", "电话"), "chat": ("Chat", "在线沟通"), "email": ("Email", "电子邮件"),
                "letter": ("Letter", "信函"), "visit": ("Visit", "面谈/上门")},
    "via": {"email": ("email", "电子邮件"), "post": ("post", "邮寄"), "portal": ("the lender's website or app", "贷款机构网站或 App"),
            "in-person": ("in person", "当面递交")},
    "reply": {"acknowledged": ("acknowledged", "确认收到"), "final-response": ("final response", "最终答复"),
              "accepted": ("accepted", "同意"), "refused": ("refused", "拒绝"), "other": ("other", "其他")},
    # the choices of `packet init` (casefile HARDSHIPS and KINDS), as the new-case form lists them
    "hardship": {"unemployment": ("I lost my job", "失业"), "medical": ("Illness or medical costs", "疾病/医疗"),
                 "income-drop": ("My income dropped", "收入下降"), "other": ("Something else", "其他")},
    "kind": {"stop": ("Stop: pause all collection", "停催：暂停一切催收"),
             "reduce": ("Reduce: fewer contacts, in writing", "缓催：减少催收联系，改为书面联系")},
}


def value_name(kind: str, value: str, lang: str) -> str:
    """``value_name("channel", "phone", "zh") == "电话"``: a case-file value (``kind`` is channel, via,
    reply, hardship or kind) as people read it; an unknown value is returned as it is."""
    en, zh = VALUE_NAMES.get(kind, {}).get(value, (value, value))
    return zh if lang == "zh" else en
