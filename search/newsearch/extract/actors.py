"""People and organisations: runs of capitalised words, classified by rules and word lists.

Runs come from :mod:`.scan`. Titles split a run into what precedes them (often an
organisation: "Federal Reserve Board Chairman") and the person after them; each stretch is
judged in :mod:`.classify`. A run is an organisation when it is a known international
organisation, contains an organisation word (Bank, Party, Front, Army, Ministry...), or is
followed by a word like "militants" or "-linked"; a person when it carries a title, starts
with a known first name, or is followed by "said". Weaker organisation cues (clubs, "analyst
at X", fixtures, names joined by "and", acronyms defined in brackets) live in :mod:`.orgs`;
cues from wire copy's phrasing ("Itar-Tass news agency", "Ray Stone of Merrill Lynch", "Sony
gained 50 yen", apposition) in :mod:`.orgcues`; a body's grammar ("Coldplay are", "Apple's
iPod", "manufacturer Sharp") in :mod:`.orggrammar`; sports sides, results rows, scorers and
line-ups in :mod:`.teams`. Within one story, "Assad" and "President Bashar Assad" resolve to
the longest form.
"""

from __future__ import annotations

from . import orgcues as cue
from .caps import is_caps_text
from .classify import classify
from .collect import Collector, resolve
from .data.common_words import WORDS as COMMON_WORDS
from .firms import bracketed_firm, comma_firm, is_ticker, possessive_firms
from .headline import headline_people
from .known import (
    acronym_rivals,
    caps_table_orgs,
    person_after_body,
    person_after_of,
    person_verb_after,
    rival_by_context,
    whole_table_name,
)
from .lowercase import add_lower_case_people
from .namecues import name_before_for
from .names import (
    HONORIFICS,
    ORG_WORDS,
    PLAIN_HONORIFICS,
    PORTFOLIOS,
    ROLE_WORDS,
    TITLE_WORDS,
    first_names,
)
from .noise import blank_noise
from .offices import field_place
from .orgfocus import about_orgs
from .orggrammar import (
    DASHES,
    REMIT_HEADS,
    STATION_WORDS,
    ampersand_initials,
    dash_side,
    remit_tail,
    station_number,
)
from .orglists import coordinated
from .orgs import (
    INSTITUTIONS,
    SEAT_TITLES,
)
from .pairs import shared_surname
from .place_context import MEMBER_TITLES
from .rosters import initials_only, roster_entry
from .scan import LINKERS, Run, key_of, runs
from .sidelists import listed_sides
from .spacing import despace
from .works import drop_works, works_and_series

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_MEMBER_TITLES = MEMBER_TITLES
_ORG_WORDS = ORG_WORDS
_TITLE_WORDS = TITLE_WORDS

# Roles and their plurals ("Sprinters Kostas Kenteris", "Judges Simon Cowell").
_ROLES = ROLE_WORDS | frozenset(r + "s" for r in ROLE_WORDS)
_SEAT_LINKS = frozenset({"of", "for"})  # "MP for Kensington": a seat's name follows
# Words before a portfolio opening a run that put it inside an office's name ("Office of
# Management and Budget James Miller").
_OFFICE_LINKS = frozenset({"of", "for", "and", "the"})

# Lower-case nouns after a run that make it the name of a body, not of a title's holder.
# ("give President Reagan authority": not every body word.)
_BODY_NOUNS = frozenset({"committee", "subcommittee", "panel", "delegation", "caucus",
                         "commission", "council"})


_PORTFOLIO_LINKS = frozenset({"of", "for", "and"})


def _role_opens(run: Run, words: list[str]) -> bool:
    """Whether a run's first word is a role (singular or plural) that opens its sentence
    before a name: "Contestants Paul Burrell", "Rapper Snoop Dogg", "Striker Novo" (not a
    given name such as "Jockey"; one word after it must be no common word: "Host Europe")."""
    role = words[0]
    if role not in _ROLES or role in first_names() or not run.sentence_start \
            or not run.words[0][1:].islower():
        return False
    if len(words) > 2 and words[1] in first_names():
        return True  # "Analyst Edward Johnson of Johnson Redbook Associates"
    # "Champion Products Inc", "Bankers Trust Co": a firm's name
    return (len(words) > 2 or words[1] not in COMMON_WORDS) and _ORG_WORDS.isdisjoint(words)


