"""file_sha256 keeps a file's digest while its stat says it is unchanged, and reads a file written since again, even
one of the same size written within the same second (the web page hashes every file of a case on each load)."""

from __future__ import annotations

import hashlib
import os

from packet.core import own_output
from packet.core.own_output import file_sha256


def test_a_file_rewritten_with_the_same_size_and_mtime_is_read_again(tmp_path):
    p = tmp_path / "statement.pdf"
    p.write_bytes(b"%PDF-1.4 first")
    first = file_sha256(p)
    assert first == hashlib.sha256(b"%PDF-1.4 first").hexdigest()
    st = os.stat(p)
    p.write_bytes(b"%PDF-1.4 other")  # same size
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same modification time: only ctime tells
    assert file_sha256(p) == hashlib.sha256(b"%PDF-1.4 other").hexdigest()


def test_an_unchanged_file_is_not_read_twice(tmp_path, monkeypatch):
    p = tmp_path / "payslip.jpg"
    p.write_bytes(os.urandom(4096))
    want = file_sha256(p)
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    assert file_sha256(p) == want and not opened


def test_the_memo_is_bounded(tmp_path):
    for i in range(own_output.SHA_MEMO_MAX + 20):
        (tmp_path / f"{i}.txt").write_text(str(i))
        file_sha256(tmp_path / f"{i}.txt")
    assert len(own_output._sha_memo) <= own_output.SHA_MEMO_MAX
