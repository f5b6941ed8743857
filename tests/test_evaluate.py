"""Evaluation: topic and qrels formats, run files, scores, and the ``eval`` command."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsearch import evaluate
from newsearch.cli import app
from newsearch.errors import EvaluationError

runner = CliRunner()

# A tiny SMART collection. Titles only, so the content field is the title twice.
COLLECTION = """.I 1
.T
apple banana
.I 2
.T
apple
.I 3
.T
cherry
.I 4
.T
banana cherry
"""
TOPICS = "1\tcherry\n2\tapple\n3\tbanana\n4\tzebra\n"
# Topic 3 has no relevant document, so it is not scored. Topic 4 matches nothing.
QRELS = "1 0 4 1\n2 0 2 1\n3 0 1 0\n4 0 1 1\n"


@pytest.fixture
def tiny(tmp_path: Path) -> dict[str, str]:
    docs = tmp_path / "tiny.all"
    docs.write_text(COLLECTION)
    (tmp_path / "topics.tsv").write_text(TOPICS)
    (tmp_path / "qrels.txt").write_text(QRELS)
    ix = tmp_path / "ix"
    result = runner.invoke(app, ["index", str(docs), "--index", str(ix), "--quiet"])
    assert result.exit_code == 0, result.output
    return {"index": str(ix), "topics": str(tmp_path / "topics.tsv"),
            "qrels": str(tmp_path / "qrels.txt"), "dir": str(tmp_path)}


def test_eval_json_has_the_hand_computed_map(tiny):
    # Topic 1 "cherry" ranks doc 3 (shorter) above doc 4, the relevant one: AP = 1/2.
    # Topic 2 "apple" ranks doc 2 (shorter, relevant) first: AP = 1.
    # Topic 4 "zebra" retrieves nothing: AP = 0, and it still counts.
    # MAP = (0.5 + 1 + 0) / 3 = 0.5; P@10 = (1/10 + 1/10 + 0) / 3.
    result = runner.invoke(app, ["eval", "--topics", tiny["topics"], "--qrels", tiny["qrels"],
                                 "--index", tiny["index"], "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"topics", "mean", "per_topic"}
    assert data["topics"] == 3
    assert set(data["mean"]) == {"AP", "nDCG@10", "P@10", "R@1000"}
    assert data["mean"]["AP"] == pytest.approx(0.5)
    assert data["mean"]["P@10"] == pytest.approx(0.2 / 3)
    assert data["per_topic"]["1"]["AP"] == pytest.approx(0.5)
    assert data["per_topic"]["2"]["AP"] == pytest.approx(1.0)
    assert data["per_topic"]["4"] == {"AP": 0.0, "nDCG@10": 0.0, "P@10": 0.0, "R@1000": 0.0}
    assert "3" not in data["per_topic"]


def test_eval_writes_a_six_column_run_file_and_prints_a_table(tiny):
    run = Path(tiny["dir"]) / "out.trec"
    result = runner.invoke(app, ["eval", "--topics", tiny["topics"], "--qrels", tiny["qrels"],
                                 "--index", tiny["index"], "--run", str(run)])
    assert result.exit_code == 0, result.output
    assert "mean" in result.output and "0.5000" in result.output
    lines = [line.split() for line in run.read_text().splitlines()]
    assert [line[:4] for line in lines] == [["1", "Q0", "3", "1"], ["1", "Q0", "4", "2"],
                                            ["2", "Q0", "2", "1"], ["2", "Q0", "1", "2"]]
    assert all(len(line) == 6 and line[5] == "newsearch" for line in lines)
    assert float(lines[0][4]) > float(lines[1][4])


def test_eval_expand_runs_and_scores_the_same_topics(tiny):
    result = runner.invoke(app, ["eval", "--topics", tiny["topics"], "--qrels", tiny["qrels"],
                                 "--index", tiny["index"], "--json", "--expand"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["topics"] == 3


@pytest.mark.parametrize(("which", "content", "message"), [
    ("topics", None, "error: topics file not found:"),
    ("qrels", "1 0 4\n", "expected 4 columns"),
    ("qrels", "1 0 4 yes\n", "relevance 'yes' is not a number"),
    ("topics", "1 cherry\n", "line 1: expected 'id<TAB>text'"),
])
def test_eval_errors_are_one_line_with_exit_code_1(tiny, which, content, message):
    path = Path(tiny["dir"]) / f"bad-{which}"
    if content is not None:
        path.write_text(content)
    args = {"topics": tiny["topics"], "qrels": tiny["qrels"], which: str(path)}
    result = runner.invoke(app, ["eval", "--topics", args["topics"], "--qrels", args["qrels"],
                                 "--index", tiny["index"]])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_eval_on_a_missing_index_fails_cleanly(tiny, tmp_path):
    result = runner.invoke(app, ["eval", "--topics", tiny["topics"], "--qrels", tiny["qrels"],
                                 "--index", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.startswith("error:")


def test_unmatched_topic_ids_are_an_error():
    with pytest.raises(EvaluationError, match="no topic has a relevant document"):
        evaluate.evaluate({"9": "apple"}, {"1": {"2": 1}}, lambda text: [])


# -- parsing -------------------------------------------------------------------------------


def test_tsv_topics_skip_blank_and_comment_lines_and_normalise_ids():
    assert evaluate.parse_topics("# c\n\n007\tbarrel  bombs\nq-2\tPalmyra\n") == {
        "7": "barrel bombs", "q-2": "Palmyra"}


def test_trec_topics_use_the_title():
    text = """<top>
