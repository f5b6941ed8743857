"""The README's embedding example runs as written (on a temporary index)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    block = block.replace("/tmp/news-index", str(tmp_path / "ix"))
    monkeypatch.chdir(ROOT)
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 0 []"
    assert out[1].startswith("1 [") and "'Syria'" in out[1]
    assert out[2].startswith("1 Siege of Syrian soldiers ends as insurgent victories mount")


def test_readme_gives_the_two_quick_start_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
