"""The PySide6 window of AI Safety Self-Check; depends on ``selfcheck.core``, never the reverse."""

from selfcheck.ui.qtcompat import spare_feature_scans

spare_feature_scans(__name__, __path__[0])  # before the window's modules load
