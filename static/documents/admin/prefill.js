// The document form: when a PDF is chosen, empty fields are filled from its first page.
"use strict";
(function () {
  const status = () => document.getElementById("prefill-status");
  const csrf = () => document.querySelector("input[name=csrfmiddlewaretoken]").value;

  function fill(fields) {
    const filled = [];
    for (const [name, value] of Object.entries(fields)) {
      const input = document.getElementById("id_" + name);
      if (input && !input.value) {
        input.value = value;
        filled.push(input.labels.length ? input.labels[0].textContent.replace(":", "") : name);
      }
    }
    return filled;
  }

  async function prefill(input) {
    const box = status();
    const body = new FormData();
    body.append("file", input.files[0]);
    const response = await fetch(box.dataset.prefillUrl, {
      method: "POST",
      body: body,
      headers: {"X-CSRFToken": csrf()},
      credentials: "same-origin",
    });
    const data = await response.json();
    if (!response.ok) {
      box.textContent = data.error;
      return;
    }
    const filled = fill(data.fields);
    box.textContent = filled.length ? box.dataset.filled + " " + filled.join(", ") : box.dataset.none;
  }

  document.addEventListener("change", (event) => {
    const input = event.target;
    if (status() && input.type === "file" && input.name.startsWith("files-") && input.files.length) {
      prefill(input);
    }
  });
})();
