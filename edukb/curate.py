"""``edukb curate``: write a researcher's decisions into the corpus's curation file.

The commands only append to ``corpus/curation.yaml`` (the file is reviewed like code, so an
append keeps the diff to the one new decision); ``edukb build`` applies the file. Ids are checked
against the current release so a typo is caught while the researcher is still looking at it.
"""
from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import click

from extractors.link import (
    CURATION_FILE,
    CurationFileError,
    Decision,
    format_decision,
    load_decisions,
    parse_decisions,
    review_candidates,
    split_id,
)

DEFAULT_FILE = Path("corpus") / CURATION_FILE
DEFAULT_OUT = Path("outputs/kb")
HEADER = (
    "# edukb curation decisions: corrections of the extracted taxonomy, applied on every build.\n"
    "# Reviewed like code. Format and examples: docs/curation.md. Written by 'edukb curate …'\n"
    "# or by hand; every entry needs author, date and reason.\n"
)
_TABLE_OF = {"technology": "technologies", "person": "persons", "act": "normative_acts"}
_ID_COLUMN = {"technology": "tech_id", "person": "person_id", "act": "act_key"}


def _default_author() -> str:
    if os.environ.get("EDUKB_AUTHOR"):
        return os.environ["EDUKB_AUTHOR"]
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name: --author is then required
        return ""


