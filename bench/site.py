"""Page-load benchmark of the release site at N× the corpus (default 50×), in headless Chromium.

    python3 -m bench.site                       # synthetic kk/ru corpus, replicated 50×
    python3 -m bench.site --from outputs/kb/current --replicas 50   # a real release, replicated

It writes the site with :func:`edukb.site.write_site`, then opens ``index.html`` from file://
and reports: time to the app's ``edukb-ready`` mark (data parsed, first view drawn),
DOMContentLoaded and load, the time to show the evidence of the most-mentioned technology (one
chunk loaded on demand) and the time to the first full-text search results (search chunk).
The synthetic rows are also what tests/test_site*.py use, so the tests do not depend on the
technology extractor's output.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

Rows = list[dict[str, Any]]

CHROMIUM = os.environ.get("EDUKB_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("EDUKB_CHROMEDRIVER", "/usr/bin/chromedriver")
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000")

# (class_kk, class_ru) → [(label_kk, label_ru, kind)]; real names of the field, written for the fixture
TAXONOMY: dict[tuple[str, str], list[tuple[str, str, str]]] = {
    ("Интерактивті оқыту әдістері", "Интерактивные методы обучения"): [
        ("кейс әдісі", "метод кейсов", "method"),
        ("миға шабуыл әдісі", "мозговой штурм", "method"),
        ("топтық жұмыс әдісі", "метод групповой работы", "method"),
        ("жобалау әдісі", "метод проектов", "method"),
        ("рөлдік ойын", "ролевая игра", "method"),
        ("пікірсайыс әдісі", "метод дебатов", "method"),
    ],
    ("Дамыта оқыту технологиялары", "Технологии развивающего обучения"): [
        ("деңгейлеп оқыту технологиясы", "технология уровневой дифференциации", "pedagogical_technology"),
        ("сын тұрғысынан ойлауды дамыту технологиясы", "технология развития критического мышления", "pedagogical_technology"),
        ("модульдік оқыту технологиясы", "технология модульного обучения", "pedagogical_technology"),
        ("проблемалық оқыту технологиясы", "технология проблемного обучения", "pedagogical_technology"),
        ("шоғырландырып оқыту технологиясы", "технология концентрированного обучения", "pedagogical_technology"),
    ],
    ("Тұлғаға бағытталған технологиялар", "Личностно-ориентированные технологии"): [
        ("ынтымақтастықта оқыту технологиясы", "технология обучения в сотрудничестве", "pedagogical_technology"),
        ("саралап оқыту технологиясы", "технология дифференцированного обучения", "pedagogical_technology"),
        ("портфолио технологиясы", "технология портфолио", "pedagogical_technology"),
        ("", "технология педагогической мастерской", "pedagogical_technology"),
    ],
    ("Ақпараттық-коммуникациялық технологиялар", "Информационно-коммуникационные технологии"): [
        ("қашықтықтан оқыту технологиясы", "технология дистанционного обучения", "pedagogical_technology"),
        ("электрондық оқыту", "электронное обучение", "pedagogical_technology"),
        ("Moodle", "Moodle", "software"),
        ("интерактивті тақта", "интерактивная доска", "software"),
        ("Kahoot", "Kahoot", "software"),
        ("Google Classroom", "Google Classroom", "software"),
    ],
    ("Бағалау технологиялары", "Технологии оценивания"): [
        ("критериалды бағалау технологиясы", "технология критериального оценивания", "pedagogical_technology"),
        ("қалыптастырушы бағалау", "формативное оценивание", "method"),
        ("рефлексия әдісі", "", "method"),
    ],
}

KK_SENT = (
    "Сабақта {x} қолдану оқушылардың танымдық белсенділігін арттырады.",
    "Мұғалім {x} арқылы оқушылардың өзіндік жұмысын ұйымдастырады.",
    "Зерттеу нәтижесінде {x} тиімділігі дәлелденді.",
    "Әдістемелік кабинет педагогтарға {x} бойынша кеңес береді.",
    "Біз {x} мен ойын элементтерін бірге пайдаландық.",
)
RU_SENT = (
    "На уроках учитель применяет «{x}» для развития самостоятельности учащихся.",
    "Опыт школ показал, что {x} повышает качество знаний.",
    "Методический кабинет проводит семинары по теме «{x}».",
    "В рамках курсов педагоги освоили {x} и приёмы рефлексии.",
    "Результаты эксперимента подтверждают эффективность подхода «{x}».",
)
KK_FILLER = ("Білім беру жүйесін жаңғырту – заман талабы.", "Оқушының жеке ерекшеліктері ескеріледі.")
RU_FILLER = ("Модернизация образования требует новых подходов.", "Учитываются индивидуальные особенности ученика.")
TASKS = [
    ("task", "педагогтарға әдістемелік көмек көрсету;", "оказание методической помощи педагогам;"),
    ("task", "озық педагогикалық тәжірибені жинақтау және тарату;", "обобщение и распространение передового педагогического опыта;"),
    ("function", "біліктілікті арттыру курстарын ұйымдастыру;", "организация курсов повышения квалификации;"),
    ("expected_result", "педагогтардың кәсіби құзыреттілігінің артуы;", "рост профессиональной компетентности педагогов;"),
    ("principle", "ғылымилық және жүйелілік;", "научность и системность;"),
]
CRITERIA = [
    ("expertise_criteria", "инновациялық жобаның өзектілігі;", "актуальность инновационного проекта;"),
    ("application_contents", "жобаның күнтізбелік жоспары;", "календарный план проекта;"),
    ("early_termination", "жоба бойынша жұмыстың тоқтатылуы;", "прекращение работы по проекту;"),
    ("reporting", "жыл сайынғы есепті ұсыну;", "представление ежегодного отчёта;"),
]
ACTS = [
    ("kk", "«Білім туралы» Қазақстан Республикасының Заңы", "law", "law||education", "Білім туралы"),
    ("ru", "Закон Республики Казахстан «Об образовании»", "law", "law||education", "Об образовании"),
    ("ru", "приказ МОН РК от 31 октября 2018 года № 604", "order", "order|2018-10-31|604", ""),
]
PERSONS = [("kk", "Ж.Қараев", "Ж. Қараев"), ("ru", "Ж.Караева", "Ж. Караев"), ("ru", "В.В.Давыдов", "В. В. Давыдов")]


def _tid(kk: str, ru: str) -> str:
    return "tech:" + hashlib.sha1(f"{kk}|{ru}".encode()).hexdigest()[:12]


def synthetic_tables(mentions_per_doc: int = 120) -> dict[str, Rows]:
    """One small corpus (two kk, two ru, one kk+ru handbook, one failed file) with every table."""
    docs_spec = [("s000", "kk", "Инновациялық технологиялар сабақта"), ("s001", "kk", "Жаңартылған білім мазмұны"),
                 ("s002", "ru", "Инновационные технологии в школе"), ("s003", "ru", "Методическая служба региона"),
                 ("s004", "kk+ru", "Әдістемелік ұсынымдар / Методические рекомендации")]
    techs = [(c, kk, ru, kind) for c, items in TAXONOMY.items() for kk, ru, kind in items]
    documents, sentences, mentions, tasks, criteria, acts, persons = [], [], [], [], [], [], []
    for n, (doc_id, langs, title) in enumerate(docs_spec):
        offset, k = 0, 0
        blocks = []
        lang_seq = ["kk", "ru"] if langs == "kk+ru" else [langs]
        for lang in lang_seq:
            for j in range(mentions_per_doc // len(lang_seq)):
                c, kk, ru, _ = techs[(j * 7 + n * 3) % len(techs)]
                label = kk if lang == "kk" else ru
                if not label:
                    label = ru or kk
                    lang_m = "ru" if ru else "kk"
                else:
                    lang_m = lang
                tpl = (KK_SENT if lang_m == "kk" else RU_SENT)[j % 5]
                text = tpl.format(x=label)
                bid = f"{doc_id}:b{k}"
                sid = f"{bid}:s0"
                start = text.index(label)
                page = 1 + k // 12
                sentences.append({"sent_id": sid, "doc_id": doc_id, "block_id": bid, "lang": lang_m, "text": text,
                                  "page": page, "char_start": offset, "char_end": offset + len(text)})
                mentions.append({"mention_id": f"{sid}:t{offset + start}", "tech_id": _tid(kk, ru), "doc_id": doc_id,
                                 "sent_id": sid, "block_id": bid, "lang": lang_m, "surface": label, "page": page,
                                 "char_start": offset + start, "char_end": offset + start + len(label),
                                 "extractor": "synthetic", "confidence": 0.9 if j % 3 else 0.7})
                blocks.append(text)
                offset += len(text) + 1
                k += 1
                filler = (KK_FILLER if lang == "kk" else RU_FILLER)[j % 2]
                sentences.append({"sent_id": f"{doc_id}:b{k}:s0", "doc_id": doc_id, "block_id": f"{doc_id}:b{k}",
                                  "lang": lang, "text": filler, "page": page, "char_start": offset,
                                  "char_end": offset + len(filler)})
                offset += len(filler) + 1
                k += 1
        if langs == "kk+ru":
            for table, spec, out, col in (("cabinet_tasks", TASKS, tasks, "kind"), ("platform_criteria", CRITERIA, criteria, "section")):
                for rep in range(4):
                    for pos, (group, kk, ru) in enumerate(spec, 1):
                        ik, ir = f"{doc_id}:b{k}", f"{doc_id}:b{k + 1}"
                        for iid, pid, lang, text, title_ in ((ik, ir, "kk", kk, "Әдістемелік кабинеттің міндеттері:"),
                                                             (ir, ik, "ru", ru, "Задачи методического кабинета:")):
                            row = {"item_id": iid, "doc_id": doc_id, "block_id": iid, "lang": lang, "list_title": title_,
                                   col: group, "position": pos, "text": text, "parallel_item_id": pid,
                                   "page": 3 + rep, "char_start": offset, "char_end": offset + len(text),
                                   "extractor": "synthetic", "confidence": 0.9}
                            out.append(row)
                            offset += len(text) + 1
                        k += 2
        for j, (lang, surface, type_, key, title_) in enumerate(ACTS):
            if lang in langs:
                acts.append({"act_id": f"{doc_id}:a{j}", "doc_id": doc_id, "sent_id": f"{doc_id}:b{j * 2}:s0", "lang": lang,
                             "surface": surface, "type": type_, "issuer": "МОН РК" if type_ == "order" else "",
                             "date": key.split("|")[1] or None, "number": "604" if type_ == "order" else None,
                             "title": title_, "act_key": key, "page": 1, "char_start": j, "char_end": j + len(surface),
                             "extractor": "synthetic", "confidence": 0.8})
        for j, (lang, surface, name) in enumerate(PERSONS):
            if lang in langs:
                persons.append({"mention_id": f"{doc_id}:p{j}", "person_id": "person:" + name.split()[-1][:5],
                                "name": name, "surface": surface, "doc_id": doc_id, "sent_id": None, "lang": lang,
                                "page": 1, "char_start": j, "char_end": j + len(surface),
                                "extractor": "synthetic", "confidence": 0.8})
        documents.append({"doc_id": doc_id, "title": title, "source_file": f"{doc_id}.txt", "format": "txt",
                          "kind": "handbook" if langs == "kk+ru" else "article", "year": 2020 + n,
                          "sha256": hashlib.sha256(title.encode()).hexdigest(), "languages": langs.replace("+", ";"),
                          "n_pages": 1 + k // 12, "n_chars": offset, "n_blocks": k, "encoding": "utf-8",
                          "status": "ok", "error": None})
    documents.append({"doc_id": "s005", "title": None, "source_file": "s005.pdf", "format": "pdf", "kind": None,
                      "sha256": "0" * 64, "languages": "", "status": "failed",
                      "error": "s005.pdf: encrypted PDF, no text layer"})
    counts: dict[str, tuple[int, set]] = {}
    for m in mentions:
        n_, d_ = counts.get(m["tech_id"], (0, set()))
        counts[m["tech_id"]] = (n_ + 1, d_ | {m["doc_id"]})
    technologies = [{"tech_id": _tid(kk, ru), "label_kk": kk or None, "label_ru": ru or None,
                     "alt_labels": "кейс-стади" if ru == "метод кейсов" else None, "kind": kind,
                     "class_kk": c[0], "class_ru": c[1], "author": None,
                     "n_mentions": counts.get(_tid(kk, ru), (0, set()))[0],
                     "n_docs": len(counts.get(_tid(kk, ru), (0, set()))[1]), "confidence": 0.9}
                    for c, kk, ru, kind in techs]
    return {"documents": documents, "sentences": sentences, "technologies": technologies,
            "technology_mentions": mentions, "cabinet_tasks": tasks, "platform_criteria": criteria,
            "normative_acts": acts, "persons": persons}


ID_FIELDS = ("doc_id", "block_id", "sent_id", "mention_id", "item_id", "parallel_item_id", "act_id",
             "src_id", "tgt_id", "src_doc_id", "tgt_doc_id")


def replicate(tables: dict[str, Rows], n: int) -> dict[str, Rows]:
    """n copies of a corpus as n× as many documents: every id that starts with a doc_id gets the
    copy's suffix; technologies, people and acts stay shared, as they would in a bigger corpus."""
    if n <= 1:
        return tables
    doc_ids = sorted({r["doc_id"] for r in tables.get("documents", [])}, key=len, reverse=True)

    def rename(v: Any, k: int) -> Any:
        if isinstance(v, str):
            for d in doc_ids:
                if v == d or v.startswith(d + ":"):
                    return f"{d}~{k}" + v[len(d):]
        return v

    out: dict[str, Rows] = {}
    for name, rows in tables.items():
        if name == "technologies" or not rows or "doc_id" not in rows[0] and "src_id" not in rows[0] and "sent_id" not in rows[0]:
            out[name] = list(rows)
            continue
        copies = []
        for k in range(n):
            for r in rows:
                c = {f: (rename(v, k) if f in ID_FIELDS else v) for f, v in r.items()}
                if name == "documents":
                    c["title"] = f"{r.get('title') or r['doc_id']} [{k + 1}/{n}]"
                    c["sha256"] = hashlib.sha256(f"{r.get('sha256')}{k}".encode()).hexdigest()
                copies.append(c)
        out[name] = copies
    if "technologies" in out and "technology_mentions" in out:
        counts: dict[str, list] = {}
        for m in out["technology_mentions"]:
            counts.setdefault(m["tech_id"], [0, set()])
            counts[m["tech_id"]][0] += 1
            counts[m["tech_id"]][1].add(m["doc_id"])
        out["technologies"] = [{**t, "n_mentions": counts.get(t["tech_id"], [0])[0],
                                "n_docs": len(counts.get(t["tech_id"], [0, ()])[1])} for t in out["technologies"]]
    return out


