"""Small inline SVG bar charts, generated at release time.

A plotting library would be a heavy dependency for three bar charts, and the page must work
offline from file://, so the charts are plain SVG strings written into ``index.html``.
"""
from __future__ import annotations

from html import escape
from typing import Sequence

KK_COLOR = "#2b7bb9"
RU_COLOR = "#d9822b"
BOTH_COLOR = "#5a9e4b"


def _fmt(n: float) -> str:
    return f"{int(n):,}".replace(",", "\u202f") if float(n).is_integer() else f"{n:.2f}"


def bar_chart(
    title: str,
    rows: Sequence[tuple[str, Sequence[float]]],
    series: Sequence[tuple[str, str]],
    width: int = 640,
    max_rows: int = 30,
    label_width: int = 260,
) -> str:
    """Horizontal stacked bars: one row per label, one colour per series, with a legend.

    Rows beyond ``max_rows`` are summed into one "…" row so the chart stays readable at 50× the
    corpus; the total of every row is written at the end of its bar because exact numbers are
    what a reader checks.
    """
    rows = list(rows)
    folded = None
    if len(rows) > max_rows:
        rest = rows[max_rows - 1:]
        folded = (f"… {len(rest)} more", [sum(r[1][i] for r in rest) for i in range(len(series))])
        rows = rows[: max_rows - 1]
    bar_h, gap, top = 16, 4, 44
    height = top + max(1, len(rows) + (folded is not None)) * (bar_h + gap) + 8
    plot_w = width - label_width - 70
    peak = max([sum(v) for _, v in rows] + [1])  # the folded tail is a total, not a bar to scale to
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><title>{escape(title)}</title>',
        f'<text x="0" y="16" class="chart-title">{escape(title)}</text>',
    ]
    lx = 0
    for name, color in series:
        out.append(f'<rect x="{lx}" y="26" width="10" height="10" fill="{color}"/>'
                   f'<text x="{lx + 14}" y="35" class="chart-legend">{escape(name)}</text>')
        lx += 24 + 7 * len(name)
    if not rows:
        out.append(f'<text x="0" y="{top + 12}" class="chart-empty">no data</text>')
    for i, (label, values) in enumerate(rows):
        y = top + i * (bar_h + gap)
        short = label if len(label) <= 42 else label[:24] + "…" + label[-17:]  # both ends: "[3/50]" tells copies apart
        out.append(f'<text x="{label_width - 6}" y="{y + bar_h - 4}" text-anchor="end" class="chart-label">'
                   f'<title>{escape(label)}</title>{escape(short)}</text>')
        x = float(label_width)
        for (name, color), v in zip(series, values):
            w = plot_w * v / peak
            if w > 0:
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}">'
                           f'<title>{escape(label)} — {escape(name)}: {_fmt(v)}</title></rect>')
            x += w
        out.append(f'<text x="{x + 4:.1f}" y="{y + bar_h - 4}" class="chart-value">{_fmt(sum(values))}</text>')
    if folded is not None:
        y = top + len(rows) * (bar_h + gap)
        parts = ", ".join(f"{name} {_fmt(v)}" for (name, _), v in zip(series, folded[1]))
        out.append(f'<text x="{label_width - 6}" y="{y + bar_h - 4}" text-anchor="end" class="chart-label">{escape(folded[0])}</text>'
                   f'<text x="{label_width}" y="{y + bar_h - 4}" class="chart-value">{_fmt(sum(folded[1]))} in all ({escape(parts)})</text>')
    out.append("</svg>")
    return "".join(out)


def _class_label(t: dict) -> str:
    if t.get("ckk") or t.get("cru"):
        return " / ".join(x for x in (t.get("ckk"), t.get("cru")) if x)
    return "(no class)"


def corpus_charts(index: dict) -> dict[str, str]:
    """The charts of the corpus page, from the aggregated index (numbers are exact, bars add context)."""
    kk, ru = ("kk", KK_COLOR), ("ru", RU_COLOR)
    per_class: dict[str, list[float]] = {}
    coverage: dict[str, list[float]] = {}
    for t in index["techs"]:
        c = _class_label(t)
        v = per_class.setdefault(c, [0, 0, 0])
        v[0] += t.get("nk", 0)
        v[1] += t.get("nr", 0)
        v[2] += max(0, t.get("n", 0) - t.get("nk", 0) - t.get("nr", 0))
        cv = coverage.setdefault(c, [0, 0, 0])
        cv[0 if t.get("kk") and t.get("ru") else (1 if t.get("kk") else 2)] += 1
    docs = index["docs"]
    by_doc = sorted(((d["t"], [d["n"].get("mkk", 0), d["n"].get("mru", 0)]) for d in docs if d["n"].get("m")),
                    key=lambda r: -sum(r[1]))
    sents = sorted(((d["t"], [d["n"].get("skk", 0), d["n"].get("sru", 0)]) for d in docs
                    if d["n"].get("skk") or d["n"].get("sru")), key=lambda r: -sum(r[1]))
    other = [("other", "#999999")]
    return {
        "per_class": bar_chart("Technology mentions per class", sorted(per_class.items(), key=lambda r: -sum(r[1])),
                               [kk, ru] + other),
        "per_doc": bar_chart("Technology mentions per document", by_doc, [kk, ru]),
        "coverage": bar_chart("Technologies named in kk and ru (per class)",
                              sorted(coverage.items(), key=lambda r: -sum(r[1])),
                              [("kk + ru", BOTH_COLOR), ("kk only", KK_COLOR), ("ru only", RU_COLOR)]),
        "sentences": bar_chart("Sentences per document and language", sents, [kk, ru]),
    }
