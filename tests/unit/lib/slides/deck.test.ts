import { describe, expect, test } from 'vitest';
import { loadStoryData } from '../../../../src/data/loadStoryData';
import { formatCount } from '../../../../src/lib/format/formatCount';
import { buildDeck } from '../../../../src/lib/slides/buildDeck';
import { deckAction, DECK_KEYS, slideFromHash } from '../../../../src/lib/slides/deckKeys';
import { interimDeck } from '../../../../src/lib/slides/interimDeck';
import { renderDataRefs } from '../../../../src/lib/slides/renderDataRefs';
import { scopeIds } from '../../../../src/lib/slides/scopeIds';

const data = loadStoryData();

describe('deck keys', () => {
  test.each([
    ['ArrowRight', false, 'next'],
    [' ', false, 'next'],
    [' ', true, 'prev'],
    ['PageDown', false, 'next'],
    ['PageUp', false, 'prev'],
    ['n', false, 'next'],
    ['N', true, 'next'],
    ['p', false, 'prev'],
    ['ArrowLeft', false, 'prev'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['b', false, 'blank'],
    ['.', false, 'blank'],
    ['f', false, 'fullscreen'],
    ['Escape', false, 'escape'],
    ['o', false, 'overview'],
    ['s', false, 'speaker'],
    ['c', false, 'contrast'],
    ['?', true, 'help'],
  ])('%s (shift %s) is %s', (key, shiftKey, action) => {
    expect(deckAction({ key, shiftKey })).toBe(action);
  });

  test('modified keys and other keys are left to the browser', () => {
    expect(deckAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(deckAction({ key: 'n', metaKey: true })).toBeNull();
    expect(deckAction({ key: 'f', altKey: true })).toBeNull();
    expect(deckAction({ key: 'Tab' })).toBeNull();
    expect(deckAction({ key: 'x' })).toBeNull();
  });

  test('the help lists every action once', () => {
    const actions = DECK_KEYS.map((k) => k.action);
    expect(new Set(actions).size).toBe(actions.length);
  });

  test('a hash names a slide by number or slug', () => {
    const slugs = ['title', 'taiwan', 'after'];
    expect(slideFromHash('#slide-2', slugs)).toBe(2);
    expect(slideFromHash('#taiwan', slugs)).toBe(2);
    expect(slideFromHash('#slide-0', slugs)).toBeNull();
    expect(slideFromHash('#slide-4', slugs)).toBeNull();
    expect(slideFromHash('#main', slugs)).toBeNull();
    expect(slideFromHash('', slugs)).toBeNull();
  });
});

describe('data references', () => {
  test('counts keep their qualifier and dates take the house style', () => {
    const html = renderDataRefs('Taipei: {count:tw-held-captive-voa} held, on {date:binh-di-river-escape}.', data);
    expect(html).toContain(`>${formatCount(data.countById.get('tw-held-captive-voa')!)}</span>`);
    expect(html).toContain('Aug. 18, 2022');
  });
  test('text is escaped; an unknown reference fails naming it', () => {
    expect(renderDataRefs('<b>&</b>', data)).toBe('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(() => renderDataRefs('{count:no-such-count}', data, 'slide 3')).toThrow(/slide 3: unknown count "\{count:no-such-count\}"/);
    expect(() => renderDataRefs('{date:no-such-event}', data)).toThrow(/unknown event/);
  });
});

describe('the deck', () => {
  const deck = buildDeck(interimDeck, data);
  test('slides are numbered, with unique slugs, sources that exist and no typed numbers left as references', () => {
    deck.forEach((s, i) => expect(s.n).toBe(i + 1));
    expect(new Set(deck.map((s) => s.slug)).size).toBe(deck.length);
    for (const s of deck) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const id of s.sources) expect(data.sourceById.has(id)).toBe(true);
      expect(s.bodyHtml + s.notesHtml.join('') + s.title).not.toMatch(/\{(count|date):/);
      expect(s.notesHtml.length).toBeGreaterThan(0);
    }
  });
  test('the sources of every figure shown are listed', () => {
    const taiwan = deck.find((s) => s.slug === 'taiwan')!;
    for (const id of data.countById.get('tw-found-aug-18')!.sources) expect(taiwan.sources).toContain(id);
  });
  test('a bad deck fails the build', () => {
    const one = interimDeck[0]!;
    expect(() => buildDeck([one, one], data)).toThrow(/slug repeated/);
    expect(() => buildDeck([{ ...one, slug: 'slide-3' }], data)).toThrow(/may not look like a slide number/);
    expect(() => buildDeck([{ ...one, sources: ['nope'] }], data)).toThrow(/unknown source "nope"/);
    expect(() => buildDeck([{ ...one, quote: 'nope' }], data)).toThrow(/unknown quote "nope"/);
  });
});

describe('scoped ids', () => {
  test('ids and the references to them are prefixed; other references are left alone', () => {
    const html = '<div id="a" aria-labelledby="a b"><a href="#a">x</a><a href="#main">y</a><svg><use href="#b"/><rect fill="url(#b)"/><g id="b"/></svg><label for="a"></label></div>';
    expect(scopeIds(html, 's2')).toBe(
      '<div id="s2-a" aria-labelledby="s2-a s2-b"><a href="#s2-a">x</a><a href="#main">y</a><svg><use href="#s2-b"/><rect fill="url(#s2-b)"/><g id="s2-b"/></svg><label for="s2-a"></label></div>',
    );
    expect(scopeIds('<p>no ids</p>', 's1')).toBe('<p>no ids</p>');
  });
});
