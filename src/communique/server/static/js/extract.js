// Extract view: paste text or upload a file, POST /api/extract, show the record at once.
import { get, post } from "./api.js";
import { el, errorBox, emptyState, loading, dateRange, humanize, section } from "./dom.js";
import { recordView } from "./document.js";

let lastInput = { text: "", lang: "", published: "" }; // kept while the page stays open

export async function renderExtract(root) {
  const text = el("textarea", { name: "text", id: "extract-text", rows: "12", placeholder: "Paste a press release (plain text or HTML)…", required: true });
  text.value = lastInput.text;
  const file = el("input", { type: "file", name: "file", id: "extract-file", accept: ".txt,.html,.htm,.md,text/plain,text/html" });
  const lang = el("select", { name: "lang", id: "extract-lang" }, el("option", { value: "" }, "detect automatically"));
  const published = el("input", { type: "date", name: "published", id: "extract-published", title: "Relative dates (“on Thursday”) resolve against it" });
  published.value = lastInput.published || "";
  const status = el("p", { class: "hint", id: "extract-status" });
  const submit = el("button", { type: "submit", id: "extract-submit" }, "Extract");
  const form = el(
    "form",
    { id: "extract-form", class: "extract-form" },
    el("label", { for: "extract-text" }, el("span", {}, "Text"), text),
    el(
      "div",
      { class: "row" },
      el("label", { for: "extract-file" }, el("span", {}, "…or load a file"), file),
      el("label", { for: "extract-lang" }, el("span", {}, "Language"), lang),
      el("label", { for: "extract-published" }, el("span", {}, "Published (optional)"), published),
      submit,
    ),
    status,
  );
  const result = el("div", { id: "extract-result" });
  root.append(el("h1", {}, "Extract events from a text"), el("p", { class: "muted" }, "Nothing is stored: the server runs the extractor and returns the record. Text starting with “<” is sent as HTML."), form, result);

  get("/api/health")
    .then((h) => {
      for (const code of h.languages || []) lang.append(el("option", { value: code }, code));
      if (lastInput.lang) lang.value = lastInput.lang;
    })
    .catch((err) => status.replaceChildren(errorBox(err, "Could not read the server's languages")));

  file.addEventListener("change", () => {
    const f = file.files && file.files[0];
    if (!f) return;
    const reader = new FileReader();
    reader.onload = () => {
      text.value = String(reader.result || "");
      status.textContent = `Loaded ${f.name} (${text.value.length} characters${isHtml(text.value) ? ", HTML" : ""}).`;
    };
    reader.onerror = () => status.replaceChildren(errorBox(reader.error || new Error("unreadable file"), `Could not read ${f.name}`));
    reader.readAsText(f);
  });

  form.addEventListener("submit", async (evt) => {
    evt.preventDefault();
    const body = { text: text.value, html: isHtml(text.value) };
    if (lang.value) body.lang = lang.value;
    if (published.value) body.published = published.value;
    lastInput = { text: text.value, lang: lang.value, published: published.value };
    if (!body.text.trim()) {
      result.replaceChildren(emptyState("Paste a text or choose a file first."));
      return;
    }
    submit.disabled = true;
    result.replaceChildren(loading("Extracting…"));
    try {
      const record = await post("/api/extract", body);
      showRecord(result, record);
    } catch (err) {
      result.replaceChildren(errorBox(err, "Extraction failed"));
    } finally {
      submit.disabled = false;
    }
  });
}

function isHtml(text) {
  return /^\s*</.test(text || "");
}

function showRecord(box, record) {
  const doc = record.document || {};
  const events = record.events || [];
  const actors = new Map((record.actors || []).map((a) => [a.id, a]));
  box.replaceChildren(el("p", { class: "muted", id: "extract-meta" }, [doc.language ? `language ${doc.language}` : null, doc.published ? `published ${doc.published}` : null, `${(doc.text || "").length} characters`, `${events.length} event(s)`].filter(Boolean).join(" · ")));
  const table = el(
    "table",
    { id: "extract-events", class: "data" },
    el("thead", {}, el("tr", {}, ...["Event", "Date", "Kind", "Status", "Participants", "Place", "Topics"].map((h) => el("th", { scope: "col" }, h)))),
  );
  const body = el("tbody");
  for (const e of events) {
    const names = (e.participants || []).map((id) => {
      const a = actors.get(id);
      return a ? `${a.name}${a.affiliation ? ` (${a.affiliation})` : ""}` : id;
    });
    body.append(
      el(
        "tr",
        { dataset: { eventId: e.id } },
        el("td", {}, e.id),
        el("td", { class: "nowrap" }, e.date ? dateRange(e.date.start, e.date.end) : "unknown"),
        el("td", {}, e.kind || "—"),
        el("td", {}, el("span", { class: `badge status-${e.status}` }, e.status || "?")),
        el("td", {}, names.join(", ") || "—"),
        el("td", {}, e.location ? [e.location.name, e.location.country].filter(Boolean).join(", ") : "—"),
        el("td", { class: "small" }, (e.topics || []).map(humanize).join(", ") || "—"),
      ),
    );
  }
  table.append(body);
  box.append(section(`Meetings found (${events.length})`, events.length ? table : emptyState("No meeting, call or conference was found in this text.", "The extractor needs named participants and a meeting verb (met, held talks, phoned…).")));
  box.append(section("Text and record", recordView(record)));
  box.append(el("details", { class: "raw" }, el("summary", {}, "Raw JSON record"), el("pre", {}, JSON.stringify(record, null, 2))));
}
