// Readout's page: the annotated article, the corpus (search, documents, actors) and dyad timelines.
// Every piece of data reaches the page as text: nodes are built with createElement and textContent, never from
// markup strings, so an article cannot inject elements, attributes or scripts. Offsets in the contract are UTF-16
// code units, which is what JavaScript string indexes are.
"use strict";

const QUAD_CLASSES = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

const state = { info: null, cameo: new Map(), lastDocument: null, lastSource: "" };
const tips = new WeakMap();

// ---- DOM helpers -------------------------------------------------------------------------------------------------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error("event handlers are added with addEventListener");
    if (name === "text") node.textContent = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function link(href, text, attributes) {
  return el("a", Object.assign({ href }, attributes), text);
}

function hashOf(view, parameters) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters || {})) {
    if (value !== null && value !== undefined && value !== "" && value !== false) query.set(key, String(value));
  }
  const text = query.toString();
  return "#/" + view + (text ? "?" + text : "");
}

function actorHref(actor) {
  return "#/actor/" + encodeURIComponent(actor);
}

function documentHref(id, mark) {
  return hashOf("doc/" + encodeURIComponent(id), mark || {});
}

function formatGoldstein(value) {
  if (value === null || value === undefined) return "–";
  return (value > 0 ? "+" : "") + Number(value).toFixed(1);
}

// "040 Consult, not specified below" when the ontology names the code, else the code alone.
function cameoName(code) {
  const found = state.cameo.get(code);
  return found ? found.name : "";
}

function message(text, kind) {
  return el("p", { class: kind || "muted" }, text);
}

// ---- API ---------------------------------------------------------------------------------------------------------

async function api(path, options) {
  const response = await fetch(path, options);
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : null;
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    const code = body && body.code ? body.code + " " : "";
    throw new Error(code + (detail || "the server answered " + response.status));
  }
  return body;
}

function query(path, parameters) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  }
  return api(path + "?" + search.toString());
}

// ---- Tooltip -----------------------------------------------------------------------------------------------------

function setTip(node, lines) {
  tips.set(node, lines);
  node.setAttribute("tabindex", "0");
}

function showTip(target, x, y) {
  const tooltip = document.getElementById("tooltip");
  const lines = [];
  for (let node = target; node && node !== document.body; node = node.parentElement) {
    const own = tips.get(node);
    if (own) lines.push(...own);
  }
  if (lines.length === 0) {
    tooltip.hidden = true;
    return;
  }
  clear(tooltip);
  for (const line of lines) {
    tooltip.append(el("div", { class: line.head ? "tip-head" : "tip-line" }, line.text));
  }
  tooltip.hidden = false;
  const width = tooltip.offsetWidth;
  const left = Math.min(x + 14, window.innerWidth - width - 8);
  tooltip.style.left = Math.max(8, left) + "px";
  tooltip.style.top = y + 18 + "px";
}

document.addEventListener("mouseover", (event) => {
  const target = event.target instanceof Element ? event.target.closest(".m, [data-tip]") : null;
  if (target) showTip(target, event.clientX, event.clientY);
  else document.getElementById("tooltip").hidden = true;
});

document.addEventListener("focusin", (event) => {
  const target = event.target instanceof Element ? event.target.closest(".m, [data-tip]") : null;
  if (!target) return;
  const box = target.getBoundingClientRect();
  showTip(target, box.left, box.bottom - 12);
});

// ---- The annotated article ---------------------------------------------------------------------------------------

