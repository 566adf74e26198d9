"""The ``edukb`` command line: a thin skin over :mod:`edukb.build` and the release readers."""
from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import click

from edukb import __version__

DEFAULT_CORPUS = Path("corpus")
DEFAULT_OUT = Path("outputs/kb")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edukb")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does (to stderr).")
def main(verbose: bool) -> None:
    """edukb: turn Kazakh and Russian guidance documents on innovation in education into a
    versioned knowledge base (CSV + Parquet tables) under OUT/current/.

    \b
    Typical use:
      edukb build                      # corpus/ → outputs/kb/current/
      edukb add new_regulation.pdf     # copy into corpus/ and update
      edukb status                     # corpus, releases, last build
    """
    _setup_logging(verbose)


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_CORPUS, show_default=True, help="Folder of TXT/PDF/DOCX documents (and an optional manifest.csv).")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT, show_default=True, help="Output folder; releases go to OUT/releases/<id>/, OUT/current points to the newest.")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Show a progress bar.")
@click.option("--runner", type=click.Choice(["local", "dask", "none"]), default="local", show_default=True,
              help="local: Prefect flow in this process, cached per document across runs (an unchanged document costs nothing); "
                   "dask: the same flow on a Dask cluster; none: plain function calls, no orchestration, no cache.")
@click.option("--dask-address", default=None, metavar="ADDR", help="Scheduler of an existing Dask cluster (tcp://host:8786); without it --runner dask starts a local cluster.")
@click.option("--force", is_flag=True, help="Publish a new release even when nothing changed since the current one.")
@click.option("--in-flight", type=click.IntRange(min=1), default=None, metavar="N",
              help="Documents processed at once by the flow [default: 1 with --runner local, where Python threads share "
                   "one core and each document in flight holds its memory; 4 with --runner dask: about twice the workers].")
def build(corpus: Path, out: Path, progress: bool, runner: str, dask_address: str | None, force: bool = False,
          in_flight: int | None = None) -> None:
    """Build (or incrementally update) the knowledge base of a folder of documents.

    Every document is read, normalized, split into sentences and tagged; the corpus is then
    aligned (Kazakh ↔ Russian), entities are extracted and linked, and a new release is published
    under OUT/releases/<id>/ with OUT/current switched to it only once it is complete. A document
    that cannot be read is listed with status 'failed' and its reason; the others go on.
    """
    from edukb.build import build_knowledge_base
    from edukb.corpus import ManifestError
    from edukb.publish import BuildLockedError
    from extractors.link import CurationFileError

    def bar(items, total=None):
        if not progress:
            return items
        from tqdm import tqdm

        return tqdm(items, total=total, desc="documents", unit="doc", file=sys.stderr)

    try:
        result = build_knowledge_base(corpus, out, progress=bar, runner=runner, dask_address=dask_address, force=force,
                                      in_flight=in_flight)
    except (FileNotFoundError, ManifestError, BuildLockedError, CurationFileError) as exc:
        raise click.ClickException(str(exc)) from None
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if result.stats.get("up_to_date"):
        click.echo(f"{len(result.entries)} document(s) unchanged since the current release: nothing to do (--force rebuilds)")
        click.echo(f"knowledge base: {out / 'current'} (release {result.release_dir.name})")
        return
    ok = len(result.documents) - len(result.failed)
    click.echo(f"{ok} document(s) built, {len(result.failed)} failed")
    for d in result.failed:
        click.echo(f"  failed: {d.error}")
    stats = result.stats
    if "ingest_cached" in stats:
        click.echo(f"processed {stats['ingest_ran']} document(s), reused {stats['ingest_cached']} unchanged from the cache")
    changed = {t: c for t, c in result.changes.get("tables", {}).items() if c["added"] or c["removed"] or c["changed"]}
    if changed:
        click.echo("changes: " + ", ".join(f"{t} +{c['added']} -{c['removed']} ~{c['changed']}" for t, c in changed.items()))
    else:
        click.echo("changes: none")
    click.echo(f"knowledge base: {out / 'current'} (release {result.release_dir.name})")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--corpus", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_CORPUS, show_default=True, help="Corpus folder to copy the files into.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT, show_default=True, help="Output folder of the knowledge base.")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Show a progress bar.")
