/**
 * The story's scrolling (index.astro). Without this script every step shows its own still figure; with
 * it, the figures move into one sticky graphic and scrollama shows the one for the step being read:
 *
 *   enhanceStory(document.querySelector('[data-story]'));
 *
 * The active figure follows the step in view going down and up, after a resize or a turn of the phone,
 * and after a jump to a section link. Figures cross-fade (instantly under reduced motion, in CSS). The
 * graphic is aria-hidden: each step's text and description already say what it shows.
 */
import scrollama from 'scrollama';

/** Largest magnification of a still in the graphic: labels stay a reading size, not a poster size. */
const MAX_SCALE = 1.6;

type Box = [number, number, number, number];
const boxOf = (value: string | null): Box => (value ?? '0 0 1 1').split(/[\s,]+/).map(Number) as Box;
const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/** Undoes frameFigure: the still as built, for print. */
export function unframeFigure(figure: HTMLElement): void {
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg[data-full-viewbox]')) {
    svg.setAttribute('viewBox', svg.dataset['fullViewbox']!);
    for (const p of ['width', 'height', 'max-width']) svg.style.removeProperty(p);
  }
}

/**
 * Frames a still inside the graphic's box: the map shows the panel its state is about (the region, or the
 * Cambodia close-up); a chart taller than the box shows the part around what its state highlights at a
 * readable size. Only the viewBox and the drawn size change; what is drawn is the build's.
 */
export function frameFigure(figure: HTMLElement, width: number, height: number): void {
  const chart = figure.dataset['chartId'];
  const state = figure.dataset['chartState'] ?? '';
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.parentElement?.closest('svg') || svg.getClientRects().length === 0) continue;
    svg.dataset['fullViewbox'] ??= svg.getAttribute('viewBox') ?? '';
    let [x, y, w, h] = boxOf(svg.dataset['fullViewbox']);
    if (chart === 'trafficking-routes') {
      const panel = svg.querySelector(state === 'cambodia' || state === 'river-escape' ? '.rm-panel--closeup' : '.rm-panel--region');
      if (panel) [x, y, w, h] = [num(panel, 'x'), num(panel, 'y'), num(panel, 'width'), num(panel, 'height')];
    }
    const scale = Math.min(width / w, MAX_SCALE, chart === 'rescues-by-nationality' ? Infinity : height / h);
    if (h * scale > height) {
      // Too tall at a readable size: a window around the highlighted row, or from the top.
      const country = /^country:(.+)$/.exec(state)?.[1];
      const row = country
        ? svg.querySelector(`.rescue-row[data-country="${country}"]`)
        : state.startsWith('kind:')
          ? [...svg.querySelectorAll('.rescue-row')].find((r) => r.querySelector('[data-kind]:not(.is-dimmed)')) ?? null
          : null;
      const windowH = height / scale;
      const focus = row ? Number(row.getAttribute('data-top')) + Math.min(Number(row.getAttribute('data-height')), windowH) / 2 : y + windowH / 2;
      y = Math.max(y, Math.min(focus - windowH / 2, y + h - windowH));
      h = windowH;
    }
    svg.setAttribute('viewBox', [x, y, w, h].map((n) => Math.round(n * 10) / 10).join(' '));
    svg.style.setProperty('width', `${Math.floor(w * scale)}px`);
    svg.style.setProperty('height', `${Math.floor(h * scale)}px`);
    svg.style.setProperty('max-width', 'none');
  }
}

export function enhanceStory(root: HTMLElement): void {
  const graphic = root.querySelector<HTMLElement>('[data-story-graphic]');
  const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
  if (!graphic || steps.length === 0) return;
  const figures = steps.map((step) => {
    const figure = step.querySelector<HTMLElement>('.step-figure')!;
    graphic.append(figure);
    return figure;
  });
  const progress = root.querySelector<HTMLElement>('[data-story-progress]');
  const tocLinks = Array.from(root.querySelectorAll<HTMLAnchorElement>('[data-story-toc] a'));
  let active = -1;
  const frame = (figure: HTMLElement) => {
    const box = graphic.getBoundingClientRect();
    const css = getComputedStyle(figure);
    const px = (p: string) => parseFloat(css.getPropertyValue(p)) || 0;
    frameFigure(figure, box.width - px('padding-left') - px('padding-right'), box.height - px('padding-top') - px('padding-bottom'));
  };

  function activate(index: number): void {
    if (index === active || index < 0) return;
    active = index;
    steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    figures.forEach((f, i) => f.classList.toggle('is-active', i === index));
    frame(figures[index]!);
    const step = steps[index]!;
    graphic!.dataset['stepChart'] = step.dataset['stepChart'];
    graphic!.dataset['stepState'] = step.dataset['stepState'];
    graphic!.dataset['activeStep'] = step.id;
    const section = step.closest('section')?.id;
    for (const a of tocLinks) {
      if (a.hash === `#${section}`) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  }

  /** The step whose top has passed the trigger line (or the first): what scrollama would have entered. */
  function stepInView(): number {
    const line = window.innerHeight * offset();
    let index = 0;
    steps.forEach((s, i) => {
      if (s.getBoundingClientRect().top <= line) index = i;
    });
    return index;
  }

  // Phones read the text below the graphic, so a step triggers lower down the screen.
  const offset = () => (window.matchMedia('(max-width: 899.98px)').matches ? 0.8 : 0.6);
  const scroller = scrollama();
  const setup = () =>
    scroller
      .setup({ step: steps, offset: offset() })
      // Events can arrive out of order after a jump; the step at the trigger line decides.
      .onStepEnter(() => activate(stepInView()))
      .onStepExit(() => activate(stepInView()));
  setup();
  activate(stepInView());

  let resizing = 0;
  const resync = () => {
    cancelAnimationFrame(resizing);
    resizing = requestAnimationFrame(() => {
      scroller.destroy();
      setup();
      if (active >= 0) frame(figures[active]!);
      activate(stepInView());
    });
  };
  window.addEventListener('resize', resync);
  window.addEventListener('orientationchange', resync);
  window.addEventListener('hashchange', () => requestAnimationFrame(() => activate(stepInView())));

  // Progress through the whole story, as a bar under the header.
  let ticking = false;
  const drawProgress = () => {
    ticking = false;
    if (!progress) return;
    const box = root.getBoundingClientRect();
    const total = box.height - window.innerHeight;
    const done = total > 0 ? Math.min(1, Math.max(0, -box.top / total)) : 1;
    progress.style.setProperty('transform', `scaleX(${done.toFixed(4)})`);
  };
  window.addEventListener(
    'scroll',
    () => {
      if (!ticking) requestAnimationFrame(drawProgress);
      ticking = true;
      // A fast jump (a section link, Home, End) can pass steps without entering them; check what is in view.
      requestAnimationFrame(() => activate(stepInView()));
    },
    { passive: true },
  );
  drawProgress();

  // In print every step carries its own figure again, as without JavaScript.
  const unroll = () =>
    figures.forEach((f, i) => {
      unframeFigure(f);
      steps[i]!.append(f);
    });
  const roll = () => {
    figures.forEach((f) => graphic.append(f));
    if (active >= 0) frame(figures[active]!);
  };
  const print = window.matchMedia('print');
  print.addEventListener('change', (e) => (e.matches ? unroll() : roll()));
  window.addEventListener('beforeprint', unroll);
  window.addEventListener('afterprint', () => {
    if (!print.matches) roll();
  });
  root.dataset['enhanced'] = '';
}
