"""Analysis: one normalisation for index and query."""

from hypothesis import given
from hypothesis import strategies as st

from newsearch import analysis


def test_hyphen_variants_give_the_same_words():
    forms = ["al-Shughur", "al Shughur", "al\u2011Shughur", "al\u2010Shughur", "AL–SHUGHUR"]
    assert {tuple(analysis.words(f)) for f in forms} == {("al", "shughur")}


def test_diacritics_and_case_fold():
    assert analysis.words("Café NAÏVE Zürich") == ["cafe", "naive", "zurich"]
    # Decomposed accents (e + combining acute) fold the same as composed ones.
    assert analysis.words("Cafe\u0301") == ["cafe"]


def test_possessive_s_is_dropped_with_straight_or_curly_apostrophe():
    assert analysis.words("Assad’s army") == ["assad", "army"]
    assert analysis.words("Assad's army") == ["assad", "army"]


def test_stemming_conflates_inflections():
    assert analysis.stems("hospitals") == analysis.stems("hospital")
    assert analysis.stems("fighting fighters")[0] == analysis.stem("fight")


def test_offsets_point_into_the_original_text():
    text = "The Jisr al‑Shughur hospital"
    for word, start, end in analysis.tokens(text):
        assert analysis.fold(text[start:end]) == word


def test_name_key_unifies_arabic_article_variants():
    keys = {analysis.name_key(n) for n in
            ("Jisr al-Shughur", "Jisr al Shughur", "Jisr ash-Shughur", "Jisr el-Shughur")}
    assert keys == {"jisr al shughur"}
    # A trailing short word is not an article.
    assert analysis.name_key("Ahmad As") == "ahmad as"


def test_name_key_of_plain_words_is_the_words_lower_cased():
    # Plain words one space apart take a short cut: the same key as the full path.
    assert analysis.name_key("New York") == "new york"
    assert analysis.name_key("Jisr ash Shughur") == "jisr al shughur"  # an article inside
    assert analysis.name_key("Bank  of\nEngland") == "bank of england"  # other spacing
    assert analysis.name_key("Reagan's Aides") == "reagan aides"  # a possessive
    assert analysis.name_key(" ") == ""


@given(st.text())
def test_tokens_never_fail_and_words_are_folded(text):
    for word, start, end in analysis.tokens(text):
        assert word
        assert 0 <= start < end <= len(text)
        assert word == analysis.fold(word)


@given(st.text(alphabet=st.sampled_from("ab sSś'’`´Éé\u0301_-.9")) | st.text()
       | st.text(alphabet=st.sampled_from("aZ sS't`T0.-_")))  # ASCII, capitals: its own path
def test_words_and_stems_are_exactly_the_tokens(text):
    # words() and stems() take a faster path than tokens(); they must agree.
    folded = [w for w, _, _ in analysis.tokens(text)]
    assert analysis.words(text) == folded
    assert analysis.stems(text) == [analysis.stem(w) for w in folded]


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=14)
                | st.sampled_from(["dying", "lying", "skies", "cities", "agreed", "news"])))
def test_stem_many_gives_each_words_stem(words):
    # The writer stems a segment's new words in one call (documents._Stems.many).
    assert analysis.stem_many(words) == [analysis.stem(w) for w in words]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14)
       | st.sampled_from(["dying", "lying", "tying", "skies", "cities", "agreed", "news"]))
def test_every_word_starts_with_its_stem_prefix(word):
    # The fast scans (snippets, re-scoring) find words by this prefix.
    assert word.startswith(analysis.stem_prefix(analysis.stem(word)))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fast_path_gives_the_tokens_words(text):
    # words() splits ASCII text with a translation table; tokens() uses the regex.
    assert analysis.words(text) == [w for w, _, _ in analysis.tokens(text)]


def test_ascii_possessives_with_either_mark_before_letters_punctuation_or_end():
    cases = {"Bob's car, Jim`s; it'sy x's": ["bob", "car", "jim", "it", "sy", "x"],
             "O'Neill's 'S' `s's": ["o", "neill"]}
    for text, want in cases.items():
        assert analysis.words(text) == want
        assert [w for w, _, _ in analysis.tokens(text)] == want
