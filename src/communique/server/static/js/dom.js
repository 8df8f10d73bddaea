// Small DOM helpers. Text from the API is only ever set with textContent.

/**
 * el("a", {href: "#/x", class: "c", dataset: {actorId: 3}}, "text", child...)
 * Attributes are set with setAttribute; children are strings (text nodes) or Nodes.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "dataset") {
      for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) node.dataset[k] = String(v);
    } else if (key === "on") {
      for (const [evt, fn] of Object.entries(value)) node.addEventListener(evt, fn);
    } else if (key === "text") {
      node.textContent = String(value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A visible error box for an ApiError (or any Error). */
export function errorBox(err, context) {
  const status = err && err.status ? ` (HTTP ${err.status})` : "";
  return el(
    "div",
    { class: "error", role: "alert", dataset: { testid: "error" } },
    el("strong", {}, context ? `${context}: ` : "Error: "),
    `${err && err.message ? err.message : String(err)}${status}`,
  );
}

/** An explained empty state. */
export function emptyState(message, hint) {
  return el("div", { class: "empty", dataset: { testid: "empty" } }, el("p", {}, message), hint ? el("p", { class: "hint" }, hint) : null);
}

export function loading(text = "Loading…") {
  return el("p", { class: "loading" }, text);
}

/** "2025-02-14" or "2025-02-14 – 2025-02-16". */
export function dateRange(start, end) {
  if (!start) return "date unknown";
  return end && end !== start ? `${start} – ${end}` : start;
}

export function humanize(s) {
  return s ? String(s).replace(/_/g, " ") : "";
}

/** Link helpers for the hash routes. */
export const href = {
  events: (params) => `#/events${params ? query(params) : ""}`,
  event: (id) => `#/event/${encodeURIComponent(id)}`,
  actor: (id) => `#/actor/${encodeURIComponent(id)}`,
  doc: (id, hl) => `#/document/${encodeURIComponent(id)}${hl && Number.isInteger(hl.start) ? `?hl=${hl.start}-${hl.end}` : ""}`,
};

function query(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") qs.append(k, v);
  const s = qs.toString();
  return s ? `?${s}` : "";
}

export function actorLink(p) {
  const label = p.name || `actor ${p.actor_id ?? p.id}`;
  const id = p.actor_id ?? p.id;
  if (id === undefined || id === null) return el("span", {}, label);
  return el("a", { href: href.actor(id), dataset: { actorId: id } }, label);
}

/** A <h2> section with optional note line. */
export function section(title, ...children) {
  return el("section", { class: "panel" }, el("h2", {}, title), ...children);
}

/** Navigate to a route with params (object or URLSearchParams); empty values are dropped. */
export function go(name, params) {
  const qs = new URLSearchParams(params || {});
  for (const [k, v] of [...qs.entries()]) if (v === "") qs.delete(k);
  const s = qs.toString();
  location.hash = `#/${name}${s ? `?${s}` : ""}`;
}
