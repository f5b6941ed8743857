"""Words wire copy writes in capitals inside mixed-case text (``acronyms.txt``, one per line,
lower case): "usda", "omb", "gatt". Learned by bench/build_common_words.py on reut2-000..010 only.
"""

from importlib.resources import files

WORDS: frozenset[str] = frozenset(
    files(__package__).joinpath("acronyms.txt").read_text(encoding="utf-8").split())
