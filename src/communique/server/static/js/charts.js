// Shared d3 charts: every chart has a title and labelled axes.
/* global d3 */

const FONT = 12;

/** "2025", "2025-02" or "2025-02-14" → Date (first day), or null. */
export function parseDate(s) {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(s));
  if (!m) return null;
  return new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
}

function eventStart(e) {
  return e.date_start ?? (e.date ? e.date.start : null);
}

/** Count events per month: [{month: "2025-02", n}] with empty months filled in. */
export function eventsByMonth(events) {
  const counts = new Map();
  for (const e of events) {
    const d = eventStart(e);
    if (!d || d.length < 7) continue;
    const month = d.slice(0, 7);
    counts.set(month, (counts.get(month) || 0) + 1);
  }
  if (!counts.size) return [];
  const months = [...counts.keys()].sort();
  const first = parseDate(months[0]);
  const last = parseDate(months[months.length - 1]);
  const rows = [];
  for (let d = first; d <= last; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    const key = d.toISOString().slice(0, 7);
    rows.push({ month: key, n: counts.get(key) || 0 });
  }
  return rows;
}

function frame(container, { title, width = 900, height = 260, margin }) {
  const m = { top: 34, right: 20, bottom: 52, left: 56, ...(margin || {}) };
  const svg = d3
    .select(container)
    .append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", "100%")
    .attr("role", "img")
    .attr("aria-label", title)
    .style("max-width", `${width}px`)
    .style("font-size", `${FONT}px`);
  svg.append("text").attr("class", "chart-title").attr("x", m.left).attr("y", 20).text(title);
  const g = svg.append("g").attr("transform", `translate(${m.left},${m.top})`);
  return { svg, g, w: width - m.left - m.right, h: height - m.top - m.bottom, m, width, height };
}

function axisLabel(svg, text, x, y, rotate) {
  const t = svg.append("text").attr("class", "axis-label").attr("text-anchor", "middle").text(text);
  if (rotate) t.attr("transform", `translate(${x},${y}) rotate(-90)`);
  else t.attr("x", x).attr("y", y);
}

/** Bar chart of events per month. rows: [{month, n}]; onClick(month) optional. */
export function monthBars(container, rows, { title, xLabel = "Month", yLabel = "Events", onClick } = {}) {
  const f = frame(container, { title });
  const x = d3.scaleBand().domain(rows.map((r) => r.month)).range([0, f.w]).padding(0.15);
  const y = d3.scaleLinear().domain([0, d3.max(rows, (r) => r.n) || 1]).nice().range([f.h, 0]);
  const every = Math.max(1, Math.ceil(rows.length / 12));
  const fmt = d3.utcFormat("%b %Y");
  f.g.append("g")
    .attr("class", "axis x-axis")
    .attr("transform", `translate(0,${f.h})`)
    .call(d3.axisBottom(x).tickValues(x.domain().filter((_, i) => i % every === 0)).tickFormat((m) => fmt(parseDate(m))));
  f.g.append("g").attr("class", "axis y-axis").call(d3.axisLeft(y).ticks(Math.min(6, y.domain()[1])).tickFormat(d3.format("d")));
  const bars = f.g
    .selectAll("rect.bar")
    .data(rows)
    .join("rect")
    .attr("class", "bar")
    .attr("data-month", (r) => r.month)
    .attr("x", (r) => x(r.month))
    .attr("width", x.bandwidth())
    .attr("y", (r) => y(r.n))
    .attr("height", (r) => f.h - y(r.n));
  bars.append("title").text((r) => `${fmt(parseDate(r.month))}: ${r.n} event${r.n === 1 ? "" : "s"}`);
  if (onClick) bars.style("cursor", "pointer").on("click", (_, r) => onClick(r.month));
  axisLabel(f.svg, xLabel, f.m.left + f.w / 2, f.height - 10);
  axisLabel(f.svg, yLabel, 16, f.m.top + f.h / 2, true);
  return f.svg.node();
}

/** Horizontal bars as an HTML list: items [{label, value, href, dataset}]. */
export function barList(container, items, { valueLabel = "" } = {}) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const ol = document.createElement("ol");
  ol.className = "bar-list";
  for (const item of items) {
    const li = document.createElement("li");
    const label = document.createElement(item.href ? "a" : "span");
    label.className = "bar-label";
    if (item.href) label.href = item.href;
    for (const [k, v] of Object.entries(item.dataset || {})) label.dataset[k] = v;
    label.textContent = item.label;
    const track = document.createElement("span");
    track.className = "bar-track";
    const bar = document.createElement("span");
    bar.className = "bar-fill";
    bar.style.width = `${(100 * item.value) / max}%`;
    track.append(bar);
    const value = document.createElement("span");
    value.className = "bar-value";
    const unit = typeof valueLabel === "function" ? valueLabel(item.value) : valueLabel;
    value.textContent = `${item.value}${unit ? ` ${unit}` : ""}`;
    li.append(label, track, value);
    ol.append(li);
  }
  container.append(ol);
  return ol;
}

/** Month ticks read "Mar 2025", other ticks "14 Mar". */
function timeTick(d) {
  return d.getUTCDate() === 1 ? d3.utcFormat("%b %Y")(d) : d3.utcFormat("%-d %b")(d);
}

