import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.js';
import { parseResources } from './parse.js';
import { ResourceSchema, createResourceSchema, type Resource } from './resource.js';

/** The smallest valid resource; each test changes one field of it. */
const BASE = { id: 'mercury-guide', title: 'Mercury guide', type: 'guide' };

/** The resource as parsed with `patch` applied, failing the test if any issue is reported. */
function accepted(patch: Record<string, unknown>): Resource {
  const { resources, issues } = parseResources([{ ...BASE, ...patch }]);
  expect(issues.map(formatIssue)).toEqual([]);
  const [resource] = resources;
  if (resource === undefined) throw new Error('the resource was left out');
  return resource;
}

/** The one-line issues reported for the resource with `patch` applied; also checks that it was left out. */
function rejected(patch: Record<string, unknown>): string[] {
  const { resources, issues } = parseResources([{ ...BASE, ...patch }]);
  expect(resources).toEqual([]);
  return issues.map(formatIssue);
}

/** Issue codes for the resource with `patch` applied. */
function codes(patch: Record<string, unknown>): string[] {
  return parseResources([{ ...BASE, ...patch }]).issues.map((issue) => issue.code);
}

describe('a resource', () => {
  it('needs only id, title and type, and gets every list as []', () => {
    expect(accepted({})).toEqual({
      id: 'mercury-guide',
      title: { en: 'Mercury guide' },
      type: 'guide',
      knowledgeAreas: [],
      keywords: [],
      commodities: [],
      audiences: [],
      languages: [],
      files: [],
      authors: [],
      organizations: [],
      countries: [],
      identifiers: {},
      related: [],
    });
  });

  it('keeps every field of a complete resource', () => {
    const complete = {
      id: 'mercury-free-processing',
      url: 'https://www.planetgold.org/resources/mercury-free-processing',
      title: { en: 'Mercury-free processing', fr: 'Traitement sans mercure' },
      summary: 'How to recover gold without mercury.',
      type: 'toolkit',
      knowledgeAreas: ['mercury-free-technology', 'formalization'],
      keywords: ['gravity concentration'],
      commodities: ['gold'],
      audiences: ['miners', 'government'],
      languages: ['en', 'fr', 'es-419'],
      files: [
        {
          url: 'https://example.org/toolkit-en.pdf',
          language: 'en',
          format: 'pdf',
          size: 2_480_000,
          pages: 48,
        },
      ],
      published: '2021-03-15',
      authors: [
        {
          name: 'Kamila Gómez',
          affiliation: 'Alliance for Responsible Mining',
          orcid: '0000-0002-1825-0097',
        },
      ],
      credit: 'Kamila Gómez, Alliance for Responsible Mining',
      organizations: [{ name: 'planetGOLD', role: 'publisher', url: 'https://www.planetgold.org' }],
      countries: ['BF', 'GH'],
      project: 'planetGOLD Burkina Faso',
      series: { name: 'ARM Guides', number: '4' },
      container: {
        type: 'book',
        title: 'Gold and mercury',
        volume: '2',
        issue: '1',
        pages: '10-20',
        publisher: 'Press',
      },
      identifiers: {
        doi: '10.1016/j.resourpol.2021.102345',
        isbn: ['978-3-16-148410-0'],
        handle: '20.500.11822/11234',
      },
      license: 'CC-BY-4.0',
      access: 'open',
      version: '2.0',
      supersedes: ['mercury-free-processing-v1'],
      related: ['mercury-guide'],
      thumbnail: 'https://example.org/cover.jpg',
      duration: 'PT12M30S',
      citation: 'planetGOLD (2021). Mercury-free processing.',
    };
    expect(accepted(complete)).toEqual({
      ...complete,
      summary: { en: 'How to recover gold without mercury.' },
    });
  });

  it('is validated the same way by ResourceSchema on its own', () => {
    expect(ResourceSchema.safeParse(BASE).success).toBe(true);
    expect(ResourceSchema.safeParse({ ...BASE, countries: ['XX'] }).success).toBe(false);
  });
});

describe('id', () => {
  it.each(['a', 'gold-2021', 'x1-y2-z3'])('accepts %s', (id) => expect(accepted({ id }).id).toBe(id));

  it('rejects an id with capitals and spaces, suggesting a slug', () => {
    expect(rejected({ id: 'Mercury Guide' })).toMatchInlineSnapshot(`
      [
        "[0].id (Mercury Guide): 'Mercury Guide' is not a valid id. Did you mean 'mercury-guide'? Expected an id of lowercase letters, digits and single hyphens, e.g. "mercury-free-processing-guide". Got: "Mercury Guide"",
      ]
    `);
  });

  it.each(['a--b', '-a', 'a-', 'é', ''])('rejects %j', (id) => expect(codes({ id })).toEqual(['invalid-id']));

  it('is required', () => {
    expect(rejected({ id: undefined })).toMatchInlineSnapshot(`
      [
        "[0].id: Required field 'id' is missing. Expected an id of lowercase letters, digits and single hyphens, e.g. "mercury-free-processing-guide".",
      ]
    `);
  });
});

