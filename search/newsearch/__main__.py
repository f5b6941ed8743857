"""``python -m newsearch`` runs the command line."""

from .cli import main

main()
