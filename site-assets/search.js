// Search: a dialog over the build-time index in search/ (built by build/Handbook/Search). Plain JS, loads data by <script>.
(() => {
  "use strict";
  const root = document.documentElement.dataset.root || "./";
  const PAGE = 5;

  // ---- Loading: every index file calls hbSearch(name, data), so script tags work from file:// too.
  const files = new Map();
  const waiting = new Map();
  window.hbSearch = (name, data) => { waiting.get(name)?.(data); waiting.delete(name); };
  const load = name => {
    if (!files.has(name)) files.set(name, new Promise(resolve => {
      waiting.set(name, resolve);
      const script = document.createElement("script");
      script.src = root + "search/" + name + ".js";
      script.onload = script.onerror = () => { script.remove(); if (waiting.delete(name)) resolve(null); };
      document.head.append(script);
    }));
    return files.get(name);
  };

  // ---- Words: the same rules as Tokenizer.cs.
  const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;
  const searchable = w => w.length >= 2 && w.length <= 40;
  // Simple (one-to-one) case mapping, as .NET's ToLowerInvariant: "İ" stays, where toLowerCase() would make two characters.
  const lower = w => /^[\x00-\x7f]*$/.test(w) ? w.toLowerCase() : [...w].map(c => c.toLowerCase().length === c.length ? c.toLowerCase() : c).join("");
  const words = text => (text.match(WORD) || []).map(lower).filter(searchable);

  // ---- English stemming: Snowball's Porter2, as Lucene.Net implements it for the index (Stemmer.cs).
  const isV = c => "aeiouy".includes(c);
  const hasV = s => /[aeiouy]/.test(s);
  const EXCEPT = { skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl", gently: "gentl", ugly: "ugli",
    early: "earli", only: "onli", singly: "singl", sky: "", news: "", howe: "", atlas: "", cosmos: "", bias: "", andes: "" };
  const STEP2 = [["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"], ["iveness", "ive"], ["tional", "tion"],
    ["biliti", "ble"], ["lessli", "less"], ["entli", "ent"], ["ation", "ate"], ["alism", "al"], ["aliti", "al"], ["ousli", "ous"],
    ["iviti", "ive"], ["fulli", "ful"], ["enci", "ence"], ["anci", "ance"], ["abli", "able"], ["izer", "ize"], ["ator", "ate"],
    ["alli", "al"], ["bli", "ble"], ["ogi", "og"], ["li", ""]];
  const STEP3 = [["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"], ["ative", ""], ["ical", "ic"],
    ["ness", ""], ["ful", ""]];
  const STEP4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"];
  const shortV = s => { const n = s.length;
    return n > 2 ? !"aeiouywxY".includes(s[n - 1]) && isV(s[n - 2]) && !isV(s[n - 3]) : n === 2 && !isV(s[1]) && isV(s[0]); };
  const region = (s, from) => { for (let i = from + 1; i < s.length; i++) if (isV(s[i - 1]) && !isV(s[i])) return i + 1; return s.length; };
  const stem = word => {
    if (Object.hasOwn(EXCEPT, word)) return EXCEPT[word] || word;
    if (word.length < 3) return word;
    let s = word.replace(/^y/, "Y").replace(/([aeiouy])y/g, "$1Y");
    const p1 = /^(gener|commun|arsen)/.exec(s)?.[0].length ?? region(s, 0), p2 = region(s, p1);
    const ends = x => s.endsWith(x);
    const cut = n => s.slice(0, s.length - n);
    const find = list => list.find(([x]) => ends(x));
    if (ends("sses")) s = cut(2);
    else if (ends("ied") || ends("ies")) s = cut(3) + (s.length > 4 ? "i" : "ie");
    else if (!ends("us") && !ends("ss") && ends("s") && hasV(s.slice(0, -2))) s = cut(1);
    if (/^(inning|outing|canning|herring|earring|proceed|exceed|succeed)$/.test(s)) return s;
    const b = /(eedly|ingly|edly|eed|ing|ed)$/.exec(s);
    if (b && b[1].startsWith("ee")) { if (b.index >= p1) s = cut(b[1].length) + "ee"; }
    else if (b && hasV(s.slice(0, b.index))) {
      s = s.slice(0, b.index);
      if (/(at|bl|iz)$/.test(s)) s += "e";
      else if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(s)) s = cut(1);
      else if (s.length === p1 && shortV(s)) s += "e";
    }
    if (/[yY]$/.test(s) && s.length > 2 && !isV(s[s.length - 2])) s = cut(1) + "i";
    let m = find(STEP2);
    if (m && s.length - m[0].length >= p1) {
      const before = s[s.length - m[0].length - 1];
      if (m[0] === "ogi" ? before === "l" : m[0] !== "li" || "cdeghkmnrt".includes(before)) s = cut(m[0].length) + m[1];
    }
    m = find(STEP3);
    if (m && s.length - m[0].length >= (m[0] === "ative" ? p2 : p1)) s = cut(m[0].length) + m[1];
    m = STEP4.find(ends);
    if (m && s.length - m.length >= p2 && (m !== "ion" || /[st]ion$/.test(s))) s = cut(m.length);
    if (ends("e") && (s.length - 1 >= p2 || s.length - 1 >= p1 && !shortV(cut(1)))) s = cut(1);
    else if (ends("ll") && s.length - 1 >= p2) s = cut(1);
    return s.replace(/Y/g, "y");
  };

  // ---- The index: shard keys, the posting codec (IndexCodec.cs, PostingEncoder.cs) and typo distance.
  const KEYS = "abcdefghijklmnopqrstuvwxyz0123456789_";
  const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const slot = c => /[a-z0-9]/.test(c) ? c : "_";
  const keyOf = w => slot(w[0]) + slot(w[1]);
  const hasKey = (manifest, key) => {
    const i = KEYS.indexOf(key[0]) * KEYS.length + KEYS.indexOf(key[1]);
    return (ALPHA.indexOf(manifest.k[Math.floor(i / 6)]) >> i % 6 & 1) === 1;
  };
  const decode = s => {
    let i = 1;
    const sym = () => ALPHA.indexOf(s[i++]);
    const num = () => { let v = 0, m = 1, c; do { c = sym(); v += (c & 31) * m; m *= 32; } while (c & 32); return v; };
    const top = new Map(), docs = [];
    let rest = 0, d = -1;
    if (s[0] === "a") while (i < s.length) { d += num() + 1; docs.push(d); top.set(d, sym()); }
    else {
      rest = sym();
      for (let n = num(); n > 0; n--) { d += num() + 1; top.set(d, sym()); }
      if (s[0] === "b") for (let j = 0; i < s.length; j += 6) { const c = sym(); for (let k = 0; k < 6; k++) if (c >> k & 1) docs.push(j + k); }
      else for (d = -1; i < s.length;) docs.push(d += num() + 1);
    }
    return { docs, top, rest };
  };
  // Damerau (adjacent swap) edit distance of a to b and to the nearest prefix of b; gives up past max.
  const distance = (a, b, max) => {
    let prev2 = [], prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], prev2[j - 2] + 1);
      }
      if (Math.min(...row) > max) return [max + 1, max + 1];
      prev2 = prev; prev = row;
    }
    return [prev[b.length], Math.min(...prev.slice(1))];
  };

  // ---- Query: every term must match (exact, same stem, prefix for the last, or a typo); ranked typos-last, then by score.
  const expand = async (term, isPrefix) => {
    const found = new Map();
    const add = (word, weight, fuzzy) => {
      const old = found.get(word);
      if (!old || old.fuzzy > fuzzy || old.fuzzy === fuzzy && old.weight < weight) found.set(word, { weight, fuzzy });
    };
    const manifest = await load("manifest");
    const shard = key => manifest && hasKey(manifest, key) ? load("t/" + key) : null;
    const own = await shard(keyOf(term));
    const root = stem(term);
    const stems = root.length >= 2 ? await shard(keyOf(root)) : null;
    // Numbers get no typo tolerance: 4285 is not a misspelling of 4286.
    const max = /\d/.test(term) ? 0 : term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
    const typos = [];
    for (const word of own?.w || []) {
      if (word === term) add(word, 1, 0);
      else if (isPrefix && word.startsWith(term)) add(word, 0.5 + 0.4 * term.length / word.length, 0);
      else if (max) {
        const [whole, start] = distance(term, word, max);
        const d = whole <= max ? whole : isPrefix && start <= max ? start + 0.5 : -1;
        if (d >= 0) typos.push([d, word]);
      }
    }
    for (const word of stems?.s[root] || (stems?.w.includes(root) ? [root] : [])) add(word, word === term ? 1 : 0.9, 0);
    typos.filter(([, word]) => !found.has(word)).sort((a, b) => a[0] - b[0]).slice(0, 5).forEach(([d, word]) => add(word, 0.6 / (1 + d), 1));
    return found;
  };
  const posting = async word => {
    const shard = await load("t/" + keyOf(word));
    const at = shard ? shard.w.indexOf(word) : -1;
    if (at < 0) return null;
    const p = shard.p[at];
    const text = typeof p === "string" ? p : (await load("t/" + keyOf(word) + "." + p))?.[word];
    return text ? decode(text) : null;
  };
  const query = async input => {
    const terms = [...new Set(words(input))];
    const manifest = await load("manifest");
    if (!terms.length || !manifest) return { terms, count: 0, docs: [], words: new Set(), termWords: [] };
    const isPrefix = !/[\s\p{P}]$/u.test(input);
    const matched = new Set(), termWords = terms.map(() => new Map());
    const perTerm = await Promise.all(terms.map(async (term, t) => {
      const found = await expand(term, isPrefix && t === terms.length - 1);
      const scores = new Map();
      await Promise.all([...found].map(async ([word, { weight, fuzzy }]) => {
        const p = await posting(word);
        if (!p) return;
        matched.add(word);
        termWords[t].set(word, fuzzy ? 0.25 : 1);
        for (const d of p.docs) {
          const score = weight * (Math.exp((p.top.get(d) ?? p.rest) * manifest.q) - 1);
          const old = scores.get(d);
          if (!old || old.fuzzy > fuzzy || old.fuzzy === fuzzy && old.score < score) scores.set(d, { score, fuzzy });
        }
      }));
      return scores;
    }));
    const total = new Map();
    perTerm.forEach(scores => scores.forEach(({ score, fuzzy }, d) => {
      const r = total.get(d) || { d, terms: 0, fuzzy: 0, score: 0 };
      r.terms++; r.fuzzy += fuzzy; r.score += score;
      total.set(d, r);
    }));
    // Every term must match; when nothing matches them all, pages matching the most terms are better than nothing.
    const best = Math.max(0, ...[...total.values()].map(r => r.terms));
    const ranked = [...total.values()].filter(r => r.terms === best)
      .sort((a, b) => a.fuzzy - b.fuzzy || b.score - a.score || a.d - b.d);
    return { terms, count: ranked.length, all: best === terms.length, docs: ranked.map(r => r.d), words: matched, termWords };
  };

  // ---- Results: the section that matches best, and an excerpt with the matched words marked.
  const marks = (text, matched) => {
    const out = [];
    let at = 0;
    for (const m of text.matchAll(WORD)) {
      if (!matched.has(lower(m[0]))) continue;
      out.push(text.slice(at, m.index), [m[0]]);
      at = m.index + m[0].length;
    }
    out.push(text.slice(at));
    return out;
  };
  const best = (text, words) => Math.max(0, ...[...text.matchAll(WORD)].map(m => words.get(lower(m[0])) || 0));
  const excerpt = (text, matched) => {
    const first = marks(text, matched).findIndex(Array.isArray);
    const at = first < 0 ? 0 : marks(text, matched).slice(0, first).join("").length;
    let start = Math.max(0, at - 60), end = Math.min(text.length, start + 200);
    if (start > 0) start = text.indexOf(" ", start) + 1;
    if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), at + 1);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  };
  const TYPES = { question: "Question", area: "Area", source: "Evidence source" };
  // A section scores by the query terms it holds, then by where: title 3, quick-fire question 2, steps 1.5, other text 1
  // (a typo counts a quarter).
  const describe = (doc, result) => {
    const sections = doc.s.map(([anchor, label, text]) => {
      const parts = text.split(" · ").map((part, i) => [part, /^quick-/.test(anchor) && i === 0 ? 2 : /^(flow|framework)$/.test(anchor) ? 1.5 : 1]);
      if (!anchor) parts.unshift([doc.t, 3]);
      const weights = result.termWords.map(words => Math.max(0, ...parts.map(([part, w]) => w * best(part, words))));
      return { anchor, label, text, n: weights.filter(w => w > 0).length, w: weights.reduce((a, b) => a + b, 0) };
    });
    const section = sections.reduce((a, b) => b.n > a.n || b.n === a.n && b.w > a.w ? b : a, sections[0]);
    let href = root + doc.u + (location.protocol === "file:" ? "index.html" : "");
    if (section.anchor) href += "#" + section.anchor;
    return { href, title: doc.t, label: section.label || TYPES[doc.y] || "", text: excerpt(section.text, result.words) };
  };

  // ---- The dialog.
  let dialog, input, status, list, more, opener, following, shown = 0, current = null, seq = 0;
  const el = (tag, props = {}, ...kids) => { const e = Object.assign(document.createElement(tag), props); e.append(...kids); return e; };
  const fill = (node, parts) => node.append(...parts.map(p => Array.isArray(p) ? el("mark", {}, p[0]) : p));
  const setUrl = q => {
    try {
      const url = new URL(location.href);
      if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
      history.replaceState(history.state, "", url);
    } catch { /* some file:// pages refuse: the search still works */ }
  };
  const render = async (result, from) => {
    const docs = await Promise.all(result.docs.slice(from, from + PAGE).map(d => load("d/" + d)));
    // A newer query may have started while the documents loaded: only the current result draws, and its
    // first page replaces whatever an older, slower query left in the list.
    if (result !== current) return;
    if (from === 0) list.replaceChildren();
    for (const doc of docs.filter(Boolean)) {
      const r = describe(doc, result);
      const title = el("span", { className: "search-title" }), text = el("span", { className: "search-excerpt" });
      fill(title, marks(r.title, result.words));
      fill(text, marks(r.text, result.words));
      const link = el("a", { href: r.href }, title, el("span", { className: "search-section" }, r.label), text);
      list.append(el("li", {}, link));
    }
    shown = from + PAGE;
    more.hidden = shown >= result.count;
  };
  const run = async () => {
    const q = input.value, mine = ++seq;
    current = null;
    setUrl(q.trim());
    list.replaceChildren();
    more.hidden = true;
    if (words(q).length === 0) {
      status.textContent = q.trim() ? "Type at least two letters." : "";
      return;
    }
    status.textContent = "Searching…";
    const result = await query(q);
    if (mine !== seq) return;
    current = result;
    const n = result.count;
    status.textContent = n === 0 ? `No results for “${q.trim()}”.`
      : `${n} ${n === 1 ? "page" : "pages"}${result.all ? "" : " match some of the words"} for “${q.trim()}”.`;
    await render(result, 0);
  };
  const links = () => [...list.querySelectorAll("a")];
  const onKey = e => {
    const all = links(), at = all.indexOf(document.activeElement);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const next = at + (e.key === "ArrowDown" ? 1 : -1);
      (next < 0 ? input : all[Math.min(next, all.length - 1)] || input).focus();
    } else if (e.key === "Enter" && document.activeElement === input && all[0]) {
      e.preventDefault();
      all[0].click();
    } else if (at >= 0 && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      input.focus();
    }
  };
  const build = () => {
    input = el("input", { id: "search-input", type: "search", autocomplete: "off", spellcheck: false, placeholder: "Questions, words, sources…" });
    input.setAttribute("aria-describedby", "search-status");
    input.setAttribute("aria-controls", "search-results");
    status = el("p", { id: "search-status", className: "search-status" });
    status.setAttribute("role", "status");
    list = el("ul", { id: "search-results", className: "search-results" });
    list.setAttribute("aria-label", "Results");
    more = el("button", { type: "button", className: "search-more", hidden: true }, "More results");
    const close = el("button", { type: "button", className: "search-close" }, "Close");
    const form = el("form", { className: "search-form", role: "search" },
      el("label", { htmlFor: "search-input" }, "Search the handbook"), input, close);
    dialog = el("dialog", { className: "search-dialog" }, form, status, list, more);
    dialog.setAttribute("aria-label", "Search the handbook");
    let timer;
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 60); });
    form.addEventListener("submit", e => e.preventDefault());
    dialog.addEventListener("keydown", onKey);
    // Following a result keeps ?q= on this page's history entry, so Back brings the results back.
    dialog.addEventListener("close", () => { if (!following) { setUrl(""); opener?.focus(); } following = false; });
    dialog.addEventListener("click", e => {
      following = !!e.target.closest("a");
      if (e.target === dialog || following) dialog.close();
    });
    close.addEventListener("click", () => dialog.close());
    more.addEventListener("click", async () => {
      const first = list.children.length;
      await render(current, shown);
      list.children[first]?.querySelector("a").focus();
    });
    document.body.append(dialog);
  };
  const open = q => {
    if (!dialog) build();
    if (dialog.open) return input.select();
    opener = document.activeElement;
    dialog.showModal();
    load("manifest");
    if (q !== undefined) { input.value = q; run(); }
    input.select();
  };

  const button = document.querySelector("[data-search-open]");
  if (button) { button.hidden = false; button.addEventListener("click", () => open()); }
  document.addEventListener("keydown", e => {
    const typing = e.target.closest?.("input, textarea, select, [contenteditable]");
    if ((e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) || e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      open();
    }
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) open(q);
  // For tests and scripting: the same engine and result descriptions the dialog uses.
  const results = async (input, n = PAGE) => {
    const result = await query(input);
    const docs = await Promise.all(result.docs.slice(0, n).map(d => load("d/" + d)));
    return { count: result.count, results: docs.filter(Boolean).map(doc => describe(doc, result)) };
  };
  window.handbookSearch = { words, stem, query, results, open };
})();
