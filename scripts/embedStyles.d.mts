import type { AstroIntegration } from 'astro';
export function tokensOf(text: string): Set<string>;
export function purgeCss(css: string, corpus: string): string;
export function styleFileName(id: string, css: string): string;
export function mergeStylesheets(html: string, readCss: (href: string) => string, corpus: string, hrefFor: (css: string) => string): { html: string; css: string };
export function inlineStylesheets(html: string, readCss: (href: string) => string, corpus: string | null): string;
export default function embedStyles(): AstroIntegration;
export function inlineStyles(): AstroIntegration;
export function trimPolicyHashes(html: string): string;
export function tagsOf(text: string): Set<string>;
export function typesIn(selector: string): string[];
export function unicodeRanges(value: string): [number, number][];
export function splitCss(css: string, nowCorpus: string, laterCorpus: string): { now: string; later: string };
export function embedPageStyles(
  html: string,
  readCss: (href: string) => string,
  corpus: { now: string; later: string },
  laterHref: (css: string) => string,
): { html: string; later: string };
