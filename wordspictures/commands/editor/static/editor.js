// The editor's own few lines of script (htmx does the rest): a picture dropped on a person
// or a page goes to its file field; a closing window says so; a stopped editor is told.
(function () {
  "use strict";

  function dropTarget(element) {
    const box = element.closest("[data-drop]");
    return box ? document.getElementById(box.dataset.drop) : null;
  }

  document.addEventListener("dragover", function (event) {
    const input = dropTarget(event.target);
    if (input) {
      event.preventDefault();
      input.closest("[data-drop]").classList.add("dropping");
    }
  });

  document.addEventListener("dragleave", function (event) {
    const box = event.target.closest("[data-drop]");
    if (box && !box.contains(event.relatedTarget)) {
      box.classList.remove("dropping");
    }
  });

  document.addEventListener("drop", function (event) {
    const input = dropTarget(event.target);
    if (!input || !event.dataTransfer || !event.dataTransfer.files.length) {
      return;
    }
    event.preventDefault();
    input.closest("[data-drop]").classList.remove("dropping");
    input.files = event.dataTransfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });

  // The editor stops a little while after its last window has closed (server.LEFT).
  window.addEventListener("pagehide", function () {
    navigator.sendBeacon("/bye");
  });

  // The heartbeat cannot reach the editor: it has stopped. Everything was saved.
  document.addEventListener("htmx:sendError", function () {
    const stopped = document.getElementById("stopped");
    if (stopped) {
      stopped.hidden = false;
    }
  });
})();
