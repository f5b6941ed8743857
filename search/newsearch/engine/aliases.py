"""One name per actor across the collection, for the person and org facets.

Extraction makes one canonical name per actor *within* an article ("Paul
Volcker" ... "Volcker" is one person there), but each article is read alone.
So across an archive one person is several facet values: the stories that
name only "Volcker" store "Volcker", the others "Paul Volcker"; one firm is
"General Motors" here and "General Motors Corp" there, and a body is "SEC" in
one story and "Securities and Exchange Commission" in the next. A researcher
who counts or narrows by an actor needs all of them as one value.

The collection itself decides, from each value's document frequency, per
reader generation (so an incremental run regroups without re-indexing; how the
groups are used is :mod:`.namegroups`):

- **spellings**: values with the same name key once case, punctuation, a leading
  "The", and for bodies word order and trailing legal forms (Inc, Corp, Co, Ltd,
  Plc, Group...), for people middle initials, are set aside are one group, named
  by its most frequent spelling;
- **a surname alone** joins the full name that ends with it when that name
  holds at least :data:`SURNAME_SHARE` of the documents of all full names with
  that ending, even those named once, and is itself in :data:`MIN_FULL`
  documents or more; not a common given name ("Charles"), nor a word that also
  names bodies as often (a "Salomon" read as a person beside "Salomon Brothers");
- **a firm's first word alone** ("Drexel") joins the more frequent longer name it
  begins under the same test over the names holding the word;
- **an acronym** joins the body whose initials spell it, with
  :data:`ACRONYM_SHARE` and :data:`MIN_ACRONYM_FULL`, when stories name the two
  together (:data:`ACRONYM_TOGETHER`: a story that uses an acronym for a body
  defines it there often enough; "IBC", the Brazilian Coffee Institute, is never
  named beside Irving Bank Corp), or the international body
  whose table lists it ("EC", "EEC" and "European Economic Community" are the
  European Community);
- **a firm read as a person** ("Merrill Lynch said") is the body when the
  collection names it a body :data:`FIRM_RATIO` times as often;
- **a surname read as a body** ("Trump signs ...", where nothing in a terse item
  says person) is the person when the surname rule above picks one full name,
  opening with a given name, whose group names :data:`FIRM_RATIO` times as many
  stories and :data:`MIN_BORNE` at least; not a common word, nor a word of another
  body's name ("Baker Hughes").

Values that fit no rule stay as they are. The rules and thresholds were chosen
on an index of the first half of Reuters-21578 (``reut2-000`` to ``-010``), the
BBC News set and, for surnames read as bodies, Wikipedia's current-events items
(BENCHMARKS.md, "Facet name groups").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from ..analysis import name_key
from ..extract.data.common_words import WORDS as COMMON_WORDS
from ..extract.data.orgs import INTERNATIONAL_ORGS
from ..extract.names import FIRM_SUFFIXES, first_names, popular_given_names

NAMED_FACETS = ("person", "org")  # facets whose values are actors' names
SURNAME_SHARE = 0.8
ACRONYM_SHARE = 0.9
MIN_FULL = 2          # documents a full name needs before a surname may join it
MIN_ACRONYM_FULL = 3  # ... before an acronym may join it
ACRONYM_TOGETHER = 0.2  # ... and share of the acronym's stories that name both
FIRM_RATIO = 2  # a "person" named as a body this many times as often is that body
MIN_BORNE = 5  # documents a person's group needs before a body's one word may be its surname
# Documents naming a value of each side, per named pair of value lists
# (:func:`.segfacets.co_documents` over an index).
Together = Callable[[Mapping[str, tuple[list[str], list[str]]]], Mapping[str, int]]
_LEGAL = FIRM_SUFFIXES | {"corporation", "company", "companies", "incorporated", "limited",
                          "group", "holdings", "pty", "bv", "gmbh", "spa", "and"}
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_INITIAL = frozenset({"of", "and", "for", "the", "de", "du", "des", "la", "le", "on", "in",
                          "&"})
_PUNCTUATION = str.maketrans({c: " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~"})
_WORD = re.compile(r"[^\s\-/]+")
# Words that begin a surname of two ("de Kock", "von Weizsaecker", "al Assad").
_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "der", "den", "des", "van", "von",
                        "le", "la", "al", "el", "bin", "ben", "ibn", "abu", "st", "mac", "ter",
                        "ten", "dos", "das"})


@dataclass
class Aliases:
    """The name groups of one reader generation.

    ``canon`` maps, per facet, each value that joins another to the value
    naming its group; ``firms`` maps person values that the collection names
    far more often as a body (a "Merrill Lynch said" read as a person) to the
    org value naming that body, and ``surnames`` org values that are one
    person's surname to the person value naming that person's group.
    ``groups`` maps the spelling key of every grouped value to all the values of
    its group (the group's name first), and ``misread``, per facet, a group's
    name to the other facet's values moved into it.
    """

    canon: dict[str, dict[str, str]] = field(default_factory=dict)
    firms: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    groups: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    misread: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def members(self, facet: str, text: str) -> tuple[str, ...]:
        """Every value of the group a typed name belongs to, or () if it is in none."""
        return self.groups.get(facet, {}).get(spelling_key(text, facet == "org"), ())

    def values(self, facet: str, meta: Mapping[str, Iterable[str]]) -> list[str]:
        """One document's values of ``facet`` (from its facet data) by group names, once each."""
        own = meta.get(facet, ())
        away, into, other = ((self.firms, self.surnames, "org") if facet == "person"
                             else (self.surnames, self.firms, "person"))
        if away:
            own = [v for v in own if v not in away]
        if into:
            own = [*own, *(into[v] for v in meta.get(other, ()) if v in into)]
        canon = self.canon.get(facet)
        if not canon:
            return list(dict.fromkeys(own))
        return list(dict.fromkeys(canon.get(v, v) for v in own))


def build(frequencies: Mapping[str, Mapping[str, int]],
          together: Together | None = None) -> Aliases:
    """Name groups from each facet's value -> document frequency.

    ``together`` counts the org stories naming both an acronym and a body; without
    it (no documents at hand), an acronym joins on the counts alone.
    """
    spellings = {facet: _spellings(frequencies.get(facet, {}), legal=facet == "org")
                 for facet in NAMED_FACETS}
    canon: dict[str, dict[str, str]] = {}
    heads: dict[str, dict[str, str]] = {}  # facet -> unit key -> its group's name
    for facet in NAMED_FACETS:
        spelling = spellings[facet]
        units = {key: (rep, n) for key, (rep, n, _) in spelling.items()}
        if facet == "person":
            target = _surnames(units, spellings["org"])
        else:
            target = {**_short_names(units), **_acronyms(spelling, together),
                      **_international(units)}
        moves: dict[str, str] = {}
        heads[facet] = {}
        for key, (_rep, _n, members) in spelling.items():
            head = units[_final(target, key)][0]
            heads[facet][key] = head
            for value in members:
                if value != head:
                    moves[value] = head
        canon[facet] = moves
    orgs = spellings["org"]
    firms = {}
    for value, n in frequencies.get("person", {}).items():
        key = spelling_key(value, legal=True)
        if key in orgs and orgs[key][1] >= max(FIRM_RATIO * n, 2):
            firms[value] = heads["org"][key]
    surnames = _borne(frequencies.get("org", {}), spellings, heads["person"], firms,
                      canon["org"])
    return from_canon(canon, firms, surnames)


def _borne(orgs: Mapping[str, int], spellings: Mapping[str, Mapping[str, tuple[str, int, list]]],
           person_heads: Mapping[str, str], firms: Mapping[str, str],
           org_moves: Mapping[str, str]) -> dict[str, str]:
    """One-word org values that are one person's surname -> that person's group name."""
    people, bodies = spellings["person"], spellings["org"]
    units = {key: (rep, n) for key, (rep, n, _) in people.items()}
    endings: dict[str, list[str]] = defaultdict(list)
    for key in units:
        if " " in key:
            endings[key.rsplit(" ", 1)[1]].append(key)
    in_names = {word for key, (_rep, n, _m) in bodies.items() if n >= MIN_FULL and " " in key
                for word in key.split()}
    group_docs: dict[str, int] = defaultdict(int)
    for key, (_rep, n) in units.items():
        group_docs[person_heads[key]] += n
    given = first_names()
    out = {}
    for value in orgs:
        key = value.casefold()
        if not value.isalpha() or value.isupper() or not value[0].isupper() \
                or key in COMMON_WORDS or key in in_names or key not in endings \
                or value in org_moves:
            continue
        best = _dominant(endings[key], units, SURNAME_SHARE, MIN_FULL)
        if best is None or units[best][0] in firms or best.split(" ", 1)[0] not in given:
            continue
        head = person_heads[best]
        if group_docs[head] >= max(FIRM_RATIO * bodies[spelling_key(value)][1], MIN_BORNE):
            out[value] = head
    return out


def _final(target: Mapping[str, str], key: str) -> str:
    """Where ``key`` ends up when joins chain ("Clercq" -> "De Clercq" -> "Willy De Clercq")."""
    seen = {key}
    while key in target and target[key] not in seen:
        key = target[key]
        seen.add(key)
    return key


def _spellings(values: Mapping[str, int], legal: bool) -> dict[str, tuple[str, int, list[str]]]:
    """Values by spelling key: (most frequent spelling, documents in all, every spelling)."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for value in values:
        by_key[spelling_key(value, legal)].append(value)
    out = {}
    for key, members in by_key.items():
        if len(members) == 1:
            out[key] = (members[0], values[members[0]], members)
            continue
        rep = max(members, key=lambda v: (values[v], v))
        out[key] = (rep, sum(values[v] for v in members), members)
    return out


def spelling_key(value: str, legal: bool = True) -> str:
    """``value``'s name key without a leading "the"; with ``legal`` (bodies' names), also
    without trailing legal forms (Inc, Corp...) and in any order."""
    if value.isascii() and "'" not in value:
        # name_key's words for plain ASCII, at a fraction of its cost: this runs over
        # every person and org value of the collection.
        words = value.lower().translate(_PUNCTUATION).split()
    else:
        words = name_key(value).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if legal:
        while len(words) > 1 and words[-1] in _LEGAL:
            words.pop()
        if len(words) > 1:
            # "Ministry of Trade" is the "Trade Ministry".
            words = sorted(w for w in words if w not in _NOT_INITIAL) or words
    elif len(words) > 2:
        # A person's middle initials come and go: "Martin T. Sosnoff" is "Martin Sosnoff".
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


def _dominant(candidates: list[str], units: Mapping[str, tuple[str, int]], share: float,
              least: int) -> str | None:
    """The candidate holding ``share`` of all candidates' documents and at least ``least``."""
    if not candidates:
        return None
    best = max(candidates, key=lambda k: (units[k][1], k))
    n = units[best][1]
    total = sum(units[k][1] for k in candidates)
    return best if n >= least and n >= share * total else None


