/**
 * The story's Open Graph card, 1200x630: headline, dek and credit beside the routes map's regional panel,
 * drawn from the same scene as the page's map and rasterised at build with resvg. resvg has no CSS
 * variables and no site stylesheet, so the map's classes get the light theme's colours in a `<style>` of
 * their own (kept to what the overview draws), and text is set in Inter from its TTF files (resvg reads
 * TTF/OTF, not the site's WOFF2). Build-only (native module).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { StoryData } from '../../data/loadStoryData';
import { routesMap } from '../charts/trafficking-routes/svg';
import { escapeHtml } from './renderInline';
import { wrapText } from '../text/textWidth';

const require = createRequire(import.meta.url);
const FONTS = ['400Regular', '600SemiBold', '700Bold', '400Regular_Italic'].map((w) => require.resolve(`@expo-google-fonts/inter/${w}/Inter_${w}.ttf`));

/** tokens.css, light theme, resolved. */
const C = { bg: '#fbfaf7', text: '#1d1c1a', muted: '#58554f', rule: '#d6d2c8', water: '#e6ecef', land: '#f4f2ed', focus: '#e8dcc7', border: '#b9b3a7', label: '#45423c', into: '#b8342a', out: '#1f5fa8', request: '#5e5c57', escape: '#a14a00' };

const MAP_STYLE = `
.rm-water{fill:${C.water}} .rm-land,.rm-country{fill:${C.land}} .rm-country--cambodia{fill:${C.focus}}
.rm-borders{fill:none;stroke:${C.border};stroke-width:0.6} .rm-route-hit{fill:none;stroke:none}
.rm-route-line{fill:none;stroke:${C.into};stroke-width:1.75} .rm-route-arrow{fill:${C.into}}
.rm-route--embassy-request .rm-route-line{stroke:${C.request};stroke-width:1.25;stroke-dasharray:3 3}
.rm-route--embassy-request .rm-route-arrow{fill:${C.land};stroke:${C.request}}
.rm-route--out-of-cambodia .rm-route-line{stroke:${C.out};stroke-width:1.5;stroke-dasharray:6 2 1 2} .rm-route--out-of-cambodia .rm-route-arrow{fill:${C.out}}
.rm-route--escape .rm-route-line{stroke:${C.escape};stroke-width:3} .rm-route--escape .rm-route-arrow{fill:${C.escape}}
.rm-badge{display:none} .rm-capital,.rm-site-mark{fill:${C.text};stroke:${C.land}} .rm-site-hit{fill:none}
.rm-unreported{fill:${C.focus};stroke:${C.into}} .rm-leader{stroke:${C.muted};stroke-width:0.75}
text{font-family:Inter} .rm-label text{fill:${C.label};stroke:${C.bg};stroke-width:3px;stroke-linejoin:round;paint-order:stroke}
.rm-label-name{font-weight:600} .rm-label-figure{font-weight:600;fill:${C.into}} .rm-label-note{font-style:italic;fill:${C.muted}}
.rm-label--context text{fill:${C.muted}} .rm-label--cambodia text{fill:${C.text};font-weight:700}
.rm-panel-title{display:none}`;

export interface StoryCardText {
  kicker: string;
  headline: string;
  dek: string;
  credit: string;
}

/** The card as SVG markup. */
export function storyCardSvg(data: StoryData, text: StoryCardText): string {
  const map = routesMap(data, { width: 680, state: 'overview', idPrefix: 'og' });
  const panel = /<svg class="rm-panel rm-panel--region"[\s\S]*?<\/svg>/.exec(map)?.[0];
  if (!panel) throw new Error('storyCardSvg: the routes map has no regional panel');
  const w = Number(/ width="([\d.]+)"/.exec(panel)![1]);
  const h = Number(/ height="([\d.]+)"/.exec(panel)![1]);
  const room = { x: 560, y: 24, width: 616, height: 582 };
  const s = Math.min(room.width / w, room.height / h);
  const box = { x: room.x + (room.width - w * s) / 2, y: room.y + (room.height - h * s) / 2, width: w * s, height: h * s };
  const placed = panel.replace(
    /^<svg class="rm-panel rm-panel--region" x="[^"]*" y="[^"]*" width="[^"]*" height="[^"]*"/,
    `<svg class="rm-panel rm-panel--region" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"`,
  );
  const lines = (t: string, x: number, y: number, size: number, lh: number, attrs: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${wrapText(t, 480, size, 6).map((l, i) => `<tspan x="${x}" dy="${i ? lh : 0}">${escapeHtml(l)}</tspan>`).join('')}</text>`;
  const headline = wrapText(text.headline, 480, 60, 3);
  const dekY = 150 + headline.length * 66 + 20;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Inter">` +
    `<style>${MAP_STYLE}</style><rect width="1200" height="630" fill="${C.bg}"/>` +
    `<text x="48" y="84" font-size="22" font-weight="700" letter-spacing="2" fill="${C.into}">${escapeHtml(text.kicker.toUpperCase())}</text>` +
    `<text x="48" y="150" font-size="60" font-weight="700" fill="${C.text}">${headline.map((l, i) => `<tspan x="48" dy="${i ? 66 : 0}">${escapeHtml(l)}</tspan>`).join('')}</text>` +
    lines(text.dek, 48, dekY, 24, 33, `fill="${C.muted}"`) +
    `<line x1="48" x2="528" y1="560" y2="560" stroke="${C.rule}"/>` +
    `<text x="48" y="594" font-size="20" fill="${C.muted}">${escapeHtml(text.credit)}</text>` +
    placed +
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="none" stroke="${C.rule}"/>` +
    `</svg>`
  );
}

/** The card as PNG bytes. */
export function storyCardPng(data: StoryData, text: StoryCardText): Buffer {
  const resvg = new Resvg(storyCardSvg(data, text), {
    fitTo: { mode: 'original' },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  });
  return resvg.render().asPng();
}
