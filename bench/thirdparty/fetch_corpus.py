"""Bring the third-party corpus (bench/thirdparty/manifest.json) into a folder outside the repository.

    python bench/thirdparty/fetch_corpus.py [--SET | --manifest FILE] [--dest DIR] [--mirrors DIR] [--record]

SET is one of the names in :data:`SETS` (holdout, holdout2 ... holdout15, independent3 ... independent21, independent22, independent23, independent24, independent25).

Default destination: $PACKET_CORPUS, else ~/.cache/packet-corpus, for the development corpus; for a set of :data:`SETS`
$PACKET_CORPUS_<SUFFIX>, else ~/.cache/packet-corpus-<suffix>, with the set's suffix (--holdout8: HOLDOUT8 and
holdout8; --independent9: INDEP9 and indep9), so no two sets share a folder. Documents are never committed.
Each third-party file is read from a local mirror of its repository (default /work/.mirror/<owner>+<name>/repo, a bare
git directory or a clone with its .git inside) at the commit named in the manifest and checked against its sha256. Machines here reach no code host: a missing mirror
is brought with the search tool's `fetch` verb (fetch github:<owner>/<name>); the script lists what is absent and
goes on with the rest. Some entries are derived: `derive = "photo"` turns page 1 of a third-party file into a phone
photo, and `origin = "generated"` entries are rebuilt by the generator they name (`generator`: gen_independent.py by
default, gen_independent<N>.py for independent<N>.json: independent layouts for the kinds public repositories lack). --record writes the sha256 of what was produced back into the manifest (only when labelling).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_independent  # noqa: E402
import gen_independent3  # noqa: E402
import gen_independent4  # noqa: E402
import gen_independent5  # noqa: E402
import gen_independent6  # noqa: E402
import gen_independent7  # noqa: E402
import gen_independent8  # noqa: E402
import gen_independent9  # noqa: E402
import gen_independent10  # noqa: E402
import gen_independent11  # noqa: E402
import gen_independent12  # noqa: E402
import gen_independent13  # noqa: E402
import gen_independent14  # noqa: E402
import gen_independent15  # noqa: E402
import gen_independent16  # noqa: E402
import gen_independent17  # noqa: E402
import gen_independent18  # noqa: E402
import gen_independent19  # noqa: E402
import gen_independent20  # noqa: E402
import gen_independent21  # noqa: E402
import gen_independent22  # noqa: E402
import gen_independent23  # noqa: E402
import gen_independent24  # noqa: E402
import gen_independent25  # noqa: E402

MANIFEST = HERE / "manifest.json"
HOLDOUT = HERE / "holdout.json"
HOLDOUT2 = HERE / "holdout2.json"
HOLDOUT3 = HERE / "holdout3.json"
HOLDOUT4 = HERE / "holdout4.json"
HOLDOUT5 = HERE / "holdout5.json"
HOLDOUT6 = HERE / "holdout6.json"
HOLDOUT7 = HERE / "holdout7.json"
HOLDOUT8 = HERE / "holdout8.json"
HOLDOUT9 = HERE / "holdout9.json"
HOLDOUT10 = HERE / "holdout10.json"
HOLDOUT11 = HERE / "holdout11.json"
HOLDOUT12 = HERE / "holdout12.json"
HOLDOUT13 = HERE / "holdout13.json"
HOLDOUT14 = HERE / "holdout14.json"
HOLDOUT15 = HERE / "holdout15.json"
INDEP3 = HERE / "independent3.json"
INDEP4 = HERE / "independent4.json"
INDEP5 = HERE / "independent5.json"
INDEP6 = HERE / "independent6.json"
INDEP7 = HERE / "independent7.json"
INDEP8 = HERE / "independent8.json"
INDEP9 = HERE / "independent9.json"
INDEP10 = HERE / "independent10.json"
INDEP11 = HERE / "independent11.json"
INDEP12 = HERE / "independent12.json"
INDEP13 = HERE / "independent13.json"
INDEP14 = HERE / "independent14.json"
INDEP15 = HERE / "independent15.json"
INDEP16 = HERE / "independent16.json"
INDEP17 = HERE / "independent17.json"
INDEP18 = HERE / "independent18.json"
INDEP19 = HERE / "independent19.json"
INDEP20 = HERE / "independent20.json"
INDEP21 = HERE / "independent21.json"
INDEP22 = HERE / "independent22.json"
INDEP23 = HERE / "independent23.json"
INDEP24 = HERE / "independent24.json"
INDEP25 = HERE / "independent25.json"
GENERATORS = {"gen_independent": gen_independent, "gen_independent3": gen_independent3,
              "gen_independent4": gen_independent4, "gen_independent5": gen_independent5,
              "gen_independent6": gen_independent6, "gen_independent7": gen_independent7,
              "gen_independent8": gen_independent8,
              "gen_independent9": gen_independent9, "gen_independent10": gen_independent10,
              "gen_independent11": gen_independent11, "gen_independent12": gen_independent12,
              "gen_independent13": gen_independent13, "gen_independent14": gen_independent14,
              "gen_independent15": gen_independent15, "gen_independent16": gen_independent16,
              "gen_independent17": gen_independent17,
              "gen_independent18": gen_independent18, "gen_independent19": gen_independent19,
              "gen_independent20": gen_independent20,
              "gen_independent21": gen_independent21, "gen_independent22": gen_independent22,
              "gen_independent23": gen_independent23,
              "gen_independent24": gen_independent24,
              "gen_independent25": gen_independent25}


# The sets kept apart from the development corpus: option name -> (manifest, folder suffix, what it is). Each set's files
# go to $PACKET_CORPUS_<SUFFIX> or ~/.cache/packet-corpus-<suffix>, never into another set's folder.
SETS = {
    "holdout": (HOLDOUT, "holdout", "the hold-out set: third-party documents nobody tunes against"),
    "holdout2": (HOLDOUT2, "holdout2", "the second hold-out set, kept apart from both others"),
    "holdout3": (HOLDOUT3, "holdout3", "the third hold-out set, kept apart from the three others"),
    "holdout4": (HOLDOUT4, "holdout4", "the fourth hold-out set, kept apart from the five others"),
    "holdout5": (HOLDOUT5, "holdout5", "the fifth hold-out set, kept apart from all seven others"),
    "holdout6": (HOLDOUT6, "holdout6", "the sixth hold-out set, kept apart from all eight others"),
    "holdout7": (HOLDOUT7, "holdout7", "the seventh hold-out set, kept apart from all the others"),
    "holdout8": (HOLDOUT8, "holdout8", "the eighth hold-out set, kept apart from all the others"),
    "holdout9": (HOLDOUT9, "holdout9", "the ninth hold-out set, kept apart from all the others"),
    "holdout10": (HOLDOUT10, "holdout10", "the tenth hold-out set, kept apart from all the others"),
    "holdout11": (HOLDOUT11, "holdout11", "the eleventh hold-out set, kept apart from all the others"),
    "holdout12": (HOLDOUT12, "holdout12", "the twelfth hold-out set, kept apart from all the others"),
    "holdout13": (HOLDOUT13, "holdout13", "the thirteenth hold-out set, kept apart from all the others"),
    "holdout14": (HOLDOUT14, "holdout14", "the fourteenth hold-out set, kept apart from all the others"),
    "holdout15": (HOLDOUT15, "holdout15", "the fifteenth hold-out set, kept apart from all the others"),
    "independent3": (INDEP3, "indep3", "the third independently generated set, rebuilt by gen_independent3.py"),
    "independent4": (INDEP4, "indep4", "the fourth independently generated set, rebuilt by gen_independent4.py"),
    "independent5": (INDEP5, "indep5", "the fifth independently generated set, rebuilt by gen_independent5.py"),
    "independent6": (INDEP6, "indep6", "the sixth independently generated set, rebuilt by gen_independent6.py"),
    "independent7": (INDEP7, "indep7", "the seventh independently generated set, rebuilt by gen_independent7.py"),
    "independent8": (INDEP8, "indep8", "the eighth independently generated set, rebuilt by gen_independent8.py"),
    "independent9": (INDEP9, "indep9", "the ninth independently generated set, rebuilt by gen_independent9.py"),
    "independent10": (INDEP10, "indep10", "the tenth independently generated set, rebuilt by gen_independent10.py"),
    "independent11": (INDEP11, "indep11", "the eleventh independently generated set, rebuilt by gen_independent11.py"),
    "independent12": (INDEP12, "indep12", "the twelfth independently generated set, rebuilt by gen_independent12.py"),
    "independent13": (INDEP13, "indep13", "the thirteenth independently generated set, rebuilt by gen_independent13.py"),
    "independent14": (INDEP14, "indep14", "the fourteenth independently generated set, rebuilt by gen_independent14.py"),
    "independent15": (INDEP15, "indep15", "the fifteenth independently generated set, rebuilt by gen_independent15.py"),
    "independent16": (INDEP16, "indep16", "the sixteenth independently generated set, rebuilt by gen_independent16.py"),
    "independent17": (INDEP17, "indep17", "the seventeenth independently generated set, rebuilt by gen_independent17.py"),
    "independent18": (INDEP18, "indep18", "the eighteenth independently generated set, rebuilt by gen_independent18.py"),
    "independent19": (INDEP19, "indep19", "the nineteenth independently generated set, rebuilt by gen_independent19.py"),
    "independent20": (INDEP20, "indep20", "the twentieth independently generated set, rebuilt by gen_independent20.py"),
    "independent21": (INDEP21, "indep21",
                      "the twenty-first independently generated set, rebuilt by gen_independent21.py"),
    "independent22": (INDEP22, "indep22",
                      "the twenty-second independently generated set, rebuilt by gen_independent22.py"),
    "independent23": (INDEP23, "indep23",
                      "the twenty-third independently generated set, rebuilt by gen_independent23.py"),
    "independent24": (INDEP24, "indep24",
                      "the twenty-fourth independently generated set, rebuilt by gen_independent24.py"),
    "independent25": (INDEP25, "indep25",
                      "the twenty-fifth independently generated set, rebuilt by gen_independent25.py"),
}


def default_dest(manifest: Path = MANIFEST) -> Path:
    """Where the documents of ``manifest`` go: the development corpus, the hold-out sets and the independent sets never
    share a folder (:data:`SETS`)."""
    for path, suffix, _what in SETS.values():
        if manifest.resolve() == path.resolve():
            return Path(os.environ.get(f"PACKET_CORPUS_{suffix.upper()}")
                        or Path.home() / ".cache" / f"packet-corpus-{suffix}")
    return Path(os.environ.get("PACKET_CORPUS") or Path.home() / ".cache" / "packet-corpus")


def mirror_dir(mirrors: Path, repo: str) -> Path:
    """The git directory of ``repo``'s mirror: ``<owner>+<name>/repo`` (bare) or its ``.git`` (a clone)."""
    d = mirrors / repo.replace("/", "+") / "repo"
    return d / ".git" if (d / ".git").is_dir() else d


