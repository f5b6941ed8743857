"""What one stretch of a run of capitalised words names: votes for a person or a body.

:mod:`.actors` cuts each run at its titles and asks :func:`classify` about the words before
and after them; the votes go to a :class:`.collect.Collector`, which settles them for the
whole story. The order of the tests matters: table names and sure cues first, then the
places a run may be, then context ("said", titles, given names) and the weaker cues of
:mod:`.orgs`, :mod:`.orgcues` and :mod:`.teams`.
"""

from __future__ import annotations

from . import orgcues as cue
from .andfirms import partner_firm
from .appointments import appointed
from .collect import Collector
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .data.countries import US_STATES
from .dealroles import co_manager, names_managers, owned_unit, rated_by
from .firms import and_prefix, and_suffix, seated
from .fixtures import in_fixture, maybe_fixture
from .govbodies import LONE_BODIES, lone_body, portfolio_follows
from .known import (
    continuation,
    he_follows,
    is_big_place,
    is_place,
    is_town,
    table_acronym,
)
from .namecues import (
    FATE_OPENS,
    JOB_BEFORE,
    TRADE_WORDS,
    duo,
    job_named,
    trade_role,
)
from .namefacts import NAME_FACTS, name_facts
from .names import (
    ACRONYM_TITLES,
    ORG_BEFORE,
    ORG_CONTEXT,
    ORG_HYPHEN,
    ORG_WORDS,
    PARTNERS,
    PARTY_MEMBERS,
    PERSON_CONTEXT,
    PERSON_TRADES,
    ROLE_WORDS,
    first_names,
)
from .orggrammar import (
    SUBJECT_VERBS,
    channel_name,
    owns_product,
    regional_arm,
    trade_word,
    verb_subject,
)
from .orglists import listed_town
from .orgs import (
    BAND_MEMBERS,
    BAND_NOUNS,
    POSSESSED,
    SAID_IT,
    STRONG_ORG_NEXT,
    acronym_after,
    band_member,
    body_cue,
    described,
    described_before,
    is_plural_acronym,
    org_cue,
    owns_person,
    place_based,
    plain_acronym,
    possessed_later,
    said_it,
    word_after,
)
from .papers import PAPER_NOUNS, article_paper, paper_named
from .personvote import KIN, PERSON_AFTER, person_vote
from .pollsters import study_by
from .scan import Run, key_of
from .sportstory import sports_text
from .teams import (
    COMPETITION_TAILS,
    POSITION_HEADS,
    competition,
    is_dateline,
    position_side,
    row_vote,
    side_place,
)
from .things import (
    AMOUNT_WORDS,
    ARTICLES,
    GRADE_NOUNS,
    NO_INDEX_SECOND,
    THING_NEXT,
    amount_unit,
    event_acronym,
    index_name,
    thing_mention,
)
from .units import SHARED_UNITS, unit_name
from .vessels import SHIP_PREFIXES
from .works import WORK_BEFORE, WORK_NEXT, work_title

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_NAME_FACTS = NAME_FACTS

# Two capitals that are not organisations.
_NOT_ACRONYMS = wordset("tv pc am pm ok id dj cd mp ms mr dr st uk us ad bc gmt bst dvd it i ii "
                        "iii iv utc est edt cst cdt mst mdt pst pdt cet cest jst hkt") \
    | SHIP_PREFIXES  # time zones; ships' prefixes ("USS Cole")
_KIN_BEFORE = tuple(f" {k} " for k in KIN)
# Characters 2 (cue.JOINS) and 2-3 (SAID_IT) of phrases after a run: a slice tested against
# these settles most runs before a dearer startswith with an offset (it parses its arguments).
_JOIN_SECOND = frozenset(j[1] for j in cue.JOINS)
_SAID_IT_PEEK = frozenset(s[1:3] for s in SAID_IT)
# Second characters after a run that open no results row (see teams.row_vote): every ASCII one
# but a digit, "(" and "s", and none at all. One look-up settles most runs without isdigit().
_NO_ROW_SECOND = frozenset(map(chr, range(128))).union([""]).difference("0123456789(s")
# Who runs a poll or a survey is a body ("a Gallup poll", "a Reuter survey"); a month's or a
# common word's is not ("the December survey", "Industry survey").
_POLLS = wordset("poll polls survey surveys")
# The word before a name that did a study ("a survey by GMIPoll", "a report by the OECD").
_BY = frozenset({"by", "the"})
# The word before a person's body named after their name ("Jim Parton, from Families Need
# Fathers"; "the" when the body's name takes it: "Brad Adams, of the Centre for ...").
_FROM_OF = frozenset({"from", "of", "the"})
# The word before a credit grade's agency ("rated A-2 by Moody's", "by both Moody's").
_RATERS_BEFORE = frozenset({"by", "both"})
# Every word before a name that one of the organisation cues on it starts from.
_BEFORE_CUES = ORG_BEFORE | _BY | _FROM_OF | _RATERS_BEFORE | {"based", "its"}
# Every word after a name that one of the rarer organisation cues starts from.
_NEXT_CUES = _POLLS | ORG_CONTEXT | BAND_MEMBERS | cue.LED_BY | cue.REPORTS | cue.PRICE_VERBS \
    | SUBJECT_VERBS | POSITION_HEADS | {"news"}

