// Serve mode only, injected by the dev server: reloads the page after a good rebuild, shows the errors of a failed one.
(() => {
  const script = document.currentScript;
  const version = Number(script.dataset.version);
  const overlayId = "handbook-build-errors";

  function hideErrors() {
    document.getElementById(overlayId)?.remove();
  }

  // Another failed build updates the box in place, the server's included, rather than replacing it: no flicker, and the
  // element a reader's focus or a test holds stays the page's.
  function showErrors(errors) {
    let overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = overlayId;
      overlay.setAttribute("role", "alert");
      document.body.append(overlay);
    }
    const lead = document.createElement("p");
    const strong = document.createElement("strong");
    strong.textContent = "The last build failed";
    lead.append(strong, "; this is the last good build. Fix the file and save.");
    const list = document.createElement("pre");
    list.textContent = errors.join("\n");
    overlay.replaceChildren(lead, list);
  }

  const events = new EventSource(script.dataset.events);
  events.addEventListener("reload", (event) => {
    if (JSON.parse(event.data).version !== version) location.reload();
    else hideErrors();
  });
  events.addEventListener("failed", (event) => {
    const state = JSON.parse(event.data);
    if (state.version !== version) location.reload(); // a good build came and went: fetch it, the server adds the errors
    else showErrors(state.errors);
  });
})();