def _portfolio_alone(run: Run, k: int, n: int) -> bool:
    """Whether title word ``k`` is a portfolio with no office's noun after it and no title
    before it in the run ("Karl-Lorimar Home Video", "Energy Optics"); "Secretary of Commerce
    Malcolm Baldrige", "Minister of Industry and Trade Cahit Aral" and "Office of Management
    and Budget James Miller" name its holder."""
    words = run.keys
    return words[k] in PORTFOLIOS and (k + 1 == n or words[k + 1] not in TITLE_WORDS) \
        and _TITLE_WORDS.isdisjoint(words[:k]) and (k or run.prev_word() not in _OFFICE_LINKS)


def _seat_split(run: Run, col: Collector, pos: int, i: int, n: int) -> bool:
    """Classify a run holding "MP for <seat>" around the seat, which is a place
    (:mod:`.seats` finds it), neither a person nor a body: "Labour MP for Mid-Bedfordshire
    Nadine Dorries" is a party, a seat and a member. Whether the run held one."""
    words = run.keys
    for k in range(i, n - 2):
        if words[k] in MEMBER_TITLES and words[k + 1] == "for":
            e = k + 2
            while e < n and words[e] not in first_names():
                e += 1
            if k > i:
                classify(run, i, k, False, col, pos)
            if e < n:
                classify(run, e, n, True, col, pos)
            return True
    return False


def _portfolio_end(run: Run, start: int, n: int) -> int:
    """Where the holder's name starts after a title and "of", "for" or "and": at the first
    given name with a word after it, past a portfolio that the title list lacks ("Minister
    of Mines Patrick Chitambala", "Under-Secretary of State for Economic Affairs Allen
    Wallis"; not "Attorney General of New York", nor when a place the gazetteer knows
    opens the field, :mod:`.offices`); else at ``start``."""
    words = run.keys
    if start < n - 1 and words[start] in _PORTFOLIO_LINKS \
            and (words[start] != "of" or field_place(run, start + 1, n) == start + 1):
        names = first_names()
        # A field comes first: a given name straight after "of" opens the office's place
        # ("Governor of Santa Cruz", "Mayor of Santa Monica"), no holder.
        for k in range(start + 2, n - 1):
            if words[k] in names:
                return k
    return start