describe('url', () => {
  it('accepts an http(s) link', () => {
    expect(accepted({ url: 'http://example.org/a?b=1' }).url).toBe('http://example.org/a?b=1');
  });

  it('rejects a javascript: link and never passes it on', () => {
    expect(rejected({ url: 'javascript:alert(document.cookie)' })).toMatchInlineSnapshot(`
      [
        "[0].url (mercury-guide): Only http and https links are allowed, not 'javascript:'. Expected a full http(s) link, e.g. "https://www.planetgold.org/resources/guide". Got: "javascript:alert(document.cookie)"",
      ]
    `);
  });

  it('rejects a data: link', () => {
    expect(codes({ url: 'data:text/html,<script>alert(1)</script>' })).toEqual(['invalid-url']);
  });

  it('rejects a relative link', () => {
    expect(rejected({ url: '/resources/guide' })).toMatchInlineSnapshot(`
      [
        "[0].url (mercury-guide): This is not a full link: it must start with https:// or http://. Expected a full http(s) link, e.g. "https://www.planetgold.org/resources/guide". Got: "/resources/guide"",
      ]
    `);
  });

  it('suggests https:// for a link written without it', () => {
    expect(rejected({ url: 'www.planetgold.org/guide' })).toMatchInlineSnapshot(`
      [
        "[0].url (mercury-guide): This is not a full link: it must start with https:// or http://. Did you mean 'https://www.planetgold.org/guide'? Expected a full http(s) link, e.g. "https://www.planetgold.org/resources/guide". Got: "www.planetgold.org/guide"",
      ]
    `);
  });
});

describe('title and summary', () => {
  it('puts plain text under the default language given in the options', () => {
    const { resources } = parseResources([{ ...BASE, summary: 'Résumé' }], { defaultLanguage: 'fr' });
    expect(resources[0]?.title).toEqual({ fr: 'Mercury guide' });
    expect(resources[0]?.summary).toEqual({ fr: 'Résumé' });
  });

  it('accepts text in several languages and writes the tags in canonical case', () => {
    expect(accepted({ title: { en: 'Guide', 'PT-br': 'Guia' } }).title).toEqual({
      en: 'Guide',
      'pt-BR': 'Guia',
    });
  });

  it('rejects an empty title', () => {
    expect(rejected({ title: '  ' })).toMatchInlineSnapshot(`
      [
        "[0].title (mercury-guide): This must not be empty or only spaces. Expected text, or an object of language tag -> text with at least one entry (plain text is in the catalogue's defaultLanguage), e.g. { "en": "Mercury-free gold processing", "fr": "Traitement de l'or sans mercure" }. Got: "  "",
      ]
    `);
  });

  it('rejects a title with no language', () => {
    expect(rejected({ title: {} })).toMatchInlineSnapshot(`
      [
        "[0].title (mercury-guide): There is no text in any language. Expected text, or an object of language tag -> text with at least one entry (plain text is in the catalogue's defaultLanguage), e.g. { "en": "Mercury-free gold processing", "fr": "Traitement de l'or sans mercure" }. Got: {}",
      ]
    `);
  });

  it('rejects a title keyed by a language name', () => {
    expect(rejected({ title: { english: 'Guide' } })).toMatchInlineSnapshot(`
      [
        "[0].title.english (mercury-guide): 'english' is not a BCP 47 language tag. Did you mean 'en'? Expected an object keyed by BCP 47 language tags, e.g. { "en": "…", "fr": "…" }. Got: "english"",
      ]
    `);
  });

  it('rejects an empty text in one language', () => {
    expect(rejected({ summary: { en: 'Summary', fr: '' } })).toMatchInlineSnapshot(`
      [
        "[0].summary.fr (mercury-guide): This must not be empty or only spaces. Expected text, or an object of language tag -> text with at least one entry (plain text is in the catalogue's defaultLanguage), e.g. "A one-paragraph summary of the resource.". Got: """,
      ]
    `);
  });

  it('rejects a number', () => {
    expect(rejected({ title: 42 })).toMatchInlineSnapshot(`
      [
        "[0].title (mercury-guide): Got a number where text or an object of texts by language is expected. Expected text, or an object of language tag -> text with at least one entry (plain text is in the catalogue's defaultLanguage), e.g. { "en": "Mercury-free gold processing", "fr": "Traitement de l'or sans mercure" }. Got: 42",
      ]
    `);
  });

  it('requires a title', () => {
    expect(codes({ title: undefined })).toEqual(['missing-field']);
  });
});

