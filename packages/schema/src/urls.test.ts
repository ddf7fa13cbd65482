import { describe, expect, it } from 'vitest';
import { httpUrlSchema, httpUrlProblem } from './urls.js';

describe('httpUrlSchema()', () => {
  it.each([
    'https://www.planetgold.org/resources',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/a?b=c#d',
    'https://example.org:8080/x',
  ])('accepts %s', (url) => expect(httpUrlSchema().safeParse(url).success).toBe(true));

  it.each([
    ['javascript:alert(1)', "only http and https links are allowed, not 'javascript:'"],
    ['JavaScript:alert(1)', "only http and https links are allowed, not 'javascript:'"],
    ['data:text/html,<script>alert(1)</script>', "only http and https links are allowed, not 'data:'"],
    ['ftp://example.org/file.pdf', "only http and https links are allowed, not 'ftp:'"],
    ['/resources/guide.pdf', 'this is not a full link: it must start with https:// or http://'],
    ['www.example.org', 'this is not a full link: it must start with https:// or http://'],
    ['//example.org/guide.pdf', 'this is not a full link: it must start with https:// or http://'],
    ['https://example.org/my guide.pdf', 'a link cannot contain spaces (write them as %20)'],
    ['https://', 'the link has no host name after //'],
    ['https:example.org', 'the link has no host name after //'],
    ['https://exa[mple.org', 'this is not a well-formed link'],
  ])('rejects %s: %s', (url, problem) => {
    expect(httpUrlProblem(url)).toBe(problem);
    expect(httpUrlSchema().safeParse(url).success).toBe(false);
  });
});
