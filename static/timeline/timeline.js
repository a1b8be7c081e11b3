// Draws the server-built Plotly figure and opens a meeting's panel when its marker is clicked.
// When the view holds too many meetings to draw, the server sends counts per month: zooming
// in (or clicking a month) asks it for the figure of the visible window, which holds the
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
    var keys = keyboard(holder);
    holder.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      if (!point || !point.customdata) return;
      // The keys go on from the marker or month clicked (when Close brings the focus back).
      keys.highlighted = identity(holder, point.curveNumber, point.pointNumber);
      activate(holder, point.customdata);
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
      // A zoom is one relayout (a drag, a button, a click on a month): a short wait merges the
      // few that quick gestures make into one request, and the reader waits for it too.
      clearTimeout(refetchTimer);
      refetchTimer = setTimeout(function () {
        refetch(holder, range);
      }, 100);
    });
  }

  // What a click on a marker or a month of the counts does, with its customdata.
  function activate(holder, data) {
    if (mode(holder) === "counts") {
      // A point of the counts stands for a month (or a year): zoom to it.
      var end = new Date(data[1]);
      end.setDate(end.getDate() + 1);
      Plotly.relayout(holder, { "xaxis.range": [data[0], end.toISOString().slice(0, 10)] });
    } else if (data[2]) {
      // Several meetings sit on this spot: list them in the panel.
      htmx.ajax("GET", data[2], { target: "#event-panel", swap: "innerHTML" });
    } else {
      openEvent(data[1]);
    }
  }

  // The chart by keyboard. The figure takes the focus (Tab); a marker is highlighted with
  // Plotly's own hover label and read out (a live region); the left and right arrows go from
  // meeting to meeting in time, up and down to the nearest one in the lane above or below,
  // Home and End to the first and the last, among those in the visible window; Enter or
  // Space does what a click does. On the counts, the arrows go from month to month (or year
  // to year) and Enter zooms into the one highlighted. The list under the chart says the same
  // in plain links.
  function keyboard(holder) {
    var keys = { highlighted: null };
    holder.setAttribute("tabindex", "0");
    holder.addEventListener("focus", function () {
      // Only a keyboard's focus: a click focuses the figure too, and a marker highlighted
      // then would be the one Plotly's click reports instead of the one under the pointer.
      if (!holder.matches(":focus-visible")) return;
      var points = markers(holder);
      if (points.length) highlight(holder, keys, find(points, keys.highlighted) || points[0]);
    });
    holder.addEventListener("blur", function () {
      Plotly.Fx.unhover(holder);
    });
    holder.addEventListener("keydown", function (event) {
      if (event.target !== holder || event.altKey || event.ctrlKey || event.metaKey) return;
      var points = markers(holder);
      if (!points.length) return;
      var at = find(points, keys.highlighted);
      var next = null;
      if (event.key === "Enter" || event.key === " ") {
        if (!at) return;
        event.preventDefault();
        activate(holder, holder.data[at.curveNumber].customdata[at.pointNumber]);
        return;
      }
      if (event.key === "Home" || (!at && event.key.indexOf("Arrow") === 0)) next = points[0];
      else if (event.key === "End") next = points[points.length - 1];
      else if (!at) return;
      else if (event.key === "ArrowRight") next = points[Math.min(at.order + 1, points.length - 1)];
      else if (event.key === "ArrowLeft") next = points[Math.max(at.order - 1, 0)];
      else if (event.key === "ArrowUp") next = nearestInLane(points, at, 1) || at;
      else if (event.key === "ArrowDown") next = nearestInLane(points, at, -1) || at;
      else return;
      event.preventDefault(); // the page does not scroll
      highlight(holder, keys, next);
    });
    return keys;
  }

  // The markers (or months of the counts) a reader can reach: in the visible window, of the
  // traces shown, in time order, then from the top lane down.
  function markers(holder) {
    var layout = holder.layout || {};
    var lanes = (layout.yaxis && layout.yaxis.categoryarray) || [];
    var range = layout.xaxis && layout.xaxis.range;
    var from = range ? timeOf(range[0]) : -Infinity;
    var to = range ? timeOf(range[1]) : Infinity;
    var points = [];
    if (mode(holder) === "counts") return months(holder, from, to);
    (holder.data || []).forEach(function (trace, curve) {
      // The grey bars of a period (hoverinfo skip) carry no meeting; a trace turned off in
      // the legend is not shown.
      if (!trace.customdata || trace.visible === "legendonly" || trace.visible === false) return;
      trace.x.forEach(function (x, index) {
        var time = timeOf(x);
        if (time < from || time > to) return;
        points.push({
          curveNumber: curve,
          pointNumber: index,
          time: time,
          lane: lanes.indexOf(trace.y[index]),
          identity: identity(holder, curve, index),
        });
      });
    });
    points.sort(function (a, b) {
      return a.time - b.time || b.lane - a.lane || a.curveNumber - b.curveNumber;
    });
    points.forEach(function (point, order) {
      point.order = order;
    });
    return points;
  }

  // The months (or years) of the counts, one point each: the count traces are stacked areas,
  // one per status, that all have a point in every period of the span (0 where none was), in
  // the same order, so the first trace's points stand for the periods of all of them.
  function months(holder, from, to) {
    var trace = holder.data && holder.data[0];
    var points = [];
    if (!trace || !trace.customdata) return points;
    trace.x.forEach(function (x, index) {
      var time = timeOf(x);
      if (time < from || time > to) return;
      points.push({
        curveNumber: 0,
        pointNumber: index,
        time: time,
        lane: -1,
        identity: identity(holder, 0, index),
        order: points.length,
      });
    });
    return points;
  }

  // A marker by what it stands for (a meeting in a lane, a period of the counts), so that it
  // stays highlighted when the figure is drawn again (a resize, a zoom, new data).
  function identity(holder, curve, index) {
    var trace = holder.data[curve];
    if (mode(holder) === "counts") return "period|" + trace.customdata[index][0];
    return [trace.name, trace.y[index]].concat(trace.customdata[index]).join("|");
  }

  function find(points, wanted) {
    if (!wanted) return null;
    for (var i = 0; i < points.length; i++) {
      if (points[i].identity === wanted) return points[i];
    }
    return null;
  }

  // The marker nearest in time in the closest lane above (+1) or below (-1) that has one:
  // the lanes run from the bottom of the chart (0) to its top.
  function nearestInLane(points, from, direction) {
    var best = null;
    points.forEach(function (point) {
      var step = (point.lane - from.lane) * direction;
      if (from.lane < 0 || point.lane < 0 || step <= 0) return;
      var bestStep = best ? (best.lane - from.lane) * direction : Infinity;
      var closer = Math.abs(point.time - from.time) < Math.abs(best ? best.time - from.time : Infinity);
      if (step < bestStep || (step === bestStep && closer)) best = point;
    });
    return best;
  }

  // A date of the figure ("2022-01-10", or "2022-01-10 13:45:07.5" in a zoomed range) in
  // milliseconds, UTC as Plotly reads them.
  function timeOf(value) {
    if (typeof value === "number") return value;
    var parts = String(value).match(/^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d)(?::(\d\d)(?::(\d\d(?:\.\d+)?))?)?)?/);
    if (!parts) return NaN;
    return Date.UTC(+parts[1], parts[2] - 1, +parts[3], +(parts[4] || 0), +(parts[5] || 0)) + 1000 * (parts[6] || 0);
  }

  function highlight(holder, keys, point) {
    keys.highlighted = point.identity;
    var said = document.getElementById("timeline-figure-current");
    if (mode(holder) === "counts") {
      // The period's label of every status shown, as the pointer over it would show them.
      var shown = countTraces(holder).map(function (curve) {
        return { curveNumber: curve, pointNumber: point.pointNumber };
      });
      Plotly.Fx.hover(holder, shown);
      if (said) said.textContent = describeMonth(holder, point.pointNumber);
      return;
    }
    Plotly.Fx.hover(holder, [{ curveNumber: point.curveNumber, pointNumber: point.pointNumber }]);
    if (said) said.textContent = describe(holder.data[point.curveNumber], point.pointNumber);
  }

  // The count traces not turned off in the legend, by number.
  function countTraces(holder) {
    var curves = [];
    holder.data.forEach(function (trace, curve) {
      if (trace.customdata && trace.visible !== "legendonly" && trace.visible !== false) {
        curves.push(curve);
      }
    });
    return curves;
  }

  // What a screen reader says of a marker: its hover text as words (the figure escapes every
  // value, so the parser reads entities, never markup).
  function describe(trace, index) {
    var html = String(trace.hovertext[index]).replace(/<br>/g, ". ");
    return new DOMParser().parseFromString(html, "text/html").body.textContent;
  }

  // What a screen reader says of a period of the counts: its name, then its meetings of each
  // status shown, in the page's language (its words come from the page: timeline/figure.py).
  function describeMonth(holder, index) {
    var words = JSON.parse(document.getElementById("timeline-words").textContent);
    var counts = [];
    countTraces(holder).forEach(function (curve) {
      var trace = holder.data[curve];
      if (!trace.y[index]) return;
      counts.push(
        words.count
          .replace("%(status)s", String(trace.name).toLowerCase())
          .replace("%(count)s", trace.y[index])
      );
    });
    return words.period
      .replace("%(period)s", holder.data[0].customdata[index][2])
      .replace("%(counts)s", counts.length ? counts.join(", ") : words.none);
  }

  // The meeting's panel: beside the timeline on a wide screen (it stays in view as the list
  // scrolls), a sheet over the bottom of a phone's screen. Opening it moves the focus to its
  // title, so that a keyboard or a screen reader is taken there; Close or Escape puts the
  // address back to the view it was opened from.
  var openedFrom = null;
  var opener = null; // the link or the chart that opened it, which has the focus back at Close
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
    if (opener && document.body.contains(opener)) opener.focus();
    opener = null;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.getElementById("event-panel");
    if (panel) hint = panel.innerHTML;
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var target = event.detail.target;
    if (!target || target.id !== "event-panel") return;
    if (!document.body.classList.contains("panel-open")) {
      openedFrom = window.location.pathname + window.location.search;
    }
    // A link inside the panel (a spot's list) keeps the opener of the panel.
    var active = document.activeElement;
    if (active && active !== document.body && !target.contains(active)) opener = active;
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
