"""The one module that imports PySide6; the rest of the UI takes Qt names from here.

One gateway keeps the Qt binding swappable and makes "which Qt classes does
the app use" a question with a one-file answer.

A name is looked up in PySide6 when first asked for (the module's ``__getattr__``), not when this
module is imported: PySide6 builds a class's Python enums when the class is first taken from its
module, and taking all of the names below cost about 40 ms of CPU, half of it for classes the first
paint of the window never uses. The imports for the type checker are the list of names.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from shiboken6 import isValid

from .source_reads import spare_source_reads

spare_source_reads()  # PySide6's import hook came with shiboken6: from here on it reads no source but Qt's and ours

if TYPE_CHECKING:
    from PySide6.QtCore import (
        QAbstractItemModel,
        QAbstractTableModel,
        QByteArray,
        QCoreApplication,
        QDate,
        QEvent,
        QItemSelectionModel,
        QLibraryInfo,
        QLocale,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        QPoint,
        QPointF,
        QRect,
        QRectF,
        QRegularExpression,
        QRunnable,
        QSettings,
        QSize,
        QSortFilterProxyModel,
        QStringListModel,
        Qt,
        QThreadPool,
        QTimer,
        QTranslator,
        QUrl,
        Signal,
        Slot,
    )
    from PySide6.QtGui import (
        QAction,
        QCloseEvent,
        QColor,
        QDesktopServices,
        QFocusEvent,
        QFont,
        QFontMetrics,
        QGuiApplication,
        QIcon,
        QKeyEvent,
        QKeySequence,
        QPainter,
        QPainterPath,
        QPaintEvent,
        QPalette,
        QPen,
        QPixmap,
        QPolygonF,
        QResizeEvent,
        QShortcut,
        QShowEvent,
        QTextLayout,
        QTextOption,
        QUndoCommand,
        QUndoStack,
    )
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QApplication,
        QButtonGroup,
        QCheckBox,
        QComboBox,
        QCompleter,
        QDateEdit,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QHeaderView,
        QLabel,
        QLayout,
        QLayoutItem,
        QLineEdit,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMenu,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSizePolicy,
        QSpinBox,
        QSplitter,
        QStackedWidget,
        QStatusBar,
        QStyle,
        QStyledItemDelegate,
        QStyleOptionViewItem,
        QTableView,
        QTableWidget,
        QTableWidgetItem,
        QTabWidget,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )


def is_alive(qt_object: object) -> bool:
    """False once the C++ side of a Qt object is gone (events still arrive while a widget is being destroyed)."""
    return bool(isValid(qt_object))


__all__ = [
    "QAbstractButton",
    "QAbstractItemModel",
    "QAbstractItemView",
    "QAbstractSpinBox",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCompleter",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QEvent",
    "QFileDialog",
    "QFocusEvent",
    "QFont",
    "QFontMetrics",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QItemSelectionModel",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLayout",
    "QLayoutItem",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMenu",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPaintEvent",
    "QPainter",
    "QPainterPath",
    "QPalette",
    "QPen",
    "QPersistentModelIndex",
    "QPixmap",
    "QPlainTextEdit",
    "QPoint",
    "QPointF",
    "QPolygonF",
    "QProgressBar",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QRectF",
    "QRegularExpression",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QShowEvent",
    "QSize",
    "QSizePolicy",
    "QSortFilterProxyModel",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStatusBar",
    "QStringListModel",
    "QStyle",
    "QStyleOptionViewItem",
    "QStyledItemDelegate",
    "QTabWidget",
    "QTableView",
    "QTableWidget",
    "QTableWidgetItem",
    "QTextLayout",
    "QTextOption",
    "QThreadPool",
    "QTimer",
    "QToolButton",
    "QTranslator",
    "QUndoCommand",
    "QUndoStack",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
    "is_alive",
]


QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")


def __getattr__(name: str) -> object:
    """A Qt name of :data:`__all__`, taken from its PySide6 module at the first ask and kept here."""
    if name in __all__:
        for module_name in QT_MODULES:
            value = getattr(import_module(module_name), name, None)
            if value is not None:
                globals()[name] = value
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