// Cuts the text at every mark boundary; each piece becomes a span carrying the classes and tooltips of the marks that
// cover it, so overlapping layers (a mention inside a quote inside an event's evidence) all show.
function annotate(doc) {
  const text = doc.text;
  const marks = [];
  const inRange = (start, end) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
  for (const entity of doc.entities || []) {
    for (const mention of entity.mentions || []) {
      if (inRange(mention.start, mention.end)) marks.push({ start: mention.start, end: mention.end, kind: "mention", entity });
    }
  }
  for (const quote of doc.quotes || []) {
    if (quote.content && inRange(quote.content.start, quote.content.end)) marks.push({ start: quote.content.start, end: quote.content.end, kind: "quote", quote });
    if (quote.speaker && inRange(quote.speaker.start, quote.speaker.end)) marks.push({ start: quote.speaker.start, end: quote.speaker.end, kind: "speaker", quote });
    if (quote.cue && inRange(quote.cue.start, quote.cue.end)) marks.push({ start: quote.cue.start, end: quote.cue.end, kind: "cue", quote });
  }
  for (const event of doc.events || []) {
    if (event.evidence && inRange(event.evidence.start, event.evidence.end)) marks.push({ start: event.evidence.start, end: event.evidence.end, kind: "evidence", event });
  }

  const cuts = new Set([0, text.length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starting = new Map();
  for (const mark of marks) {
    if (!starting.has(mark.start)) starting.set(mark.start, []);
    starting.get(mark.start).push(mark);
  }

  const container = el("div", { class: "article-text", id: "article-text" });
  let active = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    active = active.filter((mark) => mark.end > start);
    for (const mark of starting.get(start) || []) {
      active.push(mark);
      if (mark.kind === "quote") container.append(quoteBadge(mark.quote));
    }
    const piece = text.slice(start, end);
    if (active.length === 0) {
      container.append(piece);
      continue;
    }
    container.append(markedPiece(piece, active));
  }
  return container;
}

function markedPiece(piece, marks) {
  const span = el("span", { class: "m" }, piece);
  const lines = [];
  const quotes = [];
  const events = [];
  for (const mark of marks) {
    if (mark.kind === "mention") {
      const entity = mark.entity;
      span.classList.add("ent", "ent-" + safeClass(entity.type));
      span.dataset.entity = entity.id;
      const actor = entity.actor;
      lines.push({ head: true, text: entity.name + " · " + entity.type });
      lines.push({ text: "actor code: " + (actor ? actor.code : "none") });
      if (actor && actor.role) lines.push({ text: "role: " + actor.role });
      if (actor && actor.country) lines.push({ text: "country: " + actor.country });
      lines.push({ text: "KB id: " + (entity.kb || "none") });
    } else if (mark.kind === "quote") {
      span.classList.add("quote");
      quotes.push(mark.quote.id);
      lines.push({ head: true, text: "Quote " + mark.quote.id + " · " + mark.quote.kind });
      lines.push({ text: "speaker: " + speakerName(mark.quote) });
    } else if (mark.kind === "speaker") {
      span.classList.add("speaker");
      quotes.push(mark.quote.id);
      lines.push({ text: "speaker of " + mark.quote.id + ": " + speakerName(mark.quote) });
    } else if (mark.kind === "cue") {
      span.classList.add("cue");
      lines.push({ text: "cue of " + mark.quote.id });
    } else if (mark.kind === "evidence") {
      events.push(mark.event.id);
      lines.push({ text: "evidence of event " + mark.event.id + " (" + mark.event.cameo + (cameoName(mark.event.cameo) ? " " + cameoName(mark.event.cameo) : "") + ")" });
    }
  }
  if (quotes.length) span.dataset.quotes = [...new Set(quotes)].join(" ");
  if (events.length) span.dataset.events = events.join(" ");
  if (lines.length) setTip(span, lines);
  return span;
}

function safeClass(value) {
  return String(value || "OTHER").replace(/[^A-Za-z0-9_-]/g, "");
}

function speakerName(quote) {
  const speaker = quote.speaker;
  if (!speaker) return "unknown";
  return speaker.name || "unnamed";
}

function quoteBadge(quote) {
  const badge = el("span", { class: "badge kind-" + safeClass(quote.kind), "data-quote": quote.id, "aria-label": "quote " + quote.id },
    speakerName(quote) + " · " + quote.kind);
  return badge;
}

function highlight(container, attribute, id) {
  for (const node of container.querySelectorAll(".hl")) node.classList.remove("hl");
  const selector = "[" + attribute + "~=\"" + CSS.escape(id) + "\"]";
  const found = container.querySelectorAll(selector);
  for (const node of found) node.classList.add("hl");
  if (found.length) found[0].scrollIntoView({ block: "center", behavior: "smooth" });
  return found.length;
}

function renderArticle(doc, marked) {
  const text = annotate(doc);
  const side = el("aside", { class: "side" });
  const article = el("article", { class: "article" },
    el("h2", { class: "title" }, doc.title || "Untitled document"),
    el("p", { class: "meta" },
      doc.published ? "Published " + doc.published : "No publication date",
      " · ", (doc.sentences || []).length + " sentences",
      " · ", doc.source ? "source " + doc.source : "",
      doc.id ? [" · ", el("span", { class: "mono" }, "id " + String(doc.id).slice(0, 12) + "…")] : null),
    legend(),
    text);

  side.append(quotesPanel(doc, text), eventsPanel(doc, text), entitiesPanel(doc, text));
  const view = el("div", { class: "reading" }, article, side);
  if (marked) {
    requestAnimationFrame(() => {
      if (marked.event) selectItem(side, "event", marked.event, () => highlight(text, "data-events", marked.event));
      if (marked.quote) selectItem(side, "quote", marked.quote, () => highlight(text, "data-quotes", marked.quote));
    });
  }
  return view;
}

function selectItem(side, kind, id, action) {
  for (const node of side.querySelectorAll(".item.selected")) node.classList.remove("selected");
  for (const node of side.querySelectorAll(".item")) {
    if (node.dataset[kind] === id) node.classList.add("selected");
  }
  action();
}

function legend() {
  const types = [["PERSON", "person"], ["ORG", "organisation"], ["GPE", "country or city"], ["LOC", "place"], ["NORP", "group"]];
  return el("p", { class: "legend" },
    types.map(([type, label]) => el("span", { class: "m ent ent-" + type }, label)),
    el("span", { class: "m quote" }, "quotation"),
    el("span", { class: "m speaker" }, "speaker"),
    el("span", { class: "m hl" }, "selected evidence"));
}

function panel(title, count, body) {
  return el("section", { class: "panel" }, el("h3", {}, title + " ", el("span", { class: "count" }, String(count))), body);
}

function quotesPanel(doc, text) {
  const quotes = doc.quotes || [];
  if (quotes.length === 0) return panel("Quotes", 0, message("No quotations found in this text."));
  const list = el("ol", { class: "items", id: "quote-list" });
  for (const quote of quotes) {
    const item = el("li", { class: "item", "data-quote": quote.id, tabindex: "0" },
      el("div", { class: "item-head" },
        el("span", { class: "speaker-name" }, speakerName(quote)),
        el("span", { class: "tag kind-" + safeClass(quote.kind) }, quote.kind),
        quote.cue ? el("span", { class: "muted" }, "“" + quote.cue.text + "”") : null),
      el("div", { class: "item-body" }, quote.content ? quote.content.text : ""),
      quote.rule ? el("div", { class: "muted small" }, "rule " + quote.rule) : null);
    const select = () => selectItem(list, "quote", quote.id, () => highlight(text, "data-quotes", quote.id));
    item.addEventListener("click", select);
    item.addEventListener("keydown", (event) => { if (event.key === "Enter") select(); });
    list.append(item);
  }
  return panel("Quotes", quotes.length, list);
}

function participant(p) {
  if (!p) return "–";
  const name = p.name || p.code || "–";
  return p.code && p.name ? name + " (" + p.code + ")" : name;
}

function eventsPanel(doc, text) {
  const events = doc.events || [];
  if (events.length === 0) return panel("Events", 0, message("No coded events in this document."));
  const list = el("ol", { class: "items", id: "event-list" });
  for (const event of events) {
    const quad = QUAD_CLASSES[event.quad_class] || "QuadClass " + event.quad_class;
    const item = el("li", { class: "item event quad-" + event.quad_class, "data-event": event.id, tabindex: "0" },
      el("div", { class: "item-head" },
        el("span", { class: "cameo" }, "CAMEO " + event.cameo),
        event.plover ? el("span", { class: "tag" }, event.plover) : null,
        el("span", { class: "goldstein" }, "Goldstein " + formatGoldstein(event.goldstein)),
        event.negated ? el("span", { class: "tag negated" }, "negated") : null),
      cameoName(event.cameo) ? el("div", { class: "cameo-name" }, cameoName(event.cameo)) : null,
      el("div", { class: "item-body" }, participant(event.source), " → ", participant(event.target)),
      el("div", { class: "muted small" },
        quad,
        event.date ? " · " + event.date : "",
        event.location ? " · " + event.location.name : "",
        event.rule ? " · rule " + event.rule : ""),
      event.evidence ? el("div", { class: "evidence" }, "“" + event.evidence.text + "”") : null);
    const select = () => selectItem(list, "event", event.id, () => highlight(text, "data-events", event.id));
    item.addEventListener("click", select);
    item.addEventListener("keydown", (keyEvent) => { if (keyEvent.key === "Enter") select(); });
    list.append(item);
  }
  return panel("Events", events.length, list);
}

function entitiesPanel(doc, text) {
  const entities = doc.entities || [];
  if (entities.length === 0) return panel("Entities", 0, message("No entities found in this text."));
  const list = el("ul", { class: "items compact" });
  for (const entity of entities) {
    const actor = entity.actor;
    const item = el("li", { class: "item", "data-entity-item": entity.id },
      el("span", { class: "m ent ent-" + safeClass(entity.type) }, entity.name),
      " ", el("span", { class: "muted small" }, entity.type + " · " + (entity.mentions || []).length + " mentions"),
      actor ? [" ", link(actorHref(actor.code), actor.code, { class: "code" })] : null,
      entity.kb ? el("span", { class: "muted small" }, " · " + entity.kb) : null);
    item.addEventListener("click", (event) => {
      if (event.target instanceof Element && event.target.closest("a")) return;
      for (const node of text.querySelectorAll(".hl")) node.classList.remove("hl");
      for (const node of text.querySelectorAll(".m")) {
        if (node.dataset.entity === entity.id) node.classList.add("hl");
      }
    });
    list.append(item);
  }
  return panel("Entities", entities.length, list);
}

// ---- Views -------------------------------------------------------------------------------------------------------

function readView(main) {
  const textarea = el("textarea", { id: "article-input", rows: "9", placeholder: "Paste an article (plain text or HTML)…", spellcheck: "false" });
  textarea.value = state.lastSource;
  const file = el("input", { type: "file", id: "article-file", accept: ".txt,.html,.htm,.xml,.rss,.atom,text/plain,text/html" });
  const published = el("input", { type: "date", id: "published", "aria-label": "publication date" });
  const store = state.info && state.info.ingest ? el("input", { type: "checkbox", id: "store" }) : null;
  const button = el("button", { type: "submit", id: "read-button" }, "Read it");
  const result = el("div", { id: "result" });
  const form = el("form", { class: "read-form", id: "read-form" },
    textarea,
    el("div", { class: "row" },
      el("label", {}, "or a file ", file),
      el("label", {}, "published ", published),
      store ? el("label", {}, store, " save to the corpus") : null,
      button));
  if (state.info && !state.info.extract) {
    button.disabled = true;
    form.append(message("This server does not analyse text (started with --no-extract).", "error"));
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = file.files && file.files[0];
    const body = chosen ? await chosen.arrayBuffer() : textarea.value;
    if (!chosen && textarea.value.trim() === "") {
      clear(result).append(message("Paste some text or choose a file first.", "error"));
      return;
    }
    state.lastSource = textarea.value;
    button.disabled = true;
    clear(result).append(message("Reading…"));
    try {
      const parameters = { published: published.value, name: chosen ? chosen.name : "" };
      const headers = { "Content-Type": chosen ? "application/octet-stream" : "text/plain; charset=utf-8" };
      let doc;
      if (store && store.checked) {
        const stored = await api(hashlessQuery("/api/ingest", parameters), { method: "POST", body, headers });
        doc = await api("/api/documents/" + encodeURIComponent(stored.documents[0].id));
      } else {
        const analysed = await api(hashlessQuery("/api/extract", parameters), { method: "POST", body, headers });
        doc = Array.isArray(analysed) ? analysed[0] : analysed;
      }
      state.lastDocument = doc;
      textarea.rows = 4;
      clear(result).append(renderArticle(doc));
      result.scrollIntoView({ block: "start" });
    } catch (error) {
      clear(result).append(message(error.message, "error"));
    } finally {
      button.disabled = false;
    }
  });
  main.append(el("h1", {}, "Read an article"),
    el("p", { class: "muted" }, "Readout finds who is mentioned, who said what, and who did what to whom."),
    form, result);
  if (state.lastDocument) result.append(renderArticle(state.lastDocument));
}

