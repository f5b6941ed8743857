"""``newsearch eval``: score the ranking against relevance judgements."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from .. import evaluate
from ..api import DEFAULT_INDEX, open_index
from .app import IndexOpt, JsonOpt, _emit, app
from .errors import handle_errors
from .render import stdout_console


@app.command("eval")
@handle_errors
def eval_cmd(
    topics: Annotated[Path, typer.Option(
        "--topics", help="Topics: id<TAB>text lines, TREC <num>/<title>, or SMART .I/.W.")],
    qrels: Annotated[Path, typer.Option(
        "--qrels", help="Judgements: TREC 'qid 0 docid rel' or SMART 'qid docid 0 0'.")],
    index: IndexOpt = DEFAULT_INDEX,
    as_json: JsonOpt = False,
    run: Annotated[Path | None, typer.Option(
        "--run", help="Also write the ranking as a 6-column TREC run file.")] = None,
    expand: Annotated[bool, typer.Option(
        "--expand", help="Pseudo-relevance feedback (slower, usually better).")] = False,
) -> None:
    """Rank each topic as a bag of words and report AP, nDCG@10, P@10, R@1000."""
    topic_map = evaluate.read_topics(topics)
    qrel_map = evaluate.read_qrels(qrels)
    with open_index(index) as ix:
        result, ranking = evaluate.evaluate(
            topic_map, qrel_map,
            lambda text: ix.rank(text, limit=evaluate.DEPTH, expand=expand))
    if run is not None:
        evaluate.write_run(ranking, run, tag="newsearch-expand" if expand else "newsearch")
    if as_json:
        _emit(result.to_json())
        return
    table = Table(title=f"{result.topics} topics" + (" (expanded)" if expand else ""))
    table.add_column("topic")
    for name in evaluate.MEASURES:
        table.add_column(name, justify="right")
    for qid, scores in result.per_topic.items():
        table.add_row(qid, *(f"{scores[m]:.4f}" for m in evaluate.MEASURES))
    table.add_section()
    table.add_row("mean", *(f"{result.mean[m]:.4f}" for m in evaluate.MEASURES), style="bold")
    stdout_console().print(table)
