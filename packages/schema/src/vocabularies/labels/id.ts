import type { VocabularyLabels } from '../register.js';

/**
 * Indonesian labels of every built-in vocabulary term and M49 region, for `registerVocabularyLabels('id', labels)`.
 * '@asm-kit/schema' registers them itself; with '@asm-kit/schema/core', import this module where Indonesian is
 * needed (e.g. in the chunk of a page's Indonesian UI strings). Format: see {@link VocabularyLabels}.
 * Standard Indonesian (bahasa Indonesia baku) as ministries and UN agencies write it; 018 and 021 say "bagian"
 * so that they are not read as the countries Afrika Selatan and (the continent) Amerika Utara.
 */
export const labels: VocabularyLabels = `
resourceTypes
report|Laporan
guide|Panduan
toolkit|Perangkat kerja
case-study|Studi kasus
policy-brief|Ringkasan kebijakan
workshop-report|Laporan lokakarya
academic-article|Artikel ilmiah
book|Buku
book-chapter|Bab buku
conference-paper|Makalah konferensi
thesis|Tesis
training-material|Materi pelatihan
video|Video
webinar|Webinar
presentation|Presentasi
infographic-poster|Infografis atau poster
dataset|Set data
country-profile|Profil negara
map|Peta
standard|Standar
policy-document|Dokumen kebijakan
newsletter|Buletin
tool|Alat
knowledgeAreas
mercury-reduction|Pengurangan merkuri
mercury-free-technology|Teknologi bebas merkuri
formalization|Formalisasi
access-to-finance|Akses pembiayaan
market-access|Akses pasar
gender|Gender
occupational-health-safety|Keselamatan dan kesehatan kerja
health|Kesehatan
environment|Lingkungan hidup
policy-governance|Kebijakan dan tata kelola
awareness-communications|Peningkatan kesadaran dan komunikasi
data-monitoring|Data dan pemantauan
human-rights|Hak asasi manusia
livelihoods|Mata pencaharian
commodities
gold|Emas
diamonds|Intan
coloured-gemstones|Batu permata berwarna
3t|Timah, tantalum, dan tungsten (3T)
cobalt|Kobalt
other|Mineral lainnya
audiences
miners|Penambang dan koperasi
government|Pemerintah
industry|Pembeli, pemurni, dan industri
ngos|LSM dan proyek
researchers|Peneliti
media|Media
donors|Lembaga donor
accessLevels
open|Akses terbuka
registration|Perlu pendaftaran
paywalled|Akses berbayar
organizationRoles
author|Penulis
publisher|Penerbit
funder|Penyandang dana
implementer|Lembaga pelaksana
regions
001|Dunia
002|Afrika
015|Afrika Utara
202|Afrika Sub-Sahara
014|Afrika Timur
017|Afrika Tengah
018|Afrika Bagian Selatan
011|Afrika Barat
019|Amerika
419|Amerika Latin dan Karibia
029|Karibia
013|Amerika Tengah
005|Amerika Selatan
021|Amerika Bagian Utara
142|Asia
143|Asia Tengah
030|Asia Timur
035|Asia Tenggara
034|Asia Selatan
145|Asia Barat
150|Eropa
151|Eropa Timur
154|Eropa Utara
830|Kepulauan Channel
039|Eropa Selatan
155|Eropa Barat
009|Oseania
053|Australia dan Selandia Baru
054|Melanesia
057|Mikronesia
061|Polinesia
`;
