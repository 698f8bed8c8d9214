import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  datawrapperHeightMessage,
  parsePymMessage,
  pymChildId,
  pymMessage,
  reportedHeight,
} from '../../../src/lib/embed/sizingMessages';

const require = createRequire(import.meta.url);

/** Runs pym.js's real Child in a fake window and returns what it posts to its parent, and the child. */
function realPymChild(search: string, bodyHeight: number) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  Object.defineProperty(document.body, 'offsetHeight', { value: bodyHeight });
  const sent: unknown[] = [];
  const location = { search, href: `http://child.test/${search}` };
  const g = globalThis as Record<string, unknown>;
  g['window'] = { location, parent: { postMessage: (m: unknown) => sent.push(m) }, top: {}, addEventListener() {}, removeEventListener() {}, document };
  g['location'] = location;
  g['document'] = document;
  const path = require.resolve('pym.js/dist/pym.v1.js');
  delete require.cache[path];
  const pym = require(path) as { Child: new () => { messageRegex: RegExp; sendMessage(t: string, m: string): void } };
  return { sent, child: new pym.Child() };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g['window'];
  delete g['location'];
  delete g['document'];
});

describe('pymMessage', () => {
  it('pymMessage(id, "height", px) is byte for byte what pym.js v1 Child sends', () => {
    const { sent } = realPymChild('?initialWidth=640&childId=story-chart_1', 731);
    expect(sent).toEqual([pymMessage('story-chart_1', 'height', 731)]);
  });

  it('parsePymMessage reads a width message the way pym.js Child matches it', () => {
    const { child } = realPymChild('?childId=c2', 10);
    const fromParent = pymMessage('c2', 'width', 320);
    const m = fromParent.match(child.messageRegex);
    expect(parsePymMessage(fromParent, 'c2')).toEqual({ type: m![1], message: m![2] });
    expect(parsePymMessage(fromParent, 'c2')).toEqual({ type: 'width', message: '320' });
  });

  it('parsePymMessage ignores other children, other formats and non-strings', () => {
    expect(parsePymMessage(pymMessage('other', 'width', 320), 'c2')).toBeNull();
    expect(parsePymMessage('pymxPYMxc2xPYMxwidth', 'c2')).toBeNull();
    expect(parsePymMessage({ width: 320 }, 'c2')).toBeNull();
    expect(parsePymMessage(320, 'c2')).toBeNull();
  });
});

describe('pymChildId', () => {
  it('pymChildId reads the childId that pym.Parent adds to the address', () => {
    expect(pymChildId('?initialWidth=500&childId=example-1&parentTitle=x')).toBe('example-1');
    expect(pymChildId('?theme=dark')).toBeNull();
  });

  it('pymChildId refuses ids that would need escaping in a pattern, or are absurdly long', () => {
    expect(pymChildId('?childId=a.*b')).toBeNull();
    expect(pymChildId('?childId=%3Cscript%3E')).toBeNull();
    expect(pymChildId(`?childId=${'a'.repeat(101)}`)).toBeNull();
  });
});

describe('datawrapperHeightMessage', () => {
  it('datawrapperHeightMessage(id, px) is Datawrapper\'s {"datawrapper-height": {id: px}}', () => {
    expect(JSON.stringify(datawrapperHeightMessage('crackdown-timeline', 812))).toBe('{"datawrapper-height":{"crackdown-timeline":812}}');
  });
});

describe('reportedHeight', () => {
  it('reportedHeight rounds up fractional layout so nothing is cut, and never goes negative', () => {
    expect(reportedHeight(700.2)).toBe(701);
    expect(reportedHeight(700)).toBe(700);
    expect(reportedHeight(-3)).toBe(0);
  });
});