def _surnames(units: Mapping[str, tuple[str, int]],
              orgs: Mapping[str, tuple[str, int, list[str]]]) -> dict[str, str]:
    """Short names ("Volcker", "De Clercq") -> the full name they stand for.

    Every full name with that ending competes, even one seen once: each is another
    person the surname alone may mean ("Thompson" in a rugby line-up).
    """
    endings: dict[str, list[str]] = defaultdict(list)
    for key in units:
        if " " not in key:
            continue
        words = key.split()
        for i in range(1, len(words)):
            endings[" ".join(words[i:])].append(key)
    out = {}
    wanted = {}
    given = popular_given_names()
    for key in units:
        # A common given name alone ("Charles") is as often someone's first name.
        if key in endings and key not in given and (
                " " not in key or key.split(" ", 1)[0] in _PARTICLES):
            wanted[key] = _dominant(endings[key], units, SURNAME_SHARE, MIN_FULL)
    if not any(wanted.values()):
        return out
    # A short name that is also a word of bodies' names, as often, may be the body.
    last_words = {key.rsplit(" ", 1)[-1]: key for key, best in wanted.items() if best}
    in_orgs: dict[str, int] = defaultdict(int)
    for okey, (_rep, n, _members) in orgs.items():
        for word in set(okey.split()):
            if word in last_words:
                in_orgs[word] += n
    for key, best in wanted.items():
        if best is not None and in_orgs.get(key.rsplit(" ", 1)[-1], 0) < units[key][1]:
            out[key] = best
    return out


