"""The hold-out sets' manifests (bench/thirdparty/holdout.json, holdout2.json, holdout3.json) and the corpus fetcher's
handling of them.

A hold-out set only measures something if it stays apart from what was tuned against: no document (by id or by the
bytes of its source file) in two sets, no repository shared, and labels of the same shape the scorer reads. Set 2
judges fixes made while set 1 is used for development, so it is kept apart from both the development corpus and set 1;
set 3 judges fixes made against sets 1 and 2, so it is kept apart from all three.
The documents themselves are not in the repository, so these tests read the manifests and use a git repository
made here for the fetcher.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH / "thirdparty"))
sys.path.insert(0, str(BENCH))

import fetch_corpus  # noqa: E402
from thirdparty_bench import FIELDS, HOLDOUT2_CASES, HOLDOUT3_CASES, HOLDOUT3_CHECKLIST, HOLDOUT_CASES  # noqa: E402

from packet.rules.checklist import load_checklist  # noqa: E402


def _docs(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def test_holdout_is_disjoint_from_the_development_corpus():
    dev, held = _docs(fetch_corpus.MANIFEST), _docs(fetch_corpus.HOLDOUT)
    assert not {d["id"] for d in dev} & {d["id"] for d in held}
    assert not {d["source_sha256"] for d in dev if "source_sha256" in d} & {d["source_sha256"] for d in held}
    assert not {d["repo"] for d in dev if d["origin"] == "thirdparty"} & {d["repo"] for d in held}


def test_holdout2_is_disjoint_from_the_development_corpus_and_holdout1():
    new = _docs(fetch_corpus.HOLDOUT2)
    for old in (_docs(fetch_corpus.MANIFEST), _docs(fetch_corpus.HOLDOUT)):
        assert not {d["id"] for d in old} & {d["id"] for d in new}
        old_bytes = {d[k] for d in old for k in ("source_sha256", "sha256") if k in d}
        assert not old_bytes & {d[k] for d in new for k in ("source_sha256", "sha256")}
        assert not {d["repo"] for d in old if d["origin"] == "thirdparty"} & {d["repo"] for d in new}


def test_holdout3_is_disjoint_from_the_development_corpus_and_both_earlier_sets():
    new = _docs(fetch_corpus.HOLDOUT3)
    for old in (_docs(fetch_corpus.MANIFEST), _docs(fetch_corpus.HOLDOUT), _docs(fetch_corpus.HOLDOUT2)):
        assert not {d["id"] for d in old} & {d["id"] for d in new}
        old_bytes = {d[k] for d in old for k in ("source_sha256", "sha256") if k in d}
        assert not old_bytes & {d[k] for d in new for k in ("source_sha256", "sha256")}
        assert not {d["repo"] for d in old if d["origin"] == "thirdparty"} & {d["repo"] for d in new}


@pytest.mark.parametrize("manifest", [fetch_corpus.HOLDOUT, fetch_corpus.HOLDOUT2, fetch_corpus.HOLDOUT3],
                         ids=["holdout", "holdout2", "holdout3"])
def test_holdout_entries_have_the_scorers_shape(manifest):
    held = _docs(manifest)
    assert 20 <= len(held) <= 40
    assert len({d["id"] for d in held}) == len(held)
    assert 3 <= sum(d.get("derive") == "photo" for d in held) <= 6
    for d in held:
        assert d["origin"] == "thirdparty" and d["lang"] in ("en", "zh"), d["id"]
        assert d["form"] in ("text", "scan", "photo", "image"), d["id"]
        assert len(d["commit"]) == 40 and len(d["source_sha256"]) == 64 and len(d["sha256"]) == 64, d["id"]
        wanted = set(FIELDS[d["type"]])
        assert set(d["fields"]) <= wanted, d["id"]
        assert set(d["fields"]) | set(d["absent"]) == wanted and not set(d["fields"]) & set(d["absent"]), d["id"]
        for value in d["fields"].values():
            assert value and (isinstance(value, str) or all(isinstance(v, str) and v for v in value)), d["id"]


@pytest.mark.parametrize("manifest, cases", [(fetch_corpus.HOLDOUT, HOLDOUT_CASES),
                                             (fetch_corpus.HOLDOUT2, HOLDOUT2_CASES),
                                             (fetch_corpus.HOLDOUT3, HOLDOUT3_CASES)],
                         ids=["holdout", "holdout2", "holdout3"])
def test_holdout_cases_name_holdout_documents(manifest, cases):
    ids = {d["id"] for d in _docs(manifest)}
    assert cases and all(set(case[4]) <= ids for case in cases)
    assert all(Path(case[1]).is_file() for case in cases)


def test_default_destinations_keep_the_sets_apart(monkeypatch, tmp_path):
    monkeypatch.setenv("PACKET_CORPUS", str(tmp_path / "dev"))
    monkeypatch.setenv("PACKET_CORPUS_HOLDOUT", str(tmp_path / "held"))
    monkeypatch.setenv("PACKET_CORPUS_HOLDOUT2", str(tmp_path / "held2"))
    monkeypatch.setenv("PACKET_CORPUS_HOLDOUT3", str(tmp_path / "held3"))
    assert fetch_corpus.default_dest() == tmp_path / "dev"
    assert fetch_corpus.default_dest(fetch_corpus.HOLDOUT) == tmp_path / "held"
    assert fetch_corpus.default_dest(fetch_corpus.HOLDOUT2) == tmp_path / "held2"
    assert fetch_corpus.default_dest(fetch_corpus.HOLDOUT3) == tmp_path / "held3"
    monkeypatch.delenv("PACKET_CORPUS_HOLDOUT2")
    monkeypatch.delenv("PACKET_CORPUS_HOLDOUT3")
    assert fetch_corpus.default_dest(fetch_corpus.HOLDOUT2) == Path.home() / ".cache" / "packet-corpus-holdout2"
    assert fetch_corpus.default_dest(fetch_corpus.HOLDOUT3) == Path.home() / ".cache" / "packet-corpus-holdout3"


@pytest.mark.parametrize("clone", [False, True], ids=["bare", "clone"])
def test_fetch_reads_bare_mirrors_and_clones_and_checks_the_hash(tmp_path, clone):
    mirrors = tmp_path / "mirrors"
    work = tmp_path / "work"
    work.mkdir()
    raw = b"%PDF-1.4 not really a statement\n"
    (work / "s.pdf").write_bytes(raw)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run(git + ["init", "-q", str(work)], check=True)
    subprocess.run(git + ["-C", str(work), "add", "s.pdf"], check=True)
    subprocess.run(git + ["-C", str(work), "commit", "-q", "-m", "s"], check=True)
    commit = subprocess.run(["git", "-C", str(work), "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    target = mirrors / "someone+statements" / "repo"
    target.parent.mkdir(parents=True)
    if clone:
        subprocess.run(["git", "clone", "-q", str(work), str(target)], check=True)
    else:
        subprocess.run(["git", "clone", "-q", "--bare", str(work), str(target)], check=True)
    digest = hashlib.sha256(raw).hexdigest()
    entry = {"id": "s1", "origin": "thirdparty", "repo": "someone/statements", "commit": commit, "path": "s.pdf",
             "source_sha256": digest, "sha256": digest}
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps({"documents": [entry, dict(entry, id="absent", repo="nobody/here")]}))
    got = fetch_corpus.fetch(tmp_path / "out", mirrors, manifest=manifest)
    assert set(got) == {"s1"} and got["s1"].read_bytes() == raw

    manifest.write_text(json.dumps({"documents": [dict(entry, source_sha256="0" * 64)]}))
    with pytest.raises(ValueError, match="does not match its sha256"):
        fetch_corpus.fetch(tmp_path / "out2", mirrors, manifest=manifest)


def test_holdout3_checklist_loads_with_its_optional_fields():
    """Set 3's cases rest on a user's checklist that lets a statement go without the holder's name and a bill without
    the patient's (its generated statements print no holder, its hospital bill no patient): a key misspelt in the
    file would make every case incomplete by its own labels."""
    cl = load_checklist(HOLDOUT3_CHECKLIST)
    options = {o.type: o for r in cl.requirements for o in r.options}
    assert options["bank_statement"].optional_fields == ("account_holder",)
    assert options["medical_bill"].optional_fields == ("patient",)
    assert [r.when for r in cl.requirements] == [{}, {"hardship": "medical"}]
