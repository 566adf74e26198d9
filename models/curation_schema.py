"""The ``curation_log`` table: what people decided about the extracted rows, and what it changed.

Curation decisions live in the corpus (``corpus/curation.yaml``) and are applied on every build
in the link stage. A rejected or merged-away row leaves its table, so this log is the only place
a reader can still see it — with who decided, when, why, and the row as it was.
"""
from __future__ import annotations

from models.schema import Field, TableSchema


CURATION_LOG = TableSchema(
    name="curation_log",
    description=(
        "Curation decisions of corpus/curation.yaml as applied to this release: one row per row a decision "
        "changed, removed or created (rejected and merged-away rows keep their content here), and one row "
        "per decision whose target no longer exists (status = stale)."
    ),
    fields=(
        Field("decision_id", "string", "stable id of the decision: hash of its content (not of its position in the file)", True),
        Field("line", "integer", "line of the decision in the curation file"),
        Field("action", "string", "merge | reject | label | alt_label | classify | split | distinct", True),
        Field("entity", "string", "technology | person | act"),
        Field("target_id", "string", "the id the decision names (tech_id, person_id or act_key)"),
        Field("status", "string", "applied | stale (the target is not in this build) | no_effect (nothing matched)", True),
        Field("row_table", "string", "table of the row the decision touched", True),
        Field("row_id", "string", "primary key (or person_id / act_key) of the row the decision touched", True),
        Field("author", "string", "who decided"),
        Field("date", "string", "ISO 8601 date of the decision"),
        Field("reason", "string", "why, in the author's words"),
        Field("before", "string", "JSON: the row (or the changed values) before the decision; the full content of a rejected or merged-away row"),
        Field("after", "string", "JSON: the changed values after the decision"),
        Field("message", "string", "one-line summary for people, naming the labels involved"),
    ),
    primary_key=("decision_id", "row_table", "row_id"),
)