function hashlessQuery(path, parameters) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? path + "?" + text : path;
}

async function documentView(main, id, parameters) {
  main.append(message("Loading the document…"));
  const doc = await api("/api/documents/" + encodeURIComponent(id));
  clear(main).append(renderArticle(doc, { event: parameters.get("event"), quote: parameters.get("quote") }));
}

function table(columns, rows, cell) {
  const head = el("tr", {}, columns.map(([, label]) => el("th", {}, label)));
  const body = el("tbody", {}, rows.map((row) => el("tr", {}, columns.map(([key]) => el("td", {}, cell(row, key))))));
  return el("table", { class: "grid" }, el("thead", {}, head), body);
}

function documentsTable(rows) {
  if (rows.length === 0) return message("No documents.");
  return table([["date", "Date"], ["title", "Title"], ["outlet", "Outlet"], ["characters", "Characters"]], rows, (row, key) =>
    key === "title" ? link(documentHref(row.content_hash), row.title || row.source || "Untitled", { class: "doc-link" })
      : key === "characters" ? Number(row.characters).toLocaleString("en")
        : row[key] ?? "–");
}

function entitiesTable(rows) {
  if (rows.length === 0) return message("No entities.");
  return table([["name", "Name"], ["type", "Type"], ["actor_code", "Actor"], ["kb_id", "KB id"], ["documents", "Documents"], ["mentions", "Mentions"]], rows, (row, key) =>
    key === "name" ? link(actorHref(row.actor_code || row.name), row.name, { class: "actor-link" })
      : key === "actor_code" && row.actor_code ? link(actorHref(row.actor_code), row.actor_code, { class: "code" })
        : row[key] ?? "–");
}

