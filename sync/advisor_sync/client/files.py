"""The PDF reports in the data folder, by SHA-256, and the scan each belongs to.

A report belongs to a scan when its file name carries the scan's id, whole
or as its first eight characters (as the report's footer shows it).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024
_FULL_ID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")
_SHORT_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{8}(?![0-9a-f])")


@dataclass(frozen=True)
class LocalFile:
    path: Path
    sha256: str
    size: int
    scan_id: uuid.UUID | None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def scan_of(name: str, scan_ids: set[uuid.UUID]) -> uuid.UUID | None:
    lowered = name.lower()
    for found in _FULL_ID.findall(lowered):
        candidate = uuid.UUID(found)
        if candidate in scan_ids:
            return candidate
    prefixes: dict[str, list[uuid.UUID]] = {}
    for scan_id in scan_ids:
        prefixes.setdefault(scan_id.hex[:8], []).append(scan_id)
    for short in _SHORT_ID.findall(lowered):
        matches = prefixes.get(short, [])
        if len(matches) == 1:
            return matches[0]
    return None


def has_reports(folder: Path) -> bool:
    """Whether the folder holds any PDF at all (without hashing one)."""
    return folder.is_dir() and any(path.is_file() for path in folder.rglob("*.pdf"))


def local_reports(folder: Path, scan_ids: set[uuid.UUID]) -> list[LocalFile]:
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.rglob("*.pdf")):
        if path.is_file():
            found.append(LocalFile(path, sha256_of(path), path.stat().st_size, scan_of(path.name, scan_ids)))
    return found