def _short_names(units: Mapping[str, tuple[str, int]]) -> dict[str, str]:
    """A body's first word alone ("Moody's", "Drexel") -> the one longer name it begins.

    Only a bare word that is no common word, that names fewer stories than the longer
    name, and whose longer name holds most stories of all names with that word anywhere
    in them ("Ministry" stands in too many names to stand for one).
    """
    wanted = {key: rep for key, (rep, _n) in units.items()
              if " " not in rep and key == rep.casefold() and key not in COMMON_WORDS}
    if not wanted:
        return {}
    holding: dict[str, list[str]] = defaultdict(list)
    for key, (rep, n) in units.items():
        # A name seen once does not compete: a firm's rarely named unit does not make its
        # short name ambiguous (unlike a surname, which any person may bear).
        if n >= MIN_FULL and " " in key:
            for word in set(spelling_key(rep, legal=False).split()):
                if word in wanted:
                    holding[word].append(key)
    out = {}
    for word, candidates in holding.items():
        best = _dominant(candidates, units, SURNAME_SHARE, MIN_FULL)
        if (best is not None and units[best][1] > units[word][1]
                and spelling_key(units[best][0], legal=False).startswith(word + " ")):
            out[word] = best
    return out


def initials(name: str) -> str:
    """The capitals an acronym of ``name`` would use: "U.S. Department of Agriculture" -> USDA."""
    letters = []
    for word in _WORD.findall(name):
        if word.casefold() in _NOT_INITIAL or not word[0].isupper():
            continue
        # "U.S." gives both its letters; other words their first.
        letters.append(word.replace(".", "") if "." in word[:-1] else word[0])
    return "".join(letters)


