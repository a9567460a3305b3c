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

  // ---- Query: units (word, compound, synonym) match by any alternative (exact, stem, prefix, typo); pages rank by
  // how much of the query they cover (low-weight words cover nothing), typos last, then by score.
  const LOW = new Set("vs versus and or not no the to a an of how do does did is are be what whats when why which who in on for with at by from it its you your me my we our about tell between should would can where find get need".split(" "));
  let manifest;
  const shard = async key => manifest && hasKey(manifest, key) ? load("t/" + key) : null;
  const expand = async (term, isPrefix, plain) => {
    const found = new Map();
    const add = (word, weight, fuzzy, quiet) => {
      const old = found.get(word);
      if (!old || old.fuzzy > fuzzy || old.fuzzy === fuzzy && old.weight < weight) found.set(word, { weight, fuzzy, quiet });
    };
    const own = await shard(keyOf(term));
    const root = stem(term);
    const stems = root.length >= 2 ? await shard(keyOf(root)) : null;
    // A word indexed as typed is a prefix only quietly: "slo" finds "slow" last, never marked.
    const whole = own?.w.includes(term);
    // Numbers get no typo tolerance: 4285 is not a misspelling of 4286.
    const max = plain || /\d/.test(term) ? 0 : term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
    const typos = [];
    for (const word of own?.w || []) {
      if (word === term) add(word, 1, 0);
      else if (isPrefix && !plain && word.startsWith(term)) add(word, 0.5 + 0.4 * term.length / word.length, whole ? 1 : 0, whole);
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
  const known = async word => (await expand(word, false, true)).size > 0;
  // Synonyms (handbook.yml, manifest "y"): the longest group member the query spells at each place.
  const unitsOf = async terms => {
    const groups = (manifest.y || []).map(g => g.map(m => m.split(" ")));
    const same = (a, b) => a === b || stem(a) === stem(b);
    const units = [];
    for (let i = 0; i < terms.length;) {
      let hit = null;
      for (const g of groups) for (const m of g)
        if (m.length > (hit?.m.length || 0) && m.every((w, k) => i + k < terms.length && same(w, terms[i + k]))) hit = { g, m };
      const span = hit ? terms.slice(i, i + hit.m.length) : [terms[i]];
      const alts = [{ words: span, weight: 1 }, ...hit ? hit.g.filter(m => m !== hit.m).map(m => ({ words: m, weight: 0.5 })) : []];
      units.push({ span, alts, low: !hit && LOW.has(terms[i]), plain: !hit });
      i += span.length;
    }
    // Compounds: "post mortem" finds "postmortem"; "rollback", with no typo near it, "roll back".
    for (let i = 0; i < units.length; i++) {
      const [a] = units[i].span, next = units[i + 1];
      if (!units[i].plain || units[i].low) continue;
      if (next?.plain && !next.low && await known(a + next.span[0])) {
        units.splice(i, 2, { span: [a, next.span[0]], alts: [{ words: [a, next.span[0]], weight: 1 }, { words: [a + next.span[0]], weight: 1 }] });
      } else if (a.length >= 5 && !(await expand(a, false, false)).size) {
        const cuts = [...Array(a.length - 3).keys()].map(k => k + 2).sort((x, y) => Math.abs(x - a.length / 2) - Math.abs(y - a.length / 2));
        for (const k of cuts) if (await known(a.slice(0, k)) && await known(a.slice(k))) { units[i].alts.push({ words: [a.slice(0, k), a.slice(k)], weight: 0.9 }); break; }
      }
    }
    return units;
  };
  const query = async input => {
    const terms = [...new Set(words(input))];
    manifest = await load("manifest");
    if (!terms.length || !manifest) return { terms, count: 0, docs: [], rest: [], words: new Set(), termWords: [] };
    const isPrefix = !/[\s\p{P}]$/u.test(input), last = terms[terms.length - 1];
    const units = await unitsOf(terms);
    const allLow = units.every(u => u.low);
    units.forEach(u => { u.low = u.low && !allLow; });
    const matched = new Set(), termWords = units.map(() => []);
    const scoreWord = async (term, low, into) => {
      const found = await expand(term, isPrefix && term === last, low);
      const scores = new Map();
      await Promise.all([...found].map(async ([word, { weight, fuzzy, quiet }]) => {
        const p = await posting(word);
        if (!p) return;
        if (!quiet) into.set(word, fuzzy ? 0.25 : 1);
        for (const d of p.docs) {
          const score = weight * (Math.exp((p.top.get(d) ?? p.rest) * manifest.q) - 1);
          const old = scores.get(d);
          if (!old || old.fuzzy > fuzzy || old.fuzzy === fuzzy && old.score < score) scores.set(d, { score, fuzzy });
        }
      }));
      return scores;
    };
    // A unit's pages hold every word of one of its alternatives; the best one counts.
    const perUnit = await Promise.all(units.map(async (unit, u) => {
      const best = new Map();
      for (const alt of unit.alts) {
        const seen = alt.words.map(() => new Map());
        const parts = await Promise.all(alt.words.map((w, k) => scoreWord(w, unit.low, seen[k])));
        let any = false;
        for (const d of parts[0].keys()) {
          const all = parts.map(p => p.get(d));
          if (!all.every(Boolean)) continue;
          any = true;
          const score = alt.weight * unit.span.length * all.reduce((n, s) => n + s.score, 0) / all.length;
          const fuzzy = Math.max(...all.map(s => s.fuzzy)), old = best.get(d);
          if (!old || old.fuzzy > fuzzy || old.fuzzy === fuzzy && old.score < score) best.set(d, { score, fuzzy });
        }
        if (!any) continue;
        if (!unit.low) termWords[u].push(seen);
        if (!unit.low) seen.forEach(m => m.forEach((_, word) => matched.add(word)));
      }
      return best;
    }));
    const total = new Map();
    perUnit.forEach((scores, u) => scores.forEach(({ score, fuzzy }, d) => {
      const r = total.get(d) || { d, cover: 0, fuzzy: 0, score: 0 }, w = units[u].low ? 0 : units[u].span.length;
      r.cover += w; r.fuzzy += fuzzy * w; r.score += score;
      total.set(d, r);
    }));
    const ranked = [...total.values()].filter(r => r.cover > 0)
      .sort((a, b) => b.cover - a.cover || a.fuzzy - b.fuzzy || b.score - a.score || a.d - b.d);
    // Pages covering the most are the result; the rest follow as "some of the words".
    const top = ranked[0]?.cover || 0, full = units.reduce((n, u) => n + (u.low ? 0 : u.span.length), 0);
    const docs = ranked.filter(r => r.cover === top).map(r => r.d);
    return { terms, count: docs.length, all: top === full, docs, rest: ranked.filter(r => r.cover < top).map(r => r.d), words: matched, termWords };
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
  const excerpt = (text, matched, size = 200) => {
    const parts = marks(text, matched), first = parts.findIndex(Array.isArray);
    const at = first < 0 ? 0 : parts.slice(0, first).join("").length;
    let start = Math.max(0, at - size * 0.3), end = Math.min(text.length, start + size);
    if (start > 0) start = text.indexOf(" ", start) + 1;
    if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), at + 1);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  };
  const TYPES = { question: "Question", area: "Area", source: "Evidence source" };
  // A section scores by the query units it holds, then where: title 3, quick-fire question 2, steps 1.5, text 1 (typos ¼).
  const describe = (doc, result) => {
    const sections = doc.s.map(([anchor, label, text]) => {
      const parts = text.split(" · ").map((part, i) => [part, /^quick-/.test(anchor) && i === 0 ? 2 : /^(flow|framework)$/.test(anchor) ? 1.5 : 1]);
      if (!anchor) parts.unshift([doc.t, 3]);
      // "roll back" counts where a section has both words.
      const weights = result.termWords.map(alts => Math.max(0, ...alts.map(maps => Math.min(...maps.map(words => Math.max(0, ...parts.map(([part, w]) => w * best(part, words))))))));
      return { anchor, label, text, n: weights.filter(w => w > 0).length, w: weights.reduce((a, b) => a + b, 0) };
    });
    const order = sections.filter(x => x.n > 0).sort((a, b) => b.n - a.n || b.w - a.w);
    const page = root + doc.u + (location.protocol === "file:" ? "index.html" : "");
    // A quick-fire section is named by its question.
    const one = (x, size) => {
      const quick = /^quick-/.test(x.anchor), [question, ...rest] = x.text.split(" · ");
      return { href: page + (x.anchor ? "#" + x.anchor : ""), label: quick ? question : x.label || TYPES[doc.y] || "",
        quick, text: excerpt(quick ? rest.join(" · ") : x.text, result.words, size) };
    };
    const [first = sections[0], ...others] = order;
    // Other sections holding as much of the query are listed under the page.
    return { ...one(first), title: doc.t, more: others.filter(x => x.n === first.n).slice(0, 2).map(x => one(x, 110)) };
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
    const ids = result.docs.concat(result.rest);
    const docs = await Promise.all(ids.slice(from, from + PAGE).map(d => load("d/" + d)));
    // A newer query may have started while the documents loaded: only the current result draws, and its
    // first page replaces whatever an older, slower query left in the list.
    if (result !== current) return;
    if (from === 0) list.replaceChildren();
    const entry = (r, ...head) => {
      const text = el("span", { className: "search-excerpt" });
      fill(text, marks(r.text, result.words));
      return el("a", { href: r.href }, ...head, el("span", { className: r.quick ? "search-quick search-section" : "search-section" }, r.label), text);
    };
    docs.forEach((doc, i) => {
      if (!doc) return;
      if (from + i === result.docs.length) list.append(el("li", { className: "search-some" }, "Pages with some of the words"));
      const r = describe(doc, result), title = el("span", { className: "search-title" });
      fill(title, marks(r.title, result.words));
      const item = el("li", {}, entry(r, title));
      if (r.more.length) item.append(el("ul", { className: "search-sections" }, ...r.more.map(m => el("li", {}, entry(m)))));
      list.append(item);
    });
    shown = from + PAGE;
    more.hidden = shown >= ids.length;
  };
  // Nothing matched: the titles sharing the most letter triples (search/titles.js, loaded only then).
  const nearest = async q => {
    const grams = text => { const t = ` ${words(text).join(" ")} `, g = new Set(); for (let i = 3; i <= t.length; i++) g.add(t.slice(i - 3, i)); return g; };
    const mine = grams(q);
    return ((await load("titles")) || []).map((title, d) => {
      const theirs = grams(title);
      return { d, s: [...mine].filter(g => theirs.has(g)).length / mine.size, n: theirs.size };
    }).filter(r => r.s >= 0.25).sort((a, b) => b.s - a.s || a.n - b.n).slice(0, 3).map(r => r.d);
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
    const n = result.count, near = n ? [] : await nearest(q);
    if (mine !== seq) return;
    current = near.length ? { ...result, docs: near } : result;
    status.textContent = n === 0 ? `No results for “${q.trim()}”.${near.length ? " The nearest titles:" : ""}`
      : `${n} ${n === 1 ? "page" : "pages"}${result.all ? "" : " match some of the words"} for “${q.trim()}”.`;
    await render(current, 0);
  };
  // Arrows go page to page; Tab also visits the sections under each.
  const links = () => [...list.querySelectorAll(":scope > li > a")];
  const onKey = e => {
    const all = links(), at = all.indexOf(document.activeElement), inList = list.contains(document.activeElement);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const next = at + (e.key === "ArrowDown" ? 1 : -1);
      (next < 0 ? input : all[Math.min(next, all.length - 1)] || input).focus();
    } else if (e.key === "Enter" && document.activeElement === input && all[0]) {
      e.preventDefault();
      all[0].click();
    } else if (inList && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
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
      const link = e.target.closest("a");
      following = !!link;
      // The page a result opens marks the words it was found by (highlight.js).
      if (link && current) try { sessionStorage.setItem("hb-search-hit", JSON.stringify({ u: link.href.split("#")[0], w: [...current.words] })); } catch { /* no storage: no marks */ }
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
    const docs = await Promise.all(result.docs.concat(result.rest).slice(0, n).map(d => load("d/" + d)));
    return { count: result.count, results: docs.filter(Boolean).map(doc => describe(doc, result)) };
  };
  window.handbookSearch = { words, stem, query, results, open };
})();
