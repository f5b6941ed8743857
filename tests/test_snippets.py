"""Snippets: best fragments, stemmed and phrase highlighting, fallback."""

from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from newsearch import analysis
from newsearch.snippets import MARK_END, MARK_START, MatchSpec, find_matches, render, snippet

TEXT = ("Syrian authorities said the soldiers were trapped. " * 3
        + "They left the hospitals of Jisr al-Shughur on Friday. "
        + "Other news followed about markets and weather. " * 10)


def marked(s: str) -> list[str]:
    out = []
    for part in s.split(MARK_START)[1:]:
        out.append(part.split(MARK_END)[0])
    return out


def test_stemmed_match_is_highlighted():
    s = snippet(TEXT, MatchSpec(stems={analysis.stem("hospital")}))
    assert "hospitals" in marked(s)


def test_phrase_is_one_span_across_a_hyphen():
    s = snippet(TEXT, MatchSpec(phrases=[["jisr", "al", "shughur"]]))
    assert marked(s) == ["Jisr al-Shughur"]


def test_adjacent_words_merge_into_one_span():
    spec = MatchSpec(stems={analysis.stem(w) for w in ("jisr", "al", "shughur")})
    assert "Jisr al-Shughur" in marked(snippet(TEXT, spec))


def test_prefix_match():
    assert "hospitals" in marked(snippet(TEXT, MatchSpec(prefixes=("hosp",))))


def test_no_match_falls_back_to_the_opening():
    s = snippet(TEXT, MatchSpec(stems={"zebra"}))
    assert s.startswith("Syrian authorities said")
    assert MARK_START not in s


def test_never_empty_for_non_empty_text():
    assert snippet("Short.", MatchSpec()) == "Short."


def test_render_markers():
    assert render(f"a {MARK_START}b{MARK_END} c", "<b>", "</b>") == "a <b>b</b> c"


_PIECES = [*"ab 's`-.,\n", "Bombs", "bombing", "city", "cities", "al", "Shughur", "-"]
_SPECS = st.builds(
    MatchSpec,
    stems=st.sets(st.sampled_from(["bomb", "citi", "a", "shughur"])),
    words=st.sets(st.sampled_from(["al", "b", "bombs"])),
    prefixes=st.lists(st.sampled_from(["ci", "bo"]), max_size=1).map(tuple),
    phrases=st.lists(st.lists(st.sampled_from(["al", "shughur", "a", "s", "b"]), min_size=1,
                              max_size=3), max_size=2))


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), _SPECS)
def test_the_ascii_fast_path_matches_what_tokenising_every_word_matches(text, spec):
    fast = find_matches(text, spec)
    with patch.object(analysis, "scan", return_value=None):
        slow = find_matches(text, spec)
    assert fast == slow
