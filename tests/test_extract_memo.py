"""The memo behind the extractor's key functions, and that memoised scanning and the scanner's
short cuts change nothing."""

from __future__ import annotations

import gc
import re
import weakref

from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.analysis import ARABIC_ARTICLES, fold, name_key
from newsearch.extract import enrich, scan
from newsearch.extract.gazetteer import _TRANSLIT, _place_key, gazetteer, place_key
from newsearch.extract.memo import Memo, lookup_set, trim
from newsearch.extract.names import first_names, popular_given_names
from newsearch.extract.place_mentions import _FREE_NEIGHBOURS
from newsearch.extract.runwords import BOUNDARY_WORDS
from newsearch.extract.scan import key_of, runs, word_key
from newsearch.model import Article


def test_memo_calls_the_function_once_per_argument() -> None:
    calls: list[str] = []

    def upper(s: str) -> str:
        calls.append(s)
        return s.upper()

    get = Memo(upper).get_key
    assert [get("ab"), get("cd"), get("ab")] == ["AB", "CD", "AB"]
    assert calls == ["ab", "cd"]


def test_memo_empties_when_full_and_keeps_answering() -> None:
    memo = Memo(len, limit=3)
    get = memo.get_key
    assert [get(w) for w in ("a", "bb")] == [1, 2]
    trim()  # below its limit: kept
    assert len(memo) == 2
    assert [get(w) for w in ("ccc", "dddd", "a")] == [3, 4, 1]
    trim()  # full: emptied (between stories, see enrich), and it still answers
    assert len(memo) == 0
    assert [get(w) for w in ("dddd", "a")] == [4, 1]


def test_enrich_trims_the_memos_every_so_many_stories() -> None:
    memo = Memo(len, limit=1)
    memo.get_key("ab")
    for _ in range(64):
        enrich(Article(title="", body="Reagan said."))
    assert len(memo) == 0


def test_a_dropped_memo_is_not_kept_for_trimming() -> None:
    memo = Memo(len)
    gone = weakref.ref(memo)
    del memo
    gc.collect()
    trim()
    assert gone() is None


@given(st.text(alphabet=st.sampled_from(list("AbcZ al'’`-. 7ıūé")), max_size=12)
       | st.sampled_from(["Reagan", "U.S.", "Jisr ash-Shughūr", "Reyhanlı", "O'Neill", "",
                          "AL", "Al-Assad", "Reagan's"]))
def test_key_functions_agree_with_the_functions_they_memoise(w: str) -> None:
    assert word_key(w) == fold(w)
    assert key_of(w) == name_key(w)  # (plain ASCII words take a short cut)
    assert place_key(w) == _place_key(w) == name_key(w.translate(_TRANSLIT))


_PIECES = ["Acme Corp.", "The", "Bank of England", "said", "U.S.", "Paul A. Volcker", ",",
           ".", "\n", "Rio de Janeiro", "and", "Jisr ash-Shughur", "Reagan's", "NEW YORK",
           "Mr.", "Gen. Suhail", "-", "it", "In", "Smith & Wesson", "O'Neill", " "]


def _snapshot(text: str) -> list[tuple]:
    return [(r.words, r.spans, r.keys, r.caps, r.sentence_start) for r in runs(text)]


# (No deadline: run alone, the first example also loads the gazetteer and the name tables.)
@settings(deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from(["", "x. ", "the "]))
def test_runs_are_the_same_with_a_cold_or_a_warm_memo(pieces: list[str], prefix: str) -> None:
    text = " ".join(pieces)
    scan._parse.__self__.clear()  # the memo of several-word matches
    cold = _snapshot(text)
    runs(prefix + text + " " + text)  # the same matches, elsewhere and in other contexts
    assert _snapshot(text) == cold


def test_enrich_reads_a_repeated_dateline_the_same_way() -> None:
    def places(body: str) -> list:
        art = enrich(Article(title="Talks resume", body=body, dateline="BADEN, Switzerland, "
                             "March 3 -"))
        return [(p.name, p.country, p.focus) for p in art.places]

    first = places("Officials met in Baden on Tuesday.")
    assert ("Switzerland", "Switzerland", True) in first
    assert places("Officials met in Baden on Tuesday.") == first


def test_lookup_sets_answer_in_and_stay_out_of_the_garbage_collector() -> None:
    words = lookup_set(["alpha", "beta"])
    assert "alpha" in words and "beta" in words and "gamma" not in words
    assert not gc.is_tracked(words)  # a frozenset would be walked by every full collection
    # The big word lists the extractors ask with "in" are such sets.
    assert not gc.is_tracked(first_names()) and not gc.is_tracked(popular_given_names())
    assert not gc.is_tracked(BOUNDARY_WORDS) and not gc.is_tracked(_FREE_NEIGHBOURS)
    gaz = gazetteer()
    assert not gc.is_tracked(gaz.head_keys)
    assert gaz.heads == frozenset(gaz.head_keys) and "new" in gaz.head_keys


