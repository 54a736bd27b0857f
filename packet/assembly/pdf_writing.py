"""The pypdf side of assembly: vector pages placed into the frame, clean-up, outline, links, metadata.

A born-digital page is placed as a Form XObject whose /Matrix turns it upright (its /Rotate) and scales
it into the content frame; its /BBox clips it to its own crop box, so it never reaches the stamp band.
Its text and vectors are kept as they are (no re-parsing of content streams, which is what keeps a
200-page build fast). Form field appearances are kept; other annotations and all input metadata go.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from packet.assembly.exhibit_images import strip_jpeg_metadata
from packet.assembly.page_frame import Placement, fit

log = logging.getLogger(__name__)

_DROP_ANNOTS = ("/Link", "/Popup")
_HIDDEN_FLAGS = 2 | 32  # Hidden, NoView


def _matrix(box: tuple[float, float, float, float], rotate: int, place: Placement) -> list[float]:
    """Map the crop box (l, b, r, t), shown with /Rotate ``rotate`` (clockwise), onto ``place``."""
    left, bottom, right, top = box
    rotate %= 360
    a, b, c, d, e, f = {
        0: (1, 0, 0, 1, -left, -bottom),
        90: (0, -1, 1, 0, -bottom, right),
        180: (-1, 0, 0, -1, right, top),
        270: (0, 1, -1, 0, top, -left),
    }[rotate]
    s = place.scale
    return [s * a, s * b, s * c, s * d, s * e + place.x, s * f + place.y]


def upright_size(page) -> tuple[float, float, tuple[float, float, float, float], int]:
    """(width, height) of a PDF page as shown, its crop box and its /Rotate."""
    cb = page.cropbox
    box = (float(cb.left), float(cb.bottom), float(cb.right), float(cb.top))
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    w, h = box[2] - box[0], box[3] - box[1]
    return (h, w, box, rotate) if rotate in (90, 270) else (w, h, box, rotate)


def _raw_contents(page) -> bytes:
    contents = page.get("/Contents")
    if contents is None or isinstance(contents.get_object(), NullObject):
        return b""
    contents = contents.get_object()
    if isinstance(contents, ArrayObject):
        return b"\n".join(c.get_object().get_data() for c in contents)
    return contents.get_data()


def _flatten_annots(page, writer: PdfWriter, xobjects: DictionaryObject) -> bytes:
    """Content drawing the visible appearances of form fields and stamps (links and popups dropped)."""
    ops = []
    for i, ref in enumerate(page.get("/Annots", None) or ()):
        annot = ref.get_object()
        if annot.get("/Subtype") in _DROP_ANNOTS or int(annot.get("/F", 0)) & _HIDDEN_FLAGS:
            continue
        ap = annot.get("/AP", {}).get_object() if annot.get("/AP") else None
        normal = ap.get("/N") if ap else None
        if normal is None:
            continue
        normal = normal.get_object()
        if not isinstance(normal, StreamObject):  # a dict of states: take the current one
            state = annot.get("/AS")
            normal = normal.get(state).get_object() if state and state in normal else None
            if normal is None:
                continue
        try:
            rect = [float(x) for x in annot["/Rect"]]
            bbox = [float(x) for x in normal.get("/BBox", rect)]
        except (KeyError, TypeError, ValueError):
            continue
        bw, bh = bbox[2] - bbox[0], bbox[3] - bbox[1]
        if bw <= 0 or bh <= 0:
            continue
        sx, sy = (rect[2] - rect[0]) / bw, (rect[3] - rect[1]) / bh
        name = f"/PktAnnot{i}"
        copy = normal.clone(writer)
        xobjects[NameObject(name)] = copy.indirect_reference or writer._add_object(copy)
        ops.append(f"q {sx:.6f} 0 0 {sy:.6f} {rect[0] - bbox[0] * sx:.4f} {rect[1] - bbox[1] * sy:.4f} cm {name} Do Q")
    return ("\n" + "\n".join(ops)).encode() if ops else b""


def vector_placeable(src_page) -> bool:
    """Whether :func:`place_vector_page` can place ``src_page`` (a pypdf page): its crop box has a size, and its
    content streams and form appearances decode (a damaged file may break an Ascii85 or Flate stream, lose an
    ``endstream`` or carry a zero MediaBox that PDFium forgives and pypdf does not). False: the page is placed
    as a PDFium rendering instead, so one bad page never stops the build."""
    try:
        w, h, _box, _rotate = upright_size(src_page)
        if not (w > 0 and h > 0 and w < 1e6 and h < 1e6):
            return False
        _raw_contents(src_page)
        resources = src_page.get("/Resources")
        if resources is not None:
            _resolve_all(resources, set())  # what place_vector_page clones: every object it reaches must parse
        for ref in src_page.get("/Annots", None) or ():
            ap = ref.get_object().get("/AP")
            normal = ap.get_object().get("/N") if ap else None
            if normal is not None and isinstance(normal.get_object(), StreamObject):
                normal.get_object().get_data()
        return True
    except Exception as exc:  # noqa: BLE001 - any pypdf failure on a damaged page: rasterise it
        log.info("cannot place a page as vectors (%s: %s); using an image of it", type(exc).__name__, exc)
        return False


def _resolve_all(obj, seen: set[int], depth: int = 0) -> None:
    """Parse every object reachable from ``obj`` (pypdf), as cloning it will; raises what parsing raises
    (a lost ``endstream``, a broken object). Streams are not decoded: a clone copies their bytes."""
    if depth > 200:
        raise ValueError("objects nested too deeply")
    if isinstance(obj, IndirectObject):
        if obj.idnum in seen:
            return
        seen.add(obj.idnum)
        obj = obj.get_object()
    if isinstance(obj, DictionaryObject):
        for key, value in obj.items():
            if key != "/Parent":
                _resolve_all(value, seen, depth + 1)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            _resolve_all(value, seen, depth + 1)


def place_vector_page(target, src_page, writer: PdfWriter, paper: tuple[float, float]) -> Placement:
    """Draw ``src_page`` (from a PdfReader) upright and scaled into the frame of ``target`` (a writer page)."""
    w, h, box, rotate = upright_size(src_page)
    place = fit(w, h, paper, upscale=False)
    resources = src_page.get("/Resources")
    res = DictionaryObject()
    if resources is not None:
        cloned = resources.get_object().clone(writer)
        for key, value in cloned.items():
            res[NameObject(key)] = value
    xobjects = DictionaryObject()
    if "/XObject" in res:
        for key, value in res["/XObject"].get_object().items():
            xobjects[NameObject(key)] = value
    extra = _flatten_annots(src_page, writer, xobjects)
    if xobjects:
        res[NameObject("/XObject")] = xobjects
    form = DecodedStreamObject()
    form.set_data(b"q\n" + _raw_contents(src_page) + b"\nQ" + extra)
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/FormType"): NumberObject(1),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in box),
        NameObject("/Matrix"): ArrayObject(FloatObject(round(v, 6)) for v in _matrix(box, rotate, place)),
        NameObject("/Resources"): res,
    })
    form_ref = writer._add_object(form.flate_encode())
    page_res = target["/Resources"].get_object()
    if "/XObject" not in page_res:
        page_res[NameObject("/XObject")] = DictionaryObject()
    page_res["/XObject"].get_object()[NameObject("/PktPage")] = form_ref
    draw = DecodedStreamObject()
    draw.set_data(b"q /PktPage Do Q")
    draw_ref = writer._add_object(draw.flate_encode())
    contents = target.get("/Contents")
    # the exhibit under the stamp band (they do not overlap, but the band should win if they ever did)
    target[NameObject("/Contents")] = ArrayObject([draw_ref] + ([contents] if contents is not None else []))
    return place


def scrub(writer: PdfWriter) -> int:
    """Remove EXIF/GPS/XMP from every image and form reachable from the pages; returns images cleaned."""
    seen: set[int] = set()
    cleaned = 0

    def visit(resources) -> None:
        nonlocal cleaned
        if resources is None:
            return
        xobjects = resources.get_object().get("/XObject")
        if xobjects is None:
            return
        for ref in xobjects.get_object().values():
            key = getattr(ref, "idnum", None)
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
            obj = ref.get_object()
            if "/Metadata" in obj:
                del obj["/Metadata"]
            for k in ("/PieceInfo", "/OPI"):
                if k in obj:
                    del obj[k]
            if obj.get("/Subtype") == "/Image" and obj.get("/Filter") in ("/DCTDecode", ArrayObject([NameObject("/DCTDecode")])):
                raw = obj._data
                new = strip_jpeg_metadata(raw)
                if new != raw:
                    obj._data = new
                    obj[NameObject("/Length")] = NumberObject(len(new))
                    cleaned += 1
            elif obj.get("/Subtype") == "/Form":
                visit(obj.get("/Resources"))

    for page in writer.pages:
        visit(page.get("/Resources"))
    return cleaned


@dataclass(frozen=True)
class Bookmark:
    title: str
    page: int  # 0-based index within the file


@dataclass(frozen=True)
class Link:
    page: int  # 0-based index of the page carrying the link
    rect: tuple[float, float, float, float]
    target: int  # 0-based index of the target page in this file, or in ``file``
    file: str | None = None  # another part's file name (a GoToR link), None within this file


def finish(writer: PdfWriter, *, bookmarks: Iterable[Bookmark], links: Iterable[Link],
           labels: Iterable[tuple[int, int, str | None, int | None]], meta: dict[str, str]) -> None:
    """Outline, links, page labels, open at 100 %, and the document information — nothing from the inputs."""
    for bm in bookmarks:
        writer.add_outline_item(title=bm.title, page_number=bm.page)
    for link in links:
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject(FloatObject(round(v, 3)) for v in link.rect),
            NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
        })
        if link.file is None:
            annot[NameObject("/Dest")] = ArrayObject([writer.pages[link.target].indirect_reference,
                                                      NameObject("/XYZ"), NullObject(), NullObject(), NullObject()])
        else:
            annot[NameObject("/A")] = DictionaryObject({
                NameObject("/S"): NameObject("/GoToR"), NameObject("/F"): TextStringObject(link.file),
                NameObject("/D"): ArrayObject([NumberObject(link.target), NameObject("/XYZ"), NullObject(), NullObject(),
                                               NullObject()]),
            })
        writer.add_annotation(link.page, annot)
    for first, last, prefix, start in labels:
        if start is None:
            writer.set_page_label(first, last, prefix=prefix)
        else:
            writer.set_page_label(first, last, style="/D", prefix=prefix, start=start)
    root = writer._root_object
    root[NameObject("/OpenAction")] = ArrayObject([writer.pages[0].indirect_reference, NameObject("/XYZ"),
                                                   NullObject(), NullObject(), FloatObject(1)])
    root[NameObject("/PageMode")] = NameObject("/UseOutlines")
    for key in ("/Metadata", "/AcroForm", "/Names", "/StructTreeRoot", "/MarkInfo"):
        if key in root:
            del root[key]
    writer.metadata = None
    writer.add_metadata(meta)


_PLACEHOLDER = b"\x00" * 16


def write_bytes(writer: PdfWriter) -> bytes:
    """Serialise with a fixed /ID derived from the content itself (same content, same ID, same bytes)."""
    writer._ID = ArrayObject([ByteStringObject(_PLACEHOLDER), ByteStringObject(_PLACEHOLDER)])
    buf = io.BytesIO()
    writer.write(buf)
    data = buf.getvalue()
    digest = hashlib.md5(data, usedforsecurity=False).hexdigest().encode()
    hole = b"<" + _PLACEHOLDER.hex().encode() + b">"
    at = data.rfind(hole + b" " + hole)
    if at < 0:
        at = data.rfind(hole + hole)
    if at < 0:  # pragma: no cover - pypdf changed how it writes the trailer
        raise RuntimeError("could not find the /ID placeholder in the written PDF")
    fixed = b"<" + digest + b">"
    tail = data[at:].replace(hole, fixed, 2)
    return data[:at] + tail


def reader_of(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def bookmark_title(title: str, first: int, lang: str) -> str:
    """An outline entry's title with the packet page it starts on (1-based): "Payslip (p. 3)"."""
    return f"{title} (第 {first} 页)" if lang == "zh" else f"{title} (p. {first})"