describe('type', () => {
  it('accepts a built-in resource type', () =>
    expect(accepted({ type: 'case-study' }).type).toBe('case-study'));

  it('accepts a resource type the caller adds', () => {
    const { resources } = parseResources([{ ...BASE, type: 'podcast' }], {
      extraTerms: { resourceTypes: { podcast: { en: 'Podcast' } } },
    });
    expect(resources[0]?.type).toBe('podcast');
  });

  it('rejects an unknown type with a suggestion from a label', () => {
    expect(rejected({ type: 'Case study' })).toMatchInlineSnapshot(`
      [
        "[0].type (mercury-guide): 'Case study' is not a known resource type. Did you mean 'case-study'? Expected a resource type slug or a resourceTypes term the catalogue declares in extraTerms, e.g. "report". Got: "Case study"",
      ]
    `);
  });

  it('rejects a misspelt type with a suggestion', () => {
    expect(rejected({ type: 'reprot' })).toMatchInlineSnapshot(`
      [
        "[0].type (mercury-guide): 'reprot' is not a known resource type. Did you mean 'report'? Expected a resource type slug or a resourceTypes term the catalogue declares in extraTerms, e.g. "report". Got: "reprot"",
      ]
    `);
  });

  it('rejects a type nothing resembles, without a suggestion', () => {
    expect(rejected({ type: 'podcast' })).toMatchInlineSnapshot(`
      [
        "[0].type (mercury-guide): 'podcast' is not a known resource type. Expected a resource type slug or a resourceTypes term the catalogue declares in extraTerms, e.g. "report". Got: "podcast"",
      ]
    `);
  });
});

describe('knowledgeAreas', () => {
  it('accepts built-in areas', () => {
    expect(accepted({ knowledgeAreas: ['gender', 'health'] }).knowledgeAreas).toEqual(['gender', 'health']);
  });

  it('rejects a close miss with "did you mean"', () => {
    expect(rejected({ knowledgeAreas: ['gender', 'mercury-reductoin'] })).toMatchInlineSnapshot(`
      [
        "[0].knowledgeAreas[1] (mercury-guide): 'mercury-reductoin' is not a known knowledge area. Did you mean 'mercury-reduction'? Expected a knowledge area slug or a knowledgeAreas term the catalogue declares in extraTerms, e.g. "mercury-reduction". Got: "mercury-reductoin"",
      ]
    `);
  });

  it('recognises a label in another UI language', () => {
    expect(rejected({ knowledgeAreas: ['Formalisation'] })).toMatchInlineSnapshot(`
      [
        "[0].knowledgeAreas[0] (mercury-guide): 'Formalisation' is not a known knowledge area. Did you mean 'formalization'? Expected a knowledge area slug or a knowledgeAreas term the catalogue declares in extraTerms, e.g. "mercury-reduction". Got: "Formalisation"",
      ]
    `);
  });

  it('rejects a single string where a list is expected', () => {
    expect(rejected({ knowledgeAreas: 'gender' })).toMatchInlineSnapshot(`
      [
        "[0].knowledgeAreas (mercury-guide): Got text where a list is expected. Expected a list, each item a knowledge area slug or a knowledgeAreas term the catalogue declares in extraTerms, e.g. ["mercury-reduction"]. Got: "gender"",
      ]
    `);
  });
});

describe('keywords', () => {
  it('accepts free keywords', () =>
    expect(accepted({ keywords: ['retorts', 'cyanide'] }).keywords).toEqual(['retorts', 'cyanide']));
  it('rejects an empty keyword', () =>
    expect(rejected({ keywords: ['retorts', ''] })).toMatchInlineSnapshot(`
      [
        "[0].keywords[1] (mercury-guide): This must not be empty or only spaces. Expected a non-empty keyword, e.g. "retorts". Got: """,
      ]
    `));
});

