// Document view: the stored text with every extracted field highlighted, and its record beside it.
// recordView() is reused by the extract view.
import { get } from "./api.js";
import { el, errorBox, emptyState, dateRange, humanize, href } from "./dom.js";
import { recordSpans, highlightedText, jumpTo, legend, quoteRef, claimRef } from "./highlight.js";

function parseHl(value) {
  const m = /^(\d+)-(\d+)$/.exec(value || "");
  return m ? { start: +m[1], end: +m[2] } : null;
}

export async function renderDocument(root, docId, params) {
  let doc;
  try {
    doc = await get(`/api/documents/${encodeURIComponent(docId)}`);
  } catch (err) {
    root.append(el("h1", {}, "Document"), errorBox(err, `Could not load document ${docId}`));
    return;
  }
  const meta = [doc.source, doc.published, doc.language, doc.extractor ? `extractor ${typeof doc.extractor === "string" ? doc.extractor : JSON.stringify(doc.extractor)}` : null].filter(Boolean).join(" · ");
  root.append(el("h1", {}, doc.title || doc.source || "Untitled document"), el("p", { class: "muted", id: "doc-meta" }, meta));
  const record = doc.record || { document: { text: doc.text }, actors: [], events: [], quotes: [], claims: [] };
  const eventLinks = new Map((doc.events || []).map((e) => [e.local_id, e.event_id]));
  root.append(recordView(record, { hl: parseHl(params.get("hl")), eventLinks, fallbackText: doc.text }));
}

/** Two columns: #doc-text (highlighted) and #doc-record (clickable items). */
export function recordView(record, { hl = null, eventLinks = new Map(), fallbackText = "" } = {}) {
  const text = (record.document && record.document.text) ?? fallbackText ?? "";
  const spans = recordSpans(record);
  const { node: textNode, problems } = highlightedText(text, spans, hl);
  const textCol = el("div", { class: "doc-col" }, legend(spans));
  if (problems.length) {
    textCol.append(el("div", { class: "error" }, `${problems.length} span(s) of the record do not match the text and are not highlighted.`));
  }
  if (!text) textCol.append(emptyState("This document has no text."));
  textCol.append(textNode);
  const panel = recordPanel(record, eventLinks);
  panel.addEventListener("click", (evt) => {
    const item = evt.target.closest("[data-jump]");
    if (!item || evt.target.closest("a[href]")) return;
    const [field, ...ref] = item.dataset.jump.split(":");
    const found = jumpTo(textNode, field, ref.join(":"));
    item.classList.toggle("jump-missing", !found);
  });
  panel.addEventListener("keydown", (evt) => {
    if ((evt.key === "Enter" || evt.key === " ") && evt.target.matches("[data-jump]")) {
      evt.preventDefault();
      evt.target.click();
    }
  });
  const view = el("div", { class: "doc-layout" }, textCol, panel);
  if (hl) {
    requestAnimationFrame(() => {
      const first = textNode.querySelector("mark.hl");
      if (first) first.scrollIntoView({ block: "center" });
    });
  }
  return view;
}

function jump(field, ref, ...children) {
  return el("span", { class: "jump", role: "button", tabindex: "0", dataset: { jump: `${field}:${ref}` }, title: "Show in the text" }, ...children);
}

function recordPanel(record, eventLinks) {
  const actors = new Map((record.actors || []).map((a) => [a.id, a]));
  const panel = el("aside", { id: "doc-record", class: "doc-record" });
  const events = record.events || [];
  panel.append(el("h2", {}, `Events (${events.length})`));
  if (!events.length) panel.append(emptyState("No meeting, call or conference was found in this text.", "The extractor only records diplomatic events with named participants."));
  for (const e of events) {
    const merged = eventLinks.get(e.id);
    const head = el(
      "h3",
      {},
      jump("evidence", e.id, `${e.id} · ${e.kind || "event"}`),
      " ",
      el("span", { class: `badge status-${e.status}` }, e.status || "?"),
      merged !== undefined && merged !== null ? el("a", { href: href.event(merged), class: "small", dataset: { eventId: merged } }, ` merged event #${merged} →`) : null,
    );
    const dl = el("dl", { class: "facts" });
    const row = (k, ...v) => dl.append(el("dt", {}, k), el("dd", {}, ...v));
    if (e.name) row("Name", e.name);
    const date = e.date ? dateRange(e.date.start, e.date.end) : "unknown";
    row("Date", e.date && e.date.span ? jump("date", e.id, date) : date, e.date && e.date.text ? el("span", { class: "muted" }, ` “${e.date.text}”`) : null);
    if (e.location) {
      const place = [e.location.name, e.location.country].filter(Boolean).join(", ");
      row("Place", e.location.span ? jump("place", e.id, place) : place);
    }
    const ps = el("ul", { class: "plain" });
    for (const pid of e.participants || []) {
      const a = actors.get(pid) || { id: pid, name: pid };
      ps.append(el("li", {}, jump("participant", pid, a.name || pid), actorDetail(a)));
    }
    row("Participants", (e.participants || []).length ? ps : "none named");
    if ((e.topics || []).length) row("Topics", e.topics.map(humanize).join(", "));
    if (e.cameo || e.plover) row("Codes", [e.cameo ? `CAMEO ${e.cameo}` : null, e.plover && e.plover.event ? `PLOVER ${e.plover.event}${e.plover.mode ? ` (${e.plover.mode})` : ""}` : null].filter(Boolean).join(" · "));
    panel.append(el("div", { class: "record-event", dataset: { localId: e.id } }, head, dl));
  }
  const actorList = record.actors || [];
  if (actorList.length) {
    const ul = el("ul", { class: "plain" });
    for (const a of actorList) {
      ul.append(el("li", {}, jump("participant", a.id, `${a.id} ${a.name}`), actorDetail(a), a.role && a.role.span ? el("span", {}, " ", jump("role", a.id, "role"), "") : null));
    }
    panel.append(el("h2", {}, `Actors (${actorList.length})`), ul);
  }
  const quotes = record.quotes || [];
  if (quotes.length) {
    const ul = el("ul", { class: "plain quotes" });
    quotes.forEach((q, i) => {
      const speaker = actors.get(q.speaker);
      ul.append(el("li", {}, jump("quote", quoteRef(q, i), `“${clip(q.text, 160)}”`), el("span", { class: "muted" }, ` — ${speaker ? speaker.name : q.speaker || "unattributed"}`)));
    });
    panel.append(el("h2", {}, `Quotes (${quotes.length})`), ul);
  }
  const claims = record.claims || [];
  if (claims.length) {
    const ul = el("ul", { class: "plain" });
    claims.forEach((c, i) => {
      const value = c.value !== undefined && c.value !== null ? ` [${[c.qualifier, c.value, c.unit].filter((x) => x !== null && x !== undefined).join(" ")}]` : "";
      ul.append(el("li", {}, jump("claim", claimRef(c, i), clip(c.text, 160)), el("span", { class: "muted" }, value)));
    });
    panel.append(el("h2", {}, `Claims (${claims.length})`), ul);
  }
  return panel;
}

function actorDetail(a) {
  const bits = [a.role ? a.role.title || humanize(a.role.class) : null, a.organization ? a.organization.name : null, a.affiliation].filter(Boolean);
  const inferred = a.inferred && Object.keys(a.inferred).length ? ` · inferred: ${Object.keys(a.inferred).join(", ")}` : "";
  return bits.length || inferred ? el("span", { class: "muted" }, ` — ${bits.join(", ")}${inferred}`) : null;
}

function clip(s, n) {
  s = String(s || "");
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
