"""Consolidation: duplicate articles (``duplicates``) and one event per real-world incident across sources
and languages (``events``: grouping; ``criteria``: when two reports are one incident; ``fields``: which
values the event keeps)."""
