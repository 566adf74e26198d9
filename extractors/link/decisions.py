"""Curation decisions as data: the :class:`Decision` record and the ``curation.yaml`` format.

Decisions are kept in the corpus and reviewed like code, so the file is plain YAML a person can
read and edit, and every error names the file and the line — a typo must never make a decision
silently vanish. The loader validates each entry against the fields its action allows.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional

import yaml

ACTIONS = ("merge", "reject", "label", "alt_label", "classify", "split", "distinct")
ENTITIES = ("technology", "person", "act")
ALLOWED_ACTIONS = {
    "technology": set(ACTIONS),
    "person": {"merge", "reject", "distinct"},
    "act": {"merge", "reject", "distinct"},
}
KINDS = ("pedagogical_technology", "method", "software")

_COMMON = ("action", "entity", "id", "author", "date", "reason", "names")
_EXTRA = {
    "merge": ("others",),
    "distinct": ("others",),
    "reject": (),
    "label": ("label_kk", "label_ru"),
    "alt_label": ("alt_labels",),
    "classify": ("class_kk", "class_ru", "kind"),
    "split": ("surfaces", "mentions", "label_kk", "label_ru", "class_kk", "class_ru"),
}
_LISTS = {"others", "alt_labels", "surfaces", "mentions"}


class CurationFileError(ValueError):
    """A curation file that cannot be used; the message names the file and the line."""

    def __init__(self, source: str, line: Optional[int], problem: str):
        self.source, self.line, self.problem = source, line, problem
        where = f"{source}, line {line}" if line else source
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Decision:
    """One decision by a person about one concept (technology, person or act).

    ``id`` names the concept the decision is about: the one that stays for ``merge``, the one
    to change for the others. ``names`` remembers the labels the ids had when the decision was
    made, so a decision whose id disappears can still be reported by name.
    """

    action: str
    id: str
    author: str
    date: str
    reason: str
    entity: str = "technology"
    others: tuple[str, ...] = ()
    label_kk: Optional[str] = None
    label_ru: Optional[str] = None
    alt_labels: tuple[str, ...] = ()
    class_kk: Optional[str] = None
    class_ru: Optional[str] = None
    kind: Optional[str] = None
    surfaces: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()
    source: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

    @property
    def decision_id(self) -> str:
        """Content hash: stays the same when other decisions are added above this one."""
        content = {k: v for k, v in self.to_mapping().items() if k != "names"}
        raw = json.dumps(content, ensure_ascii=False, sort_keys=True)
        return "cur:" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.source else f"line {self.line}"

    def name_of(self, some_id: str) -> str:
        return dict(self.names).get(some_id, "")

    def to_mapping(self) -> dict[str, Any]:
        """The YAML entry for this decision (only the fields that are set), in a readable order."""
        out: dict[str, Any] = {"action": self.action, "entity": self.entity, "id": self.id}
        for key in _EXTRA[self.action]:
            value = getattr(self, key)
            if value is None or value == ():
                continue
            out[key] = list(value) if isinstance(value, tuple) else value
        if self.names:
            out["names"] = dict(self.names)
        out.update(author=self.author, date=self.date, reason=self.reason)
        return out


def format_decision(decision: Decision) -> str:
    """YAML text of one entry of the top-level list, ready to append to a curation file."""
    text = yaml.safe_dump([decision.to_mapping()], allow_unicode=True, sort_keys=False,
                          default_flow_style=False, width=1000)
    return text


def load_decisions(path: Path) -> list[Decision]:
    """Decisions of a curation file, in file order; :class:`CurationFileError` names the line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CurationFileError(str(path), None, f"not UTF-8 text ({exc.reason})") from None
    return parse_decisions(text, str(path))


def parse_decisions(text: str, source: str = "curation.yaml") -> list[Decision]:
    node = _compose(text, source)
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise CurationFileError(source, _line(node), "the file must be a list of decisions, each starting with '- action: …'")
    decisions = []
    for item in node.value:
        decisions.append(_decision(item, source))
    return decisions


def _compose(text: str, source: str) -> Optional[yaml.Node]:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(filter(None, (exc.context, exc.problem))) or str(exc)
        raise CurationFileError(source, mark.line + 1 if mark else None, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise CurationFileError(source, None, f"not valid YAML: {exc}") from None


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: yaml.Node, source: str, key: str) -> Optional[str]:
    if not isinstance(node, yaml.ScalarNode):
        raise CurationFileError(source, _line(node), f"'{key}' must be a single value")
    if node.tag == "tag:yaml.org,2002:null" or (node.value == "" and node.style is None):
        return None
    return node.value


def _string_list(node: yaml.Node, source: str, key: str) -> tuple[str, ...]:
    if isinstance(node, yaml.ScalarNode):
        value = _scalar(node, source, key)
        return (value,) if value else ()
    if not isinstance(node, yaml.SequenceNode):
        raise CurationFileError(source, _line(node), f"'{key}' must be a list of values")
    out = []
    for item in node.value:
        value = _scalar(item, source, key)
        if not value or not value.strip():
            raise CurationFileError(source, _line(item), f"empty value in '{key}'")
        out.append(value.strip())
    return tuple(out)


