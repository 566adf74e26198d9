"""Kazakh↔Russian alignment of sections, list items / table rows and sentences.

Public API: :func:`align_documents` (rows of ``TABLES["alignments"]``), :func:`align_corpus`
(the same with the learned lexicon and the intermediate structures, for benchmarks), and
:func:`split_halves`.

The aligner is hierarchical: find the Kazakh and Russian halves that translate each other
(inside one bilingual file or across two files), pair their sections by content, then align
blocks inside each section pair and sentences inside each block pair. Evidence is lexical, not
only length: numbers, list positions, Latin tokens, names, transliterated cognates and a
lexicon that the aligner bootstraps from its own confident pairs (align → harvest → realign).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence, Union

from extractors.align.halves import Half, split_halves
from extractors.align.cells import group_blocks
from extractors.align.items import ITEM_TAU, UnitBead, align_groups
from extractors.align.lexicon import Lexicon, as_mapping, harvest
from extractors.align.sections import SectionAligner, SectionPair, build_tree
from extractors.align.sentences import align_sentences
from extractors.align.signals import Unit, cosine, tfidf_vector
from extractors.align.units import Keyer
from models import Document

METHOD = "align.hier-lex"
ITERATIONS = 2
CONFIDENT = 0.5
MIN_COVERAGE = 0.25
"""Share of the Kazakh half's text in matched beads for two halves to count as translations."""


@dataclass
class PairAlignment:
    kk: Half
    ru: Half
    ratio: float
    sections: list[SectionPair] = field(default_factory=list)
    items: list[UnitBead] = field(default_factory=list)
    sentences: list[UnitBead] = field(default_factory=list)
    headings: list[UnitBead] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        tot = sum(len(b.text) for b in self.kk.blocks) or 1
        got = sum(u.nchars for b in self.items if b.matched for u in b.kk)
        return got / tot


@dataclass
class CorpusAlignment:
    pairs: list[PairAlignment]
    lexicon: Lexicon


def _ratio(kk: Half, ru: Half) -> float:
    a, b = kk.nchars, ru.nchars
    return (b / a) if a and b else 1.0


def align_halves(kk: Half, ru: Half, lexicon: Mapping[str, Sequence[str]]) -> PairAlignment:
    """Sections, items and sentences of one Kazakh half against one Russian half."""
    ratio = _ratio(kk, ru)
    kkey, rkey = Keyer(kk, lexicon), Keyer(ru, lexicon)
    sa = SectionAligner(kkey, rkey, ratio)
    sections = sa.align(build_tree(kk.blocks), build_tree(ru.blocks))
    items: list[UnitBead] = []
    sents: list[UnitBead] = []
    heads: list[UnitBead] = []

    def sentences_of(lang: str, block_id: str) -> list[Unit]:
        keyer = kkey if lang == "kk" else rkey
        block = blocks_by_id[block_id]
        ss = keyer.sentences_of(block)
        return [keyer.sentence(s, block.list_marker if n == 0 else None) for n, s in enumerate(ss)]

    blocks_by_id = {b.block_id: b for b in kk.blocks + ru.blocks}
    for sp in sections:
        if sp.kk.heading is not None and sp.ru.heading is not None:
            hb = UnitBead([kkey.block(sp.kk.heading)], [rkey.block(sp.ru.heading)], sp.score)
            heads.append(hb)
            sents.extend(align_sentences([hb], sentences_of, ratio))
        ga = [[kkey.block(b) for b in g] for g in group_blocks(sp.kk_blocks, "kk", kkey.block_sents)]
        gb = [[rkey.block(b) for b in g] for g in group_blocks(sp.ru_blocks, "ru", rkey.block_sents)]
        beads = align_groups(ga, gb, ratio, ITEM_TAU)
        items.extend(beads)
        sents.extend(align_sentences(beads, sentences_of, ratio))
    return PairAlignment(kk, ru, ratio, sections, items, sents, heads)


def _stems(units: Sequence[Unit]) -> list[str]:
    return [t.stem for u in units for t in u.toks if t.stem[:1] not in "#@"]


def harvest_lexicon(pairs: Sequence[PairAlignment], threshold: float = CONFIDENT) -> Lexicon:
    """Word pairs from the confident 1-1 pairs of every aligned half pair."""
    data = []
    for p in pairs:
        for b in list(p.headings) + list(p.sentences) + [x for x in p.items if x.matched]:
            if len(b.kk) == 1 and len(b.ru) == 1 and b.score >= threshold:
                data.append((_stems(b.kk), _stems(b.ru)))
    return harvest(data)


@dataclass(frozen=True)
class HalfProfile:
    """What deciding whether two files translate each other needs from one half: small enough
    to keep for a whole corpus while the documents themselves stay on disk."""

    doc_id: str
    lang: str
    nchars: int
    vector: Mapping[str, float]  # tf-idf of the half's lexical anchors (exact-form keys left out)


def _profile(h: Half) -> HalfProfile:
    k = Keyer(h, {})
    vec = tfidf_vector([k.block(b) for b in h.blocks])
    return HalfProfile(h.doc_id, h.lang, h.nchars, {key: v for key, v in vec.items() if key[0] != "="})


def half_profiles(doc: Document) -> list[HalfProfile]:
    return [_profile(h) for h in split_halves(doc)]