def _split_titles(run: Run, col: Collector, pos: int) -> None:
    """Cut a run at its last title block: organisation before, person after. (The caller
    classifies the commonest runs, short ones without a title, itself.)"""
    words = run.keys
    n = len(words)
    i = 0
    # A leading single letter is an article or a stray initial, not part of a name.
    # "F-Secure", "T-Mobile": a letter joined by a hyphen is part of the name.
    while i < n and len(run.words[i]) == 1 and run.text[run.spans[i][1]:run.spans[i][1] + 1] \
            not in {".", "-"}:
        i += 1
    if i == 0 and n > 1 and run.words[0] == "An" and run.sentence_start:
        i = 1  # "An International Monetary Fund team": the article (also an Arabic "an")
    if not _MEMBER_TITLES.isdisjoint(words) and _seat_split(run, col, pos, i, n):
        return  # (most runs name no member: one test in C settles them)
    last_title = -1
    for k in range(i, n) if not _TITLE_WORDS.isdisjoint(words) else ():
        if words[k] in TITLE_WORDS and not (words[k] in HONORIFICS and run.words[k].isupper()
                                            and not run.caps) \
                and not _portfolio_alone(run, k, n):  # ("the DR Congo": no doctor)
            rest = words[k + 1:]
            if rest and _ORG_WORDS.isdisjoint(rest) \
                    and not all(r in TITLE_WORDS or r in LINKERS for r in rest) \
                    and not (len(rest) <= 2 and rest[0] in _SEAT_LINKS):
                last_title = k  # ("MP for Kensington": a seat, no person)
            elif len(rest) == 1 and words[k] in PLAIN_HONORIFICS and run.words[k][1:].islower() \
                    and run.words[k + 1][1:].islower():
                last_title = k  # "Mr Major": a surname that is also a title
                break
    if last_title < 0 and i == 0 and n >= 2 and _role_opens(run, words):
        last_title = 0  # "Contestants Paul Burrell, ...", "Rapper Eminem": a role opens it
    if last_title >= 0 and run.text[run.end:run.end + 1] == " " \
            and run.next_word()[1] in _BODY_NOUNS:
        last_title = -1  # "a House Agriculture Appropriations subcommittee": no holder
    if last_title < 0 or whole_table_name(run, i):
        cut = person_after_body(run, i) if n - i >= 4 else 0
        if cut:  # "Bank of England Robin Leigh-Pemberton": the body, then its officer
            classify(run, i, cut, False, col, pos)
            classify(run, cut, n, True, col, pos)
        elif n - i >= 4 and "of" in words[i:] and (cut := person_after_of(run, i)):
            classify(run, i, cut, False, col, pos)  # "Communist Party of Gennady Zyuganov"
            classify(run, cut + 1, n, False, col, pos)
        elif n - i >= 4 and "of" in words[i:] and (cut := cue.body_after_of(
                run, i + (titled := words[i] in PLAIN_HONORIFICS), titled)):
            # "Tim Daly of Michael Foods"; "Mr Lars Bergman of Skandia Insurance Co", whose
            # title the body's word after it kept from being read above.
            classify(run, i + titled, cut, True, col, pos)
            cue.add_body(run, cut + 1, col, pos)
        elif n - i >= 4 and "for" in words[i:] and (cut := name_before_for(run, i)):
            classify(run, i, cut, False, col, pos)  # "Martin Scorsese for The Aviator"
        else:
            classify(run, i, n, False, col, pos)
        return
    block_start = last_title
    while block_start > i and (words[block_start - 1] in TITLE_WORDS
                               or words[block_start - 1] in LINKERS):
        block_start -= 1
    if block_start > i:
        classify(run, i, block_start, False, col, pos)
    elif words[i] in INSTITUTIONS and i + 1 < n and words[i + 1] in SEAT_TITLES:
        col.add(run.words[i], "org", pos, 3)  # "Labour MP Stephen Pound": the party
    start = _portfolio_end(run, last_title + 1, n)
    cut = cue.body_after_of(run, start) if n - start >= 4 and "of" in words[start:] else 0
    if start + 1 < n and words[start] == "of":
        # The office's field, a place or a body ("Governor of Santa Cruz"), then perhaps the
        # holder ("Governor of Odesa Oblast Oleh Kiper"): see :mod:`.offices`.
        end = field_place(run, start + 1, n)
        end = n if end == start + 1 else end
        classify(run, start + 1, end, False, col, pos)
        if end < n:
            classify(run, end, n, True, col, pos)
    elif cut:  # "analyst Tim Daly of Michael Foods"
        classify(run, start, cut, True, col, pos)
        cue.add_body(run, cut + 1, col, pos)
    else:
        classify(run, start, n, True, col, pos)