<num> Number: 301
<title> International Organized Crime
<desc> Description:
Identify organizations that participate in international criminal activity.
</top>
<top>
<num> Number: 302 <title> Topic: Poliomyelitis and Post-Polio
</top>"""
    assert evaluate.parse_topics(text) == {"301": "International Organized Crime",
                                           "302": "Poliomyelitis and Post-Polio"}


def test_smart_query_files_use_the_w_text_and_ignore_other_fields():
    # CACM query.text style (leading spaces, .N notes) and CISI.QRY style (.T/.A/.B).
    text = """.I 1
.W
 What articles exist which deal with TSS (Time Sharing System), an
operating system for IBM computers?
.N
 1. Richard Alexander, Comp Serv, Langmuir Lab (TSS)

.I 02
.T
Problems of Citation Analysis
.A
Small, H.
.W
How can citation data be used?
.B
1973
.I 3
.T
Only a title here
"""
    assert evaluate.parse_topics(text) == {
        "1": "What articles exist which deal with TSS (Time Sharing System), an operating "
             "system for IBM computers?",
        "2": "How can citation data be used?",
        "3": "Only a title here"}


def test_trec_qrels_keep_graded_relevance():
    qrels = evaluate.parse_qrels("301 0 FBIS3-10082 1\n301 0 FBIS3-10169 0\n302 0 X 2\n")
    assert qrels == {"301": {"FBIS3-10082": 1, "FBIS3-10169": 0}, "302": {"X": 2}}


def test_smart_qrels_cacm_and_cisi_forms_mark_every_listed_document_relevant():
    cacm = evaluate.parse_qrels("01 1410  0 0\n01 1572  0 0\n02 0756 0 0\n")
    assert cacm == {"1": {"1410": 1, "1572": 1}, "2": {"756": 1}}
    cisi = evaluate.parse_qrels("     1     28\t0\t0.000000\n     1     35\t0\t0.000000\n")
    assert cisi == {"1": {"28": 1, "35": 1}}


def test_qrels_errors_name_the_line():
    with pytest.raises(EvaluationError, match="line 2: expected 4 columns"):
        evaluate.parse_qrels("1 0 a 1\n1 0 b\n")
    with pytest.raises(EvaluationError, match="no judgements"):
        evaluate.parse_qrels("\n# nothing\n")


def test_empty_topics_are_an_error():
    with pytest.raises(EvaluationError, match="no topics found"):
        evaluate.parse_topics("\n\n")


@given(st.dictionaries(st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True),
                       st.from_regex(r"[a-z]+( [a-z]+){0,5}", fullmatch=True),
                       min_size=1, max_size=8))
def test_tsv_topics_round_trip(topics):
    text = "".join(f"{q}\t{t}\n" for q, t in topics.items())
    assert evaluate.parse_topics(text) == topics


# -- scoring and run files -----------------------------------------------------------------


def test_score_matches_hand_computed_average_precision():
    # Relevant: a, c, e (e never retrieved). Ranking a, b, c: AP = (1/1 + 2/3) / 3 = 5/9.
    run = {"q": [("a", 3.0), ("b", 2.0), ("c", 1.0)]}
    result = evaluate.score(run, {"q": {"a": 1, "c": 1, "e": 1, "b": 0}})
    assert result.per_topic["q"]["AP"] == pytest.approx(5 / 9)
    assert result.per_topic["q"]["P@10"] == pytest.approx(0.2)
    assert result.per_topic["q"]["R@1000"] == pytest.approx(2 / 3)
    assert result.mean["AP"] == pytest.approx(5 / 9)


def test_score_follows_list_order_even_when_scores_tie():
    run = {"q": [("b", 1.0), ("a", 1.0)]}
    assert evaluate.score(run, {"q": {"b": 1}}).mean["AP"] == pytest.approx(1.0)


@given(st.dictionaries(st.from_regex(r"[0-9]{1,3}", fullmatch=True),
                       st.lists(st.tuples(st.from_regex(r"[a-z0-9]{1,6}", fullmatch=True),
                                          st.floats(-1e6, 1e6)),
                                max_size=5, unique_by=lambda x: x[0]),
                       max_size=4))
def test_run_file_lines_have_six_columns_and_ranks_from_one(tmp_path_factory, run):
    path = tmp_path_factory.mktemp("run") / "run.trec"
    evaluate.write_run(run, path, tag="t")
    lines = [line.split() for line in path.read_text().splitlines()]
    assert len(lines) == sum(len(r) for r in run.values())
    expected = [(q, doc, str(i)) for q, r in run.items() for i, (doc, _) in enumerate(r, 1)]
    assert [(line[0], line[2], line[3]) for line in lines] == expected
    assert all(len(line) == 6 and line[1] == "Q0" and line[5] == "t" for line in lines)
