"""People named in capitals headlines ("TREASURY'S BAKER SAYS ..."), where case says nothing."""

from __future__ import annotations

from collections.abc import Callable
from operator import methodcaller

from .data import wordset
from .data.acronyms import WORDS as ACRONYMS
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS, gazetteer, place_key
from .known import org_table
from .memo import Memo
from .names import ORG_WORDS, TITLE_WORDS, first_names, popular_given_names
from .orgs import INSTITUTIONS
from .scan import Run, key_of
from .sportstory import HEAD_SPORTS

# Verbs after a name in a capitals headline ("VOLCKER SEES ...").
HEADLINE_VERBS = wordset(
    "says said sees urges warns denies expects forecasts predicts calls asks nominates names "
    "backs rejects wants plans welcomes criticises criticizes defends proposes vows tells calls "
    "declines decline agree agrees renews hails opposes meets concerned consents cuts heads "
    "doubts fears sets puts repeats reiterates confident")
# Places that stand for institutions ("WHITE HOUSE SAYS"), not people.
_NOT_PEOPLE = frozenset({"white house", "wall street", "downing street", "capitol hill"})
# Weaker cues: "REAGAN TO HOLD NEWS CONFERENCE", but also "CHRYSLER TO BUY AMC STAKE"; a name
# before them counts only when the story's own text names it too.
WEAK_VERBS = wordset("to will")
_POSSESSIVE = methodcaller("endswith", ("'s", "’s"))
_VOWELS = frozenset("aeiouy")  # (isdisjoint walks a word's letters in C, unlike any())


def _namelike_key(key: str) -> bool:
    """Whether a word of a capitals headline may be a surname."""
    if not (len(key) >= 3 and key not in COMMON_WORDS and key not in TITLE_WORDS
            and key not in ORG_WORDS and key not in ACRONYMS  # "- USDA": case says nothing
            and key not in MONTHS_AND_DAYS and key not in HEADLINE_VERBS and key.isalpha()
            and key.upper() not in org_table()[0] and not _VOWELS.isdisjoint(key)):
        return False
    # Only places a headline would name: countries, adjectives, sizeable cities.
    # (The word is letters only: place_key() of an ASCII one is its lower case, and a new
    # word would only miss place_key's memo.)
    gaz, key = gazetteer(), key.lower() if key.isascii() else place_key(key)
    top = gaz.entries(key)[:1] if key in gaz.raw else ()
    return not top or (top[0].kind == "city" and top[0].population < 100_000)


namelike: Callable[[str], bool] = Memo(_namelike_key, 20_000).get_key


# Words before a headline's name that leave it a name of its own ("SAYS REAGAN TO ...",
# "SHULTZ AND SHEVARNADZE TO MEET").
_OPEN_BEFORE = HEADLINE_VERBS | WEAK_VERBS | {"and", "or", "with", "by", "from", "for"}
# A body is the subject of "SAYS IT" ("CHRYSLER SAYS IT SOLD"); a person "SAYS HE".
SUBJECT_IT = frozenset({"it", "its", "it's", "it’s"})


def _body_like(keys: list[str], raw: list[str], i: int, j: int) -> bool:
    """Whether words ``i:j`` of a capitals headline, with no title before them, read as a
    body's name rather than a person's: three letters ("API SAYS", "TWA SAID": an acronym),
    the end of a longer name ("AMERICAN EXPRESS SAYS", "TORONTO SUN PLANS"; not after a given
    name, "LEWIS LEHRMAN TO JOIN"), or the subject of "SAYS IT" ("CHRYSLER SAYS IT SOLD"; a
    person "SAYS HE")."""
    if j - i == 1 and len(keys[i]) <= 3:
        return True
    if i and raw[i - 1] not in _OPEN_BEFORE and raw[i - 1].isalpha() \
            and raw[i - 1] not in first_names():
        return True
    return j + 1 < len(keys) and keys[j] in HEADLINE_VERBS and keys[j + 1] in SUBJECT_IT


