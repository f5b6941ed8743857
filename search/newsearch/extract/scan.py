"""One pass over a text for runs of capitalised words, shared by the place and actor extractors.

A single compiled regular expression finds every *run*: capitalised words joined by spaces, a
line break, "-" or "&", with name connectors allowed inside ("Army of Conquest", "Rio de
Janeiro", "Jisr ash-Shughur"). Everything after that works on the few dozen runs of a story
instead of on every word, which is what keeps extraction well under a millisecond a story.
"""

from __future__ import annotations

import re

from ..analysis import ARABIC_ARTICLES, STOP_WORDS
from .caps import caps_stretches, case_shift
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .elision import ELIDED, is_elided
from .gazetteer import NAME_KEYS, PLACE_KEYS
from .gazetteer import key_of as key_of  # (the other extractors import it from here)
from .memo import Memo
from .names import FIRM_SUFFIXES
from .openings import firm_opening, given_name_opening, place_opening, wire_slug
from .patterns import by_first_letter, star
from .run import Run as Run  # (the other extractors import it from here)
from .runwords import ABBREVIATIONS, BOUNDARY_WORDS, LAST_FORMS, OPENERS, WEEKDAYS
from .runwords import CONNECTORS as CONNECTORS  # (the others import these from here)
from .runwords import LINKERS as LINKERS
from .runwords import word_key as word_key
from .sentences import named_mid_sentence, opens_sentence
from .syllables import romanised_pair

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_ARABIC_ARTICLES = ARABIC_ARTICLES
_PLACE_KEYS = PLACE_KEYS

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"


# A word may take a full stop before another capitalised word; runs() cuts there unless the
# word is an abbreviation or an initial ("Paul A. Volcker"). (No letter can follow a word's
# letters in a match: "*+" keeps them without marks to backtrack to. After the letters, one
# choice of an apostrophe's part, a full stop or nothing, not two in a row: the engine enters
# a frame for each choice it makes, the empty ones too.)
_APOS = r"['’](?!s\b)[^\W_]+"
_DOT = rf"\.(?=[ \t]+[{_UP}])"
_REST = (rf"(?:\.[A-Z](?:\.[A-Z])*\.|[^\W_]*+(?:{_APOS}(?:{_APOS})*(?:{_DOT}|)|{_DOT}|))")
# A line break joins a name wrapped over two lines, but not one ending a paragraph whose next
# line is indented ("Clayton Yeutter\n    Speaking to ...").
# (Written as blanks, then a line break, "&" or nothing: a letter must follow, so one reading
# at most goes on, and the blanks are read once instead of once for each of three readings.)
_SEP = r"(?:[ \t]++(?:\n[ \t]{0,2}(?![ \t])|&[ \t]*+|)|\n[ \t]{0,2}(?![ \t])|&[ \t]*+|-)"
_CONN = by_first_letter(CONNECTORS)
# The capital comes first so the engine can skip ahead to it; the look-behind then checks that
# it starts a word. The look-ahead only skips alternatives that cannot match: after a word the
# engine would otherwise try every connector on each lower-case word after.
_CONN_START = "".join(sorted({c[0] for c in CONNECTORS}))
# Connectors (and their separators) before a run's next word, and an elided "d'".
_LINKS = star(f"(?=[{_CONN_START}])(?:{_CONN}){_SEP}") + rf"(?:{ELIDED}|)[{_UP}]"


def _by_letter(words: frozenset[str], tail: str) -> list[str]:
    """One alternative for each first letter of ``words`` (as :func:`by_first_letter`
    groups them), each followed by ``tail``."""
    return [by_first_letter(w for w in words if w[0] == a) + tail
            for a in sorted({w[0] for w in words})]


