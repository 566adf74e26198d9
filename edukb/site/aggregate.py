"""Turn a release's table rows into what the page shows: one small index, plus chunks loaded on demand.

The page must open fast with ~250 documents and tens of thousands of mentions, from file://
(no fetch of local JSON). So everything the first screen needs (documents, technologies with
their counts, classes, acts, people, list counts) is aggregated here once, and the bulky parts
(evidence sentences, list items, the full-text search index) go into separate chunk payloads
that the page loads by <script> injection only when asked for.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

from edukb.site.curation import decisions, log_marks, row_mark
from edukb.publish.tables import ParquetRows

Rows = list[dict[str, Any]]

EVIDENCE_PER_CHUNK = 400  # evidence sentences per chunk file; one technology never spans two
LIST_TABLES = ("cabinet_tasks", "platform_criteria")
LIST_GROUP = {"cabinet_tasks": "kind", "platform_criteria": "section"}
CHANGED_IDS_SHOWN = 50


@dataclass
class SitePayload:
    """``index`` goes into data.js; ``chunks`` maps a chunk name to the data of its own file."""

    index: dict[str, Any]
    chunks: dict[str, Any] = field(default_factory=dict)


def _rows(tables: Mapping[str, Optional[Rows]], name: str) -> Rows:
    data = tables.get(name)
    if isinstance(data, ParquetRows):  # a big table: walked once, batch by batch
        return data  # type: ignore[return-value]
    return list(data or [])


def _s(v: Any) -> str:
    return "" if v is None else str(v)


def _int(v: Any) -> Optional[int]:
    try:
        return None if v is None or v == "" else int(v)
    except (TypeError, ValueError):
        return None


def _num(v: Any) -> Optional[float]:
    try:
        return None if v is None or v == "" else round(float(v), 3)
    except (TypeError, ValueError):
        return None


def _lang(v: Any) -> str:
    v = _s(v).lower()
    return v if v in ("kk", "ru") else (v or "other")


class _Docs:
    """doc_id → position in the index; ids met only in other tables get a stub row."""

    def __init__(self, rows: Rows):
        self.rows: list[dict[str, Any]] = []
        self.pos: dict[str, int] = {}
        for r in rows:
            self.add(r)

    def add(self, r: Mapping[str, Any]) -> int:
        doc_id = _s(r.get("doc_id"))
        if doc_id in self.pos:
            return self.pos[doc_id]
        self.pos[doc_id] = len(self.rows)
        self.rows.append({
            "id": doc_id, "t": _s(r.get("title")) or doc_id, "src": _s(r.get("source_file")),
            "f": _s(r.get("format")), "k": _s(r.get("kind")), "y": _int(r.get("year")),
            "l": [x for x in _s(r.get("languages")).split(";") if x], "s": _s(r.get("status")) or "ok",
            "e": _s(r.get("error")), "p": _int(r.get("n_pages")), "c": _int(r.get("n_chars")),
            "b": _int(r.get("n_blocks")), "n": Counter(),
        })
        return self.pos[doc_id]

    def of(self, doc_id: Any) -> int:
        return self.add({"doc_id": doc_id})


def _highlights(text: str, sent_start: Optional[int], mentions: Iterable[Mapping[str, Any]]) -> list[list[int]]:
    """Where each mention sits in its sentence: by offsets when they agree with the text, else by
    searching the surface (offsets of a stub or a block-level mention may not index the sentence)."""
    out: list[list[int]] = []
    for m in mentions:
        surface = _s(m.get("surface"))
        a, b = _int(m.get("char_start")), _int(m.get("char_end"))
        if sent_start is not None and a is not None and b is not None:
            s, e = a - sent_start, b - sent_start
            if 0 <= s < e <= len(text) and (not surface or text[s:e].lower() == surface.lower()):
                out.append([s, e])
                continue
        if surface:
            i = text.lower().find(surface.lower())
            if i >= 0:
                out.append([i, i + len(surface)])
    return [list(x) for x in sorted({tuple(x) for x in out})]


def _technologies(tables: Mapping[str, Rows], docs: _Docs, log: Mapping, sent: Mapping[str, Mapping],
                  blocks: Mapping[str, Mapping]) -> tuple[list[dict], dict[str, Any], list]:
    techs = _rows(tables, "technologies")
    mentions = _rows(tables, "technology_mentions")
    pos: dict[str, int] = {}
    out: list[dict[str, Any]] = []

    def add(r: Mapping[str, Any]) -> int:
        tid = _s(r.get("tech_id"))
        if tid not in pos:
            pos[tid] = len(out)
            out.append({
                "id": tid, "kk": _s(r.get("label_kk")), "ru": _s(r.get("label_ru")),
                "alt": [a.strip() for a in _s(r.get("alt_labels")).split(";") if a.strip()],
                "k": _s(r.get("kind")), "ckk": _s(r.get("class_kk")), "cru": _s(r.get("class_ru")),
                "a": _s(r.get("author")), "n": _int(r.get("n_mentions")) or 0, "nd": _int(r.get("n_docs")) or 0,
                "cf": _num(r.get("confidence")), "cur": row_mark(r, "technologies", tid, log),
            })
        return pos[tid]

    for r in techs:
        add(r)
    # evidence grouped by (technology, sentence): several mentions in one sentence show once
    groups: dict[tuple[int, str], list[Mapping[str, Any]]] = defaultdict(list)
    for m in mentions:
        t = pos.get(_s(m.get("tech_id")))
        if t is None:  # a mention of a technology the table lacks: show it under its surface
            lang = _lang(m.get("lang"))
            t = add({"tech_id": m.get("tech_id"), "label_kk": m.get("surface") if lang == "kk" else "",
                     "label_ru": m.get("surface") if lang == "ru" else ""})
        key = _s(m.get("sent_id")) or _s(m.get("block_id")) or _s(m.get("mention_id"))
        groups[(t, key)].append(m)
    if mentions:
        for t in out:
            t["n"], t["nd"] = 0, 0
    per_tech: dict[int, list] = defaultdict(list)
    docs_of: dict[int, Counter] = defaultdict(Counter)
    lang_of: dict[int, Counter] = defaultdict(Counter)
    search_rows: dict[str, list] = {}
    for (t, key), ms in groups.items():
        m0 = ms[0]
        d = docs.of(m0.get("doc_id"))
        s = sent.get(_s(m0.get("sent_id"))) or blocks.get(_s(m0.get("block_id")))
        text = _s(s.get("text")) if s else _s(m0.get("surface"))
        start = _int(s.get("char_start")) if s else _int(m0.get("char_start"))
        page = _int(m0.get("page"))
        if page is None and s:
            page = _int(s.get("page"))
        lang = _lang(m0.get("lang") or (s or {}).get("lang"))
        marks = {row_mark(m, "technology_mentions", _s(m.get("mention_id")), log) for m in ms} - {None}
        mark = "rejected" if marks == {"rejected"} else ("edited" if "edited" in marks else ("ok" if marks else None))
        conf = max((c for c in (_num(m.get("confidence")) for m in ms) if c is not None), default=None)
        per_tech[t].append([d, page, lang, text, _highlights(text, start, ms), conf, mark, key,
                            _int(m0.get("char_start")) or 0])
        out[t]["n"] += len(ms)
        lang_of[t][lang] += len(ms)
        docs_of[t][d] += len(ms)
        docs.rows[d]["n"]["m"] += len(ms)
        docs.rows[d]["n"]["m" + lang] += len(ms)
        # one search row per distinct text: [text, techs, docs, page in first doc, lang, count]
        hit = search_rows.setdefault(text, [text, [], [], page, lang, 0])
        if t not in hit[1]:
            hit[1].append(t)
        if d not in hit[2]:
            hit[2].append(d)
        hit[5] += 1
    for i, t in enumerate(out):
        t["nk"], t["nr"] = lang_of[i]["kk"], lang_of[i]["ru"]
        t["d"] = sorted(docs_of[i])
        if mentions:
            t["nd"] = len(docs_of[i])
        for d in docs_of[i]:
            docs.rows[d]["n"]["t"] += 1
    # the tree lists the most-mentioned first; chunks follow the same order
    order = sorted(range(len(out)), key=lambda i: (-out[i]["n"], (out[i]["kk"] or out[i]["ru"]).lower()))
    chunks: dict[str, Any] = {}
    current: dict[str, list] = {}
    size, k = 0, 0
    for i in order:
        ev = sorted(per_tech.get(i, []), key=lambda e: (e[0], e[1] or 0, e[8]))
        if not ev:
            out[i]["ch"] = None
            continue
        if current and size + len(ev) > EVIDENCE_PER_CHUNK:
            chunks[f"e{k}"], current, size, k = current, {}, 0, k + 1
        current[str(i)] = [e[:7] for e in ev]
        size += len(ev)
        out[i]["ch"] = f"e{k}"
    if current:
        chunks[f"e{k}"] = current
    return out, chunks, list(search_rows.values())


def _lists(tables: Mapping[str, Rows], docs: _Docs, log: Mapping) -> tuple[dict[str, Any], list]:
    """Per-document chunks of list items, each with its aligned translation's text beside it."""
    by_id: dict[str, tuple[str, Mapping[str, Any]]] = {}
    for name in LIST_TABLES:
        for r in _rows(tables, name):
            by_id[_s(r.get("item_id"))] = (name, r)
    per_doc: dict[int, list] = defaultdict(list)
    counts: dict[int, Counter] = defaultdict(Counter)
    search: dict[tuple, list] = {}
    for item_id, (name, r) in by_id.items():
        d = docs.of(r.get("doc_id"))
        lang = _lang(r.get("lang"))
        group = _s(r.get(LIST_GROUP[name])) or "other"
        par_id = _s(r.get("parallel_item_id"))
        par = by_id.get(par_id, (None, None))[1] if par_id else None
        # in the "both languages" view a pair shows once, from its Kazakh side
        dup = bool(par) and _lang(par.get("lang")) == "kk" and lang != "kk"
        item = {
            "tb": name, "g": group, "ti": _s(r.get("list_title")), "l": lang, "po": _int(r.get("position")),
            "x": _s(r.get("text")), "pg": _int(r.get("page")), "cf": _num(r.get("confidence")),
            "cur": row_mark(r, name, item_id, log), "id": item_id, "o": _int(r.get("char_start")) or 0,
        }
        if r.get("deadline"):
            item["dl"] = _s(r.get("deadline"))
        if par:
            item["px"], item["pl"] = _s(par.get("text")), _lang(par.get("lang"))
            item["pd"] = docs.of(par.get("doc_id"))
            if dup:
                item["dup"] = 1
        per_doc[d].append(item)
        counts[d][(name, group, lang)] += 1
        docs.rows[d]["n"]["ct" if name == "cabinet_tasks" else "pc"] += 1
        # one search row per distinct item text: [text, docs, table, group, lang]
        hit = search.setdefault((item["x"], name, group, lang), [item["x"], [], name, group, lang])
        if d not in hit[1]:
            hit[1].append(d)
    chunks: dict[str, Any] = {}
    for d, items in per_doc.items():
        items.sort(key=lambda x: (x["tb"], x["g"], x["o"], x["po"] or 0))
        for x in items:
            del x["o"]
        chunks[f"l{d}"] = items
        docs.rows[d]["lists"] = sorted([t, g, l, n] for (t, g, l), n in counts[d].items())
    return chunks, list(search.values())