def git_show(git_dir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          capture_output=True, check=True).stdout


def _first_page(raw: bytes, path: str) -> Image.Image:
    if path.lower().endswith(".pdf"):
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "d.pdf"
            p.write_bytes(raw)
            subprocess.run(["pdftoppm", "-r", "170", "-png", "-singlefile", "-l", "1", str(p), str(Path(tmp) / "p")],
                           check=True)
            return Image.open(Path(tmp) / "p.png").convert("RGB")
    return Image.open(io.BytesIO(raw)).convert("RGB")


def as_photo(raw: bytes, path: str, seed: str) -> bytes:
    """Page 1 as a phone photo: tilted on a desk, warm light, slightly soft (deterministic per seed)."""
    rng = random.Random(sum(map(ord, seed)))
    im = _first_page(raw, path)
    im = im.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(92, 80, 66))
    bg = Image.new("RGB", (im.width + 160, im.height + 160), (92, 80, 66))
    bg.paste(im, (80 + rng.randrange(-30, 30), 80 + rng.randrange(-30, 30)))
    im = Image.blend(bg, Image.new("RGB", bg.size, (255, 236, 205)), 0.18).filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=82)
    return out.getvalue()


def produce(doc: dict, mirrors: Path) -> tuple[bytes, str]:
    """(bytes, extension) of one manifest entry; raises FileNotFoundError when its mirror is absent."""
    if doc["origin"] == "generated":
        return GENERATORS[doc.get("generator", "gen_independent")].render(doc["doc"], doc["form"])
    git_dir = mirror_dir(mirrors, doc["repo"])
    if not git_dir.is_dir():
        raise FileNotFoundError(doc["repo"])
    raw = git_show(git_dir, doc["commit"], doc["path"])
    if hashlib.sha256(raw).hexdigest() != doc["source_sha256"]:
        raise ValueError(f"{doc['id']}: {doc['repo']}:{doc['path']} does not match its sha256")
    if doc.get("derive") == "photo":
        return as_photo(raw, doc["path"], doc["id"]), "jpg"
    return raw, doc["path"].rsplit(".", 1)[-1].lower()


