/**
 * The app against a bare CodeMirror page, side by side in one Chromium: time from navigation start
 * until the first turn's text is on screen (in a `.cm-line` in the DOM, and the frame after it
 * painted), for the same file fetched the same way. Also what the performance panel would show for
 * the app: the JS chunks loaded before that moment, the episode request, main-thread time by kind.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';
import { parseEpisode } from '../../shared/episode/index.js';
import { startHarness } from '../e2e/support/harness.js';
import { buildBarePage, startBareServer } from './bare-codemirror.js';
import { summarise } from './measure.js';

/** Page loads of each kind per file; the first pair is a warm-up, left out of the figures. */
const LOADS = 7;

/** The first turn of an episode file: a piece of its text that both pages show, and where it is in the file. */
export interface FirstTurnProbe {
  /** The start of the first non-empty turn's text, as it appears verbatim in both the file and the app's line. */
  readonly text: string;
  /** The offset in the file of the line holding it. */
  readonly offset: number;
}

/** Finds the first non-empty turn's text (up to ~40 characters, whole words) and its place in the file. */
export function firstTurnProbe(fileText: string): FirstTurnProbe {
  const turn = parseEpisode(fileText).items.find((item) => item.kind === 'turn' && item.line.trim() !== '');
  if (turn?.kind !== 'turn') throw new Error('the episode has no turn with text');
  const transcriptAt = Math.max(0, fileText.indexOf('\ntranscript:'));
  // The file's YAML may fold or quote the text: keep the longest run of leading words (up to ~40
  // characters) that is in the file as it is, cut from the line itself so that the app's line holds it too.
  const first = turn.line.trim().split('\n')[0]!;
  const ends = [...first.matchAll(/\S+/g)].map((word) => word.index + word[0].length);
  const fits = ends.filter((end) => end <= 40);
  for (const end of (fits.length ? fits : ends.slice(0, 1)).reverse()) {
    const text = first.slice(0, end);
    const at = fileText.indexOf(text, transcriptAt);
    if (at !== -1) return { text, offset: fileText.lastIndexOf('\n', at) + 1 };
  }
  throw new Error(`the first turn's text ${JSON.stringify(turn.line.slice(0, 40))} is not in the file as written`);
}

const median = (values: readonly number[]) => summarise(values).median;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`);
const pathOf = (r: Resource) => new URL(r.name).pathname;
const isEpisodeRequest = (r: Resource) => pathOf(r) === '/api/initialEpisode';

/** What the page script leaves on `window`. */
interface BenchWindow {
  /** When the first turn's text was in the DOM, and the frame after that, in ms from navigation start. */
  benchFirstTurn?: { readonly inDomAt: number; readonly paintedAt: number };
  /** When the first turn head (`.cm-turn-who`) was in the DOM. */
  benchFirstHeadAt?: number;
}

/** The mark the bench's page script sets when the first turn painted (left out of the page's marks listed). */
const PAINTED_MARK = 'bench:first-turn-painted';

/**
 * An init script: records when a `.cm-line` first holds `probe` (and the first `.cm-turn-who`), then,
 * after the next animation frame (the frame that paints it), when it painted, with a mark `markName`.
 */
export function watchFirstTurn({ probe, markName }: { probe: string; markName: string }): void {
  const w = window as unknown as BenchWindow;
  new MutationObserver((_changes, observer) => {
    if (w.benchFirstHeadAt === undefined && document.querySelector('.cm-turn-who')) w.benchFirstHeadAt = performance.now();
    const found = Array.from(document.querySelectorAll('.cm-line')).some((line) => line.textContent?.includes(probe));
    if (!found) return;
    observer.disconnect();
    const inDomAt = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        w.benchFirstTurn = { inDomAt, paintedAt: performance.mark(markName).startTime };
      }, 0),
    );
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** One resource as resource timing reports it (times in ms from navigation start, sizes in bytes). */
interface Resource {
  readonly name: string;
  readonly startTime: number;
  readonly responseEnd: number;
  readonly transferSize: number;
  readonly encodedBodySize: number;
  readonly decodedBodySize: number;
}

/** What one page load measured. */
interface Load {
  readonly inDomAt: number;
  readonly paintedAt: number;
  readonly headAt: number | null;
  readonly html: Resource | null;
  /** Resources finished before the first turn painted, the episode request included. */
  readonly resources: readonly Resource[];
  /** The page's own performance marks and measures (not the bench's). */
  readonly marks: readonly { readonly name: string; readonly entryType: string; readonly startTime: number; readonly duration: number }[];
  /** The Chromium trace of the load, when asked for. */
  readonly trace?: Buffer;
}

/** Loads `url` in a fresh page and measures until the first turn (`probe`) painted; with `trace`, under Chromium tracing. */
async function measureLoad(browser: Browser, url: string, probe: string, trace = false): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  try {
    await page.addInitScript(watchFirstTurn, { probe, markName: PAINTED_MARK });
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as BenchWindow).benchFirstTurn !== undefined, undefined, { timeout: 30_000 }).catch((err: unknown) => {
      throw new Error(`${url} did not show the first turn's text ${JSON.stringify(probe)} within 30 s${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`, { cause: err });
    });
    const traced = trace ? await browser.stopTracing() : undefined;
    const data = await page.evaluate((markName) => {
      const w = window as unknown as BenchWindow;
      const resource = (r: PerformanceResourceTiming) => ({
        name: r.name,
        startTime: r.startTime,
        responseEnd: r.responseEnd,
        transferSize: r.transferSize,
        encodedBodySize: r.encodedBodySize,
        decodedBodySize: r.decodedBodySize,
      });
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        ...w.benchFirstTurn!,
        headAt: w.benchFirstHeadAt ?? null,
        html: navigation ? resource(navigation) : null,
        resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(resource),
        marks: [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')]
          .filter((e) => e.name !== markName)
          .map((e) => ({ name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration })),
      };
    }, PAINTED_MARK);
    return { ...data, resources: data.resources.filter((r) => r.responseEnd <= data.paintedAt), ...(traced ? { trace: traced } : {}) };
  } finally {
    await page.close();
  }
}