# A run's next word's capital: after blanks and a line break or "&", connectors, an elided
# "d'" or an Arabic article and "-"; or after a line break, "&" or "-" alone. Every choice
# opens with a character or a class, which the engine tests before entering it: after most
# words, a blank and a lower-case letter, no choice is entered, where a look-ahead or a group
# costs a frame each. (The same readings in the same order as the written-out separator
# followed by connectors: the choices of a first letter keep their order, and the capital,
# the commonest choice to take, comes first, as no other choice opens with one.)
_AFTER_BLANKS = "|".join([
    f"[{_UP}]", rf"\n[ \t]{{0,2}}(?![ \t]){_LINKS}", rf"&[ \t]*+{_LINKS}",
    *_by_letter(CONNECTORS, _SEP + _LINKS),
    *(f"{e}[{_UP}]" for e in ELIDED[3:-1].split("|")),  # (its choices: "(?:a|b)")
    *_by_letter(ARABIC_ARTICLES, f"-[{_UP}]")])
_MORE = (rf"(?:[ \t][ \t]*+(?:{_AFTER_BLANKS})"
         rf"|\n[ \t]{{0,2}}(?![ \t]){_LINKS}|&[ \t]*+{_LINKS}|-{_LINKS}){_REST}")
# A possessive "'s" is left out: _REST never takes it, the match ends before ("Reagan's").
# (The words after the first possessively: nothing follows that could fail, and a possessive
# repeat enters no frame for each word taken, nor one to leave when none follows.)
_RUN = re.compile(rf"[{_UP}](?<![\w'’].){_REST}(?:{_MORE})*+")


