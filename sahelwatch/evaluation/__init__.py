"""Measuring extraction quality on an annotated corpus (see ``eval/GUIDE.md``)."""
