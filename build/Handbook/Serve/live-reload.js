// Serve mode only, injected by the dev server: reloads the page after a good rebuild, shows the errors of a failed one.
(() => {
  const script = document.currentScript;
  const version = Number(script.dataset.version);
  const overlayId = "handbook-build-errors";

  function hideErrors() {
    document.getElementById(overlayId)?.remove();
  }

  function showErrors(errors) {
    hideErrors();
    const overlay = document.createElement("div");
    overlay.id = overlayId;
    overlay.setAttribute("role", "alert");
    const lead = document.createElement("p");
    const strong = document.createElement("strong");
    strong.textContent = "The last build failed";
    lead.append(strong, "; this is the last good build. Fix the file and save.");
    const list = document.createElement("pre");
    list.textContent = errors.join("\n");
    overlay.append(lead, list);
    document.body.append(overlay);
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
