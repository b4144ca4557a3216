/* readouts explorer: a small single-page app over the read-only JSON API (/api).
 *
 * Pages (hash routes):  #/timeline?FILTERS&interval=day|week|month
 *                       #/network?FILTERS&min_contacts=N&focus=KEY (KEY: the person in the middle)
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

  /** "1 event", "3 events". */
  const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");

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
      // widgets that need to be in the page (to measure or draw) mark themselves
      view.querySelectorAll("[data-after-mount]").forEach((n) => n.afterMount());
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
    const focus = r.params.get("focus");
    if (r.page === "network" && focus) p.set("focus", focus);
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

  const DAY = 86400000;
  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
  const dayMs = (iso) => Date.parse(iso + "T00:00:00Z");

  /** Today (the user's calendar day) in ms, like dayMs(). */
  function todayMs() {
    const now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  }

  /** The first day of a possibly coarse date ("2015", "2015-07", "2015-07-14"), in ms (UTC). */
  function startMs(d) {
    return dayMs(d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d.slice(0, 10));
  }

  /** The period the timeline shows: from the 2nd to the 98th percentile of the event dates,
   *  widened by a margin (a tenth of that span, at least two weeks), and never past `today`
   *  when the bulk lies before it (a report of a contact to come is most likely a misread
   *  date). `days`: the rows of /api/timeline?interval=day, so every matching event counts,
   *  not only the ones listed. {from, to} in ms (days, both included), or null when no event
   *  has a date. */
  function shownPeriod(days, today) {
    const n = days.reduce((a, r) => a + r.total, 0);
    if (!n) return null;
    const at = (k) => {   // the date of the k-th event in date order
      let acc = 0;
      for (const r of days) {
        acc += r.total;
        if (acc > k) return dayMs(r.period);
      }
      return dayMs(days[days.length - 1].period);
    };
    const lo = at(Math.floor(0.02 * (n - 1))), hi = at(Math.ceil(0.98 * (n - 1)));   // as many cut on each side
    const margin = Math.max(14, Math.round((hi - lo) / DAY / 10)) * DAY;
    return { from: lo - margin, to: hi <= today ? Math.min(hi + margin, today) : hi + margin };
  }

  /** The rows (periods of `interval`) that overlap the shown period, and how many events the
   *  others hold. */
  function rowsIn(rows, period, interval) {
    if (!period) return { rows, hidden: 0 };
    const next = { day: 1, week: 7 }[interval];
    const kept = rows.filter((r) => {
      const start = startMs(r.period);
      const end = next ? start + next * DAY : dayMs(nextMonth(r.period) + "-01");
      return start <= period.to && end > period.from;
    });
    return { rows: kept, hidden: rows.reduce((a, r) => a + r.total, 0) - kept.reduce((a, r) => a + r.total, 0) };
  }

  /** The month after "YYYY-MM". */
  function nextMonth(p) {
    let [y, m] = p.split("-").map(Number);
    m += 1;
    if (m > 12) { y += 1; m = 1; }
    return y + "-" + String(m).padStart(2, "0");
  }

  /** The periods between the first and last row, empty ones included (so that the
   *  bars form a time axis); rows are returned unchanged when that would be too many. */
  function fillPeriods(rows, interval) {
    if (rows.length < 2 || !["day", "week", "month"].includes(interval)) return rows;
    const have = new Map(rows.map((r) => [r.period, r]));
    const out = [];
    const next = (p) => {
      if (interval === "month") return nextMonth(p);
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

  const BAR_GAP = 2;   // px between bars (.bars and .bar-labels in app.css)

  /** The width in px of `text` in the font of `node`. */
  function textWidth(text, node) {
    const ctx = (textWidth.canvas = textWidth.canvas || document.createElement("canvas")).getContext("2d");
    const st = getComputedStyle(node);
    ctx.font = st.fontSize + " " + st.fontFamily;
    return ctx.measureText(text).width;
  }

  /** The labels under the bars (`step` px apart), placed so that none runs into the next:
   *  every period when there are few, else the year where one starts; a label that would
   *  overlap the one before it is left out, and so is the first one when it would overlap
   *  the second (a year that starts late, so that the next one gets its label). */
  function barLabels(rows, step, labels) {
    const wanted = [];
    rows.forEach((r, i) => {
      const year = r.period.slice(0, 4);
      if (rows.length <= 12) wanted.push({ i, text: r.period });
      else if (!i || year !== rows[i - 1].period.slice(0, 4)) wanted.push({ i, text: year });
    });
    const gap = 6;
    let free = -Infinity;   // where the next label may start
    wanted.forEach((w, k) => {
      const x = w.i * step, width = textWidth(w.text, labels);
      const next = wanted[k + 1];
      if (x < free || (k === 0 && next && x + width + gap > next.i * step)) return;
      labels.appendChild(el("span", { style: "left:" + x + "px" }, w.text));
      free = x + width + gap;
    });
  }

  /** Stacked bars of counts per period: rows = [{period, counts: {type: n}, total}]. The
   *  labels are placed once the chart is in the page, where their widths can be measured. */
  function barChart(rows, id) {
    const max = Math.max(1, ...rows.map((r) => r.total));
    const bars = el("div", { class: "bars", id: id || null, role: "img",
      "aria-label": rows.map((r) => r.period + ": " + r.total).join(", ") });
    const width = rows.length > 150 ? 3 : rows.length > 60 ? 6 : rows.length > 24 ? 12 : rows.length > 12 ? 24 : 56;
    const labels = el("div", { class: "bar-labels", style: "width:" + rows.length * (width + BAR_GAP) + "px" });
    for (const r of rows) {
      const bar = el("div", { class: "bar", title: r.period + ": " + TYPES.filter((t) => r.counts[t])
        .map((t) => r.counts[t] + " " + t).join(", "), style: "min-width:" + width + "px;max-width:" + width + "px" });
      for (const t of TYPES) {
        const n = r.counts[t] || 0;
        if (n) bar.appendChild(el("span", { class: "seg-" + t, style: "height:" + Math.round((n / max) * 120) + "px" }));
      }
      bars.appendChild(bar);
    }
    const legend = el("div", { class: "legend" }, TYPES.map((t) => typeBadge(t)));
    const chart = el("div", { class: "chart", "data-after-mount": true }, legend,
      el("div", { class: "chart-scroll" }, bars, labels));
    chart.afterMount = () => barLabels(rows, width + BAR_GAP, labels);
    return chart;
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
    // (a total the server capped is a lower bound: "10000+")
    return { total: first.total, capped: !!first.total_capped, node: el("div", {}, table, more) };
  }

  // ------------------------------------------------------------------ pages

  const OUTLIERS_SHOWN = 50;   // per side; a link leads to all of them

  /** The matching events dated before or after the shown period (null when every dated event
   *  lies in it): {period, before, after}, each side {items, total, filter}. `days`: the rows
   *  of shownPeriod(). The cut replaces the user's own `until` (before) or `since` (after),
   *  which keeps the same events: a matching event lies between them and the cut. */
  async function outlierEvents(params, period, days) {
    if (!period || !days.some((r) => startMs(r.period) < period.from || startMs(r.period) > period.to)) {
      return null;
    }
    const side = async (key, value, keep) => {
      const p = new URLSearchParams(params);
      p.set(key, value);
      const filter = new URLSearchParams(p);
      p.set("sort", "date");
      p.set("limit", String(OUTLIERS_SHOWN));
      const page = await api("events", p);
      // `since` takes a coarse date ("2015-07") whose month reaches past the cut: drop those
      const items = page.items.filter((ev) => ev.effective_date && keep(startMs(ev.effective_date)));
      return { items, total: page.total - (page.items.length - items.length), filter };
    };
    const [before, after] = await Promise.all([
      side("until", isoDay(period.from - DAY), (t) => t < period.from),
      side("since", isoDay(period.to + DAY), (t) => t > period.to)]);
    return before.total || after.total ? { period, before, after } : null;
  }

  /** The "Outside the shown period" list: events dated far from the rest, with links. */
  function outlierList(o) {
    const today = todayMs();
    const group = (name, side, title) => {
      if (!side.total) return null;
      const all = new URLSearchParams(side.filter);
      return el("div", { class: "outlier-group", "data-side": name },
        el("h3", {}, title, " (", String(side.total), ")"),
        el("ul", {}, side.items.map((ev) => el("li", { class: "outlier", "data-event": ev.id },
          el("a", { href: eventHref(ev.id) }, dateText(ev)), " ", typeBadge(ev.type), " ", participantLinks(ev)))),
        side.total > side.items.length ? el("a", { class: "outliers-all", href: "#/timeline?" + all.toString() },
          "all " + side.total + " events " + title.toLowerCase()) : null);
    };
    const later = o.period.to === today ? "Later than today (" + isoDay(today) + ")" : "After " + isoDay(o.period.to);
    return el("section", { class: "outliers", id: "outliers" },
      el("h2", {}, "Outside the shown period"),
      el("p", { class: "muted" }, "The time axis opens on " + isoDay(o.period.from) + " to " + isoDay(o.period.to) +
        ", where most events lie. These are dated far from them: often a misread date, or an article " +
        "looking back on an old contact."),
      group("before", o.before, "Before " + isoDay(o.period.from)),
      group("after", o.after, later));
  }

  async function timelinePage(r) {
    const params = filterParams(r.params);
    const interval = ["day", "week", "month"].includes(r.params.get("interval")) ? r.params.get("interval") : "month";
    const tp = new URLSearchParams(params);
    tp.set("interval", interval);
    const onTimeline = new URLSearchParams(params);
    onTimeline.set("limit", "500");
    onTimeline.set("sort", "-date");
    const dayParams = new URLSearchParams(params);
    dayParams.set("interval", "day");
    const [tl, listing, dated, days] = await Promise.all([api("timeline", tp), pagedEvents(params),
      api("events", onTimeline), interval === "day" ? null : api("timeline", dayParams)]);
    const dayRows = (days || tl).periods;
    const period = shownPeriod(dayRows, todayMs());
    const outliers = await outlierEvents(params, period, dayRows);

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
    const bulk = rowsIn(tl.periods, period, interval);
    const undated = tl.undated.total;
    const nodes = [
      el("h1", {}, "Timeline of contacts"),
      el("p", { class: "summary", id: "summary" },
        el("span", { class: "count", id: "event-count" }, String(listing.total) + (listing.capped ? "+" : "")), " events",
        undated ? " (" + undated + " without any date)" : "",
        dated.total > dated.items.length ? "; the timeline shows the latest " + dated.items.length : "",
        " · ", el("a", { id: "feed-link", href: "api/events.atom" + (params.toString() ? "?" + params.toString() : ""),
          type: "application/atom+xml", title: "Follow these events in a feed reader" }, "Atom feed of this filter"),
        " · download: ", ...[["csv", "CSV"], ["jsonl", "JSON Lines"], ["plover", "PLOVER"], ["cameo", "CAMEO"]].flatMap(
          ([fmt, label], i) => [i ? ", " : "", el("a", { class: "download", "data-format": fmt, download: "",
            href: "api/export." + fmt + (params.toString() ? "?" + params.toString() : "") }, label)])),
      el("h2", {}, "Contacts per ", intervalPicker),
      barChart(fillPeriods(bulk.rows, interval), "timeline-bars"),
      bulk.hidden ? el("p", { class: "muted", id: "bars-hidden" }, plural(bulk.hidden, "event") +
        " dated far from the rest " + (bulk.hidden === 1 ? "is" : "are") + " not drawn (listed under the time axis)") : "",
      el("h2", {}, "Events on the time axis"),
      items.length ? chart : el("p", { class: "muted" }, "No dated events match."),
      outliers ? outlierList(outliers) : "",
      el("h2", {}, "Events"),
      listing.node,
    ];
    nodes.afterMount = () => {
      if (!items.length || !window.vis || !vis.Timeline) return;
      const groups = TYPES.map((t) => ({ id: t, content: t }));
      // open on the bulk of the events, not on far outliers or today (given as options:
      // a setWindow() call would be undone by the timeline's own first fit)
      const timeline = new vis.Timeline(chart, items, groups, {
        stack: true, zoomable: true, maxHeight: 420, margin: { item: 4 },
        orientation: "top", start: period ? new Date(period.from) : undefined,
        end: period ? new Date(period.to + DAY) : undefined });
      timeline.on("select", (props) => {
        if (props.items && props.items.length) window.location.hash = eventHref(props.items[0]);
      });
      window.readoutsTimeline = timeline;
    };
    return nodes;
  }

  const LABEL_CAP = 20;   // persons named on the graph (the focused one included); others on hover
  // the colours of the most frequent countries, apart from each other and from the grey of the
  // rest ("other") and of persons with no known country
  const PALETTE = ["#3b6fb6", "#e07b24", "#3a9a4a", "#d64545", "#8a5cc2", "#c9a227", "#2aa3a3", "#e377b8",
    "#8c6239", "#7f8c1f"];
  const OTHER_COLOR = "#9aa3b0";
  const NO_COUNTRY_COLOR = "#e2e6ec";

  const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  /** The colour group of each person: the PALETTE.length countries with most persons in the
   *  network have a colour each (by rank, so that colours stay when the view narrows), the
   *  rest share "other". Returns person → {key, label, color}. */
  function countryGroups(nodes) {
    const freq = new Map();
    for (const n of nodes) if (n.country) freq.set(n.country, (freq.get(n.country) || 0) + 1);
    const ranked = [...freq].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
    const own = new Map(ranked.slice(0, PALETTE.length).map(([c], i) => [c, PALETTE[i]]));
    return (n) => (!n.country ? { key: "none", label: "no country", color: NO_COUNTRY_COLOR }
      : own.has(n.country) ? { key: n.country, label: n.country, color: own.get(n.country) }
        : { key: "other", label: "other", color: OTHER_COLOR });
  }

  /** The legend of the colours of `nodes`: each group with its number of persons, the most
   *  frequent first, "other" and "no country" last. */
  function countryLegend(nodes, groupOf) {
    const groups = new Map();
    for (const n of nodes) {
      const g = groupOf(n);
      if (!groups.has(g.key)) groups.set(g.key, Object.assign({ persons: 0 }, g));
      groups.get(g.key).persons += 1;
    }
    const tail = (g) => (g.key === "other" ? 1 : g.key === "none" ? 2 : 0);
    return el("ul", { class: "country-legend", id: "country-legend", "aria-label": "colours of the countries" },
      [...groups.values()].sort((a, b) => tail(a) - tail(b) || b.persons - a.persons || byText(a.key, b.key))
        .map((g) => el("li", { "data-country": g.key, "data-color": g.color, "data-persons": g.persons },
          el("span", { class: "swatch", style: "background:" + g.color }), g.label, " ",
          el("span", { class: "muted" }, String(g.persons)))));
  }

  /** The persons named on the graph: the focused one, then the most connected (ties by name),
   *  LABEL_CAP in all. */
  function labelledKeys(nodes, focus) {
    const ranked = nodes.filter((n) => n.key !== focus)
      .sort((a, b) => b.contacts - a.contacts || byText(a.name, b.name) || byText(a.key, b.key));
    return new Set((focus ? [focus] : []).concat(ranked.map((n) => n.key)).slice(0, LABEL_CAP));
  }

  /** A person, their counterparts and the pairs among all of them. */
  function neighbourhood(net, key) {
    const keep = new Set([key]);
    for (const e of net.edges) {
      if (e.source === key) keep.add(e.target);
      if (e.target === key) keep.add(e.source);
    }
    return { nodes: net.nodes.filter((n) => keep.has(n.key)),
      edges: net.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
  }

  /** The network route with the same filters, focused on `focus` (none: everyone). */
  function networkHref(params, focus) {
    const p = new URLSearchParams(params);
    if (focus) p.set("focus", focus);
    else p.delete("focus");
    return "#/network" + (p.toString() ? "?" + p.toString() : "");
  }

  function focusPicker(params, nodes, focus) {
    const select = el("select", { id: "focus", name: "focus" },
      el("option", { value: "" }, "everyone"),
      nodes.slice().sort((a, b) => a.name.localeCompare(b.name) || byText(a.key, b.key)).map((n) =>
        el("option", { value: n.key, selected: n.key === focus },
          n.name + (n.country ? " (" + n.country + ")" : "") + " · " + n.contacts)));
    select.addEventListener("change", () => { window.location.hash = networkHref(params, select.value); });
    return el("label", { class: "focus-picker" }, "Focus on ", select);
  }

  function nodeTooltip(n) {
    return el("div", {}, el("strong", {}, el("bdi", {}, n.name)), n.country ? " (" + n.country + ")" : "",
      el("br"), plural(n.contacts, "contact"));
  }

  async function networkPage(r) {
    const params = filterParams(r.params, ["min_contacts"]);
    const net = await api("network", params);
    const byKey = new Map(net.nodes.map((n) => [n.key, n]));
    const wanted = r.params.get("focus") || "";
    const focus = byKey.has(wanted) ? wanted : "";
    const shown = focus ? neighbourhood(net, focus) : net;
    const groupOf = countryGroups(net.nodes);
    const container = el("div", { id: "network-graph", "data-focus": focus || null });
    const pairs = el("table", { class: "list", id: "pairs" },
      el("thead", {}, el("tr", {}, el("th", {}, "Pair"), el("th", {}, "Contacts"), el("th", {}, "By type"))),
      el("tbody", {}, shown.edges.slice().sort((a, b) => b.contacts - a.contacts).slice(0, 100).map((e) =>
        el("tr", {},
          el("td", {}, el("a", { href: actorHref(e.source) }, el("bdi", {}, byKey.get(e.source).name)), " ↔ ",
            el("a", { href: actorHref(e.target) }, el("bdi", {}, byKey.get(e.target).name))),
          el("td", {}, String(e.contacts)),
          el("td", {}, TYPES.filter((t) => e.by_type[t]).map((t) => [typeBadge(t), " " + e.by_type[t] + " "]))))));
    const who = focus ? byKey.get(focus) : null;
    const counts = [el("span", { class: "count", id: "node-count" }, String(shown.nodes.length)), " persons, ",
      el("span", { class: "count", id: "edge-count" }, String(shown.edges.length)), " pairs"];
    const out = [
      el("h1", {}, "Who talks to whom", who ? [" — around ", el("bdi", { id: "focus-name" }, who.name)] : ""),
      el("div", { class: "network-controls" }, focusPicker(r.params, net.nodes, focus),
        who ? [el("a", { id: "unfocus", href: networkHref(r.params, "") }, "show everyone"),
          el("a", { href: actorHref(focus) }, "open the page of ", el("bdi", {}, who.name))] : null),
      wanted && !focus ? el("p", { class: "notice", id: "focus-missing", role: "status" }, "No contacts of ",
        el("bdi", {}, wanted), " match these filters; showing everyone.") : null,
      el("p", { class: "summary" }, who
        ? [counts, ": ", el("bdi", {}, who.name), ", who took part in " + plural(who.contacts, "matching event") +
          ", with everyone they met or spoke to, and the pairs among them."]
        : [counts, ", in " + plural(net.events, "event") + "."],
      shown.nodes.length > LABEL_CAP ? " The " + LABEL_CAP + " with most contacts are named; point at a person " +
        "to see the name of another. Click a person to open their page." : " Click a person to open their page."),
      shown.nodes.length ? [countryLegend(shown.nodes, groupOf), container] : el("p", { class: "muted" }, "No contacts match."),
      el("h2", {}, "Pairs"),
      pairs,
    ];
    out.afterMount = () => {
      if (!shown.nodes.length || !window.vis || !vis.Network) return;
      const labelled = labelledKeys(shown.nodes, focus);
      const nodes = new vis.DataSet(shown.nodes.map((n) => {
        const color = groupOf(n).color, mark = { background: color, border: "#1a202c" };
        return { id: n.key, label: labelled.has(n.key) ? n.name : undefined, title: nodeTooltip(n),
          value: n.contacts, shape: "dot", borderWidth: n.key === focus ? 4 : 1,
          color: { background: color, border: n.key === focus ? "#1a202c" : "#4a5568", highlight: mark, hover: mark } };
      }));
      const edges = shown.edges.map((e) => ({
        from: e.source, to: e.target, value: e.contacts, width: 1 + Math.log2(1 + e.contacts) * 2,
        color: { color: "#b4bcc8", highlight: "#4a5568", hover: "#4a5568" },
        smooth: { type: "continuous" } }));   // not "dynamic" (the default), which doubles the work of the layout
      const network = new vis.Network(container, { nodes, edges }, {
        // the same picture for the same data; vis's "improved layout" gives up on larger networks
        // (saying so on the console) after spending time on them
        layout: { randomSeed: 13, improvedLayout: shown.nodes.length <= 100 },
        // forceAtlas2 keeps the small separate groups close to the big one, so that the
        // whole network fits at a readable size
        physics: { stabilization: { iterations: 300, fit: true }, solver: "forceAtlas2Based",
          forceAtlas2Based: { gravitationalConstant: -40, centralGravity: 0.02, avoidOverlap: 0.4,
            springLength: shown.nodes.length > 50 ? 60 : 110 } },
        interaction: { hover: true, tooltipDelay: 150 },
        nodes: { font: { size: 14, color: "#1a202c", strokeWidth: 4, strokeColor: "#ffffff" },
          scaling: { min: 8, max: 32 } } });
      network.once("stabilizationIterationsDone", () => {
        network.setOptions({ physics: false });
        network.fit();
        // names 11 to 16 px high on the screen when the whole network is shown, the most
        // connected largest (zooming in enlarges them)
        const scale = network.getScale(), most = Math.max(1, ...shown.nodes.map((n) => n.contacts));
        nodes.update(shown.nodes.map((n) => ({ id: n.key,
          font: { size: (11 + 5 * Math.sqrt(n.contacts / most)) / scale } })));
        network.fit();
        container.dataset.stable = "1";
      });
      network.on("click", (props) => {
        if (props.nodes && props.nodes.length) window.location.hash = actorHref(props.nodes[0]);
      });
      // the unnamed persons show their name while pointed at
      network.on("hoverNode", (props) => {
        container.style.cursor = "pointer";
        if (!labelled.has(props.node)) nodes.update({ id: props.node, label: byKey.get(props.node).name });
      });
      network.on("blurNode", (props) => {
        container.style.cursor = "default";
        if (!labelled.has(props.node)) nodes.update({ id: props.node, label: "" });
      });
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
      a.counterparts.length ? el("p", {}, el("a", { id: "network-link", href: networkHref(new URLSearchParams(), key) },
        "Network around this person")) : null,
      names.length ? [el("h2", {}, "Names"), el("div", {}, names)] : null,
      el("h2", {}, "Offices held"), offices,
      el("div", { class: "columns" },
        el("section", {}, el("h2", {}, "Contacts per month"),
          a.contacts_by_month.length ? barChart(fillPeriods(a.contacts_by_month, "month"), "actor-bars") : el("p", { class: "muted" }, "No dated contacts."),
          a.undated.total ? el("p", { class: "muted" }, a.undated.total + " contact(s) without a date") : null),
        el("section", {}, el("h2", {}, "Top counterparts"), counterparts)),
      el("h2", {}, "Events (" + listing.total + (listing.capped ? "+" : "") + ")"), listing.node,
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