def _names(node: yaml.Node, source: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(node, yaml.MappingNode):
        raise CurationFileError(source, _line(node), "'names' must map ids to labels (id: label)")
    out = []
    for k, v in node.value:
        key, value = _scalar(k, source, "names"), _scalar(v, source, "names")
        if key:
            out.append((key, value or ""))
    return tuple(sorted(out))


def _date(value: Optional[str], line: int, source: str) -> str:
    try:
        return _dt.date.fromisoformat((value or "").strip()).isoformat()
    except ValueError:
        raise CurationFileError(source, line, f"'date' must be an ISO date like 2025-03-14, not '{value}'") from None


def _decision(item: yaml.Node, source: str) -> Decision:
    line = _line(item)
    if not isinstance(item, yaml.MappingNode):
        raise CurationFileError(source, line, "each decision must be a mapping of fields (action: …, id: …)")
    fields: dict[str, tuple[yaml.Node, int]] = {}
    for k, v in item.value:
        key = _scalar(k, source, "field name") or ""
        if key in fields:
            raise CurationFileError(source, _line(k), f"field '{key}' given twice")
        fields[key] = (v, _line(k))
    action_node = fields.get("action")
    action = _scalar(action_node[0], source, "action") if action_node else None
    if action not in ACTIONS:
        where = action_node[1] if action_node else line
        raise CurationFileError(source, where, f"'action' must be one of {', '.join(ACTIONS)}; got '{action}'")
    entity = "technology"
    if "entity" in fields:
        entity = _scalar(fields["entity"][0], source, "entity") or ""
        if entity not in ENTITIES:
            raise CurationFileError(source, fields["entity"][1], f"'entity' must be one of {', '.join(ENTITIES)}; got '{entity}'")
    if action not in ALLOWED_ACTIONS[entity]:
        raise CurationFileError(source, line, f"'{action}' is not a decision for a {entity}; "
                                              f"use one of {', '.join(sorted(ALLOWED_ACTIONS[entity]))}")
    allowed = set(_COMMON) | set(_EXTRA[action])
    for key, (_, key_line) in fields.items():
        if key not in allowed:
            raise CurationFileError(source, key_line, f"unknown field '{key}' for '{action}'; "
                                                      f"allowed: {', '.join(sorted(allowed))}")
    values: dict[str, Any] = {}
    for key, (node, key_line) in fields.items():
        if key in ("action", "entity"):
            continue
        if key == "names":
            values[key] = _names(node, source)
        elif key in _LISTS:
            values[key] = _string_list(node, source, key)
        else:
            value = _scalar(node, source, key)
            values[key] = value.strip() if isinstance(value, str) else value
    for key in ("id", "author", "date", "reason"):
        if not values.get(key):
            where = fields[key][1] if key in fields else line
            raise CurationFileError(source, where, f"'{action}' decision needs '{key}' (who/when/why are kept for every decision)")
    values["date"] = _date(values["date"], fields["date"][1], source)
    _check_action(action, values, fields, source, line)
    return Decision(action=action, entity=entity, source=source, line=line, **values)


def _check_action(action: str, values: Mapping[str, Any], fields: Mapping[str, tuple], source: str, line: int) -> None:
    def need(cond: bool, problem: str, key: Optional[str] = None) -> None:
        if not cond:
            raise CurationFileError(source, fields[key][1] if key in fields else line, problem)

    if action in ("merge", "distinct"):
        need(bool(values.get("others")), f"'{action}' needs 'others': the ids to {'fold into' if action == 'merge' else 'keep apart from'} '{values['id']}'", "others")
        need(values["id"] not in values["others"], f"'{values['id']}' cannot be {action}d with itself", "others")
    elif action == "label":
        need(bool(values.get("label_kk") or values.get("label_ru")), "'label' needs 'label_kk' or 'label_ru'")
    elif action == "alt_label":
        need(bool(values.get("alt_labels")), "'alt_label' needs 'alt_labels': one or more other names")
    elif action == "classify":
        need(any(k in values for k in ("class_kk", "class_ru", "kind")), "'classify' needs 'class_kk', 'class_ru' or 'kind'")
        if values.get("kind") is not None:
            need(values["kind"] in KINDS, f"'kind' must be one of {', '.join(KINDS)}", "kind")
    elif action == "split":
        need(bool(values.get("surfaces") or values.get("mentions")),
             "'split' needs 'surfaces' (mention texts) or 'mentions' (mention ids) that go to the new concept")


def split_id(decision: Decision) -> str:
    """Id of the concept a split creates: derived from the decision, so it is stable across
    rebuilds and later decisions can name it."""
    basis = "|".join([decision.id, *sorted(normalize_surface(s) for s in decision.surfaces), *sorted(decision.mentions)])
    return "tech:" + hashlib.sha1(("split|" + basis).encode("utf-8")).hexdigest()[:12]


def normalize_surface(text: str) -> str:
    """Case, 'ё', quotes and spacing do not make two mentions different."""
    t = text.casefold().replace("ё", "е")
    t = t.translate(str.maketrans({c: " " for c in "«»\"“”„'()[],.;:!?"}))
    return " ".join(t.split())

