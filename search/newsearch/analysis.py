"""Text normalisation shared by indexing and querying.

One definition serves both sides, so a query word is always reduced exactly as
the indexed text was. Pure Python (no search-engine imports): the engine wraps
these functions in its own analyzers.

Rules:
- Unicode is folded: compatibility forms, diacritics dropped, case folded.
- Hyphens of every kind (``-``, non-breaking ``‑``, en/em dashes, soft hyphen)
  and apostrophes split words, so ``al-Shughur`` == ``al Shughur``.
- A possessive ``'s`` is dropped (``Assad’s`` -> ``assad``).
- Ranked text is stemmed with the English Snowball stemmer.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
import Stemmer

# Numbers written as words: wire copy spells those under ten, and any story may open with one
# ("Eleven people are killed"). Extraction counts them as common words, never names; folding
# repeated stories counts them as figures (engine/collapse.py).
_NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "dozen dozens scores first second third fourth fifth sixth seventh eighth ninth tenth "
    "eleventh twelfth")
NUMBER_WORDS = frozenset(_NUMBERS.split())

# A word: letters/digits, possibly followed by combining marks (decomposed
# accents); "_" is excluded so snake_case splits like other punctuation.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")
_APOSTROPHES = "'’‘ʼ`´"
# A word right after an apostrophe: tokens() skips it when it folds to "s".
_AFTER_APOSTROPHE = re.compile(r"(?<=['’‘ʼ`´])" + _WORD.pattern)

# Without PyStemmer's own cache (its 10,000 words purge themselves again and again over a
# segment's new words: 20,583 of them took 55-147 ms with it, 18 ms without); the writer
# stems each word once per segment anyway.
_stemmer = Stemmer.Stemmer("english", 0)

# Words too common to help a ranked (any-term) query. Kept out of ranked
# bag-of-words queries only; they stay in the index so phrases still match.
STOP_WORDS: frozenset[str] = frozenset([
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
    "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
    "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
    "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
    "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
    "said", "says", "say", "may", "might", "must", "shall", "upon", "within", "without",
    "whether", "however", "therefore", "thus", "among", "amongst", "via", "per", "etc",
    "ie", "eg", "one", "two", "many", "much",
])

# Arabic definite-article variants, unified so "ash-Shughur" == "al-Shughur"
# in names (places, actors). Not applied to free text: "as"/"an" are English.
ARABIC_ARTICLES = frozenset({"al", "el", "ash", "as", "ad", "an", "ar", "at", "az", "ath", "adh",
                             "aš", "ul", "ud", "us"})


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Fold one word: compatibility decomposition, no diacritics, case-folded."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """English Snowball stem of an already folded word."""
    return _stemmer.stemWord(word)


def stem_many(words: list[str]) -> list[str]:
    """:func:`stem` of each word, in one call to the stemmer (not remembered)."""
    return _stemmer.stemWords(words)


def tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield ``(folded_word, start, end)`` for each word of ``text``.

    Offsets refer to ``text`` itself, so highlighting can map matches back.
    A possessive ``s`` after an apostrophe is dropped.
    """
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = fold(match.group())
        if word == "s" and start > 0 and text[start - 1] in _APOSTROPHES:
            continue
        yield word, start, end


_ASCII_WORD = re.compile(r"[a-z0-9]+")
# ASCII: a capital becomes its small letter and every byte but a letter or digit a
# space, so str.split() gives _ASCII_WORD's matches of the lower-cased text (about
# twice as fast as findall), with no str.lower() copy of the text first.
# A bytes table: bytes.translate is a look-up per byte, and with the encode and
# decode around it (plain copies for ASCII) half the time of str.translate, which
# consults a mapping.
_ASCII_SPACES = bytes(ord(chr(c).lower()) if chr(c).isascii() and chr(c).isalnum() else 32
                      for c in range(256))
# A possessive "s" (either case: matched before lower-casing) with its apostrophe
# becomes a space. One pattern per mark: a literal start is found by a fast scan (a
# class is tested at every offset), and the replacement is a plain string (a group
# reference is expanded in Python).
_ASCII_POSSESSIVES = tuple((mark, re.compile(mark + r"[sS](?![a-zA-Z0-9])")) for mark in "'`")
_ASCII_WORD_BYTE = np.zeros(256, dtype=bool)
_ASCII_WORD_BYTE[list(b"abcdefghijklmnopqrstuvwxyz0123456789")] = True
_APOSTROPHE_BYTE = np.zeros(256, dtype=bool)
_APOSTROPHE_BYTE[list(b"'`")] = True


_STARTS: OrderedDict[str, tuple[str, np.ndarray]] = OrderedDict()
STARTS_CACHE = 2048  # texts whose word starts are kept: a hit is often scanned again
_STARTS_LOCK = threading.Lock()