def _ascii(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for text without a non-ASCII letter (most wire copy): a class of 70
    capitals is tested range by range at every character, [A-Z] by one bitmap look-up
    (letters likewise: [A-Za-z0-9] for the Unicode category test of [^\\W_], and \\w's
    category test before a capital; an apostrophe as one character, not a class with "’")."""
    return re.compile(pattern.pattern.replace(_UP, "A-Z").replace(r"[^\W_]", "[A-Za-z0-9]")
                      .replace("['’]", "'").replace("[\\w'’]", "[0-9A-Z_a-z']"), re.ASCII)


_ASCII_RUN = _ascii(_RUN)
# The same expressions as re.split patterns: gaps and runs as strings, in one C call.
_SPLIT = re.compile(f"({_RUN.pattern})").split
_ASCII_SPLIT = re.compile(f"({_ASCII_RUN.pattern})", re.ASCII).split
# Initials are one word, accented ones too ("É.A."), as a one-word run keeps them.
_TOKEN = re.compile(rf"(?:[{_UP}]\.){{2,}}|[^\W_]+(?:['’][^\W_]+)*")
_ASCII_TOKEN = _ascii(_TOKEN)
_LOWER_NEXT = re.compile(r" [a-z]")

_new_run = object.__new__


def runs(text: str, caps: bool | None = None) -> list[Run]:
    """Every run of capitalised words in ``text``, in order.

    ``caps`` says whether the whole text is set in capitals; when None, long stretches
    without lower-case letters (headlines inside a body) are found and marked.
    """
    if caps is None:
        stretches = caps_stretches(text)
        all_caps = False
    else:
        stretches = []
        all_caps = caps
    # split() hands back gaps and matches as strings in one C call; a match's offset is the
    # length of everything before it (no match object and no method call per run).
    parts = (_ASCII_SPLIT if text.isascii() else _SPLIT)(text)
    out: list[Run] = []
    if len(parts) == 1:
        return out
    single = _single
    # Stretches and runs both come in text order: the next stretch to reach is all to look at.
    stretch_at = 0
    stretch_end = stretches[0][1] if stretches else -1
    # parts alternate gap, match, gap ...: a match starts where the gap before it ends. (Two
    # additions a match cost less than a list of running lengths and two slices of it, ~5,000
    # instructions a text. zip's strict= is left out here and in _several, _parse_several: a
    # keyword argument makes each call to the zip type build a dict, ~1,500 instructions;
    # zip stops at the shorter, the pairs of gap and match.)
    pairs = iter(parts)
    at = 0
    for gap, s in zip(pairs, pairs):  # noqa: B905
        start = at + len(gap)
        at = start + len(s)
        # Only a headline inside a body sets stretches, and then all_caps is False.
        if stretches:
            while start >= stretch_end and stretch_at + 1 < len(stretches):
                stretch_at += 1
                stretch_end = stretches[stretch_at][1]
            in_caps = stretches[stretch_at][0] <= start < stretch_end
        else:
            in_caps = all_caps
        # One plain word is the common case (isalpha settles most of them in one call); most
        # are sentence-initial "The", "It", "In".
        if not s.isalpha():
            if " " in s or "-" in s or "\n" in s or "&" in s or "\t" in s:
                _several(out, text, s, start, in_caps, gap)
                continue
            if s[-1] == "." and s[-3:-2] != ".":
                s = s[:-1]  # "Mr.", not "U.S."
            if len(s) == 1 and not s.isalpha():
                continue
        key, boundary = single(s)
        sent = None
        if boundary and not in_caps:
            # Most open the text, or a paragraph: a line break and blanks before, where
            # opens_sentence says yes (a blank before the word: no wrapped line), said here
            # without its call and slices (two of three calls a story).
            if not start or (gap[-1:] == " " and gap.rstrip(" ")[-1:] == "\n"):
                continue
            sent = opens_sentence(text, start)
            if sent:
                continue
        # One word, the commonest run: its fields set here, as Run.__init__ would (no call).
        run = _new_run(Run)
        run.text = text
        run.words = [s]
        run.keys = [key]
        run.start = start
        run.end = end = start + len(s)
        run.spans = [(start, end)]
        run.after = text[end:end + 1]
        run._sentence_start = sent
        run.caps = in_caps
        run._next = run._prev = run.letter_before = None
        out.append(run)
    if "-" in text:
        for run in out:
            if run.after == "-" and not run.caps:
                _hyphen_syllable(run)
    return out


# A lower-case syllable after a hyphen ends a Korean or Chinese given name ("Kim Young-sam"):
# 2 to 4 letters, no English word ("US-led", "Soviet-era").
_SYLLABLE = re.compile(r"-([a-z]{2,5})(?![\w-])")
# English words that follow a name and a hyphen ("New York-born", "Texas-based").
_HYPHEN_WORDS = wordset("born bred led run era made wide free held like type size old long "
                        "rich poor area zone only side term week year day time hit ruled "
                        "class hosts")


def run_texts(run_list: list[Run]) -> list[str]:
    """The texts ``run_list`` points into, each once, in order (a story's headline and body:
    every run of one text shares the string)."""
    return list(dict.fromkeys([run.text for run in run_list]))


def _hyphen_syllable(run: Run) -> None:
    """Take the syllable after the run's last word into it, when it is one."""
    last = run.words[-1]
    m = _SYLLABLE.match(run.text, run.end)
    if m is None or len(last) > 6 or not last[1:].islower() or len(run.words) < 2 \
            or m.group(1) in STOP_WORDS or m.group(1) in _HYPHEN_WORDS \
            or (m.group(1) in COMMON_WORDS and not romanised_pair(last, m.group(1))):
        return  # ("Chi-cheng": a syllable that is also in the common-word list)
    run.words[-1] = last = last + m.group()
    run.keys[-1] = word_key(last)
    run.spans[-1] = (run.spans[-1][0], m.end())
    run.end = m.end()
    run.after = run.text[run.end:run.end + 1]


def _several(out: list[Run], text: str, s: str, start: int, in_caps: bool, gap: str) -> None:
    """Cut a match of several words (``s``, at offset ``start`` of ``text``, after ``gap``)
    into runs."""
    parsed = _parse(s)
    if parsed is None:  # (stored here: see _parse)
        parsed = _PARSED[s] = _parse_several(s)
    words, pairs, keys, opens_boundary, cuts, capitalised = parsed
    spans = []
    for a, b in pairs:  # (a loop: for a few words it costs less than a chain of C iterators)
        spans.append((a + start, b + start))
    # In capitals _emit never drops a first word, so whether the run opens a sentence is left
    # to Run.sentence_start, which works it out the same way if it is ever asked.
    # (As in runs: a text's or an indented paragraph's start opens a sentence.)
    sent = (not start or (gap[-1:] == " " and gap.rstrip(" ")[-1:] == "\n")
            or opens_sentence(text, start)) if opens_boundary and not in_caps else None
    if cuts:
        # A full stop inside a run ("Acme Corp. The company") ends a sentence there.
        cut = 0
        for k in cuts:
            _emit(out, text, list(words[cut:k]), spans[cut:k], sent, in_caps)
            cut, sent = k, True
        _emit(out, text, list(words[cut:]), spans[cut:], sent, in_caps)
    elif not sent and capitalised and keys[0] not in WEEKDAYS:
        # All of it, the common case: its fields set here, as Run.__init__ would (calling the
        # class costs a frame entered from C, some 800 instructions a run).
        run = _new_run(Run)
        run.text = text
        run.words = list(words)
        run.keys = list(keys)
        run.spans = spans
        run.start = spans[0][0]
        run.end = end = spans[-1][1]
        run.after = text[end:end + 1]
        run._sentence_start = sent
        run.caps = in_caps
        run._next = run._prev = run.letter_before = None
        out.append(run)
    else:
        _emit(out, text, list(words), spans, sent, in_caps)


def _parse_several(s: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...],
                                    tuple[str, ...], bool, tuple[int, ...], bool]:
    """What :func:`_several` needs to know of a match that does not depend on where it stands:
    its words, where each starts and ends in ``s``, their keys, whether the first word may open
    a sentence, where full stops end a sentence inside it, and whether it starts and ends with
    a capital. (Tuples: the memo shares them between stories; callers copy what a run keeps.)"""
    # A match has no blank at either end, so these three C calls say what splitting and
    # joining the words would: ASCII letters one space apart.
    if s.isascii() and "  " not in s and s.replace(" ", "").isalpha():
        # Most matches: so no full stop and no line break cuts them. Their spans, and the
        # words' place keys, in one loop (as _spaced; a store per word costs less than
        # update() over a zip, which builds a pair for each).
        words = s.split(" ")
        low = s.lower()
        keys = low.split(" ")  # (fold() is lower() on ASCII)
        if len(words) == 2:
            # Two words, the commonest match (two in five): spans and stores without the
            # loop and its list (~1,100 instructions fewer a plain match on average).
            first, second = words
            PLACE_KEYS[first], PLACE_KEYS[second] = keys
            if _ARABIC_ARTICLES.isdisjoint(keys):
                PLACE_KEYS[s] = NAME_KEYS[s] = low
            cut = len(first)
            return (first, second), ((0, cut), (cut + 1, len(s))), tuple(keys), \
                keys[0] in BOUNDARY_WORDS, (), True
        pairs = []
        at = 0
        for w, k in zip(words, keys):  # noqa: B905 (as long; see runs)
            PLACE_KEYS[w] = k  # (see _single_word)
            end = at + len(w)
            pairs.append((at, end))
            at = end + 1
        if _ARABIC_ARTICLES.isdisjoint(keys):
            # The whole name's keys too, as name_key and place_key would give them: most new
            # names are asked for both (is_place, name facts) before anything else.
            PLACE_KEYS[s] = NAME_KEYS[s] = low
        # (A match opens and ends with a capital, and these words are letters only: both
        # are capitalised.)
        return tuple(words), tuple(pairs), tuple(keys), keys[0] in BOUNDARY_WORDS, (), True
    if "\n" in s and s.isascii() and "  " not in (one := s.replace("\n", " ")) \
            and one.replace(" ", "").isalpha():
        return _wrapped(s, one)
    words = s.split()
    plain = "".join(words).isalpha()
    if not plain:  # only then can a word hold "-", "&", "." or "'"
        if s.isascii() and "'" not in s:
            # Letters and digits between blanks, "-" and "&", initials ("U.S.") and a
            # word's full stop ("Corp.", "S."): the tokens without the expression's search
            # (~11,000 instructions a match), which keeps initials whole and leaves a
            # word's full stop out.
            if "-" in s or "&" in s:
                words = s.replace("-", " ").replace("&", " ").split()
            words = [w[:-1] if w[-1] == "." and (len(w) == 2 or w[1] != ".") else w
                     for w in words]
        else:
            words = (_ASCII_TOKEN if s.isascii() else _TOKEN).findall(s)
    # The text between two words holds no letter or digit, and every word starts with one:
    # the first occurrence of a word after the previous one is where it stands.
    if " ".join(words) == s:  # one space between words: no search needed (as above)
        pairs = _spaced(words)
    else:
        pairs = []
        at = 0
        for w in words:
            at = s.find(w, at)
            pairs.append((at, at + len(w)))
            at += len(w)
    cuts = []
    if "." in s:
        for k in range(1, len(words)):
            if s[pairs[k - 1][1]] == "." and (words[k].lower() in BOUNDARY_WORDS or (
                    len(words[k - 1]) > 1 and words[k - 1].lower() not in ABBREVIATIONS)
                    or words[k - 1].lower() in LAST_FORMS
                    and words[k].lower() not in FIRM_SUFFIXES):
                cuts.append(k)  # "Daiwa Securities Co Ltd. Sumitomo Bank Ltd fell"
            elif words[k - 1][-1] == "." and words[k][0].isupper() \
                    and words[k].lower() in STOP_WORDS:
                cuts.append(k)  # initials end a sentence before a function word ("U.S. It")
    if "\n" in s:
        # A line in capitals after one in mixed case is a new line of copy, not the rest of a
        # wrapped name: "Peter Blackburn\nBRUSSELS 1996-08-22" is a byline and a dateline.
        for k in range(1, len(words)):
            if "\n" in s[pairs[k - 1][1]:pairs[k][0]] and case_shift(words[k - 1], words[k]):
                cuts.append(k)
        cuts = sorted(set(cuts))
    # (fold() is lower() on ASCII: no memo look-up, and no miss, for each new word.)
    if s.isascii():
        keys = tuple(map(str.lower, words))
        if plain:
            _PLACE_KEYS.update(zip(words, keys))  # noqa: B905 (as long; see runs)
    else:
        keys = tuple(map(word_key, words))
    return (tuple(words), tuple(pairs), keys,
            words[0].lower() in BOUNDARY_WORDS, tuple(cuts),
            words[0][0].isupper() and words[-1][0].isupper())