def _may_translate(a: HalfProfile, b: HalfProfile) -> bool:
    """A Kazakh and a Russian half of different files: similar size and shared anchors."""
    if a.doc_id == b.doc_id:
        return False
    r = (b.nchars / a.nchars) if a.nchars and b.nchars else 1.0
    if not 0.5 <= r <= 2.0:
        return False
    shared = a.vector.keys() & b.vector.keys()
    return cosine({k: a.vector[k] for k in shared}, {k: b.vector[k] for k in shared}, {}) >= 0.2


def translated_file_pairs(profiles: Sequence[HalfProfile]) -> list[tuple[str, str]]:
    """(Kazakh doc id, Russian doc id) of files that may translate each other: the documents
    :func:`align_documents` has to see together, found without loading them."""
    kks = [p for p in profiles if p.lang == "kk"]
    rus = [p for p in profiles if p.lang == "ru"]
    return [(a.doc_id, b.doc_id) for a in kks for b in rus if _may_translate(a, b)]


def _candidate_pairs(halves: Sequence[Half]) -> list[tuple[Half, Half]]:
    """Halves that may translate each other: the two halves of a bilingual file, and Kazakh and
    Russian texts of other files whose size and shared anchors make a translation plausible."""
    out: list[tuple[Half, Half]] = []
    by_doc: dict[str, list[Half]] = {}
    for h in halves:
        by_doc.setdefault(h.doc_id, []).append(h)
    for hs in by_doc.values():
        if len(hs) == 2 and {h.lang for h in hs} == {"kk", "ru"}:
            kk = next(h for h in hs if h.lang == "kk")
            ru = next(h for h in hs if h.lang == "ru")
            out.append((kk, ru))
    profile = {id(h): _profile(h) for h in halves}
    for a in (h for h in halves if h.lang == "kk"):
        for b in (h for h in halves if h.lang == "ru"):
            if _may_translate(profile[id(a)], profile[id(b)]):
                out.append((a, b))
    return out


def align_corpus(docs: Sequence[Document], lexicon: Union[Lexicon, Mapping[str, Sequence[str]], None] = None,
                 iterations: int = ITERATIONS) -> CorpusAlignment:
    """Align every pair of halves that translate each other; bootstrap the lexicon meanwhile."""
    halves = [h for d in docs for h in split_halves(d)]
    cands = _candidate_pairs(halves)
    seed = lexicon if isinstance(lexicon, Lexicon) else Lexicon({k: {v: 1.0 for v in vs} for k, vs in as_mapping(lexicon).items()})
    lex = seed
    pairs: list[PairAlignment] = []
    for it in range(iterations + 1):
        mapping = as_mapping(lex)
        pairs = [align_halves(kk, ru, mapping) for kk, ru in cands]
        pairs = _keep_translations(pairs)
        if it < iterations:
            lex = seed.merge(harvest_lexicon(pairs))
    return CorpusAlignment(pairs, lex)


def _keep_translations(pairs: list[PairAlignment]) -> list[PairAlignment]:
    """Drop half pairs whose alignment covers too little, and keep each half in its best pair."""
    good = sorted((p for p in pairs if p.coverage >= MIN_COVERAGE), key=lambda p: -p.coverage)
    used: set[int] = set()
    out = []
    for p in good:
        if id(p.kk) in used or id(p.ru) in used:
            continue
        used.update((id(p.kk), id(p.ru)))
        out.append(p)
    return out


def alignment_rows(result: CorpusAlignment, method: str = METHOD) -> list[dict]:
    """Rows of ``TABLES["alignments"]``: one per (Kazakh id, Russian id, level)."""
    rows: dict[tuple[str, str, str], dict] = {}

    def add(src: Unit | str, tgt: Unit | str, level: str, score: float, p: PairAlignment) -> None:
        sid = src if isinstance(src, str) else src.id
        tid = tgt if isinstance(tgt, str) else tgt.id
        key = (sid, tid, level)
        if key in rows and rows[key]["score"] >= score:
            return
        rows[key] = {"src_id": sid, "tgt_id": tid, "level": level, "src_lang": "kk", "tgt_lang": "ru",
                     "src_doc_id": p.kk.doc_id, "tgt_doc_id": p.ru.doc_id, "score": round(float(score), 4),
                     "method": method}

    for p in result.pairs:
        for sp in p.sections:
            if sp.kk.heading is not None and sp.ru.heading is not None:
                add(sp.kk.heading.block_id, sp.ru.heading.block_id, "section", sp.score, p)
        for b in p.items:
            if b.matched:
                for x in b.kk:
                    for y in b.ru:
                        add(x, y, "item", b.score, p)
        for b in p.sentences:
            for x in b.kk:
                for y in b.ru:
                    add(x, y, "sentence", b.score, p)
    return sorted(rows.values(), key=lambda r: (r["src_doc_id"], r["level"], r["src_id"], r["tgt_id"]))


def align_documents(docs: Sequence[Document], lexicon: Union[Lexicon, Mapping[str, Sequence[str]], None] = None) -> list[dict]:
    """Kazakh↔Russian alignment rows for a corpus (bilingual files and translated file pairs)."""
    return alignment_rows(align_corpus(docs, lexicon))


__all__ = ["align_documents", "align_corpus", "align_halves", "alignment_rows", "split_halves", "half_profiles",
           "translated_file_pairs", "CorpusAlignment", "HalfProfile", "PairAlignment", "Lexicon"]
