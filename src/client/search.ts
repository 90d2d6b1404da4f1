/**
 * The search page's behaviour, on Pagefind's JavaScript API.
 *
 * - The query and filters live in the address (`/search/?q=gas&phase=Refinement`), so a
 *   search can be linked, and the back button returns to the previous search.
 * - A query that is a modification number in any spelling ("SECMP0023", "secmp23", "MP023",
 *   "mod 23", "0023", "23") first looks the number up as a modification and shows it first,
 *   then the full-text results. Full text alone cannot promise that: "23" is also a date.
 * - Pagefind's script and WebAssembly are fetched when the search page opens (and only there);
 *   each query then fetches just the parts of the index it needs.
 */
import { modificationId, modificationSpellings, parseModificationNumber } from '../domain/ids';

interface ResultData {
  readonly url: string;
  readonly excerpt: string;
  /** The page's indexed text, and the places of the matched words in it, counted in words. */
  readonly content?: string;
  readonly locations?: readonly number[];
  readonly weighted_locations?: readonly { readonly location: number; readonly balanced_score: number }[];
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

interface SearchResult {
  readonly id: string;
  data(): Promise<ResultData>;
}

interface SearchResponse {
  readonly results: readonly SearchResult[];
  readonly filters: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options?: { filters?: Record<string, string[]> }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<SearchResponse | null>;
}

interface SearchState {
  readonly query: string;
  readonly filters: Readonly<Record<string, string>>;
}

const PAGE_SIZE = 10;
/** Words in a result's excerpt. */
const EXCERPT_WORDS = 22;
/** A short pause after each keystroke, so a fast typist does not start a search per letter. */
const TYPING_DELAY_MS = 60;
/**
 * How many letters a query needs before the index it needs is fetched while the reader types.
 * Measured at 3,000 modifications (median of six queries, three runs each): the first result
 * came about 130 ms sooner with or without the limit, and the limit kept the bytes a query
 * fetches where they were (50 KB rather than 70 KB).
 */
const PRELOAD_FROM = 3;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The path is built at run time so the bundler leaves the import to the browser.
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 22 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** The form's filters (one value each) as Pagefind takes them (a list of values each). */
function pagefindFilters(filters: Readonly<Record<string, string>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, [value]]));
}

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A result's excerpt without the modification's other spellings. A modification page gives the
 * index every spelling of its number ("SECMP16 MP16 016 …") as weighted words at the start of its
 * text, so that any spelling finds it; they are not words a reader should see. Pagefind builds
 * excerpts from the whole text, so for such a page the excerpt is rebuilt here from the text
 * after the spellings, around its best match, with the matched words marked as Pagefind marks
 * them. Any other page keeps Pagefind's excerpt.
 */
export function readableExcerpt(data: ResultData): string {
  const id = data.meta['number'];
  if (!id || data.content === undefined || !/^SECMP\d{4}$/.test(id)) return data.excerpt;
  const words = data.content.split(/\s+/);
  const spellings = modificationSpellings(id);
  const lead = spellings.length;
  const clean = (w: string | undefined) => (w ?? '').replace(/[.,;:]+$/, '');
  if (!spellings.every((s, i) => clean(words[i]) === s)) return data.excerpt;
  const matches = new Set((data.locations ?? []).filter((l) => l >= lead));
  const best = [...(data.weighted_locations ?? [])].filter((w) => w.location >= lead).sort((a, b) => b.balanced_score - a.balanced_score)[0];
  const start = best ? Math.max(lead, best.location - 5) : lead;
  return words
    .slice(start, start + EXCERPT_WORDS)
    .map((w, i) => (matches.has(start + i) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)))
    .join(' ');
}