function quotesList(rows) {
  if (rows.length === 0) return message("No quotations.");
  return el("ol", { class: "items" }, rows.map((row) =>
    el("li", { class: "item" },
      el("div", { class: "item-head" },
        el("span", { class: "speaker-name" }, row.speaker || "unknown speaker"),
        el("span", { class: "tag kind-" + safeClass(row.kind) }, row.kind),
        el("span", { class: "muted small" }, row.date || "")),
      el("div", { class: "item-body" }, "“" + row.quote + "”"),
      el("div", { class: "small" }, link(documentHref(row.document, { quote: row.quotation }), row.title || row.source || "the document")))));
}

function eventsTable(rows) {
  if (rows.length === 0) return message("No events.");
  return table([["date", "Date"], ["source_name", "Source"], ["cameo", "CAMEO"], ["plover", "PLOVER"], ["target_name", "Target"], ["goldstein", "Goldstein"], ["evidence", "Evidence"]], rows, (row, key) =>
    key === "source_name" || key === "target_name" ? actorCell(row[key], row[key.replace("_name", "_code")])
      : key === "goldstein" ? formatGoldstein(row.goldstein)
        : key === "evidence" ? link(documentHref(row.document, { event: row.event }), "“" + row.evidence + "”")
          : key === "cameo" ? el("span", {}, row.cameo, " ", el("span", { class: "muted small" }, cameoName(row.cameo)))
          : row[key] ?? "–");
}

