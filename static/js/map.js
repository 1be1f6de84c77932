/* Leaflet maps: a single pin (data-lat/data-lon) or the incidents of a filter (data-geojson). */
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el) return;
  if (typeof L === "undefined") {
    el.innerHTML = '<p class="map-offline">The map library did not load; the rest of the page works.</p>';
    return;
  }
  var map = L.map(el, { scrollWheelZoom: false, maxZoom: 18 });  // the clusters need a maxZoom even without tiles
  // Tiles when a tile server is configured (MAP_TILE_URL); otherwise the country outlines shipped
  // with the app (Natural Earth, public domain), so the map works with no network at all.
  var body = document.body;
  var tiles = body.getAttribute("data-map-tiles");
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: body.getAttribute("data-map-tiles-attribution") || "" }).addTo(map);
  } else {
    el.classList.add("map-basemap");
    map.attributionControl.addAttribution("Country outlines: Natural Earth (public domain)");
    fetch(body.getAttribute("data-map-basemap"))
      .then(function (r) { return r.json(); })
      .then(function (outlines) {
        L.geoJSON(outlines, {
          interactive: false,
          style: { color: "#64748b", weight: 0.8, fillColor: "#f1f5f9", fillOpacity: 1 }
        }).addTo(map).bringToBack();
      })
      .catch(function () { /* the points still show on a blank map */ });
  }

  function text(value) { return String(value == null ? "" : value).replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
  }); }

  var lat = parseFloat(el.getAttribute("data-lat")), lon = parseFloat(el.getAttribute("data-lon"));
  if (!isNaN(lat) && !isNaN(lon)) {
    L.marker([lat, lon], { title: el.getAttribute("data-label") || "" }).addTo(map)
      .bindPopup(text(el.getAttribute("data-label")));
    map.setView([lat, lon], parseInt(el.getAttribute("data-zoom") || "8", 10));
    return;
  }

  var url = el.getAttribute("data-geojson");
  map.setView([30, 60], 3);
  if (!url) return;
  var status = document.getElementById("map-status");
  fetch(url, { headers: { "Accept": "application/geo+json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var cluster = L.markerClusterGroup ? L.markerClusterGroup({ showCoverageOnHover: false }) : L.layerGroup();
      data.features.forEach(function (f) {
        var p = f.properties, c = f.geometry.coordinates;
        // Area grows with fatalities: radius ~ sqrt(deaths).
        var radius = 6 + Math.min(30, Math.sqrt(p.fatalities || 0) * 3);
        var marker = L.circleMarker([c[1], c[0]], {
          radius: radius, color: "#7a1c14", weight: 1, fillColor: "#d9432f", fillOpacity: 0.65
        });
        marker.bindPopup('<a href="' + text(p.url) + '">' + text(p.label || p.type) + "</a><br>" +
          text(p.place) + " · " + text(p.date || "undated") + "<br>Fatalities: " + text(p.fatalities == null ? "unknown" : p.fatalities) +
          (p.perpetrators && p.perpetrators.length ? "<br>By: " + text(p.perpetrators.join(", ")) : ""));
        cluster.addLayer(marker);
      });
      map.addLayer(cluster);
      if (data.features.length) {
        var bounds = L.latLngBounds(data.features.map(function (f) { return [f.geometry.coordinates[1], f.geometry.coordinates[0]]; }));
        map.fitBounds(bounds.pad(0.2), { maxZoom: 9 });
      }
      if (status) {
        status.textContent = data.truncated
          ? "The newest " + data.features.length + " matching incidents are shown; filter to see others."
          : data.features.length + " incidents with coordinates shown.";
      }
    })
    .catch(function () { if (status) status.textContent = "Could not load the map data."; });
})();
