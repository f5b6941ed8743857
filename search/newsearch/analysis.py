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
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import Stemmer

# A word: letters/digits, possibly followed by combining marks (decomposed
# accents); "_" is excluded so snake_case splits like other punctuation.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")
_APOSTROPHES = "'’‘ʼ`´"
# A word right after an apostrophe: tokens() skips it when it folds to "s".
_AFTER_APOSTROPHE = re.compile(r"(?<=['’‘ʼ`´])" + _WORD.pattern)

_stemmer = Stemmer.Stemmer("english")

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
_ARABIC_ARTICLES = frozenset({"al", "el", "ash", "as", "ad", "an", "ar", "at", "az", "ath", "adh",
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
_ASCII_POSSESSIVE = re.compile(r"(?<=['`])s(?![a-z0-9])")


def scan(text: str, prefixes: set[str]) -> list[tuple[str, int, int, int]] | None:
    """The words of ASCII ``text`` that start with one of ``prefixes``, found in one C-level pass.

    Returns ``(folded_word, start, end, order)`` per word found; ``order``
    grows by exactly 1 between two found words with no other word between
    them (a phrase) and by more otherwise. None when the fast path does not
    apply (non-ASCII text or prefixes, or an empty prefix): use :func:`tokens`.
    """
    if not prefixes or not text.isascii() or not all(p.isascii() and p for p in prefixes):
        return None
    # Lower-casing and blanking a possessive "s" keep every offset in place.
    low = _ASCII_POSSESSIVE.sub(" ", text.lower())
    alternatives = "|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))
    found: list[tuple[str, int, int, int]] = []
    order, last = 0, -1
    for m in re.finditer(rf"(?<![a-z0-9])(?:{alternatives})[a-z0-9]*", low):
        if last >= 0:
            order += 1 if _ASCII_WORD.search(low, last, m.start()) is None else 2
        last = m.end()
        found.append((m.group(), m.start(), last, order))
    return found


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
        return _ASCII_WORD.findall(_ASCII_POSSESSIVE.sub(" ", text.lower()))
    return [fold(w) for w in _WORD.findall(_without_possessives(text))]


def stems(text: str) -> list[str]:
    """The folded, stemmed words of ``text`` (for ranked fields)."""
    return [stem(w) for w in words(text)]


def _without_possessives(text: str) -> str:
    if not any(a in text for a in _APOSTROPHES):
        return text
    return _AFTER_APOSTROPHE.sub(lambda m: " " if fold(m.group()) == "s" else m.group(), text)


def name_key(name: str) -> str:
    """Normalise a name (place, person, organisation) to a comparison key.

    Folded words joined by single spaces, with Arabic article variants
    unified: ``Jisr ash-Shughur`` and ``Jisr al Shughur`` give one key.
    """
    parts = words(name)
    return " ".join("al" if p in _ARABIC_ARTICLES and i < len(parts) - 1 else p
                    for i, p in enumerate(parts))


def name_words(name: str) -> list[str]:
    """The words of :func:`name_key`, for indexing names as phrases."""
    key = name_key(name)
    return key.split() if key else []
