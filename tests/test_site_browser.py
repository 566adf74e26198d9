"""The release site in headless Chromium, at 50× a synthetic kk/ru corpus, from file:// and served.

Skips when Debian's chromium/chromium-driver or selenium are absent (CI installs them:
``apt-get install -y chromium chromium-driver`` and ``pip install 'selenium>=4.15,<5'``).
The screenshot lands in the test's tmp dir (path printed with -s).
"""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from bench.site import READY_MS, browser_available, changes_for, chromium, replicate, synthetic_tables, wait_for
from edukb.site import write_site

why = browser_available()
pytestmark = pytest.mark.skipif(why is not None, reason=f"headless Chromium not available: {why}")

KK_TECH = "сын тұрғысынан ойлауды дамыту технологиясы"
RU_TECH = "технология развития критического мышления"
REPLICAS = 50


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    tables = replicate(synthetic_tables(), REPLICAS)
    # curation as the curation stage publishes it: a relabelled technology (curated = true), a
    # rejected one gone from the tables but kept in the log, a stale decision; plus a row that
    # carries its own "rejected" status, so the page has something to hide
    relabelled = next(t for t in tables["technologies"] if t["label_ru"] == "ролевая игра")
    relabelled["curated"] = True
    tables["technologies"][-1]["curation_status"] = "rejected"
    tables["curation_log"] = [
        {"decision_id": "c1", "line": 2, "action": "label", "entity": "technology", "target_id": relabelled["tech_id"],
         "status": "applied", "row_table": "technologies", "row_id": relabelled["tech_id"], "author": "Айгүл",
         "date": "2025-03-14", "reason": "қазақша атауы", "message": "label «рөлдік ойын»"},
        {"decision_id": "c2", "line": 5, "action": "reject", "entity": "technology", "target_id": "tech:0000deadbeef",
         "status": "applied", "row_table": "technologies", "row_id": "tech:0000deadbeef", "author": "Ирина",
         "date": "2025-03-15", "reason": "не технология", "before": '{"label_ru": "многообразный метод"}'},
        {"decision_id": "c3", "line": 9, "action": "merge", "entity": "technology", "target_id": "tech:0000cafe0000",
         "status": "stale", "row_table": "technologies", "row_id": "tech:0000cafe0000", "author": "Ирина"},
    ]
    folder = tmp_path_factory.mktemp("site")
    write_site(folder, tables, changes_for(tables, "test-release"))
    return folder


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    d = chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield d
    d.quit()