def _wrapped(s: str, one: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...],
                                        tuple[str, ...], bool, tuple[int, ...], bool]:
    """:func:`_parse_several` for ASCII letters one blank apart, some of the blanks line
    breaks (``one``: ``s`` with spaces for them), a name wrapped onto the next line: the
    same answer, without the general path's searches and regular expression (a quarter of
    the matches it took, ~25,000 instructions each)."""
    words = one.split(" ")
    keys = one.lower().split(" ")  # (fold() is lower() on ASCII)
    _PLACE_KEYS.update(zip(words, keys))  # noqa: B905 (as long; see runs)
    pairs = _spaced(words)
    # A line in capitals after one in mixed case starts a new line of copy (as the general
    # path finds it: here every gap is one character).
    cuts: tuple[int, ...] = ()
    for k in range(1, len(words)):
        if s[pairs[k - 1][1]] == "\n" and case_shift(words[k - 1], words[k]):
            cuts += (k,)
    # (A match opens and ends with a capital, and these words are letters only.)
    return tuple(words), tuple(pairs), tuple(keys), keys[0] in BOUNDARY_WORDS, cuts, True


def _spaced(words: list[str]) -> list[tuple[int, int]]:
    """Where words one space apart start and end. (A loop: for a match's few words it costs
    less than a chain of C iterators, each an object to build.)"""
    pairs = []
    at = 0
    for w in words:
        end = at + len(w)
        pairs.append((at, end))
        at = end + 1
    return pairs


