"""An opened data folder: the database, the questionnaires and the services on top.

The UI, the command line and the sync client all start here, so there is one
way in and one place that decides where the data lives.

A data folder is either *real* (the advisor's own work, synced with the
programme's server) or a *demo* (made up to try things out, never synced).
Which one is recorded inside its database (``workspace_setting.kind``), so a
copied file stays what it was. The desktop's first run puts a demo into its
own folder, ``demo`` inside the real one, and remembers in the real folder
that the demo is in use; leaving the demo opens the real folder again.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import func, select

from .domain.questionnaire import Questionnaire
from .domain.text import Text
from .errors import StateError
from .paths import APP_NAME, DATABASE_FILE, data_dir, reports_folder
from .services.benchmarks import BenchmarkService
from .services.companies import CompanyService
from .services.early_listing import DEMO_FOLDER
from .services.plans import PlanService
from .services.profile import ProfileService
from .services.questionnaires import QuestionnaireCatalogue
from .services.scans import ScanService
from .services.vouchers import VoucherService
from .store.database import Database
from .store.models import Company, Plan, Scan, Voucher
from .store.settings import DEMO_IN_USE_KEY, DEMO_KIND, KIND_KEY, get_setting, is_demo, set_setting


class Workspace:
    def __init__(self, folder: str | os.PathLike[str] | None = None, *, read_only: bool | None = None) -> None:
        self.folder: Path = data_dir(folder)
        self.db = Database(self.folder / DATABASE_FILE, read_only=read_only)
        self.catalogue = QuestionnaireCatalogue.of(self.db)
        self.profile = ProfileService(self.db)
        self.companies = CompanyService(self.db)
        self.benchmarks = BenchmarkService(self.db, self.catalogue)
        self.scans = ScanService(self.db, self.catalogue, self.benchmarks)
        self.plans = PlanService(self.db, self.catalogue)
        self.vouchers = VoucherService(self.db)
        with self.db.read() as session:
            self.is_demo: bool = is_demo(session)
        """Whether the folder is a demo, as read when it was opened or marked through this object: the
        window can show it without a database read. The sync's refusal reads the database itself."""

    @classmethod
    def open_to_start(cls, folder: str | os.PathLike[str] | None = None) -> Workspace:
        """The folder the desktop opens: the chosen one, or its demo folder while the demo is in use."""
        chosen = cls(folder)
        demo_folder = chosen.folder / DEMO_FOLDER
        if chosen.is_demo or not chosen.demo_in_use or not (demo_folder / DATABASE_FILE).is_file():
            return chosen
        chosen.close()
        return cls(demo_folder)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def demo_in_use(self) -> bool:
        with self.db.read() as session:
            return get_setting(session, DEMO_IN_USE_KEY) is not None

    @property
    def reports_dir(self) -> Path:
        return reports_folder(self.folder, read_only=self.read_only)

    @property
    def questionnaire(self) -> Questionnaire:
        return self.catalogue.current

    def pending_changes(self) -> int:
        """Rows changed here and not yet pushed to the server; a demo has none, since it is never pushed."""
        with self.db.read() as session:
            if get_setting(session, KIND_KEY) == DEMO_KIND:
                return 0
            return sum(
                session.scalar(select(func.count()).select_from(model).where(model.dirty)) or 0
                for model in (Company, Scan, Plan, Voucher)
            )

    # -- demo and real ----------------------------------------------------------------------

    def open_demo(self) -> Workspace:
        """The demo folder of this real folder, opened, marked as a demo, with the same advisor; remembered for the next start."""
        if self.is_demo:
            return Workspace(self.folder)
        demo = Workspace(self.folder / DEMO_FOLDER)
        try:
            with demo.db.session() as session:
                set_setting(session, KIND_KEY, DEMO_KIND)
            demo.is_demo = True
            profile = self.profile.get()
            if profile is not None and demo.profile.get() is None:
                demo.profile.save(profile.name, profile.language, profile.email)
            with self.db.session() as session:
                set_setting(session, DEMO_IN_USE_KEY, "1")
        except BaseException:
            demo.close()
            raise
        return demo

    def real_folder(self) -> Path:
        """Where a demo's own real folder is: the folder it sits in, else the per-user data folder."""
        if self.folder.name == DEMO_FOLDER and (self.folder.parent / DATABASE_FILE).is_file():
            return self.folder.parent
        return user_data_path(APP_NAME, appauthor=False)

    def leave_demo(self) -> Workspace:
        """The real workspace that goes with this demo, opened, with the demo no longer in use (the demo folder stays)."""
        if not self.is_demo:
            raise StateError(Text("Deze map is geen demo", "This folder is not a demo"))
        real = Workspace(self.real_folder())
        try:
            if real.is_demo:
                raise StateError(
                    Text(
                        f"{real.folder} is ook een demo; start Basisscan met --data-dir en een lege map voor je eigen gegevens",
                        f"{real.folder} is a demo too; start Basisscan with --data-dir and an empty folder for your own data",
                    )
                )
            with real.db.session() as session:
                set_setting(session, DEMO_IN_USE_KEY, None)
            profile = self.profile.get()
            if profile is not None and real.profile.get() is None:
                real.profile.save(profile.name, profile.language, profile.email)
        except BaseException:
            real.close()
            raise
        return real

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
