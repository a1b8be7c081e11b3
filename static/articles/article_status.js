// Keeps the article list's status, meeting count and error columns current while parses run.
(function () {
  "use strict";
  var POLL_MS = 2000;
  var PENDING = { queued: true, parsing: true };

  function pendingIds() {
    return Array.prototype.filter
      .call(document.querySelectorAll(".article-status"), function (el) {
        return PENDING[el.dataset.status];
      })
      .map(function (el) { return el.dataset.articleId; });
  }

  function setText(selector, id, text) {
    var el = document.querySelector(selector + '[data-article-id="' + id + '"]');
    if (el) el.textContent = text;
    return el;
  }

  function poll() {
    var ids = pendingIds();
    if (!ids.length) return;
    var url = window.location.pathname.replace(/\/$/, "") + "/statuses/?ids=" + ids.join(",");
    fetch(url, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { articles: {} }; })
      .then(function (body) {
        Object.keys(body.articles).forEach(function (id) {
          var article = body.articles[id];
          var status = setText(".article-status", id, article.label);
          if (status) status.dataset.status = article.status;
          setText(".article-meetings", id, String(article.meetings));
          setText(".article-error", id, article.error);
        });
      })
      .catch(function () {})
      .then(function () { window.setTimeout(poll, POLL_MS); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector(".article-status")) window.setTimeout(poll, POLL_MS);
  });
})();