describe('commodities and audiences', () => {
  it('accept their vocabularies', () => {
    const resource = accepted({ commodities: ['gold', '3t'], audiences: ['ngos'] });
    expect([resource.commodities, resource.audiences]).toEqual([['gold', '3t'], ['ngos']]);
  });

  it('reject a commodity in the wrong case, with a suggestion', () => {
    expect(rejected({ commodities: ['Gold'] })).toMatchInlineSnapshot(`
      [
        "[0].commodities[0] (mercury-guide): 'Gold' is not a known commodity. Did you mean 'gold'? Expected a commodity slug: gold, diamonds, coloured-gemstones, 3t, cobalt or other, e.g. "gold". Got: "Gold"",
      ]
    `);
  });

  it('reject an unknown commodity', () =>
    expect(codes({ commodities: ['silver'] })).toEqual(['unknown-term']));

  it('reject an audience in the singular, with a suggestion', () => {
    expect(rejected({ audiences: ['miner'] })).toMatchInlineSnapshot(`
      [
        "[0].audiences[0] (mercury-guide): 'miner' is not a known audience. Did you mean 'miners'? Expected an audience slug: miners, government, industry, ngos, researchers, media or donors, e.g. "miners". Got: "miner"",
      ]
    `);
  });
});

describe('languages', () => {
  it('accepts BCP 47 tags and writes them in canonical case', () => {
    expect(accepted({ languages: ['en', 'fil', 'es-419', 'pt-br'] }).languages).toEqual([
      'en',
      'fil',
      'es-419',
      'pt-BR',
    ]);
  });

  it('rejects a language name, suggesting its tag', () => {
    expect(rejected({ languages: ['en', 'French'] })).toMatchInlineSnapshot(`
      [
        "[0].languages[1] (mercury-guide): 'French' is not a valid language tag. Did you mean 'fr'? Expected a BCP 47 language tag, e.g. "fr". Got: "French"",
      ]
    `);
  });

  it('rejects an underscore, suggesting a hyphen', () => {
    expect(rejected({ languages: ['pt_BR'] })).toMatchInlineSnapshot(`
      [
        "[0].languages[0] (mercury-guide): 'pt_BR' is not a valid language tag. Did you mean 'pt-BR'? Expected a BCP 47 language tag, e.g. "fr". Got: "pt_BR"",
      ]
    `);
  });
});

describe('files', () => {
  const file = { url: 'https://example.org/guide-en.pdf', language: 'en' };

  it('accepts a file with url and language, and the optional details', () => {
    expect(
      accepted({ files: [file, { ...file, language: 'fr', format: 'pdf', size: 1, pages: 2 }] }).files,
    ).toHaveLength(2);
  });

  it('rejects a file without a url', () => {
    expect(rejected({ files: [{ language: 'en' }] })).toMatchInlineSnapshot(`
      [
        "[0].files[0].url (mercury-guide): Required field 'url' is missing. Expected a full http(s) link, e.g. "https://example.org/guide-en.pdf".",
      ]
    `);
  });

  it('rejects a file link that is not http(s)', () => {
    expect(codes({ files: [{ ...file, url: 'file:///C:/guide.pdf' }] })).toEqual(['invalid-url']);
  });

  it('rejects a size that is not a whole number of bytes', () => {
    expect(rejected({ files: [{ ...file, size: 2.5 }] })).toMatchInlineSnapshot(`
      [
        "[0].files[0].size (mercury-guide): 2.5 is not a whole number. Expected a size in bytes, a whole number above 0, e.g. 2480000. Got: 2.5",
      ]
    `);
  });

  it('rejects zero pages', () => {
    expect(rejected({ files: [{ ...file, pages: 0 }] })).toMatchInlineSnapshot(`
      [
        "[0].files[0].pages (mercury-guide): 0 is too small: it must be above 0. Expected a number of pages, a whole number above 0, e.g. 48. Got: 0",
      ]
    `);
  });

  it('rejects a size written as text', () => {
    expect(codes({ files: [{ ...file, size: '2 MB' }] })).toEqual(['invalid-type']);
  });

  it('rejects an empty format and a bad language', () => {
    expect(codes({ files: [{ ...file, format: '', language: 'xx_YY' }] })).toEqual([
      'invalid-language',
      'empty-value',
    ]);
  });
});

