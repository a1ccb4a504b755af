import { studyOverview } from '@impress-norway/core';
import { describe, expect, it } from 'vitest';
import { renderGlance } from './glance-view';
import { link, safeHref, sourceList } from './html';

const UNSAFE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example/x',
  'evil.example',
];

describe('links to URLs from the content', () => {
  it('http(s) URLs and paths on this site are linked as they are', () => {
    for (const ok of [
      'https://example.org/a?b=1&c=2',
      'http://example.org',
      '/index.nb.html',
      '/?q=x&lang=nb#answer',
    ]) {
      expect(safeHref(ok), ok).toBe(ok);
    }
    expect(link('https://example.org/?a=1&b=2', 'T')).toBe(
      '<a href="https://example.org/?a=1&amp;b=2" rel="noopener">T</a>',
    );
  });

  it('a script, data or other-host URL never becomes an href: the text stays, unlinked', () => {
    for (const bad of UNSAFE) {
      expect(safeHref(bad), bad).toBeUndefined();
      expect(link(bad, 'Title <b>'), bad).toBe('Title &lt;b&gt;');
    }
    const list = sourceList([{ id: 's', url: 'javascript:alert(1)', title: 'T', publisher: 'P' }], 'Sources');
    expect(list).toContain('<li>T (P)</li>');
    expect(list).not.toContain('javascript:');
  });

  it('a sponsor URL that is not http(s) does not reach the page as a link', () => {
    const o = studyOverview();
    const html = renderGlance({ ...o, sponsor: { ...o.sponsor, url: 'javascript:alert(document.domain)' } }, 'en');
    expect(html).not.toContain('javascript:');
    expect(html).toContain(o.sponsor.name.en);
  });
});