/** What the performance panel records (its timeline events, V8's, and the page's marks). */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading'];

/** The part of a Chromium trace event read here. */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly startTime?: number } };
}

/** The performance panel's summary groups, by the names of the events whose own (self) time goes to each. */
const SCRIPTING = new Set(['FunctionCall', 'RunMicrotasks', 'EvaluateScript', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback', 'MinorGC', 'MajorGC', 'XHRReadyStateChange', 'XHRLoad']);
const STYLE_LAYOUT = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'HitTest', 'PrePaint', 'ScheduleStyleRecalculation', 'InvalidateLayout']);
const PAINTING = new Set(['Paint', 'PaintImage', 'Layerize', 'Commit', 'CompositeLayers', 'UpdateLayer']);
const LOADING = new Set(['ParseHTML', 'ParseAuthorStyleSheet']);

type Group = 'scripting' | 'style & layout' | 'painting' | 'loading' | 'other';

function groupOf(name: string): Group {
  if (SCRIPTING.has(name) || /^v8\./i.test(name)) return 'scripting';
  if (STYLE_LAYOUT.has(name)) return 'style & layout';
  if (PAINTING.has(name)) return 'painting';
  if (LOADING.has(name) || name.startsWith('DocumentLoader::')) return 'loading';
  return 'other';
}

/** Main-thread time of a traced load, from navigation start until the first turn painted, in ms. */
interface MainThread {
  readonly busy: number;
  readonly window: number;
  readonly groups: ReadonlyMap<Group, number>;
  /** Scripting that started before `splitAt` (the episode's arrival). */
  readonly scriptingBefore: number;
}

/** Sums the renderer main thread's self time by group, as the performance panel's summary does. */
function mainThreadOf(trace: Buffer, splitAt: number): MainThread | undefined {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mark = events.find((e) => e.name === PAINTED_MARK);
  const markAt = mark?.args?.data?.startTime;
  if (!mark || markAt === undefined) return undefined;
  const origin = mark.ts - markAt * 1000;
  const splitTs = origin + splitAt * 1000;
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.dur !== undefined && e.ts >= origin && e.ts <= mark.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const groups = new Map<Group, number>();
  let busy = 0;
  let scriptingBefore = 0;
  const stack: { end: number; self: number; event: TraceEvent }[] = [];
  const close = (item: { self: number; event: TraceEvent }) => {
    const group = groupOf(item.event.name);
    groups.set(group, (groups.get(group) ?? 0) + item.self / 1000);
    if (group === 'scripting' && item.event.ts < splitTs) scriptingBefore += item.self / 1000;
  };
  for (const event of slices) {
    while (stack.length && stack.at(-1)!.end <= event.ts) close(stack.pop()!);
    const parent = stack.at(-1);
    if (parent) parent.self -= event.dur!;
    else busy += event.dur! / 1000;
    stack.push({ end: event.ts + event.dur!, self: event.dur!, event });
  }
  while (stack.length) close(stack.pop()!);
  return { busy, window: markAt, groups, scriptingBefore };
}

/** One traced load's main thread, as one line. */
function describeMainThread(load: Load): string {
  const episodeEnd = load.resources.find(isEpisodeRequest)?.responseEnd ?? 0;
  const main = load.trace && mainThreadOf(load.trace, episodeEnd);
  if (!main) return 'no trace';
  const group = (name: Group) => ms(main.groups.get(name) ?? 0);
  const scripting = main.groups.get('scripting') ?? 0;
  return [
    `scripting ${ms(scripting)} (${ms(main.scriptingBefore)} before the episode arrived at ${ms(episodeEnd)}, ${ms(scripting - main.scriptingBefore)} after)`,
    `style & layout ${group('style & layout')}, painting ${group('painting')}, loading ${group('loading')}, other ${group('other')}`,
    `idle ${ms(main.window - main.busy)} of ${ms(main.window)}`,
  ].join(', ');
}