def changes_for(tables: dict[str, Rows], release: str = "bench") -> dict:
    return {"release": release, "previous_release": None,
            "cause": {"documents_added": [r["doc_id"] for r in tables.get("documents", [])],
                      "documents_removed": [], "documents_changed": []},
            "tables": {n: {"added": len(r), "removed": 0, "changed": 0, "added_ids": [], "removed_ids": [],
                           "changed_ids": []} for n, r in tables.items()}}


def read_release(folder: Path) -> tuple[dict[str, Rows], dict]:
    import pyarrow.parquet as pq

    tables = {p.stem: pq.read_table(p).to_pylist() for p in sorted(Path(folder).glob("*.parquet"))
              if p.stem != "tokens"}
    changes_file = Path(folder) / "changes.json"
    changes = json.loads(changes_file.read_text(encoding="utf-8")) if changes_file.exists() else {}
    return tables, changes


def browser_available() -> Optional[str]:
    """None when headless Chromium can be driven here, else why not (tests skip with this)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install 'selenium>=4.15,<5')"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            return f"{path} is missing (apt-get install -y chromium chromium-driver)"
    return None


def chromium(profile: Path):
    """Headless Debian Chromium through its chromedriver; no browser download, no network."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in CHROME_FLAGS + (f"--user-data-dir={profile}",):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


