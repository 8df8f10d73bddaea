// Highlighted source text: every extracted span of a communique record becomes a <mark>.
//
// Spans may nest or overlap. The text is cut at every span boundary into segments; each
// segment is covered by a set of spans, ordered outermost first (earliest start, then latest
// end). Marks are opened and closed with a stack so that each <mark> carries exactly one
// field (data-field, data-ref, data-start, data-end): a span that crosses another is split into
// several marks with the same data-ref. The outer mark gives the background tint, inner marks
// add their own colour, so every field stays visible.
import { el } from "./dom.js";

export const FIELDS = ["evidence", "quote", "claim", "place", "date", "role", "participant"];
const FIELD_RANK = Object.fromEntries(FIELDS.map((f, i) => [f, i]));
export const FIELD_LABELS = {
  participant: "participant mention",
  role: "role / title",
  place: "place",
  date: "date",
  quote: "quote",
  claim: "claim",
  evidence: "event evidence",
};

/** Python code-point offsets → JS UTF-16 offsets (identity when the text has no astral chars). */
function offsetMapper(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

export function quoteRef(q, i) {
  return q.id || `Q${i + 1}`;
}

export function claimRef(c, i) {
  return c.id || `C${i + 1}`;
}

/** All spans of a record: [{field, ref, start, end, text}] in code-point offsets. */
export function recordSpans(record) {
  const spans = [];
  const add = (field, ref, span) => {
    if (span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start) {
      spans.push({ field, ref, start: span.start, end: span.end, text: span.text });
    }
  };
  for (const a of record.actors || []) {
    for (const m of a.mentions || []) add("participant", a.id, m);
    if (a.role) add("role", a.id, a.role.span);
  }
  for (const e of record.events || []) {
    for (const ev of e.evidence || []) add("evidence", e.id, ev);
    if (e.location) add("place", e.id, e.location.span);
    if (e.date) add("date", e.id, e.date.span);
  }
  (record.quotes || []).forEach((q, i) => add("quote", quoteRef(q, i), q.span));
  (record.claims || []).forEach((c, i) => add("claim", claimRef(c, i), c.span));
  return spans;
}

function outerFirst(a, b) {
  return a.start - b.start || b.end - a.end || FIELD_RANK[a.field] - FIELD_RANK[b.field] || String(a.ref).localeCompare(String(b.ref));
}

/**
 * Render text with marks into a new <div id="doc-text">.
 * hl: optional {start, end} (code points) given the class "hl" (added as an evidence span if
 * the record has no evidence span there). Returns {node, problems} (spans that do not match).
 */
export function highlightedText(text, spans, hl) {
  const toJs = offsetMapper(text);
  const problems = [];
  const list = [];
  for (const s of spans) {
    const start = toJs(s.start);
    const end = toJs(s.end);
    if (end > text.length || (s.text !== undefined && text.slice(start, end) !== s.text)) {
      problems.push(s);
      continue;
    }
    list.push({ ...s, js: [start, end] });
  }
  if (hl) {
    const hit = list.find((s) => s.field === "evidence" && s.start === hl.start && s.end === hl.end);
    if (hit) hit.hl = true;
    else if (hl.end > hl.start && toJs(hl.end) <= text.length) list.push({ field: "evidence", ref: "hl", start: hl.start, end: hl.end, js: [toJs(hl.start), toJs(hl.end)], hl: true });
  }
  list.sort(outerFirst);
  const cuts = [...new Set([0, text.length, ...list.flatMap((s) => s.js)])].sort((a, b) => a - b);
  const root = el("div", { id: "doc-text", class: "doc-text", lang: "" });
  const stack = [{ node: root, span: null }];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = list.filter((s) => s.js[0] <= a && s.js[1] >= b);
    let keep = 0;
    while (keep + 1 < stack.length && keep < covering.length && stack[keep + 1].span === covering[keep]) keep++;
    stack.length = keep + 1;
    for (const s of covering.slice(keep)) {
      const mark = el("mark", {
        class: `f-${s.field}${s.hl ? " hl" : ""}`,
        dataset: { field: s.field, ref: s.ref, start: s.start, end: s.end },
        title: `${FIELD_LABELS[s.field]} ${s.ref}`,
      });
      stack[stack.length - 1].node.append(mark);
      stack.push({ node: mark, span: s });
    }
    stack[stack.length - 1].node.append(document.createTextNode(text.slice(a, b)));
  }
  return { node: root, problems };
}

/** Scroll to the first mark of field/ref, mark all of them "active" (flash). */
export function jumpTo(container, field, ref) {
  for (const m of container.querySelectorAll("mark.active")) m.classList.remove("active");
  const marks = container.querySelectorAll(`mark[data-field="${CSS.escape(field)}"][data-ref="${CSS.escape(String(ref))}"]`);
  if (!marks.length) return false;
  for (const m of marks) {
    m.classList.remove("active");
    void m.offsetWidth; // restart the flash animation
    m.classList.add("active");
  }
  marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  return true;
}

export function legend(spans) {
  const present = new Set(spans.map((s) => s.field));
  const box = el("div", { class: "legend", id: "doc-legend" }, el("span", { class: "legend-title" }, "Highlighted:"));
  for (const f of FIELDS) {
    if (!present.has(f)) continue;
    box.append(el("mark", { class: `f-${f} legend-item` }, FIELD_LABELS[f]));
  }
  return box;
}