def _common(f: Callable, with_entity: bool = True) -> Callable:
    """Options every decision command takes: who, when, why, where to write, what to check against."""
    options = [
        click.option("--reason", required=True, help="Why (kept with the decision and published in curation_log)."),
        click.option("--author", default=_default_author, show_default="$EDUKB_AUTHOR or your login",
                     help="Who decides."),
        click.option("--date", "date_", default=lambda: dt.date.today().isoformat(), show_default="today",
                     help="ISO date of the decision."),
        click.option("--entity", type=click.Choice(["auto", "technology", "person", "act"]), default="auto",
                     show_default=True, help="What the ids name; auto: tech:… technology, person:… person, else act.")
        if with_entity else click.option("--entity", hidden=True, default="technology"),
        click.option("--file", "file_", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_FILE,
                     show_default=True, help="Curation file to append to."),
        click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT, show_default=True,
                     help="Knowledge base whose current release the ids are checked against."),
        click.option("--force", is_flag=True, help="Write even when an id is not in the current release."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _tech_only(f: Callable) -> Callable:
    return _common(f, with_entity=False)


@click.group("curate")
def curate() -> None:
    """Correct the technology taxonomy (and persons, normative acts) by hand.

    Each command appends one decision, with who/when/why, to corpus/curation.yaml; the next
    'edukb build' applies every decision of that file, in order, after extraction — so the
    corrections survive every rebuild. Ids are those of the current release
    (edukb query "SELECT tech_id, label_kk, label_ru FROM technologies").

    \b
    Start with:  edukb curate candidates
    Then e.g.:   edukb curate merge tech:aaa tech:bbb --reason "same technology"
    """


def _infer_entity(entity: str, ids: Sequence[str]) -> str:
    if entity != "auto":
        return entity
    first = ids[0]
    if first.startswith("tech:"):
        return "technology"
    if first.startswith("person:"):
        return "person"
    return "act"


def _current_rows(out: Path, table: str) -> Optional[list[dict[str, Any]]]:
    from edukb.publish import current_release

    current = current_release(out)
    if current is None or not (current / f"{table}.parquet").exists():
        return None
    import pyarrow.parquet as pq

    return pq.read_table(current / f"{table}.parquet").to_pylist()


def _names(out: Path, entity: str, ids: Sequence[str], force: bool) -> dict[str, str]:
    """Labels of the ids in the current release (remembered in the decision); unknown ids refused."""
    rows = _current_rows(out, _TABLE_OF[entity])
    if rows is None:
        click.echo(f"note: no current release in {out}; ids not checked", err=True)
        return {}
    col = _ID_COLUMN[entity]
    names: dict[str, str] = {}
    for r in rows:
        rid = r.get(col)
        if rid in ids and rid not in names:
            if entity == "technology":
                names[rid] = " / ".join(x for x in (r.get("label_kk"), r.get("label_ru")) if x)
            else:
                names[rid] = str(r.get("name") or r.get("title") or r.get("surface") or "")
    missing = [i for i in ids if i not in names]
    if missing and not force:
        raise click.ClickException(
            f"not in the current release's {_TABLE_OF[entity]}: {', '.join(missing)} "
            f"(check the id with 'edukb query', or write it anyway with --force)")
    return {k: v for k, v in names.items() if v}


def _existing(path: Path) -> str:
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    try:
        parse_decisions(text, str(path))
    except CurationFileError as exc:
        raise click.ClickException(f"fix the curation file first: {exc}") from None
    return text


def append_decision(path: Path, decision: Decision) -> int:
    """Append one decision to the file (created with a header if new); returns its line."""
    text = _existing(path)
    if not text:
        text = HEADER
    if not text.endswith("\n"):
        text += "\n"
    text += "\n"
    line = text.count("\n") + 1
    text += format_decision(decision)
    parse_decisions(text, str(path))  # what we write must load
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return line


def _write(decision: Decision, file_: Path) -> None:
    line = append_decision(file_, decision)
    click.echo(f"{decision.action} written to {file_}, line {line}; run 'edukb build' to apply it")


def _decision(action: str, entity: str, target: str, author: str, date_: str, reason: str, out: Path, force: bool,
              others: Sequence[str] = (), **fields: Any) -> Decision:
    try:
        date_ = dt.date.fromisoformat(date_).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{date_}' is not an ISO date (2025-03-14)", param_hint="--date") from None
    if not author.strip() or not reason.strip():
        raise click.UsageError("--author and --reason must not be empty")
    names = _names(out, entity, [target, *others], force)
    return Decision(action=action, entity=entity, id=target, others=tuple(others), author=author.strip(),
                    date=date_, reason=reason.strip(), names=tuple(sorted(names.items())), **fields)


@curate.command()
@click.argument("keep")
@click.argument("others", nargs=-1, required=True)
@_common
def merge(keep: str, others: tuple[str, ...], reason: str, author: str, date_: str, entity: str, file_: Path,
          out: Path, force: bool) -> None:
    """Fold OTHERS into KEEP: one concept, the others' names become its alternative labels.

    Works for technologies (tech:…), persons (person:…) and normative acts (act_key).
    """
    entity = _infer_entity(entity, [keep, *others])
    if keep in others:
        raise click.UsageError(f"{keep} cannot be merged with itself")
    _write(_decision("merge", entity, keep, author, date_, reason, out, force, others), file_)


@curate.command()
@click.argument("target")
@_common
def reject(target: str, reason: str, author: str, date_: str, entity: str, file_: Path, out: Path, force: bool) -> None:
    """Remove a false positive (its rows stay visible in the curation_log table)."""
    _write(_decision("reject", _infer_entity(entity, [target]), target, author, date_, reason, out, force), file_)


@curate.command()
@click.argument("target")
@click.option("--kk", "label_kk", help="Preferred Kazakh name.")
@click.option("--ru", "label_ru", help="Preferred Russian name.")
@_tech_only
def label(target: str, label_kk: Optional[str], label_ru: Optional[str], reason: str, author: str, date_: str,
          entity: str, file_: Path, out: Path, force: bool) -> None:
    """Set the preferred Kazakh and/or Russian name of a technology (the old one becomes an alt label)."""
    if not (label_kk or label_ru):
        raise click.UsageError("give --kk, --ru or both")
    _write(_decision("label", "technology", target, author, date_, reason, out, force,
                     label_kk=label_kk, label_ru=label_ru), file_)


@curate.command("alt-label")
@click.argument("target")
@click.argument("labels", nargs=-1, required=True)
@_tech_only
def alt_label(target: str, labels: tuple[str, ...], reason: str, author: str, date_: str, entity: str, file_: Path,
              out: Path, force: bool) -> None:
    """Add other names (spellings, abbreviations) of a technology: published as skos:altLabel."""
    _write(_decision("alt_label", "technology", target, author, date_, reason, out, force,
                     alt_labels=tuple(labels)), file_)


@curate.command()
@click.argument("target")
@click.option("--class-kk", help="Class in the classification, in Kazakh ('' clears it).")
@click.option("--class-ru", help="Class in the classification, in Russian ('' clears it).")
@click.option("--kind", type=click.Choice(["pedagogical_technology", "method", "software"]), help="Kind of the concept.")
@_tech_only
def classify(target: str, class_kk: Optional[str], class_ru: Optional[str], kind: Optional[str], reason: str,
             author: str, date_: str, entity: str, file_: Path, out: Path, force: bool) -> None:
    """Set or change the class (and/or kind) of a technology."""
    if class_kk is None and class_ru is None and kind is None:
        raise click.UsageError("give --class-kk, --class-ru or --kind")
    _write(_decision("classify", "technology", target, author, date_, reason, out, force,
                     class_kk=class_kk, class_ru=class_ru, kind=kind), file_)


@curate.command()
@click.argument("target")
@click.option("--surface", "surfaces", multiple=True, help="Mention text (as written; case and quotes ignored) that goes to the new concept. Repeatable.")
@click.option("--mention", "mentions", multiple=True, help="mention_id that goes to the new concept. Repeatable.")
@click.option("--kk", "label_kk", help="Kazakh name of the new concept (default: its most frequent Kazakh mention).")
@click.option("--ru", "label_ru", help="Russian name of the new concept (default: its most frequent Russian mention).")
@_tech_only
def split(target: str, surfaces: tuple[str, ...], mentions: tuple[str, ...], label_kk: Optional[str],
          label_ru: Optional[str], reason: str, author: str, date_: str, entity: str, file_: Path, out: Path,
          force: bool) -> None:
    """Split a concept that wrongly joined two: the given mentions become a new concept."""
    if not (surfaces or mentions):
        raise click.UsageError("give --surface or --mention (what goes to the new concept)")
    d = _decision("split", "technology", target, author, date_, reason, out, force,
                  surfaces=tuple(surfaces), mentions=tuple(mentions), label_kk=label_kk, label_ru=label_ru)
    _write(d, file_)
    click.echo(f"the new concept's id will be {split_id(d)}")


@curate.command()
@click.argument("first")
@click.argument("others", nargs=-1, required=True)
@_common
def distinct(first: str, others: tuple[str, ...], reason: str, author: str, date_: str, entity: str, file_: Path,
             out: Path, force: bool) -> None:
    """Record that similar-looking concepts are different, so 'candidates' stops proposing them."""
    entity = _infer_entity(entity, [first, *others])
    _write(_decision("distinct", entity, first, author, date_, reason, out, force, others), file_)


@curate.command()
@click.option("--file", "file_", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_FILE, show_default=True)
def check(file_: Path) -> None:
    """Validate the curation file (the build refuses a malformed one) and count its decisions."""
    if not file_.exists():
        click.echo(f"{file_}: no curation file (nothing to apply)")
        return
    try:
        decisions = load_decisions(file_)
    except CurationFileError as exc:
        raise click.ClickException(str(exc)) from None
    from collections import Counter

    counts = Counter(d.action for d in decisions)
    summary = ", ".join(f"{a} {n}" for a, n in sorted(counts.items())) or "none"
    click.echo(f"{file_}: {len(decisions)} decision(s) ({summary})")


_TITLES = {
    "near_duplicate": "Near-duplicates (merge, or mark distinct)",
    "low_confidence": "Low confidence (check; reject if false)",
    "no_class": "Technologies without a class",
    "no_translation": "Technologies named in one language only",
}


@curate.command()
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT, show_default=True,
              help="Knowledge base whose current release is reviewed.")
