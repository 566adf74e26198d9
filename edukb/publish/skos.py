"""``taxonomy.ttl``: the technology taxonomy as SKOS (rdflib).

One ConceptScheme; each class of the corpus's classification is a top concept, each technology a
concept with ``broader`` its class; Kazakh and Russian names are ``prefLabel``s tagged ``@kk`` /
``@ru``, other names and spellings ``altLabel``s.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Mapping, Sequence

BASE = "urn:edukb:"


def _class_id(class_kk: str | None, class_ru: str | None) -> str:
    key = f"{(class_kk or '').lower()}|{(class_ru or '').lower()}"
    return "class-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def build_graph(technologies: Sequence[Mapping[str, Any]], release_id: str):
    from rdflib import RDF, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, SKOS

    g = Graph()
    ns = Namespace(BASE)
    g.bind("skos", SKOS)
    g.bind("dct", DCTERMS)
    g.bind("edukb", ns)
    scheme = URIRef(BASE + "taxonomy")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, DCTERMS.title, Literal("Педагогикалық технологиялар / Педагогические технологии", lang="ru")))
    g.add((scheme, DCTERMS.identifier, Literal(release_id)))
    classes: dict[str, URIRef] = {}
    for t in technologies:
        concept = ns[f"tech-{t['tech_id']}"]
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.inScheme, scheme))
        g.add((concept, SKOS.notation, Literal(t["tech_id"])))
        if t.get("label_kk"):
            g.add((concept, SKOS.prefLabel, Literal(t["label_kk"], lang="kk")))
        if t.get("label_ru"):
            g.add((concept, SKOS.prefLabel, Literal(t["label_ru"], lang="ru")))
        for alt in filter(None, (t.get("alt_labels") or "").split(";")):
            alt = alt.strip()
            if alt and alt not in (t.get("label_kk"), t.get("label_ru")):
                g.add((concept, SKOS.altLabel, Literal(alt, lang=_guess_lang(alt))))
        if t.get("kind"):
            g.add((concept, DCTERMS.type, Literal(t["kind"])))
        if t.get("class_kk") or t.get("class_ru"):
            cid = _class_id(t.get("class_kk"), t.get("class_ru"))
            cls = classes.get(cid)
            if cls is None:
                cls = classes[cid] = ns[cid]
                g.add((cls, RDF.type, SKOS.Concept))
                g.add((cls, SKOS.inScheme, scheme))
                g.add((cls, SKOS.topConceptOf, scheme))
                g.add((scheme, SKOS.hasTopConcept, cls))
                if t.get("class_kk"):
                    g.add((cls, SKOS.prefLabel, Literal(t["class_kk"], lang="kk")))
                if t.get("class_ru"):
                    g.add((cls, SKOS.prefLabel, Literal(t["class_ru"], lang="ru")))
            g.add((concept, SKOS.broader, cls))
            g.add((cls, SKOS.narrower, concept))
        else:
            g.add((concept, SKOS.topConceptOf, scheme))
            g.add((scheme, SKOS.hasTopConcept, concept))
    return g


def _guess_lang(text: str) -> str:
    if any(c in "әғқңөұүһіӘҒҚҢӨҰҮҺІ" for c in text):
        return "kk"
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "ru"
    return "en"


def write_taxonomy(folder: Path, technologies: Sequence[Mapping[str, Any]], release_id: str) -> Path:
    path = folder / "taxonomy.ttl"
    build_graph(technologies, release_id).serialize(destination=str(path), format="turtle", encoding="utf-8")
    return path
