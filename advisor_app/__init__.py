"""Basisscan core: the Qt-free heart of the advisor app.

``advisor_app.domain`` is pure Python shared with the central server; the rest
(store, services, report, command line) is the device side.
"""

__version__ = "0.1.0"
