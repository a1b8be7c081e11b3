// The review queue's keyboard: j/k move between events, c confirms, x rejects, e opens the
// fix form, u undoes the last review, ? lists the keys. The forms themselves work without it.
(function () {
  "use strict";

  // The event to focus once the list has changed after a confirm or reject: the one that
  // followed the reviewed event, so that the editor goes on where they were. When the
  // reviewed event was the last listed, that is the one that comes in at the end, if any.
  var focusAfterSwap = null;
  var listedBefore = null;

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll("#queue .queue-item"));
  }

  function current() {
    var active = document.activeElement;
    var item = active && active.closest ? active.closest(".queue-item") : null;
    return item || document.querySelector("#queue .queue-item.is-current");
  }

  function focusItem(item) {
    if (!item) return;
    items().forEach(function (other) {
      other.classList.toggle("is-current", other === item);
    });
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest", behavior: "auto" });
  }

  function move(step) {
    var all = items();
    if (!all.length) return;
    var index = all.indexOf(current());
    var next = index < 0 ? 0 : Math.min(all.length - 1, Math.max(0, index + step));
    focusItem(all[next]);
  }

  function review(value) {
    var item = current();
    if (!item) return;
    var button = item.querySelector(".queue-review button[value='" + value + "']");
    if (button) button.click();
  }

  function fillValue(form) {
    var select = form.querySelector(".queue-fix-field");
    var input = form.querySelector(".queue-fix-value");
    var option = select.options[select.selectedIndex];
    input.value = option ? option.dataset.value || "" : "";
    var lists = { kind: "queue-kinds", status: "queue-statuses" };
    if (lists[select.value]) input.setAttribute("list", lists[select.value]);
    else input.removeAttribute("list");
  }

  function openFix(item) {
    var details = item && item.querySelector(".queue-fix");
    if (!details) return;
    details.open = true;
    var form = details.querySelector("form");
    if (!details.querySelector(".queue-error")) fillValue(form);
    form.querySelector(".queue-fix-field").focus();
  }

  function closeFix(details) {
    details.open = false;
    focusItem(details.closest(".queue-item"));
  }

  function toggleHelp() {
    var help = document.getElementById("queue-help");
    if (!help) return;
    if (help.open) help.close();
    else help.showModal();
  }

  function typing(target) {
    return (
      target &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    );
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var details = event.target.closest && event.target.closest(".queue-fix[open]");
      if (details) {
        event.preventDefault();
        closeFix(details);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var help = document.getElementById("queue-help");
    if (help && help.open && event.key !== "?") return;
    var actions = {
      j: function () { move(1); },
      k: function () { move(-1); },
      c: function () { review("confirmed"); },
      x: function () { review("rejected"); },
      e: function () { openFix(current()); },
      u: function () {
        var undo = document.querySelector("#queue .queue-undo");
        if (undo) undo.click();
      },
      "?": toggleHelp,
    };
    if (!actions[event.key]) return;
    event.preventDefault();
    actions[event.key]();
  });

  document.addEventListener("change", function (event) {
    if (event.target.classList.contains("queue-fix-field")) {
      fillValue(event.target.form);
      event.target.form.querySelector(".queue-fix-value").focus();
    }
  });

  // Opening the form with a click fills it as the e key does.
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (details.classList && details.classList.contains("queue-fix") && details.open) {
      if (!details.querySelector(".queue-error")) fillValue(details.querySelector("form"));
    }
  }, true);

  document.addEventListener("focusin", function (event) {
    var item = event.target.closest && event.target.closest(".queue-item");
    if (item && !item.classList.contains("is-current")) {
      items().forEach(function (other) {
        other.classList.toggle("is-current", other === item);
      });
    }
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt;
    if (!form.classList) return;
    if (form.classList.contains("queue-review")) {
      var item = form.closest(".queue-item");
      var neighbour = item && (item.nextElementSibling || item.previousElementSibling);
      focusAfterSwap = neighbour ? neighbour.id : null;
      listedBefore = null;
      if (item && !item.nextElementSibling) {
        listedBefore = items().map(function (listed) {
          return listed.id;
        });
      }
    } else if (form.classList.contains("queue-last")) {
      focusAfterSwap = "queue-item-" + form.querySelector(".queue-undo").dataset.eventId;
    }
  });

  // The server adds the event that follows the last one listed, to take the reviewed one's
  // place at the end of the list.
  document.addEventListener("htmx:configRequest", function (event) {
    var form = event.detail.elt;
    if (!form.classList || !form.classList.contains("queue-review")) return;
    var all = items();
    if (all.length) event.detail.parameters.after = all[all.length - 1].dataset.eventId;
  });

  // A fix that fails validation answers 422 with the item and its error: show it in place.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.elt;
    if (!target || !target.id) return;
    // The counts come with every review (out of band), the whole queue with an undo or a page.
    if (target.id === "queue-counts" || target.id === "queue") {
      var empty = document.getElementById("queue-empty");
      if (empty) empty.hidden = items().length > 0;
      var arrived = listedBefore && items().filter(function (i) {
        return listedBefore.indexOf(i.id) < 0;
      })[0];
      focusItem(arrived || document.getElementById(focusAfterSwap) || items()[0]);
      focusAfterSwap = null;
      listedBefore = null;
    } else if (target.classList.contains("queue-item")) {
      var item = document.getElementById(target.id);
      var error = item && item.querySelector(".queue-error");
      if (error) item.querySelector(".queue-fix-value").focus();
      else focusItem(item);
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var fixing = document.querySelector("#queue .queue-fix[open]");
    if (fixing) {
      fixing.querySelector(".queue-fix-value").focus();
      return;
    }
    var target = window.location.hash && document.querySelector(window.location.hash);
    focusItem(target && target.classList.contains("queue-item") ? target : items()[0]);
  });
})();
