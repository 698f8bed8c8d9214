import { driveChart, chartRoot, SHOWN } from './chartContract';
import { expect, gotoPage, test } from './fixtures';
import { loadStoryData } from '../../src/data/loadStoryData';
import { CHARTS } from '../../src/lib/charts/registry';

const data = loadStoryData();

test.describe('one chart contract', () => {
  for (const chart of CHARTS) {
    // Every fixed state and a few parameterised ones (each parameterised form is checked in full by the unit tests).
    const examples = chart.states.examples(data);
    const states = [...examples.filter((s) => !s.includes(':')), ...examples.filter((s) => s.includes(':')).slice(0, 3)];

    test(`${chart.id}: driven through data-state and chart:state, with JavaScript`, async ({ page }) => {
      const p = await gotoPage(page, chart.path, { reducedMotion: true });
      await driveChart(p, chart.id, states, chart.states.default);
    });

    test(`${chart.id}: without JavaScript the root carries its state and the drawing shows it`, async ({ page }) => {
      const p = await gotoPage(page, chart.path, { js: false });
      const root = chartRoot(p, chart.id);
      await expect(root).toHaveAttribute('data-state', chart.states.default);
      await expect(root).not.toHaveAttribute('data-enhanced', /.*/);
      await SHOWN[chart.id]!(root, chart.states.default);
      // Controls that need the script are not offered without it.
      await expect(root.locator('button:visible')).toHaveCount(0);
      await p.context().close();
    });
  }
});
