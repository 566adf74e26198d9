"""Writers of a knowledge-base release. A release is written into a hidden temporary folder and
renamed into place; ``current`` is then switched with an atomic rename, so a build killed at any
moment leaves the previous release readable and ``current`` intact."""
from edukb.publish.release import (
    BuildLock,
    BuildLockedError,
    current_release,
    list_releases,
    publish_release,
)
from edukb.publish.tables import read_table, write_table

__all__ = [
    "BuildLock",
    "BuildLockedError",
    "current_release",
    "list_releases",
    "publish_release",
    "read_table",
    "write_table",
]