function timeDomain(dates) {
  let [lo, hi] = d3.extent(dates);
  if (!lo) return null;
  if (+lo === +hi) {
    lo = d3.utcMonth.offset(lo, -1);
    hi = d3.utcMonth.offset(hi, 1);
  }
  return [d3.utcDay.offset(lo, -3), d3.utcDay.offset(hi, 3)];
}

/** Roles over time: rows [{label, start, end, detail}] drawn as horizontal bars. */
export function rangeChart(container, rows, { title, xLabel = "Date first and last seen in reports", yLabel = "Role" } = {}) {
  const labelWidth = 30 + Math.min(260, 12 + 7 * Math.max(...rows.map((r) => r.label.length)));
  const height = 92 + 30 * rows.length;
  const f = frame(container, { title, height, margin: { left: labelWidth, bottom: 48 } });
  const starts = rows.map((r) => parseDate(r.start)).filter(Boolean);
  const ends = rows.map((r) => parseDate(r.end || r.start)).filter(Boolean);
  const domain = timeDomain([...starts, ...ends]);
  if (!domain) return null;
  const x = d3.scaleUtc().domain(domain).range([0, f.w]);
  const y = d3.scaleBand().domain(rows.map((_, i) => i)).range([0, f.h]).padding(0.3);
  f.g.append("g").attr("class", "axis x-axis").attr("transform", `translate(0,${f.h})`).call(d3.axisBottom(x).ticks(6).tickFormat(timeTick));
  f.g.append("g").attr("class", "axis y-axis").call(d3.axisLeft(y).tickFormat((i) => rows[i].label));
  axisLabel(f.svg, yLabel, 14, f.m.top + f.h / 2, true);
  const g = f.g.selectAll("g.range").data(rows).join("g").attr("class", "range");
  g.append("rect")
    .attr("class", "range-bar")
    .attr("x", (r) => x(parseDate(r.start)))
    .attr("width", (r) => Math.max(6, x(parseDate(r.end || r.start)) - x(parseDate(r.start))))
    .attr("y", (_, i) => y(i))
    .attr("height", y.bandwidth())
    .append("title")
    .text((r) => `${r.label}: ${r.start}${r.end && r.end !== r.start ? ` – ${r.end}` : ""}${r.detail ? ` (${r.detail})` : ""}`);
  axisLabel(f.svg, xLabel, f.m.left + f.w / 2, f.height - 8);
  return f.svg.node();
}

/** Events as dots on a time axis, one row per kind; onClick(event). */
export function eventDots(container, events, { title, onClick, xLabel = "Event date", yLabel = "Kind" } = {}) {
  const rows = events.map((e) => ({ e, d: parseDate(eventStart(e)) })).filter((r) => r.d);
  if (!rows.length) return null;
  const kinds = [...new Set(rows.map((r) => r.e.kind || "event"))].sort();
  const f = frame(container, { title, height: 90 + 36 * kinds.length, margin: { left: 112, bottom: 48 } });
  const x = d3.scaleUtc().domain(timeDomain(rows.map((r) => r.d))).range([0, f.w]);
  const y = d3.scalePoint().domain(kinds).range([0, f.h]).padding(0.5);
  const color = statusColor();
  f.g.append("g").attr("class", "axis x-axis").attr("transform", `translate(0,${f.h})`).call(d3.axisBottom(x).ticks(6).tickFormat(timeTick));
  f.g.append("g").attr("class", "axis y-axis").call(d3.axisLeft(y));
  axisLabel(f.svg, yLabel, 14, f.m.top + f.h / 2, true);
  const dots = f.g
    .selectAll("circle.event-dot")
    .data(rows)
    .join("circle")
    .attr("class", "event-dot")
    .attr("data-event-id", (r) => r.e.id)
    .attr("cx", (r) => x(r.d))
    .attr("cy", (r) => y(r.e.kind || "event"))
    .attr("r", 7)
    .attr("fill", (r) => color(r.e.status))
    .attr("fill-opacity", 0.75);
  dots.append("title").text((r) => `${eventStart(r.e)} · ${r.e.kind} (${r.e.status})${r.e.location ? ` · ${r.e.location}` : ""}`);
  if (onClick) dots.style("cursor", "pointer").on("click", (_, r) => onClick(r.e));
  axisLabel(f.svg, xLabel, f.m.left + f.w / 2, f.height - 8);
  const legend = f.svg.append("g").attr("transform", `translate(${f.width - 380},14)`);
  ["occurred", "planned", "cancelled", "denied"].forEach((s, i) => {
    legend.append("circle").attr("cx", i * 95).attr("cy", 0).attr("r", 6).attr("fill", color(s));
    legend.append("text").attr("x", i * 95 + 10).attr("y", 4).text(s);
  });
  return f.svg.node();
}

export function statusColor() {
  return d3
    .scaleOrdinal()
    .domain(["occurred", "planned", "cancelled", "denied"])
    .range(["#2b6cb0", "#38a169", "#dd6b20", "#c53030"])
    .unknown("#718096");
}
