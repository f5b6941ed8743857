"""Look-ups the actor rules share: international organisations, place readings, popular
given names, and small tests on the text around a name."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..analysis import name_key
from .data.common_words import WORDS as COMMON_WORDS
from .data.orgs import INTERNATIONAL_ORGS
from .gazetteer import FAIR_ALTERNATE, exonym, gazetteer, place_key
from .memo import Memo
from .names import ORG_WORDS, first_names, popular_given_names
from .scan import CONNECTORS, LINKERS, Run

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_ORG_WORDS = ORG_WORDS

_HYPHEN_LOWER = re.compile(r"-(?=[a-z])")


@cache
def org_table() -> tuple[dict[str, str], dict[str, str]]:
    """(acronym -> canonical, name key -> canonical) for the international organisations."""
    acronyms: dict[str, str] = {}
    names: dict[str, str] = {}
    for canonical, _code, acr, full in INTERNATIONAL_ORGS:
        for a in acr:
            acronyms[a] = canonical
        for n in (canonical, *full):
            names[name_key(n)] = canonical
    return acronyms, names


@cache
def _caps_screen() -> tuple[frozenset[str], frozenset[str]]:
    """First words of the organisations' names of several words, and their acronyms: a
    capitals run that holds neither names no international body (the first test of
    :func:`caps_table_orgs`)."""
    acronyms, names = org_table()
    return frozenset(k.split(" ", 1)[0] for k in names if " " in k), frozenset(acronyms)


@cache
def _continuations() -> dict[str, list[tuple[str, str]]]:
    """Full names a run of capitals cannot hold whole ("General Agreement on Tariffs and
    Trade"): name key of the leading run -> [(the rest as written, canonical)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for canonical, _code, _acr, full in INTERNATIONAL_ORGS:
        for n in (canonical, *full):
            # A hyphen before a small letter ends a run too: "Economic Co" + "-operation".
            hyphen = _HYPHEN_LOWER.search(n)
            if hyphen:
                n = n[:hyphen.start()] + " " + n[hyphen.start():]
            words = n.split()
            cut = next((k for k, w in enumerate(words) if k and not w[0].isupper()
                        and w.lower() not in CONNECTORS), 0)
            head = cut
            while head > 1 and words[head - 1].lower() in CONNECTORS:
                head -= 1  # a run never ends on "of"
            if cut:
                out.setdefault(name_key(" ".join(words[:head])), []).append(
                    (" ".join(words[head:]), canonical))
    return out


# Name keys that continued_org may continue: a cheap test before calling it (the cached
# function itself, not a wrapper: a Python call costs more than the test saves).
continuation_heads = _continuations


def continued_org(key: str, after: str, start: int = 0) -> str | None:
    """The international organisation whose full name starts with the run ``key`` and goes
    on with the text ``after[start:]`` ("General Agreement" + " on Tariffs and Trade")."""
    found = continuation(key, after, start)
    return found[0] if found else None


def continuation(key: str, after: str, start: int = 0) -> tuple[str, int] | None:
    """:func:`continued_org`'s organisation and where its name ends in ``after``."""
    options = _continuations().get(key)
    if not options:
        return None
    text = " ".join(after[start:start + 120].split())
    for rest, canonical in options:
        if text.startswith(rest):
            # Where the rest ends in the text as written (line breaks and all).
            m = re.compile(r"\s*" + r"\s+".join(map(re.escape, rest.split()))).match(after, start)
            return canonical, m.end() if m else start
    return None


@cache
def acronym_rivals() -> dict[str, tuple[str, ...]]:
    """Acronyms that are also the initials of another organisation's full name ("ADB": the
    Asian and the African Development Bank) -> those other organisations."""
    acronyms = org_table()[0]
    out: dict[str, list[str]] = {}
    for canonical, _code, _acr, full in INTERNATIONAL_ORGS:
        for n in (canonical, *full):
            initials = "".join(w[0] for w in n.replace("-", " ").split() if w[0].isupper())
            owner = acronyms.get(initials)
            if owner and owner != canonical and canonical not in out.get(initials, []):
                out.setdefault(initials, []).append(canonical)
    return {a: tuple(c) for a, c in out.items()}


def rival_by_context(canonical: str, rivals: tuple[str, ...], text: str) -> str:
    """Which body an ambiguous acronym the story never spells out stands for: the one whose
    distinctive name words the story uses ("IWC" and "wheat": the International Wheat
    Council, not the Whaling Commission). Ties keep ``canonical``, the acronym's owner."""
    names = (canonical, *rivals)
    word_sets = [{w[:4] for w in name_key(n).split() if len(w) >= 4} for n in names]
    shared = set.intersection(*word_sets)
    lowered = text.lower()
    best, best_score = canonical, 0
    for name, words in zip(names, word_sets, strict=True):
        score = sum(1 for w in words - shared if w in lowered)
        if score > best_score:
            best, best_score = name, score
    return best


def caps_table_orgs(run: Run) -> list[tuple[str, str]]:
    """International bodies in a capitals run as ``(canonical, acronym or "")``: acronyms
    ("EC SETS") and full names ("WORLD BANK OFFICIAL SAYS") say what they are even there."""
    heads, acronym_set = _caps_screen()
    keys = run.keys
    # Most capitals runs hold neither an acronym nor the first word of a name: four C calls
    # say so without the loop (which also tries empty keys and keys holding a space), and
    # without the table's call.
    if heads.isdisjoint(keys) and acronym_set.isdisjoint(run.words) and "" not in keys \
            and " " not in "".join(keys):
        return []
    acronyms, names = org_table()
    n = len(keys)
    out = []
    i = 0
    while i < n:
        w = run.words[i]
        if len(w) >= 2 and w in acronyms:
            out.append((acronyms[w], w))
            i += 1
            continue
        key = keys[i]
        if key not in heads and key and " " not in key:
            i += 1  # no name of several words starts with this one
            continue
        for j in range(min(n, i + 4), i + 1, -1):
            canonical = names.get(" ".join(keys[i:j]))
            if canonical:
                out.append((canonical, ""))
                i = j
                break
        else:
            i += 1
    return out


def whole_table_name(run: Run, i: int) -> bool:
    """Whether words ``i:`` of a run name an international body ("General Agreement on ...",
    whose "General" is no general's title)."""
    key = " ".join(run.keys[i:])
    return key in org_table()[1] or (
        key in _continuations() and continued_org(key, run.text, run.end) is not None)


def table_acronym(surface: str, aliases: dict[str, str]) -> str | None:
    """The international body an acronym stands for, or None; ``aliases`` maps the acronyms
    the story defines to the names defining them: "U.S. International Trade Commission (ITC)"
    makes its "ITC" no International Tin Council."""
    canonical = org_table()[0].get(surface)
    if canonical and aliases:
        defined = aliases.get(name_key(surface))
        if defined is not None and not same_body(defined, canonical):
            return None
    return canonical


def same_body(key: str, canonical: str) -> bool:
    """Whether the name ``key`` that defines an acronym in a story is (a misspelling of) the
    international body the acronym stands for: it starts with two words of one of its names
    ("International Coffee Organistion (ICO)", "International Development Agency (IDA)")."""
    words = key.split()
    if words[:1] == ["u", "s"] or words[:1] == ["us"]:
        words = words[2:] if words[0] == "u" else words[1:]
    head = " ".join(words[:2])
    return len(words) >= 2 and any(
        c == canonical and (k == head or k.startswith(head + " "))
        for k, c in org_table()[1].items())


def org_code(name: str) -> str | None:
    """The short code of an international organisation (``"imf"``), or None."""
    canonical = org_table()[1].get(name_key(name))
    for c, code, _a, _f in INTERNATIONAL_ORGS:
        if c == canonical:
            return code
    return None


def _is_place(surface: str) -> bool:
    """Whether a name is better read as a place (countries, adjectives, sizeable towns)."""
    key = place_key(surface)
    gaz = gazetteer()
    # (Most names are no place: the readings' memo is asked only for a key that has some.)
    entries = gaz.entries(key) if key in gaz.raw else ()
    if not entries:
        return False
    if exonym(key, entries):
        return True  # "Kiev", "Bombay", "Calcutta" (not the South African town)
    if entries[0].alternate:
        # Without a story's context only a short form of a sizeable town's own name reads as
        # the town ("Frankfurt": Frankfurt am Main); GeoNames' other names also hold words
        # and nicknames ("Google" for Topeka, "Serena" for La Serena).
        entry = entries[0]
        return (entry.kind == "city" and entry.population >= FAIR_ALTERNATE
                and f" {key} " in f" {place_key(entry.name)} " and key not in first_names())
    return entries[0].kind != "city" or entries[0].population >= 15_000


# The place tests are asked of every name of every story, and the same names recur: each is
# memoised (a hit is one dict look-up in C, see :class:`.memo.Memo`).
is_place: Callable[[str], bool] = Memo(_is_place, 50_000).get_key


def _is_town(surface: str) -> bool:
    """Whether a name reads first as a town (not a country, adjective or region)."""
    gaz, key = gazetteer(), place_key(surface)
    entries = gaz.entries(key) if key in gaz.raw else ()
    return bool(entries) and entries[0].kind == "city"


is_town: Callable[[str], bool] = Memo(_is_town, 50_000).get_key


def _is_demonym(key: str) -> bool:
    """Whether a word is a nationality adjective ("American")."""
    gaz = gazetteer()
    entries = gaz.entries(key) if key in gaz.raw else ()
    return bool(entries) and entries[0].kind == "demonym"


is_demonym: Callable[[str], bool] = Memo(_is_demonym, 50_000).get_key


def _is_country(surface: str) -> bool:
    """Whether a name is first of all a country's ("Canada", "U.S.")."""
    gaz, key = gazetteer(), place_key(surface)
    entries = gaz.entries(key) if key in gaz.raw else ()
    return bool(entries) and entries[0].kind == "country"


is_country: Callable[[str], bool] = Memo(_is_country, 50_000).get_key


def _is_big_place(surface: str) -> bool:
    """A country, an adjective, a region or a city of 100,000 people or more."""
    gaz, key = gazetteer(), place_key(surface)
    entries = gaz.entries(key) if key in gaz.raw else ()
    return bool(entries) and (entries[0].kind != "city" or entries[0].population >= 100_000)


is_big_place: Callable[[str], bool] = Memo(_is_big_place, 50_000).get_key


# Verbs after "TO"/"WILL" in a headline whose subject is a person ("REAGAN TO VISIT ..."); a
# firm's are others ("CHRYSLER TO BUY ...").
_PERSON_VERBS = frozenset({"visit", "meet", "resign", "retire", "testify", "speak", "nominate",
                           "address", "attend", "veto", "travel", "tour", "quit"})
_AFTER_HEADLINE_NAME = re.compile(r"[ \t]+(?:TO|WILL)[ \t]+([A-Z]+)(?:[ \t]+([A-Z]+))?")


def person_verb_after(run: Run, name: str) -> bool:
    """Whether ``name`` in a capitals headline run goes on "TO"/"WILL" and a verb only a
    person does ("REAGAN TO HOLD NEWS CONFERENCE", "REAGAN WILL NOMINATE ...")."""
    at = run.text.find(name.upper(), run.start)
    if at < 0:
        return False
    m = _AFTER_HEADLINE_NAME.match(run.text, at + len(name))
    if m is None:
        return False
    verb, obj = m.group(1).lower(), (m.group(2) or "").lower()
    return verb in _PERSON_VERBS or (verb == "hold" and obj in ("news", "press"))


# "Name,\nsaid": a comma and a line break hide the verb from the run's next word.
# "Name, who ...", "Name, 45, ...": a relative pronoun or an age says person too.
SAID_AFTER_COMMA = re.compile(r",[ \t]*(?:\n[ \t]*(?:said|says|told|added)\b|who[ \t]|"
                              r"(?:aged[ \t]+)?\d\d,[ \t])")
_PRONOUN = re.compile(r"\b(?:he|she|his|her|it|its)\b|[.;!?]")


def he_follows(text: str, end: int) -> bool:
    """Whether the sentence after a name refers back to it as "he" or "she" ("Gandhi
    announced increases but he ordered a hold-down"), not "it" (a firm, a country)."""
    m = _PRONOUN.search(text, end, end + 160)
    # "... he said" quotes someone else.
    return m is not None and m.group() in {"he", "she", "his", "her"} \
        and not text.startswith((" said", " says", " added"), m.end())


def person_after_body(run: Run, i: int) -> int:
    """Where a person's full name (a popular first name and one or two more words) ends a run
    that names a body before it ("Bank of England Robin Leigh-Pemberton"), or 0."""
    keys = run.keys
    n = len(keys)
    if _ORG_WORDS.isdisjoint(keys) or keys[-1] in ORG_WORDS:
        return 0
    for k in range(max(i + 2, n - 3), n - 1):
        if keys[k] in popular_given_names() and keys[k] not in COMMON_WORDS \
                and keys[k - 1] not in LINKERS and run.words[k][1:].islower() \
                and not _ORG_WORDS.isdisjoint(keys[i:k]) and not is_place(run.surface(k)):
            return k  # ("Bank of Communications Ltd Hong Kong": a place)
    return 0


def person_after_of(run: Run, i: int) -> int:
    """Where "of" and a person's full name start after a body's name ("Communist Party of
    Gennady Zyuganov": the party, then its leader), or 0; a place after "of" stays in the
    name ("Bank of England")."""
    keys = run.keys
    n = len(keys)
    for k in range(max(i + 2, n - 4), n - 2):
        if keys[k] == "of" and keys[k + 1] in popular_given_names() \
                and keys[k + 1] not in COMMON_WORDS and keys[k - 1] in ORG_WORDS \
                and run.words[k + 1][1:].islower() and keys[-1] not in ORG_WORDS \
                and not is_place(run.surface(k + 1)):
            return k
    return 0
