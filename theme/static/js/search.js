// Search page: Pagefind's JavaScript API with filters, a date sort, and the query in the URL.
// Every label comes from data attributes the template fills in the interface language.

const form = document.getElementById("search-form");
const input = document.getElementById("search-query");
const sortSelect = document.getElementById("search-sort");
const filtersBox = document.getElementById("search-filters");
const statusLine = document.getElementById("search-status");
const resultsList = document.getElementById("search-results");
const FILTER_KEYS = ["province", "partner", "language", "topic", "year"];
const PAGE_SIZE = 10;
const lang = document.documentElement.lang;
const numbers = new Intl.NumberFormat(lang);
const plurals = new Intl.PluralRules(lang);
const dates = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });

const valueLabels = JSON.parse(document.getElementById("search-labels").textContent);
const superseded = form.dataset.superseded.split(" ").filter(Boolean);
let pagefind = null;
let pending = [];
let shown = 0;
const moreButton = document.getElementById("search-more");
let generation = 0;

function label(name) {
  return form.dataset[name] || "";
}

function countText(count) {
  const message = plurals.select(count) === "one" ? label("resultOne") : label("resultMany");
  return message.replace("{count}", numbers.format(count));
}

function stateFromUrl() {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  sortSelect.value = params.get("sort") === "date" ? "date" : "";
  const chosen = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key);
    if (values.length) chosen[key] = values;
  }
  return chosen;
}

function chosenFilters() {
  const chosen = {};
  for (const select of filtersBox.querySelectorAll("select")) {
    if (select.value) chosen[select.name] = [select.value];
  }
  return chosen;
}

function writeUrl(query, filters, sort) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [key, values] of Object.entries(filters)) {
    for (const value of values) params.append(key, value);
  }
  if (sort) params.set("sort", sort);
  const search = params.toString();
  const url = window.location.pathname + (search ? `?${search}` : "");
  window.history.replaceState(null, "", url);
}

function buildFilters(chosen) {
  // Options come from the page (ids and their names in this interface), not from Pagefind:
  // asking Pagefind for its filter counts would download every filter index up front.
  filtersBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = valueLabels[key] || {};
    const ids = Object.keys(values);
    if (!ids.length) continue;
    const id = `filter-${key}`;
    const wrapper = document.createElement("p");
    const labelElement = document.createElement("label");
    labelElement.htmlFor = id;
    labelElement.textContent = label(`label${key[0].toUpperCase()}${key.slice(1)}`);
    const select = document.createElement("select");
    select.id = id;
    select.name = key;
    select.append(new Option(label("all"), ""));
    ids.sort((a, b) => values[a].localeCompare(values[b], lang));
    if (key === "year") ids.reverse();
    for (const value of ids) select.append(new Option(values[value], value));
    select.value = (chosen[key] || [""])[0];
    select.addEventListener("change", run);
    wrapper.append(labelElement, select);
    filtersBox.append(wrapper);
  }
}

function labelOf(key, value) {
  return (valueLabels[key] || {})[value] || value;
}

function factsLine(filters) {
  // The indexed pages are one interface's: name their facts in this interface's language.
  const parts = [];
  for (const key of ["province", "partner"]) {
    const values = (filters[key] || []).map((value) => labelOf(key, value));
    if (values.length) parts.push(values.slice(0, 4).join(", ") + (values.length > 4 ? "…" : ""));
  }
  return parts.join(" · ");
}

function editionLink(edition) {
  const link = document.createElement("a");
  link.href = form.dataset.interface + edition.path;
  link.hreflang = edition.lang;
  link.textContent = labelOf("language", edition.lang);
  return link;
}

// The index holds Japanese and Chinese text as overlapping pairs of Han characters
// (digest/site/search_terms.py, segment): cut a query the same way, so that a phrase is found as
// the pages holding all of its pairs.
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]+/g;
const HIRAGANA_RUN = /[\u3040-\u309f]+/g;

function segmentQuery(query) {
  return query
    .replace(HIRAGANA_RUN, " ")
    .replace(HAN_RUN, (run) => {
      if (run.length <= 2) return ` ${run} `;
      const pairs = [];
      for (let i = 0; i < run.length - 1; i++) pairs.push(run.slice(i, i + 2));
      return ` ${pairs.join(" ")} `;
    })
    .trim()
    .replace(/\s+/g, " ");
}

