/* Amnok pages: the chart (uPlot), the map (Leaflet over a bundled world-atlas basemap) and evidence scrolling.
   Data comes from escaped data-* attributes; nothing is fetched from outside this server. */
(function () {
  "use strict";

  var COLORS = {
    CROSSING: "#4e79a7", ARREST: "#e15759", DETENTION: "#f28e2b", REPATRIATION: "#b07aa1",
    PUNISHMENT: "#9c755f", VIOLENCE: "#d62728", ESCAPE: "#59a14f", RELEASE: "#76b7b2", MEASURE: "#bab0ac"
  };

  function epochSeconds(label) {
    var parts = label.split("-");
    return Date.UTC(Number(parts[0]), parts.length > 1 ? Number(parts[1]) - 1 : 0, 1) / 1000;
  }

  function chart(el) {
    var data = JSON.parse(el.getAttribute("data-series"));
    if (!data.labels.length) {
      el.textContent = "No dated cases yet.";
      el.setAttribute("data-rendered", "empty");
      return;
    }
    var xs = data.labels.map(epochSeconds);
    var series = [{}];
    var columns = [xs];
    Object.keys(data.series).forEach(function (type) {
      series.push({ label: type, stroke: COLORS[type] || "#333", width: 2,
                    points: { show: xs.length < 60 } });
      columns.push(data.series[type].map(function (v) { return typeof v === "number" ? v : null; }));
    });
    var width = Math.max(320, el.clientWidth || 800);
    new uPlot({ width: width, height: 280, series: series, scales: { x: { time: true } },
                axes: [{}, { label: "cases" }] }, columns, el);
    el.setAttribute("data-rendered", "true");
  }

  function dashed(precision) {
    return precision === "county" || precision === "border" || precision === "province";
  }

  function map(el) {
    var places = JSON.parse(el.getAttribute("data-places"));
    var m = L.map(el, { attributionControl: true, zoomSnap: 0.5 }).setView([41.5, 127], 5);
    m.attributionControl.addAttribution("Basemap: Natural Earth via world-atlas");
    fetch(el.getAttribute("data-basemap")).then(function (r) { return r.json(); }).then(function (topo) {
      var countries = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(countries, { style: { color: "#777", weight: 1, fillColor: "#f3efe6", fillOpacity: 1 } })
        .addTo(m).bringToBack();
      el.setAttribute("data-basemap-rendered", "true");
    });
    places.forEach(function (p) {
      var n = typeof p.cases === "number" ? p.cases : 1;
      var faint = p.precision === "country";
      var marker = L.circleMarker([p.lat, p.lon], {
        radius: 4 + 3 * Math.sqrt(n), color: "#b2182b", weight: 2, dashArray: dashed(p.precision) ? "4 3" : null,
        fillOpacity: faint ? 0.1 : 0.45, opacity: faint ? 0.4 : 0.9
      }).addTo(m);
      var box = document.createElement("div");
      var title = document.createElement(p.href ? "a" : "b");
      title.textContent = p.place + (p.admin1 ? ", " + p.admin1 : "");
      if (p.href) { title.setAttribute("href", p.href); }
      box.appendChild(title);
      box.appendChild(document.createElement("br"));
      box.appendChild(document.createTextNode(String(p.cases) + " cases · " + (p.precision || "unknown precision")));
      marker.bindPopup(box);
    });
    el.setAttribute("data-markers", String(places.length));
    el.setAttribute("data-rendered", "true");
  }

  function scrollEvidence() {
    document.querySelectorAll(".document").forEach(function (box) {
      var mark = box.querySelector("mark");
      if (mark) { box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 60); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#chart").forEach(chart);
    document.querySelectorAll("#map").forEach(map);
    scrollEvidence();
  });
})();
