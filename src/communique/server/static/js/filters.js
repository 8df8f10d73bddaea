// Filter forms shared by the events, network and map views. Field names are the API's params.
import { get, facets } from "./api.js";
import { el } from "./dom.js";

const LABELS = {
  actor: "Participant",
  country: "Country",
  org: "Organisation",
  kind: "Kind",
  status: "Status",
  topic: "Topic",
  from: "From",
  to: "To",
  q: "Full text",
};

const FACET_KEY = { country: "countries", org: "organizations", kind: "kinds", status: "statuses", topic: "topics" };

function facetOptions(f, name) {
  return f[FACET_KEY[name]] || [];
}

function facetValue(f) {
  return typeof f === "object" && f !== null ? (f.value ?? f.code ?? f.name) : f;
}

function select(name, options, value, anyLabel) {
  const s = el("select", { name, id: `f-${name}` }, el("option", { value: "" }, anyLabel));
  for (const f of options || []) {
    const v = facetValue(f);
    if (v === undefined || v === null) continue;
    const label = f && typeof f === "object" && f.n !== undefined ? `${String(v).replace(/_/g, " ")} (${f.n})` : String(v);
    s.append(el("option", { value: v }, label));
  }
  if (value && ![...s.options].some((o) => o.value === value)) s.append(el("option", { value }, value));
  s.value = value || "";
  return s;
}

function actorInput(value) {
  const list = el("datalist", { id: "actor-suggestions" });
  const input = el("input", { name: "actor", id: "f-actor", type: "search", value: value || "", list: "actor-suggestions", placeholder: "any spelling", autocomplete: "off" });
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const name = input.value.trim();
    if (name.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const { actors } = await get("/api/actors", { name, limit: 12 });
        list.replaceChildren(...(actors || []).map((a) => el("option", { value: a.name }, `${a.name}${a.affiliation ? ` (${a.affiliation})` : ""}`)));
      } catch (_) {
        /* suggestions are optional */
      }
    }, 200);
  });
  return [input, list];
}

/**
 * Build a filter form. fields: names from LABELS. params: URLSearchParams of the route.
 * onSubmit(values: object) with empty values dropped. Returns {form, facetsLoaded: Promise}.
 */
export function filterForm({ id, fields, params, onSubmit, submitLabel = "Apply filters", onError }) {
  const form = el("form", { id, class: "filters", dataset: { testid: id } });
  const controls = {};
  for (const name of fields) {
    const value = params.get(name) || "";
    let control;
    if (name === "actor") control = actorInput(value);
    else if (name === "from" || name === "to") control = el("input", { name, id: `f-${name}`, type: "date", value });
    else if (name === "q") control = el("input", { name, id: `f-${name}`, type: "search", value, placeholder: "words in the reports" });
    else control = select(name, [], value, "any");
    controls[name] = Array.isArray(control) ? control[0] : control;
    form.append(el("label", { for: `f-${name}` }, el("span", {}, LABELS[name]), control));
  }
  const buttons = el(
    "div",
    { class: "filter-buttons" },
    el("button", { type: "submit", id: id === "event-filters" ? "apply-filters" : `${id}-apply` }, submitLabel),
    el("button", { type: "button", id: id === "event-filters" ? "clear-filters" : `${id}-clear`, class: "secondary" }, "Clear"),
  );
  form.append(buttons);
  form.addEventListener("submit", (evt) => {
    evt.preventDefault();
    onSubmit(formValues(form));
  });
  buttons.lastChild.addEventListener("click", () => {
    for (const c of Object.values(controls)) c.value = "";
    onSubmit({});
  });
  const facetsLoaded = facets()
    .then((f) => {
      for (const name of fields) {
        const key = FACET_KEY[name];
        if (!key) continue;
        const old = controls[name];
        const fresh = select(name, facetOptions(f, name), params.get(name) || "", "any");
        old.replaceWith(fresh);
        controls[name] = fresh;
      }
      for (const name of ["from", "to"]) {
        if (!controls[name]) continue;
        controls[name].title = `Events in the store run from ${f.date_min ?? "?"} to ${f.date_max ?? "?"}`;
      }
      return f;
    })
    .catch((err) => {
      if (onError) onError(err);
    });
  return { form, facetsLoaded };
}

export function formValues(form) {
  const values = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (typeof v === "string" && v.trim() !== "") values[k] = v.trim();
  }
  return values;
}

/** The API filter params present in the route params. */
export function pickFilters(params, fields) {
  const out = {};
  for (const name of fields) {
    const v = params.get(name);
    if (v) out[name] = v;
  }
  return out;
}

export const EVENT_FIELDS = ["actor", "country", "org", "kind", "status", "topic", "from", "to", "q"];
