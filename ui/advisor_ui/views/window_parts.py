"""What the main window builds once the data folder is open: its pages, controllers, status bar and dialogs.

These modules pull in SQLAlchemy, the services and the records (about half a second of imports),
so they stay out of ``main_window``, which the first paint needs. The start imports this module in
the worker that opens the data folder (``app.open_data``), so the UI thread only builds widgets;
the window's methods import their names from here when they first need them. (The companies page
imports its dialogs when first opened, as it may be shown before this module is imported; they are
imported here so that this happens off the UI thread too.) What opening a scan builds (the session, the
wizard, the results) is not here but in ``scan_parts``, imported by the worker that reads the scan.
"""

from __future__ import annotations

from ..controllers.companies import CompaniesController
from ..controllers.status import auto_sync_enabled
from .backup import choose_backup
from .companies_page import CompaniesPage
from .company_dialog import CompanyDialog
from .company_page import PLAN_TAB, CompanyPage
from .import_dialog import ImportDialog
from .plans_page import PlansPage
from .resume_banner import ResumeBanner
from .scans_page import ScansPage
from .settings_dialog import SettingsDialog
from .status_bar import StatusBar
from .sync_page import SyncPage
from .work_page import WorkPage

__all__ = [
    "PLAN_TAB",
    "CompaniesController",
    "CompaniesPage",
    "CompanyDialog",
    "CompanyPage",
    "ImportDialog",
    "PlansPage",
    "ResumeBanner",
    "ScansPage",
    "SettingsDialog",
    "StatusBar",
    "SyncPage",
    "WorkPage",
    "auto_sync_enabled",
    "choose_backup",
]
