"""Verifying an index: ``newsearch check``.

Opens every segment and reads every stored document (and checks each
segment's side file against its terms), then compares what is
in Whoosh with the manifest of indexed files: files in the manifest without
documents, files with documents the manifest does not vouch for (a run that
was killed), article counts that differ, duplicate ids. Every failure is
collected as one line; nothing raises.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index

from ..errors import NewsearchError
from . import segfacets, sidecar, store
from .schema import FACETS

MAX_FILE_PROBLEMS = 50  # beyond this, one summary line


@dataclass
class CheckReport:
    """What ``check_index`` found; ``healthy`` when ``problems`` is empty."""

    path: str
    segments: int = 0
    documents: int = 0
    deleted: int = 0
    files_in_manifest: int = 0
    files_with_documents: int = 0
    manifest_articles: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """True if no problem was found."""
        return not self.problems


def check_index(path: Path) -> CheckReport:
    """Verify the index at ``path``: segments, stored documents, manifest agreement."""
    report = CheckReport(path=str(path))
    if not path.is_dir():
        report.problems.append(f"no index at {path}" if not path.exists()
                               else f"index path {path} is a file, not a folder")
        return report
    if not store.has_toc(path):
        report.problems.append(
            f"index at {path}: Whoosh table of contents missing" if store.read_meta(path)
            else f"no index at {path}")
        return report
    try:
        store.check_version(path)
    except NewsearchError as exc:
        report.problems.append(str(exc))
        return report
    lock = store.WriteLock(path, wait=0)
    locked = False
    try:
        lock.__enter__()
        locked = True
    except NewsearchError as exc:
        report.notes.append(f"{exc}: the manifest comparison may see a run in progress")
    try:
        by_file = _read_documents(path, report)
        if by_file is not None:
            _compare_manifest(path, by_file, report)
    finally:
        if locked:
            lock.__exit__(None, None, None)
    return report


def _read_documents(path: Path, report: CheckReport) -> Counter[str] | None:
    """Open every segment and read every stored document; documents per file."""
    try:
        ix = whoosh_index.open_dir(str(path), indexname=store.INDEX_NAME)
    except Exception as exc:  # any Whoosh failure is a finding, not a crash
        report.problems.append(f"cannot open index at {path}: {store.one_line(exc)}")
        return None
    by_file: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    try:
        with ix.reader() as reader:
            leaves = [leaf for leaf, _ in reader.leaf_readers()]
            report.segments = len(leaves)
            for number, leaf in enumerate(leaves, 1):
                try:
                    _read_segment(leaf, by_file, ids, report)
                    _check_side_file(path, leaf, f"segment {number} of {len(leaves)}", report)
                    _check_facet_file(path, leaf, f"segment {number} of {len(leaves)}", report)
                except Exception as exc:
                    report.problems.append(f"segment {number} of {len(leaves)} is damaged: "
                                           f"{store.one_line(exc)}")
    except Exception as exc:
        report.problems.append(f"cannot read index at {path}: {store.one_line(exc)}")
        return None
    finally:
        ix.close()
    dupes = [i for i, n in ids.items() if n > 1]
    if dupes:
        report.problems.append(f"{len(dupes)} article ids appear more than once "
                               f"(e.g. {sorted(dupes)[0]})")
    return by_file


def _read_segment(leaf: object, by_file: Counter[str], ids: Counter[str],
                  report: CheckReport) -> None:
    total = leaf.doc_count_all()  # type: ignore[attr-defined]
    alive = 0
    for _docnum, stored in leaf.iter_docs():  # type: ignore[attr-defined]
        alive += 1
        by_file[stored.get("file", "?")] += 1
        ids[stored.get("id", "?")] += 1
    # Walking every field's term list reads the term dictionaries too.
    for name in leaf.indexed_field_names():  # type: ignore[attr-defined]
        for _ in leaf.lexicon(name):  # type: ignore[attr-defined]
            pass
    report.documents += alive
    report.deleted += total - alive


def _compare_manifest(path: Path, by_file: Counter[str], report: CheckReport) -> None:
    report.files_with_documents = len(by_file)
    manifest_path = path / store.MANIFEST_FILE
    if not manifest_path.exists():
        if by_file:
            report.problems.append(f"manifest {manifest_path} is missing")
        return
    try:
        db = sqlite3.connect(f"file:{manifest_path}?mode=ro", uri=True)
        try:
            status = db.execute("PRAGMA integrity_check").fetchone()[0]
            rows = db.execute("SELECT path, count FROM files").fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        report.problems.append(f"manifest {manifest_path} is unreadable: {exc}")
        return
    if status != "ok":
        report.problems.append(f"manifest {manifest_path} is damaged: {status}")
    manifest = {p: n for p, n in rows}
    report.files_in_manifest = len(manifest)
    report.manifest_articles = sum(manifest.values())
    found: list[str] = []
    for file, count in sorted(manifest.items()):
        have = by_file.get(file, 0)
        if have != count:
            found.append(f"{file}: {have} documents in the index, the manifest says {count}")
    for file in sorted(set(by_file) - set(manifest)):
        found.append(f"{file}: {by_file[file]} documents but not recorded as complete "
                     f"(interrupted run?): run `newsearch index` on it again")
    report.problems.extend(found[:MAX_FILE_PROBLEMS])
    if len(found) > MAX_FILE_PROBLEMS:
        report.problems.append(f"... and {len(found) - MAX_FILE_PROBLEMS} more files disagree "
                               "with the manifest")


def _check_side_file(path: Path, leaf: Any, name: str, report: CheckReport) -> None:
    """A segment's side file must agree with Whoosh's terms (queries trust it)."""
    side_path = sidecar.path_of(path, leaf)
    if side_path is None or not side_path.exists():
        return
    side = sidecar.open_side_file(side_path)
    if side is None:
        report.notes.append(f"{name}: side file {side_path.name} is unreadable; searches read "
                            "Whoosh's postings instead (slower)")
        return
    for fieldname in sidecar.FIELDS:
        if not side.has(fieldname):
            continue
        terms = 0
        for term in leaf.lexicon(fieldname):
            text = term.decode("utf-8")
            terms += 1
            if side.doc_frequency(fieldname, text) != leaf.doc_frequency(fieldname, text):
                report.problems.append(f"{name}: side file {side_path.name} disagrees with the "
                                       f"index on '{fieldname}:{text}'; delete it to search "
                                       "without it")
                return
        if terms != side.term_count(fieldname):
            report.problems.append(f"{name}: side file {side_path.name} holds other terms "
                                   f"than the index; delete it to search without it")
            return


def _check_facet_file(path: Path, leaf: Any, name: str, report: CheckReport) -> None:
    """A segment's facet file must hold what its facet column holds (counts trust it)."""
    segment = leaf.segment()
    facet_path = segfacets.path_for(path, segment.segment_id())
    if not facet_path.exists():
        return
    stored = segfacets.read(facet_path)
    if stored is None or stored.count != leaf.doc_count_all():
        report.notes.append(f"{name}: facet file {facet_path.name} is unreadable; facet counts "
                            "decode the segment's column instead (slower)")
        return
    truth = segfacets.from_column(leaf)

    def pairs(table: segfacets.SegmentFacets, facet: str) -> set[tuple[int, str]]:
        names = table.names[facet]
        return {(d, names[v]) for d, v in zip(table.docs[facet].tolist(),
                                              table.values[facet].tolist(), strict=True)}

    if not np.array_equal(stored.days, truth.days) or any(
            pairs(stored, facet) != pairs(truth, facet) for facet in FACETS):
        report.problems.append(f"{name}: facet file {facet_path.name} disagrees with the index; "
                               "delete it to count facets without it")
