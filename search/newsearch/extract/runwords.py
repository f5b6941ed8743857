"""The word classes that decide where a run of capitalised words starts, joins and ends.

:mod:`.scan` cuts text into runs with them, and :mod:`.openings` judges a sentence's first
word by them; the other extractors import them from :mod:`.scan`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..analysis import ARABIC_ARTICLES, STOP_WORDS, fold
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .memo import Memo, lookup_set
from .names import TITLE_WORDS

# Abbreviations whose full stop does not end a name ("Gen. Suhail", "Acme Corp. unit").
ABBREVIATIONS = wordset("mr mrs ms dr gen col lt maj capt sgt cpl adm brig gov sen rep rev prof "
                        "st jr sr mt ft corp inc co ltd bros cos dept no")
# Legal forms that end a firm's name: after one and its full stop, a capitalised word that is
# no further legal form ("Co. Ltd.") starts the next sentence or name ("Texaco Inc. Chairman").
# ("Co." may open an Irish county, "Co. Kerry".)
LAST_FORMS = frozenset({"ltd", "inc", "corp", "plc"})
# The lower-case words inside a name ("Army of Conquest", "Rio de Janeiro").
CONNECTORS = wordset("of for de da di du dos das do van von der den del della dela delos la le "
                     "bin ibn bint abu al el y es au en sur des et wa ul")
LINKERS = CONNECTORS | ARABIC_ARTICLES
# Sentence-initial words dropped from a run; titles stay ("President Reagan said"), and so
# do the linkers of names, but for English openers among them not joined by a hyphen ("As
# Paul Flynn said", not "As-Sahab"). (``in`` only: see memo.lookup_set.)
OPENERS = frozenset({"as", "at", "do"})
BOUNDARY_WORDS = lookup_set((COMMON_WORDS | STOP_WORDS) - (LINKERS - OPENERS) - TITLE_WORDS)
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")

# word_key(word): the folded form of one word, memoised (fold's own lru_cache is skipped: on a
# miss it would only add its book-keeping). key_of (name_key memoised) is the gazetteer's.
word_key: Callable[[str], str] = Memo(getattr(fold, "__wrapped__", fold)).get_key
