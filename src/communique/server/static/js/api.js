// Fetch wrapper for the communique HTTP API (docs/http-api.md).
// Every error becomes an ApiError carrying the status and the server's message
// ({"error": {"status", "message"}}), or a network/parse message.

export class ApiError extends Error {
  constructor(status, message, path) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.path = path;
  }
}

/** Build a query string from an object; arrays repeat the key, empty values are dropped. */
export function toQuery(params) {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v !== undefined && v !== null && v !== "") qs.append(key, String(v));
    }
  }
  const s = qs.toString();
  return s ? `?${s}` : "";
}

async function readError(resp, path) {
  let message = `${resp.status} ${resp.statusText}`.trim();
  try {
    const body = await resp.json();
    if (body && body.error && body.error.message) message = body.error.message;
    else if (body && body.detail) message = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
  } catch (_) {
    /* not JSON: keep the status line */
  }
  return new ApiError(resp.status, message, path);
}

/** GET a JSON endpoint. */
export async function get(path, params) {
  const url = path + toQuery(params);
  let resp;
  try {
    resp = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError(0, `Cannot reach the server (${err.message})`, url);
  }
  if (!resp.ok) throw await readError(resp, url);
  try {
    return await resp.json();
  } catch (err) {
    throw new ApiError(resp.status, `The server sent invalid JSON for ${url}`, url);
  }
}

/** POST a JSON body, return the JSON answer. */
export async function post(path, body) {
  let resp;
  try {
    resp = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, `Cannot reach the server (${err.message})`, path);
  }
  if (!resp.ok) throw await readError(resp, path);
  return resp.json();
}

/** Fetch up to `max` events for the filters, page by page (the API serves at most 500 a page). */
export async function allEvents(filters, max = 500) {
  const events = [];
  let offset = 0;
  while (events.length < max) {
    const limit = Math.min(500, max - events.length);
    const page = await get("/api/events", { ...filters, limit, offset });
    events.push(...(page.events || []));
    if (page.next_offset === null || page.next_offset === undefined || !(page.events || []).length) {
      return { events, complete: true, notes: page.notes || [] };
    }
    offset = page.next_offset;
  }
  return { events, complete: false, notes: [] };
}

let facetsPromise = null;
/** /api/facets, fetched once per page load. */
export function facets() {
  if (!facetsPromise) {
    facetsPromise = get("/api/facets").catch((err) => {
      facetsPromise = null;
      throw err;
    });
  }
  return facetsPromise;
}
