"""One story's names put together: the votes each name key gathers, short forms joined to
the full name ("Assad" to "Bashar Assad", "Labour" to "Labour Party"), pairs and
nationalities that are no names of their own, and the spellings kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter, methodcaller

from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import gazetteer, place_key
from .known import is_demonym, org_table
from .names import FIRM_SUFFIXES, PARTNERS, REGIONS, TITLE_WORDS


def drop_joined_pairs(people: dict) -> None:
    """Drop "Reagan-Gorbachev" (a summit): two people's surnames joined by a hyphen, each named
    on its own too, are no double-barrelled name ("Leigh-Pemberton" stays)."""
    for key, v in list(people.items()):
        parts = key.split()
        if len(parts) == 2 and all("-" in s for s in v.surfaces):
            others = {k.split()[-1] for k in people if k != key}
            if parts[0] in others and parts[1] in others:
                del people[key]


def drop_nationality(people: dict) -> None:
    """Merge "American Agassi" into "Andre Agassi": a nationality before a surname the story
    gives in full is news style's description of that person, not a given name."""
    for key in [k for k in people if k.count(" ") == 1]:
        nationality, surname = key.split()
        if is_demonym(nationality):
            full = next((k for k in people if k != key and k.endswith(" " + surname)), None)
            if full is not None:
                people[full].first = min(people[full].first, people.pop(key).first)


@dataclass(slots=True)
class Votes:
    """Votes for one name key over a story: organisation, person (and how many of those a
    given name alone cast), spellings, first run."""

    org: int = 0
    person: int = 0
    given: int = 0
    surfaces: list[str] = field(default_factory=list)
    first: int = 0


# What kind of body a name's last word says: the name without it is the same body's short form.
BODY_KINDS = frozenset({"party", "council", "group", "union", "committee", "commission",
                         "association", "federation", "league", "corporation", "corp", "inc",
                         "ltd", "plc", "co", "company"})


# Kinds of body that name no one body by themselves ("Congress", "Parliament", "Treasury",
# "Senate", "House" do, and stay).
_BARE_KINDS = frozenset({"commission", "ministry", "bank", "committee", "council", "agency",
                         "department", "exchange", "fund", "board", "authority", "bureau",
                         "corporation", "institute", "association", "federation", "court",
                         "organisation", "organization", "office", "tribunal",
                         "community"})


# Last words the short form drops: a body's kind, any legal form ("Deutsche Bank" for
# "Deutsche Bank AG") and a holding company's word ("ING" for "ING Groep NV", "ABN AMRO" for
# "ABN AMRO Holding NV"); a word naming a trade ("Westpac Finance Asia Ltd") stops it.
_SHORT_TAILS = BODY_KINDS | FIRM_SUFFIXES | {"groep", "groupe", "gruppe", "holding", "holdings"}

_SPACES = methodcaller("count", " ")  # a key's words less one
_FIRST = attrgetter("first")

# What may end a firm named after partners: a possessive's "s", legal forms, "and Sons".
_FIRM_TAIL = FIRM_SUFFIXES | PARTNERS | {"s"}


def name_words(people: dict[str, Votes]) -> set[str]:
    """Every word of the people's names, and a short word and the last as one surname: a
    surname with an apostrophe is two words of a name's key ("Eddie O'Sullivan")."""
    words = {w for k in people for w in k.split()}
    for k in people:
        parts = k.split()
        if len(parts) > 2 and len(parts[-2]) <= 4:
            # As a name's key ("o sullivan") and as one word's ("o'sullivan").
            words.update((f"{parts[-2]} {parts[-1]}", f"{parts[-2]}'{parts[-1]}"))
    return words


