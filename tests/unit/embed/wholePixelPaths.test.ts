/** src/lib/embed/wholePixelPaths.ts: an embed's basemap rounded to whole pixels, everything else untouched. */
import { describe, expect, it } from 'vitest';
import { wholePixelPath, wholePixelPaths } from '../../../src/lib/embed/wholePixelPaths';

describe('wholePixelPath', () => {
  it('rounds M and L points and drops lines to the point already reached', () => {
    expect(wholePixelPath('M10.4,20.6L10.2,20.9L15.5,20Z')).toBe('M10,21l6-1Z');
    expect(wholePixelPath('M1,1L2,2ZM-3.6,4.4L5,6Z')).toBe('M1,1l1,1ZM-4,4l9,2Z');
  });
  it('writes the points after the first as whole-pixel steps, one l for the ring', () => {
    expect(wholePixelPath('M100.2,200L103.4,198.6L101,201L101.2,200.6L98,205Z')).toBe('M100,200l3-1-2,2-3,4Z');
  });
  it('leaves path data with other commands as it is', () => {
    expect(wholePixelPath('M0,0Q1.5,2.5,3,3')).toBe('M0,0Q1.5,2.5,3,3');
    expect(wholePixelPath('M0,0a1,1,0,1,1,2,0')).toBe('M0,0a1,1,0,1,1,2,0');
  });
});

describe('wholePixelPaths', () => {
  it('rounds only the paths of the classes named', () => {
    const html = '<path class="rm-land" d="M1.4,1.6L2.2,2.2Z"/><path class="rm-country rm-country--cambodia" d="M0.6,0L3,3Z"/><path class="rm-route-line" d="M1.4,1.6L2.2,2.2"/><path class="rm-landmark" d="M1.4,1L2,2"/>';
    expect(wholePixelPaths(html, ['rm-land', 'rm-country'])).toBe(
      '<path class="rm-land" d="M1,2l1,0Z"/><path class="rm-country rm-country--cambodia" d="M1,0l2,3Z"/><path class="rm-route-line" d="M1.4,1.6L2.2,2.2"/><path class="rm-landmark" d="M1.4,1L2,2"/>',
    );
  });
});
