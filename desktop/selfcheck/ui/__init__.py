"""The desktop window (PySide6). Talks to the data only through :mod:`selfcheck.core.collection`."""

from selfcheck.ui.qtcompat import protect_singletons

protect_singletons()
