"""The votes one story casts for each capitalised name, and their resolution.

:mod:`.actors` reads a story's runs and casts votes here (a title votes person, an
organisation word votes organisation; see :class:`Collector`); :func:`resolve` then settles
the names seen only once or before "said", gives a weakly voted body that is a person's
surname to the person and a name opening a body's longer name to the body ("Merrill Lynch"
beside "Merrill Lynch Capital Markets"), and merges short forms into the longest name.
"""

from __future__ import annotations

import re

from ..analysis import STOP_WORDS
from .data.common_words import WORDS as COMMON_WORDS
from .govbodies import body_name
from .known import acronym_rivals
from .listmates import listed_bodies
from .namemerge import Votes, merge_names, name_words
from .names import FIRM_SUFFIXES, first_names
from .orgfocus import passing_mention
from .orgs import CLUB_TAILS
from .pairs import paired_with_person
from .scan import Run, key_of, run_texts
from .sentences import opens_sentence
from .things import named_things, technology_in

_new_votes = object.__new__  # (see Collector.add)


class Collector:
    """Gathers votes per name key over one story."""

    def __init__(self) -> None:
        self.votes: dict[str, Votes] = {}
        # Single words without evidence: (key, surface, position, seen mid-sentence).
        self.singles: list[tuple[str, str, int, bool]] = []
        self.weak: list[tuple[str, int]] = []  # "Lleyton Hewitt": a name if "Hewitt" is one
        self.said: list[tuple[str, str, int]] = []  # one word before "said": who or what?
        self.town_said: list[tuple[str, str, int]] = []  # the same, a town's name
        self.told: list[tuple[str, str, int]] = []  # one word after "told": an outlet?
        # Where each international organisation is named: -1 in the headline, else the
        # offset of the mention in the story text.
        self.table: dict[str, list[int]] = {}
        self.table_end: dict[str, int] = {}  # where the last mention of each ended
        self.headline_runs = 0  # the first runs come from the headline
        self.lead = ""  # the text the offsets point into
        self.pending: list[tuple[str, str, Run, int]] = []  # ambiguous acronyms
        self.aliases: dict[str, str] = {}  # acronym key -> key of the name defining it
        self.plain: set[str] = set()  # acronyms of things, not names ("BSE", "VAT")
        self.skip: tuple[str, int] = ("", -1)  # runs of this text up to here: read already
        self.things: dict[str, int] = {}  # one word before "players", "virus": how often
        self.bare: dict[str, int] = {}  # an acronym's votes that no cue gave: how many
        self.runs: list[Run] = []  # the story's runs, which votes' positions index
        self.texts: list[str] = []  # the texts of those runs (resolve sets it; run_texts)
        self.works: set[str] = set()  # keys of names a work's cue named ("the film Vera Drake")
        self.cut: list[str] = []  # names that are a body's cut at a sentence's start

    def note_table(self, canonical: str, run: Run, pos: int, acronym: str = "") -> None:
        """One mention of an international organisation, for the focus rule.

        An acronym that is also the initials of another body ("ADB") waits until the whole
        story is read: it stands for the one the story names in full.
        """
        if acronym in acronym_rivals():
            self.pending.append((acronym, canonical, run, pos))
            return
        self.add(canonical, "org", pos, 3)
        at = -1 if pos < self.headline_runs else run.start
        key = key_of(canonical)
        if at >= 0:
            self.lead = run.text
            # "the International Monetary Fund (IMF)" names it once, not twice.
            if 0 <= run.start - self.table_end.get(key, -9) <= 3:
                return
            self.table_end[key] = run.end
            # A full name that runs on past the run ("General Agreement" + " on Tariffs and
            # Trade") ends where :attr:`skip` says.
            end = self.skip[1] if self.skip[0] is run.text and self.skip[1] > run.end \
                else run.end
            if passing_mention(run.text, run.start, end):
                self.table.setdefault(key, [])  # "OPEC members": named, not what it is about
                return
        self.table.setdefault(key, []).append(at)

    def kind_of(self, key: str) -> str | None:
        """"person" or "org" as the votes for ``key`` stand so far, None without votes."""
        v = self.votes.get(key)
        if v is None or v.org == v.person:
            return None
        return "org" if v.org > v.person else "person"

    def add(self, surface: str, kind: str, pos: int, weight: int = 1, given: bool = False) -> None:
        """One vote of ``weight``: 3 for a name that says it (Bank, Corp), 2 for a title;
        ``given``: a person's vote that only a given name opening the name cast.
        (:func:`.govbodies.body_name` keeps a one-word name as it is: not called for one.)"""
        if kind == "org" and " " in surface and not (surface := body_name(surface)):
            return  # a holder's title ("Treasury Secretary")
        key = key_of(surface)
        if len(key) < 2:
            return  # "B-1", "M-1": a rating or a money supply, no name
        v = self.votes.get(key)
        if v is None:
            # Votes(first=pos) without the type call and __init__'s frame: ~1,400 machine
            # instructions of ~3,400, for each name's first vote.
            v = self.votes[key] = _new_votes(Votes)
            v.org = v.person = v.given = 0
            v.surfaces = []
            v.first = pos
        if kind == "org":
            v.org += weight
        else:
            v.person += weight
            if given:
                v.given += weight
        v.surfaces.append(surface)

    def add_bare(self, surface: str, pos: int) -> None:
        """One organisation vote for an acronym no cue marks ("P2P is"): a body's acronym
        is seldom a thing, but this vote says nothing against one (:func:`resolve`)."""
        self.add(surface, "org", pos)
        key = key_of(surface)
        self.bare[key] = self.bare.get(key, 0) + 1


