// Events view: filter form, paginated table sorted by date, events-per-month timeline.
import { get, allEvents } from "./api.js";
import { el, errorBox, emptyState, loading, dateRange, humanize, href, actorLink, section, go } from "./dom.js";
import { filterForm, pickFilters, EVENT_FIELDS } from "./filters.js";
import { eventsByMonth, monthBars } from "./charts.js";

const PAGE = 50;
const EMPTY = ["No events match these filters — widen the dates or clear a filter.", "The timeline and table show events in the store that pass every filter above."];

export async function renderEvents(root, params) {
  const filters = pickFilters(params, EVENT_FIELDS);
  const sort = params.get("sort") === "date" ? "date" : "-date";
  const page = Math.max(0, parseInt(params.get("page") || "0", 10) || 0);
  const errors = el("div", { class: "errors" });
  const { form } = filterForm({
    id: "event-filters",
    fields: EVENT_FIELDS,
    params,
    onSubmit: (values) => go("events", sort === "date" ? { ...values, sort } : values),
    onError: (err) => errors.append(errorBox(err, "Could not load the filter values (/api/facets)")),
  });
  const notes = el("ul", { id: "events-notes", class: "notes" });
  const timeline = el("div", { id: "timeline", class: "chart" }, loading("Loading timeline…"));
  const table = el("div", { id: "events-table-wrap" }, loading("Loading events…"));
  root.append(
    el("h1", {}, "Diplomatic events"),
    form,
    errors,
    notes,
    section("Timeline", timeline),
    section("Events", table),
  );
  await Promise.all([
    renderTable(table, notes, filters, sort, page),
    renderTimeline(timeline, filters),
  ]);
}

async function renderTable(box, notes, filters, sort, page) {
  let data;
  try {
    data = await get("/api/events", { ...filters, sort, limit: PAGE, offset: page * PAGE });
  } catch (err) {
    box.replaceChildren(errorBox(err, "Could not load events"));
    return;
  }
  for (const n of data.notes || []) notes.append(el("li", {}, n));
  const events = data.events || [];
  if (!events.length) {
    box.replaceChildren(page > 0 ? emptyState("No more events on this page.", "Go back to the first page.") : emptyState(...EMPTY));
    if (page > 0) box.append(pager(filters, sort, page, data));
    return;
  }
  box.replaceChildren(eventsTable(events, { id: "events-table", sort, onSort: () => go("events", { ...filters, sort: sort === "-date" ? "date" : "-date" }) }), pager(filters, sort, page, data));
}

function pager(filters, sort, page, data) {
  const count = (data.events || []).length;
  const first = page * PAGE + 1;
  const info = count ? `Events ${first}–${first + count - 1}` : `Page ${page + 1}`;
  const params = (p) => ({ ...filters, sort: sort === "-date" ? "" : sort, page: p || "" });
  const prev = el("button", { id: "page-prev", type: "button", class: "secondary", disabled: page === 0 }, "← Newer" );
  const next = el("button", { id: "page-next", type: "button", class: "secondary", disabled: data.next_offset === null || data.next_offset === undefined }, "Older →");
  if (sort === "date") {
    prev.textContent = "← Earlier";
    next.textContent = "Later →";
  }
  prev.addEventListener("click", () => go("events", params(page - 1)));
  next.addEventListener("click", () => go("events", params(page + 1)));
  return el("div", { id: "events-pager", class: "pager" }, prev, el("span", { id: "page-info" }, info), next);
}

/** A table of EventRows (also used by the map and extract views). */
export function eventsTable(events, { id, sort, onSort } = {}) {
  const dateHead = el("th", { dataset: { sort: "date" }, scope: "col" }, "Date");
  if (onSort) {
    const arrow = sort === "date" ? " ▲" : " ▼";
    const btn = el("button", { type: "button", class: "link-button", title: "Sort by date" }, `Date${arrow}`);
    btn.addEventListener("click", onSort);
    dateHead.replaceChildren(btn);
    dateHead.setAttribute("aria-sort", sort === "date" ? "ascending" : "descending");
  }
  const head = el("tr", {}, dateHead, ...["Kind", "Status", "Participants", "Place", "Topics", "Sources"].map((h) => el("th", { scope: "col" }, h)));
  const body = el("tbody");
  for (const e of events) body.append(eventRow(e));
  return el("table", { id, class: "data" }, el("thead", {}, head), body);
}

function eventRow(e) {
  const start = e.date ? e.date.start : e.date_start;
  const end = e.date ? e.date.end : e.date_end;
  const people = el("td", { class: "participants" });
  (e.participants || []).forEach((p, i) => {
    if (i) people.append(", ");
    people.append(actorLink(p));
    if (p.affiliation) people.append(el("span", { class: "muted" }, ` (${p.affiliation})`));
  });
  if (!(e.participants || []).length) people.append(el("span", { class: "muted" }, "—"));
  const place = [e.location, e.country && e.country !== e.location ? e.country : null].filter(Boolean).join(", ");
  const n = e.n_sources ?? (e.sources || []).length;
  return el(
    "tr",
    { dataset: { eventId: e.id } },
    el("td", { class: "nowrap" }, e.id !== undefined && e.id !== null ? el("a", { href: href.event(e.id) }, dateRange(start, end)) : dateRange(start, end)),
    el("td", {}, e.kind || "—", e.name ? el("div", { class: "muted small" }, e.name) : null),
    el("td", {}, el("span", { class: `badge status-${e.status}` }, e.status || "—")),
    people,
    el("td", {}, place || "—"),
    el("td", { class: "small" }, (e.topics || []).map(humanize).join(", ") || "—"),
    el("td", { class: "num" }, String(n)),
  );
}

async function renderTimeline(box, filters) {
  let result;
  try {
    result = await allEvents(filters, 500);
  } catch (err) {
    box.replaceChildren(errorBox(err, "Could not load the timeline"));
    return;
  }
  const rows = eventsByMonth(result.events);
  if (!rows.length) {
    box.replaceChildren(emptyState(result.events.length ? "None of these events has a known month, so there is nothing to plot." : EMPTY[0]));
    return;
  }
  box.replaceChildren();
  const undated = result.events.length - rows.reduce((s, r) => s + r.n, 0);
  monthBars(box, rows, {
    title: `Events per month (${result.events.length}${result.complete ? "" : "+"} matching events)`,
    xLabel: "Month of the event (start date)",
    yLabel: "Number of events",
    onClick: (month) => {
      const [y, m] = month.split("-").map(Number);
      const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      go("events", { ...filters, from: `${month}-01`, to: last });
    },
  });
  const bits = ["Click a bar to show that month."];
  if (!result.complete) bits.push("Only the first 500 matching events are counted.");
  if (undated > 0) bits.push(`${undated} event(s) without a known month are not plotted.`);
  box.append(el("p", { class: "hint" }, bits.join(" ")));
}
