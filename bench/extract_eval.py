"""Evaluate metadata extraction on Reuters-21578 (tags hidden) and on hand-labelled BBC stories.

Rules and lists were chosen on reut2-000..010 (``--split train``); the reported figures come
from reut2-011..021 (``--split test``, the default). Usage::

    PYTHONPATH=search python bench/extract_eval.py [--split test|train] [--no-write] [--show N]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "search"))
sys.path.insert(0, str(ROOT / "bench"))

from newsearch.analysis import fold, name_key  # noqa: E402
from newsearch.extract import enrich, extract_date, org_code  # noqa: E402
from newsearch.extract.gazetteer import gazetteer, place_key  # noqa: E402
from newsearch.model import Article  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
REUTERS = DATA / "reuters21578"
LABELS = ROOT / "bench" / "labels" / "bbc40.json"
# Labelled after round 3's rules were written and never used for tuning.
HELDOUT = ROOT / "bench" / "labels" / "bbc20_heldout.json"
SPLITS = {"train": range(0, 11), "test": range(11, 22)}
_DOC = re.compile(r"<REUTERS(.*?)</REUTERS>", re.S)
_TAG = {t: re.compile(rf"<{t}>(.*?)</{t}>", re.S) for t in
        ("DATE", "PLACES", "PEOPLE", "ORGS", "TITLE", "DATELINE", "BODY")}
_D = re.compile(r"<D>(.*?)</D>")
# GeoNames country names whose Reuters tag is not simply the lower-cased, hyphenated name.
COUNTRY_TAG = {"United States": "usa", "United Kingdom": "uk", "Russia": "ussr",
               "Germany": "west-germany", "Myanmar": "burma", "Czechia": "czechoslovakia",
               "Serbia": "yugoslavia", "United Arab Emirates": "uae", "Cambodia": "kampuchea",
               "Democratic Republic of the Congo": "zaire", "Republic of the Congo": "congo",
               "Eswatini": "swaziland", "Trinidad and Tobago": "trinidad-tobago",
               "Samoa": "western-samoa", "Yemen": "yemen-arab-republic",
               "U.S. Virgin Islands": "us-virgin-islands", "Cabo Verde": "cape-verde",
               "Antigua and Barbuda": "antigua"}


def reuters(split: str) -> list[dict]:
    """Stories of one split, as dicts of raw fields and tag lists."""
    docs = []
    for n in SPLITS[split]:
        with gzip.open(REUTERS / f"reut2-{n:03d}.sgm.gz", "rt", encoding="latin-1") as fh:
            raw = fh.read()
        for m in _DOC.finditer(raw):
            block = m.group(1)
            doc = {}
            for t, rx in _TAG.items():
                f = rx.search(block)
                value = f.group(1) if f else ""
                doc[t] = _D.findall(value) if t in ("PLACES", "PEOPLE", "ORGS") else \
                    html.unescape(value)
            body = re.sub(r"\s*Reuter\s*\x03?\s*$", "", doc["BODY"].replace("\x03", ""))
            doc["BODY"] = body
            docs.append(doc)
    return docs


def country_tag(country: str) -> str:
    """The Reuters PLACES tag of a GeoNames country name."""
    return COUNTRY_TAG.get(country, country.lower().replace(" ", "-"))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_reuters(split: str, show: int) -> dict[str, float]:
    """Score places, people, orgs and dateline dates against the tags."""
    docs = reuters(split)
    org_vocab = {w.strip() for w in (REUTERS / "all-orgs-strings.lc.txt").read_text().split()}
    gazetteer()  # load outside the timing
    c = dict.fromkeys(("ptp", "pfp", "pfn", "otp", "ofp", "ofn", "peo", "peo_hit", "dl", "dl_ok",
                       "dl_near"), 0)
    elapsed = 0.0
    shown = 0
    for d in docs:
        art = Article(title=d["TITLE"], body=d["BODY"], dateline=d["DATELINE"].strip())
        t0 = time.process_time()
        enrich(art)
        elapsed += time.process_time() - t0
        if d["PLACES"]:
            pred = {country_tag(p.country) for p in art.places if p.focus}
            gold = set(d["PLACES"])
            c["ptp"] += len(pred & gold)
            c["pfp"] += len(pred - gold)
            c["pfn"] += len(gold - pred)
            if (pred != gold) and shown < show:
                shown += 1
                print("PLACES", sorted(gold), sorted(pred), d["DATELINE"].strip(),
                      d["TITLE"][:60], file=sys.stderr)
        surnames = {fold(w) for p in art.people for w in name_key(p).split()[-1:]}
        for tag in d["PEOPLE"]:
            c["peo"] += 1
            hit = tag.split("-")[-1] in surnames
            c["peo_hit"] += hit
            if not hit and shown < show:
                shown += 1
                print("PEOPLE miss", tag, art.people, file=sys.stderr)
        pred_o = {code for o in art.orgs if (code := org_code(o)) in org_vocab}
        gold_o = set(d["ORGS"])
        c["otp"] += len(pred_o & gold_o)
        c["ofp"] += len(pred_o - gold_o)
        c["ofn"] += len(gold_o - pred_o)
        if pred_o != gold_o and shown < show:
            shown += 1
            print("ORGS", sorted(gold_o), sorted(pred_o), art.orgs[:8], file=sys.stderr)
        if re.search(r"[A-Z][a-z]+\s+\d", d["DATELINE"]):
            # Only the day is trusted: one DATE in reut2-011..021 has a garbled time.
            dm = re.match(r"\s*(\d+)-([A-Za-z]{3})-(\d{4})", d["DATE"])
            ref = datetime.strptime("{}-{}-{}".format(*dm.groups()), "%d-%b-%Y")
            got = extract_date(d["BODY"], d["DATELINE"], ref)
            c["dl"] += 1
            day = datetime(ref.year, ref.month, ref.day)
            c["dl_ok"] += got == day
            c["dl_near"] += got is not None and abs(got - day) <= timedelta(days=1)
    pp, pr, pf = prf(c["ptp"], c["pfp"], c["pfn"])
    op, orr, of = prf(c["otp"], c["ofp"], c["ofn"])
    return {"docs": len(docs), "place_p": pp, "place_r": pr, "place_f1": pf,
            "people_tags": c["peo"], "people_recall": c["peo_hit"] / max(1, c["peo"]),
            "org_p": op, "org_r": orr, "org_f1": of, "org_tags": c["otp"] + c["ofn"],
            "datelines": c["dl"], "date_exact": c["dl_ok"] / max(1, c["dl"]),
            "date_near": c["dl_near"] / max(1, c["dl"]), "ms_per_story": 1000 * elapsed / len(docs),
            "ms_warm": warm_ms(docs[:2000])}


def warm_ms(docs: list[dict]) -> float:
    """CPU ms per story for enrich once caches are warm: the best of three passes."""
    best = float("inf")
    for _ in range(3):
        arts = [Article(title=d["TITLE"], body=d["BODY"], dateline=d["DATELINE"].strip())
                for d in docs]
        t0 = time.process_time()
        for a in arts:
            enrich(a)
        best = min(best, time.process_time() - t0)
    return 1000 * best / len(docs)


def _canon_place(name: str) -> str:
    """A place's comparison key: country aliases ("US", "Britain") fold to the country."""
    for e in gazetteer().entries(place_key(name)):
        if e.kind == "country":
            return name_key(e.name)
    return name_key(name)


