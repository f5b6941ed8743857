"""People and organisations: runs of capitalised words, classified by rules and word lists.

Runs come from :mod:`.scan`. Titles split a run into what precedes them (often an
organisation: "Federal Reserve Board Chairman") and the person after them. A run is an
organisation when it is a known international organisation, contains an organisation word
(Bank, Party, Front, Army, Ministry...), or is followed by a word like "militants" or "-linked";
a person when it carries a title, starts with a known first name, or is followed by "said".
Weaker organisation cues (clubs, "analyst at X", fixtures, names joined by "and", acronyms
defined in brackets) live in :mod:`.orgs`. Within one story, "Assad" and "President Bashar
Assad" resolve to the longest form.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS, gazetteer, place_key
from .headline import HEADLINE_VERBS, headline_people
from .known import (
    acronym_rivals,
    caps_table_orgs,
    continued_org,
    is_big_place,
    is_demonym,
    is_place,
    is_town,
    org_table,
    table_acronym,
    whole_table_name,
)
from .names import (
    ORG_BEFORE,
    ORG_CONTEXT,
    ORG_HYPHEN,
    ORG_WORDS,
    PERSON_CONTEXT,
    REGIONS,
    ROLE_WORDS,
    TITLE_WORDS,
    first_names,
)
from .noise import blank_noise
from .orgfocus import about_orgs
from .orgs import (
    BAND_MEMBERS,
    INSTITUTIONS,
    MORE_ORG_TAILS,
    POSSESSED,
    SEAT_TITLES,
    STRONG_ORG_NEXT,
    acronym_after,
    and_prefix,
    and_suffix,
    band_member,
    described,
    in_fixture,
    is_plural_acronym,
    is_ticker,
    maybe_fixture,
    org_cue,
    owns_person,
    says_it,
    word_after,
)
from .scan import LINKERS, Run, is_caps_text, key_of, runs

# Two capitals that are not organisations.
_NOT_ACRONYMS = wordset("tv pc am pm ok id dj cd mp ms mr dr st uk us ad bc gmt bst dvd it i ii "
                        "iii iv")
# Verbs before a name whose subject it is ("said Hewitt"), unlike "told Reuters".
_SAID_BEFORE = wordset("said says added asked")
_NOT_NAME_START = wordset("the a an")
_HONORIFICS = wordset("mr mrs ms miss dr sir lord lady dame prof")
_NOT_NAME_INSIDE = wordset("of for the and")
_HEADLINE_CHARS = 160  # a whole text this short, on one line, is a headline
# A word after a lone surname that says it is a person ("the Reagan administration").
_PERSON_AFTER = frozenset({"administration"})
# Adjective endings: a single such word before "groups" describes, it does not name.
_ADJECTIVE_ENDINGS = ("ist", "ists", "ian", "ians", "ic", "ish", "ese", "ern")


@dataclass(slots=True)
class _Votes:
    org: int = 0
    person: int = 0
    surfaces: list[str] = field(default_factory=list)
    first: int = 0


class _Collector:
    """Gathers votes per name key over one story."""

    def __init__(self) -> None:
        self.votes: dict[str, _Votes] = {}
        # Single words without evidence: (key, surface, position, seen mid-sentence).
        self.singles: list[tuple[str, str, int, bool]] = []
        self.weak: list[tuple[str, int]] = []  # "Lleyton Hewitt": a name if "Hewitt" is one
        self.said: list[tuple[str, str, int]] = []  # one word before "said": who or what?
        # Where each international organisation is named: -1 in the headline, else the
        # offset of the mention in the story text.
        self.table: dict[str, list[int]] = {}
        self.table_end: dict[str, int] = {}  # where the last mention of each ended
        self.headline_runs = 0  # the first runs come from the headline
        self.lead = ""  # the text the offsets point into
        self.pending: list[tuple[str, str, Run, int]] = []  # ambiguous acronyms
        self.aliases: dict[str, str] = {}  # acronym key -> key of the name defining it

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
        self.table.setdefault(key, []).append(at)

    def add(self, surface: str, kind: str, pos: int, weight: int = 1) -> None:
        """One vote of ``weight``: 3 for a name that says it (Bank, Corp), 2 for a title."""
        key = key_of(surface)
        if not key:
            return
        v = self.votes.get(key)
        if v is None:
            v = self.votes[key] = _Votes(first=pos)
        if kind == "org":
            v.org += weight
        else:
            v.person += weight
        v.surfaces.append(surface)


def _classify(run: Run, i: int, j: int, titled: bool, col: _Collector, pos: int) -> None:
    """Vote for what words ``i:j`` of a run (no titles inside) name."""
    run_words = run.words
    while i < j and not run_words[i][0].isupper():
        i += 1
    if i >= j:
        return
    last = j == len(run_words)
    if last and run.text.startswith((" and ", " & "), run.end) and and_suffix(run):
        return  # named with the body after "and" ("Nelson Research and Development Co")
    surface = run_words[i] if j - i == 1 else run.surface(i, j)  # one word: its own surface
    words = run.keys[i:j]
    org_names = org_table()[1]
    canonical = table_acronym(surface, col.aliases)
    acronym = surface if canonical else ""
    if not canonical:
        skey = key_of(surface)
        canonical = org_names.get(skey)
        if not canonical and last:
            canonical = continued_org(skey, run.text, run.end)
    if not canonical and j - i > 2:
        # "European Community Commission": a known body heads a longer name.
        canonical = org_names.get(" ".join(words[:2])) or org_names.get(" ".join(words[:3]))
    if canonical:
        col.note_table(canonical, run, pos, acronym)
        return
    if (words[0] if j - i == 1 else " ".join(words)) in REGIONS:
        return
    if not titled and is_place(surface):
        # Checked first: place names are the commonest runs. A small town's name may still
        # be a club's or a firm's ("Chelsea defender", "firm Converse").
        # A town's side in a fixture or a results row is its club ("Barcelona 2 Ajax 1").
        if is_big_place(surface):
            if maybe_fixture(run) and is_town(surface) and in_fixture(run):
                col.add(surface, "org", pos)
            return
        sep, nxt = word_after(run, j)
        if not (nxt in STRONG_ORG_NEXT or (i == 0 and run.prev_word() in ORG_BEFORE)
                or says_it(run, j) or (last and sep == "'s" and owns_person(run, nxt))
                or (maybe_fixture(run) and is_town(surface) and in_fixture(run))):
            return
        col.add(surface, "org", pos)
        return
    sep, nxt = word_after(run, j)
    n = j - i
    single_adj = n == 1 and words[0].endswith(_ADJECTIVE_ENDINGS)
    hyphen_mod = sep == "-" and nxt in ORG_HYPHEN
    has_org_word = not ORG_WORDS.isdisjoint(words) or words[-1] in MORE_ORG_TAILS
    before = run.prev_word() if i == 0 else ""
    if last and run.text[run.end:run.end + 2] == " (":
        acronym = acronym_after(run, j)
        if acronym:  # "the Public Services Union (PSU)": one body
            col.aliases[key_of(acronym)] = key_of(surface)
    if n == 1 and words[0] in INSTITUTIONS:
        col.add(surface, "org", pos, 3)
        return
    if (has_org_word and n > 1) or (hyphen_mod and not single_adj) \
            or (sep == "'s" and not single_adj and not titled and (
                nxt in POSSESSED or owns_person(run, nxt))) \
            or (nxt in ORG_CONTEXT and sep == " " and not single_adj
                and not described(run, i, n, nxt)) \
            or (nxt in BAND_MEMBERS and band_member(run, j, sep, nxt)) \
            or (before in ORG_BEFORE and not titled) \
            or (says_it(run, j) and before not in ROLE_WORDS) \
            or (not titled and org_cue(run, i, j, before, col.aliases)):
        if not titled or not is_place(surface):
            if i == 0 and has_org_word and words[-1] in ORG_WORDS and n <= 4:
                joined = and_prefix(run)  # "Securities and Exchange Commission"
                if joined:
                    surface = " ".join((joined + surface).split())
            col.add(surface, "org", pos, 3 if has_org_word else 1)
        return
    if not MONTHS_AND_DAYS.isdisjoint(words) or (
            n == 1 and surface[-1] == "s" and is_plural_acronym(surface)):
        return  # "MEPs", "MPs": members, not a body
    if n == 1 and len(surface) >= 2 and surface.isupper():
        if words[0] in COMMON_WORDS or words[0] in _NOT_ACRONYMS:
            return
        if len(surface) >= 3:
            col.add(surface, "org", pos)
        else:  # "GM", "BT": two letters are an acronym only if they come back
            col.singles.append((words[0], surface, pos, True))
        return
    if n > 4 or has_org_word:
        return
    said = (nxt in PERSON_CONTEXT and sep in (" ", ", ")) or (nxt in _PERSON_AFTER and sep == " ")
    if i == 0:
        titled = titled or before in ROLE_WORDS or before in TITLE_WORDS
        said = said or before in _SAID_BEFORE
    if not said and len(run.text) < _HEADLINE_CHARS and "\n" not in run.text.strip():
        # A headline: "Miyazawa sees ...", "... to limit dlr deals - Miyazawa".
        said = (sep == " " and nxt in HEADLINE_VERBS) or (
            j == len(run.words) and not run.text[run.end:].strip()
            and run.text[:run.start].rstrip().endswith(("-", ",")))
    if n >= 3 and words[-2] in LINKERS and is_place(run.words[j - 1]):
        j -= 2  # "Conchita Martinez of Spain"
        n -= 2
        words = words[:n]
        surface = run.surface(i, j)
    if n == 2 and not titled and is_demonym(words[0]) and words[1] not in COMMON_WORDS \
            and (said or (i == 0 and before in ROLE_WORDS)):
        i += 1  # "American Davenport said"
        n -= 1
        words = words[1:]
        surface = run.surface(i, j)
    if words[0] in _NOT_NAME_START or words[-1] in TITLE_WORDS or not \
            _NOT_NAME_INSIDE.isdisjoint(words) or "'" in surface or "’" in surface:
        return  # "The Fog", "Tory MP", "Campaign for Borders Rail", "I'd"
    if n == 1:
        honorific = i > 0 and run.keys[i - 1] in _HONORIFICS
        if (titled or honorific) and (words[0] not in COMMON_WORDS or honorific):
            col.add(surface, "person", pos, 2 if titled else 1)
        elif said and words[0] not in COMMON_WORDS:
            col.said.append((words[0], surface, pos))  # "Boynton said", or "Shell said"
        else:
            col.singles.append((words[0], surface, pos, words[0].isalpha() and not (
                i == 0 and run.sentence_start)))
        return
    common_tail = any(w in COMMON_WORDS for w in words[1:] if w not in LINKERS)
    if titled or said:
        if not COMMON_WORDS.issuperset(words):
            col.add(surface, "person", pos, 2 if titled else 1)
    elif words[0] in first_names() and not common_tail and not (
            run.sentence_start and i == 0 and words[0] in COMMON_WORDS):
        col.add(surface, "person", pos)
    elif n <= 3 and (words[0] in first_names() or COMMON_WORDS.isdisjoint(words)):
        col.weak.append((surface, pos))  # "Simon Fuller": a name if "Mr Fuller" is one


def _split_titles(run: Run, col: _Collector, pos: int) -> None:
    """Cut a run at its last title block: organisation before, person after."""
    words = run.keys
    n = len(words)
    i = 0
    # A leading single letter is an article or a stray initial, not part of a name.
    # "F-Secure", "T-Mobile": a letter joined by a hyphen is part of the name.
    while i < n and len(run.words[i]) == 1 and run.text[run.spans[i][1]:run.spans[i][1] + 1] \
            not in (".", "-"):
        i += 1
    if i == 0 and n > 1 and run.words[0] == "An" and run.sentence_start:
        i = 1  # "An International Monetary Fund team": the article (also an Arabic "an")
    last_title = -1
    for k in range(i, n) if not TITLE_WORDS.isdisjoint(words) else ():
        if words[k] in TITLE_WORDS:
            rest = words[k + 1:]
            if rest and ORG_WORDS.isdisjoint(rest) \
                    and not all(r in TITLE_WORDS or r in LINKERS for r in rest):
                last_title = k
    if last_title < 0 or whole_table_name(run, i):
        _classify(run, i, n, False, col, pos)
        return
    block_start = last_title
    while block_start > i and (words[block_start - 1] in TITLE_WORDS
                               or words[block_start - 1] in LINKERS):
        block_start -= 1
    if block_start > i:
        _classify(run, i, block_start, False, col, pos)
    elif words[i] in INSTITUTIONS and i + 1 < n and words[i + 1] in SEAT_TITLES:
        col.add(run.words[i], "org", pos, 3)  # "Labour MP Stephen Pound": the party
    _classify(run, last_title + 1, n, True, col, pos)


def _resolve(col: _Collector) -> tuple[list[str], list[str]]:
    """Merge the votes: short forms join the longest person name that contains them."""
    people: dict[str, _Votes] = {}
    orgs: dict[str, _Votes] = {}
    for key, v in col.votes.items():
        (orgs if v.org > v.person else people)[key] = v
    # One word before "said" is a surname ("Miyazawa says") unless the story also names it
    # elsewhere with no sign of a person and never in full: then it is a body ("Shell said",
    # "Shell is to pay", "commissioned by Shell").
    known = {w for k in people for w in k.split()}
    known |= {key_of(surface).split()[-1] for surface, _pos in col.weak}
    bare = {w for w, _s, _p, _m in col.singles}
    bare_mid = {w for w, _s, _p, mid in col.singles if mid}
    for word, surface, pos in col.said:
        if (word[-1] == "s" and word not in bare_mid) or word in orgs:
            continue  # "Campaigners said"; "a subsidiary of Ethyl ... Ethyl said"
        if word in known or word in first_names() or word in people or word not in bare:
            people.setdefault(word, _Votes(person=1, surfaces=[surface], first=pos))
            people[word].first = min(people[word].first, pos)
        elif word not in orgs:
            orgs[word] = _Votes(org=1, surfaces=[surface], first=pos)
    # A confirmed surname vouches for the full name seen without evidence ("Lleyton Hewitt").
    known = {w for k in people for w in k.split()}
    for surface, pos in col.weak:
        key = key_of(surface)
        if key.split()[-1] in known and key not in orgs:
            people.setdefault(key, _Votes(person=1, surfaces=[surface], first=pos))
    # A single name repeated, never a person's, names an organisation ("Qantas").
    known = {w for k in people for w in k.split()}
    counts: dict[str, int] = {}
    mids: set[str] = set()  # seen at least once where a capital is not just the sentence's
    for word, _surface, _pos, mid in col.singles:
        counts[word] = counts.get(word, 0) + 1
        if mid:
            mids.add(word)
    for word, surface, pos, _mid in col.singles:
        # Seen only where a sentence starts, a plural is a noun ("Fans", "Campaigners").
        if counts[word] >= 2 and (word in mids or not (word in COMMON_WORDS or word[-1] == "s")) \
                and word not in known and word not in people and word not in orgs \
                and word not in REGIONS and word not in TITLE_WORDS \
                and place_key(surface) not in gazetteer().raw:
            orgs.setdefault(word, _Votes(org=1, surfaces=[surface], first=pos))
    _drop_joined_pairs(people)
    full = sorted(people, key=lambda k: -len(k.split()))
    canon: dict[str, str] = {}
    for key in full:
        parts = set(key.split()) - {"al"}
        target = next((f for f in full if f != key and len(f.split()) > len(key.split())
                       and parts <= set(f.split())), None)
        canon[key] = canon.get(target, target) if target else key
    result: dict[str, int] = {}
    for key in full:
        root = canon[key]
        result[root] = min(result.get(root, people[key].first), people[key].first)
    people_out = [max(people[k].surfaces, key=len) for k in sorted(result, key=result.get)]
    # Ties go to the spelling seen first (a set's order would change from run to run).
    orgs_out = [max(dict.fromkeys(v.surfaces), key=lambda s: (v.surfaces.count(s), len(s)))
                for v in sorted(orgs.values(), key=lambda v: v.first)]
    return people_out, orgs_out


def _drop_joined_pairs(people: dict[str, _Votes]) -> None:
    """Drop "Reagan-Gorbachev" (a summit): two people's surnames joined by a hyphen, each named
    on its own too, are no double-barrelled name ("Leigh-Pemberton" stays)."""
    for key, v in list(people.items()):
        parts = key.split()
        if len(parts) == 2 and all("-" in s for s in v.surfaces):
            others = {k.split()[-1] for k in people if k != key}
            if parts[0] in others and parts[1] in others:
                del people[key]


def actors_from_runs(run_list: list[Run], headline_runs: int = 0,
                     ) -> tuple[list[str], list[str], list[str]]:
    """People, the organisations the story is about, and every organisation named.

    ``run_list`` is the text already cut into runs, its first ``headline_runs`` runs from the
    headline. Runs set in capitals (headlines) only yield people named next to a title, a
    possessive or a verb such as "says"; case carries no other signal there. See
    :func:`.orgfocus.about_orgs` for which organisations the story is about.
    """
    col = _Collector()
    col.headline_runs = headline_runs
    headline: list[tuple[str, int, int]] = []
    prev = None
    mixed = 0
    # Tickers ("<EC>") only occur in text with angle brackets: test the (two) texts once.
    bracketed = bool(run_list) and ("<" in run_list[0].text or "<" in run_list[-1].text)
    for pos, run in enumerate(run_list):
        if bracketed and is_ticker(run):
            continue
        if run.caps:
            headline.extend((name, strength, pos) for name, strength in headline_people(run, prev))
            for canonical, acronym in caps_table_orgs(run):
                col.note_table(canonical, run, pos, acronym)
        else:
            mixed += 1
            _split_titles(run, col, pos)
        prev = run
    for acronym, canonical, run, pos in col.pending:
        named = [r for r in acronym_rivals()[acronym] if key_of(r) in col.table]
        col.pending = []
        col.note_table(named[0] if named else canonical, run, pos)
    single_words = {w for w, _s, _p, _m in col.singles}
    for name, strength, pos in headline:
        key = key_of(name)
        if strength == 2 or key in single_words or key in col.votes or (strength and mixed < 3):
            col.add(name, "person", pos, 2 if strength == 2 else 1)
    people, orgs = _resolve(col)
    return people, about_orgs(orgs, col.table, col.lead), orgs


def extract_actors(text: str) -> tuple[list[str], list[str]]:
    """People and every organisation named in ``text``, canonical names in order of appearance.

    Paragraphs set in capitals (wire headlines) are skipped: case carries no signal there.
    """
    text = blank_noise(text)
    head, _, rest = text.partition("\n")
    if head and is_caps_text(head):  # a wire headline on the first line
        head_runs = runs(head, True)
        people, _about, orgs = actors_from_runs(head_runs + runs(rest), len(head_runs))
    else:
        people, _about, orgs = actors_from_runs(runs(text))
    return people, orgs
