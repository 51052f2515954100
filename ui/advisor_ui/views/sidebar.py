"""The sidebar: the brand, the advisor's name under it, and the sections to go to (Ctrl+1 ... Ctrl+5)."""

from __future__ import annotations

from collections.abc import Sequence

from ..qt import QListWidget, QListWidgetItem, Qt, QVBoxLayout, QWidget
from .widgets import make_label

LONGEST_NAMES = ("Plannen en vouchers", "Synchroniseren", "Plans and vouchers", "Werkoverzicht", "Work overview")
"""The longest section names in either language: the sidebar starts wide enough for them."""


class Sidebar(QWidget):
    def __init__(self, sections: int) -> None:
        super().__init__()
        self.setObjectName("sidebar")
        self.brand = make_label("", "brand")
        self.brand_sub = make_label("", "brandSub")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _ in range(sections):
            self.navigation.addItem(QListWidgetItem())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.brand)
        layout.addWidget(self.brand_sub)
        layout.addWidget(self.navigation, 1)
        self.setMinimumWidth(170)
        self.setMaximumWidth(260)

    def preferred_width(self) -> int:
        """Wide enough for the longest section name in either language."""
        metrics = self.navigation.fontMetrics()
        longest = max(metrics.horizontalAdvance(name) for name in LONGEST_NAMES)
        return longest * 11 // 10 + 48

    def set_texts(self, under_brand: str, names: Sequence[str], accessible_name: str) -> None:
        self.brand.setText("Basisscan")
        self.brand_sub.setText(under_brand)
        for index, name in enumerate(names):
            self.navigation.item(index).setText(name)
        self.navigation.setAccessibleName(accessible_name)

    def mark(self, index: int) -> None:
        """Show ``index`` as the current section without announcing it (the window already went there)."""
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(index)
        self.navigation.blockSignals(False)
