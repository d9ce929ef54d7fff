"""Consolidation: duplicate articles now; one event per real-world incident across sources later."""
