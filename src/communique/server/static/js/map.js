// Map view: Natural Earth country outlines (world-atlas, vendored) and event places sized by count.
/* global d3, topojson */
import { get } from "./api.js";
import { el, errorBox, emptyState, loading, section, go } from "./dom.js";
import { filterForm, pickFilters, EVENT_FIELDS } from "./filters.js";
import { eventsTable } from "./events.js";

let worldPromise = null;
function world() {
  if (!worldPromise) {
    worldPromise = fetch("/static/vendor/world-atlas/countries-110m.json").then((r) => {
      if (!r.ok) throw new Error(`map outlines: HTTP ${r.status}`);
      return r.json();
    });
    worldPromise.catch(() => (worldPromise = null));
  }
  return worldPromise;
}

const placeKey = (p) => `${p.location || "?"}|${p.country || ""}`;

export async function renderMap(root, params) {
  const filters = pickFilters(params, EVENT_FIELDS);
  const errors = el("div", { class: "errors" });
  const { form } = filterForm({
    id: "map-filters",
    fields: EVENT_FIELDS,
    params,
    onSubmit: (values) => go("map", values),
    onError: (err) => errors.append(errorBox(err, "Could not load the filter values")),
  });
  const box = el("div", { id: "map", class: "chart" }, loading("Loading the map…"));
  const below = el("div", { id: "map-events" }, el("p", { class: "hint" }, "Click a circle to list the events held there."));
  root.append(el("h1", {}, "Where events took place"), form, errors, section("Event places", box), section("Events at the selected place", below));
  let places;
  let topo;
  try {
    [places, topo] = await Promise.all([get("/api/places", filters).then((d) => d.places || []), world()]);
  } catch (err) {
    box.replaceChildren(errorBox(err, "Could not load the map"));
    return;
  }
  const located = places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  box.replaceChildren();
  const select = (p) => {
    go("map", { ...filters, place: placeKey(p) });
  };
  draw(box, topo, located, select, params.get("place"));
  if (!located.length) {
    box.append(emptyState("No events with a known place match these filters — widen the dates or clear a filter.", "Only events whose place the extractor could locate are drawn."));
  } else {
    const total = d3.sum(located, (p) => p.n_events);
    box.append(el("p", { class: "hint" }, `${located.length} places, ${total} events. Circle area is proportional to the number of events; hover for the place name.`));
  }
  const chosen = params.get("place") && located.find((p) => placeKey(p) === params.get("place"));
  if (chosen) await showPlace(below, chosen);
}

/** The area to show: the places' bounding box padded (at least 70° × 35°), or the whole world. */
function focus(places) {
  if (!places.length) return { type: "Sphere" };
  let [x0, x1] = d3.extent(places, (p) => p.lon);
  let [y0, y1] = d3.extent(places, (p) => p.lat);
  const padX = Math.max(8, (70 - (x1 - x0)) / 2);
  const padY = Math.max(6, (35 - (y1 - y0)) / 2);
  [x0, x1, y0, y1] = [Math.max(-180, x0 - padX), Math.min(180, x1 + padX), Math.max(-85, y0 - padY), Math.min(85, y1 + padY)];
  if (x1 - x0 > 250) return { type: "Sphere" };
  const corners = [];
  for (let i = 0; i <= 4; i++) for (const y of [y0, y1]) corners.push([x0 + ((x1 - x0) * i) / 4, y]);
  return { type: "MultiPoint", coordinates: corners };
}

function draw(box, topo, places, onSelect, selectedKey) {
  const width = 1000;
  const height = 520;
  const svg = d3
    .select(box)
    .append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", "100%")
    .attr("role", "img")
    .attr("aria-label", "World map of event places")
    .style("max-width", `${width}px`)
    .style("font-size", "12px");
  svg.append("text").attr("class", "chart-title").attr("x", 10).attr("y", 20).text("Event places (circle size: number of events)");
  const extent = [[10, 32], [width - 10, height - 10]];
  const projection = d3.geoNaturalEarth1().fitExtent(extent, focus(places));
  const path = d3.geoPath(projection);
  svg.append("clipPath").attr("id", "map-clip").append("rect").attr("x", extent[0][0]).attr("y", extent[0][1]).attr("width", extent[1][0] - extent[0][0]).attr("height", extent[1][1] - extent[0][1]);
  const base = svg.append("g").attr("clip-path", "url(#map-clip)");
  base.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  base.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
  const countries = topojson.feature(topo, topo.objects.countries);
  base
    .append("g")
    .selectAll("path")
    .data(countries.features)
    .join("path")
    .attr("class", "country")
    .attr("d", path)
    .append("title")
    .text((f) => (f.properties && f.properties.name) || "");
  base.append("path").attr("class", "borders").attr("d", path(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b)));
  const r = d3.scaleSqrt().domain([0, d3.max(places, (p) => p.n_events) || 1]).range([0, 18]);
  const sorted = places.slice().sort((a, b) => b.n_events - a.n_events);
  svg
    .append("g")
    .selectAll("circle")
    .data(sorted)
    .join("circle")
    .attr("class", (p) => `place${placeKey(p) === selectedKey ? " selected" : ""}`)
    .attr("data-place", placeKey)
    .attr("data-n", (p) => p.n_events)
    .attr("cx", (p) => projection([p.lon, p.lat])[0])
    .attr("cy", (p) => projection([p.lon, p.lat])[1])
    .attr("r", (p) => Math.max(4, r(p.n_events)))
    .style("cursor", "pointer")
    .on("click", (_, p) => onSelect(p))
    .append("title")
    .text((p) => `${p.location || "unknown place"}${p.country ? `, ${p.country}` : ""}: ${p.n_events} event${p.n_events === 1 ? "" : "s"}`);
  svg
    .append("g")
    .selectAll("text")
    .data(sorted.slice(0, 12))
    .join("text")
    .attr("class", "place-label")
    .attr("x", (p) => projection([p.lon, p.lat])[0] + Math.max(4, r(p.n_events)) + 2)
    .attr("y", (p) => projection([p.lon, p.lat])[1] + 4)
    .text((p) => p.location || "");
}

async function showPlace(box, place) {
  const ids = place.event_ids || [];
  box.replaceChildren(el("h3", {}, `${place.location || "Unknown place"}${place.country ? `, ${place.country}` : ""}: ${place.n_events} event(s)`));
  if (!ids.length) {
    box.append(emptyState("The server listed no event ids for this place."));
    return;
  }
  const results = await Promise.allSettled(ids.map((id) => get(`/api/events/${encodeURIComponent(id)}`)));
  const events = results.filter((r) => r.status === "fulfilled").map((r) => r.value);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) box.append(errorBox(failed.reason, "Some events could not be loaded"));
  events.sort((a, b) => String((b.date || {}).start || "").localeCompare(String((a.date || {}).start || "")));
  if (events.length) box.append(eventsTable(events, { id: "map-events-table" }));
  if (place.n_events > ids.length) box.append(el("p", { class: "hint" }, `Showing the first ${ids.length} of ${place.n_events} events.`));
}
