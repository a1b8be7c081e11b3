// Draws the server-built Plotly figure and opens a meeting's panel when its marker is clicked.
(function () {
  "use strict";

  function openEvent(url) {
    htmx.ajax("GET", url, { target: "#event-panel", swap: "innerHTML" }).then(function () {
      // The address bar carries the permalink, so what is on screen can be shared as is.
      history.pushState({ eventPanel: true }, "", url);
    });
  }

  function drawFigure() {
    var holder = document.getElementById("timeline-figure");
    var source = document.getElementById("timeline-figure-data");
    if (!holder || !source || typeof Plotly === "undefined") return;
    var figure = JSON.parse(source.textContent);
    Plotly.newPlot(holder, figure.data, figure.layout, {
      responsive: true,
      displaylogo: false,
      modeBarButtonsToRemove: ["select2d", "lasso2d"],
    }).then(function () {
      holder.dataset.ready = "true";
    });
    holder.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      if (point && point.customdata) openEvent(point.customdata[1]);
    });
  }

  document.addEventListener("DOMContentLoaded", drawFigure);
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail.elt && event.detail.elt.id === "results") drawFigure();
  });
  // Back from a permalink pushed by a click: show the page that address stands for.
  window.addEventListener("popstate", function (event) {
    if (!event.state || !event.state.htmx) window.location.reload();
  });
})();
