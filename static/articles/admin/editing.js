/* The article form as a shared desk: autosave, leave warning, editing-lock heartbeat.
   Configured by #editing-session's data attributes (articles/admin_editing.py). */
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  const session = document.getElementById("editing-session");
  if (!session) return;
  const form = session.closest("form");
  const cfg = session.dataset;
  const status = document.getElementById("autosave-status");
  const lost = document.getElementById("lock-lost");
  let submitting = false;

  // What the person wrote, without tokens, files and buttons.
  function fields() {
    const data = new FormData(form);
    for (const [key, value] of Array.from(data.entries())) {
      if (key === "csrfmiddlewaretoken" || value instanceof File) data.delete(key);
    }
    return data;
  }
  function snapshot() {
    return new URLSearchParams(fields()).toString();
  }
  function withToken(data) {
    data.append("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
    return data;
  }

  // The form as the server sent it: after a refused save it already holds unsaved work.
  const unsaved = cfg.unsaved === "1";
  const opened = snapshot();
  let stored = unsaved ? "" : opened;  // the form as last autosaved
  const changed = () => unsaved || snapshot() !== opened;

  function autosave() {
    if (submitting) return;
    const now = snapshot();
    if (now === stored) return;
    fetch(cfg.autosaveUrl, { method: "POST", body: withToken(fields()), credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((answer) => {
        if (!answer || !answer.saved) return;
        stored = now;
        if (status) status.textContent = answer.message;
      })
      .catch(() => {});
  }
  setInterval(autosave, Number(cfg.autosaveSeconds || 30) * 1000);

  function heartbeat() {
    if (!cfg.heartbeatUrl || submitting) return;
    fetch(cfg.heartbeatUrl, { method: "POST", body: withToken(new FormData()), credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((answer) => {
        if (!answer || answer.held) return;
        clearInterval(beating);
        lost.textContent = answer.message;
        lost.hidden = false;
      })
      .catch(() => {});
  }
  const beating = setInterval(heartbeat, Number(cfg.heartbeatSeconds || 60) * 1000);

  form.addEventListener("submit", function (event) {
    // The preview opens in another tab: this page stays, with its unsaved changes.
    if (event.submitter && event.submitter.formTarget === "_blank") return;
    submitting = true;
  });

  window.addEventListener("beforeunload", function (event) {
    if (submitting || !changed()) return;
    event.preventDefault();
    event.returnValue = cfg.leaveWarning;  // browsers show their own wording
    return cfg.leaveWarning;
  });

  // Leaving the page: keep what was typed, and let the lock go.
  window.addEventListener("pagehide", function () {
    if (submitting) return;
    if (snapshot() !== stored) {
      navigator.sendBeacon(cfg.autosaveUrl, withToken(fields()));
    }
    if (cfg.releaseUrl) navigator.sendBeacon(cfg.releaseUrl, withToken(new FormData()));
  });
});
