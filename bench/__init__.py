"""Benchmarks, run as ``python3 -m bench.<name>``."""
