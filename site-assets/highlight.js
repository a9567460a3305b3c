// Marks, on the page a search result opened, the words it was found by (search.js leaves them in sessionStorage), until Escape.
(() => {
  "use strict";
  const KEY = "hb-search-hit";
  let saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(KEY) || "null"); } catch { return; }
  const here = location.href.split("#")[0];
  if (!saved || saved.u !== here || !Array.isArray(saved.w)) return;
  const words = new Set(saved.w), main = document.getElementById("main");
  if (!main || !words.size) return;
  // The same words as search.js: runs of letters, marks and digits, compared in lower case.
  const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;
  const texts = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    // Diagram labels are SVG text, where a <mark> would not draw.
    acceptNode: n => n.parentElement.closest("svg, script, noscript, mark") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const node of texts) {
    const text = node.data, parts = [];
    let at = 0;
    for (const m of text.matchAll(WORD)) {
      if (!words.has(m[0].toLowerCase())) continue;
      const mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = m[0];
      parts.push(text.slice(at, m.index), mark);
      at = m.index + m[0].length;
    }
    if (parts.length) node.replaceWith(...parts, text.slice(at));
  }
  const clear = () => {
    for (const mark of main.querySelectorAll("mark.search-hit")) {
      const parent = mark.parentNode;
      mark.replaceWith(mark.textContent);
      parent.normalize();
    }
    try { sessionStorage.removeItem(KEY); } catch { /* nothing to forget */ }
    document.removeEventListener("keydown", onKey);
  };
  // Escape in the search dialog closes the dialog only; elsewhere it clears the marks.
  const onKey = e => { if (e.key === "Escape" && !document.querySelector("dialog[open]")) clear(); };
  document.addEventListener("keydown", onKey);
})();
