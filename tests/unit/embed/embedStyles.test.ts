/**
 * scripts/embedStyles.mjs: each embed page gets one stylesheet with only the CSS its HTML and scripts can use. The rule is loose on purpose (a class kept when its name appears anywhere), so these pin
 * what must stay as well as what goes.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineStylesheets, mergeStylesheets, purgeCss, styleFileName, trimPolicyHashes } from '../../../scripts/embedStyles.mjs';

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