describe('published', () => {
  it.each(['2021', '2021-03', '2021-03-15', '2024-02-29'])('accepts %s', (published) => {
    expect(accepted({ published }).published).toBe(published);
  });

  it('rejects a date that is not on the calendar', () => {
    expect(rejected({ published: '2023-02-29' })).toMatchInlineSnapshot(`
      [
        "[0].published (mercury-guide): 2023-02-29 is not a calendar date (February 2023 has 28 days). Expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021", "2021-03" or "2021-03-15". Got: "2023-02-29"",
      ]
    `);
  });

  it('rejects a month 13', () => {
    expect(rejected({ published: '2021-13' })).toMatchInlineSnapshot(`
      [
        "[0].published (mercury-guide): '2021-13' is not a valid publication date. Expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021", "2021-03" or "2021-03-15". Got: "2021-13"",
      ]
    `);
  });

  it('rejects slashes, suggesting hyphens', () => {
    expect(rejected({ published: '2021/03/15' })).toMatchInlineSnapshot(`
      [
        "[0].published (mercury-guide): '2021/03/15' is not a valid publication date. Did you mean '2021-03-15'? Expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021", "2021-03" or "2021-03-15". Got: "2021/03/15"",
      ]
    `);
  });

  it('rejects a year written as a number', () => {
    expect(rejected({ published: 2021 })).toMatchInlineSnapshot(`
      [
        "[0].published (mercury-guide): Got a number where text is expected. Expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021", "2021-03" or "2021-03-15". Got: 2021",
      ]
    `);
  });
});

describe('authors', () => {
  it('accepts a name with an affiliation and an ORCID iD', () => {
    expect(
      accepted({ authors: [{ name: 'A. Author', affiliation: 'IGF', orcid: '0000-0002-1694-233X' }] })
        .authors,
    ).toHaveLength(1);
  });

  it('rejects an ORCID iD with a wrong check character', () => {
    expect(rejected({ authors: [{ name: 'A. Author', orcid: '0000-0002-1825-0098' }] }))
      .toMatchInlineSnapshot(`
      [
        "[0].authors[0].orcid (mercury-guide): The check character does not match (a digit was mistyped?). Expected an ORCID iD written 0000-0000-0000-0000 without https://orcid.org/, e.g. "0000-0002-1825-0097". Got: "0000-0002-1825-0098"",
      ]
    `);
  });

  it('rejects an ORCID link, suggesting the bare iD', () => {
    expect(rejected({ authors: [{ name: 'A. Author', orcid: 'https://orcid.org/0000-0002-1825-0097' }] }))
      .toMatchInlineSnapshot(`
      [
        "[0].authors[0].orcid (mercury-guide): 'https://orcid.org/0000-0002-1825-0097' is not a valid ORCID iD. Did you mean '0000-0002-1825-0097'? Expected an ORCID iD written 0000-0000-0000-0000 without https://orcid.org/, e.g. "0000-0002-1825-0097". Got: "https://orcid.org/0000-0002-1825-0097"",
      ]
    `);
  });

  it('rejects an author written as plain text', () => {
    expect(rejected({ authors: ['A. Author'] })).toMatchInlineSnapshot(`
      [
        "[0].authors[0] (mercury-guide): Got text where an object is expected. Expected a person object with a name, e.g. { "name": "Kamila Gómez" }. Got: "A. Author"",
      ]
    `);
  });

  it('rejects an author without a name', () => {
    expect(codes({ authors: [{ affiliation: 'IGF' }] })).toEqual(['missing-field']);
  });
});

describe('credit, project, version and citation', () => {
  it('accept verbatim text', () => {
    const text = {
      credit: 'Shawn Blore - for planetGOLD',
      project: 'GOMIAM',
      version: 'V1.3',
      citation: 'OECD (2016).',
    };
    expect(accepted(text)).toMatchObject(text);
  });

  it.each(['credit', 'project', 'version', 'citation'])('reject empty %s', (field) => {
    expect(codes({ [field]: '' })).toEqual(['empty-value']);
  });

  it('explain what an empty credit line should hold', () => {
    expect(rejected({ credit: '' })).toMatchInlineSnapshot(`
      [
        "[0].credit (mercury-guide): This must not be empty or only spaces. Expected non-empty text, e.g. "Shawn Blore - for planetGOLD". Got: """,
      ]
    `);
  });
});

describe('organizations', () => {
  it('accepts a name, a role and a link', () => {
    expect(
      accepted({ organizations: [{ name: 'UNEP', role: 'author', url: 'https://www.unep.org' }] })
        .organizations,
    ).toHaveLength(1);
  });

  it('rejects an unknown role', () => {
    expect(rejected({ organizations: [{ name: 'GEF', role: 'sponsor' }] })).toMatchInlineSnapshot(`
      [
        "[0].organizations[0].role (mercury-guide): 'sponsor' is not a known organization role. Expected one of author, publisher, funder, implementer, e.g. "publisher". Got: "sponsor"",
      ]
    `);
  });

  it('rejects a javascript: link', () => {
    expect(codes({ organizations: [{ name: 'X', role: 'funder', url: 'javascript:void(0)' }] })).toEqual([
      'invalid-url',
    ]);
  });

  it('requires a role', () => {
    expect(rejected({ organizations: [{ name: 'UNEP' }] })).toMatchInlineSnapshot(`
      [
        "[0].organizations[0].role (mercury-guide): Required field 'role' is missing. Expected one of author, publisher, funder, implementer, e.g. "publisher".",
      ]
    `);
  });
});

