"""The pipeline stages as pure functions over the records in :mod:`models`."""