# Words after a person's name that make a body named for them, not the person's firm, or
# the person of a body ("Wendy Ide of The Times" read as one name).
_EPONYM = frozenset({"of", "foundation", "party", "institute", "centre", "center", "memorial",
                     "award", "awards", "prize", "school", "college", "university", "hospital",
                     "stadium", "library", "museum", "society", "quartet", "quintet", "trio",
                     "band", "orchestra"})
# The ends of one-word names of banks and firms ("Bundesbank", "Citicorp", "Nordbanken").
_BODY_ENDINGS = ("bank", "banken", "banca", "banco", "corp")


def _compound_body(key: str) -> bool:
    """Whether the one-word key ending in one of :data:`_BODY_ENDINGS` compounds it with a
    word of three letters or more that is no common word ("Bundesbank", "Citicorp"; not
    "Eubank" or "Fairbank", which are surnames)."""
    if " " in key:
        return False
    stem = key[:-len(next(e for e in _BODY_ENDINGS if key.endswith(e)))]
    return len(stem) >= 3 and stem not in COMMON_WORDS


# A word of two letters or more (any name but bare initials has one).
_LETTERS = re.compile(r"[^\W\d_]{2}").search


def resolve(col: Collector) -> tuple[list[str], list[str]]:
    """Merge the votes: short forms join the longest person name that contains them."""
    people: dict[str, Votes] = {}
    orgs: dict[str, Votes] = {}
    things, plain = col.things, col.plain
    if plain and col.aliases:  # "Liquid Crystal Display (LCD)": the spelt-out name too
        plain = plain | {col.aliases[key] for key in plain if key in col.aliases}
    # (The runs' texts, worked out once a story: the rules below and works' ask for them.)
    col.texts = texts = run_texts(col.runs)
    plain = plain | named_things(texts)  # "standards called IFRS"
    for key, v in col.votes.items():
        if (things or plain) and v.org > v.person and (key in plain or (
                (used := things.get(key, 0)) and (v.org <= used or (
                    v.org - col.bare.get(key, 0) <= used
                    and technology_in(texts, v.surfaces[0]))))):
            # "MP3 players", "the Ebola virus": a product or an illness, no body; nor is an
            # acronym the story spells out in lower case, wherever it stands ("VAT"). An
            # acronym's bare mentions ("P2P is") weigh nothing against its uses as a thing.
            continue
        (orgs if v.org > v.person else people)[key] = v
    # A name the story gives as a work's title ("Vera Drake star Imelda Staunton") is that
    # work in its other mentions too, unless a title or a speech made it a person there.
    for key in col.works.intersection(people) if col.works else ():
        if people[key].person <= 1:
            del people[key]
    # A name voted as often a body as a person ("Swiss Re said" beside "shares in Swiss Re")
    # is the body, in all its mentions: a person's name has a given name, or the story calls
    # the person by the surname alone ("Eidur Gudjohnsen ... Gudjohnsen equalised").
    # (Comprehensions over an empty table are skipped below: each enters a frame.)
    ties = [k for k, v in people.items() if v.org and v.org == v.person
            and k.partition(" ")[0] not in first_names()] if people else ()
    if ties:
        full = [k for k in people if " " in k] + [key_of(s) for s, _pos in col.weak]
        surnames = {k.rpartition(" ")[2] for k in full}  # ("Eidur Gudjohnsen")
        alone = {w for w, _s, _p, _m in col.singles} | {w for w, _s, _p in col.said} \
            | {k for k in people if " " not in k}  # ("Spike Lee ... Lee said")
        for key in ties:
            if key not in surnames and (" " not in key or key.rpartition(" ")[2] not in alone):
                orgs[key] = people.pop(key)
    # A word the story also gives as a person's surname, voted a body only by weak cues,
    # is that person ("Lindsay Davenport ... Davenport defeated China's Jie Zheng").
    # ("O'Sullivan" is one surname of two keys: "o sullivan".)
    weak_orgs = [k for k, v in orgs.items() if v.org < 3 and (" " not in k or (
        k.count(" ") == 1 and any("'" in s or "’" in s for s in v.surfaces)))] if orgs else ()
    if weak_orgs:
        surnames = {k.rsplit(" ", 1)[1] for k in people if " " in k}
        for key in weak_orgs:
            if key in surnames or (" " in key and any(p.endswith(" " + key) for p in people)):
                people[key] = orgs.pop(key)
    # One word before "said" is a surname ("Miyazawa says") unless the story also names it
    # elsewhere with no sign of a person and never in full: then it is a body ("Shell said",
    # "Shell is to pay", "commissioned by Shell").
    # The sets below are built only when their list has entries (most stories lack some).
    if col.said:
        known = name_words(people)
        known |= {key_of(surface).split()[-1] for surface, _pos in col.weak}
        bare = {w for w, _s, _p, _m in col.singles}
        bare_mid = {w for w, _s, _p, mid in col.singles if mid}
    for word, surface, pos in col.said:
        if (word[-1] == "s" and word not in bare_mid) or word in orgs or word in things:
            continue  # "Campaigners said"; "a subsidiary of Ethyl ... Ethyl said"; "said
            # Chapter 11 protection would": a thing elsewhere
        if word in known or word in first_names() or word in people or word not in bare:
            people.setdefault(word, Votes(person=1, surfaces=[surface], first=pos))
            people[word].first = min(people[word].first, pos)
        elif word not in orgs:
            orgs[word] = Votes(org=1, surfaces=[surface], first=pos)
    weak_surnames = {key_of(surface).split()[-1] for surface, _pos in col.weak} \
        if col.weak else set()
    if col.told:
        surnames = name_words(people) | weak_surnames
    for word, surface, pos in col.told:
        if word not in surnames and word not in people:
            orgs.setdefault(word, Votes(org=1, surfaces=[surface], first=pos))
    for word, surface, pos in col.town_said:
        if word in weak_surnames:  # "Bumpei Otsuki ... Otsuki said"
            people.setdefault(word, Votes(surfaces=[surface], first=pos))
        if word in people:
            people[word].surfaces.append(surface)
            people[word].first = min(people[word].first, pos)
    # A confirmed surname vouches for the full name seen without evidence ("Lleyton Hewitt").
    if col.weak:
        known = name_words(people)
    for surface, pos in col.weak:
        key = key_of(surface)
        if (key.split()[-1] in known or paired_with_person(col.runs[pos], surface, people)) \
                and key not in orgs:
            people.setdefault(key, Votes(person=1, surfaces=[surface], first=pos))
    if orgs:  # (first: "Galactic said" beside "Galactic Resources Ltd" joins the firm)
        _short_firm_names(people, orgs)
    # A name without a title that opens a body's name in the same story is that body, its
    # short form ("Merrill Lynch" beside "Merrill Lynch Capital Markets", "Morgan Stanley and
    # Co"), and so is a given name that opens a firm's ("Noel said" beside "Noel Industries
    # Inc"), unless a person's name holds it; not before a memorial's noun ("John Coltrane
    # Foundation") or "of". (Two votes: "Merrill Lynch said ... Merrill Lynch said"; votes a
    # given name alone cast do not count: "a Chase Manhattan official" four times beside
    # "Chase Manhattan Bank N.A." says nothing of a person.)
    untitled = [k for k, v in people.items() if v.person <= 2 or (
        v.person - v.given <= 1 and k.rpartition(" ")[2] not in people)] if orgs and people \
        else None
    if untitled:
        heads: dict[str, bool] = {}  # a body's head: whether no noun of _EPONYM follows it
        for k in orgs:
            if " " in k:
                words = k.split()
                firm = words[-1] in FIRM_SUFFIXES
                for m in range(1 if firm else 2, len(words)):
                    head = " ".join(words[:m])
                    heads[head] = heads.get(head, False) or firm or words[m] not in _EPONYM
        if heads.keys() & untitled:
            for key in sorted(heads.keys() & untitled, key=lambda k: " " not in k):
                if " " not in key:  # (after the names of two words or more have gone)
                    if key in name_words({k: v for k, v in people.items() if " " in k}) \
                            or people[key].person > 1:
                        continue
                elif people[key].person > 1 and not heads[key]:
                    continue
                orgs[key] = people.pop(key)
    singles = [s for s in col.singles if s[0] not in things] if things else col.singles
    if col.runs and people:
        _drop_descriptors(people, col.runs)
    for key in [k for k in people if k.endswith(_BODY_ENDINGS) and _compound_body(k)] \
            if people else ():
        orgs.setdefault(key, people.pop(key))  # "Citibank said", "- Bundesbank"
    if len(orgs) >= 2:  # "Standard & Poor's, Moody's and Fitch": one list, one kind
        for key, surface, pos in listed_bodies(col.runs, orgs, people, things):
            orgs.setdefault(key, Votes(org=1, surfaces=[surface], first=pos))
    people_out, orgs_out = merge_names(people, orgs, singles)
    if orgs_out and (cut := _cut_openings(people_out, orgs_out, col)):
        col.cut = sorted(cut)  # "Credit" of "Commercial Credit Co"
        people_out = [p for p in people_out if p not in cut]
        orgs_out = [o for o in orgs_out if o not in cut]
    # Initials alone name nobody: "U.S officials" without its last stop, "said G.\nMichael
    # Sigman" cut at the line's end.
    people_out = [p for p in people_out if _LETTERS(p)] if people_out else people_out
    return people_out, _club_short_forms(orgs_out)


