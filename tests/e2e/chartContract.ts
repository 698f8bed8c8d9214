/**
 * One helper drives every chart through the one contract: the root `[data-chart="<id>"]`, its `data-state`
 * attribute and the `chart:state` event. What a state looks like differs by chart; how it is asked for
 * does not.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The chart's root on a page. */
export const chartRoot = (page: Page, id: string): Locator => page.locator(`[data-chart="${id}"]`).first();

/** Asks for a state by dispatching `chart:state` on the root. */
export async function sendState(root: Locator, state: string): Promise<void> {
  await root.evaluate((el, s) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { state: s } })), state);
}

/** Asks for a state by setting `data-state` on the root. */
export async function setState(root: Locator, state: string): Promise<void> {
  await root.evaluate((el, s) => el.setAttribute('data-state', s), state);
}

/** How each chart shows a state on screen: an assertion on the visible drawing. */
export const SHOWN: Record<string, (root: Locator, state: string) => Promise<void>> = {
  'trafficking-routes': async (root, state) => {
    const svg = root.locator('.rm-size:visible svg.rm-svg');
    if (state.startsWith('origin:')) await expect(svg.locator(`.rm-route--trunk[data-nationality="${state.slice(7)}"]`).first()).toHaveClass(/is-active/);
    else await expect(svg.locator('.rm-route.is-active')).toHaveCount(0);
    const closeup = svg.locator('.rm-panel--closeup');
    const zoom = await closeup.getAttribute(state === 'river-escape' ? 'data-viewbox-river-escape' : 'data-viewbox');
    await expect(closeup).toHaveAttribute('viewBox', zoom!);
  },
  'rescues-by-nationality': async (root, state) => {
    const svg = root.locator('.rescue-view:visible svg.rescue-svg');
    if (state.startsWith('country:')) {
      await expect(svg.locator(`.rescue-row[data-country="${state.slice(8)}"]`)).not.toHaveClass(/is-dimmed/);
      await expect(svg.locator(`.rescue-row:not([data-country="${state.slice(8)}"])`).first()).toHaveClass(/is-dimmed/);
    } else if (state.startsWith('kind:')) await expect(svg.locator('circle.is-dimmed').first()).toBeAttached();
    else await expect(svg.locator('.is-dimmed')).toHaveCount(0);
  },
  'crackdown-timeline': async (root, state) => {
    const svg = root.locator('.tl-view:visible svg.tl-svg');
    if (state.startsWith('event:')) {
      await expect(svg.locator('a.tl-event.is-highlighted')).toHaveCount(1);
      await expect(svg.locator(`a.tl-event[data-event="${state.slice(6)}"]`)).toHaveClass(/is-highlighted/);
      await expect(root.locator(`.tl-list > li[data-event="${state.slice(6)}"]`)).toHaveClass(/is-highlighted/);
    } else if (state === 'overview') await expect(svg.locator('a.tl-event.is-dimmed')).toHaveCount(0);
    else await expect(svg.locator('a.tl-event.is-dimmed').first()).toBeAttached();
  },
};

/** Drives a chart through states by event and by attribute, and checks nonsense falls back to `fallback`. */
export async function driveChart(page: Page, id: string, states: readonly string[], fallback: string): Promise<void> {
  const root = chartRoot(page, id);
  await expect(root).toHaveAttribute('data-enhanced', '');
  for (const [i, state] of states.entries()) {
    // Alternate the two ways in: both must give the same picture.
    if (i % 2 === 0) await sendState(root, state);
    else await setState(root, state);
    await expect(root).toHaveAttribute('data-state', state);
    await SHOWN[id]!(root, state);
  }
  await sendState(root, 'zoom-to-mars');
  await expect(root).toHaveAttribute('data-state', fallback);
  await SHOWN[id]!(root, fallback);
}