describe('countries', () => {
  it('accepts ISO 3166-1 alpha-2 codes and upper-cases lower-case ones', () => {
    expect(accepted({ countries: ['GH', 'bf', 'Co'] }).countries).toEqual(['GH', 'BF', 'CO']);
  });

  it('rejects a code that is not assigned', () => {
    expect(rejected({ countries: ['GH', 'XX'] })).toMatchInlineSnapshot(`
      [
        "[0].countries[1] (mercury-guide): 'XX' is not a known country code. Expected an ISO 3166-1 alpha-2 country code, e.g. "GH". Got: "XX"",
      ]
    `);
  });

  it('rejects a country name, suggesting its code', () => {
    expect(rejected({ countries: ['Ghana'] })).toMatchInlineSnapshot(`
      [
        "[0].countries[0] (mercury-guide): 'Ghana' is not a valid country code. Did you mean 'GH'? Expected an ISO 3166-1 alpha-2 country code, e.g. "GH". Got: "Ghana"",
      ]
    `);
  });

  it('suggests GB for UK', () => {
    expect(rejected({ countries: ['UK'] })).toMatchInlineSnapshot(`
      [
        "[0].countries[0] (mercury-guide): 'UK' is not a known country code. Did you mean 'GB'? Expected an ISO 3166-1 alpha-2 country code, e.g. "GH". Got: "UK"",
      ]
    `);
  });

  it('rejects an alpha-3 code', () => expect(codes({ countries: ['GHA'] })).toEqual(['invalid-country']));
});

describe('series and container', () => {
  it('reject a series number written as a number', () => {
    expect(rejected({ series: { name: 'ARM Guides', number: 4 } })).toMatchInlineSnapshot(`
      [
        "[0].series.number (mercury-guide): Got a number where text is expected. Expected the number as text, e.g. "4". Got: 4",
      ]
    `);
  });

  it('reject a container type other than journal or book', () => {
    expect(rejected({ container: { type: 'magazine', title: 'Mining Weekly' } })).toMatchInlineSnapshot(`
      [
        "[0].container.type (mercury-guide): 'magazine' is not a known container type. Expected journal or book, e.g. "journal". Got: "magazine"",
      ]
    `);
  });

  it('require a container title', () => {
    expect(codes({ container: { type: 'journal' } })).toEqual(['missing-field']);
  });
});

describe('identifiers', () => {
  it('accept a DOI, ISBN-10 and ISBN-13 with or without hyphens, and a handle', () => {
    const identifiers = {
      doi: '10.1596/12345',
      isbn: ['0-306-40615-2', '9783161484100'],
      handle: '10986/12345',
    };
    expect(accepted({ identifiers }).identifiers).toEqual(identifiers);
  });

  it('reject a DOI link, suggesting the bare DOI', () => {
    expect(rejected({ identifiers: { doi: 'https://doi.org/10.1596/12345' } })).toMatchInlineSnapshot(`
      [
        "[0].identifiers.doi (mercury-guide): 'https://doi.org/10.1596/12345' is not a valid DOI. Did you mean '10.1596/12345'? Expected a DOI starting with 10. and without https://doi.org/, e.g. "10.1016/j.resourpol.2021.102345". Got: "https://doi.org/10.1596/12345"",
      ]
    `);
  });

  it('reject an ISBN with a wrong check digit', () => {
    expect(rejected({ identifiers: { isbn: ['978-3-16-148410-1'] } })).toMatchInlineSnapshot(`
      [
        "[0].identifiers.isbn[0] (mercury-guide): The check digit does not match (a digit was mistyped?). Expected an ISBN-10 or ISBN-13 with a correct check digit (hyphens allowed), e.g. "978-3-16-148410-0". Got: "978-3-16-148410-1"",
      ]
    `);
  });

  it('reject an ISBN with a wrong number of digits', () => {
    expect(rejected({ identifiers: { isbn: ['978-3-16-14841'] } })).toMatchInlineSnapshot(`
      [
        "[0].identifiers.isbn[0] (mercury-guide): '978-3-16-14841' is not a valid ISBN. Expected an ISBN-10 or ISBN-13 with a correct check digit (hyphens allowed), e.g. "978-3-16-148410-0". Got: "978-3-16-14841"",
      ]
    `);
  });

  it('reject a handle link, suggesting the bare handle', () => {
    expect(rejected({ identifiers: { handle: 'https://hdl.handle.net/10986/12345' } }))
      .toMatchInlineSnapshot(`
      [
        "[0].identifiers.handle (mercury-guide): 'https://hdl.handle.net/10986/12345' is not a valid handle. Did you mean '10986/12345'? Expected a handle such as prefix/suffix, without https://hdl.handle.net/, e.g. "10986/12345". Got: "https://hdl.handle.net/10986/12345"",
      ]
    `);
  });
});