# The same multi-word matches recur story after story ("New York", "Reuters Ltd"), but most
# are met first (4.3 misses a story, 1.6 hits): read by get() and a miss stored by _several,
# for the memo's own miss calls __missing__ from C, some 1,100 instructions more a miss.
_PARSED = Memo(_parse_several, 50_000)
_parse = _PARSED.get


def _single_word(word: str) -> tuple[str, bool]:
    """A one-word run's key, and whether it may be a sentence-initial word to drop."""
    lower = word.lower()  # (fold() on ASCII: a new word leaves word_key's memo alone)
    if word.isalpha() and word.isascii():
        # Every run's words are soon asked for their place keys, many for their name keys: a
        # memo's miss costs two Python calls, a store none (both are the word lower-cased).
        PLACE_KEYS[word] = NAME_KEYS[word] = lower
    return lower if word.isascii() else word_key(word), lower in BOUNDARY_WORDS and not (
        len(word) > 1 and word.isupper())  # an acronym opening a sentence stays ("US", not "Us")


_single = Memo(_single_word).get_key


def _emit(out: list[Run], text: str, words: list[str], spans: list[tuple[int, int]],
          sent: bool | None, caps: bool) -> None:
    # Trailing connectors never end a name; neither does a sentence-initial "The"/"But".
    a, b = 0, len(words)
    while b and not (words[b - 1][0].isupper() or is_elided(words[b - 1])):
        b -= 1
    if b > 1 and sent and not caps and len(words[0]) > 3 and words[0].isupper() \
            and wire_slug(words, text, spans):
        a, sent = 1, False  # "TABLE-Toshiba Corp": a wire's slug, no name
    elif b and sent and not caps and (len(words[0]) > 1 and not words[0].isupper() or (
            # "A Gallup poll showed": the article, but not an initial ("; A Mehrtens (NZ)")
            words[0] in ("A", "I") and b > 1 and text[spans[0][1]] != "."
            and _LOWER_NEXT.match(text, spans[b - 1][1]))) \
            and word_key(words[0]) in BOUNDARY_WORDS and not firm_opening(words, b, text, spans) \
            and (text[spans[0][1]:spans[0][1] + 1] != "-" or word_key(words[0]) not in OPENERS) \
            and not place_opening(words, b) and not given_name_opening(words, b) \
            and not (b > 1 and word_key(words[0]) not in STOP_WORDS
                     and named_mid_sentence(text, spans[0][0], spans[1][1])) \
            and not (b > 1 and text[spans[0][0] - 1:spans[0][0]] == "("
                     and text[spans[b - 1][1]:spans[b - 1][1] + 1] == ")"):
        a = 1  # (a name in brackets by itself keeps it: "(The Guardian)")
        sent = False
    while a < b and not words[a][0].isupper():
        a += 1
    # A weekday opens no name: "on Friday for Metal Box Plc", "on Tuesday Acme Ltd had".
    if b - a > 1 and word_key(words[a]) in WEEKDAYS:
        if b - a > 2 and not words[a + 1][0].isupper():
            a += 2
        elif text[spans[a][0] - 3:spans[a][0]] == "on ":
            a += 1
    if a < b:
        if a or b < len(words):
            words, spans = words[a:b], spans[a:b]
        out.append(Run(text, words, spans, sent, caps))
