"""The pure parts of bench/fit_orgfocus.py: focus values, the fit, the tag score."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import fit_orgfocus as fo  # noqa: E402

LEAD = ("The IMF agreed a loan to Zambia on Monday. Officials said talks went well. "
        + "Copper output rose in the year. " * 20
        + "Exports to the European Community fell.")


def _values(key: str, table: dict[str, list[int]], passing: dict[str, int] | None = None,
            ) -> dict[str, float]:
    rule = {"international monetary fund"}
    x = fo.features(table, LEAD, passing or {}, rule)[key]
    return dict(zip(fo.FEATURES, x, strict=True))


def test_headline_body_and_late_body_differ_where_expected() -> None:
    table = {"international monetary fund": [-1, LEAD.index("IMF")],
             "european community": [LEAD.index("European")]}
    imf = _values("international monetary fund", table)
    ec = _values("european community", table)
    assert (imf["rule"], imf["headline"], imf["lead"]) == (1.0, 1.0, 1.0)
    assert imf["first_offset"] < 0.1 and imf["first_sentence"] == 0.0
    assert (ec["rule"], ec["headline"], ec["lead"]) == (0.0, 0.0, 0.0)
    assert ec["first_offset"] > 0.9 and ec["first_sentence"] == 1.0  # capped
    assert ec["other_in_headline"] == 1.0 and imf["other_in_headline"] == 0.0
    assert ec["spelled_out"] == 1.0 and imf["spelled_out"] == 0.0  # "IMF" is an acronym
    assert (ec["bloc"], ec["finance"], imf["finance"]) == (1.0, 0.0, 1.0)


def test_passing_share_counts_passing_mentions() -> None:
    table = {"european community": [LEAD.index("European")]}
    ec = _values("european community", table, {"european community": 3})
    assert ec["passing_share"] == 0.75
    only = _values("european community", {"european community": []},
                   {"european community": 2})
    assert only["passing_share"] == 1.0 and only["first_offset"] == 1.0


def test_sentence_index_counts_sentence_ends() -> None:
    text = "One here. Two here. Three here."
    assert [fo.sentence_index(text, text.index(w)) for w in ("One", "Two", "Three")] == [0, 1, 2]


def test_fit_finds_the_sign_of_a_telling_value() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.3 * rng.normal(size=400) > 0).astype(float)
    _bias, w = fo.fit(x, y)
    assert w[0] > 2 and abs(w[1]) < 0.5


def test_score_keeps_other_bodies_and_counts_tags() -> None:
    doc = {"gold": {"imf"}, "orgs": ["International Monetary Fund", "World Bank", "Acme Corp"],
           "table": {"international monetary fund": [0], "world bank": [90]}}
    codes = {"imf", "worldbank"}
    assert fo.score([doc], lambda d, k: True, codes) == (0.5, 1.0, 2 / 3)
    assert fo.score([doc], lambda d, k: k == "international monetary fund", codes) == (
        1.0, 1.0, 1.0)
