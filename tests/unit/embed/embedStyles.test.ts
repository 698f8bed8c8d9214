/**
 * scripts/embedStyles.mjs: each embed page gets one stylesheet with only the CSS its HTML and scripts can use. The rule is loose on purpose (a class kept when its name appears anywhere), so these pin
 * what must stay as well as what goes.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { embedPageStyles, inlineStylesheets, mergeStylesheets, purgeCss, splitCss, styleFileName, trimPolicyHashes, typesIn, unicodeRanges } from '../../../scripts/embedStyles.mjs';

describe('purgeCss', () => {
  const css = [
    ':root{--used:red;--chain:var(--used);--unused:blue}',
    '.a{color:var(--chain)}',
    '.b{color:green}',
    '.a,.b{margin:0}',
    '.a .is-active{font-weight:700}',
    'nav[data-astro-cid-x1]{display:flex}',
    '@media (width>=30rem){.b{padding:0}}',
    '@container (width>=30rem){.a{padding:1px}}',
    '@font-face{font-family:Kept Face;src:local(X)}',
    '@font-face{font-family:Gone Face;src:local(Y)}',
    'body{font-family:Kept Face}',
    '@keyframes spin{to{rotate:1turn}}',
    '@keyframes unused{to{opacity:0}}',
    '.a{animation:spin 1s}',
    '[data-theme=dark]{color-scheme:dark}',
    '.a[data-enhanced] .x{display:none}',
    '.a[data-never-set]{display:none}',
  ].join('');
  // `is-active` only in a script, as a class a client toggles.
  // `data-enhanced` only as a script sets it, through `dataset`.
  const corpus = '<html data-theme="light"><div class="a x"></div><script>el.classList.toggle("is-active");root.dataset.enhanced=""</script>';
  const out = purgeCss(css, corpus);

  it('keeps rules for classes in the HTML or the scripts, drops the others', () => {
    expect(out).toContain('.a{color:var(--chain)}');
    expect(out).toContain('.a .is-active{font-weight:700}');
    expect(out).not.toContain('.b{color:green}');
    expect(out).toMatch(/\.a\{margin:0\}/);
    expect(out).not.toContain('.b');
  });
  it('drops rules scoped to a component not on the page, keeps attribute rules without classes', () => {
    expect(out).not.toContain('data-astro-cid-x1');
    expect(out).toContain('[data-theme=dark]{color-scheme:dark}');
  });
  it('keeps attribute rules for data attributes a script sets through dataset, drops those nothing sets', () => {
    expect(out).toContain('.a[data-enhanced] .x{display:none}');
    expect(out).not.toContain('data-never-set');
  });
  it('drops emptied at-rules, keeps those with rules left', () => {
    expect(out).not.toContain('@media');
    expect(out).toContain('@container (width>=30rem){.a{padding:1px}}');
  });
  it('drops custom properties nothing reads, following var() chains', () => {
    expect(out).toContain('--used:red');
    expect(out).toContain('--chain:var(--used)');
    expect(out).not.toContain('--unused');
  });
  it('drops font faces and keyframes nothing names', () => {
    expect(out).toContain('Kept Face;src');
    expect(out).not.toContain('Gone Face');
    expect(out).toContain('@keyframes spin');
    expect(out).not.toContain('@keyframes unused');
  });
});

describe('mergeStylesheets', () => {
  const html =
    '<head><link rel="stylesheet" href="/_astro/one.css"><link rel="stylesheet" href="/_astro/two.css"></head><body><p class="x">x</p></body>';
  const files: Record<string, string> = { '/_astro/one.css': '.x{color:red}', '/_astro/two.css': '.y{color:blue}' };
  const out = mergeStylesheets(html, (href) => files[href]!, html, (css) => `/_astro/${styleFileName('a', css)}`);

  it('replaces every link with one, where the first was, to a sheet of only what is used', () => {
    expect(out.css).toBe('.x{color:red}');
    expect(out.html.match(/<link rel="stylesheet"/g)).toHaveLength(1);
    expect(out.html).toContain(`<head><link rel="stylesheet" href="/_astro/${styleFileName('a', '.x{color:red}')}"></head>`);
  });
  it('names the sheet by its content', () => {
    expect(styleFileName('a', '.x{}')).toMatch(/^embed-a\.[0-9a-f]{10}\.css$/);
    expect(styleFileName('a', '.x{}')).not.toBe(styleFileName('a', '.y{}'));
  });
  it('leaves a page without stylesheets alone', () => {
    expect(mergeStylesheets('<p>x</p>', () => '', '', () => '/x.css')).toEqual({ html: '<p>x</p>', css: '' });
  });
});

describe('inlineStylesheets', () => {
  const html =
    `<head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-abc=';">` +
    '<link rel="stylesheet" href="/_astro/one.css"><link rel="stylesheet" href="/_astro/two.css"></head><body><p class="x">x</p></body>';
  const files: Record<string, string> = { '/_astro/one.css': '.x{color:red}', '/_astro/two.css': '.y{color:blue}' };
  const out = inlineStylesheets(html, (href) => files[href]!, html);

  it('replaces every link with one style where the first was, with only what is used', () => {
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out.match(/<style>/g)).toHaveLength(1);
    expect(out).toContain('<style>.x{color:red}</style></head>');
    expect(out).not.toContain('.y{');
  });
  it("adds the style's hash to style-src, keeping the hashes there", () => {
    const hash = createHash('sha256').update('.x{color:red}').digest('base64');
    expect(out).toContain(`style-src 'self' 'sha256-abc=' 'sha256-${hash}';`);
  });
  it('fails loudly on a page whose policy has no style-src', () => {
    const bare = html.replace(" style-src 'self' 'sha256-abc=';", '');
    expect(() => inlineStylesheets(bare, (href) => files[href]!, bare)).toThrow(/style-src/);
  });
  it('keeps every rule, in order, when no corpus is given (a page of the site, not an embed)', () => {
    const whole = inlineStylesheets(html, (href) => files[href]!, null);
    expect(whole).toContain('<style>.x{color:red}\n.y{color:blue}</style></head>');
    const hash = createHash('sha256').update('.x{color:red}\n.y{color:blue}').digest('base64');
    expect(whole).toContain(`'sha256-${hash}';`);
  });
});

describe('trimPolicyHashes', () => {
  const h = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
  const page = (policy: string) =>
    `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><style>b{}</style><script>run()</script><script type="module" src="/a.js"></script>`;
  it("keeps the hashes of this page's inline scripts and styles, drops the others, keeps other sources", () => {
    const out = trimPolicyHashes(page(`default-src 'self'; script-src 'self' ${h('run()')} ${h('other()')}; style-src 'self' ${h('b{}')} ${h('c{}')};`));
    const policy = /content="([^"]*)"/.exec(out.split('<meta http-equiv')[1]!)![1]!;
    expect(policy).toContain(`script-src 'self' ${h('run()')};`);
    expect(policy).toContain(`style-src 'self' ${h('b{}')};`);
    expect(policy).not.toContain(h('other()'));
    expect(policy).not.toContain(h('c{}'));
    expect(policy).toContain("default-src 'self'");
  });
});

describe('purgeCss: elements, :not() and font faces', () => {
  it('drops rules for elements the page never has, keeps those it has or makes', () => {
    const out = purgeCss('table{a:1}th,td{b:1}.x svg{c:1}kbd{d:1}button{e:1}body{f:1}', '<p class="x"><svg></svg></p><script>document.createElement(`button`)</script>');
    expect(out).not.toContain('table');
    expect(out).not.toMatch(/th|td/);
    expect(out).not.toContain('kbd');
    expect(out).toContain('.x svg{c:1}');
    expect(out).toContain('button{e:1}');
    expect(out).toContain('body{f:1}');
  });
  it('asks nothing of what is inside :not(): it matches the more surely when nothing sets it', () => {
    const out = purgeCss('.a:not([data-enhanced]) .b{x:1}.a:not(.is-open){y:1}.a[data-enhanced]{z:1}', '<p class="a b">');
    expect(out).toContain('.a:not([data-enhanced]) .b{x:1}');
    expect(out).toContain('.a:not(.is-open){y:1}');
    expect(out).not.toContain('z:1');
  });
  it('drops a family of faces nothing names, though its faces name each other', () => {
    const css = '@font-face{font-family:Clone;src:local(A);font-weight:400}@font-face{font-family:Clone;src:local(B);font-weight:700}p{font-family:Other}';
    expect(purgeCss(css, '<p>')).not.toContain('Clone');
    expect(purgeCss(`${css}.x{font-family:Clone}`, '<p class="x">')).toContain('local(B)');
  });
  it("drops a face whose unicode-range covers no character of the page's text or the sheet's own content", () => {
    const css = '@font-face{font-family:F;src:local(K);unicode-range:U+1780-17FF}@font-face{font-family:F;src:local(L);unicode-range:U+0000-00FF}@font-face{font-family:F;src:local(A);unicode-range:U+25??}p{font-family:F}';
    const latin = purgeCss(css, '<p>Phnom Penh</p>');
    expect(latin).toContain('local(L)');
    expect(latin).not.toContain('local(K)');
    expect(latin).not.toContain('local(A)');
    expect(purgeCss(css, '<p>ភ្នំពេញ</p>')).toContain('local(K)');
    expect(purgeCss(`${css}p:before{content:"▸"}`, '<p>x</p>')).toContain('local(A)');
  });
  it('reads unicode ranges with wildcards and single points', () => {
    expect(unicodeRanges('U+0000-00FF, U+0131, U+25??')).toEqual([[0, 0xff], [0x131, 0x131], [0x2500, 0x25ff]]);
  });
  it('finds the elements a selector requires, not those inside a functional pseudo-class', () => {
    expect(typesIn('.embed-chart svg')).toEqual(['svg']);
    expect(typesIn('a.tl-event:hover .tl-label')).toEqual(['a']);
    expect(typesIn(':not(table) > .x::before')).toEqual([]);
    expect(typesIn('[data-x="a b"] li')).toEqual(['li']);
  });
});

describe('splitCss', () => {
  const css = [
    ':root{--now:1;--later:2;--chain:var(--deep);--deep:3}',
    '.a{color:var(--now)}',
    '.a .b,.a{margin:var(--later)}',
    '.list{padding:var(--chain)}',
    '@media print{.a{x:1}.list{y:1}}',
    'table{border-collapse:collapse}',
    '@font-face{font-family:F;src:local(K);unicode-range:U+1780-17FF}',
    'body{font-family:F}',
  ].join('');
  const { now, later } = splitCss(css, '<p class="a">', '<ol class="list b"><li>ក</li></ol><table>');

  it('inlines what the first view uses and leaves the rest for later, in the same at-rules', () => {
    expect(now).toContain('.a{color:var(--now)}');
    expect(now).toContain('.a{margin:var(--later)}');
    expect(now).toContain('@media print{.a{x:1}}');
    expect(later).toContain('.a .b{margin:var(--later)}');
    expect(later).toContain('.list{padding:var(--chain)}');
    expect(later).toContain('@media print{.list{y:1}}');
    expect(later).toContain('table{border-collapse:collapse}');
    expect(now).not.toContain('.list');
    expect(now).not.toContain('table');
  });
  it('keeps custom properties where they are read: the first view reads them from now, the rest may too', () => {
    expect(now).toMatch(/:root\{--now:1;--later:2\}/);
    expect(later).toMatch(/:root\{--chain:var\(--deep\);--deep:3\}/);
  });
  it('sends a face only later text needs with the later sheet', () => {
    expect(now).not.toContain('@font-face');
    expect(later).toContain('@font-face{font-family:F;src:local(K)');
  });
  it('together they are what the whole page can use', () => {
    const whole = purgeCss(css, '<p class="a"><ol class="list b"><li>ក</li></ol><table>');
    for (const rule of ['.list{', 'table{', '.a .b', '--deep:3', '@font-face']) expect(whole).toContain(rule);
  });
});

describe('embedPageStyles', () => {
  const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-old='; style-src 'self' 'sha256-gone=';">`;
  const html = `<!DOCTYPE html><html lang="en"><head>${policy}<style>@font-face{font-family:F;src:local(L);unicode-range:U+0000-00FF}:root{--f:F}</style><link rel="stylesheet" href="/_astro/a.css"></head><body><p class="a">x</p><script>boot()</script></body></html>`;
  const files: Record<string, string> = { '/_astro/a.css': 'p{font-family:var(--f)}.a{color:red}.later{color:blue}' };
  const out = embedPageStyles(html, (href) => files[href]!, { now: html, later: '<p class="later">' }, () => '/_astro/later.css');

  it('puts the head\'s styles and stylesheets into one style, in order, with only what the first view uses', () => {
    expect(out.html.match(/<style>/g)).toHaveLength(1);
    expect(out.html).not.toContain('<link rel="stylesheet"');
    expect(out.html).toMatch(/<style>@font-face\{font-family:F;src:local\(L\);unicode-range:U\+0000-00FF\}:root\{--f:F\}\s*p\{font-family:var\(--f\)\}\.a\{color:red\}<\/style>/);
    expect(out.later).toBe('.later{color:blue}');
  });
  it('names the later sheet on <html>, and keeps only the hashes of its own inline script and style', () => {
    expect(out.html).toContain('<html data-styles-later="/_astro/later.css" lang="en">');
    const style = /<style>([\s\S]*?)<\/style>/.exec(out.html)![1]!;
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(out.html).toContain(`style-src 'self' ${hash(style)};`);
    expect(out.html).toContain("script-src 'self';");
    expect(out.html).not.toContain('sha256-old=');
    expect(out.html).not.toContain('sha256-gone=');
  });
});
