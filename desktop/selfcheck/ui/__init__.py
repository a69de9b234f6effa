"""The desktop window (PySide6). Talks to the data only through :mod:`selfcheck.core.collection`."""