function renderResult(data) {
  // A result is a story (one indexed page a story, digest/site/search_terms.py story_meta): show
  // the edition written in the reader's language if there is one, else the story's lead,
  // headlined in the reader's language, with the other editions as links.
  const editions = JSON.parse(data.meta.story).editions;
  const shown = editions.find((edition) => edition.lang === lang) || editions[0];
  const headline = shown.headline[lang];
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = form.dataset.interface + shown.path;
  link.textContent = headline || shown.title;
  if (!headline) {
    link.lang = shown.lang;
    link.dir = "auto";
  }
  heading.append(link);
  item.append(heading);
  const summary = shown.summary[lang] || (shown === editions[0] ? data.meta.lead : "");
  if (summary) {
    const text = document.createElement("p");
    text.className = "summary";
    text.textContent = summary;
    if (!shown.summary[lang]) {
      text.lang = shown.lang;
      text.dir = "auto";
    }
    item.append(text);
  }
  if (headline) {
    const original = document.createElement("p");
    original.className = "original";
    const title = document.createElement("span");
    title.lang = shown.lang;
    title.dir = "auto";
    title.textContent = shown.title;
    original.append(`${labelOf("language", shown.lang)}: `, title);
    item.append(original);
  }
  const facts = document.createElement("p");
  facts.className = "meta";
  if (shown.draft) {
    const mark = document.createElement("strong");
    mark.className = "draft-mark";
    mark.textContent = label("draft");
    facts.append(mark, " · ");
  }
  const date = data.meta.date ? dates.format(new Date(`${data.meta.date}T00:00:00Z`)) : label("undated");
  facts.append([date, factsLine(data.filters || {})].filter(Boolean).join(" · "));
  item.append(facts);
  const others = editions.filter((edition) => edition !== shown);
  if (others.length) {
    const line = document.createElement("p");
    line.className = "editions";
    line.append(`${label("otherEditions")}: `);
    others.forEach((edition, index) => {
      if (index) line.append(", ");
      line.append(editionLink(edition));
    });
    item.append(line);
  }
  return item;
}

async function run() {
  const current = ++generation;
  const query = input.value.trim();
  const filters = chosenFilters();
  const sort = sortSelect.value;
  writeUrl(query, filters, sort);
  if (!query && !Object.keys(filters).length) {
    statusLine.textContent = "";
    statusLine.dataset.state = "idle";
    resultsList.replaceChildren();
    return;
  }
  statusLine.textContent = label("loading");
  statusLine.dataset.state = "searching";
  // Entries edited since the index's shards were built are searched in its recent bundle;
  // their old versions, still in the shards, are left out (digest/site/search_index.py).
  const options = { filters: superseded.length ? { ...filters, version: { none: superseded } } : filters };
  if (sort === "date") options.sort = { date: "desc" };
  const terms = query ? segmentQuery(query) || query : null;
  const search = await pagefind.search(terms, options);
  if (current !== generation) return;
  statusLine.textContent = search.results.length
    ? countText(search.results.length)
    : label("noResults");
  resultsList.replaceChildren();
  shown = 0;
  pending = search.results;
  await showMore(current);
  if (current !== generation) return;
  statusLine.dataset.state = "done";
}

async function showMore(current) {
  // Each result's data is a download of its own: fetch a page of them at a time.
  const data = await Promise.all(pending.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
  if (current !== generation) return;
  resultsList.append(...data.map(renderResult));
  shown += data.length;
  moreButton.hidden = shown >= pending.length;
}

async function start() {
  const chosen = stateFromUrl();
  try {
    // The index is in shards (digest/site/search_index.py): load the first, merge the others.
    const [first, ...others] = form.dataset.bundles.split(" ").filter(Boolean);
    pagefind = await import(`${first}pagefind.js`);
    // Search on the page itself: the worker would be another 40 KB to download for a few
    // milliseconds of searching that a reader never notices.
    await pagefind.options({ baseUrl: form.dataset.base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    await Promise.all(
      others.map((bundle) => pagefind.mergeIndex(bundle, { baseUrl: form.dataset.base })),
    );
  } catch (error) {
    statusLine.textContent = label("unavailable");
    statusLine.dataset.state = "unavailable";
    return;
  }
  buildFilters(chosen);
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  sortSelect.addEventListener("change", run);
  moreButton.addEventListener("click", () => showMore(generation));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  run();
}

start();