# Last words of clubs' names that stand alone for the club once it is named in full ("Keegan
# will step down as City manager" after "Manchester City"): the club tails but abbreviations
# and "Rangers" (a club's whole name in Scotland), and tails of clubs named after a place
# ("Nottingham Forest", "Aston Villa", "Crystal Palace").
_CLUB_SHORT = (CLUB_TAILS - {"fc", "afc", "sc", "cf", "bc", "ac", "rangers"}) \
    | {"villa", "forest", "county", "palace", "argyle", "orient"}


def _drop_descriptors(people: dict[str, Votes], runs: list[Run]) -> None:
    """Merge "Dogged Federer" into "Roger Federer": a name seen once, opening a sentence or
    headline, whose first word is no given name, is a word describing the person the story
    names in full with a given name: the rest of it ("Broadcaster Chris Evans" beside "Chris
    Evans"), or, before a verb, the same surname ("Fuming Robinson", "Comic Morris")."""
    for key in [k for k in people if " " in k]:
        word, _, rest = key.partition(" ")
        v = people[key]
        if word in first_names() or len(v.surfaces) != 1:
            continue
        run = runs[v.first]
        if not run.sentence_start or not v.surfaces[0].startswith(run.words[0] + " ") \
                or run.text.count(v.surfaces[0]) > 1:
            continue
        if " " in rest:
            full = rest if rest in people and rest.split()[0] in first_names() else None
        elif run.after == " " and run.text[run.end + 1:run.end + 2].islower():
            # A verb follows, not a comma: "Moazzam Begg, from Birmingham" is a full name.
            full = next((k for k in people if k != key and k.endswith(" " + rest)
                         and k.split()[0] in first_names()), None)
        else:
            continue
        if full is not None:
            people[full].first = min(people[full].first, people.pop(key).first)


