"""Prefect wiring of the pipeline. Importing this package configures Prefect for a quiet,
project-local, offline run before Prefect itself is imported: a local Prefect home (so the
temporary server's SQLite store lives beside the project), no telemetry or analytics (there is no
network), and logs only at WARNING so a user sees our progress, not Prefect's."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]

_DEFAULTS = {
    "PREFECT_HOME": str(PROJECT_ROOT / ".prefect"),
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_SERVER_LEVEL": "ERROR",
    "PREFECT_SERVER_LOGGING_LEVEL": "ERROR",
    "PREFECT_LOGGING_INTERNAL_LEVEL": "ERROR",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_COLORS": "false",
    "PREFECT_UI_ENABLED": "false",
}


def configure_prefect(home: Path | None = None) -> None:
    """Set Prefect's settings for this process unless the user set them already."""
    if home is not None:
        os.environ["PREFECT_HOME"] = str(home)
    for key, value in _DEFAULTS.items():
        os.environ.setdefault(key, value)
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)


configure_prefect()
