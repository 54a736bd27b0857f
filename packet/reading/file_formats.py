"""What a file is, by its content (magic bytes), and the messages for files packet cannot read.

Extensions lie (a PNG saved as ``.pdf``, a Word file renamed ``.pdf``), so formats come from the
first bytes. The readable formats are the spec's: PDF, JPEG, PNG, TIFF, HEIC/HEIF, WebP, and GIF. Every
message names the file and says what to do next, in the case's language.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from packet.core.i18n import tr

READABLE = ("pdf", "jpeg", "png", "tiff", "heif", "webp", "gif")  # a GIF: its first frame
READABLE_SUFFIXES = {"pdf", "jpg", "jpeg", "png", "tif", "tiff", "heic", "heif", "webp", "gif"}
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"}

# limits checked before anything is decoded (documented in the README)
MAX_FILE_BYTES = 200 * 1024 * 1024  # files over 200 MB
MAX_IMAGE_PIXELS = 80_000_000  # images over 80 megapixels (a 12 MP phone photo is far below)
# A JPEG decodes at 1/2, 1/4 or 1/8 of its size for little more than the cost of reading the file (its DCT blocks
# scaled in the decoder: Pillow's draft mode), and packet never decodes one above MAX_IMAGE_PIXELS
# (packet.core.page_images.decode_image): phones' 108 and 200 megapixel modes (12000 x 9000, 16320 x 12240) are
# read, at half size or less. Other formats (PNG, TIFF, HEIC, WebP) decode whole, so MAX_IMAGE_PIXELS stays theirs.
# 200 MP is also Pillow's own decompression-bomb bound set in page_images (Image.MAX_IMAGE_PIXELS).
MAX_JPEG_PIXELS = 200_000_000
MAX_PAGE_SIDE_PT = 2000 / 25.4 * 72  # PDF pages over 2 m on a side


def sniff(path: Path) -> str:
    """A readable format from :data:`READABLE`, or a label of what else the file is ("docx", "zip",
    "text", "unknown", ...)."""
    with open(path, "rb") as fh:
        head = fh.read(2048)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i:i + 4] for i in range(16, min(len(head), 64), 4)}
        if brands & HEIF_BRANDS:
            return "heif"
        return "avif" if b"avif" in brands else "video"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "office"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"BM"):
        return "bmp"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    try:
        head.decode("utf-8")
        return "text" if head.strip() else "unknown"
    except UnicodeDecodeError:
        return "unknown"


def kind_of(path: Path, name: str | None = None) -> str:
    """What the file at ``path`` is, as :func:`sniff` tells it by content, except that a text file named ``*.eml``
    (``name``, else the path's own name) is "eml", an email message (RFC 5322 is plain text: its content alone does
    not tell it from a note). One rule for ``packet check`` and the page's upload, which reads the upload from a
    temporary file without the name (a trial: the page told an .eml to "Save as PDF", losing its attachments, while
    the command line said to save them)."""
    kind = sniff(path)
    suffix = Path(name).suffix if name else path.suffix
    return "eml" if kind == "text" and suffix.lower() == ".eml" else kind


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return "zip"
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "OFD.xml" in names:  # China's national fixed-layout format (GB/T 33190), used for e-invoices
        return "ofd"
    if "mimetype" in names:
        return "odf"
    return "zip"


_WHAT = {
    "docx": ("a Word document", "Word 文档"), "xlsx": ("an Excel workbook", "Excel 表格"),
    "pptx": ("a PowerPoint file", "PowerPoint 文件"), "odf": ("an OpenDocument file", "OpenDocument 文件"),
    "office": ("an old Office document (.doc/.xls)", "旧版 Office 文档（.doc/.xls）"),
    "rtf": ("a rich-text document", "RTF 文档"), "text": ("a plain-text file", "纯文本文件"),
    "zip": ("a zip archive", "压缩包"), "ofd": ("an OFD document (China's e-invoice format)", "OFD 版式文件（电子发票格式）"), "gif": ("a GIF image", "GIF 图片"), "bmp": ("a BMP image", "BMP 图片"),
    "avif": ("an AVIF image", "AVIF 图片"), "video": ("a video or other media file", "视频或其他媒体文件"),
    "eml": ("an email message", "电子邮件"), "unknown": ("a file of unknown type", "无法识别类型的文件"),
}


def unsupported_message(lang: str, rel: str, kind: str) -> str:
    """Say what the file is, which formats work and how to convert this one."""
    what_en, what_zh = _WHAT.get(kind, _WHAT["unknown"])
    if kind in ("docx", "xlsx", "pptx", "odf", "office", "rtf", "text"):
        how = tr(lang, "Open it and use Save as PDF (or Print > Save as PDF), then put the PDF in the folder",
                 "请打开它，选择“另存为 PDF”（或“打印 > 存储为 PDF”），再把 PDF 放进文件夹")
        if kind in ("docx", "odf", "office", "rtf", "text"):  # a text someone writes: often their own statement
            how = tr(lang, "If it is your own account of what happened, copy its text into the statement instead "
                           "([request] statement in packet.toml, or \"The request and the plan\" on the page): the "
                           "letter carries it. If it is a document to send, open it and use Save as PDF (or Print > "
                           "Save as PDF), then put the PDF in the folder",
                     "如果这是您自己写的情况说明，请把文字复制到申请说明中（packet.toml 的 [request] statement，或网页上的"
                     "“申请内容和还款计划”），申请书会写入这段话。如果是要提交的材料，请打开它，选择“另存为 PDF”（或"
                     "“打印 > 存储为 PDF”），再把 PDF 放进文件夹")
    elif kind == "ofd":
        how = tr(lang, "Get the PDF version of the invoice: choose \"download PDF\" in the app, website or email that "
                       "sent it, ask the issuer (the hospital or shop) for it, or download it as PDF from the tax "
                       "bureau's e-invoice service platform (the invoice can be checked on 全国增值税发票查验平台, "
                       "inv-veri.chinatax.gov.cn). Put the PDF in the folder",
                 "请取得这张发票的 PDF 版本：在发来发票的 App、网站或邮件中选择“下载 PDF”，或向开票方（医院、商家）"
                 "索取，也可以在税务局电子发票服务平台下载 PDF 版（发票真伪可在全国增值税发票查验平台 "
                 "inv-veri.chinatax.gov.cn 核对）。再把 PDF 放进文件夹")
    elif kind == "zip":
        how = tr(lang, "Unpack it and put the documents inside into the folder",
                 "请解压，把里面的材料放进文件夹")
    elif kind == "eml":
        how = tr(lang, "Save its attachments into the folder", "请把邮件附件保存到文件夹中")
    elif kind in ("bmp", "avif"):
        how = tr(lang, "Open it and save or export it as PNG, JPEG or PDF",
                 "请打开它并另存为 PNG、JPEG 或 PDF")
    else:
        how = tr(lang, "Save or export it as PDF, or photograph/scan the paper document",
                 "请将其导出为 PDF，或拍照/扫描纸质材料")
    return tr(lang, "{rel} is {what}, which packet cannot read. {how} (packet reads PDF, JPEG, PNG, TIFF, "
                    "HEIC/HEIF, WebP and GIF).",
              "{rel} 是{what}，packet 无法读取。{how}（packet 可读取 PDF、JPEG、PNG、TIFF、HEIC/HEIF、WebP、GIF）。",
              rel=rel, what=what_en if lang != "zh" else _spaced_after_cjk(what_zh), how=how)


PHOTO_SUFFIXES = (".heic", ".heif", ".jpg", ".jpeg")  # what a phone saves the still of a Live Photo as


def live_photo_still(rel: str, names: set[str]) -> str | None:
    """The still photo a video ``rel`` is the moving part of, when ``names`` (case-relative paths, "/" separators)
    holds a photo of the same name in the same folder: an iPhone's Live Photo comes off the phone as IMG_0412.HEIC
    (or .JPG, converted) and IMG_0412.MOV, three seconds of video around it (Apple, "Take and edit Live Photos on
    iPhone"; the pair share their name when copied over USB, AirDrop or iCloud's download). None otherwise."""
    stem, dot, _ext = rel.rpartition(".")
    if not dot:
        return None
    by_lower = {n.lower(): n for n in names}
    for suffix in PHOTO_SUFFIXES:
        found = by_lower.get((stem + suffix).lower())
        if found and found != rel:
            return found
    return None


def live_photo_message(lang: str, rel: str, still: str) -> str:
    """A Live Photo's video beside its still (:func:`live_photo_still`): nothing to convert, the photo is read."""
    return tr(lang, "{rel} is the moving part of the Live Photo {still} (a few seconds of video). packet reads the "
                    "photo, {still}, and leaves the video out: nothing to do (you may delete {rel} from the folder).",
              "{rel} 是实况照片 {still} 的动态部分（几秒钟的视频）。packet 读取的是照片 {still}，视频不放入申请材料："
              "无需处理（也可以把 {rel} 从文件夹中删去）。", rel=rel, still=still)


def _spaced_after_cjk(text: str) -> str:
    """``text`` with a space in front when it starts with a Latin letter or digit, as Chinese typesetting puts
    between a Chinese character and a Latin word ("是 Word 文档", not "是Word 文档")."""
    return " " + text if text[:1].isascii() and text[:1].isalnum() else text


def empty_message(lang: str, rel: str) -> str:
    return tr(lang, "{rel} is empty (0 bytes). Copy, download or scan it again.",
              "{rel} 是空文件（0 字节）。请重新复制、下载或扫描。", rel=rel)


def unreadable_message(lang: str, rel: str, detail: str) -> str:
    """``rel`` cannot be read, in plain words; ``detail`` says where (a page) and may end in a library's error
    ("page 1: OSError: image file is truncated …"), which is left out: it tells the person nothing to do."""
    detail = re.sub(r":?\s*\b[A-Z]\w*(Error|Exception)\b.*$", "", detail).strip(" :")
    if not detail:
        return tr(lang, "{rel} is damaged or incomplete. Download or scan it again and replace the file.",
                  "{rel} 已损坏或不完整。请重新下载或扫描，替换该文件。", rel=rel)
    return tr(lang, "{rel} is damaged or incomplete ({detail}). Download or scan it again and replace the file.",
              "{rel} 已损坏或不完整（{detail}）。请重新下载或扫描，替换该文件。", rel=rel, detail=detail)


def gone_message(lang: str, rel: str) -> str:
    """``rel`` was there when the run listed the folder and is not there now: moved, deleted or on a drive taken
    out while it was being read. Not damaged, so not "download it again"."""
    return tr(lang, "{rel} was moved or deleted while packet was reading it (or the drive it is on was taken out). "
                    "Put it back and run this again.",
              "{rel} 在读取过程中被移走或删除了（或者它所在的 U 盘、移动硬盘被拔出）。请放回原处后再运行一次。", rel=rel)


def no_permission_message(lang: str, rel: str, *, folder: bool = False) -> str:
    """The file (or, with ``folder``, the folder and everything in it) exists but this user may not read it:
    not damaged, so say how to give read permission rather than to download it again."""
    if folder:
        return tr(lang, "The folder {rel} cannot be opened: your user account has no permission to read it, so "
                        "nothing inside it was read. Give yourself read access (for example chmod -R u+rX "
                        "\"{rel}\", or Properties > Security on Windows) or copy its files into the case folder.",
                  "无法打开文件夹 {rel}：当前用户没有读取权限，其中的文件都没有读取。请给自己开放读取权限（例如 "
                  "chmod -R u+rX \"{rel}\"，Windows 上在“属性 > 安全”中设置），或把其中的文件复制到案件文件夹。",
                  rel=rel)
    return tr(lang, "{rel} cannot be opened: your user account has no permission to read it (the file itself is not "
                    "damaged). Give yourself read access (for example chmod u+r \"{rel}\", or Properties > Security "
                    "on Windows) or copy it into the folder again as yourself.",
              "无法打开 {rel}：当前用户没有读取权限（文件本身没有损坏）。请给自己开放读取权限（例如 chmod u+r "
              "\"{rel}\"，Windows 上在“属性 > 安全”中设置），或以自己的身份重新复制到文件夹中。", rel=rel)


def too_large_message(lang: str, rel: str, detail: str) -> str:
    return tr(lang, "{rel} is too large to read safely ({detail}). Scan or export it again at a normal size "
                    "(for example 300 DPI, A4), or split it into smaller files.",
              "{rel} 过大，无法安全读取（{detail}）。请以常规尺寸（例如 300 DPI、A4）重新扫描或导出，或拆分成较小的文件。",
              rel=rel, detail=detail)


def encrypted_message(lang: str, rel: str, wrong: bool) -> str:
    if wrong:
        return tr(lang, "The password for {rel} in packet.toml is wrong. Correct it under [passwords]: "
                        "\"{rel}\" = \"…\"",
                  "packet.toml 中 {rel} 的密码不正确。请在 [passwords] 下改正：\"{rel}\" = \"…\"", rel=rel)
    # the heading said as a line to write: a trial (r27) pasted the password line alone below [plan]
    return tr(lang, "{rel} is password-protected. Add its password under [passwords] in packet.toml: "
                    "\"{rel}\" = \"…\" (if packet.toml has no [passwords] heading yet, write [passwords] on a line "
                    "of its own at the end of the file, and this line below it)",
              "{rel} 有密码保护。请在 packet.toml 的 [passwords] 下添加密码：\"{rel}\" = \"…\"（packet.toml 里还没有 "
              "[passwords] 标题的话，先在文件末尾单独写一行 [passwords]，再把这一行写在它下面）", rel=rel)
