"""Sahel Watch: open-source intelligence and early warning for the Sahel-Sahara and the Maghreb."""

__version__ = "0.1.0"
