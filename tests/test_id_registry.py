"""The workers' id registry: claims, and how its commits reach the disk."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import newsearch
from newsearch.engine import store
from newsearch.engine.segments import IdRegistry


def test_claims_commit_without_syncing_but_the_manifest_syncs(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    newsearch.create_index(index)
    registry = IdRegistry(index)
    try:
        # NORMAL (1): a claim's commit does not wait for the disk; the manifest's
        # connection (the parent's, which publishes segments) keeps FULL (2).
        assert registry.db.execute("PRAGMA synchronous").fetchone()[0] == 1
        assert registry.claim([("a1", "f#1", "f"), ("a1", "f#2", "f")]) == [
            "a1", f"a1-{hashlib.sha1(b'f#2').hexdigest()[:6]}"]
    finally:
        registry.close()
    manifest = store.Manifest(index)
    try:
        assert manifest.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        manifest.close()
    # Committed: another connection (another process's) sees both claims.
    with sqlite3.connect(str(index / store.MANIFEST_FILE)) as db:
        assert sorted(k for (k,) in db.execute("SELECT key FROM ids")) == ["f#1", "f#2"]
