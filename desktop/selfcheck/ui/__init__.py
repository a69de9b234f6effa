"""The PySide6 window of AI Safety Self-Check; depends on ``selfcheck.core``, never the reverse."""
