/* Counts one view of the article on this page, once it has loaded.
   The page itself stays cacheable: the count travels in its own small POST. */
(function () {
  "use strict";
  var article = document.querySelector("[data-view-count-url]");
  if (!article) {
    return;
  }
  var url = article.getAttribute("data-view-count-url");
  if (navigator.sendBeacon) {
    navigator.sendBeacon(url);
  } else if (window.fetch) {
    window.fetch(url, { method: "POST", keepalive: true, credentials: "omit" });
  }
})();
