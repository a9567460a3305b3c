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
  // On a phone the contents start folded; wide screens show them always (CSS hides the toggle).
  const toggle = document.querySelector(".sidebar-toggle");
  if (toggle && window.matchMedia("(max-width: 59.99rem)").matches) toggle.open = false;
})();
