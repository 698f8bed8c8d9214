/**
 * The presentation's behaviour, on top of slides that are already complete HTML (readable as a vertical
 * sequence without this script). Adds: one slide at a time, keys and clicker keys, swipe, on-screen buttons,
 * the slide in the URL (deep links, back button), blanking, full screen, overview, help, high contrast, and a
 * speaker view in a second window kept in step over a BroadcastChannel (a key in either window moves both).
 */
import { deckAction, slideFromHash, type DeckAction } from '../../lib/slides/deckKeys';

const CHANNEL = 'held-in-the-compounds:present';
const CONTRAST_KEY = 'present:contrast';

interface DeckMessage {
  type: 'state' | 'hello' | 'clock';
  from: string;
  n?: number;
  blank?: boolean;
  /** For `clock`: what a key or button in either window did to the speaker view's clock. */
  clock?: 'toggle' | 'reset';
}

export function enhanceDeck(root: HTMLElement): void {
  const speaker = new URLSearchParams(location.search).has('speaker');
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const slugs = slides.map((s) => s.dataset['slug'] ?? '');
  const total = slides.length;
  if (total === 0) return;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const progress = $<HTMLProgressElement>('[data-deck-progress]');
  const blankEl = $<HTMLElement>('[data-deck-blank]');
  const overview = $<HTMLDialogElement>('[data-deck-overview]');
  const help = $<HTMLDialogElement>('[data-deck-help]');
  const live = $<HTMLElement>('[data-deck-live]');
  const me = Math.random().toString(36).slice(2);
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;

  let current = 0;
  let blank = false;

  if (speaker) {
    document.documentElement.classList.add('deck-speaker');
    const view = $<HTMLElement>('[data-speaker-view]');
    if (view) view.hidden = false;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-deck-js]')) el.hidden = false;
  if (localStorage.getItem(CONTRAST_KEY) === 'on') setContrast(true);

  function show(n: number, opts: { push?: boolean; broadcast?: boolean } = {}): void {
    const { push = true, broadcast = true } = opts;
    const next = Math.min(total, Math.max(1, n));
    const changed = next !== current;
    current = next;
    slides.forEach((s, i) => {
      const on = i === current - 1;
      s.hidden = speaker || !on;
      s.toggleAttribute('data-current', on);
      if (on) s.removeAttribute('aria-hidden');
      else s.setAttribute('aria-hidden', 'true');
    });
    for (const c of root.querySelectorAll('[data-deck-count]')) c.textContent = `${current} / ${total}`;
    for (const b of root.querySelectorAll<HTMLElement>('[data-goto]')) b.setAttribute('aria-current', String(b.dataset['goto'] === String(current)));
    if (progress) {
      progress.max = total;
      progress.value = current;
    }
    if (changed && live) live.textContent = `Slide ${current} of ${total}: ${slides[current - 1]!.dataset['title'] ?? ''}`;
    const hash = `#slide-${current}`;
    if (location.hash !== hash) {
      if (push) history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
    }
    document.title = `${current}/${total} ${slides[current - 1]!.dataset['title'] ?? ''} · Present`;
    if (speaker) renderSpeaker();
    if (broadcast) post();
  }

  function setBlank(on: boolean, broadcast = true): void {
    blank = on;
    if (blankEl) blankEl.hidden = !on;
    root.toggleAttribute('data-blank', on);
    if (broadcast) post();
  }

  function setContrast(on: boolean): void {
    document.documentElement.classList.toggle('deck-contrast', on);
    localStorage.setItem(CONTRAST_KEY, on ? 'on' : 'off');
    for (const b of root.querySelectorAll('[data-deck-action="contrast"]')) b.setAttribute('aria-pressed', String(on));
  }

  function post(): void {
    channel?.postMessage({ type: 'state', from: me, n: current, blank } satisfies DeckMessage);
  }

  channel?.addEventListener('message', (e: MessageEvent<DeckMessage>) => {
    const m = e.data;
    if (!m || m.from === me) return;
    if (m.type === 'hello') post();
    else if (m.type === 'clock' && m.clock) clockAction(m.clock, false);
    else if (m.type === 'state') {
      if (typeof m.n === 'number' && m.n !== current) show(m.n, { broadcast: false });
      if (typeof m.blank === 'boolean' && m.blank !== blank) setBlank(m.blank, false);
    }
  });

  function toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  function openDialog(d: HTMLDialogElement | null): void {
    if (!d || d.open) return;
    for (const other of [overview, help]) if (other && other !== d && other.open) other.close();
    d.showModal();
    if (d === overview) d.querySelector<HTMLElement>(`[data-goto="${current}"]`)?.focus();
  }

  function openSpeaker(): void {
    window.open(`${location.pathname}?speaker#slide-${current}`, 'present-speaker', 'popup,width=1200,height=760');
  }

  function act(action: DeckAction): void {
    switch (action) {
      case 'next':
        return show(current + 1);
      case 'prev':
        return show(current - 1);
      case 'first':
        return show(1);
      case 'last':
        return show(total);
      case 'blank':
        return setBlank(!blank);
      case 'fullscreen':
        return toggleFullscreen();
      case 'escape':
        if (document.fullscreenElement) void document.exitFullscreen();
        return;
      case 'overview':
        return overview?.open ? overview.close() : openDialog(overview);
      case 'help':
        return help?.open ? help.close() : openDialog(help);
      case 'speaker':
        return speaker ? undefined : openSpeaker();
      case 'contrast':
        return setContrast(!document.documentElement.classList.contains('deck-contrast'));
      case 'clock':
        return clockAction('toggle');
      case 'clock-reset':
        return clockAction('reset');
    }
  }

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    // Blank: any key brings the slides back, and does only that.
    if (blank) {
      if (e.ctrlKey || e.altKey || e.metaKey || e.key === 'Shift') return;
      e.preventDefault();
      setBlank(false);
      return;
    }
    const action = deckAction(e);
    if (!action) return;
    const dialogOpen = (overview?.open ?? false) || (help?.open ?? false);
    if (dialogOpen) {
      // In a panel, keys work the panel (Tab, Enter, arrows); only its own key closes it.
      if ((action === 'overview' && overview?.open) || (action === 'help' && help?.open)) {
        e.preventDefault();
        act(action);
      }
      return;
    }
    // Keys typed into a control (the speaker view's buttons take Space and Enter themselves).
    const t = e.target as HTMLElement | null;
    if (t && t.closest('button, a, input, textarea, select, summary') && (e.key === ' ' || e.key === 'Enter')) return;
    e.preventDefault();
    act(action);
  });

  for (const b of root.querySelectorAll<HTMLElement>('[data-deck-action]')) {
    b.addEventListener('click', () => act(b.dataset['deckAction'] as DeckAction));
  }
  for (const b of root.querySelectorAll<HTMLElement>('[data-goto]')) {
    b.addEventListener('click', () => {
      overview?.close();
      show(Number(b.dataset['goto']));
    });
  }
  blankEl?.addEventListener('click', () => setBlank(false));
  for (const d of [overview, help]) d?.addEventListener('click', (e) => e.target === d && d.close());

  // Swipe on touch screens: a mostly horizontal stroke of 50px or more.
  let start: { x: number; y: number } | null = null;
  const stage = $<HTMLElement>('[data-deck-stage]') ?? root;
  stage.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse') start = { x: e.clientX, y: e.clientY };
  });
  stage.addEventListener('pointerup', (e) => {
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    start = null;
    if (Math.abs(dx) >= 50 && Math.abs(dx) > Math.abs(dy) * 1.5) act(dx < 0 ? 'next' : 'prev');
  });
  stage.addEventListener('pointercancel', () => (start = null));

  // The toolbar fades out while the mouse is still and comes back when it moves or a control has focus.
  let idle = 0;
  const wake = () => {
    root.removeAttribute('data-idle');
    window.clearTimeout(idle);
    idle = window.setTimeout(() => root.setAttribute('data-idle', ''), 2500);
  };
  document.addEventListener('pointermove', wake);
  wake();

  window.addEventListener('popstate', () => {
    const n = slideFromHash(location.hash, slugs);
    if (n) show(n, { push: false });
  });

  // Speaker view: the current and next slide as copies, the notes, and the time since it opened, which the
  // presenter can pause (a break, questions) and set back to 00:00 (the class starts).
  const clock = $<HTMLTimeElement>('[data-speaker-clock]');
  const clockToggle = $<HTMLButtonElement>('[data-deck-action="clock"]');
  const clockState = $<HTMLElement>('[data-speaker-clock-state]');
  let banked = 0;
  let runningSince: number | null = Date.now();
  const elapsed = () => banked + (runningSince === null ? 0 : Date.now() - runningSince);
  function tick(): void {
    if (!clock) return;
    const s = Math.floor(elapsed() / 1000);
    clock.textContent = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    clock.dateTime = `PT${Math.floor(s / 60)}M${s % 60}S`;
  }
  /** Pauses, restarts or resets the clock; a key in the main window reaches the speaker window's clock. */
  function clockAction(op: 'toggle' | 'reset', broadcast = true): void {
    if (broadcast) channel?.postMessage({ type: 'clock', from: me, clock: op } satisfies DeckMessage);
    if (!speaker) return;
    const now = Date.now();
    if (op === 'reset') {
      banked = 0;
      if (runningSince !== null) runningSince = now;
    } else if (runningSince === null) runningSince = now;
    else {
      banked += now - runningSince;
      runningSince = null;
    }
    const paused = runningSince === null;
    clockToggle?.setAttribute('aria-pressed', String(paused));
    if (clockState) clockState.textContent = paused ? 'paused' : '';
    root.toggleAttribute('data-clock-paused', paused);
    tick();
  }
  function renderSpeaker(): void {
    const put = (sel: string, i: number) => {
      const box = $<HTMLElement>(sel);
      if (!box) return;
      box.replaceChildren();
      const slide = slides[i]?.querySelector('.slide');
      if (!slide) {
        box.textContent = 'End of the slides';
        return;
      }
      // A picture of the slide: no ids, names or focus of its own (the heading above names it).
      const copy = slide.cloneNode(true) as HTMLElement;
      for (const el of [copy, ...copy.querySelectorAll('*')]) {
        for (const a of ['id', 'aria-labelledby', 'aria-describedby', 'aria-roledescription']) el.removeAttribute(a);
      }
      copy.inert = true;
      copy.setAttribute('aria-hidden', 'true');
      box.append(copy);
    };
    put('[data-speaker-current]', current - 1);
    put('[data-speaker-next]', current);
    const nowName = $<HTMLElement>('[data-speaker-now-title]');
    const nextName = $<HTMLElement>('[data-speaker-next-title]');
    if (nowName) nowName.textContent = slides[current - 1]!.dataset['title'] ?? '';
    if (nextName) nextName.textContent = slides[current]?.dataset['title'] ?? 'none';
    const notes = $<HTMLElement>('[data-speaker-notes]');
    const source = slides[current - 1]!.querySelector('.slide-notes-body');
    if (notes && source) notes.replaceChildren(...[...source.childNodes].map((c) => c.cloneNode(true)));
  }
  if (speaker && clock) {
    tick();
    window.setInterval(tick, 1000);
  }

  show(slideFromHash(location.hash, slugs) ?? 1, { push: false, broadcast: false });
  root.setAttribute('data-deck-ready', '');
  if (speaker) channel?.postMessage({ type: 'hello', from: me } satisfies DeckMessage);
}
