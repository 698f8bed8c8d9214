/**
 * The story's scrolling (index.astro). Without this script every step shows its own still figure under its
 * text (and so does print, with it); with it, one sticky graphic holds a live copy of each chart the story
 * uses, and scrollama puts it into the state of the step being read:
 *
 *   enhanceStory(document.querySelector('[data-story]'));
 *
 * When the next step uses the same chart, the chart moves between its states in place (liveFigure.ts:
 * marks dim and highlight by their CSS transitions, the map pans and zooms, the timeline's range slides);
 * only a change of chart cross-fades. Under reduced motion all of it is instant. The state follows the step
 * in view going down and up, after a resize or a turn of the phone, and after a jump to a section link.
 * The graphic is aria-hidden: each step's text and description already say what it shows.
 */
import scrollama from 'scrollama';
import { frameFigure } from './frameFigure';
import { applyStill, createLiveFigure } from './liveFigure';
import { createTween } from './tween';

/** When the graphic sits beside the text (story.graphic.css); otherwise it is above it. */
const SIDE_BY_SIDE = '(min-width: 900px), (min-width: 640px) and (orientation: landscape)';
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function enhanceStory(root: HTMLElement): void {
  const graphic = root.querySelector<HTMLElement>('[data-story-graphic]');
  const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
  if (!graphic || steps.length === 0) return;
  const stills = steps.map((step) => step.querySelector<HTMLElement>(':scope > .step-figure')!);
  // One live copy per chart, made from its first still.
  const lives = new Map<string, HTMLElement>();
  for (const still of stills) {
    const chart = still.dataset['chartId']!;
    if (!lives.has(chart)) lives.set(chart, graphic.appendChild(createLiveFigure(still)));
  }
  const progress = root.querySelector<HTMLElement>('[data-story-progress]');
  const tocLinks = Array.from(root.querySelectorAll<HTMLAnchorElement>('[data-story-toc] a'));
  let active = -1;
  let shown: HTMLElement | null = null;
  /** Puts the live copy of the step's chart into the step's state and frame; moves only if it stays in view. */
  const show = (index: number, animate: boolean) => {
    const still = stills[index]!;
    let live = lives.get(still.dataset['chartId']!)!;
    const moving = animate && live === shown && !reducedMotion();
    const tween = createTween(live);
    if (!applyStill(live, still, tween)) {
      // Not the same markup (never expected): show the step's picture itself.
      const copy = createLiveFigure(still);
      live.replaceWith(copy);
      lives.set(still.dataset['chartId']!, copy);
      live = copy;
    }
    const box = graphic.getBoundingClientRect();
    const css = getComputedStyle(live);
    const px = (p: string) => parseFloat(css.getPropertyValue(p)) || 0;
    frameFigure(live, box.width - px('padding-left') - px('padding-right'), box.height - px('padding-top') - px('padding-bottom'), tween);
    tween.run(moving);
    for (const f of lives.values()) f.classList.toggle('is-active', f === live);
    shown = live;
  };

  function activate(index: number): void {
    if (index === active || index < 0) return;
    active = index;
    steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    show(index, true);
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
  const offset = () => (window.matchMedia(SIDE_BY_SIDE).matches ? 0.6 : 0.8);
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
      if (active >= 0) show(active, false);
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

  root.dataset['enhanced'] = '';
}