def _severe(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def _open(driver, url: str) -> list[float]:
    driver.get("about:blank")
    driver.get(url)
    timing = wait_for(driver, READY_MS)
    assert timing, "the page never reached its ready mark"
    return timing


def _search(driver, text: str) -> None:
    """Type into the search box and wait until the full-text part (its own chunk) has answered."""
    driver.execute_script("var q=document.getElementById('q'); q.value=arguments[0]; q.dispatchEvent(new Event('input'));", text)
    if text:
        assert wait_for(driver, "return document.documentElement.getAttribute('data-searched') === arguments[0];".replace(
            "arguments[0]", repr(text)))
    else:
        assert wait_for(driver, "return document.getElementById('view-search').hidden;")


def _texts(driver, css: str) -> list[str]:
    return driver.execute_script("return Array.from(document.querySelectorAll(arguments[0])).map(function(e){return e.textContent;});", css)


def test_page_from_file(site: Path, driver, tmp_path: Path):
    timing = _open(driver, (site / "index.html").resolve().as_uri())
    print(f"\n50× page: ready {timing[0]:.0f} ms, DOMContentLoaded {timing[1]:.0f} ms, load {timing[2]:.0f} ms")
    assert timing[0] < 5000  # measured ~100 ms; only a gross regression fails here
    assert _severe(driver) == []

    # the tree: a collapsed class expands into its technologies
    classes = driver.find_elements("css selector", "#tree li.cls")
    assert len(classes) == 5
    target = classes[1]
    assert target.find_elements("css selector", "li.tech") == []
    target.find_element("css selector", ".twisty").click()
    techs = target.find_elements("css selector", "li.tech")
    assert techs and all(t.is_displayed() for t in techs)

    # a technology's evidence loads on demand, each sentence linked to its document and page
    tech_id = driver.execute_script("var want = arguments[0]; return EDUKB_DATA.techs.find(function(t){ return t.kk === want; }).id;", KK_TECH)
    driver.execute_script("location.hash = '#tech/' + encodeURIComponent(arguments[0]);", tech_id)
    assert wait_for(driver, "return document.querySelectorAll('#evidence ol.evidence li').length;") == 25
    marks = _texts(driver, "#evidence mark")
    assert KK_TECH[:20] in " ".join(marks) and any("критического мышления" in m for m in marks)
    link = driver.find_element("css selector", "#evidence .ref a")
    assert "/p" in link.get_attribute("href")
    link.click()
    assert wait_for(driver, "return !document.getElementById('view-doc').hidden && /page \\d+/.test(document.querySelector('#view-doc h2').textContent);")
    assert wait_for(driver, "return document.querySelectorAll('#doc-ev li').length;")

    # search finds a technology by its Kazakh and by its Russian name, and sentences by their text
    _search(driver, "сын тұрғысынан")
    assert any(KK_TECH in t for t in _texts(driver, "#view-search li.tech"))
    _search(driver, "критического мышления")
    hits = _texts(driver, "#view-search li.tech")
    assert any(RU_TECH in t for t in hits) and any(KK_TECH in t for t in hits)
    _search(driver, "самостоятельности учащихся")
    assert wait_for(driver, "return document.querySelectorAll('#search-text li').length;")
    _search(driver, "")

    # the language switch: only Kazakh labels, only Russian labels, then both
    driver.execute_script("location.hash = '#tech';")
    driver.find_element("css selector", "#lang-switch button[data-lang='kk']").click()
    langs = driver.execute_script("return Array.from(document.querySelectorAll('#tree li.tech > a > .lbl')).map(function(e){return e.lang;});")
    assert langs and set(langs) == {"kk"}  # a technology with no Kazakh name shows its Russian one, muted
    assert driver.execute_script("return Array.from(document.querySelectorAll('#tree li.tech > a > .lbl')).length;") == len(langs)
    driver.find_element("css selector", "#lang-switch button[data-lang='ru']").click()
    labels = driver.execute_script("return Array.from(document.querySelectorAll('#tree li.tech > a')).map(function(a){return [a.textContent, Array.from(a.querySelectorAll('.lbl')).map(function(e){return e.lang;}).join()];});")
    assert RU_TECH in [t for t, _ in labels] and KK_TECH not in " ".join(t for t, _ in labels)
    assert {lang for _, lang in labels} <= {"ru", "kk"} and "ru" in {lang for _, lang in labels}
    driver.find_element("css selector", "#lang-switch button[data-lang='both']").click()
    both = _texts(driver, "#tree li.tech > a")
    assert any(KK_TECH in t and RU_TECH in t for t in both)

    # curation marks: the relabelled technology is marked, a rejected row can be hidden
    driver.execute_script("document.querySelectorAll('#tree .twisty[aria-expanded=\"false\"]').forEach(function(b){ b.click(); });")
    assert any("ролевая игра" in t for t in _texts(driver, "#tree a.mark-edited"))
    assert driver.find_elements("css selector", "#tree a.mark-rejected")
    driver.find_element("css selector", "#f-rej").click()
    assert driver.find_elements("css selector", "#tree a.mark-rejected") == []

    # tasks with their translations beside them, loaded per document
    driver.execute_script("location.hash = '#lists';")
    driver.execute_script("document.querySelector('#view-lists details').open = true;")
    assert wait_for(driver, "return document.querySelectorAll('#view-lists table.pairs tr').length;")
    rows = _texts(driver, "#view-lists table.pairs tr")
    assert any("көмек көрсету" in r and "методической помощи" in r for r in rows)
    assert not any("методической помощи" in r and "көмек" not in r for r in rows)  # each pair once

    # the corpus page: failed documents with their reason, and the plots
    driver.execute_script("location.hash = '#corpus';")
    assert wait_for(driver, "return document.querySelectorAll('#doc-table tr.failed').length;")
    assert "encrypted PDF" in _texts(driver, "#doc-table tr.failed")[0]
    assert len(driver.find_elements("css selector", "#view-corpus svg.chart")) == 4
    decisions = _texts(driver, "#curation tbody tr")
    assert len(decisions) == 3 and "многообразный метод" in " ".join(decisions)
    assert len(driver.find_elements("css selector", "#curation tr.stale")) == 1

    driver.execute_script("location.hash = '#tech';")
    driver.find_element("css selector", "#tree li.tech a").click()  # its class stayed open
    wait_for(driver, "return document.querySelectorAll('#evidence li').length;")
    shot = tmp_path / "site.png"
    driver.save_screenshot(str(shot))
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert _severe(driver) == []


def test_page_served(site: Path, driver):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        _open(driver, f"http://127.0.0.1:{server.server_address[1]}/index.html")
        _search(driver, "кейс")
        assert any("кейс әдісі" in t for t in _texts(driver, "#view-search li.tech"))
        assert wait_for(driver, "return document.querySelectorAll('#search-text li').length;")
        assert _severe(driver) == []
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep pytest output clean
        pass
