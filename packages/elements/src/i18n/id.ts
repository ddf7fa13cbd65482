import { registerVocabularyLabels } from '@asm-kit/schema';
import { labels } from '@asm-kit/schema/labels/id';
import type { Messages } from './messages.js';

// The Indonesian vocabulary and region labels travel with the Indonesian UI strings, in this chunk of the CDN
// build, where '@asm-kit/schema' is its core entry (English labels only); from npm they are registered already.
registerVocabularyLabels('id', labels);

/**
 * Indonesian UI strings, in standard Indonesian (bahasa Indonesia baku). A library's resources are "dokumen";
 * Indonesian has no plural inflection, so each count has the `other` form only (CLDR).
 */
export const id: Messages = {
  language: 'id',
  searchLabel: 'Cari di perpustakaan',
  searchPlaceholder: 'Judul, ringkasan, kata kunci…',
  resultsHeading: 'Hasil',
  resultCount: { other: '{count} dokumen' },
  noResults: 'Tidak ada dokumen yang sesuai dengan pencarian Anda.',
  pageOfPages: 'Halaman {page} dari {pages}',
  loading: 'Memuat perpustakaan…',
  emptyHint: 'Coba kata lain atau hapus beberapa filter.',
  resetSearch: 'Hapus pencarian dan filter',
  clearFilters: 'Hapus semua filter',
  errorNetwork: 'Perpustakaan tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  errorHttp: 'Perpustakaan tidak dapat dimuat (kesalahan HTTP {status}).',
  errorJson: 'Berkas perpustakaan bukan katalog yang valid.',
  errorSearch: 'Pencarian gagal.',
  retry: 'Coba lagi',
  sortLabel: 'Urutkan menurut',
  sort: {
    relevance: 'Relevansi',
    newest: 'Terbaru lebih dahulu',
    oldest: 'Terlama lebih dahulu',
    title: 'Judul (A–Z)',
  },
  filtersHeading: 'Filter',
  activeFilters: 'Filter aktif',
  removeFilter: 'Hapus filter {label}',
  noFacetMatch: 'Tidak ada yang cocok',
  facets: {
    type: {
      label: 'Jenis dokumen',
      more: 'Tampilkan jenis dokumen lainnya',
      less: 'Tampilkan lebih sedikit jenis dokumen',
    },
    area: { label: 'Tema', more: 'Tampilkan tema lainnya', less: 'Tampilkan lebih sedikit tema' },
    language: { label: 'Bahasa', more: 'Tampilkan bahasa lainnya', less: 'Tampilkan lebih sedikit bahasa' },
    country: {
      label: 'Negara',
      more: 'Tampilkan negara lainnya',
      less: 'Tampilkan lebih sedikit negara',
      search: 'Cari negara',
    },
    region: { label: 'Kawasan', more: 'Tampilkan kawasan lainnya', less: 'Tampilkan lebih sedikit kawasan' },
    organization: {
      label: 'Organisasi',
      more: 'Tampilkan organisasi lainnya',
      less: 'Tampilkan lebih sedikit organisasi',
      search: 'Cari organisasi',
    },
    project: { label: 'Proyek', more: 'Tampilkan proyek lainnya', less: 'Tampilkan lebih sedikit proyek' },
    access: {
      label: 'Akses',
      more: 'Tampilkan jenis akses lainnya',
      less: 'Tampilkan lebih sedikit jenis akses',
    },
    year: { label: 'Tahun', more: 'Tampilkan tahun lainnya', less: 'Tampilkan lebih sedikit tahun' },
  },
  yearFrom: 'Dari',
  yearTo: 'Sampai',
  paginationLabel: 'Navigasi halaman',
  previousPage: 'Halaman sebelumnya',
  nextPage: 'Halaman berikutnya',
  pageLabel: 'Halaman {page}',
  showMore: 'Tampilkan lebih banyak',
  showLess: 'Tampilkan lebih sedikit',
  downloads: 'Unduhan',
  download: 'Unduh',
  // Intl names languages without "bahasa" in Indonesian ('Inggris dan Prancis'): the template supplies it.
  availableIn: 'Tersedia dalam bahasa {languages}',
  pages: { other: '{count} halaman' },
  languageLabel: 'Bahasa',
  countries: 'Negara',
  areas: 'Tema',
  cite: 'Kutip',
  citation: 'Kutipan',
  recommendedCitation: 'Kutipan yang disarankan',
  citeLoading: 'Menyiapkan kutipan…',
  citeError: 'Kutipan tidak dapat disiapkan.',
  copy: 'Salin',
  copied: 'Disalin',
  copySelected: 'Kutipan sudah dipilih: salin dengan Ctrl+C (⌘C di Mac).',
  citeDownload: 'Unduh dalam format {format}',
  // Resource map.
  mapLabel: 'Dokumen per negara',
  mapCountry: '{country}, {count}',
  mapError: 'Peta tidak dapat dimuat.',
  mapEmpty: 'Tidak ada hasil yang menyebutkan negara.',
  mapWorld: 'Tampilkan seluruh dunia',
  mapZoom: 'Perbesar ke hasil',
  mapSelected: 'Dipilih',
  // Year histogram (filter bar) and related resources (card).
  yearChart: 'Dokumen per tahun',
  yearBar: '{year}: {count}',
  related: 'Lihat juga',
  supersedes: 'Menggantikan',
  newerVersion: 'Tersedia versi yang lebih baru:',
  revealed:
    '“{title}” berada di luar pencarian dan filter saat ini: keduanya dihapus agar dokumen ini dapat ditampilkan.',
  notInList: '“{title}” tidak termasuk dalam daftar ini.',
  // Download these results.
  downloadResults: 'Unduh hasil ini',
  downloadDone: 'Berkas {format} siap: {results}',
  downloadError: 'Hasil tidak dapat diunduh.',
};
