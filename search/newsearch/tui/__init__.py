"""The terminal UI (Textual): ``newsearch tui [--index DIR] [QUERY]``."""

from .app import NewsearchApp, run_tui

__all__ = ["NewsearchApp", "run_tui"]