def classify(run: Run, i: int, j: int, titled: bool, col: Collector, pos: int) -> None:
    """Vote for what words ``i:j`` of a run (no titles inside) name."""
    run_words = run.words
    # A run opens with a capital (:mod:`.scan`): only a stretch inside it may open with a
    # connector ("of", "de").
    if i:
        while i < j and not run_words[i][0].isupper():
            i += 1
    if i >= j:
        return
    last = j == len(run_words)
    # What follows the run, read once: most of the rare rules below look there first.
    after = run.text[run.end:run.end + 3] if last else ""
    c1 = after[1:2]  # the second character after the run (after a space, a comma...)
    if last and c1 in _JOIN_SECOND and run.text.startswith(cue.JOINS, run.end):
        if i == 0 and j == 1 and c1 in "a&" and (firm := partner_firm(run)):
            col.add(firm[0], "org", pos, 2)  # "an analyst at Phillips and Drew": one employer
            col.skip = (run.text, firm[1])
            return
        full, acronym = cue.defined_name(run, i)
        if full:  # "Organisation for Security and Cooperation in Europe (OSCE)"
            col.aliases[key_of(acronym)] = key_of(full)
            col.add(full, "org", pos, 3)
            return
        if run.text.startswith((" and ", " & "), run.end) and and_suffix(run):
            return  # named with the body after "and" ("Nelson Research and Development Co")
        if portfolio_follows(run.text, run.end, run.keys[i:j]):
            return  # a holder's portfolio ("International Trade and Industry Minister")
    surface = run_words[i] if j - i == 1 else run.surface(i, j)  # one word: its own surface
    # (The whole run's keys as they are, most often: no callee changes the list.)
    words = run.keys if i == 0 and last else run.keys[i:j]
    if last:
        # (An index, no slice: before the text's third character row_vote's own test fails.)
        if c1 not in _NO_ROW_SECOND and ((c1 == "s" and run.text[run.start - 2] == ")")
                                         or c1 == "(" or c1.isdigit()) \
                and (vote := row_vote(run, i, c1)):  # ("s": "(France) Gan same time")
            col.add(surface, vote, pos, 2)  # a scorer, a competitor or a side in a results row
            return
        if i == 0 and (run.after in ")*_" or (  # (run.after: the first character after)
                c1 == "v" and run.text.startswith(" via ", run.end))) and cue.source_credit(run):
            col.add(surface, "org", pos, 2)  # "... were killed. (Al Jazeera)"
            return
    facts = _NAME_FACTS.get(surface)
    # What the name alone says, once a name (a one-word name's tuple built without a call).
    if facts is None or facts[0] != ((words[0],) if j - i == 1 else tuple(words)):
        facts = name_facts(surface, words)
    (_w, canonical, named, head, longer, not_name, org_word, place, single_adj, org_words,
     institution, calendar, describes) = facts
    # The table look-up first: table_acronym only matters for the rare known acronym.
    if canonical and col.aliases:
        canonical = table_acronym(surface, col.aliases)
    acronym = surface if canonical else ""
    if not canonical:
        canonical = named
        if not named and last and head and (found := continuation(head, run.text, run.end)):
            # "... Cooperation and\nDevelopment": the runs of the rest are read as one name.
            canonical, col.skip = found[0], (run.text, found[1])
        canonical = canonical or longer
    if canonical:
        col.note_table(canonical, run, pos, acronym)
        return
    if j - i == 1 and words[0] in PARTY_MEMBERS and not titled and not run.caps:
        col.add(surface, "org", pos)  # "the Conservatives", "Democrats said": the party
        return
    if not_name or (j - i == 1 and words[0] in ACRONYM_TITLES and not run.caps) or (
            last and i == 0 and words[-1] in SHARED_UNITS and unit_name(run, j - 1)):
        return  # "Halftime 2-0", "FA Cup", "Group C", "Muslims"; a title alone ("the CEO");
        # a division ("in Nariño Department", :mod:`.units`)
    if org_word and i == 0 and (owner := cue.plural_owner(run)):
        col.add(" ".join((owner + surface).split()), "org", pos, 3)  # "the Farmers' Union"
        return
    if place and j - i == 1 and run.text.endswith(
            _KIN_BEFORE, run.start - 10 if run.start > 10 else 0, run.start):  # (no max() call)
        titled = True  # "daughter Victoria", "son Jordan": kin name a person, not a place
    if not titled and place:
        # Checked first: place names are the commonest runs. A town's name may still be a
        # club's or a firm's ("Chelsea defender", "firm Converse", "Barcelona 2 Ajax 1").
        if is_big_place(surface):
            if side_place(surface) and maybe_fixture(run) and (
                    is_town(surface) or sports_text(run.text)) and in_fixture(run):
                col.add(surface, "org", pos)  # a state's or a county's side too: "Utah 92"
            elif j - i == 1 and side_place(surface) and cue.town_side(run, i, j):
                col.add(surface, "org", pos, 2)  # "Newcastle manager Kevin Keegan"
            elif i == 0 and is_town(surface) and (cue.trade_noun_before(run)
                                                  or listed_town(run, j)):
                col.add(surface, "org", pos)  # "carmaker Toyota", "firms such as Toyota"
            return
        sep, nxt = word_after(run, j)
        # "Lawson said": a small town says nothing; a person or a body does (read below).
        town_said = j - i == 1 and nxt in PERSON_CONTEXT and sep == " " and is_town(surface)
        if (town_said and he_follows(run.text, run.end)) or (j - i == 1 and (
                (sep == "'s" and nxt in KIN) or (sep == " " and nxt in PERSON_AFTER))):
            town_said, titled = False, True  # "Mandela said he was pleased": no town
        he_did = titled or (not town_said and j - i == 1 and sep == " " and nxt.endswith("ed")
                            and is_town(surface) and he_follows(run.text, run.end))
        if not (town_said or he_did):
            if last and nxt in PAPER_NOUNS and i == 0:  # "al-Ahram daily", "the Asahi newspaper"
                paper = article_paper(run, j, sep, nxt) \
                    if run.text[run.start - 1:run.start] == "-" else ""
                if paper or paper_named(run, nxt):
                    col.add(paper or surface, "org", pos)
                    return
            if nxt in STRONG_ORG_NEXT or (i == 0 and (cue.word_before(run) in ORG_BEFORE
                                                      or listed_town(run, j)
                                                      or study_by(run, words))) \
                    or (nxt == "news" and run.text.startswith(cue.NEWS_BODY, run.end)) \
                    or (last and said_it(run.text, run.end)) \
                    or (last and sep == "'s" and owns_person(run, nxt)) \
                    or (is_town(surface) and maybe_fixture(run) and in_fixture(run)) \
                    or (j - i == 1 and side_place(surface) and cue.town_side(run, i, j)) \
                    or (i == 0 and run.text[run.start - 6:run.start] == "based " and not titled
                        and place_based(run)) \
                    or (i == 0 and rated_by(run)) \
                    or (last and names_managers(run.text) and co_manager(run)):
                # "Chennai-based Tata": a firm, not a town; "rated A-2 by Moody's"
                col.add(surface, "org", pos)
            return
    else:
        # word_after's commonest case inline: the run ends without a possessive.
        if last and after not in {"'s ", "’s "}:
            sep, nxt = run.next_word()
        else:
            sep, nxt = word_after(run, j)
        town_said = False
    n = j - i
    # "Army-backed", but "State-owned": a common word there is an adjective.
    hyphen_mod = sep == "-" and nxt in ORG_HYPHEN and not (n == 1 and words[0] in COMMON_WORDS)
    # A trade word ends a firm's name, unless a given name opens it ("Mike Mills").
    has_org_word = is_place(run.words[i]) if org_words is None else org_words
    # (cue.word_before, with para_word's own first test read from prev_word's)
    if i:
        before = ""
    else:
        before = run.prev_word() or (cue.para_word(run) if run.letter_before else "")
        # (An index, no slice: at the text's start the article's search finds nothing.)
        if not before and run.text[run.start - 1] == "-" and not titled \
                and (paper := article_paper(run, j, sep, nxt)):
            col.add(paper, "org", pos, 2)  # "the newspaper al-Thawra said": no one's "al-" name
            return
    if before in TRADE_WORDS:  # "oil major Shell", "market leader Nintendo", "rival Qwest"
        before = trade_role(run, before, n == 1 and words[0] not in first_names(), words)
    # (A comma or a fate's verb after the run or a job's noun before it first: most have none.)
    if ((last and run.after == ",") or before in JOB_BEFORE or (n > 1 and after in FATE_OPENS)) \
            and job_named(run, i, n, words, surface, before, after):  # "star Thomas Church"
        titled, has_org_word = True, False
    if n == 1 and (nxt in THING_NEXT or surface.isupper() or sep == "-" or before in ARTICLES
                   or (c1 if last else run.text[run.spans[i][1] + 1:run.spans[i][1] + 2])
                   .isdigit()) \
            and thing_mention(run, i, surface, before, sep, nxt) \
            or (n == 1 and before in AMOUNT_WORDS and run.text[run.start - 2:run.start - 1]
                .isalnum() and amount_unit(run, i)):  # "4 Ecus per" (its first test, no call)
        # "MP3 players", "Ebola virus", "USB ports", "using SMS": a thing, if never a body
        col.things[words[0]] = col.things.get(words[0], 0) + 1
    if (before in WORK_BEFORE or nxt in WORK_NEXT) and not titled \
            and work_title(run, n, before, sep, nxt):
        col.works.add(key_of(surface))  # "the programme Go Digital", "the film Vera Drake"
        return
    if words[-1] in COMPETITION_TAILS and last and competition(run, words, sep, nxt):
        return  # "the Champions League final", "top of the Premiership": an event, no body
    if last and c1 == "(" and run.after == " ":  # (" (" after the run, without a slice)
        acronym = acronym_after(run, j)
        if acronym:  # "the Public Services Union (PSU)": one body
            col.aliases[key_of(acronym)] = key_of(surface)
    if n == 1 and before == "told" and words[0] not in first_names() and not calendar \
            and words[0] not in COMMON_WORDS and run.words[i][1:].islower():
        col.told.append((words[0], surface, pos))  # "told Reuters", unless "told Baker"
        return
    if institution or (n == 1 and words[0] in LONE_BODIES and not titled
                       and lone_body(words[0], before, sep, nxt, after)):
        col.add(surface, "org", pos, 3)  # ("the Treasury has announced")
        return
    # One common word with a capital names no body after a trade noun or before "poll"
    # ("unit Two", "the Industry survey"); an acronym in capitals ("SAT") still may.
    word = n == 1 and words[0] in COMMON_WORDS and not surface.isupper()
    if (has_org_word and n > 1 and not (n == 2 and cue.country_common(words))) \
            or (hyphen_mod and not single_adj) \
            or (sep == "'s" and not single_adj and not titled and (
                nxt in POSSESSED or owns_person(run, nxt) or possessed_later(run, j)
                or (last and not calendar and owns_product(run, words)))) \
            or (nxt in _NEXT_CUES and (  # (one look-up settles the seven cues on nxt)
                (nxt in _POLLS and sep == " " and not titled and not calendar and not word)
                or (nxt in ORG_CONTEXT and sep == " " and not single_adj
                    and not described(run, i, n, nxt) and not appointed(run, i, j)
                    and not cue.people_in_arms(run, j, words, nxt))
                or (nxt in BAND_MEMBERS and not word and band_member(run, j, sep, nxt)
                    and not (n == 1 and has_org_word and not and_prefix(run)))
                or (nxt in cue.LED_BY and sep == " " and not titled and cue.leads_body(words))
                or (nxt == "news" and run.text.startswith(cue.NEWS_BODY, run.end))
                or (nxt in cue.REPORTS and sep == " " and not titled
                    and cue.reporter(words, before))
                or (last and nxt in cue.PRICE_VERBS and sep == " " and not titled
                    and cue.price_move(run, words))
                or (last and nxt in SUBJECT_VERBS and sep == " " and not titled and i == 0
                    and not calendar and verb_subject(run, words, before, nxt))
                or (nxt in POSITION_HEADS and sep == " " and not titled and position_side(run)))) \
            or (last and sep == ", " and not titled and cue.apposed_body(run) and not (
                n == 1 and (words[0] in ORG_WORDS or words[0] in COMMON_WORDS))) \
            or (before in _BEFORE_CUES and (  # (one look-up settles the five cues on before)
                (before in ORG_BEFORE and not titled and not calendar
                 and (not word or trade_word(run)))
                or (before == "based" and not titled and not calendar and place_based(run))
                or (before in _BY and not titled and not calendar and not word and not single_adj
                    and study_by(run, words))
                or (before in _FROM_OF and i == 0 and not titled and not calendar and not word
                    and cue.affiliation(run))
                or (i == 0 and before in _RATERS_BEFORE and rated_by(run))
                or (before == "its" and i == 0 and last and not titled and not calendar
                    and owned_unit(run, words)))) \
            or (i == 0 and not titled and not calendar and not before  # (a word: no comma)
                and run.text[run.start - 2:run.start] == ", " and described_before(run)) \
            or (n >= 2 and " & " in surface and not duo(surface)) \
            or (last and names_managers(run.text) and co_manager(run)) \
            or (n == 1 and i == 0 and words[0] in PARTNERS and and_prefix(run)) \
            or (last and after[1:3] in _SAID_IT_PEEK
                and said_it(run.text, run.end) and before not in ROLE_WORDS) \
            or (not titled and (org_cue(run, i, j, before, col.aliases) or (
                (words[-1][-1:] == "s" or words[-1] == "executive" or (last and after == ", w"))
                and body_cue(run, i, j)))):
        if not titled or not place:
            head = seated(words) if n > 2 else words  # (a seat after "of" may follow)
            if i == 0 and has_org_word and (words[-1] in ORG_WORDS and n <= 4
                                            or head[-1] in ORG_WORDS and len(head) <= 4):
                # "Securities and Exchange Commission", "Transport and General Workers' Union"
                joined = and_prefix(run) or cue.plural_owner(run)
                if joined:
                    surface = " ".join((joined + surface).split())
            # A band noun outweighs a given name's votes elsewhere ("the band Franz Ferdinand").
            # A trade noun right before the name weighs as a title does for a person
            # ("supermarket group Winn-Dixie" outweighs one "Winn-Dixie said").
            col.add(surface, "org", pos, 3 if has_org_word or before in BAND_NOUNS
                    else 2 if before in ORG_BEFORE and before not in PERSON_TRADES
                    and run.text[run.start - len(before) - 2:run.start - len(before) - 1] != "-"
                    else 1)
        return
    if calendar or (n == 1 and surface[-1] == "s" and is_plural_acronym(surface)):
        return  # "MEPs", "MPs": members, not a body
    if n == 1 and words[0] in US_STATES and run.text[run.end:run.end + 1] == "." \
            and run.text[run.start - 2:run.start] == ", ":
        return  # "Hollister, Calif.", "Dublin, Calif.-based": a state after its town
    if n == 2 and channel_name(run.words[i:j], words):
        col.add(surface, "org", pos)  # "BBC One", "BBC Two's": a broadcaster's channel
        return
    if 2 <= n <= 3 and run.words[i].isupper() and words[0] not in _NOT_ACRONYMS \
            and regional_arm(run, i, j, before):
        col.add(surface, "org", pos)  # "BBC Wales", "NHS Scotland": a body's arm in a place
        return
    if n == 1 and len(surface) >= 2 and surface.isupper():
        if words[0] in COMMON_WORDS or words[0] in _NOT_ACRONYMS or after[:1] == "$" or (
                len(words[0]) > 3 and words[0][-1] == "s" and words[0][-2] != "s"
                and words[0][:-1] in COMMON_WORDS) or (
                run.text[run.start - 1:run.start] in {"\n", ""} and is_dateline(run)) \
                or (words[0] == "reuter" and not run.text[run.end:].strip(" .\n\x03")) \
                or (surface[0] in "ABC" and surface.count(surface[0]) == len(surface)
                    and ("rating" in run.text or "rated" in run.text)):
            return  # a dateline ("FRANKFURT 1996-08-22"), " REUTER", a rating, a currency ("COP$")
        if surface.endswith("IBOR") or (len(surface) == 4 and surface[1] == surface[3] == "."
                                        and words[0].replace(".", "") in US_STATES) \
                or (last and c1 not in NO_INDEX_SECOND and index_name(run.text, run.end)):
            return  # an interbank rate ("LIBOR"); a state ("N.Y."); a share index ("AEX index")
        if words[0] in col.plain:
            return
        if (run.text[run.start - 1:run.start] in "( " and plain_acronym(run)) or event_acronym(run):
            col.plain.add(words[0])  # a thing ("value-added tax (VAT)") or an event ("CES")
            return
        if len(surface) >= 3:
            col.add_bare(surface, pos)
        else:  # "GM", "BT": two letters are an acronym only if they come back
            col.singles.append((words[0], surface, pos, True))
        return
    if has_org_word or (n > 4 and ("for" in words or sum(
            w[0].isupper() for w in run_words[i:j]) > 4)):
        return  # (a particle is no name's word: "Ali al-Khalifa al-Sabah", "Lula da Silva")
    if nxt in GRADE_NOUNS and sep == " ":
        return  # "Traders said North Sea Brent blend": an oil grade, no one's name
    person_vote(run, i, j, titled, col, pos, before, sep, nxt, after, town_said, describes,
                surface, words)
