/**
 * Content below the first screen, rendered when it is needed rather than with the first screen. The whole plan is
 * about 15,000 px of tables; rendering it in one pass as the figures arrive blocked the main thread for a few hundred
 * milliseconds (the dashboard's Lighthouse total blocking time). A `Deferred` block stands in with an empty box of
 * about its height, and renders its content:
 *
 * - when it comes within `AHEAD` of the screen (an IntersectionObserver), so scrolling finds it there;
 * - otherwise once the page has its figures, one block per idle moment, in the page's order, so within a second or
 *   two the whole plan is in the page for find-in-page, keyboard users and screen readers;
 * - at once, for everything above it, when a link to a part of the page is followed (the heading is always rendered,
 *   so the browser finds it; what renders above it must not push it away);
 * - at once, every block, before printing.
 *
 * Headings and ids stay outside the blocks: in-page links, landmarks and the headings list are complete from the start.
 */
import { options, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** How far from the screen a block renders (above and below). */
const AHEAD = '400px 0px';

interface Waiting {
  el: HTMLElement;
  reveal(): void;
}

/** Blocks still standing in for their content. */
const waiting = new Set<Waiting>();
let backgroundAllowed = false;
/** Set once the page has been printed: from then on a block that appears (an answer that came late) renders at once. */
let everything = false;
let backgroundScheduled = false;

const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 1000 }) : (run) => setTimeout(run, 50);

function scheduleBackground() {
  if (backgroundScheduled || !backgroundAllowed || !waiting.size) return;
  backgroundScheduled = true;
  whenIdle(() => {
    backgroundScheduled = false;
    if (!backgroundAllowed) return;
    // The first in the page's order: the reader starts at the top, and anything near where they are has been
    // rendered by its observer already (measuring distances here would force a layout in every idle task).
    let next: Waiting | undefined;
    for (const w of waiting) if (!next || next.el.compareDocumentPosition(w.el) & Node.DOCUMENT_POSITION_PRECEDING) next = w;
    // Preact renders a state change in a microtask, so this block is rendered within this idle task, alone.
    next?.reveal();
    scheduleBackground();
  });
}

/**
 * Lets the blocks render in idle time, or stops them: the dashboard allows it once its queries have answered, so the
 * background work never delays a figure the reader is waiting for.
 */
export function renderInBackground(allowed: boolean): void {
  backgroundAllowed = allowed;
  scheduleBackground();
}

/**
 * Renders the given blocks now, synchronously (Preact otherwise renders a state change in a microtask, which a
 * scroll or a print that follows would not wait for).
 */
function revealNow(blocks: Waiting[]): void {
  if (!blocks.length) return;
  const previous = options.debounceRendering;
  options.debounceRendering = (render) => render();
  try {
    for (const b of blocks) b.reveal();
  } finally {
    options.debounceRendering = previous;
  }
}

/**
 * Shows the element the address's fragment names: every block above it is rendered first (so nothing above it
 * changes height afterwards), then it is scrolled to. The browser scrolls to a fragment by itself when a link is
 * followed, but not to an element that did not exist yet when the page loaded: `always` scrolls even when no block
 * above it was waiting (the page's first figures have just been rendered).
 */
export function showFragmentTarget(always = false): void {
  let id = window.location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not percent-encoded after all (a stray '%'): the fragment as it is.
  }
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const above = [...waiting].filter((w) => w.el.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (!above.length && !always) return;
  revealNow(above);
  target.scrollIntoView();
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => showFragmentTarget());
  window.addEventListener('beforeprint', () => {
    everything = true;
    revealNow([...waiting]);
  });
}

/**
 * Stands in for its children, with an empty box `height` pixels high (an estimate of theirs, so the scrollbar is
 * about right and what follows is about where it will be), until they are needed (see above); then renders them
 * for good.
 */
export function Deferred({ height, children }: { height: number; children: ComponentChildren }) {
  const [shown, setShown] = useState(everything);
  const box = useRef<HTMLDivElement>(null);
  // A layout effect, so a block is registered as soon as it is in the page: an ordinary effect waits for the next
  // frame, and a print or a link followed in between would miss it.
  useLayoutEffect(() => {
    if (shown || !box.current) return undefined;
    const self: Waiting = {
      el: box.current,
      reveal: () => {
        waiting.delete(self);
        setShown(true);
      },
    };
    waiting.add(self);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && self.reveal(), { rootMargin: AHEAD });
    observer.observe(self.el);
    scheduleBackground();
    return () => {
      waiting.delete(self);
      observer.disconnect();
    };
  }, [shown]);
  if (shown) return <>{children}</>;
  return <div ref={box} class="deferred" style={{ height: `${Math.round(height)}px` }} />;
}

/** Pixels a table takes besides its rows (caption, header, margins), and a row of a line or two. */
const TABLE_CHROME = 90;
const ROW = 50;

/** The estimated height of a table of `rows` rows, for a `Deferred` standing in for it. */
export const tableHeight = (rows: number, rowHeight = ROW): number => TABLE_CHROME + rows * rowHeight;
