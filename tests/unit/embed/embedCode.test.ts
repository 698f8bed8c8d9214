import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EMBED_RESIZE_SCRIPT, embedCode, embedIframe } from '../../../src/lib/embed/embedCode';

const options = { src: 'https://example.org/embed/crackdown-timeline/?theme=dark', title: 'Timeline of the “crackdown”', height: 905.4 };

/** Runs the snippet's script with a fake iframe and window, returning a way to post messages to it. */
function runListener() {
  const ownWindow = {};
  const iframe = { tagName: 'IFRAME', contentWindow: ownWindow, style: { height: '' } };
  let listener: ((e: { source: unknown; data: unknown }) => void) | null = null;
  runInNewContext(EMBED_RESIZE_SCRIPT, {
    document: { currentScript: { previousElementSibling: iframe } },
    addEventListener: (type: string, fn: typeof listener) => {
      if (type === 'message') listener = fn;
    },
  });
  return { iframe, ownWindow, post: (source: unknown, data: unknown) => listener!({ source, data }) };
}

describe('embedCode', () => {
  it('embedCode gives an iframe with title, lazy loading, a starting height and full width, then its script', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${embedCode(options)}</body></html>`);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(options.src);
    expect(iframe.getAttribute('title')).toBe(options.title);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('height')).toBe('906');
    expect(iframe.getAttribute('style')).toBe('width:100%;border:0');
    expect(iframe.nextElementSibling?.tagName).toBe('SCRIPT');
    expect(document.querySelector('script')!.getAttribute('src')).toBeNull();
  });

  it('embedCode stays well under 1 KB of script', () => {
    expect(new TextEncoder().encode(EMBED_RESIZE_SCRIPT).length).toBeLessThan(600);
  });

  it('embedIframe escapes the title and address for the attribute', () => {
    const html = embedIframe({ ...options, title: 'A "quoted" <b>title</b> & more', src: 'https://example.org/embed/x/?a=1&b="2"' });
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(html).toContain('src="https://example.org/embed/x/?a=1&amp;b=&quot;2&quot;"');
  });

  it('embedIframe refuses javascript: addresses and absurd heights', () => {
    expect(() => embedIframe({ ...options, src: 'javascript:alert(1)' })).toThrow(/src/);
    expect(() => embedIframe({ ...options, height: Number.NaN })).toThrow(/height/);
    expect(() => embedIframe({ ...options, height: 50_000 })).toThrow(/height/);
  });
});

describe('EMBED_RESIZE_SCRIPT', () => {
  it('resizes its iframe to a Datawrapper height message from its own window', () => {
    const { iframe, ownWindow, post } = runListener();
    post(ownWindow, { 'datawrapper-height': { 'crackdown-timeline': 812.3 } });
    expect(iframe.style.height).toBe('813px');
    post(ownWindow, { 'datawrapper-height': { 'crackdown-timeline': 640 } });
    expect(iframe.style.height).toBe('640px');
  });

  it('ignores messages from any other window', () => {
    const { iframe, post } = runListener();
    post({}, { 'datawrapper-height': { x: 700 } });
    post(null, { 'datawrapper-height': { x: 700 } });
    expect(iframe.style.height).toBe('');
  });

  it('ignores anything but a finite number of pixels in range', () => {
    const { iframe, ownWindow, post } = runListener();
    for (const h of ['700', '700px;background:red', Number.NaN, Number.POSITIVE_INFINITY, -5, 0, 99, 20001, null, { valueOf: () => 500 }]) {
      post(ownWindow, { 'datawrapper-height': { x: h } });
    }
    post(ownWindow, 'pymxPYMxxxPYMxheightxPYMx700');
    post(ownWindow, null);
    post(ownWindow, { 'datawrapper-height': 700 });
    expect(iframe.style.height).toBe('');
  });

  it('does nothing when it is not placed right after an iframe', () => {
    expect(() =>
      runInNewContext(EMBED_RESIZE_SCRIPT, {
        document: { currentScript: { previousElementSibling: { tagName: 'P' } } },
        addEventListener: () => {
          throw new Error('should not listen');
        },
      }),
    ).not.toThrow();
  });
});
