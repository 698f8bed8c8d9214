/** src/lib/embed/namesOnce.ts: names repeated across an embed's drawings written once, referenced by id. */
import { describe, expect, it } from 'vitest';
import { namesOnce } from '../../../src/lib/embed/namesOnce';

describe('namesOnce', () => {
  it('writes a repeated long name once and points every mark that had it there', () => {
    const name = 'Bangladesh to Cambodia. Sources: VOA Khmer &amp; others';
    const html = `<g tabindex="0" aria-label="${name}"></g><g aria-label="Key"></g><g tabindex="0" aria-label="${name}"></g>`;
    expect(namesOnce(html, 'm')).toBe(
      `<g tabindex="0" aria-labelledby="m-n0"></g><g aria-label="Key"></g><g tabindex="0" aria-labelledby="m-n0"></g><div hidden><span id="m-n0">${name}</span></div>`,
    );
  });
  it('leaves names used once, and short names, where they are', () => {
    const html = '<g aria-label="A name long enough to be moved, but used only once"></g><g aria-label="Key"></g><g aria-label="Key"></g>';
    expect(namesOnce(html, 'm')).toBe(html);
  });
});
