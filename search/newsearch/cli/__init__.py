"""The ``newsearch`` command line: a thin Typer layer over the library."""

from . import eval_cmd, export_cmd, extract_cmd  # noqa: F401  (each registers its command on the app)
from .app import app, main

__all__ = ["app", "main"]