def headline_people(run: Run, prev: Run | None) -> list[tuple[str, int]]:
    """Names in a capitals run: ``(name, strength)``.

    Strength 2 (sure) after a title or a possessive: "TREASURY'S BAKER SAYS", "PRESIDENT
    REAGAN SAYS". Strength 1 before a headline verb ("VOLCKER SEES"): counts only if the story
    names the same person in mixed case or has little text of its own. Strength 0 before "TO"
    or "WILL": counts only if the story's text names the person. Strength -1 for who said it,
    after a closing dash or comma ("... UNJUSTIFIED - YEUTTER"): counts only if the story has
    little text of its own.
    """
    raw = run.keys
    keys = raw  # read only: a copy only when a word ends in "'s" ("REAGAN'S")
    if any(map(_POSSESSIVE, raw)):  # (in C)
        keys = [k[:-2] if k.endswith(("'s", "’s")) else k for k in raw]
    n = len(keys)
    after_possessive = prev is not None and prev.caps and \
        run.text[prev.end:run.start].strip() in {"'S", "’S"}
    out = []
    i = 0
    while i < n:
        # (A common word is no surname, namelike's first test: asked here first, it spares
        # the memo a miss for each new one, half its misses on a first pass.)
        if keys[i] in COMMON_WORDS or not namelike(keys[i]) \
                or (i and raw[i - 1] in ORG_WORDS):  # "UNION CARBIDE"
            i += 1
            continue
        j = i + 1
        if j < n and raw[i] == keys[i] and keys[j] not in COMMON_WORDS and namelike(keys[j]) \
                and (j + 1 == n or keys[j + 1] in HEADLINE_VERBS
                     or (keys[i] in popular_given_names() and run.text[run.spans[i][1]] == " ")):
            # ("DONALD TRUMP TO BUY ...": a given name opens a full name before any verb.)
            j += 1
        before = raw[i - 1] if i else ""
        nxt = keys[j] if j < n else ""
        sure = before in TITLE_WORDS or (i == 0 and after_possessive) or before.endswith(
            ("'s", "’s"))
        if not sure and (raw[j - 1] != keys[j - 1] or _body_like(keys, raw, i, j)):
            i = j  # "MOODY'S CUTS": a possessor, a person only after a title
            continue
        if (sure or nxt in HEADLINE_VERBS or nxt in WEAK_VERBS) \
                and nxt not in ORG_WORDS:
            # "... SAYS REAGAN TO ...": reported speech names its subject as surely as a verb.
            strength = 2 if sure else 1 if (nxt in HEADLINE_VERBS or (
                before in HEADLINE_VERBS and nxt in WEAK_VERBS)) else 0
            name = " ".join(w.title() for w in run.words[i:j])
            if name.endswith(("'S", "’S", "'s", "’s")):
                name = name[:-2]
            if key_of(name) not in _NOT_PEOPLE and key_of(name) not in INSTITUTIONS:
                out.append((name, strength))
                if i == 0 and strength and prev is not None and prev.caps \
                        and len(prev.words) == 1 and namelike(prev.keys[0]) \
                        and run.text[prev.end:run.start].strip() == ",":
                    # "LAWSON, STOLTENBERG DECLINE": names listed before one verb.
                    out.insert(len(out) - 1, (prev.words[0].title(), strength))
        i = j
    # (Only a run that ends its line may close the headline: most runs have a space after.)
    if run.after in _LINE_ENDS and (speaker := _closing_speaker(run, prev, keys)) \
            and all(n != speaker for n, _ in out):
        out.append((speaker, -1))
    return out


# What closes a wire headline before the name of who said it: "... UNJUSTIFIED - YEUTTER",
# "... DISCOUNT RATE-SUMITA", "... POLICY -- SUMITA", "... JAPAN ECONOMY, SUMITA".
_SPEAKER_BEFORE = frozenset({"-", " - ", " -- ", "--", " -", "- ", ", ", " --", "-- "})
_LINE_ENDS = ("", "\n")  # what may follow a headline's last run


def _closing_speaker(run: Run, prev: Run | None, keys: list[str]) -> str | None:
    """The name a capitals headline ends with after a dash or a comma: one to three words
    that may each be a surname, joined by spaces or hyphens ("- LEIGH-PEMBERTON")."""
    text, spans = run.text, run.spans
    if run.after not in _LINE_ENDS or text[run.end:].strip():
        return None  # the headline's last words (most runs end before a space)
    k = len(keys) - 1
    while True:
        if not namelike(keys[k]):  # (no common word, verb or acronym: "- SOURCES", "- USDA")
            return None
        gap = text[spans[k - 1][1]:spans[k][0]] if k else (
            text[prev.end:run.start] if prev is not None and prev.caps else "")
        if gap in _SPEAKER_BEFORE and (gap == " - " or _left_word_common(run, prev, k, gap)):
            break  # (not "ACQUIRING BORG-WARNER", "SAUNDERS, WARD": one name, a list)
        if not k or gap not in (" ", "-") or len(keys) - k >= 3:
            return None
        k -= 1
    if gap == " - " and text[:spans[k][0] - 3].lower() in HEAD_SPORTS:
        return None  # a sports headline's subject: "CRICKET - SCOREBOARD", not who said it
    name = text[spans[k][0]:run.end]
    return "-".join(part.title() for part in name.split("-"))


def _left_word_common(run: Run, prev: Run | None, k: int, gap: str) -> bool:
    """Whether the word before word ``k`` of the run (or the previous run's last) is a
    common word, so that a hyphen or a comma after it ends a sentence ("DISCOUNT RATE-SUMITA")
    instead of joining two names ("CIBA-GEIGY", "SAUNDERS, WARD"). Looser separators ("-- ",
    " -") only need it to be no name of its own."""
    key = run.keys[k - 1] if k else prev.keys[-1] if prev is not None else ""
    if gap in _TIGHT:
        return key in COMMON_WORDS and key not in ORG_WORDS
    return not namelike(key)


_TIGHT = frozenset({"-", ", "})  # gaps that also join a name's halves or list names