export function startSearch(): void {
  const app = element<HTMLDivElement>('#search-app');
  const noJs = element<HTMLDivElement>('#search-no-js');
  const form = element<HTMLFormElement>('#search-form');
  const input = element<HTMLInputElement>('#search-q');
  const status = element<HTMLParagraphElement>('#search-status');
  const list = element<HTMLOListElement>('#search-results');
  const more = element<HTMLButtonElement>('#search-more');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const headerInput = document.querySelector<HTMLInputElement>('#site-search');
  const filtersBox = document.querySelector<HTMLDetailsElement>('#search-filters-box');
  const filtersActive = document.querySelector<HTMLSpanElement>('#search-filters-active');
  // The filters stay folded away on a phone, where they would push the results off the screen.
  if (filtersBox) filtersBox.open = matchMedia('(min-width: 40rem)').matches;
  const showActive = () => {
    const n = selects.filter((s) => s.value).length;
    if (filtersActive) filtersActive.textContent = n > 0 ? ` (${n} on)` : '';
  };

  noJs.hidden = true;
  app.hidden = false;

  let generation = 0;
  let shown: ResultData[] = [];
  let pending: SearchResult[] = [];
  let typing: ReturnType<typeof setTimeout> | undefined;

  const readState = (): SearchState => {
    const params = new URLSearchParams(location.search);
    const filters: Record<string, string> = {};
    for (const s of selects) {
      const value = params.get(s.name);
      if (value) filters[s.name] = value;
    }
    return { query: params.get('q') ?? '', filters };
  };

  const formState = (): SearchState => {
    const filters: Record<string, string> = {};
    for (const s of selects) if (s.value) filters[s.name] = s.value;
    return { query: input.value, filters };
  };

  const addressOf = (state: SearchState): string => {
    const params = new URLSearchParams();
    if (state.query.trim()) params.set('q', state.query.trim());
    for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ''}`;
  };

  const showState = (state: SearchState) => {
    input.value = state.query;
    if (headerInput) headerInput.value = state.query;
    for (const s of selects) s.value = state.filters[s.name] ?? '';
    showActive();
  };

  const describe = (data: ResultData): string => {
    const type = data.filters['type']?.[0] ?? '';
    const parts = [type, data.meta['number'], data.meta['phase']].filter((p): p is string => Boolean(p));
    return parts.join(' · ');
  };

  const renderItem = (data: ResultData, exact: boolean): HTMLLIElement => {
    const li = document.createElement('li');
    if (exact) li.className = 'exact';
    const title = data.meta['title'] ?? data.url;
    const shortTitle = data.meta['short_title'];
    li.innerHTML =
      `<a class="result-title" href="${escapeHtml(data.url)}">${escapeHtml(title)}</a>` +
      `<p class="result-meta">${escapeHtml(describe(data))}${exact ? ' · number match' : ''}</p>` +
      (shortTitle && !title.includes(shortTitle) ? `<p>Short title: ${escapeHtml(shortTitle)}</p>` : '') +
      // Excerpts are escaped page text with <mark> around the matched words.
      (readableExcerpt(data) ? `<p>${readableExcerpt(data)}</p>` : '');
    return li;
  };

  const updateCounts = (counts: SearchResponse['filters'] | undefined) => {
    for (const s of selects) {
      const facet = counts?.[s.name];
      for (const option of s.options) {
        if (!option.value) continue;
        const n = facet?.[option.value];
        option.textContent = n === undefined ? option.value : `${option.value} (${n})`;
      }
    }
  };

  const run = async (state: SearchState) => {
    const mine = ++generation;
    const query = state.query.trim();
    const filters = pagefindFilters(state.filters);
    const hasFilters = Object.keys(filters).length > 0;
    if (!query && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a search above.';
      updateCounts(undefined);
      return;
    }
    status.textContent = 'Searching…';
    const pf = await loadPagefind();
    const number = parseModificationNumber(query);
    const [main, byNumber] = await Promise.all([
      pf.search(query || null, { filters }),
      number === null ? Promise.resolve(null) : pf.search(modificationId(number), { filters: { ...filters, type: ['Modification'] } }),
    ]);
    if (mine !== generation || !main) return;

    // The exact number match, if the number is a modification in the register.
    let exact: { id: string; data: ResultData } | undefined;
    if (number !== null && byNumber) {
      const id = modificationId(number);
      for (const r of byNumber.results.slice(0, 5)) {
        const data = await r.data();
        if (data.meta['number'] === id) {
          exact = { id: r.id, data };
          break;
        }
      }
      if (mine !== generation) return;
    }
    const rest = main.results.filter((r) => r.id !== exact?.id);
    // Every result of the first page is fetched at once, and the best is shown as soon as it
    // arrives (measured at 3,000 modifications: about 100 ms before the ten have all arrived);
    // the others follow in order, below it.
    const loading = rest.slice(0, PAGE_SIZE).map((r) => r.data());
    const best = exact ? exact.data : await loading.shift();
    if (mine !== generation) return;
    shown = best ? [best] : [];
    list.replaceChildren(...shown.map((d) => renderItem(d, exact !== undefined)));
    const others = await Promise.all(loading);
    if (mine !== generation) return;
    shown = [...shown, ...others];
    list.append(...others.map((d) => renderItem(d, false)));
    pending = rest.slice(PAGE_SIZE);
    more.hidden = pending.length === 0;
    const count = rest.length + (exact ? 1 : 0);
    const what = query ? `for “${query}”` : 'matching the filters';
    status.textContent =
      count === 0 ? `No results ${what}.` : `${count} result${count === 1 ? '' : 's'} ${what}${exact ? `; ${exact.data.meta['number']} first` : ''}.`;
    updateCounts(main.filters);
  };

  /** The search last run, so that settling a query (leaving the field) does not run it again. */
  let lastRun = '';
  /**
   * Whether the current history entry is a settled search (one the reader submitted, filtered,
   * left the field on, or opened by its address). Typing a new query never overwrites it: the
   * first keystroke starts a new entry, which later keystrokes keep current.
   */
  let settled = location.search !== '';
  const go = (push: boolean) => {
    const state = formState();
    const address = addressOf(state);
    if (address !== `${location.pathname}${location.search}`) {
      if (push || settled) history.pushState(null, '', address);
      else history.replaceState(null, '', address);
    }
    settled = push;
    if (headerInput) headerInput.value = state.query;
    if (address === lastRun) return;
    lastRun = address;
    void run(state);
  };

  // Typing searches as you go and keeps the address current; a settled query (submit, a
  // filter change, or leaving the field) becomes its own history entry.
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go(false), TYPING_DELAY_MS);
    // The parts of the index the query needs are fetched during that pause, not after it; a
    // query of one or two letters would fetch parts of the index the full word does not need.
    const { query, filters } = formState();
    const typed = query.trim();
    if (typed.length >= PRELOAD_FROM && pagefind) void pagefind.then((pf) => pf.preload(typed, { filters: pagefindFilters(filters) }));
  });
  input.addEventListener('change', () => go(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go(true);
  });
  for (const s of selects)
    s.addEventListener('change', () => {
      showActive();
      go(true);
    });
  more.addEventListener('click', async () => {
    const mine = generation;
    const next = await Promise.all(pending.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    pending = pending.slice(PAGE_SIZE);
    const fresh = next.filter((d) => !shown.some((s) => s.url === d.url));
    shown = [...shown, ...fresh];
    list.append(...fresh.map((d) => renderItem(d, false)));
    more.hidden = pending.length === 0;
    list.querySelectorAll('a')[shown.length - fresh.length]?.focus();
  });
  window.addEventListener('popstate', () => {
    settled = true;
    const state = readState();
    showState(state);
    lastRun = addressOf(state);
    void run(state);
  });

  const initial = readState();
  showState(initial);
  lastRun = addressOf(initial);
  void run(initial);
  if (!initial.query) input.focus();
  // Fetch Pagefind while the reader reads the page, so the first query waits only for its index.
  void loadPagefind().then(() => {
    document.documentElement.dataset['searchReady'] = 'true';
  });
}