def _grouped_mentions(rows: Rows, table: str, key_cols: tuple[str, ...], id_col: str, docs: _Docs,
                      log: Mapping, sent: Mapping[str, Mapping], fields: Mapping[str, str], counter: str) -> list[dict]:
    """Acts and people: one entry per act/person (mentions folded by their shared key)."""
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in rows:
        key = next((_s(r.get(c)) for c in key_cols if r.get(c) not in (None, "")), _s(r.get(id_col)))
        groups[key].append(r)
    out = []
    for key, ms in groups.items():
        entry: dict[str, Any] = {"id": key}
        for short, col in fields.items():
            vals = Counter(_s(m.get(col)) for m in ms if m.get(col) not in (None, ""))
            entry[short] = vals.most_common(1)[0][0] if vals else ""
        mentions = []
        for d, m in sorted(((docs.of(m.get("doc_id")), m) for m in ms), key=lambda x: (x[0], _int(x[1].get("char_start")) or 0)):
            docs.rows[d]["n"][counter] += 1
            s = sent.get(_s(m.get("sent_id")))
            page = _int(m.get("page"))
            if page is None and s:
                page = _int(s.get("page"))
            mentions.append([d, page, _lang(m.get("lang")), _s(m.get("surface")), _num(m.get("confidence")),
                             row_mark(m, table, _s(m.get(id_col)), log), _s(s.get("text")) if s else ""])
        entry["m"] = mentions
        entry["n"] = len(mentions)
        entry["nd"] = len({m[0] for m in mentions})
        entry["langs"] = sorted({m[2] for m in mentions})
        out.append(entry)
    out.sort(key=lambda e: (-e["n"], e.get("name") or e.get("ti") or e["id"]))
    return out


