// Draws the server-built Plotly figure and opens a meeting's panel when its marker is clicked.
// When the view holds too many meetings to draw, the server sends counts per month: zooming
// in (or clicking a bar) asks it for the figure of the visible window, which holds the
// meetings themselves once few enough are in it.
(function () {
  "use strict";

  // The chart's box shows only where a script can draw in it (site.css).
  document.documentElement.classList.add("js");

  var CONFIG = {
    responsive: true,
    displaylogo: false,
    modeBarButtonsToRemove: ["select2d", "lasso2d"],
  };
  var refetchTimer = null;
  // The page and view the address stood for when last shown, without its #fragment.
  var shownAddress = addressOf(window.location.href);
  var request = 0;

  function addressOf(url) {
    var parsed = new URL(url, window.location.href);
    return parsed.pathname + parsed.search;
  }

  function openEvent(url) {
    htmx.ajax("GET", url, { target: "#event-panel", swap: "innerHTML" }).then(function () {
      // The address bar carries the permalink, so what is on screen can be shared as is.
      history.pushState({ eventPanel: true }, "", url);
      shownAddress = addressOf(url);
    });
  }

  function mode(holder) {
    var meta = holder.layout && holder.layout.meta;
    return meta ? meta.mode : "meetings";
  }

  // The figure of the page's filters inside [start, end] (the whole view when range is null).
  function refetch(holder, range) {
    var params = new URLSearchParams(window.location.search);
    params.delete("page");
    if (range) {
      params.set("window_from", String(range[0]).slice(0, 10));
      params.set("window_to", String(range[1]).slice(0, 10));
    }
    // Only the answer to the latest request is drawn: zooming fast sends several.
    var number = ++request;
    holder.dataset.ready = "false";
    fetch(holder.dataset.figureUrl + "?" + params.toString(), {
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (figure) {
        if (!figure || number !== request) return;
        if (range) {
          figure.layout.xaxis.range = range;
          figure.layout.xaxis.autorange = false;
        }
        holdHeight(holder, figure);
        return Plotly.react(holder, figure.data, figure.layout, CONFIG);
      })
      .then(function () {
        if (number === request) holder.dataset.ready = "true";
      });
  }

  // On a resize, Plotly takes the height of the figure's box: a box sized by the figure itself
  // would give back only its minimum, and the figure would shrink for good. The box is given
  // the figure's height.
  function holdHeight(holder, figure) {
    holder.style.height = (figure.layout.height || 320) + "px";
  }

  // In French the page gives Plotly its month and day names and its buttons' words (the
  // server's, from Django's translations); in English Plotly's own are used.
  function useLocale() {
    var source = document.getElementById("timeline-locale");
    var locale = source ? JSON.parse(source.textContent) : null;
    if (!locale || CONFIG.locale === locale.name) return;
    Plotly.register({
      moduleType: "locale",
      name: locale.name,
      dictionary: locale.dictionary,
      format: locale.format,
    });
    CONFIG.locale = locale.name;
  }

  function drawFigure() {
    var holder = document.getElementById("timeline-figure");
    var source = document.getElementById("timeline-figure-data");
    if (!holder || !source || typeof Plotly === "undefined") return;
    useLocale();
    var figure = JSON.parse(source.textContent);
    // Whether the whole view fits as markers: then zooming needs nothing from the server.
    var whole = figure.layout.meta ? figure.layout.meta.mode : "meetings";
    holdHeight(holder, figure);
    Plotly.newPlot(holder, figure.data, figure.layout, CONFIG).then(function () {
      holder.dataset.ready = "true";
    });
    holder.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      if (!point || !point.customdata) return;
      if (mode(holder) === "counts") {
        // A bar stands for a month (or a year): zoom to it.
        var end = new Date(point.customdata[1]);
        end.setDate(end.getDate() + 1);
        Plotly.relayout(holder, { "xaxis.range": [point.customdata[0], end.toISOString().slice(0, 10)] });
      } else if (point.customdata[2]) {
        // Several meetings sit on this spot: list them in the panel.
        htmx.ajax("GET", point.customdata[2], { target: "#event-panel", swap: "innerHTML" });
      } else {
        openEvent(point.customdata[1]);
      }
    });
    holder.on("plotly_relayout", function (change) {
      if (whole !== "counts") return;
      var range = null;
      if (change["xaxis.range[0]"] !== undefined) {
        range = [change["xaxis.range[0]"], change["xaxis.range[1]"]];
      } else if (change["xaxis.range"]) {
        range = change["xaxis.range"];
      } else if (!change["xaxis.autorange"]) {
        return;
      }
      clearTimeout(refetchTimer);
      refetchTimer = setTimeout(function () {
        refetch(holder, range);
      }, 250);
    });
  }

  // The meeting's panel: beside the timeline on a wide screen (it stays in view as the list
  // scrolls), a sheet over the bottom of a phone's screen. Opening it moves the focus to its
  // title, so that a keyboard or a screen reader is taken there; Close or Escape puts the
  // address back to the view it was opened from.
  var openedFrom = null;
  var hint = null; // what the panel says before any meeting is opened

  function panelOpened() {
    var panel = document.getElementById("event-panel");
    var close = document.getElementById("event-panel-close");
    if (!panel || !close) return;
    document.body.classList.add("panel-open");
    close.hidden = false;
    var heading = panel.querySelector("h1, h2");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
    panel.parentElement.scrollIntoView({ block: "nearest" });
  }

  function closePanel() {
    var panel = document.getElementById("event-panel");
    var close = document.getElementById("event-panel-close");
    if (!panel || !document.body.classList.contains("panel-open")) return;
    document.body.classList.remove("panel-open");
    close.hidden = true;
    panel.innerHTML = hint || "";
    // Back to the view it was opened from; a permalink opened as a page, to the timeline
    // around its meeting that the page shows.
    var back = openedFrom || close.dataset.closeUrl;
    if (back) {
      history.replaceState(null, "", back);
      shownAddress = addressOf(back);
    }
    openedFrom = null;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.getElementById("event-panel");
    if (panel) hint = panel.innerHTML;
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var target = event.detail.target;
    if (target && target.id === "event-panel" && !document.body.classList.contains("panel-open")) {
      openedFrom = window.location.pathname + window.location.search;
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "event-panel") panelOpened();
  });
  document.addEventListener("click", function (event) {
    if (event.target.id === "event-panel-close") closePanel();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closePanel();
  });

  // The language switch comes back to the address on screen, which HTMX may have moved since
  // the page was loaded (a filter applied, a meeting opened).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.classList.contains("language-switch") && form.elements.next) {
      form.elements.next.value = window.location.pathname + window.location.search;
    }
  });

  document.addEventListener("DOMContentLoaded", drawFigure);
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail.elt && event.detail.elt.id === "results") drawFigure();
  });
  // Back from a permalink pushed by a click: show the page that address stands for.
  document.addEventListener("htmx:pushedIntoHistory", function (event) {
    shownAddress = addressOf(event.detail.path);
  });
  window.addEventListener("popstate", function (event) {
    // A link to a part of the page (the skip link) moves only the #fragment: nothing to load.
    if (addressOf(window.location.href) === shownAddress) return;
    if (!event.state || !event.state.htmx) window.location.reload();
  });
})();
