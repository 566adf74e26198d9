"""Apply people's curation decisions to the extracted tables (the link stage's last step).

Extraction is re-run from scratch on every build, so a correction made by hand in a release
would be lost; instead each correction is a :class:`~extractors.link.decisions.Decision` kept
in the corpus and re-applied here after every extraction. Decisions name stable, content-derived
ids, so they keep working when documents are added; one whose id is gone is reported, never
dropped. Rows a decision removes are kept, with who/when/why, in the ``curation_log`` table.

The result depends only on the tables and the decisions (applied in file order), and row order
follows the input, so the same inputs always give the same release.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

from models import TABLES

from .decisions import Decision, normalize_surface, split_id

Row = dict[str, Any]
Tables = dict[str, list[Row]]

TECH, MENTIONS, PERSONS, ACTS = "technologies", "technology_mentions", "persons", "normative_acts"
# entity → (table, column holding the concept id, primary key of one row)
ENTITY_TABLES = {
    "technology": (TECH, "tech_id", "tech_id"),
    "person": (PERSONS, "person_id", "mention_id"),
    "act": (ACTS, "act_key", "act_id"),
}
LOG_COLUMNS = [
    "decision_id", "line", "action", "entity", "target_id", "status", "row_table", "row_id",
    "author", "date", "reason", "before", "after", "message",
]


def apply_curation(tables: dict[str, list[Row]], decisions: Sequence[Decision]) -> tuple[Tables, list[Row], list[str]]:
    """Tables with the decisions applied, the ``curation_log`` rows, and one warning per decision
    (or id of a decision) that could not be applied, naming the decision's line and labels.

    The input is not modified.
    """
    state = _State(tables)
    for d in decisions:
        _HANDLERS[d.action](state, d)
    return state.result(), state.log, state.warnings


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def split_labels(value: Optional[str]) -> list[str]:
    return [s.strip() for s in (value or "").split(";") if s.strip()]


def _label_of(row: Row) -> str:
    return " / ".join(x for x in (row.get("label_kk"), row.get("label_ru")) if x) or str(row.get("tech_id"))


@dataclass
class _State:
    tables: dict[str, list[Row]]
    log: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        src = self.tables
        self.tables = {name: rows for name, rows in src.items()}
        for name in (TECH, MENTIONS, PERSONS, ACTS):
            if name in src:
                self.tables[name] = [dict(r) for r in src[name]]
        self.techs: dict[str, Row] = {r["tech_id"]: r for r in self.tables.get(TECH, [])}
        self.order: list[str] = [r["tech_id"] for r in self.tables.get(TECH, [])]
        self.removed: dict[str, set[str]] = {MENTIONS: set(), PERSONS: set(), ACTS: set()}
        self.touched: set[str] = set()
        self.merged_into: dict[tuple[str, str], str] = {}
        self._seen_ids: Counter[str] = Counter()
        self._decision_ids: dict[int, str] = {}

    # ---- ids and lookups -------------------------------------------------------------------
    def resolve(self, entity: str, some_id: str) -> str:
        """Follow earlier merges of this run: a later decision may name a merged-away id."""
        seen = set()
        while (entity, some_id) in self.merged_into and some_id not in seen:
            seen.add(some_id)
            some_id = self.merged_into[(entity, some_id)]
        return some_id

    def has_table(self, entity: str) -> bool:
        return ENTITY_TABLES[entity][0] in self.tables

    def rows_of(self, entity: str, some_id: str) -> list[Row]:
        """Live rows of one concept (for persons and acts: all its mention rows; a person's or
        act's single row may also be named by its primary key)."""
        table, col, pk = ENTITY_TABLES[entity]
        if entity == "technology":
            row = self.techs.get(some_id)
            return [row] if row is not None else []
        gone = self.removed[table]
        rows = [r for r in self.tables.get(table, []) if r.get(col) == some_id and r.get(pk) not in gone]
        if not rows:
            rows = [r for r in self.tables.get(table, []) if r.get(pk) == some_id and r.get(pk) not in gone]
        return rows

    def mentions_of(self, tech_id: str) -> list[Row]:
        gone = self.removed[MENTIONS]
        return [m for m in self.tables.get(MENTIONS, []) if m.get("tech_id") == tech_id and m.get("mention_id") not in gone]

    def decision_id(self, d: Decision) -> str:
        """Content hash, with a counter for a decision written twice (the log key stays unique)."""
        key = id(d)
        if key not in self._decision_ids:
            base = d.decision_id
            self._seen_ids[base] += 1
            n = self._seen_ids[base]
            self._decision_ids[key] = base if n == 1 else f"{base}-{n}"
        return self._decision_ids[key]

    def name(self, d: Decision, entity: str, some_id: str) -> str:
        remembered = d.name_of(some_id)
        if remembered:
            return remembered
        if entity == "technology" and some_id in self.techs:
            return _label_of(self.techs[some_id])
        rows = self.rows_of(entity, some_id) if self.has_table(entity) else []
        if rows:
            return str(rows[0].get("name") or rows[0].get("title") or rows[0].get("surface") or "")
        return ""

    # ---- log -------------------------------------------------------------------------------
    def record(self, d: Decision, status: str, row_table: str, row_id: str, message: str,
               before: Any = None, after: Any = None, target: Optional[str] = None) -> None:
        self.log.append({
            "decision_id": self.decision_id(d), "line": d.line or None, "action": d.action, "entity": d.entity,
            "target_id": target or d.id, "status": status, "row_table": row_table, "row_id": row_id,
            "author": d.author, "date": d.date, "reason": d.reason,
            "before": _json(before) if before is not None else None,
            "after": _json(after) if after is not None else None,
            "message": message,
        })

    def stale(self, d: Decision, some_id: str, why: Optional[str] = None) -> None:
        table = ENTITY_TABLES[d.entity][0]
        name = self.name(d, d.entity, some_id)
        named = f"{some_id} «{name}»" if name else some_id
        why = why or (f"the {table} table was not built" if not self.has_table(d.entity)
                      else f"{named} is not in the {table} table any more (the corpus or the extractor changed); "
                           f"update or remove this decision")
        self.warnings.append(f"{d.where}: {d.action} {d.entity} {named}: not applied: {why}")
        self.record(d, "stale", table, some_id, f"not applied: {why}", target=some_id if some_id != d.id else None)

    def no_effect(self, d: Decision, some_id: str, why: str) -> None:
        table = ENTITY_TABLES[d.entity][0]
        name = self.name(d, d.entity, some_id)
        named = f"{some_id} «{name}»" if name else some_id
        self.warnings.append(f"{d.where}: {d.action} {d.entity} {named}: not applied: {why}")
        self.record(d, "no_effect", table, some_id, f"not applied: {why}")

    def target(self, d: Decision) -> Optional[str]:
        """The live id the decision is about, or None (reported) when it is gone."""
        some_id = self.resolve(d.entity, d.id)
        if not self.has_table(d.entity) or not self.rows_of(d.entity, some_id):
            self.stale(d, d.id)
            return None
        return some_id

    # ---- technology rows -------------------------------------------------------------------
    def remove_tech(self, tech_id: str) -> Row:
        row = self.techs.pop(tech_id)
        self.order.remove(tech_id)
        self.touched.discard(tech_id)
        return row

    def refresh(self, tech_id: str) -> None:
        """Counts that follow from the mentions (merge and split move mentions)."""
        row = self.techs.get(tech_id)
        if row is None or MENTIONS not in self.tables:
            return
        ms = self.mentions_of(tech_id)
        row["n_mentions"] = len(ms)
        row["n_docs"] = len({m.get("doc_id") for m in ms})
        confs = [m["confidence"] for m in ms if m.get("confidence") is not None]
        if confs:
            row["confidence"] = max(confs)

    def result(self) -> Tables:
        out = dict(self.tables)
        if TECH in self.tables:
            for tid in sorted(self.touched):
                self.refresh(tid)
            rows = [self.techs[t] for t in self.order]
            if TABLES[TECH].field("curated") is not None:
                for r in rows:
                    r["curated"] = r["tech_id"] in self.touched
            out[TECH] = rows
        for name, gone in self.removed.items():
            if name in self.tables:
                pk = "mention_id" if name in (MENTIONS, PERSONS) else "act_id"
                out[name] = [r for r in self.tables[name] if r.get(pk) not in gone]
        return out


def _add_alt(row: Row, labels: Sequence[Optional[str]]) -> None:
    """Append names to alt_labels: no duplicates (case-insensitively), never a preferred label."""
    alts = split_labels(row.get("alt_labels"))
    seen = {a.casefold() for a in alts}
    prefs = {(row.get(k) or "").casefold() for k in ("label_kk", "label_ru")}
    for label in labels:
        label = (label or "").strip()
        if label and label.casefold() not in seen and label.casefold() not in prefs:
            alts.append(label)
            seen.add(label.casefold())
    row["alt_labels"] = ";".join(alts) or None


def _drop_alt(row: Row, label: str) -> None:
    alts = [a for a in split_labels(row.get("alt_labels")) if a.casefold() != label.casefold()]
    row["alt_labels"] = ";".join(alts) or None


# ---- handlers ---------------------------------------------------------------------------------

def _merge(s: _State, d: Decision) -> None:
    keep = s.target(d)
    if keep is None:
        return
    table, col, pk = ENTITY_TABLES[d.entity]
    for other in d.others:
        gone = s.resolve(d.entity, other)
        if gone == keep:
            continue  # already folded in by an earlier decision
        rows = s.rows_of(d.entity, gone)
        if not rows:
            s.stale(d, other)
            continue
        if d.entity == "technology":
            _merge_tech(s, d, keep, gone)
        else:
            count = 0
            for r in rows:
                r[col] = keep
                count += 1
            before = {"id": gone, "names": sorted({str(r.get("name") or r.get("title") or r.get("surface") or "") for r in rows}),
                      "rows": sorted(str(r.get(pk)) for r in rows)}
            s.record(d, "applied", table, gone,
                     f"merged {gone} «{s.name(d, d.entity, gone)}» into {keep} «{s.name(d, d.entity, keep)}» ({count} row(s))",
                     before=before, after={col: keep})
        s.merged_into[(d.entity, gone)] = keep


def _merge_tech(s: _State, d: Decision, keep: str, gone: str) -> None:
    a, b = s.techs[keep], s.techs[gone]
    before_a = {k: a.get(k) for k in ("label_kk", "label_ru", "alt_labels", "class_kk", "class_ru", "kind", "author")}
    extra: list[Optional[str]] = []
    for k in ("label_kk", "label_ru"):
        if not a.get(k) and b.get(k):
            a[k] = b[k]  # the concept gains its missing Kazakh or Russian name
            _drop_alt(a, b[k])
        else:
            extra.append(b.get(k))
    _add_alt(a, extra + split_labels(b.get("alt_labels")))
    for k in ("class_kk", "class_ru", "kind", "author"):
        if not a.get(k) and b.get(k):
            a[k] = b[k]
    moved = [m for m in s.mentions_of(gone)]
    for m in moved:
        m["tech_id"] = keep
    row = s.remove_tech(gone)
    s.touched.add(keep)
    after_a = {k: a.get(k) for k in before_a if a.get(k) != before_a[k]}
    s.record(d, "applied", TECH, gone, f"merged {gone} «{_label_of(row)}» into {keep} «{_label_of(a)}»; "
                                       f"{len(moved)} mention(s) moved",
             before=row, after={"merged_into": keep, "mentions": sorted(m["mention_id"] for m in moved), "target": after_a})


def _reject(s: _State, d: Decision) -> None:
    some_id = s.target(d)
    if some_id is None:
        return
    table, col, pk = ENTITY_TABLES[d.entity]
    if d.entity == "technology":
        row = s.remove_tech(some_id)
        s.record(d, "applied", TECH, some_id, f"rejected {some_id} «{_label_of(row)}»", before=row, after={"rejected": True})
        for m in s.mentions_of(some_id):
            s.removed[MENTIONS].add(m["mention_id"])
            s.record(d, "applied", MENTIONS, m["mention_id"], f"mention «{m.get('surface') or ''}» of rejected {some_id}",
                     before=m, after={"rejected": True})
        return
    for r in s.rows_of(d.entity, some_id):
        s.removed[table].add(r[pk])
        s.record(d, "applied", table, r[pk], f"rejected {d.entity} «{r.get('surface') or r.get('name') or ''}»",
                 before=r, after={"rejected": True})


def _label(s: _State, d: Decision) -> None:
    tid = s.target(d)
    if tid is None:
        return
    row = s.techs[tid]
    before, after = {}, {}
    for k, value in (("label_kk", d.label_kk), ("label_ru", d.label_ru)):
        if value is None or value == row.get(k):
            continue
        old = row.get(k)
        before[k], after[k] = old, value
        row[k] = value or None
        _drop_alt(row, value)
        if old:
            _add_alt(row, [old])  # the old name stays findable
    if not after:
        s.no_effect(d, tid, "the labels are already as decided")
        return
    s.touched.add(tid)
    s.record(d, "applied", TECH, tid, f"preferred label of {tid} set to «{_label_of(row)}»", before=before, after=after)


def _alt_label(s: _State, d: Decision) -> None:
    tid = s.target(d)
    if tid is None:
        return
    row = s.techs[tid]
    old = row.get("alt_labels")
    _add_alt(row, d.alt_labels)
    if row.get("alt_labels") == old:
        s.no_effect(d, tid, "these names are already labels of the concept")
        return
    s.touched.add(tid)
    s.record(d, "applied", TECH, tid, f"alternative label(s) {', '.join('«%s»' % a for a in d.alt_labels)} added to «{_label_of(row)}»",
             before={"alt_labels": old}, after={"alt_labels": row.get("alt_labels")})


def _classify(s: _State, d: Decision) -> None:
    tid = s.target(d)
    if tid is None:
        return
    row = s.techs[tid]
    before, after = {}, {}
    for k in ("class_kk", "class_ru", "kind"):
        value = getattr(d, k)
        if value is None or (value or None) == row.get(k):
            continue
        before[k], after[k] = row.get(k), value or None
        row[k] = value or None
    if not after:
        s.no_effect(d, tid, "the class is already as decided")
        return
    s.touched.add(tid)
    s.record(d, "applied", TECH, tid, f"class of «{_label_of(row)}» set to «{row.get('class_kk') or ''} / {row.get('class_ru') or ''}»",
             before=before, after=after)


def _most_common(values: Sequence[str]) -> Optional[str]:
    if not values:
        return None
    counts = Counter(values)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _split(s: _State, d: Decision) -> None:
    tid = s.target(d)
    if tid is None:
        return
    if MENTIONS not in s.tables:
        s.no_effect(d, tid, "the technology_mentions table was not built")
        return
    surfaces = {normalize_surface(x) for x in d.surfaces}
    wanted = set(d.mentions)
    mentions = s.mentions_of(tid)
    moving = [m for m in mentions if m.get("mention_id") in wanted or normalize_surface(m.get("surface") or "") in surfaces]
    if not moving:
        s.no_effect(d, tid, "no mention matches the given surfaces/mentions")
        return
    if len(moving) == len(mentions):
        s.no_effect(d, tid, "every mention matches: that is a relabel, not a split (use 'label')")
        return
    new_id = split_id(d)
    if new_id in s.techs:
        s.no_effect(d, tid, f"{new_id} already exists (the same split is written twice)")
        return
    origin = s.techs[tid]
    by_lang: dict[str, list[str]] = {"kk": [], "ru": []}
    for m in moving:
        by_lang.setdefault(m.get("lang") or "", []).append((m.get("surface") or "").strip())
    new = {k: None for k in origin}
    new.update(
        tech_id=new_id,
        label_kk=d.label_kk or _most_common(by_lang["kk"]),
        label_ru=d.label_ru or _most_common(by_lang["ru"]),
        kind=origin.get("kind"),
        class_kk=d.class_kk if d.class_kk is not None else origin.get("class_kk"),
        class_ru=d.class_ru if d.class_ru is not None else origin.get("class_ru"),
        alt_labels=None,
    )
    _add_alt(new, sorted({(m.get("surface") or "").strip() for m in moving}))
    for m in moving:
        m["tech_id"] = new_id
    staying = {normalize_surface(m.get("surface") or "") for m in s.mentions_of(tid)}
    moved = {normalize_surface(m.get("surface") or "") for m in moving}
    for alt in split_labels(origin.get("alt_labels")):
        if normalize_surface(alt) in moved and normalize_surface(alt) not in staying:
            _drop_alt(origin, alt)
    # a preferred name that only the moved mentions carried goes with them
    for lang, col in (("kk", "label_kk"), ("ru", "label_ru")):
        label = origin.get(col)
        if label and normalize_surface(label) in moved and normalize_surface(label) not in staying:
            remaining = [(m.get("surface") or "").strip() for m in s.mentions_of(tid) if m.get("lang") == lang]
            origin[col] = _most_common(remaining) if remaining else None
    s.techs[new_id] = new
    s.order.insert(s.order.index(tid) + 1, new_id)
    s.touched.update((tid, new_id))
    s.record(d, "applied", TECH, new_id, f"split «{_label_of(new)}» off {tid} «{_label_of(origin)}»; {len(moving)} mention(s) moved",
             before={"tech_id": tid}, after={"tech_id": new_id, "split_from": tid, "mentions": sorted(m["mention_id"] for m in moving)})


def _distinct(s: _State, d: Decision) -> None:
    """Only for the candidate list: the ids stay apart and are not proposed as duplicates again."""
    missing = [x for x in (d.id, *d.others)
               if not s.has_table(d.entity) or not s.rows_of(d.entity, s.resolve(d.entity, x))]
    for some_id in missing:
        s.stale(d, some_id)
    if d.id not in missing:
        s.record(d, "applied", ENTITY_TABLES[d.entity][0], d.id, f"{d.id} kept apart from {', '.join(d.others)}",
                 after={"distinct_from": list(d.others)})


_HANDLERS: dict[str, Callable[[_State, Decision], None]] = {
    "merge": _merge, "reject": _reject, "label": _label, "alt_label": _alt_label,
    "classify": _classify, "split": _split, "distinct": _distinct,
}
