// Progressive enhancement only: pages work without this file.
(() => {
  // Opened from disk, a link to "dir/" shows a folder listing; point it at dir/index.html instead.
  if (location.protocol === "file:") {
    for (const a of document.querySelectorAll("a[href]")) {
      const href = a.getAttribute("href");
      if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href)) continue;
      const hash = href.indexOf("#");
      const path = hash < 0 ? href : href.slice(0, hash);
      if (path.endsWith("/")) a.setAttribute("href", path + "index.html" + (hash < 0 ? "" : href.slice(hash)));
    }
  }
  // The print page's button; without this script it stays hidden, and the page's note points to the browser's Print command.
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
  // "On this page" marks the section in view: the last one whose heading has passed the top third of the window.
  // The observer only says when a heading crosses that line; which one is current is read from the layout then.
  const tocLinks = [...document.querySelectorAll(".toc a[href^='#']")];
  const targets = tocLinks.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter(Boolean);
  if (targets.length > 0 && "IntersectionObserver" in window) {
    const mark = () => {
      const line = window.innerHeight / 3;
      let current = targets[0];
      for (const t of targets) if (t.getBoundingClientRect().top <= line) current = t;
      // At the very bottom the last sections cannot reach the line: the last one is then the one in view.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = targets[targets.length - 1];
      for (const a of tocLinks) {
        if (a.hash.slice(1) === current.id) a.setAttribute("aria-current", "location");
        else a.removeAttribute("aria-current");
      }
    };
    const observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -66% 0px" });
    for (const t of targets) observer.observe(t);
    window.addEventListener("scrollend", mark);
    mark();
  }
  // On a phone the contents start folded; wide screens show them always (CSS hides the toggle).
  const toggle = document.querySelector(".sidebar-toggle");
  if (toggle && window.matchMedia("(max-width: 59.99rem)").matches) toggle.open = false;
})();