def _changes(changes: Mapping[str, Any], techs: list[dict]) -> dict[str, Any]:
    labels = {t["id"]: t["kk"] or t["ru"] or t["id"] for t in techs}
    tables = {}
    for name, t in (changes.get("tables") or {}).items():
        if not isinstance(t, Mapping):
            continue
        tables[name] = {k: t.get(k, 0) for k in ("added", "removed", "changed")}
        if name == "technologies":
            for k in ("added", "removed", "changed"):
                ids = list(t.get(f"{k}_ids") or [])[:CHANGED_IDS_SHOWN]
                tables[name][f"{k}_labels"] = [labels.get(i, i) for i in ids]
    cause = changes.get("cause") or {}
    return {
        "release": _s(changes.get("release")), "previous": _s(changes.get("previous_release")),
        "cause": {k: list(cause.get(f"documents_{k}") or []) for k in ("added", "removed", "changed")},
        "tables": tables,
    }


def _any_rejected(techs: list[dict], grouped: list[dict], chunks: Mapping[str, Any]) -> bool:
    """Whether the page needs its "hide rejected" switch at all."""
    if any(t["cur"] == "rejected" for t in techs) or any(m[5] == "rejected" for e in grouped for m in e["m"]):
        return True
    for name, data in chunks.items():
        if name.startswith("e") and any(e[6] == "rejected" for ev in data.values() for e in ev):
            return True
        if name.startswith("l") and any(x.get("cur") == "rejected" for x in data):
            return True
    return False