describe('license and access', () => {
  it('accept an SPDX id or a license link, and a known access level', () => {
    expect(
      accepted({ license: 'https://creativecommons.org/licenses/by/4.0/', access: 'paywalled' }),
    ).toMatchObject({
      access: 'paywalled',
    });
  });

  it('reject a license in words', () => {
    expect(rejected({ license: 'All rights reserved' })).toMatchInlineSnapshot(`
      [
        "[0].license (mercury-guide): 'All rights reserved' is not a valid license. Expected an SPDX license id or the http(s) link of the license, e.g. "CC-BY-4.0". Got: "All rights reserved"",
      ]
    `);
  });

  it('reject an unknown access level', () => {
    expect(rejected({ access: 'free' })).toMatchInlineSnapshot(`
      [
        "[0].access (mercury-guide): 'free' is not a known access level. Expected one of open, registration, paywalled, e.g. "open". Got: "free"",
      ]
    `);
  });
});

describe('supersedes and related', () => {
  it('accept lists of ids', () => {
    expect(accepted({ supersedes: ['old-guide'], related: ['other-guide'] })).toMatchObject({
      supersedes: ['old-guide'],
    });
  });

  it('reject an id that is not a slug', () => {
    expect(rejected({ related: ['Other Guide'] })).toMatchInlineSnapshot(`
      [
        "[0].related[0] (mercury-guide): 'Other Guide' is not a valid id. Did you mean 'other-guide'? Expected the id of a related resource, e.g. "mercury-free-processing-guide". Got: "Other Guide"",
      ]
    `);
  });
});

describe('thumbnail and duration', () => {
  it('accept an image link and an ISO 8601 duration', () => {
    expect(accepted({ thumbnail: 'https://example.org/cover.png', duration: 'PT1H5M' })).toMatchObject({
      duration: 'PT1H5M',
    });
  });

  it('reject a data: image', () => {
    expect(rejected({ thumbnail: 'data:image/png;base64,iVBORw0KGgo=' })).toMatchInlineSnapshot(`
      [
        "[0].thumbnail (mercury-guide): Only http and https links are allowed, not 'data:'. Expected a full http(s) link to an image, e.g. "https://example.org/cover.jpg". Got: "data:image/png;base64,iVBORw0KGgo="",
      ]
    `);
  });

  it('reject a clock time as duration', () => {
    expect(rejected({ duration: '12:30' })).toMatchInlineSnapshot(`
      [
        "[0].duration (mercury-guide): '12:30' is not a valid duration. Did you mean 'PT12M30S'? Expected an ISO 8601 duration, e.g. "PT12M30S" (12 minutes 30 seconds). Got: "12:30"",
      ]
    `);
  });
});