def _cut_openings(people: list[str], orgs: list[str], col: Collector) -> set[str]:
    """The names among ``people`` and ``orgs`` that are a body's longer name cut at the start
    of a sentence: names the story writes nowhere but right after the first word of a body's
    name it also finds ("Commercial Credit Co ... Commercial Credit said": the scanner drops
    a sentence's first word when it is a common one, leaving "Credit"; a title or a
    possessive cuts one too: "General Electric", "Hudson's Bay")."""
    cut: set[str] = set()
    joined = "\n".join(orgs)  # (one substring search a name settles most stories)
    if " " not in joined:
        return cut
    names = {n for n in (*people, *orgs) if " " + n in joined}
    if not names:
        return cut
    texts = col.texts
    for org in orgs:
        first, _, rest = org.partition(" ")
        if not rest or first.lower() in STOP_WORDS:
            continue  # not "The": "The Bravery" mid-sentence is the band "Bravery", cut or not
        end = rest.find(" ")  # each of the rest's leading words in turn
        while True:
            name = rest if end < 0 else rest[:end]
            if name in names and name not in cut and _only_cut(name, f"{first} {name}", texts):
                cut.add(name)
            if end < 0:
                break
            end = rest.find(" ", end + 1)
    return cut


def _only_cut(name: str, whole: str, texts: list[str]) -> bool:
    """Whether every mention of ``name`` in ``texts`` is inside ``whole``, and one of those
    opens a sentence (where the scanner cuts it)."""
    opening = False
    for text in texts:
        if text.count(name) != text.count(whole):
            return False
        at = text.find(whole)
        while at >= 0 and not opening:
            opening, at = opens_sentence(text, at), text.find(whole, at + 1)
    return opening


