/** src/lib/embed/wholePixelMarks.ts: an embed's marks at whole pixels, arrowheads and sizes untouched. */
import { describe, expect, it } from 'vitest';
import { wholePixelMarks } from '../../../src/lib/embed/wholePixelMarks';

describe('wholePixelMarks', () => {
  it('rounds the coordinates of paths, circles, lines and text', () => {
    expect(wholePixelMarks('<path class="rm-route-line" d="M149.7,180.4Q196.8,199.9 226.6,240.8" data-length="99"/>')).toBe(
      '<path class="rm-route-line" d="M150,180Q197,200 227,241" data-length="99"/>',
    );
    expect(wholePixelMarks('<circle cx="146.4" cy="-0.3" r="2.5" class="rm-capital"/>')).toBe('<circle cx="146" cy="0" r="2.5" class="rm-capital"/>');
    expect(wholePixelMarks('<text x="140.9" y="176"><tspan x="140.9" dy="12.6" font-size="10.5">')).toBe('<text x="141" y="176"><tspan x="141" dy="13" font-size="10.5">');
  });
  it('leaves arrowheads and other elements as they are', () => {
    const html = '<path class="rm-route-arrow" d="M230,245.7L224.4,242.3Z"/><svg x="0.5" viewBox="0 0 360.5 20"><rect x="1.5"/>';
    expect(wholePixelMarks(html)).toBe(html);
  });
});
