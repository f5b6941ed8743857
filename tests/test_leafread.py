"""Reading a segment's postings and lengths from Whoosh's files as arrays."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from whoosh import fields
from whoosh.filedb.filestore import FileStorage

from newsearch.engine import leafread


def test_lengths_equal_whooshs_including_documents_past_the_column(tmp_path: Path) -> None:
    schema = fields.Schema(body=fields.TEXT, title=fields.TEXT)
    ix = FileStorage(str(tmp_path)).create_index(schema)
    writer = ix.writer()
    for i in range(40):
        doc = {"body": " ".join(["word"] * (1 + i * 37))}
        if i < 10:  # later documents have no title: the title column stops early
            doc["title"] = " ".join(["title"] * (1 + i % 5))
        writer.add_document(**doc)
    writer.commit()
    with ix.reader() as reader:
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
        for leaf in leaves:
            for name in ("body", "title"):
                want = [leaf.doc_field_length(d, name) or 0 for d in range(leaf.doc_count_all())]
                got = leafread.leaf_lengths(leaf, name)
                assert got.tolist() == want
                assert got.dtype == np.float64
        assert leafread.leaf_lengths(leaves[0], "body").max() > 255  # beyond exact bytes


def test_postings_equal_whooshs_matcher(tmp_path: Path) -> None:
    schema = fields.Schema(body=fields.TEXT)
    ix = FileStorage(str(tmp_path)).create_index(schema)
    writer = ix.writer()
    for i in range(300):  # several 128-posting blocks
        writer.add_document(body=" ".join(["common"] * (1 + i % 4) + [f"w{i}"]))
    writer.commit()
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            ids, tfs = leafread.leaf_postings(leaf, "body", "common")
            m = leaf.postings("body", "common")
            assert list(zip(ids.tolist(), tfs.tolist(), strict=True)) == \
                [(d, w) for d, w in zip(m.all_ids(), (1.0 + i % 4 for i in range(300)),
                                        strict=True)]
            assert leafread.leaf_postings(leaf, "body", "absent") is None
