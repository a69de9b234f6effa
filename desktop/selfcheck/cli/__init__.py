"""The headless command line (``selfcheck ...``)."""