def test_loading_the_given_names_leaves_folds_cache_alone() -> None:
    # Tens of thousands of names folded once would stay in fold's lru_cache, and every full
    # garbage collection walks each entry there.
    from newsearch.extract.names import _given_names

    _given_names.cache_clear()
    before = fold.cache_info().currsize
    names, _popular = _given_names()
    assert "juergen" in names or not names  # (empty only without gender-guesser)
    assert fold.cache_info().currsize - before < 100


def test_gazetteer_entries_are_decoded_once_and_kept() -> None:
    gaz = gazetteer()
    first = gaz.entries("reyhanli")
    assert first and first[0].country == "Turkey" and gaz.entries("reyhanli") is first
    assert gaz.entries("no such place at all") == ()


def test_the_scanner_stores_the_keys_the_key_functions_give() -> None:
    # A new plain word's place key (and a one-word run's name key) is stored on first sight.
    words = ["Qorvath", "Brumple", "Zlatko", "Vukovarski", "Fund"]
    for w in words:
        scan.PLACE_KEYS.pop(w, None)
        scan.NAME_KEYS.pop(w, None)
        scan._single.__self__.pop(w, None)
    scan._parse.__self__.pop("Qorvath Brumple Fund", None)
    runs("Zlatko said. The Qorvath Brumple Fund met, and so did Vukovarski.")
    for w in words:
        assert scan.PLACE_KEYS[w] == _place_key(w) == w.lower()
    for w in ("Zlatko", "Vukovarski"):
        assert scan.NAME_KEYS[w] == name_key(w)


_CAPITAL = f"[{scan._UP}]"
_REST_PLAIN = (rf"(?:(?:\.[A-Z])+\.|[^\W_]*(?:['’](?!s\b)[^\W_]+)*"
               rf"(?:\.(?=[ \t]+{_CAPITAL}))?)")
_SEP_PLAIN = r"(?:[ \t]+|[ \t]*\n[ \t]{0,2}(?![ \t])|[ \t]*&[ \t]*|-)"
_CONN_PLAIN = "|".join(sorted(scan.CONNECTORS, key=len, reverse=True))
_ARAB_PLAIN = "|".join(sorted(ARABIC_ARTICLES, key=len, reverse=True))
_ARAB_START = "".join(sorted({a[0] for a in ARABIC_ARTICLES}))
# The run expression with plain "*" and "?", separators and flat alternations: scan writes
# them out (possessive, factored, grouped by first letter) so the engine tries less.
_RUN_PLAIN = re.compile(
    rf"{_CAPITAL}(?<![\w'’].){_REST_PLAIN}(?:(?:{_SEP_PLAIN}(?:(?=[{scan._CONN_START}])"
    rf"(?:{_CONN_PLAIN}){_SEP_PLAIN})*|[ \t]+(?=[{_ARAB_START}])(?:{_ARAB_PLAIN})-)"
    rf"{_CAPITAL}{_REST_PLAIN})*")


@given(st.lists(st.sampled_from(_PIECES + ["de la", "al-", "Ash-", "'s", "’", "O'", "A.", "B.C.",
                                           "\n  ", "\n", "\t", "van der", "é"]), max_size=25))
def test_the_run_expressions_match_what_plain_quantifiers_match(pieces: list[str]) -> None:
    text = " ".join(pieces)
    want = [m.group() for m in _RUN_PLAIN.finditer(text)]
    assert [m.group() for m in scan._RUN.finditer(text)] == want
    assert scan._SPLIT(text)[1::2] == want
    if text.isascii():
        assert scan._ASCII_SPLIT(text)[1::2] == want


@given(st.lists(st.sampled_from(['"', "“", "”", "Suhail", "The Tiger", "Hassan", "said", "\n",
                                 "'", "It", "x"]), max_size=14))
def test_nicknames_are_blanked_alike_with_either_expression(pieces: list[str]) -> None:
    from newsearch.extract import noise

    text = " ".join(pieces)
    assert noise.blank_noise(text) == noise._NICKNAME.sub(noise._blank_nickname, text)
    assert noise.blank_noise("Suhail “The Tiger” Hassan") == "Suhail " + " " * 11 + " Hassan"
    assert noise.blank_noise('Suhail "The Tiger" Hassan') == "Suhail " + " " * 11 + " Hassan"
