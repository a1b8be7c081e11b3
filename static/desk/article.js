// The article desk: a selection in the article's text becomes the offsets of "Add a meeting".
//
// Every piece of the text carries `data-start`, its offset in the article, and holds exactly
// the article's characters: a DOM selection maps back to offsets in the text as stored. The
// server widens them to whole sentences and fills the form with the engine's reading.
(function () {
  "use strict";

  function root() {
    return document.getElementById("article-text");
  }

  function segmentsOf(container) {
    return container.querySelectorAll("[data-start]");
  }

  // The article offset of one boundary point of a selection.
  function offsetOf(container, node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      var own = node.parentElement && node.parentElement.closest("[data-start]");
      if (own && container.contains(own)) return Number(own.dataset.start) + offset;
    }
    // On an element (a triple click, a drag past the text): the first piece after the point.
    var segments = segmentsOf(container);
    var point = document.createRange();
    point.setStart(node, offset);
    for (var i = 0; i < segments.length; i++) {
      if (point.comparePoint(segments[i], 0) >= 0) return Number(segments[i].dataset.start);
    }
    var last = segments[segments.length - 1];
    return last ? Number(last.dataset.start) + last.textContent.length : 0;
  }

  function selectedOffsets() {
    var container = root();
    var selection = window.getSelection();
    if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    var range = selection.getRangeAt(0);
    if (!range.intersectsNode(container)) return null;
    var start = offsetOf(container, range.startContainer, range.startOffset);
    var end = offsetOf(container, range.endContainer, range.endOffset);
    if (end <= start) return null;
    return { start: start, end: end, text: selection.toString() };
  }

  function showSelection() {
    var chosen = selectedOffsets();
    var button = document.getElementById("add-meeting");
    // A click on the button collapses the selection: the last one is kept until another.
    if (!chosen || !button) return;
    var holder = document.getElementById("selection-offsets");
    holder.querySelector("[name=start]").value = chosen.start;
    holder.querySelector("[name=end]").value = chosen.end;
    var url = new URL(button.getAttribute("hx-get"), window.location.href);
    url.searchParams.set("start", chosen.start);
    url.searchParams.set("end", chosen.end);
    button.href = url.pathname + url.search;
    button.hidden = false;
    var hint = document.getElementById("selection-hint");
    var words = chosen.text.replace(/\s+/g, " ").trim();
    hint.textContent = "Selected: “" + (words.length > 80 ? words.slice(0, 77) + "…" : words) + "”";
  }

  document.addEventListener("selectionchange", showSelection);

  // A refused selection (400) or a form with errors (422) is shown where the form goes,
  // with the server's message, rather than dropped as a failed request.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 400 || status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
