// Event view: one merged event with its participants and the reports it was merged from.
import { get } from "./api.js";
import { el, errorBox, emptyState, dateRange, humanize, href, actorLink, section } from "./dom.js";

export async function renderEvent(root, eventId) {
  let e;
  try {
    e = await get(`/api/events/${encodeURIComponent(eventId)}`);
  } catch (err) {
    root.append(el("h1", {}, `Event ${eventId}`), errorBox(err, `Could not load event ${eventId}`));
    return;
  }
  const start = e.date.start;
  const end = e.date ? e.date.end : e.date_end;
  const view = el("div", { id: "event-view", dataset: { eventId: e.id } });
  const title = e.name || `${capital(e.kind || "event")}${e.location ? ` in ${e.location}` : ""}`;
  view.append(
    el("p", { class: "crumbs" }, el("a", { href: "#/events" }, "← All events")),
    el("h1", {}, title, " ", el("span", { class: `badge status-${e.status}` }, e.status || "?")),
  );

  const facts = el("dl", { id: "event-facts", class: "facts wide" });
  const row = (k, ...v) => facts.append(el("dt", {}, k), el("dd", {}, ...v));
  row("Date", dateRange(start, end));
  row("Kind", e.kind || "—");
  const place = [e.location, e.country].filter(Boolean).join(", ");
  const placeParts = [place || "unknown"];
  if (e.lat !== null && e.lat !== undefined && e.lon !== null && e.lon !== undefined) placeParts.push(el("span", { class: "muted" }, ` (${(+e.lat).toFixed(2)}, ${(+e.lon).toFixed(2)})`));
  if (e.country) placeParts.push(" ", el("a", { href: href.events({ country: e.country }), class: "small" }, `events in ${e.country} →`));
  row("Place", ...placeParts);
  row("Topics", (e.topics || []).length ? (e.topics || []).map(humanize).join(", ") : "—");
  row("CAMEO", e.cameo || "—");
  if (e.planned_event_id !== null && e.planned_event_id !== undefined) {
    row("Announced as", el("a", { href: href.event(e.planned_event_id), dataset: { eventId: e.planned_event_id } }, `planned event #${e.planned_event_id}`));
  }
  if ((e.held_event_ids || []).length) {
    row("Held as", ...e.held_event_ids.flatMap((id, i) => [i ? ", " : "", el("a", { href: href.event(id), dataset: { eventId: id } }, `event #${id}`)]));
  }
  view.append(section("Facts", facts));

  const parts = e.participants || [];
  const table = el(
    "table",
    { id: "event-participants", class: "data" },
    el("thead", {}, el("tr", {}, ...["Participant", "Kind", "Role", "Title", "Affiliation"].map((h) => el("th", { scope: "col" }, h)))),
  );
  const tbody = el("tbody");
  for (const p of parts) {
    tbody.append(el("tr", {}, el("td", {}, actorLink(p)), el("td", {}, p.kind || "—"), el("td", {}, humanize(p.role) || "—"), el("td", {}, p.title || "—"), el("td", {}, p.affiliation || "—")));
  }
  table.append(tbody);
  view.append(section(`Participants (${parts.length})`, parts.length ? table : emptyState("No participant is named for this event.")));

  const reports = e.reports || [];
  const list = el("div", { id: "event-reports" });
  for (const r of reports) {
    const ev = evidenceSpan(r);
    list.append(
      el(
        "article",
        { class: "report", dataset: { docId: r.doc_id } },
        el("h3", {}, el("a", { href: href.doc(r.doc_id, ev), dataset: { docId: r.doc_id } }, r.title || r.source || `document ${r.doc_id}`)),
        el("p", { class: "muted small" }, [r.source, r.published, r.language, r.local_id ? `record event ${r.local_id}` : null].filter(Boolean).join(" · ")),
        ev && ev.text ? el("blockquote", { class: "evidence" }, ev.text) : el("p", { class: "muted" }, "No evidence span."),
        el("p", { class: "reason" }, el("strong", {}, "Why merged: "), r.reason || "first report of this event"),
        el("p", {}, el("a", { href: href.doc(r.doc_id, ev), class: "small" }, "Show the evidence highlighted in the document →")),
      ),
    );
  }
  view.append(section(`Source reports (${reports.length})`, reports.length ? list : emptyState("No source report is stored for this event.")));
  root.append(view);
}

/** The report's evidence span {start, end, text} in its document's text, or null. */
function evidenceSpan(r) {
  return r.evidence || null;
}

function capital(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
