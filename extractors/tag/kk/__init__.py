"""Kazakh tagging: :class:`KazakhTagger` (fit on gold sentences, or the shipped default)."""
from extractors.tag.kk.analyser import KazakhTagger, Weights
from extractors.tag.kk.lexicon import Lexicon

__all__ = ["KazakhTagger", "Lexicon", "Weights"]