function actorCell(name, code) {
  if (!name && !code) return "–";
  return link(actorHref(code || name), name || code, { class: "actor-link" });
}

async function corpusView(main, parameters) {
  const q = parameters.get("q") || "";
  const input = el("input", { type: "search", id: "search", name: "q", placeholder: "Search titles, names and quotations…", "aria-label": "search" });
  input.value = q;
  const form = el("form", { class: "search-form", id: "search-form" }, input, el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = hashOf("corpus", { q: input.value.trim() });
  });
  const results = el("div", { class: "columns" });
  main.append(el("h1", {}, "Corpus"), form, results);
  if (q === "") {
    const [documents, entities] = await Promise.all([
      query("/api/documents", { limit: 200 }),
      query("/api/entities", { limit: 40 }),
    ]);
    results.append(
      el("section", {}, el("h2", {}, "Documents"), documentsTable(documents.rows), truncatedNote(documents)),
      el("section", {}, el("h2", {}, "Most mentioned"), entitiesTable(entities.rows)));
    return;
  }
  const [documents, entities, quotes] = await Promise.all([
    query("/api/documents", { title: q, limit: 100 }),
    query("/api/entities", { name: q, limit: 50 }),
    query("/api/quotes", { text: q, limit: 100 }).catch(() => ({ rows: [] })),
  ]);
  results.append(
    el("section", {}, el("h2", {}, "Documents with “" + q + "” in the title"), documentsTable(documents.rows)),
    el("section", {}, el("h2", {}, "Actors and entities"), entitiesTable(entities.rows)),
    el("section", { class: "wide" }, el("h2", {}, "Quotations"), quotesList(quotes.rows)));
}