def _club_short_forms(orgs: list[str]) -> list[str]:
    """``orgs`` without a club's last word standing alone for the one club of the story named
    in full with it ("City" beside "Manchester City"); with two such clubs ("Manchester City",
    "Leicester City") the short form stays, it is ambiguous."""
    short = [o for o in orgs if " " not in o and key_of(o) in _CLUB_SHORT] if orgs else ()
    if not short:
        return orgs
    tails: dict[str, int] = {}
    for o in orgs:
        if " " in o:
            tail = key_of(o).rpartition(" ")[2]
            tails[tail] = tails.get(tail, 0) + 1
    drop = {o for o in short if tails.get(key_of(o)) == 1}
    return [o for o in orgs if o not in drop] if drop else orgs


def _short_firm_names(people: dict[str, Votes], orgs: dict[str, Votes]) -> None:
    """One word without a title that opens a firm's name in the same story is the firm, called
    short ("Galactic said" beside "Galactic Resources Ltd"): it joins the firm, unless it is a
    given name or a surname the story gives in full."""
    lone = [k for k, v in people.items() if v.person <= 1 and " " not in k] if people else ()
    if not lone:
        return
    firms: dict[str, str] = {}
    for key in orgs:
        words = key.split()
        if len(words) >= 2 and words[-1] in FIRM_SUFFIXES:
            firms.setdefault(words[0], key)
    if not firms:
        return
    surnames = {k.rsplit(" ", 1)[1] for k in people if " " in k}
    for key in lone:
        firm = firms.get(key)
        if firm and key not in surnames and key not in first_names():
            orgs[firm].first = min(orgs[firm].first, people.pop(key).first)
