"""edukb: Kazakh/Russian guidance documents on innovation in education → a queryable knowledge base.

The CLI (:mod:`edukb.cli`) is a thin skin over this library API: :func:`edukb.build.build_knowledge_base`.
"""
__version__ = "0.1.0"