function truncatedNote(table) {
  return table.truncated ? message("Showing the first " + table.rows.length + "; search to narrow.") : null;
}

async function actorView(main, actor) {
  main.append(message("Loading " + actor + "…"));
  const profile = await api("/api/actors/" + encodeURIComponent(actor));
  clear(main);
  const names = profile.names.map((row) => el("li", { class: "chip" },
    el("span", { class: "m ent ent-" + safeClass(row.type) }, row.name), " ",
    el("span", { class: "muted small" }, [row.type, row.actor_code, row.kb_id, row.documents + " documents"].filter(Boolean).join(" · "))));
  append(main, [
    el("h1", { id: "actor-title" }, profile.names.length ? profile.names[0].name : actor, " ", el("span", { class: "code" }, actor)),
    names.length ? el("ul", { class: "chips" }, names) : message("No entity in the corpus carries this code."),
    profile.truncated ? message("Only the first rows were read; counts may be low.") : null]);

  const relations = el("div", { class: "relations", id: "relations" });
  if (profile.relations.length === 0) relations.append(message("No coded events for this actor."));
  for (const relation of profile.relations) {
    relations.append(el("section", { class: "relation", "data-relation": relation.relation },
      el("h3", {}, relation.relation, relation.cameo.length ? el("span", { class: "muted small" }, " CAMEO " + relation.cameo.join(", ")) : null),
      el("ul", { class: "items compact" }, relation.counterparts.map((counterpart) =>
        el("li", { class: "item" },
          actorCell(counterpart.name, counterpart.code),
          el("span", { class: "count" }, "×" + counterpart.events),
          el("span", { class: "muted small" }, " Goldstein " + formatGoldstein(counterpart.goldstein) + (counterpart.last ? " · last " + counterpart.last : "")),
          " ", link(hashOf("dyad", { a: actor, b: counterpart.code || counterpart.name }), "timeline", { class: "small" }))))));
  }
  main.append(el("h2", {}, "Who they met, praised, accused"), relations,
    el("div", { class: "columns" },
      el("section", { class: "wide" }, el("h2", {}, "Their quotations ", el("span", { class: "count" }, String(profile.quotes.length))), quotesList(profile.quotes)),
      el("section", { class: "wide" }, el("h2", {}, "Events ", el("span", { class: "count" }, String(profile.events.length))), eventsTable(profile.events))));
}

