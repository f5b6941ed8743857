"""Ships and installations: names that are often people's but here name neither a person
nor a body.

A ship is named right after its kind ("the German liner Wilhelm Gustloff", "a Soviet
liner, the Admiral Nakhimov") or its prefix ("USS Abraham Lincoln"); a site's name comes
right before a lower-case noun of an installation ("Bangkok's Don Muang airport", "the Nine
Mile nuclear power plant").
:func:`.personvote.person_vote` asks both before it votes for a person.
"""

from __future__ import annotations

import re

# A vessel's kind, then the name (after ", the" when set off by a comma). Not "carrier":
# that is an airline's kind too ("U.S. carrier Continental").
VESSEL_KINDS = frozenset({
    "liner", "ferry", "ship", "tanker", "freighter", "vessel", "frigate", "destroyer", "cruiser",
    "warship", "submarine", "trawler", "steamer", "yacht", "supertanker"})
# A navy's or a merchant ship's prefix, as a word's key ("USS Gerald R. Ford", "HMS Ark
# Royal"; not "INS" or "SS", which are bodies too).
SHIP_PREFIXES = frozenset({"uss", "hms", "hmas", "hmcs", "hmnzs", "rms", "mv"})
_VESSEL_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(VESSEL_KINDS)) +
                            r")(?:,[ \t]*\n?[ \t]*the)?[ \t]*\n?[ \t]*$")
# Lower-case nouns of an installation after a name, with at most two of these modifiers
# between ("international airport", "nuclear power plant", "hydroelectric dam").
_SITE_AFTER = re.compile(
    r"(?:[ \t]*\n?[ \t]*(?:nuclear|atomic|power|coal|gas|oil|steel|chemical|hydroelectric|"
    r"international|naval|air|copper|gold|silver)){0,2}[ \t]*\n?[ \t]*"
    r"(?:airport|airfield|plant|reactor|refinery|smelter|mine|oilfield|terminal|dam)\b")
# (Not "field", "base": "the Ernie Els field", "the Reagan base" are the people's.)
_LOOK_BACK = 30  # characters before a run in which a vessel's kind is looked for
_KINDS = tuple(VESSEL_KINDS)


def vessel_named(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a vessel's kind, so names a ship."""
    # A kind must end the window but for blanks and ", the": tested from the end first, as
    # the search (which tries every kind at every offset, ~10,000 instructions) would not.
    lo = start - _LOOK_BACK if start > _LOOK_BACK else 0
    window = text[lo:start].rstrip(" \t\n")
    if window[-3:] == "the":  # (no kind ends so; slices: endswith() parses its arguments)
        window = window[:-3].rstrip(" \t\n")
        if window[-1:] != ",":
            return False
        window = window[:-1]
    return window.endswith(_KINDS) and _VESSEL_BEFORE.search(text, lo, start) is not None


def site_named(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` comes before an installation's noun, so names a
    site ("Don Muang airport", "Nine Mile nuclear power plant")."""
    return _SITE_AFTER.match(text, end) is not None