def wait_for(driver, script: str, timeout: float = 15.0, step: float = 0.02) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = driver.execute_script(script)
        if value or time.monotonic() > end:
            return value
        time.sleep(step)


READY_MS = ("var m = performance.getEntriesByName('edukb-ready')[0];"
            "var n = performance.getEntriesByType('navigation')[0];"
            "return m && n && n.loadEventEnd ? [m.startTime, n.domContentLoadedEventEnd, n.loadEventEnd] : null;")


def measure(index_html: Path, runs: int = 3) -> dict[str, Any]:
    """Median timings over ``runs`` cold page loads (a fresh tab each time; files are in the OS cache)."""
    profile = Path(tempfile.mkdtemp(prefix="edukb-chromium-"))
    driver = chromium(profile)
    url = index_html.resolve().as_uri()
    ready, dcl, load, evidence, search = [], [], [], [], []
    try:
        for _ in range(runs):
            driver.get("about:blank")
            driver.get(url)
            r = wait_for(driver, f"{READY_MS}")
            ready.append(r[0]); dcl.append(r[1]); load.append(r[2])
            top = driver.execute_script(
                "var b=0; EDUKB_DATA.techs.forEach(function(t,i){ if(t.n>EDUKB_DATA.techs[b].n) b=i; }); return EDUKB_DATA.techs[b].id;")
            t0 = driver.execute_script("window.__t0 = performance.now(); location.hash = '#tech/' + encodeURIComponent(arguments[0]); return 0;", top)
            evidence.append(wait_for(driver, "return document.querySelector('#evidence ol.evidence li') ? performance.now() - window.__t0 : null;"))
            driver.execute_script("window.__t0 = performance.now(); var q = document.getElementById('q'); q.value = 'технология'; q.dispatchEvent(new Event('input'));")
            search.append(wait_for(driver, "return document.querySelector('#search-text .hits') ? performance.now() - window.__t0 : null;"))
            del t0
        errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        counts = driver.execute_script("return [EDUKB_DATA.docs.length, EDUKB_DATA.techs.length, "
                                       "EDUKB_DATA.techs.reduce(function(a,t){return a+t.n;},0)];")
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    med = lambda xs: round(statistics.median(xs), 1)  # noqa: E731
    return {"documents": counts[0], "technologies": counts[1], "mentions": counts[2],
            "ready_ms": med(ready), "dom_content_loaded_ms": med(dcl), "load_ms": med(load),
            "evidence_ms": med(evidence), "search_ms": med(search, ) if search else None,
            "console_errors": len(errors), "runs": runs}


