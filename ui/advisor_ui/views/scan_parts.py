"""What opening a scan builds: the scan's session, the wizard on a draft and the results of a completed scan.

They are about 2.6 MB of modules that the lists do not need, so the start leaves them out of
``window_parts``; :meth:`~advisor_ui.views.window_scans.ScanWindow.open_scan` imports this module in the
worker that reads the scan, and the UI thread then only builds the page from it.
"""

from __future__ import annotations

from ..controllers.scan_session import ScanSession
from ..results.page import ResultsPage
from ..wizard.wizard import ScanWizard

__all__ = ["ResultsPage", "ScanSession", "ScanWizard"]