async function dyadView(main, parameters) {
  const a = el("input", { id: "dyad-a", placeholder: "actor A (NRL, NRLGOV, a name)", "aria-label": "actor A" });
  const b = el("input", { id: "dyad-b", placeholder: "actor B", "aria-label": "actor B" });
  const directed = el("input", { type: "checkbox", id: "dyad-directed" });
  a.value = parameters.get("a") || "";
  b.value = parameters.get("b") || "";
  directed.checked = parameters.get("directed") === "true";
  const form = el("form", { class: "search-form", id: "dyad-form" }, a, b,
    el("label", {}, directed, " only A → B"), el("button", { type: "submit" }, "Draw"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = hashOf("dyad", { a: a.value.trim(), b: b.value.trim(), directed: directed.checked });
  });
  const chart = el("div", { id: "dyad-chart" });
  main.append(el("h1", {}, "Dyad timeline"),
    el("p", { class: "muted" }, "Events between two actors per month, by QuadClass, with the mean Goldstein score."),
    form, chart);
  if (!a.value || !b.value) return;
  chart.append(message("Loading…"));
  const timeline = await query("/api/dyads", { a: a.value, b: b.value, directed: directed.checked ? "true" : "" });
  clear(chart);
  if (timeline.months.length === 0) {
    chart.append(message("No events between " + a.value + " and " + b.value + "."));
    return;
  }
  chart.append(drawTimeline(timeline), timelineTable(timeline));
}

function drawTimeline(timeline) {
  const months = timeline.months;
  const width = 960;
  const height = 340;
  const margin = { left: 48, right: 56, top: 20, bottom: 56 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const most = Math.max(1, ...months.map((m) => m.events));
  const step = plotWidth / months.length;
  const barWidth = Math.max(2, Math.min(40, step * 0.7));
  const y = (count) => margin.top + plotHeight - (count / most) * plotHeight;
  const g = (score) => margin.top + plotHeight / 2 - (score / 10) * (plotHeight / 2);

  const chart = svg("svg", { viewBox: "0 0 " + width + " " + height, class: "chart", id: "timeline-svg", role: "img",
    "aria-label": "Events per month between " + timeline.a + " and " + timeline.b });
  const ticks = niceTicks(most);
  for (const tick of ticks) {
    chart.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), class: "gridline" }),
      svg("text", { x: margin.left - 6, y: y(tick) + 4, class: "axis-label", "text-anchor": "end" }, String(tick)));
  }
  for (const score of [-10, 0, 10]) {
    chart.append(svg("text", { x: width - margin.right + 6, y: g(score) + 4, class: "axis-label goldstein-axis" }, formatGoldstein(score)));
  }
  chart.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: g(0), y2: g(0), class: "zero-line" }));

  const labelEvery = Math.ceil(months.length / 16);
  const points = [];
  months.forEach((month, index) => {
    const x = margin.left + index * step + (step - barWidth) / 2;
    let base = 0;
    for (const quad of [1, 2, 3, 4]) {
      const found = month.quad_classes.find((q) => q.quad_class === quad);
      if (!found || found.events === 0) continue;
      const rect = svg("rect", { x, y: y(base + found.events), width: barWidth, height: y(base) - y(base + found.events), class: "bar quad-" + quad, "data-tip": "" });
      setTip(rect, [{ head: true, text: month.month + " · " + QUAD_CLASSES[quad] }, { text: found.events + " events, mean Goldstein " + formatGoldstein(found.goldstein) }]);
      chart.append(rect);
      base += found.events;
    }
    if (index % labelEvery === 0) {
      chart.append(svg("text", { x: x + barWidth / 2, y: height - margin.bottom + 16, class: "axis-label", "text-anchor": "middle" }, month.month));
    }
    if (month.goldstein !== null && month.goldstein !== undefined) points.push([x + barWidth / 2, g(month.goldstein), month]);
  });
  if (points.length > 1) {
    chart.append(svg("polyline", { points: points.map(([px, py]) => px + "," + py).join(" "), class: "goldstein-line" }));
  }
  for (const [px, py, month] of points) {
    const dot = svg("circle", { cx: px, cy: py, r: 4, class: "goldstein-dot", "data-tip": "" });
    setTip(dot, [{ head: true, text: month.month }, { text: "mean Goldstein " + formatGoldstein(month.goldstein) + " over " + month.events + " events" }]);
    chart.append(dot);
  }
  chart.append(svg("text", { x: margin.left, y: height - 12, class: "axis-label" }, "events per month (bars, left) · mean Goldstein −10…+10 (line, right)"));

  const legendItems = [1, 2, 3, 4].map((quad) => el("span", { class: "legend-item" }, el("span", { class: "swatch quad-" + quad }), QUAD_CLASSES[quad]));
  legendItems.push(el("span", { class: "legend-item" }, el("span", { class: "swatch goldstein" }), "mean Goldstein"));
  return el("figure", { class: "figure" }, chart, el("figcaption", { class: "legend" }, legendItems));
}

