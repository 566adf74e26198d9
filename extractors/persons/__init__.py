"""Person names in Kazakh and Russian text: finding them and giving each person one key."""
from .names import normalize_person, person_key
from .ner import PersonSpan, find_persons, tag_tokens, tokenize

__all__ = ["PersonSpan", "find_persons", "normalize_person", "person_key", "tag_tokens", "tokenize"]
