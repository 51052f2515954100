"""An opened data folder: the database, the questionnaires and the services on top.

The UI, the command line and the sync client all start here, so there is one
way in and one place that decides where the data lives.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from sqlalchemy import func, select

from .domain.questionnaire import Questionnaire
from .paths import DATABASE_FILE, data_dir
from .services.benchmarks import BenchmarkService
from .services.companies import CompanyService
from .services.plans import PlanService
from .services.profile import ProfileService
from .services.questionnaires import QuestionnaireCatalogue
from .services.scans import ScanService
from .services.vouchers import VoucherService
from .store.database import Database
from .store.models import Company, Plan, Scan, Voucher


class Workspace:
    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder: Path = data_dir(folder)
        self.db = Database(self.folder / DATABASE_FILE)
        self.catalogue = QuestionnaireCatalogue()
        self.profile = ProfileService(self.db)
        self.companies = CompanyService(self.db)
        self.benchmarks = BenchmarkService(self.db, self.catalogue)
        self.scans = ScanService(self.db, self.catalogue, self.benchmarks)
        self.plans = PlanService(self.db, self.catalogue)
        self.vouchers = VoucherService(self.db)

    @cached_property
    def reports_dir(self) -> Path:
        path = self.folder / "reports"
        path.mkdir(exist_ok=True)
        return path

    @property
    def questionnaire(self) -> Questionnaire:
        return self.catalogue.current

    def pending_changes(self) -> int:
        """Rows changed here and not yet pushed to the server."""
        with self.db.read() as session:
            return sum(
                session.scalar(select(func.count()).select_from(model).where(model.dirty)) or 0
                for model in (Company, Scan, Plan, Voucher)
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
