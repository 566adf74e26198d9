"""Versioned releases under ``OUT/releases/<id>/`` and the ``OUT/current`` pointer."""
from __future__ import annotations

import datetime as dt
import fcntl
import os
import shutil
from pathlib import Path
from typing import Callable, Optional

RELEASES = "releases"
CURRENT = "current"
LOCK = ".build.lock"


class BuildLockedError(RuntimeError):
    pass


class BuildLock:
    """An exclusive lock on an output folder. The kernel drops a ``flock`` when its process dies,
    so a lock left by a killed build is recovered by the next one without a person's help."""

    def __init__(self, out: Path):
        self.path = out / LOCK
        self._fh = None

    def __enter__(self) -> "BuildLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = self.path.open("a+")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise BuildLockedError(
                f"another build is writing {self.path.parent} ({holder}); wait for it to finish and try again"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}")
        fh.flush()
        self._fh = fh
        return self

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def new_release_id(now: Optional[dt.datetime] = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%S%fZ")


def list_releases(out: Path) -> list[str]:
    root = out / RELEASES
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def current_release(out: Path) -> Optional[Path]:
    link = out / CURRENT
    if not link.exists():
        return None
    return link.resolve()


def _switch_current(out: Path, release_dir: Path) -> None:
    tmp = out / f".{CURRENT}.tmp-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(Path(RELEASES) / release_dir.name, tmp, target_is_directory=True)
    os.replace(tmp, out / CURRENT)  # atomic on POSIX


def publish_release(out: Path, write: Callable[[Path], None], release_id: Optional[str] = None) -> Path:
    """Call ``write(folder)`` on a fresh temporary folder, then move it into place and point
    ``current`` at it. If ``write`` fails or the process dies, nothing visible changes."""
    release_id = release_id or new_release_id()
    root = out / RELEASES
    root.mkdir(parents=True, exist_ok=True)
    for stale in root.glob(".tmp-*"):  # left by a build that was killed mid-write
        shutil.rmtree(stale, ignore_errors=True)
    staging = root / f".tmp-{release_id}"
    staging.mkdir()
    try:
        write(staging)
        for f in staging.rglob("*"):
            if f.is_file():
                with f.open("rb") as fh:
                    os.fsync(fh.fileno())
        final = root / release_id
        os.rename(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _switch_current(out, final)
    return final
