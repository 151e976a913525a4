/* Font-size switch (A− A A+), remembered in localStorage, and the print button. */
(function () {
  "use strict";
  var KEY = "newsroom.fontScale";
  var SCALES = [87.5, 100, 112.5, 125, 150];
  var root = document.documentElement;

  function read() {
    try {
      var value = parseFloat(window.localStorage.getItem(KEY));
      return SCALES.indexOf(value) >= 0 ? value : 100;
    } catch (e) {
      return 100;
    }
  }

  function apply(scale) {
    root.style.fontSize = scale === 100 ? "" : scale + "%";
  }

  apply(read());

  document.addEventListener("DOMContentLoaded", function () {
    var group = document.querySelector(".font-size");
    if (group) {
      group.hidden = false;
      group.addEventListener("click", function (event) {
        var button = event.target.closest("[data-font-step]");
        if (!button) return;
        var step = parseInt(button.getAttribute("data-font-step"), 10);
        var index = SCALES.indexOf(read());
        var next = step === 0 ? 100 : SCALES[Math.min(SCALES.length - 1, Math.max(0, index + step))];
        try {
          window.localStorage.setItem(KEY, String(next));
        } catch (e) {
          /* private mode: the size still applies to this page */
        }
        apply(next);
      });
    }
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
    });
  });
})();