/** Medians of a set of loads of one page, as one line of figures. */
function describeLoads(loads: readonly Load[]): string {
  const m = (f: (load: Load) => number) => ms(median(loads.map(f)));
  const episode = (load: Load) => load.resources.find(isEpisodeRequest);
  const scriptsEnd = (load: Load) => Math.max(0, ...load.resources.filter((r) => pathOf(r).endsWith('.js')).map((r) => r.responseEnd));
  const withEpisode = loads.filter((load) => episode(load));
  const request = withEpisode.length
    ? `episode request ${m((l) => episode(l)!.startTime)}–${m((l) => episode(l)!.responseEnd)} (${kb(episode(withEpisode[0]!)!.transferSize)} transferred)`
    : 'episode request not seen';
  return [
    `text in DOM ${m((l) => l.inDomAt)}, painted ${m((l) => l.paintedAt)}`,
    `HTML by ${m((l) => l.html?.responseEnd ?? 0)}, JS by ${m(scriptsEnd)}, ${request}`,
  ].join('; ');
}

/** The JS and CSS fetched before the first turn painted, with their sizes. */
function describeChunks(load: Load): string {
  const chunks = load.resources.filter((r) => /\.(js|css)$/.test(pathOf(r)));
  const js = chunks.filter((r) => pathOf(r).endsWith('.js'));
  const total = (f: (r: Resource) => number) => kb(js.reduce((sum, r) => sum + f(r), 0));
  const each = chunks.map((r) => `${basename(pathOf(r))} ${kb(r.encodedBodySize)} (${kb(r.transferSize)} transferred, ${kb(r.decodedBodySize)} decoded, ${ms(r.startTime)}–${ms(r.responseEnd)})`);
  return `${js.length} JS chunk${js.length === 1 ? '' : 's'}, ${total((r) => r.encodedBodySize)} (${total((r) => r.decodedBodySize)} decoded): ${each.join(', ')}`;
}

/** The bare page, built once per run. */
let barePage: Promise<string> | undefined;

/** Opens `episodePath` `LOADS` times in the app (harness) and in the bare page, alternating; prints medians and the ratio. */
export async function benchFirstTurn(name: string, episodePath: string, browser: Browser, aim: number): Promise<string[]> {
  const fileText = readFileSync(episodePath, 'utf8');
  const probe = firstTurnProbe(fileText);
  const harness = await startHarness({ episode: episodePath });
  barePage ??= buildBarePage();
  const bare = await startBareServer(await barePage, episodePath);
  const bareUrl = `${bare.url}/?at=${probe.offset}`;
  try {
    const app: Load[] = [];
    const baseline: Load[] = [];
    for (let i = 0; i < LOADS; i++) {
      // Alternate which goes first, so that drift in the machine's load falls on both alike.
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const kind of order) {
        const load = await measureLoad(browser, kind === 'app' ? harness.url : bareUrl, probe.text);
        if (i > 0) (kind === 'app' ? app : baseline).push(load);
      }
    }
    // One more load of each under tracing, for the performance panel's view (tracing slows the page: not timed).
    const appTraced = await measureLoad(browser, harness.url, probe.text, true);
    const bareTraced = await measureLoad(browser, bareUrl, probe.text, true);
    const appMs = median(app.map((l) => l.paintedAt));
    const bareMs = median(baseline.map((l) => l.paintedAt));
    const heads = app.map((l) => l.headAt).filter((t): t is number => t !== null);
    const headLead = Math.max(...app.map((l) => (l.headAt === null ? 0 : l.inDomAt - l.headAt)));
    const marks = app.at(-1)!.marks;
    return [
      `first turn visible, ${name} (${kb(statSync(episodePath).size)}): app ${ms(appMs)}, bare CodeMirror ${ms(bareMs)}, ratio ${(appMs / bareMs).toFixed(1)} (aim <= ${aim})`,
      `  medians of ${app.length} loads each (fresh page each, alternating, after a warm-up pair); visible = the first turn's text ${JSON.stringify(probe.text)} in a .cm-line, then the next frame`,
      `  app:  ${describeLoads(app)}`,
      `  app before the first turn: ${describeChunks(app.at(-1)!)}`,
      `  app main thread, one traced load (first turn painted at ${ms(appTraced.paintedAt)}): ${describeMainThread(appTraced)}`,
      `  app performance marks: ${marks.length ? marks.map((e) => `${e.name} (${e.entryType}) ${ms(e.startTime)}${e.duration ? ` +${ms(e.duration)}` : ''}`).join(', ') : 'none'}`,
      ...(heads.length ? [`  app: the first turn head (.cm-turn-who, what "turns visible" below waits for) was in the DOM at ${ms(median(heads))}, at most ${headLead.toFixed(1)} ms before the text`] : []),
      `  bare: ${describeLoads(baseline)}`,
      `  bare before the first turn: ${describeChunks(baseline.at(-1)!)}`,
      `  bare main thread, one traced load (first turn painted at ${ms(bareTraced.paintedAt)}): ${describeMainThread(bareTraced)}`,
    ];
  } finally {
    await bare.stop();
    await harness.stop();
  }
}
