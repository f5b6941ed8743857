"""Snippets: best fragments, stemmed and phrase highlighting, fallback."""

from newsearch import analysis
from newsearch.snippets import MARK_END, MARK_START, MatchSpec, render, snippet

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