def merge_names(people: dict[str, Votes], orgs: dict[str, Votes],
                singles: list[tuple[str, str, int, bool]]) -> tuple[list[str], list[str]]:
    """The story's people and organisations from the names voted so far and the single words
    seen without evidence (``(key, surface, position, seen mid-sentence)``): short forms join
    the longest person name that contains them; spellings by frequency."""
    # A single name repeated, never a person's, names an organisation ("Qantas").
    # (Comprehensions over an empty table are skipped below: each enters a frame.)
    counts: dict[str, int] = {}
    mids: set[str] = set()  # seen at least once where a capital is not just the sentence's
    for word, _surface, _pos, mid in singles:
        counts[word] = counts.get(word, 0) + 1
        if mid:
            mids.add(word)
    known: set[str] | None = None  # (the people's words: asked once a single repeats)
    for word, surface, pos, _mid in singles:
        # Seen only where a sentence starts, a plural is a noun ("Fans", "Campaigners").
        if counts[word] < 2 or len(word) < 2 \
                or not (word in mids or not (word in COMMON_WORDS or word[-1] == "s")):
            continue
        if known is None:
            known = name_words(people) if people else set()
        if word not in known and word not in people and word not in orgs \
                and word not in REGIONS and word not in TITLE_WORDS \
                and place_key(surface) not in gazetteer().raw:
            orgs.setdefault(word, Votes(org=1, surfaces=[surface], first=pos))
    people_out = _people_out(people) if people else []
    if len(orgs) == 1:  # (one body: nothing below merges, sorts or reads it but its spelling)
        v = next(iter(orgs.values()))
        return people_out, [v.surfaces[0] if len(v.surfaces) == 1 else _spelling(v)]
    # "Labour" beside "Labour Party", "Borders" beside "Borders Council": one body in one story,
    # named in full (as "Assad" joins "Bashar Assad").
    for key in sorted((k for k in orgs if " " in k), key=len, reverse=True) if orgs else ():
        full, name = orgs.get(key), key
        while full is not None:  # "JWT Group Inc", "JWT Group", "JWT": the longest stays
            name, _, kind = name.rpartition(" ")
            if kind not in _SHORT_TAILS:
                break
            if name.endswith((" and", " &")):
                name = name.rpartition(" ")[0]  # "Merrill Lynch and Co": "Merrill Lynch"
            if name in orgs:  # (not named, a middle form is passed: "ING Groep NV", "ING")
                if name in org_table()[1]:
                    break  # a known international body stays itself ("IMF" beside "IMF Committee")
                full.first = min(full.first, orgs.pop(name).first)
    # "the Commission said" beside "the European Commission": a body's kind alone, capitalised,
    # is the one body of that kind the story names in full (with two, it stays ambiguous).
    for kind in [k for k in orgs if k in _BARE_KINDS] if orgs else ():
        named = [k for k in orgs if k.endswith(" " + kind)]
        if len(named) == 1:
            orgs[named[0]].first = min(orgs[named[0]].first, orgs.pop(kind).first)
    # "Standard" and "Poor" beside "Standard and Poor's Corp": the halves of a firm named
    # after two partners are its short forms when no other body shares them. (Not every word
    # opening a longer name: "Westpac" beside "Westpac Finance Asia Ltd" is the parent.)
    if " and " in "\t".join(orgs):  # (one search in C; no key holds a tab)
        halves: dict[str, set[str]] = {}
        for key in orgs:
            words = key.split()
            if "and" in words[1:-1]:
                at = words.index("and", 1)
                # One partner after "and", then only a possessive and legal forms: not two
                # bodies joined ("Citgo and Murphy Oil", "USAir and Piedmont Aviation Inc").
                if all(w in _FIRM_TAIL for w in words[at + 2:]):
                    for half in (words[at - 1], words[at + 1]):
                        halves.setdefault(half, set()).add(key)
        for word in [k for k in orgs if k in halves and len(halves[k]) == 1]:
            full = next(iter(halves[word]))
            orgs[full].first = min(orgs[full].first, orgs.pop(word).first)
    orgs_out = [v.surfaces[0] if len(v.surfaces) == 1 else _spelling(v)
                for v in sorted(orgs.values(), key=_FIRST)] if orgs else []
    return people_out, orgs_out


def _spelling(v: Votes) -> str:
    """The spelling of a body seen in several: the commonest, then the longest, ties to the
    one seen first (a set's order would change from run to run)."""
    forms = v.surfaces
    return max(dict.fromkeys(forms), key=lambda s: (forms.count(s), len(s)))


def _people_out(people: dict[str, Votes]) -> list[str]:
    """The people's names in order of first mention, short forms joined to the longest name
    that contains them ("Assad" to "Bashar Assad"), each spelt as most often seen."""
    if len(people) == 1:  # (one name: no pair or nationality to drop, nothing to join)
        forms = next(iter(people.values())).surfaces
        return [forms[0] if len(forms) == 1 else max(forms, key=len)]
    drop_joined_pairs(people)
    drop_nationality(people)
    # (Keys hold single spaces: the most words first, ties in order; a key in C, no lambda.)
    full = sorted(people, key=_SPACES, reverse=True)
    canon: dict[str, str] = {}
    # Each key split once; the longer names sort first, so a key's candidates are a prefix.
    # ("o'sullivan", one word's key, joins "eddie o sullivan".)
    word_sets = [set(k.replace("'", " ").split()) for k in full] if full else []
    sizes = [len(k.split()) for k in full] if full else []
    # Only names of more words can hold a key: those before the first of its size (a story
    # listing thirty players would otherwise compare every pair of equally long names).
    longer = {}
    for idx, size in enumerate(sizes):
        longer.setdefault(size, idx)
    for idx, key in enumerate(full):
        parts = word_sets[idx] - {"al"}
        target = None
        for f_idx in range(longer[sizes[idx]]):
            if parts <= word_sets[f_idx]:
                target = full[f_idx]
                break
        canon[key] = canon.get(target, target) if target else key
    result: dict[str, int] = {}
    for key in full:
        root = canon[key]
        result[root] = min(result.get(root, people[key].first), people[key].first)
    # (Most names come in one form: max() with a key= builds a dict of keywords per call.)
    return [forms[0] if len(forms := people[k].surfaces) == 1 else max(forms, key=len)
            for k in sorted(result, key=result.get)]