describe('unknown fields', () => {
  it('are reported with the field they resemble, and the resource is kept', () => {
    const { resources, issues } = parseResources([{ ...BASE, knowledgeArea: ['gender'] }]);
    expect(resources).toHaveLength(1);
    expect(issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "[0].knowledgeArea (mercury-guide): Unknown field 'knowledgeArea': it is ignored. Did you mean 'knowledgeAreas'? ('knowledgeAreas' holds a list, each item a knowledge area slug or a knowledgeAreas term the catalogue declares in extraTerms.) Got: ["gender"]",
      ]
    `);
  });

  it('are reported inside nested objects too', () => {
    const { issues } = parseResources([
      { ...BASE, files: [{ url: 'https://example.org/a.pdf', language: 'en', lang: 'en' }] },
    ]);
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([['[0].files[0].lang', 'unknown-field']]);
  });
});

describe('createResourceSchema', () => {
  it('accepts a catalogue extra knowledge area', () => {
    const schema = createResourceSchema({
      defaultLanguage: 'es',
      extraTerms: { knowledgeAreas: { water: { en: 'Water' } } },
    });
    expect(schema.parse({ ...BASE, knowledgeAreas: ['water'] })).toMatchObject({
      title: { es: 'Mercury guide' },
      knowledgeAreas: ['water'],
    });
  });
});

describe('every field', () => {
  const file = { url: 'https://example.org/a.pdf', language: 'en' };
  const author = { name: 'A. Author' };
  const organization = { name: 'UNEP', role: 'publisher' };

  it.each([
    [{ id: 42 }, '[0].id', 'invalid-type'],
    [{ url: 'mailto:info@example.org' }, '[0].url', 'invalid-url'],
    [{ title: { en: 'x', 'en-': 'y' } }, '[0].title["en-"]', 'invalid-language'],
    [{ summary: 7 }, '[0].summary', 'invalid-type'],
    [{ type: '' }, '[0].type', 'unknown-term'],
    [{ knowledgeAreas: [3] }, '[0].knowledgeAreas[0]', 'invalid-type'],
    [{ keywords: 'gold' }, '[0].keywords', 'invalid-type'],
    [{ commodities: ['silver'] }, '[0].commodities[0]', 'unknown-term'],
    [{ audiences: 'miners' }, '[0].audiences', 'invalid-type'],
    [{ languages: ['en-'] }, '[0].languages[0]', 'invalid-language'],
    [{ files: file }, '[0].files', 'invalid-type'],
    [{ files: [{ ...file, url: 'a.pdf' }] }, '[0].files[0].url', 'invalid-url'],
    [{ files: [{ url: file.url }] }, '[0].files[0].language', 'missing-field'],
    [{ files: [{ ...file, format: ' ' }] }, '[0].files[0].format', 'empty-value'],
    [{ files: [{ ...file, size: -1 }] }, '[0].files[0].size', 'invalid-number'],
    [{ files: [{ ...file, pages: 1.5 }] }, '[0].files[0].pages', 'invalid-number'],
    [{ published: '2021-02-29' }, '[0].published', 'invalid-date'],
    [{ authors: [{ name: '' }] }, '[0].authors[0].name', 'empty-value'],
    [{ authors: [{ ...author, affiliation: '' }] }, '[0].authors[0].affiliation', 'empty-value'],
    [{ authors: [{ ...author, orcid: '0000-0002-1825-009X' }] }, '[0].authors[0].orcid', 'invalid-orcid'],
    [{ credit: 5 }, '[0].credit', 'invalid-type'],
    [{ organizations: [{ ...organization, name: ' ' }] }, '[0].organizations[0].name', 'empty-value'],
    [
      { organizations: [{ ...organization, role: 'Publisher' }] },
      '[0].organizations[0].role',
      'unknown-term',
    ],
    [
      { organizations: [{ ...organization, url: 'www.unep.org' }] },
      '[0].organizations[0].url',
      'invalid-url',
    ],
    [{ countries: 'GH' }, '[0].countries', 'invalid-type'],
    [{ project: '' }, '[0].project', 'empty-value'],
    [{ series: 'ARM Guides' }, '[0].series', 'invalid-type'],
    [{ series: { number: '3' } }, '[0].series.name', 'missing-field'],
    [{ container: { type: 'journal', title: 'J', volume: '' } }, '[0].container.volume', 'empty-value'],
    [{ container: { type: 'journal', title: 'J', issue: 2 } }, '[0].container.issue', 'invalid-type'],
    [{ container: { type: 'journal', title: 'J', pages: '' } }, '[0].container.pages', 'empty-value'],
    [{ container: { type: 'journal', title: 'J', publisher: '' } }, '[0].container.publisher', 'empty-value'],
    [{ identifiers: '10.1596/1' }, '[0].identifiers', 'invalid-type'],
    [{ identifiers: { doi: '10.1/x' } }, '[0].identifiers.doi', 'invalid-doi'],
    [{ identifiers: { isbn: '978-3-16-148410-0' } }, '[0].identifiers.isbn', 'invalid-type'],
    [{ identifiers: { handle: '10986' } }, '[0].identifiers.handle', 'invalid-handle'],
    [{ license: 'CC BY 4.0' }, '[0].license', 'invalid-license'],
    [{ access: 'Open' }, '[0].access', 'unknown-term'],
    [{ version: '' }, '[0].version', 'empty-value'],
    [{ supersedes: ['Old Guide'] }, '[0].supersedes[0]', 'invalid-id'],
    [{ related: 'other-guide' }, '[0].related', 'invalid-type'],
    [{ thumbnail: '/cover.png' }, '[0].thumbnail', 'invalid-url'],
    [{ duration: 'PT' }, '[0].duration', 'invalid-duration'],
    [{ citation: '' }, '[0].citation', 'empty-value'],
  ])('rejects %j at %s with %s', (patch, path, code) => {
    const { resources, issues } = parseResources([{ ...BASE, ...patch }]);
    expect(resources).toEqual([]);
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[path, code]]);
    expect(issues[0]?.message).toMatch(/Expected .+, e\.g\. /);
  });
});
