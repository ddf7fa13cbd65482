-- The library: catalogues as loaded (sources and their records, for provenance and reloads), and the merged,
-- searchable resources with the columns search needs. Everything below asm_records is derived and rebuilt in
-- the same transaction by every load.

-- One row: what the current catalogue is. `version` changes with every load, so caches can key on it.
create table asm_library (
  id int primary key default 1 check (id = 1),
  version int not null,
  default_language text,
  extra_terms json,
  resource_count int not null,
  title_languages text[] not null
);

-- One catalogue as a publisher published it: where it came from (`source`, a URL or file name), its metadata
-- (the catalogue without its resources) and what reading it found.
create table asm_sources (
  source text primary key,
  position int not null unique,
  catalogue json not null,
  record_count int not null,
  issues json not null,
  loaded_at timestamptz not null default now()
);

-- Every valid record of every catalogue, as read (json keeps key order: the first title is the fallback).
create table asm_records (
  source text not null references asm_sources on delete cascade,
  position int not null,
  record json not null,
  primary key (source, position)
);

-- The merged resources, one per distinct resource, numbered in catalogue order (`ord`, ties of every sort).
create table asm_resources (
  ord int primary key,
  id text not null unique,
  resource json not null
);

-- What search filters, counts and sorts by, one narrow row per resource (scanned by a browse: kept small).
-- `facet_values` holds the codes of the resource's facet values (asm_facet_values.code: the facet's position in
-- the FACETS table of @asm-kit/query times 2^24, plus the value's number), so one array covers all facets.
create table asm_search (
  ord int primary key,
  facet_values int[] not null,
  year int,
  -- Positions in the date orders (undated last in both, ties in catalogue order).
  rank_newest int not null,
  rank_oldest int not null
);
create index asm_search_facet_values on asm_search using gin (facet_values);
create index asm_search_year on asm_search (year);
create index asm_search_newest on asm_search (rank_newest);
create index asm_search_oldest on asm_search (rank_oldest);

-- Which records of which catalogues a merged resource stands for.
create table asm_provenance (
  ord int not null references asm_resources on delete cascade,
  source text not null,
  record_id text not null,
  url text,
  primary key (ord, source, record_id)
);

-- The term dictionary and inverted index: each folded term with its postings, one int per resource that has
-- it, `ord * 16 + weight` (the weight of the best field the term occurs in, as in @asm-kit/query's index).
-- Prefix completion is a range of `term` (C collation: byte order, so `^@` can use the index); typo candidates
-- share the first UTF-16 unit, a near length and a near letter set (`letters`). `rank` is the position in
-- JavaScript's (UTF-16) order of strings, which caps prefix completions as the index does.
create table asm_terms (
  term text collate "C" primary key,
  rank int not null,
  first int not null,
  length int not null,
  letters int not null,
  postings int[] not null
);
create index asm_terms_typo on asm_terms (first, length);

-- Facet values in order of first appearance (`position`, the tie-break of equal labels), with their code in
-- asm_search.facet_values. Values are text escaped by src/internal/sql-text.ts (no U+0000).
create table asm_facet_values (
  facet text not null,
  value text not null,
  position int not null,
  code int not null unique,
  primary key (facet, value)
);

-- Title order per UI language (collation of Intl, computed at load), for sort=title.
create table asm_title_order (
  language text not null,
  rank int not null,
  ord int not null,
  primary key (language, rank)
);