def _same(field: str, pred: str, gold: str) -> bool:
    """Whether a found name stands for a labelled one (a surname matches its full name)."""
    if pred == gold:
        return True
    if field == "people":
        p, g = pred.split(), gold.split()
        return (len(p) == 1 and p[0] == g[-1]) or (len(g) == 1 and g[0] == p[-1]) or (
            p[0] == g[0] and p[-1] == g[-1])  # middle names
    if field == "orgs":
        pc, gc = org_code(pred), org_code(gold)
        if pc and pc == gc:
            return True
        p, g = pred.split(), gold.split()
        return p == g[:len(p)] or g == p[:len(g)]
    return False


def score_story(field: str, pred: set[str], gold: set[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) of one story: labels matched, names matching no label, labels missed."""
    tp = sum(1 for g in gold if any(_same(field, p, g) for p in pred))
    fp = sum(1 for p in pred if not any(_same(field, p, g) for g in gold))
    return tp, fp, len(gold) - tp


def evaluate_labels(show: int, path: Path = LABELS) -> dict[str, tuple[float, float, float]] | None:
    """People/orgs/places P/R/F1 on the hand-labelled BBC stories, scored story by story."""
    if not path.exists():
        return None
    labels = json.loads(path.read_text())
    bbc = _bbc_texts({item["file"] for item in labels["articles"]})
    arts = {}
    for item in labels["articles"]:
        title, _, body = bbc[item["file"]].strip().partition("\n")
        arts[item["file"]] = enrich(Article(title=title.strip(), body=body.strip()))
    scores = {}
    for field in ("people", "orgs", "places"):
        tp = fp = fn = 0
        for item in labels["articles"]:
            art = arts[item["file"]]
            if field == "places":
                pred = {_canon_place(p.name) for p in art.places}
                gold = {_canon_place(g) for g in item[field]}
            else:
                pred = {name_key(p) for p in getattr(art, field)}
                gold = {name_key(g) for g in item[field]}
            a, b, c = score_story(field, pred, gold)
            tp, fp, fn = tp + a, fp + b, fn + c
            if (b or c) and show:
                print(field, item["file"], "FP", sorted(p for p in pred if not any(
                    _same(field, p, g) for g in gold)), "FN", sorted(g for g in gold if not any(
                        _same(field, p, g) for p in pred)), file=sys.stderr)
        scores[field] = prf(tp, fp, fn)
    scores["n"] = (len(labels["articles"]), 0.0, 0.0)
    return scores


def _bbc_texts(files: set[str]) -> dict[str, str]:
    import tarfile

    out = {}
    with tarfile.open(DATA / "bbc-news" / "bbc-fulltext.tar.gz") as tar:
        for member in tar:
            if member.name in files:
                out[member.name] = tar.extractfile(member).read().decode("latin-1")
    return out


def markdown(split: str, r: dict[str, float], bbc: dict | None,
             held: dict | None = None) -> str:
    """The BENCHMARKS.md section."""
    from report import stamp

    lines = [
        "## Metadata extraction", "", stamp(), "",
        f"Reuters-21578 split **{split}** (reut2-{SPLITS[split][0]:03d}..{SPLITS[split][-1]:03d},"
        f" {r['docs']} stories; rules tuned on reut2-000..010 only). Extraction sees TITLE, "
        "DATELINE and BODY; tags are hidden.", "",
        "| measure | value | target |", "|---|---|---|",
        f"| places, focus countries vs PLACES: P / R / micro-F1 | {r['place_p']:.3f} / "
        f"{r['place_r']:.3f} / **{r['place_f1']:.3f}** | F1 >= 0.94 |",
        f"| people recall by surname ({r['people_tags']} tags) | **{r['people_recall']:.3f}** "
        "| >= 0.98 |",
        f"| orgs vs ORGS tags ({r['org_tags']} tags): P / R / F1 | {r['org_p']:.3f} / "
        f"**{r['org_r']:.3f}** / **{r['org_f1']:.3f}** | R >= 0.97, F1 >= 0.85 |",
        f"| dateline date, exact day ({r['datelines']} datelines) | **{r['date_exact']:.3f}** "
        "| >= 0.97 |",
        f"| dateline date, within a day | **{r['date_near']:.3f}** | >= 0.99 |",
        f"| CPU time per story (enrich, one core): first pass / warm | {r['ms_per_story']:.2f} "
        f"ms / **{r['ms_warm']:.2f} ms** | <= 0.5 ms |",
    ]
    if bbc:
        n = int(bbc.pop("n")[0])
        lines += ["", f"Hand-labelled BBC News stories (`bench/labels/bbc40.json`, {n} stories, "
                  "8 per category, seed 2024, texts up to 2,500 characters; labels written by "
                  "reading each story; every place named counts; a surname matches its full "
                  "name, an organisation its longer name or acronym). Scored story by story:",
                  "", "| field | P | R | F1 | target |", "|---|---|---|---|---|"]
        targets = {"people": "F1 >= 0.85, P >= 0.90", "orgs": "F1 >= 0.65",
                   "places": "F1 >= 0.85"}
        held = held or {}
        held_n = int(held.pop("n", (0, 0, 0))[0])
        lines[-2] = "| field | P | R | F1 | held-out P / R / **F1** | target |"
        lines[-1] = "|---|---|---|---|---|---|"
        lines += [f"| {k} | {p:.3f} | {rr:.3f} | **{f:.3f}** | "
                  + ("{:.3f} / {:.3f} / **{:.3f}**".format(*held[k]) if k in held else "-")
                  + f" | {targets[k]} |" for k, (p, rr, f) in bbc.items()]
        if held_n:
            lines += ["", f"Held-out column: `bench/labels/bbc20_heldout.json`, {held_n} more "
                      "BBC stories (4 per category, seed 7, up to 1,500 characters, one duplicate "
                      "dropped), labelled by hand with the same conventions before the extractor "
                      "was run on them; no figure from it was used to choose a rule (but see the "
                      "last note below). bbc40 itself was looked at while tuning rounds 2 and 3, "
                      "so the held-out column is the more honest one."]
    lines += ["", "Dateline dates take the year from the publication date (DATE tag) as the "
              "reference; the day and month come from the dateline text. Time is CPU time "
              "(`time.process_time`) of `enrich` alone, gazetteer already loaded; the first pass "
              "includes filling the per-process caches. The shared 2-core machine was loaded "
              "(other jobs running), so figures vary by about +-20 % between runs.", "",
              "Round 4 (short): `Article.orgs` holds the international bodies a story is "
              "about (headline, first two sentences, or named twice) and every body named goes "
              "to `Article.orgs_mentioned`; tickers and foreign-currency sums in headlines are no "
              "places; more headline people.", "",
              "Round 5 (rules chosen on reut2-000..010 only, the test half read once at the "
              "end). Speed, without changing any output (checked story by story on the 11,000 "
              "train stories): ASCII text is scanned by the same expressions with `[A-Z]` in "
              "place of a 70-letter class; the test for headline-sized stretches of capitals runs "
              "as a byte translation and `bytes.find` before the regular expression; gazetteer "
              "and organisation look-ups try names of several words only from words that start "
              "one; year windows without a month name are skipped; fewer per-run calls, slotted "
              "records. About 20 % fewer machine instructions per story (valgrind: 2.2 -> 1.7 "
              "million); wall-clock CPU figures on this shared machine move by as much. "
              "Places: a dateline's \"ST.\", \"FT.\", \"MT.\" read the \"Saint\"/\"Fort\"/"
              "\"Mount\" town when that is the bigger one (\"ST. PAUL\" was an Alberta "
              "village); when the dateline or headline already names another country, a "
              "country only repeated in the body needs five mentions, or three with one in the "
              "first sentence (three were enough before); a country named once, in the headline "
              "only, beside a dateline in another country is no focus (\"U.S. BANKER "
              "PREDICTS ...\" from Abu Dhabi); an adjective in a capitals headline lists its "
              "country (\"AUSTRALIAN WHEAT EXPORTS RISE\"). Train focus F1 0.926 -> 0.932 (P "
              "0.934 -> 0.956, R 0.918 -> 0.909). Rules tried and dropped on train figures: "
              "two mentions (0.916), any first-sentence mention (0.917), first sentence and "
              "two mentions (0.925), reading an ambiguous dateline by the countries the story "
              "names (0.923-0.925), dropping a dateline country named nowhere else when the "
              "headline names another (0.916), a threshold relative to the dateline country's "
              "mentions (0.931). Organisation names tied on frequency now keep the spelling "
              "seen first (a set's order made \"Kepco\"/\"KEPCO\" change between runs). People: "
              "two surnames joined by a hyphen, each named on its own too (\"the Reagan-Gorbachev "
              "summit\"), are no person (train recall 0.971 -> 0.973). The people target is "
              "not met: most train misses are headline-only flashes (\"WHITE HOUSE SAYS "
              "REAGAN TO ...\"), where a name before \"TO\" is not trusted without body text "
              "(it would also make \"CHRYSLER TO BUY ...\" a person).", "",
              "Round 6 (two parallel passes, rules chosen on reut2-000..010 and bbc40 only; "
              "the test half and the held-out set read once at the end). Organisations "
              "(`extract/orgs.py`): names joined by \"and\" are one body (\"Securities and "
              "Exchange Commission\", \"Morgan Stanley and Co Inc\"; no join after a company "
              "suffix or a person's name); club names (\"Leicester City\" when the first words "
              "are a town, \"Real ...\", \"... Rovers\"); a role before the name (\"chairman "
              "of X\", \"analysts at X\", \"shares in X\"); an acronym in brackets that "
              "starts like the name; fixture and result rows (\"Arsenal v Leeds\"). On the "
              "train half about 470 firm names stopped being reported as people (\"Merrill "
              "Lynch\", \"Harris Upham\"). Headlines: capitals lists (\"LAWSON, "
              "STOLTENBERG DECLINE\") and \"X SAYS REAGAN TO ...\" give people; \"White "
              "House\" and words after an organisation word do not. Train people recall 0.973 "
              "-> 0.980, bbc40 orgs F1 0.683 -> 0.708; the test half did not move (people "
              "0.948). Places (`extract/place_context.py`): England, Scotland, Wales and "
              "Northern Ireland are regions of the United Kingdom (still counted for it); short "
              "country names (Bosnia, Trinidad, Falklands, ...) and more nationality words; "
              "names joined by \"and\" looked up whole (\"Trinidad and Tobago\"); a town "
              "right after a family or role noun, or before an age, is a person, and a small "
              "town that also opens a firm's name in the story is the firm when it stands "
              "alone; a city abroad 20 times bigger beats a namesake in a country the story "
              "names (\"Moscow\" in a US story; factor 10 gave train F1 0.9320 against "
              "0.9322). Train focus F1 0.9318 -> 0.9326, bbc40 places F1 0.850 -> 0.877; test "
              "half 0.935 -> 0.936, held-out places unchanged (0.783). Both passes cost a few "
              "per cent of extraction time (side by side, best of 5: 0.507 -> 0.523 ms/story "
              "for the organisation pass).", "",
              "Round 7 (two parallel passes; rules chosen on reut2-000..010 and bbc40 only, "
              "the test half and the held-out set read once at the end). Organisations "
              "(`extract/orgs.py`, `extract/orglists.py`, `extract/known.py`): a capitalised "
              "word inside a ticker's angle brackets is no name (\"Engelhard Corp <EC>\" is "
              "not the EC); an acronym the story defines beats the table's (\"U.S. "
              "International Trade Commission (ITC)\" is not the Tin Council); names listed "
              "after a plural body noun (\"companies such as Google\", \"brands are Opel and "
              "Vauxhall\"); \"House of X\"; a name before a band member's role and name "
              "(\"Led Zeppelin singer Robert Plant\"); plural acronyms are members (\"MEPs\"); "
              "a party before a seat title (\"Labour MP\"); more name endings (Academy, "
              "Records, Studios...). Train orgs F1 0.818 -> 0.827 (R 0.917 unchanged), bbc40 "
              "orgs F1 0.708 -> 0.809, people and places unchanged or up; about +0.8 % "
              "instructions per story. On the test half orgs F1 moved 0.782 -> 0.787 and the "
              "held-out BBC stories did not move at all (the new cues do not occur in them): "
              "bbc40 was the tuning set, and its gain is not evidence. A one-sentence lead for "
              "the focus rule gave train F1 0.836 at R 0.903 and was not taken (recall is the "
              "further target). Speed, without any output change (checked story by story on "
              "the 11,000 train stories, every scanner run, and 159,000 date cases): years are "
              "found with `str.find`, the month-name pre-scan and year-less datelines without "
              "a reference stop early, and run scanning does less per match; valgrind: 1.686 "
              "-> 1.604 million instructions per story.", "",
              "Round 8 (three parallel passes; rules chosen on reut2-000..010, bbc40 and "
              "unlabelled BBC stories longer than any held-out one; the test half and the "
              "held-out set read once at the end). Places (`extract/places.py`, "
              "`extract/place_context.py`): capitals of five letters or fewer inside mixed-case "
              "text are acronyms (\"ILO\"); a town after an honorific or a first name is a "
              "person; clubs (a town before a team role or a club word, a \" v \" fixture, a "
              "score); a town under 150,000 needs its country, one of its regions or a big city "
              "of that country in the story, or \"in\" before it; constituencies (\"MP for X\", "
              "\"the X seat\"); agreements and indices named after towns (\"Paris accord\", "
              "\"Dax index\"); a country before a currency word is a currency; a bodiless "
              "headline's opening adjective and \"Bank of X\" are its focus; a town's alternate "
              "name counts only as a spelling or short form of it, or for a town of 50,000 or "
              "more. Train focus F1 0.9326 -> 0.9359, bbc40 places F1 0.881 -> 0.917; test half "
              "0.936 -> 0.939, held-out BBC places 0.783 -> 0.865. People and organisations "
              "(`extract/actors.py`, `orgs.py`, `known.py`, `orgfocus.py`, `collect.py`): a "
              "title after a line break ends an \"X and Y\" join; an acronym two bodies share "
              "is read from the story's words (\"IWC\" beside wheat); a popular given name "
              "(gender-guesser's per-country frequencies) before a common word is a person "
              "(\"John Major\"); in a bodiless headline a name before \"TO\"/\"WILL\" and a "
              "verb only people do (resign, testify, visit); \", which\" marks a body, \", who\" "
              "or an age a person; an officer named after their body (\"Bank of England Robin "
              "Leigh-Pemberton\"); a possessive owning a noun two words on (\"Oxfam's ... "
              "appeal\"); a city before a plural is a team; a late mention within 60 characters "
              "of a focus organisation counts too; \"Fed\" is an institution (\"..., FED "
              "SAYS\" made it a frequent person). Train people recall 0.980 -> 0.991, orgs R "
              "0.917 -> 0.934 at F1 0.828, bbc40 people F1 0.903 -> 0.939 and orgs 0.809 -> "
              "0.828; test half people recall 0.948 (unchanged), orgs R 0.902 -> 0.908 and F1 "
              "0.787 -> 0.782; held-out people F1 0.789 -> 0.800, orgs 0.495 (unchanged). The "
              "train gains did not carry over: the rules fixed the train half's misses, the "
              "test half's are other names. Keeping every table organisation named gives "
              "train R 0.985 at P 0.586; no focus rule from headline, lead sentences, counts "
              "or position reaches R 0.97 with F1 0.85 (best train F1 about 0.836). Speed, "
              "output identical (story by story on 16,892 articles and every scanner run): "
              "runs found with one `re.split`, word offsets with `str.find`; valgrind, warm: "
              "1.693 million instructions per story before the round, 1.770 after its rules; "
              "then a speed pass over actors and places (output identical on 4,000 train "
              "stories and bbc40: table look-ups and cue tests short-circuited, fewer calls per "
              "mention) brought it to 1.629; the popular-name list is read with one regex per "
              "line (it had added a second of CPU to every worker's start-up).", "",
              "Known limits: exact-day misses are almost all datelines one day ahead of the GMT "
              "DATE tag (Tokyo, Wellington filed before midnight GMT). Places (Reuters focus "
              "F1): Reuters tags focus countries by editorial judgement (a New York dateline on "
              "a story about Canada); the rule is dateline, headline, or three mentions "
              "(five, or three and the first sentence, beside another country's dateline or "
              "headline). People "
              "(Reuters): most remaining misses are bodiless headlines (\"REAGAN TO HOLD ...\", "
              "which reads like \"CHRYSLER TO BUY ...\") or tags for people the text "
              "never names. Orgs (Reuters): the focus rule trades recall for precision; the "
              "tags are inconsistent (\"SUDAN REJECTS IMF DEMAND\" is not tagged imf). BBC "
              "orgs are scored on `Article.orgs` (labels list every body named; the focus rule "
              "only drops international bodies named once, late). BBC places: streets, "
              "constituencies and buildings (\"Euston Road\", \"Eton and Slough\") are not in "
              "the gazetteer; towns that are also firms or people (Vauxhall, Converse) can "
              "still be false places. BBC orgs (the held-out F1 is far below target): "
              "bands and firms named once without a cue (\"Coldplay\", \"Google\", "
              "\"U2\") are missed, and \"Workers' Union\" (the apostrophe cuts the name) and "
              "\"House of Lords\". The held-out set "
              "was labelled by reading the "
              "stories; two rules (\"X said\" bodies, \"X's <full name>\") were written after "
              "that reading, so it is not perfectly blind either."]
    return "\n".join(lines)


def main() -> None:
    """Run the evaluation and (unless --no-write) update BENCHMARKS.md."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=list(SPLITS), default="test")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    r = evaluate_reuters(args.split, args.show)
    bbc = evaluate_labels(args.show)
    held = evaluate_labels(args.show, HELDOUT)
    md = markdown(args.split, r, dict(bbc) if bbc else None, dict(held) if held else None)
    print(md)
    if not args.no_write and args.split == "test":
        from report import update_section

        update_section("extraction", md)


if __name__ == "__main__":
    main()
