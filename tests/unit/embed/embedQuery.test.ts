import { describe, expect, it } from 'vitest';
import { embedUrl, isAllowedState, parseEmbedQuery, type EmbedStateSpec } from '../../../src/lib/embed/embedQuery';

const routes: EmbedStateSpec = {
  defaultState: 'overview',
  states: ['overview', 'all-origins', 'origin:TW', 'origin:VN', 'cambodia'],
  nationalityPrefix: 'origin:',
};
const timeline: EmbedStateSpec = { defaultState: 'overview', states: ['overview', 'crackdown', 'event:bavet-escape'], ranges: true };

describe('parseEmbedQuery', () => {
  it('parseEmbedQuery reads a valid theme and state', () => {
    expect(parseEmbedQuery('?theme=dark&state=origin:TW', routes)).toEqual({ theme: 'dark', state: 'origin:TW' });
    expect(parseEmbedQuery('theme=auto', routes)).toEqual({ theme: 'auto', state: 'overview' });
  });

  it('parseEmbedQuery defaults to light and the default state', () => {
    expect(parseEmbedQuery('', routes)).toEqual({ theme: 'light', state: 'overview' });
  });

  it('parseEmbedQuery turns a highlighted nationality into the chart\'s nationality state', () => {
    expect(parseEmbedQuery('?nationality=VN', routes).state).toBe('origin:VN');
    expect(parseEmbedQuery('?nationality=ZZ', routes).state).toBe('overview');
    expect(parseEmbedQuery('?nationality=VN', timeline).state).toBe('overview');
    expect(parseEmbedQuery('?state=cambodia&nationality=VN', routes).state).toBe('cambodia');
  });

  it('parseEmbedQuery leaves hostile or unknown values at the defaults', () => {
    const hostile = [
      '?state=<script>alert(1)</script>&theme=<img src=x onerror=alert(1)>',
      '?state=origin:TW"><svg onload=alert(1)>&theme=dark"',
      '?state=javascript:alert(1)&theme=javascript:alert(1)',
      '?state=origin:ZZ&theme=DARK',
      '?state=origin:tw',
      `?state=${'overview'.repeat(40)}`,
      '?state=%E0%A4%A',
    ];
    for (const q of hostile) expect(parseEmbedQuery(q, routes), q).toEqual({ theme: 'light', state: 'overview' });
  });

  it('parseEmbedQuery accepts ranges of ISO dates only where the chart has them', () => {
    expect(parseEmbedQuery('?state=range:2022-08-01/2022-10-31', timeline).state).toBe('range:2022-08-01/2022-10-31');
    expect(parseEmbedQuery('?state=range:2022-08/2023', timeline).state).toBe('range:2022-08/2023');
    expect(parseEmbedQuery('?state=range:2022-13-01/2022-10-31', timeline).state).toBe('overview');
    expect(parseEmbedQuery('?state=range:2022-08-01/<b>', timeline).state).toBe('overview');
    expect(parseEmbedQuery('?state=range:2022-08-01/2022-09-01/2022-10-01', timeline).state).toBe('overview');
    expect(parseEmbedQuery('?state=range:2022-08-01/2022-10-31', routes).state).toBe('overview');
  });
});

describe('isAllowedState', () => {
  it('isAllowedState knows the listed states by exact name', () => {
    expect(isAllowedState('event:bavet-escape', timeline)).toBe(true);
    expect(isAllowedState('event:unknown', timeline)).toBe(false);
    expect(isAllowedState('Overview', timeline)).toBe(false);
  });
});

describe('embedUrl', () => {
  it('embedUrl leaves defaults out and keeps states readable', () => {
    expect(embedUrl('https://example.org', 'trafficking-routes', {}, routes)).toBe('https://example.org/embed/trafficking-routes/');
    expect(embedUrl('', 'trafficking-routes', { theme: 'light', state: 'overview' }, routes)).toBe('/embed/trafficking-routes/');
    expect(embedUrl('', 'trafficking-routes', { theme: 'dark', state: 'origin:TW' }, routes)).toBe('/embed/trafficking-routes/?theme=dark&state=origin:TW');
    expect(embedUrl('', 'crackdown-timeline', { state: 'range:2022-08-01/2022-10-31' }, timeline)).toBe('/embed/crackdown-timeline/?state=range:2022-08-01/2022-10-31');
  });

  it('embedUrl round-trips through parseEmbedQuery', () => {
    const url = embedUrl('https://example.org', 'trafficking-routes', { theme: 'auto', state: 'origin:VN' }, routes);
    expect(parseEmbedQuery(new URL(url).search, routes)).toEqual({ theme: 'auto', state: 'origin:VN' });
  });

  it('embedUrl refuses a state the chart does not have', () => {
    expect(() => embedUrl('', 'trafficking-routes', { state: 'origin:ZZ' }, routes)).toThrow(/no state/);
  });
});
