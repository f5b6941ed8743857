"""Ranking evaluation: topics, relevance judgements (qrels), run files, metrics.

Formats read:

- topics: tab-separated ``id<TAB>text`` lines; TREC topic files (``<num>`` and
  ``<title>``; the title is the query); SMART query files (CACM ``query.text``,
  CISI ``CISI.QRY``: ``.I id`` records, the ``.W`` text is the query).
- qrels: TREC ``qid iter docid rel``; SMART ``qid docid 0 0`` (CACM
  ``qrels.text``, CISI ``CISI.REL``), where every listed document is relevant.

Numeric ids are compared as numbers (``01`` == ``1``), since SMART files pad them.
Metrics come from ir-measures, named as it names them (``AP``, ``nDCG@10``...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import EvaluationError

MEASURES = ("AP", "nDCG@10", "P@10", "R@1000")
DEPTH = 1000  # documents ranked per topic (R@1000 needs them all)

Ranking = list[tuple[str, float]]
Ranker = Callable[[str], Ranking]

_SMART_START = re.compile(r"^\.I\s+(\S+)\s*$")
_SMART_MARKER = re.compile(r"^\.([A-Z])(?:\s+(.*))?$")
_TREC_NUM = re.compile(r"<num>\s*(?:Number:)?\s*(\S+)", re.I)
_TREC_TAG = re.compile(r"<(/?)(\w+)>", re.I)


@dataclass
class Evaluation:
    """Scores of one run: per topic and averaged over the judged topics."""

    per_topic: dict[str, dict[str, float]] = field(default_factory=dict)
    mean: dict[str, float] = field(default_factory=dict)

    @property
    def topics(self) -> int:
        """How many topics were scored."""
        return len(self.per_topic)

    def to_json(self) -> dict[str, object]:
        """The stable JSON shape: ``{"topics", "mean", "per_topic"}``."""
        return {"topics": self.topics, "mean": dict(self.mean),
                "per_topic": {q: dict(m) for q, m in self.per_topic.items()}}


def norm_id(value: str) -> str:
    """An id as compared: digits lose leading zeros (``0756`` -> ``756``)."""
    value = value.strip()
    return str(int(value)) if value.isdigit() else value


def _read(path: str | Path, what: str) -> str:
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise EvaluationError(f"{what} file not found: {p}") from None
    except IsADirectoryError:
        raise EvaluationError(f"{what} file is a folder: {p}") from None
    except OSError as exc:
        raise EvaluationError(f"cannot read {what} file {p}: {exc.strerror}") from None


# -- topics ----------------------------------------------------------------------


def parse_topics(text: str, source: str = "topics") -> dict[str, str]:
    """Topic id -> query text, from TSV, TREC or SMART topic text (sniffed)."""
    stripped = text.lstrip()
    if stripped.startswith(".I"):
        topics = _smart_topics(text)
    elif re.search(r"<num>", text, re.I):
        topics = _trec_topics(text)
    else:
        topics = _tsv_topics(text, source)
    if not topics:
        raise EvaluationError(f"{source}: no topics found")
    return topics


def _tsv_topics(text: str, source: str) -> dict[str, str]:
    topics: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        qid, tab, query = line.partition("\t")
        if not tab or not qid.strip() or not query.strip():
            raise EvaluationError(f"{source}: line {number}: expected 'id<TAB>text'")
        topics[norm_id(qid)] = " ".join(query.split())
    return topics


def _trec_topics(text: str) -> dict[str, str]:
    topics: dict[str, str] = {}
    for block in re.split(r"<top>", text, flags=re.I)[1:]:
        num = _TREC_NUM.search(block)
        title = re.search(r"<title>(.*?)(?=<\w+>|</top>|$)", block, re.I | re.S)
        if num and title:
            words = re.sub(r"^\s*Topic:\s*", "", title.group(1), flags=re.I)
            topics[norm_id(num.group(1))] = " ".join(words.split())
    return {q: s for q, s in topics.items() if s}


def _smart_topics(text: str) -> dict[str, str]:
    records: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    marker = ""
    for line in text.splitlines():
        start = _SMART_START.match(line)
        if start:
            current = records.setdefault(norm_id(start.group(1)), {})
            marker = ""
            continue
        tag = _SMART_MARKER.match(line)
        if tag and current is not None and len(line) <= 80 and line[:2] == f".{tag.group(1)}":
            marker = tag.group(1)
            current.setdefault(marker, [])
            if tag.group(2):
                current[marker].append(tag.group(2))
        elif current is not None and marker:
            current[marker].append(line)
    # The .W text is the request; a record without one falls back to its title.
    out = {q: " ".join(" ".join(f.get("W") or f.get("T") or []).split())
           for q, f in records.items()}
    return {q: s for q, s in out.items() if s}


def read_topics(path: str | Path) -> dict[str, str]:
    """Read a topics file (TSV, TREC or SMART); EvaluationError if unusable."""
    return parse_topics(_read(path, "topics"), str(path))


# -- qrels -----------------------------------------------------------------------


def parse_qrels(text: str, source: str = "qrels") -> dict[str, dict[str, int]]:
    """Topic id -> {doc id: relevance}, from TREC or SMART qrels (sniffed per file)."""
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        cols = line.split()
        if not cols or cols[0].startswith("#"):
            continue
        if len(cols) != 4:
            raise EvaluationError(f"{source}: line {number}: expected 4 columns "
                                  f"'qid iter docid rel', got {len(cols)}")
        rows.append((number, cols))
    if not rows:
        raise EvaluationError(f"{source}: no judgements found")
    # SMART lists a varying doc id second and a constant 0 third; TREC the reverse.
    smart = (all(_zero(c[2]) for _, c in rows)
             and len({c[1] for _, c in rows}) > 1)
    qrels: dict[str, dict[str, int]] = {}
    for number, cols in rows:
        if smart:
            qid, doc, rel = cols[0], cols[1], 1
        else:
            qid, doc = cols[0], cols[2]
            try:
                rel = int(float(cols[3]))
            except ValueError:
                raise EvaluationError(f"{source}: line {number}: relevance '{cols[3]}' "
                                      "is not a number") from None
        qrels.setdefault(norm_id(qid), {})[norm_id(doc)] = rel
    return qrels


def _zero(value: str) -> bool:
    try:
        return float(value) == 0
    except ValueError:
        return False


def read_qrels(path: str | Path) -> dict[str, dict[str, int]]:
    """Read a qrels file (TREC or SMART); EvaluationError if malformed."""
    return parse_qrels(_read(path, "qrels"), str(path))


# -- runs and scoring ------------------------------------------------------------


def judged_topics(topics: Mapping[str, str],
                  qrels: Mapping[str, Mapping[str, int]]) -> dict[str, str]:
    """The topics with at least one relevant document (the ones a mean is over)."""
    return {q: text for q, text in topics.items()
            if any(rel > 0 for rel in qrels.get(q, {}).values())}


def run_topics(topics: Mapping[str, str], ranker: Ranker) -> dict[str, Ranking]:
    """Rank every topic with ``ranker`` (text -> [(doc id, score)], best first)."""
    return {qid: ranker(text) for qid, text in topics.items()}


def write_run(run: Mapping[str, Ranking], path: str | Path, tag: str = "newsearch") -> None:
    """Write ``run`` as a standard 6-column TREC run file (``qid Q0 doc rank score tag``)."""
    lines = [f"{qid} Q0 {doc} {rank} {score:.6f} {tag}\n"
             for qid, ranking in run.items()
             for rank, (doc, score) in enumerate(ranking, start=1)]
    try:
        Path(path).write_text("".join(lines), encoding="utf-8")
    except OSError as exc:
        raise EvaluationError(f"cannot write run file {path}: {exc.strerror}") from None


def score(run: Mapping[str, Ranking], qrels: Mapping[str, Mapping[str, int]],
          measures: Iterable[str] = MEASURES) -> Evaluation:
    """Score ``run`` against ``qrels`` with ir-measures, per topic and averaged.

    Every topic of the run that has a relevant document counts; one with no
    retrieved documents scores 0 (ir-measures would silently skip it).
    """
    import ir_measures

    names = list(measures)
    parsed = [ir_measures.parse_measure(m) for m in names]
    topics = [q for q in run if any(r > 0 for r in qrels.get(q, {}).values())]
    # Ranks, not raw scores, decide the order: ties in score would otherwise be
    # broken by doc id inside ir-measures, unlike the ranking we return.
    run_dict = {q: {doc: float(len(run[q]) - i) for i, (doc, _) in enumerate(run[q])}
                for q in topics}
    qrels_dict = {q: {d: int(r) for d, r in qrels[q].items()} for q in topics}
    per_topic = {q: dict.fromkeys(names, 0.0) for q in topics}
    by_measure = dict(zip(parsed, names, strict=True))
    if topics:
        for m in ir_measures.iter_calc(parsed, qrels_dict, run_dict):
            per_topic[m.query_id][by_measure[m.measure]] = float(m.value)
    mean = {n: (sum(p[n] for p in per_topic.values()) / len(per_topic) if per_topic else 0.0)
            for n in names}
    return Evaluation(per_topic=per_topic, mean=mean)


def evaluate(topics: Mapping[str, str], qrels: Mapping[str, Mapping[str, int]],
             ranker: Ranker) -> tuple[Evaluation, dict[str, Ranking]]:
    """Rank the judged topics with ``ranker`` and score them; returns (scores, run)."""
    chosen = judged_topics(topics, qrels)
    if not chosen:
        raise EvaluationError("no topic has a relevant document in the qrels "
                              "(do the topic ids match?)")
    run = run_topics(chosen, ranker)
    return score(run, qrels), run
