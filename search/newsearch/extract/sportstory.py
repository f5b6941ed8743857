"""Whether a story is a sports story: two different sports words near its start.

Sports copy names clubs by their towns and gives them plural verbs and players' positions
("Bath have", "Wasps flanker Johnny O'Connor"); :mod:`.teams` reads those cues only in a
story this module says is about sport.
"""

from __future__ import annotations

import re

from .data import wordset

# Words that make a story a sports story (two different ones are needed).
_SPORT = wordset("soccer football cricket rugby tennis golf baseball basketball hockey league "
                  "cup match matches goal goals scored striker midfielder goalkeeper coach "
                  "innings wickets tournament championship season club standings semi-final "
                  "quarter-final seeded half-time halftime penalty unbeaten draw racing driver "
                  "prix athletics metres medal champion rider cycling boxing olympic squad "
                  "scorers pts batsman bowler pitcher inning "
                  # rugby's and athletics' own words, and a captain in a team sheet
                  # ("Neath-Swansea Ospreys flanker", "G Thomas (Toulouse, capt)")
                  "quarter-finals semi-finals sprinter sprinters athlete athletes marathon "
                  "doping anti-doping capt flanker fly-half scrum-half try-scorer winger "
                  "defender")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?").findall
_SPORT_BYTES = frozenset(w.encode() for w in _SPORT)
# Lower case, and punctuation to spaces so that "goals," and "(soccer)" split into words: one
# bytes.translate (a table look-up a character, in C).
_BYTE_MAP = bytes(b + 32 if 65 <= b <= 90 else 32 if chr(b) in ".,;:!?()[]\"'/" else b
                  for b in range(256))

_last: list = [None, False]
# A wire headline that opens with its sport ("GOLF - NORMAN LEADS", "MOTOR RACING - HILL
# WINS") makes its story a sports story, however few sports words a results list holds.
HEAD_SPORTS = frozenset((
    "soccer", "football", "american football", "cricket", "rugby", "rugby union",
    "rugby league", "tennis", "golf", "baseball", "basketball", "ice hockey", "hockey",
    "athletics", "cycling", "boxing", "skiing", "alpine skiing", "nordic skiing",
    "ski jumping", "biathlon", "motor racing", "motorcycling", "horse racing", "racing",
    "swimming", "snooker", "badminton", "volleyball", "handball", "sailing", "rowing",
    "squash", "judo", "wrestling", "weightlifting", "speed skating", "figure skating",
    "triathlon", "gymnastics", "equestrianism", "olympics", "nfl", "nba", "nhl"))
# The last headline marked and its story's text: read only when a rule asks sports_text() of
# that text (a few stories in a hundred), so most stories pay no parse of their headline.
_headed: list = ["", None]


def mark_sports_headline(title: str, text: str) -> None:
    """Remember ``title`` as ``text``'s headline: one opening with a sport and " - " makes
    ``text`` a sports story (parsed only when :func:`sports_text` is asked of ``text``)."""
    _headed[0] = title
    _headed[1] = text
    if _last[0] is text:
        _last[0] = None  # (an answer kept for the text, read before its headline, is stale)


def _sports_headline(title: str) -> bool:
    """Whether ``title`` opens with a sport's label and " - " in its first 24 characters."""
    label, dash, _ = title[:24].partition(" - ")
    return bool(dash) and label.strip().lower() in HEAD_SPORTS


def sports_text(text: str) -> bool:
    """Whether ``text`` is a sports story: two different sports words in its first 3,000
    characters, or a sport's label opening its headline (see :func:`mark_sports_headline`).
    Cached for the last text asked (every run of a story shares its text)."""
    if text is _last[0]:
        return _last[1]
    found = (text is _headed[1] and _sports_headline(_headed[0])) or len(sport_words(text)) >= 2
    _last[0], _last[1] = text, found
    return found


def sport_words(text: str) -> set[str] | set[bytes]:
    """The sports words in ``text``'s first 3,000 characters (bytes for ASCII text)."""
    head = text[:3000]
    if head.isascii():  # one translate, one split and a set intersection: all in C
        return _SPORT_BYTES.intersection(head.encode().translate(_BYTE_MAP).split())
    return _SPORT.intersection(_WORDS(head.lower()))
