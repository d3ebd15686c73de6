"""Warta: a news portal and newsroom system for Indonesian dailies."""

__version__ = "0.1.0"