def site_size(folder: Path) -> dict[str, Any]:
    site = folder / "site"
    chunks = list((site / "chunks").glob("*.js"))
    return {"index_html_kb": round((folder / "index.html").stat().st_size / 1024, 1),
            "data_js_kb": round((site / "data.js").stat().st_size / 1024, 1),
            "chunks": len(chunks), "chunks_total_kb": round(sum(p.stat().st_size for p in chunks) / 1024, 1),
            "largest_chunk_kb": round(max((p.stat().st_size for p in chunks), default=0) / 1024, 1)}


def main(argv: Optional[list[str]] = None) -> dict:
    from edukb.site import write_site

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--replicas", type=int, default=50)
    ap.add_argument("--from", dest="source", type=Path, help="a release folder to replicate instead of synthetic rows")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, help="where to write the site (default: a temporary folder)")
    args = ap.parse_args(argv)
    if args.source:
        base, _ = read_release(args.source)
    else:
        base = synthetic_tables()
    tables = replicate(base, args.replicas)
    out = args.out or Path(tempfile.mkdtemp(prefix="edukb-site-"))
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    index = write_site(out, tables, changes_for(tables))
    write_s = time.perf_counter() - t0
    report = {"source": str(args.source or "synthetic"), "replicas": args.replicas,
              "rows": {n: len(r) for n, r in tables.items()}, "write_site_s": round(write_s, 2), **site_size(out)}
    why = browser_available()
    report.update(measure(index, args.runs) if why is None else {"browser": why})
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if not args.out:
        shutil.rmtree(out, ignore_errors=True)
    return report


if __name__ == "__main__":
    main()
