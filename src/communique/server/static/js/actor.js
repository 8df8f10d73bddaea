// Actor view: spellings, roles over time, counterparts ranked, meetings on a timeline.
import { get } from "./api.js";
import { el, errorBox, emptyState, humanize, href, section, dateRange } from "./dom.js";
import { barList, rangeChart, eventDots } from "./charts.js";

export async function renderActor(root, actorId) {
  let a;
  try {
    a = await get(`/api/actors/${encodeURIComponent(actorId)}`, { limit: 100 });
  } catch (err) {
    root.append(el("h1", {}, `Actor ${actorId}`), errorBox(err, `Could not load actor ${actorId}`));
    return;
  }
  const view = el("div", { id: "actor-view", dataset: { actorId: a.id } });
  view.append(
    el("h1", {}, a.name || `Actor ${a.id}`),
    el("p", { class: "muted" }, [a.kind, a.affiliation, `${a.n_events ?? (a.events || []).length} events`].filter(Boolean).join(" · "), " ", el("a", { href: href.events({ actor: a.name }), class: "small" }, "list the events →")),
  );

  const spellings = el("ul", { id: "actor-spellings", class: "chips" });
  for (const s of a.spellings || []) spellings.append(el("li", {}, typeof s === "string" ? s : s.text || s.name || JSON.stringify(s)));
  view.append(section("Spellings seen", (a.spellings || []).length ? spellings : emptyState("No spelling recorded.")));

  const roles = a.roles || [];
  const rolesBox = el("div", { id: "actor-roles", class: "chart" });
  const rows = roles
    .filter((r) => r.first_seen)
    .map((r) => ({
      label: `${humanize(r.role_class) || "role"}${r.affiliation ? ` (${r.affiliation})` : ""}`,
      start: r.first_seen,
      end: r.last_seen,
      detail: `${(r.titles || []).join("; ")}${r.n_reports ? ` · ${r.n_reports} report(s)` : ""}`,
    }));
  if (rows.length) rangeChart(rolesBox, rows, { title: "Roles over time (first to last report)", xLabel: "Date of the reports naming the role" });
  else rolesBox.append(emptyState(roles.length ? "No role of this actor has a date, so there is nothing to plot; the roles are listed below." : "No role is recorded for this actor.", "Roles come from titles in the reports (e.g. “Foreign Minister”)."));
  const roleList = el("ul", { class: "plain small" });
  for (const r of roles) {
    roleList.append(el("li", {}, el("strong", {}, humanize(r.role_class) || "role"), r.affiliation ? ` (${r.affiliation})` : "", `: ${(r.titles || []).join("; ") || "—"} · ${dateRange(r.first_seen, r.last_seen)} · ${r.n_reports ?? "?"} report(s)`));
  }
  if (roles.length) rolesBox.append(roleList);
  view.append(section("Roles", rolesBox));

  const counterparts = (a.counterparts || []).slice().sort((x, y) => y.shared_events - x.shared_events);
  const cpBox = el("div", { id: "actor-counterparts" });
  if (counterparts.length) {
    cpBox.append(el("p", { class: "hint" }, "Who this actor met most often (shared events)."));
    barList(
      cpBox,
      counterparts.slice(0, 20).map((c) => ({
        label: `${c.name}${c.affiliation ? ` (${c.affiliation})` : ""}`,
        value: c.shared_events,
        href: href.actor(c.actor_id),
        dataset: { actorId: c.actor_id },
      })),
      { valueLabel: (n) => (n === 1 ? "event" : "events") },
    );
  } else cpBox.append(emptyState("No counterpart: this actor shares no event with another actor."));
  view.append(section("Counterparts", cpBox));

  const events = a.events || [];
  const tl = el("div", { id: "actor-timeline", class: "chart" });
  if (events.length && eventDots(tl, events, { title: `Events of ${a.name} over time`, xLabel: "Event date", onClick: (e) => (location.hash = href.event(e.id)) })) {
    tl.append(el("p", { class: "hint" }, "Click a dot to open the event."));
  } else tl.append(emptyState(events.length ? "None of this actor's events has a known date, so there is nothing to plot; they are listed below." : "No event is recorded for this actor."));
  const list = el("ul", { class: "plain", id: "actor-events" });
  for (const e of events) {
    list.append(el("li", { dataset: { eventId: e.id } }, el("a", { href: href.event(e.id) }, dateRange(e.date_start, e.date_end)), ` · ${e.kind} (${e.status})${e.location ? ` · ${e.location}` : ""}${e.name ? ` · ${e.name}` : ""}`));
  }
  view.append(section(`Events (${events.length})`, tl, list));
  root.append(view);
}
