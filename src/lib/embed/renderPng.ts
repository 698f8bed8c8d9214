/**
 * Rasterises a standalone SVG to PNG at build time with resvg (a real SVG renderer, no browser). resvg reads
 * TTF/OTF, not the site's WOFF2, so the text is set with Inter's TTF files from `@expo-google-fonts/inter`,
 * and no system font is loaded: the PNG comes out the same on any machine. Build-only (native module).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const WEIGHTS = ['400Regular', '500Medium', '600SemiBold', '700Bold', '400Regular_Italic'];

/** Inter's TTF files, from the installed package. */
export function interFontFiles(): string[] {
  return WEIGHTS.map((w) => require.resolve(`@expo-google-fonts/inter/${w}/Inter_${w}.ttf`));
}

/** PNG bytes of `svg` at `scale` times its size (2 for sharp text on high-density screens). */
export function renderPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: interFontFiles(), loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
