/* edukb release browser. Plain ES2017, no libraries, no network: works from file:// and served.
 * data.js holds the pre-aggregated index (window.EDUKB_DATA); evidence sentences, list items and
 * the full-text search index live in site/chunks/*.js and are loaded by <script> injection on
 * demand (file:// forbids fetch of local files in Chromium). Views render lazily: tree children
 * on expand, list items per document when opened, long lists a page at a time. */
(function () {
  'use strict';
  var D = window.EDUKB_DATA;
  var $ = function (id) { return document.getElementById(id); };
  if (!D) { document.querySelector('main').innerHTML = '<p class="error">site/data.js is missing or broken.</p>'; return; }

  var PAGE = 50, EV_PAGE = 25, TREE_PAGE = 200;
  var KIND_FIELD = { tech: 'techKinds', lists: 'listKinds', people: 'actKinds' };
  var S = { lang: 'both', q: '', doc: '', mlang: '', cls: '', kind: '', hideRej: false, tab: 'tech',
            tech: null, openCls: {}, docPage: null, prevHash: '#tech' };
  try { var saved = localStorage.getItem('edukb.lang'); if (saved === 'kk' || saved === 'ru' || saved === 'both') S.lang = saved; } catch (e) { /* file:// may deny storage */ }

  /* ---------- helpers ---------- */
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  function norm(s) { return String(s || '').toLowerCase().replace(/ё/g, 'е'); }
  function fmt(n) { return n == null ? '—' : n.toLocaleString('en').replace(/,/g, '\u202f'); }
  function tag(l) { return '<span class="tag ' + esc(l) + '">' + esc(l) + '</span>'; }
  function markCls(m) { return m ? ' mark-' + m : ''; }
  function docRef(d, page) {
    var doc = D.docs[d]; if (!doc) return '';
    var t = doc.t.length > 70 ? doc.t.slice(0, 69) + '…' : doc.t;
    return '<span class="ref"><a href="#doc/' + encodeURIComponent(doc.id) + (page ? '/p' + page : '') + '" title="' + esc(doc.t) + '">' + esc(t) + (page ? ', p.\u00a0' + page : '') + '</a></span>';
  }
  function lbl(text, lang) { return text ? '<span class="lbl" lang="' + lang + '">' + esc(text) + '</span>' : ''; }
  /* a name in the chosen language; the other language stands in (muted) where the first is missing */
  function label(kk, ru) {
    if (S.lang === 'kk') return kk ? lbl(kk, 'kk') : (ru ? '<span class="missing">' + lbl(ru, 'ru') + '</span>' : '');
    if (S.lang === 'ru') return ru ? lbl(ru, 'ru') : (kk ? '<span class="missing">' + lbl(kk, 'kk') + '</span>' : '');
    if (kk && ru) return lbl(kk, 'kk') + '<span class="sep">·</span>' + lbl(ru, 'ru');
    return lbl(kk, 'kk') || lbl(ru, 'ru');
  }
  function highlight(text, spans) {
    var out = '', at = 0;
    (spans || []).forEach(function (sp) {
      if (sp[0] < at) return;
      out += esc(text.slice(at, sp[0])) + '<mark>' + esc(text.slice(sp[0], sp[1])) + '</mark>';
      at = sp[1];
    });
    return out + esc(text.slice(at));
  }
  function docIdx() { return S.doc === '' ? -1 : +S.doc; }
  function status(msg) { $('status').textContent = msg || ''; }

  /* ---------- chunks by <script> injection ---------- */
  var loaded = {}, pending = {};
  window.EDUKB_CHUNK = function (name, data) {
    loaded[name] = data;
    if (pending[name]) { pending[name].resolve(data); delete pending[name]; }
  };
  function chunk(name) {
    if (loaded[name]) return Promise.resolve(loaded[name]);
    if (pending[name]) return pending[name].promise;
    var rec = {};
    rec.promise = new Promise(function (res, rej) { rec.resolve = res; rec.reject = rej; });
    pending[name] = rec;
    var s = document.createElement('script');
    s.src = 'site/chunks/' + name + '.js';
    s.async = true;
    s.onerror = function () { delete pending[name]; rec.reject(new Error('cannot load site/chunks/' + name + '.js')); };
    document.head.appendChild(s);
    return rec.promise;
  }

  /* ---------- derived once ---------- */
  var techPos = {}, classes = [], classOf = {};
  D.techs.forEach(function (t, i) {
    techPos[t.id] = i;
    var key = (t.ckk || '') + '\u0001' + (t.cru || '');
    if (!(key in classOf)) { classOf[key] = classes.length; classes.push({ key: key, kk: t.ckk, ru: t.cru, techs: [] }); }
    classes[classOf[key]].techs.push(i);
  });
  classes.forEach(function (c) { c.techs.sort(function (a, b) { return D.techs[b].n - D.techs[a].n; }); });
  var docPos = {}; D.docs.forEach(function (d, i) { docPos[d.id] = i; });
  var hasMarks = !!D.rejected;  /* "hide rejected" only where some row carries that mark */
  function uniq(a) { return a.filter(function (x, i) { return x && a.indexOf(x) === i; }).sort(); }
  var kinds = {
    techKinds: uniq(D.techs.map(function (t) { return t.k; })),
    listKinds: uniq([].concat.apply([], D.docs.map(function (d) { return (d.lists || []).map(function (x) { return x[1]; }); }))),
    actKinds: uniq((D.acts || []).map(function (a) { return a.ty; }))
  };

  /* ---------- filters ---------- */
  function techOk(t) {
    var d = docIdx();
    if (d >= 0 && t.d.indexOf(d) < 0) return false;
    if (S.mlang === 'kk' && !(t.nk > 0 || (!t.n && t.kk))) return false;
    if (S.mlang === 'ru' && !(t.nr > 0 || (!t.n && t.ru))) return false;
    if (S.kind && t.k !== S.kind) return false;
    if (S.hideRej && t.cur === 'rejected') return false;
    return true;
  }
  function mentionOk(m, markAt) { /* rows [doc, page, lang, …]; the mark is at 5 (acts, people) or 6 (evidence) */
    var d = docIdx();
    if (d >= 0 && m[0] !== d) return false;
    if (S.mlang && m[2] !== S.mlang) return false;
    if (S.hideRej && m[markAt || 5] === 'rejected') return false;
    return true;
  }
  function evidenceOk(e) { return mentionOk(e, 6); }
  function classLabel(c) { return (c.kk || c.ru) ? label(c.kk, c.ru) : '<span class="missing">(no class)</span>'; }

  /* ---------- technologies: tree + detail ---------- */
  function techLine(i) {
    var t = D.techs[i];
    var counts = fmt(t.n) + ' mention' + (t.n === 1 ? '' : 's') + (t.n ? ' (kk ' + fmt(t.nk) + ', ru ' + fmt(t.nr) + ')' : '') + ' · ' + fmt(t.nd) + ' doc' + (t.nd === 1 ? '' : 's');
    return '<li class="tech' + (S.tech === i ? ' sel' : '') + '" data-t="' + i + '"><a href="#tech/' + encodeURIComponent(t.id) + '" class="' + markCls(t.cur) + '">' + label(t.kk, t.ru) + '</a>' +
      (t.k ? '<span class="kind">' + esc(t.k) + '</span>' : '') + '<span class="count">' + counts + '</span></li>';
  }
  function renderClassChildren(li, ci, limit) {
    var ids = classes[ci].techs.filter(function (i) { return techOk(D.techs[i]); });
    var html = ids.slice(0, limit).map(techLine).join('');
    if (ids.length > limit) html += '<li><button type="button" class="more" data-more-cls="' + ci + '" data-limit="' + (limit + TREE_PAGE) + '">show ' + fmt(Math.min(TREE_PAGE, ids.length - limit)) + ' more of ' + fmt(ids.length - limit) + '</button></li>';
    li.querySelector('ul').innerHTML = html;
  }
  function renderTree() {
    if (S.cls !== '' && !classes[+S.cls]) S.cls = '';
    var rows = [];
    classes.forEach(function (c, ci) {
      if (S.cls !== '' && +S.cls !== ci) return;
      var vis = c.techs.filter(function (i) { return techOk(D.techs[i]); });
      if (!vis.length) return;
      var n = vis.reduce(function (a, i) { return a + D.techs[i].n; }, 0);
      rows.push({ ci: ci, n: n, k: vis.length });
    });
    rows.sort(function (a, b) { return b.n - a.n || b.k - a.k; });
    if (rows.length === 1) S.openCls[rows[0].ci] = true;
    var html = rows.map(function (r) {
      var open = !!S.openCls[r.ci];
      return '<li class="cls" data-c="' + r.ci + '"><button type="button" class="twisty" aria-expanded="' + open + '" aria-label="expand">' + (open ? '▾' : '▸') + '</button>' +
        '<span class="cls-label">' + classLabel(classes[r.ci]) + '</span><span class="count">' + fmt(r.k) + ' technolog' + (r.k === 1 ? 'y' : 'ies') + ' · ' + fmt(r.n) + ' mentions</span><ul' + (open ? '' : ' hidden') + '></ul></li>';
    }).join('');
    var tree = $('tree');
    tree.innerHTML = rows.length ? '<ul class="tree">' + html + '</ul>' : '<p class="hint">No technology matches the filters.</p>';
    rows.forEach(function (r) { if (S.openCls[r.ci]) renderClassChildren(tree.querySelector('li.cls[data-c="' + r.ci + '"]'), r.ci, TREE_PAGE); });
    var total = rows.reduce(function (a, r) { return a + r.k; }, 0);
    status(fmt(total) + ' of ' + fmt(D.techs.length) + ' technologies');
  }
  function toggleClass(li) {
    var ci = +li.dataset.c, ul = li.querySelector('ul'), btn = li.querySelector('.twisty');
    var open = ul.hidden;
    S.openCls[ci] = open;
    ul.hidden = !open;
    btn.textContent = open ? '▾' : '▸';
    btn.setAttribute('aria-expanded', String(open));
    if (open) renderClassChildren(li, ci, TREE_PAGE);
  }
  function renderDetail(i) {
    var box = $('detail');
    var t = D.techs[i];
    if (!t) { box.innerHTML = '<p class="hint">Choose a technology to see the sentences that mention it.</p>'; return; }
    var c = classes[classOf[(t.ckk || '') + '\u0001' + (t.cru || '')]];
    var head = '<h2 class="' + markCls(t.cur) + '">' + label(t.kk, t.ru) + '</h2><dl class="meta">' +
      '<dt>kk</dt><dd>' + (t.kk ? lbl(t.kk, 'kk') : '<span class="missing">—</span>') + '</dd>' +
      '<dt>ru</dt><dd>' + (t.ru ? lbl(t.ru, 'ru') : '<span class="missing">—</span>') + '</dd>' +
      (t.alt.length ? '<dt>also written</dt><dd>' + t.alt.map(esc).join('; ') + '</dd>' : '') +
      '<dt>class</dt><dd>' + classLabel(c) + '</dd>' +
      (t.k ? '<dt>kind</dt><dd>' + esc(t.k) + '</dd>' : '') + (t.a ? '<dt>author</dt><dd>' + esc(t.a) + '</dd>' : '') +
      '<dt>mentions</dt><dd>' + fmt(t.n) + ' (kk ' + fmt(t.nk) + ', ru ' + fmt(t.nr) + ') in ' + fmt(t.nd) + ' document' + (t.nd === 1 ? '' : 's') + '</dd>' +
      (t.cf != null ? '<dt>confidence</dt><dd>' + t.cf + '</dd>' : '') + '<dt>id</dt><dd><code>' + esc(t.id) + '</code></dd></dl>';
    box.innerHTML = head + '<h3>Sentences</h3><div id="evidence"><p class="hint">loading…</p></div>';
    if (!t.ch) { $('evidence').innerHTML = '<p class="hint">No mention rows.</p>'; return; }
    chunk(t.ch).then(function (data) {
      if (S.tech !== i) return;
      var ev = (data[String(i)] || []).filter(evidenceOk);
      if (S.lang !== 'both') ev = ev.filter(function (e) { return e[2] === S.lang; }).concat(ev.filter(function (e) { return e[2] !== S.lang; }));
      var el = $('evidence');
      if (!ev.length) { el.innerHTML = '<p class="hint">No sentence matches the filters.</p>'; return; }
      el.innerHTML = '<ol class="evidence"></ol>';
      var shown = 0;
      function more() {
        var ol = el.querySelector('ol');
        ol.insertAdjacentHTML('beforeend', ev.slice(shown, shown + EV_PAGE).map(function (e) {
          return '<li lang="' + esc(e[2]) + '" class="' + markCls(e[6]) + '">' + tag(e[2]) + highlight(e[3], e[4]) + docRef(e[0], e[1]) + '</li>';
        }).join(''));
        shown += EV_PAGE;
        var btn = el.querySelector('button.more'); if (btn) btn.remove();
        if (shown < ev.length) {
          el.insertAdjacentHTML('beforeend', '<button type="button" class="more">show more (' + fmt(ev.length - shown) + ' left)</button>');
          el.querySelector('button.more').onclick = more;
        }
      }
      more();
    }, function (err) { $('evidence').innerHTML = '<p class="error">' + esc(err.message) + '</p>'; });
  }

  /* ---------- tasks & criteria ---------- */
  var TABLE_NAME = { cabinet_tasks: 'Methodological cabinets: tasks, functions, criteria…', platform_criteria: 'Innovation platforms (РИП / өңірлік инновациялық алаң)' };
  function itemOk(x) {
    if (S.lang === 'kk' && x.l !== 'kk') return false;
    if (S.lang === 'ru' && x.l !== 'ru') return false;
    if (S.lang === 'both' && x.dup) return false;
    if (S.mlang && x.l !== S.mlang) return false;
    if (S.kind && x.g !== S.kind) return false;
    if (S.hideRej && x.cur === 'rejected') return false;
    return true;
  }
  function renderItems(box, items) {
    var html = '', tb = null, g = null, ti = null, open = false;
    items.filter(itemOk).forEach(function (x) {
      if (x.tb !== tb || x.g !== g) {
        if (open) html += '</tbody></table>';
        if (x.tb !== tb) html += '<h3>' + esc(TABLE_NAME[x.tb] || x.tb) + '</h3>';
        html += '<div class="group-title">' + esc(x.g) + '</div>';
        tb = x.tb; g = x.g; ti = null; open = false;
      }
      if (x.ti !== ti) {
        if (open) html += '</tbody></table>';
        html += '<div class="list-title">' + esc(x.ti) + '</div><table class="grid pairs"><tbody>';
        ti = x.ti; open = true;
      }
      html += '<tr class="' + markCls(x.cur) + '"><td class="pos">' + (x.po || '') + '</td><td lang="' + esc(x.l) + '">' + tag(x.l) + esc(x.x) +
        (x.dl ? ' <span class="kind">deadline: ' + esc(x.dl) + '</span>' : '') + (x.pg ? '<span class="ref">p.\u00a0' + x.pg + '</span>' : '') + '</td><td' +
        (x.px ? ' lang="' + esc(x.pl) + '">' + tag(x.pl) + esc(x.px) : ' class="missing">no aligned translation') + '</td></tr>';
    });
    if (open) html += '</tbody></table>';
    box.innerHTML = html || '<p class="hint">No item matches the filters.</p>';
  }
  function renderLists() {
    var d = docIdx(), view = $('view-lists'), n = 0;
    var html = D.docs.map(function (doc, i) {
      if (!doc.lists || (d >= 0 && d !== i)) return '';
      var c = doc.lists.filter(function (x) { return (!S.kind || x[1] === S.kind) && (!S.mlang || x[2] === S.mlang) && (S.lang === 'both' || x[2] === S.lang); })
        .reduce(function (a, x) { return a + x[3]; }, 0);
      if (!c) return '';
      n += 1;
      return '<details data-d="' + i + '"' + (d === i ? ' open' : '') + '><summary>' + esc(doc.t) + '<span class="count">' + fmt(c) + ' items</span></summary><div class="items"><p class="hint">loading…</p></div></details>';
    }).join('');
    view.innerHTML = '<h2>Tasks of methodological cabinets and criteria of innovation platforms</h2>' + (html || '<p class="hint">No list items in this release' + (d >= 0 || S.kind || S.mlang ? ' for these filters' : '') + '.</p>');
    view.querySelectorAll('details[open]').forEach(loadDetails);
    status(fmt(n) + ' documents with items');
  }
  function loadDetails(det) {
    var i = +det.dataset.d, box = det.querySelector('.items');
    chunk('l' + i).then(function (items) { renderItems(box, items); }, function (err) { box.innerHTML = '<p class="error">' + esc(err.message) + '</p>'; });
  }

  /* ---------- acts & people ---------- */
  var MENTIONS_SHOWN = 200;
  function mentionList(ms) {
    var more = ms.length > MENTIONS_SHOWN ? '<p class="hint">… ' + fmt(ms.length - MENTIONS_SHOWN) + ' more; choose a document or a language above to narrow them.</p>' : '';
    return '<ul class="plain">' + ms.slice(0, MENTIONS_SHOWN).map(function (m) {
      return '<li lang="' + esc(m[2]) + '" class="' + markCls(m[5]) + '">' + tag(m[2]) + (m[6] ? highlight(m[6], spanOf(m[6], m[3])) : esc(m[3])) + docRef(m[0], m[1]) + '</li>';
    }).join('') + '</ul>' + more;
  }
  function spanOf(text, surface) { var i = norm(text).indexOf(norm(surface)); return i < 0 || !surface ? [] : [[i, i + surface.length]]; }
  function pagedGroups(box, entries, head, title) {
    var shown = 0;
    box.innerHTML = '<h2>' + title + ' <span class="count">' + fmt(entries.length) + '</span></h2><div class="entries"></div>';
    var list = box.querySelector('.entries');
    function more() {
      list.insertAdjacentHTML('beforeend', entries.slice(shown, shown + PAGE).map(function (e, k) {
        return '<details data-k="' + (shown + k) + '"><summary>' + head(e.e) + '<span class="count">' + fmt(e.ms.length) + ' mention' + (e.ms.length === 1 ? '' : 's') + ' · ' + e.e.langs.join(', ') + '</span></summary></details>';
      }).join(''));
      shown += PAGE;
      var b = box.querySelector('button.more'); if (b) b.remove();
      if (shown < entries.length) {
        box.insertAdjacentHTML('beforeend', '<button type="button" class="more">show more (' + fmt(entries.length - shown) + ' left)</button>');
        box.querySelector('button.more').onclick = more;
      }
    }
    list.addEventListener('toggle', function (ev) {
      var det = ev.target;
      if (det.open && !det.dataset.done) { det.dataset.done = '1'; det.insertAdjacentHTML('beforeend', mentionList(entries[+det.dataset.k].ms)); }
    }, true);
    if (!entries.length) list.innerHTML = '<p class="hint">None in this release' + (S.doc || S.mlang || S.kind ? ' for these filters' : '') + '.</p>';
    else more();
  }
  function filtered(groups, kindOk) {
    return (groups || []).filter(kindOk).map(function (e) { return { e: e, ms: e.m.filter(function (m) { return mentionOk(m, 5); }) }; }).filter(function (x) { return x.ms.length; });
  }
  function renderPeople() {
    var view = $('view-people');
    view.innerHTML = '<div id="acts"></div><div id="persons"></div>';
    var acts = filtered(D.acts, function (a) { return !S.kind || a.ty === S.kind; });
    pagedGroups($('acts'), acts, function (a) {
      return '<span class="kind">' + esc(a.ty || 'act') + '</span> ' + esc(a.ti || a.m[0][3]) + (a.is ? ' — ' + esc(a.is) : '') + (a.da ? ', ' + esc(a.da) : '') + (a.no ? ', № ' + esc(a.no) : '');
    }, 'Normative acts');
    var persons = filtered(D.persons, function () { return true; });
    pagedGroups($('persons'), persons, function (p) { return esc(p.name || p.m[0][3]); }, 'People');
    status(fmt(acts.length) + ' acts, ' + fmt(persons.length) + ' people');
  }

  /* ---------- corpus + document ---------- */
  function renderCorpus() {
    var ch = D.changes || {}, c = ch.cause || {}, rows = [];
    var html = '<h2>Release ' + esc(D.release) + '</h2><p>' + (ch.previous ? 'Compared with release ' + esc(ch.previous) + ': ' : 'First release: ') +
      'documents added ' + fmt((c.added || []).length) + ', removed ' + fmt((c.removed || []).length) + ', changed ' + fmt((c.changed || []).length) + '.</p>';
    ['added', 'removed', 'changed'].forEach(function (k) {
      if ((c[k] || []).length && (c[k] || []).length <= 30) html += '<p>Documents ' + k + ': ' + c[k].map(function (id) { return docPos[id] != null ? docRef(docPos[id]) : esc(id); }).join(' ') + '</p>';
    });
    Object.keys(ch.tables || {}).forEach(function (name) {
      var t = ch.tables[name];
      rows.push('<tr><td>' + esc(name) + '</td><td class="num">' + fmt(D.totals[name]) + '</td><td class="num">+' + fmt(t.added) + '</td><td class="num">−' + fmt(t.removed) + '</td><td class="num">~' + fmt(t.changed) + '</td></tr>');
    });
    if (rows.length) html += '<table class="grid" id="changes"><thead><tr><th>table</th><th class="num">rows</th><th class="num">added</th><th class="num">removed</th><th class="num">changed</th></tr></thead><tbody>' + rows.join('') + '</tbody></table>';
    var tt = (ch.tables || {}).technologies;
    if (tt) ['added', 'removed'].forEach(function (k) {
      if ((tt[k + '_labels'] || []).length && ch.previous) html += '<p>Technologies ' + k + ': ' + tt[k + '_labels'].map(esc).join('; ') + (tt[k] > tt[k + '_labels'].length ? ' …' : '') + '</p>';
    });
    html += curationHtml();
    var failed = D.docs.filter(function (d) { return d.s === 'failed'; }).length;
    html += '<h2>Documents <span class="count">' + fmt(D.docs.length) + ', ' + fmt(failed) + ' failed</span></h2><div id="doc-table"></div>';
    $('corpus').innerHTML = html;
    var shown = 0, box = $('doc-table');
    function more() {
      var body = D.docs.slice(shown, shown + 100).map(function (d, k) {
        var n = d.n;
        return '<tr class="' + (d.s === 'failed' ? 'failed' : '') + '"><td>' + docRef(shown + k) + '</td><td>' + esc(d.k) + '</td><td>' + esc(d.f) + '</td><td>' + esc(d.l.join(', ')) + '</td><td>' +
          (d.s === 'failed' ? '<span class="error">failed: ' + esc(d.e) + '</span>' : esc(d.s)) + '</td><td class="num">' + fmt(d.p) + '</td><td class="num">' + fmt(d.b) +
          '</td><td class="num">' + fmt(n.skk || 0) + '</td><td class="num">' + fmt(n.sru || 0) + '</td><td class="num">' + fmt(n.m || 0) + '</td><td class="num">' + fmt(n.t || 0) +
          '</td><td class="num">' + fmt((n.ct || 0) + (n.pc || 0)) + '</td><td class="num">' + fmt(n.na || 0) + '</td><td class="num">' + fmt(n.pe || 0) + '</td></tr>';
      }).join('');
      if (!shown) box.innerHTML = '<table class="grid"><thead><tr><th>document</th><th>kind</th><th>format</th><th>languages</th><th>status</th><th class="num">pages</th><th class="num">blocks</th><th class="num">kk sent.</th><th class="num">ru sent.</th><th class="num">tech. mentions</th><th class="num">technologies</th><th class="num">list items</th><th class="num">acts</th><th class="num">people</th></tr></thead><tbody></tbody></table>';
      box.querySelector('tbody').insertAdjacentHTML('beforeend', body);
      shown += 100;
      var b = box.querySelector('button.more'); if (b) b.remove();
      if (shown < D.docs.length) { box.insertAdjacentHTML('beforeend', '<button type="button" class="more">show more documents</button>'); box.querySelector('button.more').onclick = more; }
    }
    more();
    status(fmt(D.docs.length) + ' documents');
  }
  function curationHtml() {
    var cur = D.curation || [];
    if (!cur.length) return '';
    var by = {};
    cur.forEach(function (c) { by[c.s] = (by[c.s] || 0) + 1; });
    return '<h2>Curation <span class="count">' + fmt(cur.length) + ' decisions: ' + Object.keys(by).sort().map(function (k) { return fmt(by[k]) + ' ' + esc(k); }).join(', ') + '</span></h2>' +
      '<table class="grid" id="curation"><thead><tr><th>decision</th><th>status</th><th>what it did</th><th class="num">rows</th><th>who, when</th><th>why</th></tr></thead><tbody>' +
      cur.slice(0, 300).map(function (c) {
        var t = techPos[c.id] != null ? '<a href="#tech/' + encodeURIComponent(c.id) + '">' + esc(c.id) + '</a>' : esc(c.id);
        return '<tr class="' + (c.s === 'applied' ? '' : 'stale') + '"><td>' + esc(c.a) + ' ' + (c.e ? '<span class="kind">' + esc(c.e) + '</span> ' : '') + t + (c.ln != null ? '<span class="count">line ' + c.ln + '</span>' : '') +
          '</td><td>' + esc(c.s) + '</td><td>' + esc(c.m) + (c.gone.length ? ' <span class="mark-rejected">' + c.gone.map(esc).join('; ') + '</span>' : '') + '</td><td class="num">' + fmt(c.n) +
          '</td><td>' + esc(c.au) + (c.da ? ', ' + esc(c.da) : '') + '</td><td>' + esc(c.r) + '</td></tr>';
      }).join('') + '</tbody></table>' + (cur.length > 300 ? '<p class="hint">… ' + fmt(cur.length - 300) + ' more in the curation_log table.</p>' : '');
  }
  function renderDoc(i, page) {
    var d = D.docs[i], view = $('view-doc');
    if (!d) { view.innerHTML = '<p class="error">Unknown document.</p>'; return; }
    var techs = D.techs.map(function (t, k) { return k; }).filter(function (k) { return D.techs[k].d.indexOf(i) >= 0; });
    var onPage = function (m) { return m[0] === i && (!page || m[1] === page); };
    var acts = [], persons = [];
    (D.acts || []).forEach(function (a) { a.m.filter(onPage).forEach(function (m) { acts.push(m); }); });
    (D.persons || []).forEach(function (p) { p.m.filter(onPage).forEach(function (m) { persons.push(m); }); });
    view.innerHTML = '<h2>' + esc(d.t) + (page ? ' — page ' + page : '') + '</h2><dl class="meta"><dt>id</dt><dd><code>' + esc(d.id) + '</code></dd><dt>file</dt><dd>' + esc(d.src) +
      '</dd><dt>kind</dt><dd>' + esc(d.k) + (d.y ? ', ' + d.y : '') + '</dd><dt>languages</dt><dd>' + esc(d.l.join(', ')) + '</dd><dt>status</dt><dd>' +
      (d.s === 'failed' ? '<span class="error">failed: ' + esc(d.e) + '</span>' : esc(d.s)) + '</dd><dt>size</dt><dd>' + fmt(d.p) + ' pages, ' + fmt(d.c) + ' characters, ' + fmt(d.b) + ' blocks</dd></dl>' +
      '<h3>Technologies mentioned <span class="count">' + fmt(techs.length) + '</span></h3><ul class="tree">' + techs.slice(0, 300).map(techLine).join('') + '</ul>' +
      (page ? '<h3>Technology mentions on page ' + page + '</h3><div id="doc-ev"><p class="hint">loading…</p></div>' : '') +
      (d.lists ? '<p><a href="#lists" id="doc-lists">Tasks and criteria of this document</a></p>' : '') +
      '<h3>Normative acts' + (page ? ' on this page' : '') + ' <span class="count">' + fmt(acts.length) + '</span></h3>' + mentionList(acts) +
      '<h3>People' + (page ? ' on this page' : '') + ' <span class="count">' + fmt(persons.length) + '</span></h3>' + mentionList(persons);
    var dl = $('doc-lists'); if (dl) dl.onclick = function () { S.doc = String(i); $('f-doc').value = S.doc; };
    if (page) {
      var names = uniq(techs.map(function (k) { return D.techs[k].ch; }));
      Promise.all(names.map(chunk)).then(function (datas) {
        var rows = [];
        techs.forEach(function (k) {
          var data = datas[names.indexOf(D.techs[k].ch)];
          (data[String(k)] || []).forEach(function (e) { if (e[0] === i && e[1] === page) rows.push([k, e]); });
        });
        $('doc-ev').innerHTML = rows.length ? '<ol class="evidence">' + rows.map(function (r) {
          var t = D.techs[r[0]];
          return '<li>' + tag(r[1][2]) + highlight(r[1][3], r[1][4]) + ' <span class="ref"><a href="#tech/' + encodeURIComponent(t.id) + '">' + esc(t.kk || t.ru) + '</a></span></li>';
        }).join('') + '</ol>' : '<p class="hint">None on this page.</p>';
      }, function (err) { $('doc-ev').innerHTML = '<p class="error">' + esc(err.message) + '</p>'; });
    }
    status('');
  }

  /* ---------- search ---------- */
  var searchTimer = null, techHay = null;
  function hits(title, items, render, total) {
    if (!items.length) return '';
    return '<div class="hits"><h3>' + title + ' <span class="count">' + fmt(total == null ? items.length : total) + '</span></h3><ul class="plain">' + items.map(render).join('') + '</ul></div>';
  }
  function renderSearch() {
    var q = norm(S.q.trim()), view = $('view-search');
    if (!techHay) techHay = D.techs.map(function (t) { return norm([t.kk, t.ru, t.alt.join(' '), t.ckk, t.cru, t.a].join(' \u0001 ')); });
    var techs = [];
    techHay.forEach(function (h, i) { if (h.indexOf(q) >= 0 && techOk(D.techs[i])) techs.push(i); });
    var acts = filtered(D.acts, function (a) { return norm(a.ti + ' ' + a.is + ' ' + a.m.map(function (m) { return m[3]; }).join(' ')).indexOf(q) >= 0; });
    var persons = filtered(D.persons, function (p) { return norm(p.name + ' ' + p.m.map(function (m) { return m[3]; }).join(' ')).indexOf(q) >= 0; });
    var docs = D.docs.map(function (d, i) { return i; }).filter(function (i) { return norm(D.docs[i].t + ' ' + D.docs[i].id).indexOf(q) >= 0; });
    var html = '<h2>Search: “' + esc(S.q) + '”</h2>' +
      hits('Technologies', techs.slice(0, 100), function (i) { return techLine(i); }, techs.length) +
      hits('Normative acts', acts.slice(0, 30), function (a) { return '<li>' + esc(a.e.ti || a.ms[0][3]) + '<span class="count">' + fmt(a.ms.length) + ' mentions</span>' + docRef(a.ms[0][0], a.ms[0][1]) + '</li>'; }, acts.length) +
      hits('People', persons.slice(0, 30), function (p) { return '<li>' + esc(p.e.name) + '<span class="count">' + fmt(p.ms.length) + ' mentions</span>' + docRef(p.ms[0][0], p.ms[0][1]) + '</li>'; }, persons.length) +
      hits('Documents', docs.slice(0, 30), function (i) { return '<li>' + docRef(i) + '</li>'; }, docs.length) +
      '<div id="search-text"><p class="hint">searching sentences and list items…</p></div>';
    view.innerHTML = html;
    var asked = S.q;
    chunk('search').then(function (idx) {
      if (S.q !== asked) return;
      var d = docIdx(), sents = [], items = [];
      if (!idx.hs) { idx.hs = idx.s.map(function (r) { return norm(r[0]); }); idx.hl = idx.li.map(function (r) { return norm(r[0]); }); }
      idx.hs.forEach(function (h, k) {
        var r = idx.s[k];
        if (h.indexOf(q) >= 0 && (d < 0 || r[2].indexOf(d) >= 0) && (!S.mlang || r[4] === S.mlang)) sents.push(r);
      });
      idx.hl.forEach(function (h, k) {
        var r = idx.li[k];
        if (h.indexOf(q) >= 0 && (d < 0 || r[1].indexOf(d) >= 0) && (!S.mlang || r[4] === S.mlang)) items.push(r);
      });
      var total = (techs.length + acts.length + persons.length + docs.length + sents.length + items.length);
      $('search-text').innerHTML =
        hits('Sentences with a technology mention', sents.slice(0, 50), function (r) {
          return '<li lang="' + esc(r[4]) + '">' + tag(r[4]) + highlight(r[0], spanOf(r[0], S.q.trim())) + ' <span class="ref">' + r[1].map(function (t) {
            return '<a href="#tech/' + encodeURIComponent(D.techs[t].id) + '">' + esc(D.techs[t].kk || D.techs[t].ru) + '</a>';
          }).join(', ') + '</span>' + docRef(d >= 0 ? d : r[2][0], d >= 0 && d !== r[2][0] ? null : r[3]) + (r[2].length > 1 ? '<span class="count">in ' + fmt(r[2].length) + ' documents</span>' : '') + '</li>';
        }, sents.length) +
        hits('Tasks and criteria', items.slice(0, 50), function (r) {
          return '<li lang="' + esc(r[4]) + '">' + tag(r[4]) + highlight(r[0], spanOf(r[0], S.q.trim())) + ' <span class="kind">' + esc(r[3]) + '</span>' + docRef(d >= 0 ? d : r[1][0]) + (r[1].length > 1 ? '<span class="count">in ' + fmt(r[1].length) + ' documents</span>' : '') + '</li>';
        }, items.length) + (total ? '' : '<p class="hint">Nothing found.</p>');
      status(fmt(total) + ' hits');
      document.documentElement.setAttribute('data-searched', asked);
    }, function (err) { $('search-text').innerHTML = '<p class="error">' + esc(err.message) + '</p>'; });
  }

  /* ---------- routing + controls ---------- */
  function fillKind() {
    var sel = $('f-kind'), list = kinds[KIND_FIELD[S.tab]] || [];
    if (list.indexOf(S.kind) < 0) S.kind = '';
    sel.innerHTML = '<option value="">all</option>' + list.map(function (k) { return '<option>' + esc(k) + '</option>'; }).join('');
    sel.value = S.kind;
    sel.parentNode.hidden = !list.length;
  }
  function fillSelects() {
    $('f-doc').insertAdjacentHTML('beforeend', D.docs.map(function (d, i) { return '<option value="' + i + '">' + esc(d.t.length > 60 ? d.t.slice(0, 59) + '…' : d.t) + '</option>'; }).join(''));
    fillClasses();
    $('f-rej-wrap').hidden = !hasMarks;
  }
  function fillClasses() {
    var sel = $('f-class');
    sel.innerHTML = '<option value="">all</option>' + classes.map(function (c, i) {
      var txt = (c.kk || c.ru) ? (S.lang === 'ru' ? (c.ru || c.kk) : S.lang === 'kk' ? (c.kk || c.ru) : [c.kk, c.ru].filter(Boolean).join(' / ')) : '(no class)';
      return '<option value="' + i + '">' + esc(txt) + '</option>';
    }).join('');
    sel.value = S.cls;
  }
  function setLang(l) {
    S.lang = l;
    try { localStorage.setItem('edukb.lang', l); } catch (e) { /* ignore */ }
    document.body.className = 'lang-' + l;
    document.querySelectorAll('#lang-switch button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.lang === l)); });
    document.documentElement.lang = l === 'ru' ? 'ru' : 'kk';
    fillClasses();
    render();
  }
  function show(id) {
    ['search', 'tech', 'lists', 'people', 'doc', 'corpus'].forEach(function (v) { $('view-' + v).hidden = v !== id; });
    document.querySelectorAll('#tabs a').forEach(function (a) { a.classList.toggle('active', a.dataset.tab === id); });
    document.querySelector('.f-class').hidden = id !== 'tech' && id !== 'search';
  }
  function route() {
    var h = decodeURIComponent(location.hash.replace(/^#/, '')) || 'tech';
    var parts = h.split('/');
    var tab = parts[0];
    if (S.q.trim().length >= 2) { show('search'); renderSearch(); return; }
    if (tab === 'tech') {
      S.tab = 'tech'; fillKind(); show('tech');
      var i = parts[1] ? techPos[parts.slice(1).join('/')] : null;
      S.tech = i == null ? null : i;
      if (S.tech != null) { var t = D.techs[S.tech]; S.openCls[classOf[(t.ckk || '') + '\u0001' + (t.cru || '')]] = true; }
      renderTree();
      renderDetail(S.tech);
    } else if (tab === 'lists') { S.tab = 'lists'; fillKind(); show('lists'); renderLists(); }
    else if (tab === 'people') { S.tab = 'people'; fillKind(); show('people'); renderPeople(); }
    else if (tab === 'doc') {
      var di = docPos[parts[1]], pg = parts[2] && /^p\d+$/.test(parts[2]) ? +parts[2].slice(1) : null;
      show('doc'); renderDoc(di, pg);
    } else { S.tab = 'corpus'; fillKind(); show('corpus'); renderCorpus(); }
  }
  var render = route;

  document.addEventListener('click', function (ev) {
    var el = ev.target;
    var li = el.closest && el.closest('li.cls');
    if (li && (el.classList.contains('twisty') || el.closest('.cls-label'))) { toggleClass(li); return; }
    if (el.dataset && el.dataset.moreCls) { renderClassChildren(el.closest('li.cls'), +el.dataset.moreCls, +el.dataset.limit); return; }
    var langBtn = el.closest && el.closest('#lang-switch button');
    if (langBtn) { setLang(langBtn.dataset.lang); return; }
    var a = el.closest && el.closest('a[href^="#"]');
    if (a && S.q) { S.q = ''; $('q').value = ''; if (a.getAttribute('href') === location.hash) route(); }
  });
  $('view-lists').addEventListener('toggle', function (ev) { if (ev.target.tagName === 'DETAILS' && ev.target.open) loadDetails(ev.target); }, true);
  $('q').addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { S.q = $('q').value; route(); }, 120);
  });
  $('q').addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { $('q').value = ''; S.q = ''; route(); } });
  $('f-doc').onchange = function () { S.doc = this.value; render(); };
  $('f-lang').onchange = function () { S.mlang = this.value; render(); };
  $('f-class').onchange = function () { S.cls = this.value; render(); };
  $('f-kind').onchange = function () { S.kind = this.value; render(); };
  $('f-rej').onchange = function () { S.hideRej = this.checked; render(); };
  window.addEventListener('hashchange', route);

  fillSelects();
  setLang(S.lang);
  document.documentElement.setAttribute('data-ready', '1');
  if (window.performance && performance.mark) performance.mark('edukb-ready');
})();
