"""Facet tables: counts from the NumPy tables equal a plain count of each hit's values."""

from datetime import date

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.engine import facets as fc
from newsearch.engine import segfacets

VALUES = st.lists(st.sampled_from(["Syria", "Turkey", "Iraq", "syria", "Idlib", "Aleppo"]),
                  max_size=3, unique=True)
ROWS = st.lists(st.tuples(st.fixed_dictionaries({"place": VALUES, "org": VALUES}),
                          st.integers(0, 3)), min_size=1, max_size=60)


@given(ROWS, st.data(), st.integers(1, 4))
def test_table_counts_equal_counting_each_hits_values(rows, data, limit):
    tables = segfacets.tables_from_rows(rows)
    hits = data.draw(st.sets(st.integers(0, len(rows) - 1)))
    docnums = np.array(sorted(hits), dtype=np.int64)
    for facet in ("place", "org"):
        want = fc.count_lists((rows[d][0][facet] for d in sorted(hits)), limit)
        assert fc.count(tables, facet, docnums, limit) == want
    assert fc.count(tables, "person", docnums, limit) == []


def test_a_tie_at_the_limit_is_broken_by_name():
    rows = [({"place": ["b"]}, 0), ({"place": ["a"]}, 0), ({"place": ["c", "a"]}, 0)]
    tables = segfacets.tables_from_rows(rows)
    got = fc.count(tables, "place", np.arange(3), 2)
    assert [(c.value, c.count) for c in got] == [("a", 2), ("b", 1)]


def test_histogram_counts_each_day_and_fills_empty_buckets():
    d1, d2 = date(2015, 5, 20).toordinal(), date(2015, 5, 22).toordinal()
    bucket, buckets = fc.histogram([d1, d1, 0, d2])
    assert bucket == "day"
    assert [b.count for b in buckets] == [2, 0, 1]
    assert fc.histogram([0, 0]) == ("", [])


def test_facet_data_round_trips():
    values = {"place": ["Syria", "Idlib"], "org": ["IMF"]}
    assert fc.decode_facet_data(fc.encode_facet_data(values, 7)) == (values, 7)
    assert fc.decode_facet_data(b"") == ({}, 0)


def _reference_histogram(ordinals, bucket):
    from collections import Counter
    from datetime import date

    def start(d):
        return d if bucket == "day" else d.replace(day=1) if bucket == "month" else \
            d.replace(month=1, day=1)
    return Counter(start(date.fromordinal(o)) for o in ordinals if o > 0)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(0, 800_000), max_size=60),
       st.sampled_from([None, "day", "month", "year"]))
def test_histogram_counts_every_dated_hit_in_its_bucket(ordinals, bucket):
    from newsearch.engine import facets

    if bucket == "day" and ordinals and max(ordinals) - min(o for o in ordinals) > 5000:
        bucket = "year"  # keep the filled-in day list small
    chosen, buckets = facets.histogram(ordinals, bucket)
    dated = [o for o in ordinals if o > 0]
    assert sum(b.count for b in buckets) == len(dated)
    if not dated:
        assert buckets == []
        return
    want = _reference_histogram(dated, chosen)
    got = {b.start.date(): b.count for b in buckets if b.count}
    assert got == dict(want)
    assert all(a.end == b.start for a, b in zip(buckets, buckets[1:], strict=False))