def _acronyms(spelling: Mapping[str, tuple[str, int, list[str]]],
              together: Together | None = None) -> dict[str, str]:
    """Acronyms ("SEC") -> the full name whose initials spell them (in any of its spellings)."""
    acronyms = {rep: key for key, (rep, _n, _m) in spelling.items()
                if len(rep) <= 6 and rep.isupper() and _ACRONYM.fullmatch(rep)}
    if not acronyms:
        return {}
    spelled: dict[str, list[str]] = defaultdict(list)
    for key, (_rep, n, members) in spelling.items():
        if n < MIN_ACRONYM_FULL or " " not in key:
            continue  # (as for first words: a rare name does not compete)
        forms = set()
        for name in members:
            forms.add(initials(name))
            forms.add(initials(" ".join(w for w in name.split() if name_key(w) not in _LEGAL)))
        for form in forms & acronyms.keys():
            spelled[form].append(key)
    units = {key: (rep, n) for key, (rep, n, _) in spelling.items()}
    out = {}
    for rep, candidates in spelled.items():
        best = _dominant(candidates, units, ACRONYM_SHARE, MIN_ACRONYM_FULL)
        if best is not None:
            out[acronyms[rep]] = best
    if together is None or not out:
        return out
    both = together({key: (spelling[key][2], spelling[body][2]) for key, body in out.items()})
    return {key: body for key, body in out.items()
            if both.get(key, 0) >= max(1.0, ACRONYM_TOGETHER * spelling[key][1])}


def _international(units: Mapping[str, tuple[str, int]]) -> dict[str, str]:
    """Names of an international body in its table -> the unit holding its canonical name.

    Acronyms count only as written ("WHO", not the band "The Who"), as in extraction.
    """
    out = {}
    for canonical, _code, acronyms, others in INTERNATIONAL_ORGS:
        names = {spelling_key(n) for n in (canonical, *others)}
        present = [k for k in names if k in units]
        present += [k for a in acronyms if (k := spelling_key(a)) in units and units[k][0] == a]
        if len(set(present)) < 2:
            continue
        head = spelling_key(canonical)
        if head not in units:
            head = max(present, key=lambda k: (units[k][1], k))
        for k in present:
            if k != head:
                out[k] = head
    return out


def from_canon(canon: Mapping[str, Mapping[str, str]], firms: Mapping[str, str],
               surnames: Mapping[str, str] | None = None) -> Aliases:
    """The groups from the ``canon``, ``firms`` and ``surnames`` maps alone (what the
    cache file keeps)."""
    out = Aliases(canon={facet: dict(moves) for facet, moves in canon.items()},
                  firms=dict(firms), surnames=dict(surnames or {}))
    moved_in = {"org": out.firms, "person": out.surnames}  # other facet's value -> head
    for facet, moves in out.canon.items():
        members: dict[str, list[str]] = defaultdict(list)
        for value, head in moves.items():
            members[head].append(value)
        for head in moved_in.get(facet, {}).values():
            members.setdefault(head, [])  # its misread values widen it
        groups = out.groups.setdefault(facet, {})
        for head, values in members.items():
            ordered = (head, *sorted(values))
            for m in ordered:
                groups[spelling_key(m, facet == "org")] = ordered
    for facet, moved in moved_in.items():
        misread: dict[str, list[str]] = defaultdict(list)
        for value, head in moved.items():
            misread[head].append(value)
        out.misread[facet] = {head: tuple(sorted(values)) for head, values in misread.items()}
    return out