def _word_starts(text: str) -> tuple[str, np.ndarray]:
    """Lower-cased ASCII ``text`` and the offsets where its words begin (as tokens() splits)."""
    with _STARTS_LOCK:
        cached = _STARTS.get(text)
        if cached is not None:
            _STARTS.move_to_end(text)
            return cached
    low = text.lower()  # keeps every offset in place
    codes = np.frombuffer(low.encode("ascii"), dtype=np.uint8)
    is_word = _ASCII_WORD_BYTE[codes]
    starts = np.flatnonzero(is_word & ~np.concatenate(([False], is_word[:-1])))
    if len(starts) and starts[-1] + 1 >= len(codes):
        codes, is_word = np.append(codes, 32), np.append(is_word, False)  # room to look ahead
    # A lone "s" after an apostrophe (a possessive) is not a word, as in tokens().
    possessive = ((codes[starts] == ord("s")) & ~is_word[starts + 1]
                  & _APOSTROPHE_BYTE[codes[np.maximum(starts - 1, 0)]] & (starts > 0))
    found = (low, starts[~possessive])
    with _STARTS_LOCK:  # searches may run in threads (the TUI, an embedding app)
        _STARTS[text] = found
        if len(_STARTS) > STARTS_CACHE:
            _STARTS.popitem(last=False)
    return found


def scan(text: str, prefixes: set[str]) -> tuple[int, list[tuple[str, int, int, int]]] | None:
    """The words of ASCII ``text`` that start with one of ``prefixes``, found in one C-level pass.

    Returns the number of words in ``text`` and ``(folded_word, start, end,
    index)`` for each word found, ``index`` numbering words as :func:`tokens`
    does. None when the fast path does not apply (non-ASCII text or prefixes,
    or an empty prefix): the caller then uses :func:`tokens`.
    """
    if not prefixes or not text.isascii() or not all(p.isascii() and p for p in prefixes):
        return None
    low, starts = _word_starts(text)
    alternatives = "|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))
    # No look-behind (it makes the regex try every offset): a match that does
    # not begin a word is dropped below, and cannot swallow the next word.
    matches = list(re.finditer(rf"(?:{alternatives})[a-z0-9]*", low))
    if not matches:
        return len(starts), []
    at = np.array([m.start() for m in matches])
    indexes = np.minimum(np.searchsorted(starts, at), max(len(starts) - 1, 0))
    is_start = (starts[indexes] == at) if len(starts) else np.zeros(len(at), dtype=bool)
    return len(starts), [(m.group(), m.start(), m.end(), i) for m, i, ok
                         in zip(matches, indexes.tolist(), is_start.tolist(), strict=True) if ok]


def stem_prefix(stem_: str) -> str:
    """A prefix every word with this stem starts with.

    Snowball changes only a word's end (skies -> sky, city -> citi, agreed ->
    agre), but for short "ying" words (dying -> die, vying -> vie).
    """
    if len(stem_) == 3 and stem_.endswith("ie"):
        return stem_[0]
    return stem_[:-1] if len(stem_) > 2 else stem_


def words(text: str) -> list[str]:
    """The folded words of ``text``, unstemmed (for exact phrases)."""
    # Same words as tokens(), without offsets: one findall is several times faster.
    if text.isascii():
        # The table lower-cases: no str.lower() copy.
        for mark, possessive in _ASCII_POSSESSIVES:
            if mark in text:
                text = possessive.sub(" ", text)
        return text.encode("ascii").translate(_ASCII_SPACES).decode("ascii").split()
    return [fold(w) for w in _WORD.findall(_without_possessives(text))]


def stems(text: str) -> list[str]:
    """The folded, stemmed words of ``text`` (for ranked fields)."""
    return list(map(stem, words(text)))


def _without_possessives(text: str) -> str:
    if not any(a in text for a in _APOSTROPHES):
        return text
    return _AFTER_APOSTROPHE.sub(lambda m: " " if fold(m.group()) == "s" else m.group(), text)


def name_key(name: str) -> str:
    """Normalise a name (place, person, organisation) to a comparison key.

    Folded words joined by single spaces, with Arabic article variants
    unified: ``Jisr ash-Shughur`` and ``Jisr al Shughur`` give one key.
    """
    if name.isascii():
        if name.isalpha():
            return name.lower()  # one plain word, the commonest case: what the rest would give
        # Plain words one space apart ("New York"), most names of several words: words()
        # would split the lower-cased name at its spaces and nothing else.
        low = name.lower()
        parts = low.split(" ")
        if "".join(parts).isalpha() and "" not in parts \
                and ARABIC_ARTICLES.isdisjoint(parts[:-1]):
            return low
    parts = words(name)
    if ARABIC_ARTICLES.isdisjoint(parts[:-1]):  # most names: no generator needed
        return " ".join(parts)
    return " ".join("al" if p in ARABIC_ARTICLES and i < len(parts) - 1 else p
                    for i, p in enumerate(parts))


def name_words(name: str) -> list[str]:
    """The words of :func:`name_key`, for indexing names as phrases."""
    key = name_key(name)
    return key.split() if key else []