@click.option("--runner", type=click.Choice(["local", "dask", "none"]), default="local", show_default=True, help="As for 'edukb build'.")
@click.pass_context
def add(ctx: click.Context, files: tuple[Path, ...], corpus: Path, out: Path, progress: bool, runner: str) -> None:
    """Copy new documents into the corpus and update the knowledge base."""
    from extractors.read import SUPPORTED_EXTENSIONS

    corpus.mkdir(parents=True, exist_ok=True)
    for f in files:
        if f.suffix.lower() not in SUPPORTED_EXTENSIONS:
            raise click.ClickException(f"{f}: unsupported file type '{f.suffix}'; supported: {', '.join(SUPPORTED_EXTENSIONS)}")
        target = corpus / f.name
        if target.exists() and target.read_bytes() != f.read_bytes():
            raise click.ClickException(f"{target} already exists with other content; rename the new file")
        shutil.copy2(f, target)
        click.echo(f"added {f} → {target}")
    ctx.invoke(build, corpus=corpus, out=out, progress=progress, runner=runner, dask_address=None, force=False)


@main.command()
@click.argument("sql")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT, show_default=True, help="Output folder of the knowledge base.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV instead of a table.")
def query(sql: str, out: Path, as_csv: bool) -> None:
    """Run read-only SQL over the current release (DuckDB).

    \b
    Tables: documents, blocks, sentences, tokens, alignments, technologies,
    technology_mentions, cabinet_tasks, platform_criteria, normative_acts, persons.
    Example: edukb query "SELECT label_kk, label_ru, n_mentions FROM technologies ORDER BY n_mentions DESC LIMIT 10"
    Statements that change data (DROP, UPDATE, …) are refused; the files stay intact.
    """
    import csv as csv_mod

    from edukb.publish import current_release
    from edukb.publish.database import ReadOnlyQueryError, query as run_query

    current = current_release(out)
    if current is None:
        raise click.ClickException(f"no knowledge base in {out}; run 'edukb build' first")
    try:
        columns, rows = run_query(current, sql)
    except (ReadOnlyQueryError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_csv:
        w = csv_mod.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        w.writerows(rows)
        return
    from tabulate import tabulate

    click.echo(tabulate(rows, headers=columns, tablefmt="github", missingval=""))
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


@main.command()
@click.argument("table")
@click.option("--doc", "doc_id", default=None, help="Only rows of this document id.")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT, show_default=True, help="Output folder of the knowledge base.")
def review(table: str, doc_id: str | None, limit: int | None, out: Path) -> None:
    """Print extracted rows of TABLE, per document, each with the sentence it came from.

    \b
    TABLE: technology_mentions, technologies, cabinet_tasks, platform_criteria,
    normative_acts, persons, alignments (or any other table of the release).
    Example: edukb review cabinet_tasks --doc 004_bc1b1cd6b6a3df82
    """
    from edukb.publish import current_release
    from edukb.review import format_review, review_rows

    current = current_release(out)
    if current is None:
        raise click.ClickException(f"no knowledge base in {out}; run 'edukb build' first")
    try:
        for line in format_review(review_rows(current, table, doc_id, limit), table):
            click.echo(line)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_CORPUS, show_default=True)
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT, show_default=True)
def status(corpus: Path, out: Path) -> None:
    """Show the corpus, the releases and the current one."""
    from edukb.corpus import scan_corpus
    from edukb.publish import current_release, list_releases, read_table

    entries = scan_corpus(corpus) if corpus.is_dir() else []
    click.echo(f"corpus {corpus}: {len(entries)} document(s)")
    releases = list_releases(out)
    current = current_release(out)
    click.echo(f"releases in {out}: {len(releases)}; current: {current.name if current else '(none)'}")
    if current:
        docs = read_table(current, "documents").to_pylist()
        for d in docs:
            line = f"  {d['doc_id']}: {d['status']}, {d['n_blocks'] or 0} blocks, {d['n_pages'] or '-'} pages"
            if d["error"]:
                line += f" — {d['error']}"
            click.echo(line)
        changes_file = current / "changes.json"
        if changes_file.exists():
            import json

            report = json.loads(changes_file.read_text(encoding="utf-8"))
            cause = report.get("cause", {})
            click.echo(f"last build, versus {report.get('previous_release') or '(no previous release)'}:")
            for key in ("documents_added", "documents_removed", "documents_changed"):
                if cause.get(key):
                    click.echo(f"  {key.replace('_', ' ')}: {', '.join(cause[key])}")
            for name, t in report.get("tables", {}).items():
                if t["added"] or t["removed"] or t["changed"]:
                    click.echo(f"  {name}: +{t['added']} -{t['removed']} ~{t['changed']}")
        if (current / "curation_log.parquet").exists():
            log_rows = read_table(current, "curation_log").to_pylist()
            stale = [r for r in log_rows if r.get("status") != "applied"]
            applied = {r["decision_id"] for r in log_rows if r.get("status") == "applied"}
            click.echo(f"curation: {len(applied)} decision(s) applied, {len(stale)} not applied")
            for r in stale:
                click.echo(f"  {r.get('status')}: {r.get('message') or r.get('decision_id')}")


from edukb.curate import curate  # noqa: E402

main.add_command(curate)

if __name__ == "__main__":  # pragma: no cover
    main()
