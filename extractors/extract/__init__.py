"""Extraction stage: documents (with sentences and lemmas) → rows of the knowledge-base tables."""
