// communique dashboard: hash router. Plain ES modules, no build step.
//
// Routes (every view has a URL):
//   #/events?actor=&country=&org=&kind=&status=&topic=&from=&to=&q=&sort=&page=
//   #/event/<event_id>
//   #/document/<doc_id>?hl=<start>-<end>
//   #/actor/<actor_id>
//   #/network?from=&to=&country=&org=&topic=
//   #/map?<same filters as events>&place=<index>
//   #/extract
//
// Stable selectors for browser tests:
//   nav:        #nav-events  #nav-network  #nav-map  #nav-extract  (active link has class "active")
//   any view:   #view (main)  .error (API error box, [data-testid=error])
//               .empty (explained empty state, [data-testid=empty])  .loading
//   events:     form#event-filters with inputs/selects named actor country org kind status
//               topic from to q; button[type=submit]#apply-filters; button#clear-filters
//               #events-table (table) rows tr[data-event-id]; sortable header th[data-sort=date]
//               #events-pager with button#page-prev, button#page-next, #page-info
//               #timeline svg (rect.bar[data-month]); #events-notes (API notes)
//   event:      #event-view; #event-participants a[data-actor-id]; #event-reports
//               a[data-doc-id] (link to the highlighted document); #event-facts
//   document:   #doc-text with <mark data-field="participant|role|place|date|quote|claim|evidence"
//               data-ref="A1|E1|Q1|C1 ..."> (a segment covered by several fields lists them all,
//               space-separated, in data-fields/data-refs); mark.hl = the ?hl= span;
//               #doc-record with clickable [data-jump] items (data-jump="<field>:<ref>");
//               clicking scrolls to the first mark and adds class "active" to the marks
//   actor:      #actor-view; #actor-spellings; #actor-roles (svg); #actor-counterparts
//               (ol.bar-list, a[data-actor-id]); #actor-timeline (svg circle.event-dot[data-event-id])
//   network:    form#network-filters (from to country org topic); #network svg with
//               circle[data-actor-id] (click → #/actor/<id>); #network-legend
//   map:        form#map-filters; #map svg with path.country and circle.place[data-place]
//               (click → events of the place in #map-events, rows tr[data-event-id])
//   extract:    form#extract-form with textarea[name=text], input[type=file][name=file],
//               select[name=lang], button[type=submit]#extract-submit; #extract-result with
//               #extract-events (table, tr[data-event-id]) and the same #doc-text / #doc-record

import { get } from "./api.js";
import { el, errorBox } from "./dom.js";
export { go } from "./dom.js";
import { renderEvents } from "./events.js";
import { renderEvent } from "./event.js";
import { renderDocument } from "./document.js";
import { renderActor } from "./actor.js";
import { renderNetwork } from "./network.js";
import { renderMap } from "./map.js";
import { renderExtract } from "./extract.js";

const ROUTES = {
  events: { nav: "nav-events", render: (root, arg, params) => renderEvents(root, params) },
  event: { nav: "nav-events", render: (root, arg) => renderEvent(root, arg) },
  document: { nav: "nav-events", render: (root, arg, params) => renderDocument(root, arg, params) },
  actor: { nav: "nav-network", render: (root, arg) => renderActor(root, arg) },
  network: { nav: "nav-network", render: (root, arg, params) => renderNetwork(root, params) },
  map: { nav: "nav-map", render: (root, arg, params) => renderMap(root, params) },
  extract: { nav: "nav-extract", render: (root) => renderExtract(root) },
};

/** Parse "#/name/arg?x=1" → {name, arg, params}. */
export function parseHash(hash) {
  const raw = (hash || "").replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?", 2);
  const [name, ...rest] = path.split("/");
  return {
    name: name || "events",
    arg: rest.length ? decodeURIComponent(rest.join("/")) : null,
    params: new URLSearchParams(query),
  };
}

async function route() {
  const { name, arg, params } = parseHash(location.hash);
  const main = document.getElementById("view");
  const spec = ROUTES[name];
  for (const id of ["nav-events", "nav-network", "nav-map", "nav-extract"]) {
    document.getElementById(id).classList.toggle("active", spec && spec.nav === id);
  }
  // Each render gets a fresh root: output of a superseded (slow) render lands in a detached node.
  const root = el("div", { class: `view view-${name}` });
  main.replaceChildren(root);
  window.scrollTo(0, 0);
  if (!spec) {
    root.append(errorBox(new Error(`Unknown page “${name}”. Use the menu above.`), "Not found"));
    return;
  }
  try {
    await spec.render(root, arg, params);
  } catch (err) {
    console.warn(err);
    root.append(errorBox(err, "Could not show this page"));
  }
}

async function storeInfo() {
  const box = document.getElementById("store-info");
  try {
    const h = await get("/api/health");
    const s = h.store || {};
    box.textContent = `${s.events ?? "?"} events · ${s.documents ?? "?"} documents · ${s.actors ?? "?"} actors · v${h.version ?? "?"}`;
  } catch (err) {
    box.textContent = `server unreachable: ${err.message}`;
    box.classList.add("bad");
  }
}

window.addEventListener("hashchange", route);
if (!location.hash) history.replaceState(null, "", "#/events");
route();
storeInfo();