def actors_from_runs(run_list: list[Run], headline_runs: int = 0, cut: list[str] | None = None,
                     ) -> tuple[list[str], list[str], list[str]]:
    """People, the organisations the story is about, and every organisation named.

    ``run_list`` is the text already cut into runs, its first ``headline_runs`` runs from the
    headline; ``cut``, when given, receives the names found only as a body's name cut at a
    sentence's start (see :func:`.collect.resolve`: no place either). Runs set in capitals
    (headlines) only yield people named next to a title, a possessive or a verb such as
    "says"; case carries no other signal there. See
    :func:`.orgfocus.about_orgs` for which organisations the story is about.
    """
    col = Collector()
    col.headline_runs = headline_runs
    headline: list[tuple[str, int, int]] = []
    prev = None
    mixed = 0
    # Tickers ("<EC>") only occur in text with angle brackets: test the (two) texts once.
    head, tail = (run_list[0].text, run_list[-1].text) if run_list else ("", "")
    bracketed = "<" in head or "<" in tail
    firm_text, firm_end = "", -1  # inside a firm's brackets, up to here: named whole already
    # A possessive firm needs an apostrophe after a run: half the stories hold none.
    owned = possessive_firms(run_list) if "'" in head or "'" in tail or "’" in head \
        or "’" in tail else {}
    for pos, run in enumerate(run_list):
        if run.start < col.skip[1] and run.text is col.skip[0]:
            # The rest of a long international name ("... and\nDevelopment"), and maybe
            # more: "... Development Jean-Claude Paye".
            k = next((k for k, (a, _b) in enumerate(run.spans) if a >= col.skip[1]), 0)
            if k:
                classify(run, k, len(run.words), False, col, pos)
            continue
        if pos in owned:  # "McDonald's Corp"
            col.add(owned[pos][0], "org", pos, 3)
            firm_text, firm_end = run.text, owned[pos][1]
            continue
        # (The first tests of is_ticker, bracketed_firm and comma_firm inline: most runs touch
        # no bracket or comma. A run inside a firm's brackets is skipped just below.)
        text = run.text
        after = run.after
        if bracketed and (after == ">" or (run.start and text[run.start - 1] == "<")):
            if is_ticker(run) or (run.start < firm_end and text is firm_text):
                continue
            if firm := bracketed_firm(run):
                col.add(firm[0], "org", pos, 3)
                firm_text, firm_end = run.text, firm[1]
                continue
        if run.start < firm_end and text is firm_text:
            continue
        if after == "," and not run.caps and (firm := comma_firm(run)):
            col.add(firm[0], "org", pos, 3)
            firm_text, firm_end = run.text, firm[1]
            continue
        if run.caps:
            if found := headline_people(run, prev):  # (most name no one: no generator)
                headline.extend((name, strength, pos) for name, strength in found)
            for canonical, acronym in caps_table_orgs(run):
                col.note_table(canonical, run, pos, acronym)
        else:
            mixed += 1
            keys = run.keys
            n = len(keys)
            if n == 2 and len(keys[1]) < 4 and text[run.spans[0][1]] == "&" \
                    and ampersand_initials(run):
                col.add(run.surface(), "org", pos, 3)  # "M&S", "AT&T": a firm's initials
                continue
            if keys[-1] in STATION_WORDS and run.after == " " and (num := station_number(run)):
                col.add(f"{run.surface()} {num}", "org", pos, 3)  # "BBC Radio 4", "Channel 4"
                continue
            if keys[0] in REMIT_HEADS and (body := remit_tail(run)):
                # "Department for Work and Pensions": the runs of the remit's rest are read
                # with it, not as names of their own ("Pensions")
                col.add(body[0], "org", pos, 3)
                firm_text, firm_end = text, body[1]
                continue
            if (after in DASHES or (n == 2 and text[run.spans[0][1]] in DASHES)) \
                    and (side := dash_side(run)):
                col.add(side, "org", pos)  # "the Israel-Hamas war": Hamas, not a person
                continue
            if n >= 2 and len(run.words[0]) <= 2 and initials_only(run.words[0]) \
                    and (k := roster_entry(run)):
                # "D Chin (Belgrave Harriers), J Gardener": a squad list's player, whatever
                # the surname's words; the surname stands for the name.
                col.add(run.surface(k, n), "person", pos, 2)
                prev = run
                continue
            # Most runs are a name of one to three words without a title: all _split_titles
            # would do is classify the whole run (no article or letter to skip, no role
            # opening it), so that is done here, with no call between.
            if n == 2 and text.endswith("and ", 0, run.start) and (pair := shared_surname(run)):
                col.add(pair, "person", pos)  # "Mike and Bob Bryan": Mike Bryan too
            if n <= 3 and len(run.words[0]) > 1 and (keys[0] not in _TITLE_WORDS if n == 1
                                                     else _TITLE_WORDS.isdisjoint(keys)) \
                    and (n == 1 or (run.words[0] != "An" and keys[0] not in _ROLES)):
                classify(run, 0, n, False, col, pos)
            else:
                _split_titles(run, col, pos)
        prev = run
    # One-word names voted bodies so far: without one no list of sides can start.
    sides = {key for key, v in col.votes.items() if v.org > v.person and " " not in key}
    # (Only a one-word run already read as a side opens a list: most stories have none, and
    # one test in C over the runs' first words settles them.)
    firsts = [run.keys[0] for run in run_list] if sides else ()
    for pos in listed_sides(run_list, sides.__contains__, firsts) \
            if sides and not sides.isdisjoint(firsts) else ():
        col.add(run_list[pos].words[0], "org", pos, 2)
    for pos, kind in coordinated(run_list, col.kind_of):
        col.add(run_list[pos].surface(), kind, pos)
    for acronym, canonical, run, pos in col.pending:
        rivals = acronym_rivals()[acronym]
        named = [r for r in rivals if key_of(r) in col.table]
        col.pending = []
        if not named:
            context = run_list[-1].text if run_list else ""
            named = [rival_by_context(canonical, rivals, run.text + " " + context)]
        col.note_table(named[0], run, pos)
    # (Asked only of the headline's names: most stories' capitals name no one.)
    single_words = {w for w, _s, _p, _m in col.singles} | {w for w, _s, _p in col.town_said} \
        if headline else set()
    if headline and mixed:
        # After a title a capitals headline can still hold a firm or a verb ("GENERAL
        # ELECTRIC", "CHAIRMAN RESIGNS"): with a story under it, the story must name the
        # person too, alone or as someone's surname.
        named = _named_in(run_list[col.headline_runs:], col)
        headline = [h for h in headline if h[1] < 2 or key_of(h[0]) in named]
    for name, strength, pos in headline:
        if strength < 0:  # who said it, after a closing dash: only a story with no body's
            if mixed < 3:  # (a body names its speaker itself, and may make a firm of it)
                col.add(name, "person", pos, 1)
            continue
        key = key_of(name)
        v = col.votes.get(key) if strength < 2 else None
        if v is not None and v.org > v.person and (v.org >= 2 or v.surfaces[0].isupper()):
            continue  # "USDA SAYS ...": the story's text names a body ("the USDA said")
        if strength == 2 or key in single_words or key in col.votes or (strength and mixed < 3) \
                or (mixed < 3 and len(key) >= 4 and person_verb_after(run_list[pos], name)):
            col.add(name, "person", pos, 2 if strength == 2 else 1)
    col.runs = run_list
    people, orgs = resolve(col)
    if cut is not None:
        cut.extend(col.cut)
    # Titles of works and awards are nobody ("the film Meet the Fockers", "Brit Awards").
    # (A story naming no one and no body, one in five, has nothing to drop: their search
    # reads the whole text, ~100 machine instructions a character.)
    if people or orgs:
        works, series = works_and_series(run_list, col.texts)
        people, orgs = drop_works(people, works | series), drop_works(orgs, works)
    return people, about_orgs(orgs, col.table, col.lead), orgs


def _named_in(body: list[Run], col: Collector) -> set[str]:
    """Words a story's own text gives as names: people's names and their words, and words
    that open a capitalised run (not "Electric" of "General Electric Co")."""
    named = {w for k, v in col.votes.items() if v.person > v.org for w in (k, *k.split())}
    named.update(run.keys[0] for run in body if not run.caps)
    named.update(w for w, _s, _p, _m in col.singles)
    return named


def extract_actors(text: str) -> tuple[list[str], list[str]]:
    """People and every organisation named in ``text``, canonical names in order of appearance.

    Paragraphs set in capitals (wire headlines) are skipped: case carries no signal there.
    """
    text = blank_noise(despace(text))
    head, _, rest = text.partition("\n")
    if head and is_caps_text(head):  # a wire headline on the first line
        head_runs = runs(head, True)
        people, _about, orgs = actors_from_runs(head_runs + runs(rest), len(head_runs))
    else:
        rest = text
        people, _about, orgs = actors_from_runs(runs(text))
    return add_lower_case_people(people, rest), orgs