def load_manifest(manifest: Path = MANIFEST) -> list[dict]:
    return json.loads(manifest.read_text(encoding="utf-8"))["documents"]


def _kept(dest: Path, doc: dict) -> Path | None:
    """The file dest/<id>.<ext> brought by an earlier run, when its bytes still match the manifest's sha256; else None.

    Mirrors are large and a machine may lose them while the corpus folder stays: a document already brought and
    verified is as good as one produced again."""
    want = doc.get("sha256")
    if not want:
        return None
    for path in sorted(dest.glob(f"{doc['id']}.*")):
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == want:
            return path
    return None


def fetch(dest: Path, mirrors: Path, record: bool = False, manifest: Path = MANIFEST) -> dict[str, Path]:
    """Write every document of ``manifest`` as dest/<id>.<ext>; return {id: path} of those present and verified."""
    dest.mkdir(parents=True, exist_ok=True)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    got: dict[str, Path] = {}
    absent: dict[str, int] = {}
    for doc in data["documents"]:
        try:
            raw, ext = produce(doc, mirrors)
        except FileNotFoundError as e:
            kept = _kept(dest, doc)
            if kept is not None:  # brought earlier and unchanged: the mirror is needed only to bring it again
                got[doc["id"]] = kept
                continue
            absent[str(e)] = absent.get(str(e), 0) + 1
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if record:
            doc["sha256"] = digest
        elif digest != doc.get("sha256"):
            print(f"  ! {doc['id']}: produced bytes differ from the manifest's sha256"
                  + (" (regenerated: tool versions differ?)" if doc["origin"] == "generated" or doc.get("derive")
                     else ""), file=sys.stderr)
            if doc["origin"] == "thirdparty" and not doc.get("derive"):
                continue
        out = dest / f"{doc['id']}.{ext}"
        if not out.exists() or out.read_bytes() != raw:
            out.write_bytes(raw)
        got[doc["id"]] = out
    if record:
        manifest.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for repo, n in sorted(absent.items()):
        print(f"  absent: {n} document(s) from {repo}: no mirror at {mirror_dir(mirrors, repo)}; "
              f"bring it with the search tool's fetch verb (fetch github:{repo})", file=sys.stderr)
    return got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = ap.add_mutually_exclusive_group()
    for name, (path, _suffix, what) in SETS.items():
        which.add_argument(f"--{name}", action="store_true", help=f"{what} ({path.name})")
    which.add_argument("--manifest", type=Path, default=MANIFEST)
    ap.add_argument("--dest", type=Path,
                    help="default: $PACKET_CORPUS_<SUFFIX> or ~/.cache/packet-corpus-<suffix> for a set ("
                         + ", ".join(f"--{name}: {suffix}" for name, (_p, suffix, _w) in SETS.items())
                         + "); $PACKET_CORPUS or ~/.cache/packet-corpus for the development corpus")
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--record", action="store_true", help="write the produced sha256 into the manifest")
    args = ap.parse_args()
    manifest = next((path for name, (path, _s, _w) in SETS.items() if getattr(args, name)), args.manifest)
    dest = args.dest or default_dest(manifest)
    got = fetch(dest, args.mirrors, args.record, manifest)
    print(f"{len(got)} of {len(load_manifest(manifest))} documents in {dest}")


if __name__ == "__main__":
    main()
