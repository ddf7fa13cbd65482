import type { VocabularyLabels } from '../register.js';

/**
 * Spanish labels of every built-in vocabulary term and M49 region, for `registerVocabularyLabels('es', labels)`.
 * '@asm-kit/schema' registers them itself; with '@asm-kit/schema/core', import this module where Spanish is
 * needed (e.g. in the chunk of a page's Spanish UI strings). Format: see {@link VocabularyLabels}.
 */
export const labels: VocabularyLabels = `
resourceTypes
report|Informe
guide|Guía
toolkit|Caja de herramientas
case-study|Estudio de caso
policy-brief|Resumen de políticas
workshop-report|Informe de taller
academic-article|Artículo académico
book|Libro
book-chapter|Capítulo de libro
conference-paper|Ponencia
thesis|Tesis
training-material|Material de capacitación
video|Video
webinar|Seminario web
presentation|Presentación
infographic-poster|Infografía o póster
dataset|Conjunto de datos
country-profile|Perfil de país
map|Mapa
standard|Estándar
policy-document|Documento de política pública
newsletter|Boletín informativo
tool|Herramienta
knowledgeAreas
mercury-reduction|Reducción del mercurio
mercury-free-technology|Tecnologías sin mercurio
formalization|Formalización
access-to-finance|Acceso al financiamiento
market-access|Acceso a mercados
gender|Género
occupational-health-safety|Seguridad y salud ocupacional
health|Salud
environment|Medio ambiente
policy-governance|Políticas y gobernanza
awareness-communications|Sensibilización y comunicación
data-monitoring|Datos y monitoreo
human-rights|Derechos humanos
livelihoods|Medios de vida
commodities
gold|Oro
diamonds|Diamantes
coloured-gemstones|Piedras preciosas de color
3t|Estaño, tantalio y tungsteno (3T)
cobalt|Cobalto
other|Otros minerales
audiences
miners|Mineros y cooperativas
government|Gobierno
industry|Compradores, refinadores e industria
ngos|ONG y proyectos
researchers|Investigadores
media|Medios de comunicación
donors|Donantes
accessLevels
open|Acceso abierto
registration|Registro obligatorio
paywalled|Acceso de pago
organizationRoles
author|Autor
publisher|Editor
funder|Financiador
implementer|Entidad ejecutora
regions
001|Mundo
002|África
015|Norte de África
202|África subsahariana
014|África Oriental
017|África Central
018|África Austral
011|África Occidental
019|América
419|América Latina y el Caribe
029|Caribe
013|Centroamérica
005|América del Sur
021|América Septentrional
142|Asia
143|Asia Central
030|Asia Oriental
035|Sudeste Asiático
034|Asia Meridional
145|Asia Occidental
150|Europa
151|Europa Oriental
154|Europa Septentrional
830|Islas del Canal
039|Europa Meridional
155|Europa Occidental
009|Oceanía
053|Australia y Nueva Zelanda
054|Melanesia
057|Micronesia
061|Polinesia
`;