function niceTicks(most) {
  const raw = most / 4;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = Math.max(1, [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw));
  const ticks = [];
  for (let tick = 0; tick <= most; tick += step) ticks.push(tick);
  return ticks;
}

function timelineTable(timeline) {
  const rows = timeline.months.filter((m) => m.events > 0);
  return el("details", { class: "numbers" }, el("summary", {}, "The numbers (" + rows.length + " months with events)"),
    table([["month", "Month"], ["events", "Events"], ["q1", "Verbal coop."], ["q2", "Material coop."], ["q3", "Verbal conflict"], ["q4", "Material conflict"], ["goldstein", "Mean Goldstein"]], rows, (row, key) => {
      if (key.startsWith("q")) {
        const found = row.quad_classes.find((q) => q.quad_class === Number(key.slice(1)));
        return found ? String(found.events) : "0";
      }
      return key === "goldstein" ? formatGoldstein(row.goldstein) : String(row[key]);
    }));
}

// ---- Router ------------------------------------------------------------------------------------------------------

async function route() {
  delete document.body.dataset.ready;
  const main = clear(document.getElementById("main"));
  document.getElementById("tooltip").hidden = true;
  const hash = location.hash.replace(/^#\/?/, "") || "read";
  const [path, search] = hash.split("?");
  const parameters = new URLSearchParams(search || "");
  const [view, ...rest] = path.split("/");
  const argument = decodeURIComponent(rest.join("/"));
  for (const node of document.querySelectorAll("nav a")) {
    node.classList.toggle("active", node.dataset.view === (view === "doc" ? "corpus" : view === "actor" ? "corpus" : view));
  }
  try {
    if (view === "doc" && argument) await documentView(main, argument, parameters);
    else if (view === "corpus") await corpusView(main, parameters);
    else if (view === "actor" && argument) await actorView(main, argument);
    else if (view === "dyad") await dyadView(main, parameters);
    else readView(main);
  } catch (error) {
    main.append(message(error.message, "error"));
  }
  document.body.dataset.ready = view;
}

async function start() {
  try {
    state.info = await api("/api/info");
    const status = document.getElementById("status");
    status.textContent = "Readout " + state.info.version + " · " + state.info.database + (state.info.ingest ? "" : " · read-only");
    status.title = state.info.pipeline;
  } catch (error) {
    document.getElementById("status").textContent = "server unreachable: " + error.message;
  }
  try {
    for (const code of await api("/api/cameo")) state.cameo.set(code.code, code);
  } catch {
    // Without the ontology the page shows bare codes.
  }
  window.addEventListener("hashchange", route);
  await route();
}

start();
