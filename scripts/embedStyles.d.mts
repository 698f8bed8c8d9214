import type { AstroIntegration } from 'astro';
export function tokensOf(text: string): Set<string>;
export function purgeCss(css: string, corpus: string): string;
export function inlineStylesheets(html: string, readCss: (href: string) => string, corpus: string): string;
export default function embedStyles(): AstroIntegration;
