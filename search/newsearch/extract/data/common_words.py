"""Words seen mostly in lower case in wire copy (``common_words.txt``, one per line).

Learned by bench/build_common_words.py on reut2-000..010 only.
"""

from importlib.resources import files

WORDS: frozenset[str] = frozenset(
    files(__package__).joinpath("common_words.txt").read_text(encoding="utf-8").split())
