"""The PySide6 window of AI Safety Self-Check; depends on ``selfcheck.core``, never the reverse."""

from selfcheck.ui.qtcompat import spare_feature_scans

spare_feature_scans()  # before the window's modules import from the ones loaded already
