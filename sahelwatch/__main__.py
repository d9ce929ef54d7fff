"""``python -m sahelwatch`` runs the command line."""

from sahelwatch.cli import main

main()
