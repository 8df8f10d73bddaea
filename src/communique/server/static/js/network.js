// Network view: who met whom, as a d3-force graph. Node size = events, colour = kind.
/* global d3 */
import { get } from "./api.js";
import { el, errorBox, emptyState, loading, section, go, href } from "./dom.js";
import { filterForm, pickFilters } from "./filters.js";

const FIELDS = ["from", "to", "country", "org", "topic"];
const KINDS = ["person", "organization", "state"];
const COLORS = ["#2b6cb0", "#dd6b20", "#38a169"];

export async function renderNetwork(root, params) {
  const filters = pickFilters(params, FIELDS);
  const errors = el("div", { class: "errors" });
  const { form } = filterForm({
    id: "network-filters",
    fields: FIELDS,
    params,
    onSubmit: (values) => go("network", values),
    onError: (err) => errors.append(errorBox(err, "Could not load the filter values")),
  });
  const box = el("div", { id: "network", class: "chart" }, loading("Loading the network…"));
  root.append(el("h1", {}, "Who met whom"), form, errors, section("Network of participants", box, el("p", { class: "hint" }, "Two participants are linked when they took part in the same event (by default the API counts events that occurred).")));
  let data;
  try {
    // No status: the API's documented default is status=occurred.
    data = await get("/api/network", filters);
  } catch (err) {
    box.replaceChildren(errorBox(err, "Could not load the network"));
    return;
  }
  const nodes = (data.nodes || []).map((n) => ({ ...n }));
  const ids = new Set(nodes.map((n) => n.id));
  const links = (data.edges || []).filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ ...e }));
  if (!nodes.length) {
    box.replaceChildren(emptyState("No meetings match these filters — widen the dates or clear a filter.", "The graph links two participants when they took part in the same occurred event."));
    return;
  }
  box.replaceChildren();
  draw(box, nodes, links, data.n_events);
}

function draw(box, nodes, links, nEvents) {
  const width = 1000;
  const height = 620;
  const color = d3.scaleOrdinal().domain(KINDS).range(COLORS).unknown("#718096");
  const radius = d3.scaleSqrt().domain([0, d3.max(nodes, (n) => n.n_events || 1) || 1]).range([3, 22]);
  const stroke = d3.scaleLinear().domain([1, d3.max(links, (l) => l.weight || 1) || 1]).range([1.2, 6]);
  const sim = d3
    .forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(120))
    .force("charge", d3.forceManyBody().strength(-420))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide().radius((n) => radius(n.n_events || 1) + 14))
    .force("x", d3.forceX(width / 2).strength(0.05))
    .force("y", d3.forceY(height / 2).strength(0.07))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  const pad = 30;
  for (const n of nodes) {
    n.x = Math.max(pad, Math.min(width - pad, n.x));
    n.y = Math.max(pad + 20, Math.min(height - pad, n.y));
  }
  const svg = d3
    .select(box)
    .append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", "100%")
    .attr("role", "img")
    .attr("aria-label", "Network of participants")
    .style("max-width", `${width}px`)
    .style("font-size", "12px");
  svg.append("text").attr("class", "chart-title").attr("x", 10).attr("y", 20).text(`${nodes.length} participants linked by ${links.length} pairs, from ${nEvents ?? "?"} events`);
  svg
    .append("g")
    .attr("class", "links")
    .selectAll("line")
    .data(links)
    .join("line")
    .attr("x1", (l) => l.source.x)
    .attr("y1", (l) => l.source.y)
    .attr("x2", (l) => l.target.x)
    .attr("y2", (l) => l.target.y)
    .attr("stroke", "#a0aec0")
    .attr("stroke-opacity", 0.8)
    .attr("stroke-width", (l) => stroke(l.weight || 1))
    .append("title")
    .text((l) => `${l.source.name} — ${l.target.name}: ${l.weight} shared event(s)`);
  const node = svg
    .append("g")
    .attr("class", "nodes")
    .selectAll("g")
    .data(nodes)
    .join("g")
    .attr("transform", (n) => `translate(${n.x},${n.y})`);
  node
    .append("circle")
    .attr("data-actor-id", (n) => n.id)
    .attr("r", (n) => radius(n.n_events || 1))
    .attr("fill", (n) => color(n.kind))
    .attr("stroke", "#fff")
    .attr("stroke-width", 1.5)
    .style("cursor", "pointer")
    .on("click", (_, n) => (location.hash = href.actor(n.id)))
    .append("title")
    .text((n) => `${n.name}${n.affiliation ? ` (${n.affiliation})` : ""}: ${n.n_events} event(s) — click for details`);
  const showAll = nodes.length <= 60;
  const minEvents = showAll ? 0 : d3.quantile(nodes.map((n) => n.n_events || 0).sort(d3.ascending), 0.8);
  node
    .filter((n) => showAll || (n.n_events || 0) >= minEvents)
    .append("text")
    .attr("class", "node-label")
    .attr("x", (n) => radius(n.n_events || 1) + 3)
    .attr("y", 4)
    .text((n) => n.name);
  box.append(legendBox(color, radius, showAll));
}

function legendBox(color, radius, showAll) {
  const legend = el("div", { id: "network-legend", class: "legend" }, el("span", { class: "legend-title" }, "Legend:"));
  KINDS.forEach((k) => legend.append(el("span", { class: "legend-item" }, el("span", { class: "swatch", style: `background:${color(k)}` }), k)));
  legend.append(el("span", { class: "legend-item" }, `circle area: events taken part in (up to ${Math.round(radius.domain()[1])}); line width: shared events`));
  legend.append(el("span", { class: "legend-item" }, showAll ? "Click a circle to open the actor." : "Labels on the most active fifth; hover a circle for its name, click to open it."));
  return legend;
}
