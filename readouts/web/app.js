/* readouts explorer: a small single-page app over the read-only JSON API (/api).
 *
 * Pages (hash routes):  #/timeline?FILTERS   #/network?FILTERS&min_contacts=N
 *                       #/actor/KEY          #/event/ID          #/document/ID?event=ID
 *
 * SECURITY: everything shown here comes from news articles and is untrusted. It is
 * only ever inserted as text (the el() helper uses createTextNode / textContent,
 * never innerHTML), links to articles are kept only when they are http(s) URLs, and
 * the server sends a Content-Security-Policy without inline scripts.
 */
(function () {
  "use strict";

  const TYPES = ["call", "meeting", "message"];
  const TYPE_COLORS = { call: "#2b6cb0", meeting: "#2f855a", message: "#c05621" };
  const RTL = new Set(["he", "ar", "fa", "ur", "yi", "ps"]);
  const LTR = new Set(["en", "ru", "fr", "de", "es", "it", "tr"]);
  const FILTER_KEYS = ["actor", "country", "type", "topic", "q", "since", "until", "min_confidence"];
  const PAGE = 50;

  const view = document.getElementById("view");
  const form = document.getElementById("filters");

  // ------------------------------------------------------------------ DOM helpers

  /** el("a", {href: "#/x", class: "y"}, "text", child, ...): strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "on") {
        for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
      } else if (k === "text") {
        node.textContent = String(v);
      } else {
        node.setAttribute(k, v === true ? "" : String(v));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function dirFor(lang) {
    if (!lang) return "auto";
    const base = String(lang).toLowerCase().split("-")[0];
    return RTL.has(base) ? "rtl" : LTR.has(base) ? "ltr" : "auto";
  }

  /** Text in its own language and direction (an isolated run inside other text). */
  function langText(tag, text, lang, attrs) {
    return el(tag, Object.assign({ lang: lang || null, dir: dirFor(lang) }, attrs || {}), text || "");
  }

  /** A link to an article, only when it is an http(s) URL (never javascript: etc.). */
  function safeUrl(url) {
    if (!url) return null;
    try {
      const u = new URL(url, window.location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function externalLink(url, label) {
    const href = safeUrl(url);
    return href ? el("a", { href, target: "_blank", rel: "noopener noreferrer nofollow", class: "article-link" }, label)
      : null;
  }

  const enc = encodeURIComponent;
  const actorHref = (key) => "#/actor/" + enc(key);
  const eventHref = (id) => "#/event/" + enc(id);
  const docHref = (id, eventId) => "#/document/" + enc(id) + (eventId ? "?event=" + enc(eventId) : "");

  function typeBadge(t) {
    return el("span", { class: "type type-" + (TYPES.includes(t) ? t : "other") }, t || "?");
  }

  function dateText(ev) {
    if (ev.date) {
      return ev.date + (ev.date_precision && ev.date_precision !== "day" ? " (" + ev.date_precision + ")" : "");
    }
    if (ev.effective_date) return ev.effective_date + " (published)";
    return "undated";
  }

  function participantLinks(ev) {
    const out = [];
    (ev.participants || []).forEach((p, i) => {
      if (i) out.push(" ↔ ");
      out.push(el("a", { href: actorHref(p.key || "name:" + p.name) }, el("bdi", {}, p.name)));
    });
    return out;
  }

  // ------------------------------------------------------------------ data

  async function api(path, params) {
    const qs = params ? "?" + params.toString() : "";
    const res = await fetch("api/" + path + qs, { headers: { Accept: "application/json" } });
    if (!res.ok) {
      let detail = res.status + " " + res.statusText;
      try {
        const body = await res.json();
        detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      } catch (e) { /* not JSON */ }
      const err = new Error(detail);
      err.status = res.status;
      throw err;
    }
    return res.json();
  }

  /** The filter parameters of the current route (only the non-empty ones). */
  function filterParams(params, extra) {
    const out = new URLSearchParams();
    for (const k of FILTER_KEYS.concat(extra || [])) {
      for (const v of params.getAll(k)) if (v && v.trim()) out.append(k, v.trim());
    }
    return out;
  }

  // ------------------------------------------------------------------ routing

  function parseRoute() {
    const h = window.location.hash.replace(/^#\/?/, "");
    const qi = h.indexOf("?");
    const path = qi < 0 ? h : h.slice(0, qi);
    const params = new URLSearchParams(qi < 0 ? "" : h.slice(qi + 1));
    const [page, ...rest] = path.split("/");
    return { page: page || "timeline", arg: rest.length ? decodeURIComponent(rest.join("/")) : null, params };
  }

  let renderToken = 0;

  async function route() {
    const r = parseRoute();
    const token = ++renderToken;
    document.querySelectorAll("[data-nav]").forEach((a) =>
      a.classList.toggle("active", a.dataset.nav === r.page));
    const withFilters = r.page === "timeline" || r.page === "network";
    form.hidden = !withFilters;
    form.classList.toggle("network", r.page === "network");
    if (withFilters) fillForm(r.params);
    view.replaceChildren(el("p", { class: "loading" }, "Loading…"));
    view.dataset.page = r.page;
    view.removeAttribute("data-ready");
    const pages = { timeline: timelinePage, network: networkPage, actor: actorPage, event: eventPage,
      document: documentPage };
    const render = pages[r.page];
    try {
      if (!render) throw Object.assign(new Error("no such page: " + r.page), { status: 404 });
      const content = await render(r, token);
      if (token !== renderToken) return; // a newer navigation won
      view.replaceChildren();
      append(view, [content]);
      if (content && content.afterMount) content.afterMount();
      view.dataset.ready = "1";
    } catch (err) {
      if (token !== renderToken) return;
      view.replaceChildren(el("p", { class: "error", role: "alert" },
        err.status === 404 ? "Not found: " + err.message : "Error: " + err.message));
      view.dataset.ready = "error";
      console.error(err);
    }
  }

  function fillForm(params) {
    for (const k of FILTER_KEYS.concat(["min_contacts"])) {
      const input = form.elements[k];
      if (input) input.value = params.get(k) || (k === "min_contacts" ? "1" : "");
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const r = parseRoute();
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const v = (form.elements[k].value || "").trim();
      if (v) p.set(k, v);
    }
    const mc = form.elements.min_contacts.value;
    if (r.page === "network" && mc && mc !== "1") p.set("min_contacts", mc);
    const iv = r.params.get("interval");
    if (r.page === "timeline" && iv) p.set("interval", iv);
    window.location.hash = "#/" + r.page + (p.toString() ? "?" + p.toString() : "");
  });

  document.getElementById("reset-filters").addEventListener("click", () => {
    window.location.hash = "#/" + parseRoute().page;
  });

  // actor suggestions for the filter box
  let suggestTimer = null;
  form.elements.actor.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    const q = form.elements.actor.value.trim();
    suggestTimer = setTimeout(async () => {
      if (q.length < 2) return;
      try {
        const data = await api("actors", new URLSearchParams({ q, limit: "15" }));
        document.getElementById("actor-list").replaceChildren(
          ...data.items.map((a) => el("option", { value: a.key }, a.name + " (" + a.events + ")")));
      } catch (e) { /* suggestions are optional */ }
    }, 200);
  });

  // ------------------------------------------------------------------ widgets

  /** The periods between the first and last row, empty ones included (so that the
   *  bars form a time axis); rows are returned unchanged when that would be too many. */
  /** The periods that hold the bulk of the events: a few retrospective mentions (an event of
   *  1952 in a 2015 corpus) would otherwise squeeze every bar to nothing. Returns the kept
   *  rows and how many events were left out. */
  function bulkPeriods(rows) {
    const total = rows.reduce((a, r) => a + r.total, 0);
    if (total < 50 || rows.length < 3) return { rows, hidden: 0 };
    const cut = total * 0.02;
    let lo = 0, acc = 0;
    while (lo < rows.length - 1 && acc + rows[lo].total <= cut) { acc += rows[lo].total; lo++; }
    let hi = rows.length - 1, acc2 = 0;
    while (hi > lo && acc2 + rows[hi].total <= cut) { acc2 += rows[hi].total; hi--; }
    return { rows: rows.slice(lo, hi + 1), hidden: acc + acc2 };
  }

  function fillPeriods(rows, interval) {
    if (rows.length < 2 || !["day", "week", "month"].includes(interval)) return rows;
    const have = new Map(rows.map((r) => [r.period, r]));
    const out = [];
    const next = (p) => {
      if (interval === "month") {
        let [y, m] = p.split("-").map(Number);
        m += 1;
        if (m > 12) { y += 1; m = 1; }
        return y + "-" + String(m).padStart(2, "0");
      }
      const d = new Date(p + "T00:00:00Z");
      d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
      return d.toISOString().slice(0, 10);
    };
    const last = rows[rows.length - 1].period;
    for (let p = rows[0].period; p <= last && out.length <= 1500; p = next(p)) {
      out.push(have.get(p) || { period: p, counts: {}, total: 0 });
    }
    return out.length > 1500 ? rows : out;
  }

  /** Stacked bars of counts per period: rows = [{period, counts: {type: n}, total}]. */
  function barChart(rows, id) {
    const max = Math.max(1, ...rows.map((r) => r.total));
    const bars = el("div", { class: "bars", id: id || null, role: "img",
      "aria-label": rows.map((r) => r.period + ": " + r.total).join(", ") });
    const labels = el("div", { class: "bar-labels" });
    const width = rows.length > 150 ? 3 : rows.length > 60 ? 6 : rows.length > 24 ? 12 : rows.length > 12 ? 24 : 56;
    let prevYear = null;
    for (const r of rows) {
      const bar = el("div", { class: "bar", title: r.period + ": " + TYPES.filter((t) => r.counts[t])
        .map((t) => r.counts[t] + " " + t).join(", "), style: "min-width:" + width + "px" });
      for (const t of TYPES) {
        const n = r.counts[t] || 0;
        if (n) bar.appendChild(el("span", { class: "seg-" + t, style: "height:" + Math.round((n / max) * 120) + "px" }));
      }
      bars.appendChild(bar);
      const year = r.period.slice(0, 4);
      const label = rows.length <= 12 ? r.period : year !== prevYear ? year : "";
      prevYear = year;
      labels.appendChild(el("span", { style: "min-width:" + width + "px;max-width:" + width + "px;overflow:visible;white-space:nowrap" },
        label));
    }
    const legend = el("div", { class: "legend" }, TYPES.map((t) => typeBadge(t)));
    return el("div", { class: "chart" }, legend, el("div", { class: "chart-scroll" }, bars, labels));
  }

  /** A table of events; `more` loads the next page into it. */
  function eventsTable(items) {
    const tbody = el("tbody");
    const table = el("table", { class: "list events-list" },
      el("thead", {}, el("tr", {}, el("th", {}, "Date"), el("th", {}, "Type"), el("th", {}, "Participants"),
        el("th", {}, "Evidence"), el("th", {}, "Sources"))), tbody);
    table.add = (rows) => {
      for (const ev of rows) {
        const evid = ev.evidence;
        tbody.appendChild(el("tr", { "data-event": ev.id },
          el("td", {}, el("a", { href: eventHref(ev.id) }, dateText(ev))),
          el("td", {}, typeBadge(ev.type)),
          el("td", {}, participantLinks(ev)),
          el("td", { class: "evidence" }, evid ? langText("div", evid.sentence, evid.lang) : ""),
          el("td", {}, String(ev.sources || 0), ev.langs && ev.langs.length ? " (" + ev.langs.join(", ") + ")" : "")));
      }
    };
    table.add(items);
    return table;
  }

  async function pagedEvents(params, sort) {
    const p = new URLSearchParams(params);
    p.set("limit", String(PAGE));
    p.set("sort", sort || "-date");
    const first = await api("events", p);
    const table = eventsTable(first.items);
    let shown = first.items.length;
    const more = el("button", { type: "button", class: "more" }, "Load more");
    more.hidden = shown >= first.total;
    more.addEventListener("click", async () => {
      more.disabled = true;
      p.set("offset", String(shown));
      const next = await api("events", p);
      table.add(next.items);
      shown += next.items.length;
      more.hidden = shown >= next.total || !next.items.length;
      more.disabled = false;
    });
    return { total: first.total, node: el("div", {}, table, more) };
  }

  // ------------------------------------------------------------------ pages

  async function timelinePage(r) {
    const params = filterParams(r.params);
    const interval = ["day", "week", "month"].includes(r.params.get("interval")) ? r.params.get("interval") : "month";
    const tp = new URLSearchParams(params);
    tp.set("interval", interval);
    const onTimeline = new URLSearchParams(params);
    onTimeline.set("limit", "500");
    onTimeline.set("sort", "-date");
    const [tl, listing, dated] = await Promise.all([api("timeline", tp), pagedEvents(params),
      api("events", onTimeline)]);

    const intervalPicker = el("select", { id: "interval", "aria-label": "interval" },
      ["day", "week", "month"].map((i) => el("option", { value: i, selected: i === interval }, i)));
    intervalPicker.addEventListener("change", () => {
      const p = new URLSearchParams(r.params);
      p.set("interval", intervalPicker.value);
      window.location.hash = "#/timeline?" + p.toString();
    });

    const items = dated.items.filter((ev) => ev.effective_date).map((ev) => {
      const content = el("span", {}, (ev.participants || []).map((p) => p.name).join(" ↔ "));
      const item = { id: ev.id, group: ev.type, content, className: "type-" + ev.type,
        start: ev.effective_date.length === 4 ? ev.effective_date + "-01-01"
          : ev.effective_date.length === 7 ? ev.effective_date + "-01" : ev.effective_date };
      if (ev.date && ev.date_precision && ev.date_precision !== "day") {
        const s = new Date(item.start);
        const end = ev.date_precision === "year" ? new Date(s.getFullYear() + 1, 0, 1)
          : new Date(s.getFullYear(), s.getMonth() + 1, 1);
        item.end = end;
        item.type = "range";
      }
      return item;
    });
    const chart = el("div", { id: "timeline-chart" });
    const bulk = bulkPeriods(tl.periods);
    const undated = tl.undated.total;
    const nodes = [
      el("h1", {}, "Timeline of contacts"),
      el("p", { class: "summary", id: "summary" },
        el("span", { class: "count", id: "event-count" }, String(listing.total)), " events",
        undated ? " (" + undated + " without any date)" : "",
        dated.total > dated.items.length ? "; the timeline shows the latest " + dated.items.length : "",
        " · ", el("a", { id: "feed-link", href: "api/events.atom" + (params.toString() ? "?" + params.toString() : ""),
          type: "application/atom+xml", title: "Follow these events in a feed reader" }, "Atom feed of this filter"),
        " · download: ", ...[["csv", "CSV"], ["jsonl", "JSON Lines"], ["plover", "PLOVER"], ["cameo", "CAMEO"]].flatMap(
          ([fmt, label], i) => [i ? ", " : "", el("a", { class: "download", "data-format": fmt, download: "",
            href: "api/export." + fmt + (params.toString() ? "?" + params.toString() : "") }, label)])),
      el("h2", {}, "Contacts per ", intervalPicker),
      barChart(fillPeriods(bulk.rows, interval), "timeline-bars"),
      bulk.hidden ? el("p", { class: "muted", id: "bars-hidden" },
        bulk.hidden + " events dated far from the rest are not drawn (they are in the list below)") : "",
      el("h2", {}, "Events on the time axis"),
      items.length ? chart : el("p", { class: "muted" }, "No dated events match."),
      el("h2", {}, "Events"),
      listing.node,
    ];
    nodes.afterMount = () => {
      if (!items.length || !window.vis || !vis.Timeline) return;
      const groups = TYPES.map((t) => ({ id: t, content: t }));
      const timeline = new vis.Timeline(chart, items, groups, {
        stack: true, zoomable: true, maxHeight: 420, margin: { item: 4 },
        orientation: "top" });
      timeline.on("select", (props) => {
        if (props.items && props.items.length) window.location.hash = eventHref(props.items[0]);
      });
      // open on the bulk of the events, not on far outliers or today
      const starts = items.map((it) => new Date(it.start).getTime()).sort((a, b) => a - b);
      if (starts.length > 1) {
        const q = (f) => starts[Math.min(starts.length - 1, Math.floor(f * (starts.length - 1)))];
        const lo = q(0.02), hi = q(0.98), pad = Math.max(86400000, (hi - lo) * 0.05);
        timeline.setWindow(new Date(lo - pad), new Date(hi + pad), { animation: false });
      }
      window.readoutsTimeline = timeline;
    };
    return nodes;
  }

  function colorFor(country) {
    if (!country) return "#a0aec0";
    let h = 0;
    for (const c of country) h = (h * 31 + c.charCodeAt(0)) % 360;
    return "hsl(" + h + ",55%,62%)";
  }

  async function networkPage(r) {
    const params = filterParams(r.params, ["min_contacts"]);
    const net = await api("network", params);
    const container = el("div", { id: "network-graph" });
    const byKey = new Map(net.nodes.map((n) => [n.key, n]));
    const pairs = el("table", { class: "list", id: "pairs" },
      el("thead", {}, el("tr", {}, el("th", {}, "Pair"), el("th", {}, "Contacts"), el("th", {}, "By type"))),
      el("tbody", {}, net.edges.slice().sort((a, b) => b.contacts - a.contacts).slice(0, 100).map((e) =>
        el("tr", {},
          el("td", {}, el("a", { href: actorHref(e.source) }, el("bdi", {}, byKey.get(e.source).name)), " ↔ ",
            el("a", { href: actorHref(e.target) }, el("bdi", {}, byKey.get(e.target).name))),
          el("td", {}, String(e.contacts)),
          el("td", {}, TYPES.filter((t) => e.by_type[t]).map((t) => [typeBadge(t), " " + e.by_type[t] + " "]))))));
    const out = [
      el("h1", {}, "Who talks to whom"),
      el("p", { class: "summary" }, el("span", { class: "count", id: "node-count" }, String(net.nodes.length)),
        " persons, ", el("span", { class: "count", id: "edge-count" }, String(net.edges.length)), " pairs, in ",
        String(net.events), " events. Click a person to open their page."),
      net.nodes.length ? container : el("p", { class: "muted" }, "No contacts match."),
      el("h2", {}, "Pairs"),
      pairs,
    ];
    out.afterMount = () => {
      if (!net.nodes.length || !window.vis || !vis.Network) return;
      const maxC = Math.max(1, ...net.nodes.map((n) => n.contacts));
      const nodes = net.nodes.map((n) => ({
        id: n.key, label: n.name + (n.country ? " (" + n.country + ")" : ""),
        value: n.contacts, color: { background: colorFor(n.country), border: "#4a5568" },
        font: { size: 14 }, shape: "dot", size: 10 + 20 * Math.sqrt(n.contacts / maxC) }));
      const edges = net.edges.map((e) => ({
        from: e.source, to: e.target, value: e.contacts, width: 1 + Math.log2(1 + e.contacts) * 2,
        color: { color: "#a0aec0" } }));
      const network = new vis.Network(container, { nodes, edges }, {
        physics: { stabilization: { iterations: 300, fit: true }, barnesHut: { springLength: 140 } },
        interaction: { hover: true, tooltipDelay: 150 }, nodes: { scaling: { min: 10, max: 30 } } });
      network.once("stabilizationIterationsDone", () => {
        network.setOptions({ physics: false });
        network.fit();
        container.dataset.stable = "1";
      });
      network.on("click", (props) => {
        if (props.nodes && props.nodes.length) window.location.hash = actorHref(props.nodes[0]);
      });
      network.on("hoverNode", () => { container.style.cursor = "pointer"; });
      network.on("blurNode", () => { container.style.cursor = "default"; });
      window.readoutsNetwork = network;
    };
    return out;
  }

  async function actorPage(r) {
    const key = r.arg;
    const a = await api("actors/" + enc(key));
    const listing = await pagedEvents(new URLSearchParams({ actor: key }));
    const names = Object.entries(a.names || {}).map(([lang, ns]) =>
      el("div", {}, el("span", { class: "muted" }, lang + ": "),
        el("span", { class: "names" }, ns.map((n, i) => [i ? " · " : "", langText("span", n, lang)]))));
    const offices = a.offices && a.offices.length
      ? el("table", { class: "list", id: "offices" },
        el("thead", {}, el("tr", {}, el("th", {}, "Office"), el("th", {}, "From"), el("th", {}, "To"))),
        el("tbody", {}, a.offices.map((o) => el("tr", {},
          el("td", {}, o.label + (o.acting ? " (acting)" : "") + (o.title ? " — " + o.title : "")),
          el("td", {}, o.start || "?"), el("td", {}, o.end || "—")))))
      : el("p", { class: "muted" }, a.in_gazetteer ? "No offices recorded." : "Not in the gazetteer.");
    const wd = a.wikidata ? externalLink("https://www.wikidata.org/wiki/" + enc(a.wikidata), a.wikidata) : null;
    const counterparts = el("table", { class: "list", id: "counterparts" },
      el("thead", {}, el("tr", {}, el("th", {}, "Counterpart"), el("th", {}, "Contacts"), el("th", {}, "By type"))),
      el("tbody", {}, a.counterparts.map((c) => el("tr", {},
        el("td", {}, el("a", { href: actorHref(c.key) }, el("bdi", {}, c.name)), c.country ? " (" + c.country + ")" : ""),
        el("td", {}, String(c.contacts)),
        el("td", {}, TYPES.filter((t) => c.by_type[t]).map((t) => [typeBadge(t), " " + c.by_type[t] + " "]))))));
    return [
      el("h1", { id: "actor-name" }, el("bdi", {}, a.name)),
      el("dl", { class: "facts" },
        el("dt", {}, "Key"), el("dd", {}, a.key),
        el("dt", {}, "Country"), el("dd", {}, a.country || "—"),
        wd && [el("dt", {}, "Wikidata"), el("dd", {}, wd)],
        el("dt", {}, "Events"), el("dd", {}, String(a.events), " — ",
          Object.entries(a.events_by_type).map(([t, n]) => [typeBadge(t), " " + n + " "]))),
      names.length ? [el("h2", {}, "Names"), el("div", {}, names)] : null,
      el("h2", {}, "Offices held"), offices,
      el("div", { class: "columns" },
        el("section", {}, el("h2", {}, "Contacts per month"),
          a.contacts_by_month.length ? barChart(fillPeriods(a.contacts_by_month, "month"), "actor-bars") : el("p", { class: "muted" }, "No dated contacts."),
          a.undated.total ? el("p", { class: "muted" }, a.undated.total + " contact(s) without a date") : null),
        el("section", {}, el("h2", {}, "Top counterparts"), counterparts)),
      el("h2", {}, "Events (" + listing.total + ")"), listing.node,
    ];
  }

  /** Any JSON value as nested lists (used for `disagreements`, whatever its shape). */
  function renderValue(v) {
    if (v === null || v === undefined) return el("span", { class: "muted" }, "—");
    if (Array.isArray(v)) return el("ul", {}, v.map((x) => el("li", {}, renderValue(x))));
    if (typeof v === "object") {
      return el("ul", {}, Object.entries(v).map(([k, x]) =>
        el("li", {}, el("bdi", {}, k), ": ", typeof x === "object" && x !== null ? renderValue(x) : el("bdi", {}, String(x)))));
    }
    return el("bdi", {}, String(v));
  }

  function mentionCard(m, ev) {
    const lang = m.lang || null;
    const outlet = m.source || null;
    const article = externalLink(m.url, "article");
    const own = [];
    if (m.date && m.date !== ev.date) own.push("date in this report: " + m.date);
    if (m.initiator && m.initiator !== ev.initiator) own.push("initiator in this report: " + m.initiator);
    return el("article", { class: "mention", "data-lang": lang || "" },
      el("div", { class: "meta" },
        el("span", {}, "Outlet: ", el("bdi", { class: "outlet" }, outlet || "unknown")),
        el("span", {}, "Published: ", el("bdi", {}, m.published || "unknown")),
        el("span", {}, "Language: ", lang || "?"),
        el("span", {}, el("a", { href: docHref(m.doc, ev.id) }, "stored text")),
        article ? el("span", {}, article) : el("span", { class: "muted" }, "no article link")),
      m.title && m.field !== "title" ? langText("p", m.title, lang, { class: "title" }) : null,
      m.sentence ? langText("blockquote", m.sentence, lang, { class: "sentence" }) : null,
      own.length ? el("div", { class: "report" }, own.join("; ")) : null);
  }

  async function eventPage(r) {
    const ev = await api("events/" + enc(r.arg));
    const plover = ev.plover || {};
    const dis = ev.disagreements && Object.keys(ev.disagreements).length ? ev.disagreements : null;
    const parts = (ev.participants || []).map((p) => el("li", {},
      el("a", { href: actorHref(p.key || "name:" + p.name) }, el("bdi", {}, p.name)),
      [p.role, p.country].filter(Boolean).length ? el("span", { class: "muted" }, " — " + [p.role, p.country].filter(Boolean).join(", ")) : ""));
    const langs = Array.from(new Set((ev.mentions || []).map((m) => m.lang).filter(Boolean)));
    return [
      el("h1", {}, typeBadge(ev.type), " ", participantLinks(ev)),
      el("dl", { class: "facts", id: "event-facts" },
        el("dt", {}, "Date"), el("dd", {}, dateText(ev), ev.date_hint ? el("span", { class: "muted" }, " — hint: " + ev.date_hint) : "",
          ev.date_basis ? el("span", { class: "muted" }, " — from the " + ev.date_basis) : ""),
        el("dt", {}, "Participants"), el("dd", {}, el("ul", {}, parts)),
        el("dt", {}, "Initiator"), el("dd", {}, ev.initiator ? el("bdi", {}, ev.initiator) : "—"),
        el("dt", {}, "Location"), el("dd", {}, ev.location ? el("bdi", {}, ev.location) : "—"),
        el("dt", {}, "Topics"), el("dd", {}, (ev.topics || []).join(", ") || "—"),
        el("dt", {}, "CAMEO / PLOVER"), el("dd", {}, [ev.cameo, plover.event, plover.mode].filter(Boolean).join(" / ") || "—"),
        el("dt", {}, "Confidence"), el("dd", {}, ev.confidence === null || ev.confidence === undefined ? "—" : String(ev.confidence)),
        el("dt", {}, "Sources"), el("dd", { id: "event-sources" }, String(ev.sources || 0), " document(s)",
          langs.length ? " in " + langs.join(", ") : ""),
        el("dt", {}, "Id"), el("dd", {}, ev.id)),
      dis ? el("section", { class: "disagreements", id: "disagreements" },
        el("strong", {}, "The reports disagree"), renderValue(dis)) : null,
      el("h2", {}, "Evidence (" + (ev.mentions || []).length + ")"),
      el("div", { id: "mentions" }, (ev.mentions || []).map((m) => mentionCard(m, ev))),
    ];
  }

  /** The document text with the evidence spans of `eventId` (or of all events) marked. */
  function markedText(text, spans) {
    const nodes = [];
    let pos = 0;
    for (const s of spans) {
      if (s.start < pos || s.end > text.length || s.end <= s.start) continue;
      nodes.push(text.slice(pos, s.start), el("mark", { "data-event": s.event_id }, text.slice(s.start, s.end)));
      pos = s.end;
    }
    nodes.push(text.slice(pos));
    return nodes;
  }

  async function documentPage(r) {
    const d = await api("documents/" + enc(r.arg));
    const eventId = r.params.get("event");
    const spans = (d.mentions || []).filter((m) => m.field === "text" && m.start !== null && m.end !== null &&
      (!eventId || m.event_id === eventId)).sort((a, b) => a.start - b.start);
    const article = externalLink(d.url, d.url);
    return [
      d.title ? langText("h1", d.title, d.lang, { id: "doc-title" }) : el("h1", {}, el("bdi", {}, d.id)),
      el("dl", { class: "facts" },
        el("dt", {}, "Outlet"), el("dd", {}, el("bdi", {}, d.source || "unknown")),
        el("dt", {}, "Published"), el("dd", {}, d.published || "unknown"),
        el("dt", {}, "Language"), el("dd", {}, d.lang || "?"),
        el("dt", {}, "Article"), el("dd", {}, article || el("span", { class: "muted" }, d.url ? "(link not shown: not an http(s) URL)" : "—")),
        el("dt", {}, "Events"), el("dd", {}, d.event_ids.length ? d.event_ids.map((id, i) => [i ? ", " : "", el("a", { href: eventHref(id) }, id)]) : "none")),
      el("h2", {}, "Stored text"),
      el("div", { class: "doc-text", id: "doc-text", lang: d.lang || null, dir: dirFor(d.lang) }, markedText(d.text || "", spans)),
    ];
  }

  // ------------------------------------------------------------------ start

  async function loadStats() {
    try {
      const s = await api("stats");
      document.getElementById("db-stats").textContent =
        s.events + " events · " + s.documents + " documents · " + s.actors + " persons";
    } catch (e) { /* the pages show their own errors */ }
  }

  window.addEventListener("hashchange", route);
  loadStats();
  route();
})();