def build_payload(tables: Mapping[str, Optional[Rows]], changes: Mapping[str, Any]) -> SitePayload:
    """Aggregate every table the release has; any of them may be missing or empty."""
    log = log_marks(_rows(tables, "curation_log"))
    docs = _Docs(_rows(tables, "documents"))
    wanted = {_s(r.get("sent_id")) for name in ("technology_mentions", "normative_acts", "persons")
              for r in _rows(tables, name) if r.get("sent_id")}
    sent: dict[str, Mapping] = {}
    for s in _rows(tables, "sentences"):
        d = docs.pos.get(_s(s.get("doc_id")))
        if d is not None:
            docs.rows[d]["n"]["s" + _lang(s.get("lang"))] += 1
        if _s(s.get("sent_id")) in wanted:
            sent[_s(s["sent_id"])] = s
    wanted_blocks = {_s(r.get("block_id")) for r in _rows(tables, "technology_mentions")
                     if not r.get("sent_id") and r.get("block_id")}
    blocks = {_s(b.get("block_id")): b for b in _rows(tables, "blocks") if _s(b.get("block_id")) in wanted_blocks}
    techs, chunks, sent_search = _technologies(tables, docs, log, sent, blocks)
    list_chunks, list_search = _lists(tables, docs, log)
    chunks.update(list_chunks)
    acts = _grouped_mentions(_rows(tables, "normative_acts"), "normative_acts", ("act_key",), "act_id", docs, log,
                             sent, {"ty": "type", "is": "issuer", "da": "date", "no": "number", "ti": "title"}, "na")
    persons = _grouped_mentions(_rows(tables, "persons"), "persons", ("person_id",), "mention_id", docs, log,
                                sent, {"name": "name"}, "pe")
    chunks["search"] = {"s": sent_search, "li": list_search}
    for d in docs.rows:
        d["n"] = dict(d["n"])
    present = sorted(n for n in tables if tables.get(n))
    rejected = _any_rejected(techs, acts + persons, chunks)
    index = {
        "release": _s(changes.get("release")),
        "rejected": rejected,
        "tables": present,
        "docs": docs.rows,
        "techs": techs,
        "acts": acts,
        "persons": persons,
        "changes": _changes(changes, techs),
        "curation": decisions(_rows(tables, "curation_log")),
        "totals": {n: len(tables.get(n) or []) for n in tables},
    }
    return SitePayload(index, chunks)