@click.option("--file", "file_", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_FILE, show_default=True,
              help="Curation file ('distinct' decisions there are not proposed again).")
@click.option("--min-confidence", default=0.6, show_default=True, help="Rows below this confidence are listed.")
@click.option("--similarity", default=90.0, show_default=True, help="Fuzzy similarity (0–100) from which names are near-duplicates.")
@click.option("--limit", default=20, show_default=True, help="Items per section (0: all).")
@click.option("--reason", "reasons", multiple=True,
              type=click.Choice(["near_duplicate", "low_confidence", "no_class", "no_translation"]),
              help="Only these sections (repeatable).")
def candidates(out: Path, file_: Path, min_confidence: float, similarity: float, limit: int,
               reasons: tuple[str, ...]) -> None:
    """List what most needs a person's eye in the current release, with the command to fix each."""
    from edukb.publish import current_release

    current = current_release(out)
    if current is None:
        raise click.ClickException(f"no knowledge base in {out}; run 'edukb build' first")
    tables = {name: _current_rows(out, name) or [] for name in ("technologies", "persons", "normative_acts")}
    decisions: list[Decision] = []
    if file_.exists():
        try:
            decisions = load_decisions(file_)
        except CurationFileError as exc:
            raise click.ClickException(str(exc)) from None
    found = review_candidates(tables, decisions, min_confidence=min_confidence, threshold=similarity)
    shown = 0
    for reason in _TITLES:
        if reasons and reason not in reasons:
            continue
        items = [c for c in found if c.reason == reason]
        if not items:
            continue
        click.echo(f"\n{_TITLES[reason]}: {len(items)}")
        for c in items[: limit or None]:
            click.echo(f"  [{c.entity}] " + "  ⟷  ".join(f"{i} «{lab}»" for i, lab in zip(c.ids, c.labels)))
            click.echo(f"      {c.detail}")
            click.echo("      " + c.fix)
            shown += 1
        if limit and len(items) > limit:
            click.echo(f"  … {len(items) - limit} more (--limit 0 shows all)")
    if not shown:
        click.echo("nothing to review")
    sys.stdout.flush()
