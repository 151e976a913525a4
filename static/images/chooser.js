/* The image library chooser: pick a library image as the cover, or insert one in the editor.
   Reads the list from the .library-choice element's data-chooser-url (images.views.choose). */
"use strict";
(function () {
  const text = {
    title: "Thư viện ảnh",
    search: "Tìm theo mô tả, chú thích, tác giả ảnh",
    more: "Xem thêm",
    close: "Đóng",
    none: "Không có ảnh nào.",
    insert: "Chèn ảnh từ thư viện",
  };

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([key, value]) => {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    });
    (children || []).forEach((child) => node.appendChild(child));
    return node;
  }

  // One dialog for the page; open(url, onPick) shows it and calls onPick(image) once.
  let dialog, list, search, more, picked, page, listUrl;
  function build() {
    search = el("input", { type: "search", placeholder: text.search, "aria-label": text.search });
    list = el("ul", { class: "library-results" });
    more = el("button", { type: "button", class: "button", text: text.more, hidden: "" });
    const close = el("button", { type: "button", class: "button library-close", text: text.close });
    dialog = el("dialog", { class: "library-dialog", "aria-label": text.title }, [
      el("h2", { text: text.title }), search, list, more, close,
    ]);
    document.body.appendChild(dialog);
    let typing;
    search.addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => load(true), 250);
    });
    more.addEventListener("click", () => load(false));
    close.addEventListener("click", () => dialog.close());
  }

  function load(fresh) {
    page = fresh ? 1 : page + 1;
    if (fresh) list.replaceChildren();
    const query = new URLSearchParams({ q: search.value, page: String(page) });
    fetch(`${listUrl}?${query}`, { credentials: "same-origin" })
      .then((r) => r.json())
      .then((answer) => {
        (answer.results || []).forEach((image) => {
          const pick = el("button", { type: "button", class: "library-pick", "data-id": image.id }, [
            el("img", { src: image.thumb, alt: image.alt, loading: "lazy" }),
            el("span", { text: image.label }),
          ]);
          pick.addEventListener("click", () => {
            dialog.close();
            picked(image);
          });
          list.appendChild(el("li", {}, [pick]));
        });
        if (page === 1 && !list.children.length) list.appendChild(el("li", { text: text.none }));
        more.hidden = !answer.more;
      });
  }

  function open(url, onPick) {
    if (!dialog) build();
    listUrl = url;
    picked = onPick;
    dialog.showModal();
    load(true);
    search.focus();
  }

  function coverChoice(box) {
    const input = box.querySelector("input[type=hidden]");
    const preview = box.querySelector(".library-choice-preview");
    const unchoose = box.querySelector(".library-unchoose");
    function show(image) {
      input.value = image ? image.id : "";
      preview.hidden = !image;
      unchoose.hidden = !image;
      if (image) {
        const img = preview.querySelector("img");
        img.height = Math.round((img.width || 160) * image.height / image.width);  // no layout shift
        img.src = image.thumb;
        img.alt = image.alt;
        preview.querySelector("figcaption").textContent = image.label;
      }
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    box.querySelector(".library-choose").addEventListener("click", () => open(box.dataset.chooserUrl, show));
    unchoose.addEventListener("click", () => show(null));
  }

  // Each rich-text editor gets a button inserting a library image (with its alt and srcset).
  function editorButton(textarea, url) {
    const button = el("button", { type: "button", class: "button library-insert", text: text.insert });
    textarea.closest(".ck-editor-container").before(button);
    button.addEventListener("click", () =>
      open(url, (image) => {
        const editor = (window.editors || {})[textarea.id];
        if (!editor) return;
        // After a selected image rather than in its place; alt and srcset come along.
        const current = editor.model.document.selection.getSelectedElement();
        const where = current ? editor.model.createPositionAfter(current) : null;
        const attributes = { src: image.url, srcset: image.srcset };
        if (image.alt) attributes.alt = image.alt;
        editor.plugins.get("ImageUtils").insertImage(attributes, where, "imageBlock");
        editor.editing.view.focus();
        document.dispatchEvent(new CustomEvent("library:inserted", { detail: { editor, image } }));
      })
    );
  }

  // An image just uploaded or inserted without alt text: select it and open CKEditor's
  // "text alternative" balloon at once, so the person describes it while it is in mind.
  function askForAlt(editor, imageElement) {
    setTimeout(() => {
      if (!imageElement.root || imageElement.root.rootName === "$graveyard") return;
      if (imageElement.getAttribute("alt")) return;
      editor.model.change((writer) => writer.setSelection(imageElement, "on"));
      editor.plugins.get("ImageTextAlternativeUI")._showForm();
    }, 0);
  }
  function promptAltOnInsert(editor) {
    if (editor.plugins.has("ImageUploadEditing")) {
      editor.plugins.get("ImageUploadEditing").on("uploadComplete", (evt, { imageElement }) =>
        askForAlt(editor, imageElement)
      );
    }
    document.addEventListener("library:inserted", (event) => {
      if (event.detail.editor !== editor) return;
      const selected = editor.model.document.selection.getSelectedElement();
      if (selected) askForAlt(editor, selected);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("textarea.django_ckeditor_5").forEach((t) => {
      const ready = (window.editors || {})[t.id];
      if (ready) promptAltOnInsert(ready);
      else if (window.ckeditorRegisterCallback) window.ckeditorRegisterCallback(t.id, promptAltOnInsert);
    });
    const boxes = document.querySelectorAll(".library-choice");
    boxes.forEach(coverChoice);
    if (!boxes.length) return;
    const url = boxes[0].dataset.chooserUrl;
    document.querySelectorAll("textarea.django_ckeditor_5").forEach((t) => editorButton(t, url));
  });
})();
