import type { VocabularyLabels } from '../register.js';

/**
 * Portuguese labels of every built-in vocabulary term and M49 region, for `registerVocabularyLabels('pt', labels)`.
 * '@asm-kit/schema' registers them itself; with '@asm-kit/schema/core', import this module where Portuguese is
 * needed (e.g. in the chunk of a page's Portuguese UI strings). Format: see {@link VocabularyLabels}.
 */
export const labels: VocabularyLabels = `
resourceTypes
report|Relatório
guide|Guia
toolkit|Kit de ferramentas
case-study|Estudo de caso
policy-brief|Resumo de políticas
workshop-report|Relatório de oficina
academic-article|Artigo acadêmico
book|Livro
book-chapter|Capítulo de livro
conference-paper|Artigo de conferência
thesis|Tese
training-material|Material de capacitação
video|Vídeo
webinar|Webinário
presentation|Apresentação
infographic-poster|Infográfico ou cartaz
dataset|Conjunto de dados
country-profile|Perfil de país
map|Mapa
standard|Norma
policy-document|Documento de política pública
newsletter|Boletim informativo
tool|Ferramenta
knowledgeAreas
mercury-reduction|Redução do mercúrio
mercury-free-technology|Tecnologias sem mercúrio
formalization|Formalização
access-to-finance|Acesso a financiamento
market-access|Acesso a mercados
gender|Gênero
occupational-health-safety|Saúde e segurança ocupacional
health|Saúde
environment|Meio ambiente
policy-governance|Políticas e governança
awareness-communications|Sensibilização e comunicação
data-monitoring|Dados e monitoramento
human-rights|Direitos humanos
livelihoods|Meios de subsistência
commodities
gold|Ouro
diamonds|Diamantes
coloured-gemstones|Gemas coloridas
3t|Estanho, tântalo e tungstênio (3T)
cobalt|Cobalto
other|Outros minerais
audiences
miners|Mineiros e cooperativas
government|Governo
industry|Compradores, refinadores e indústria
ngos|ONGs e projetos
researchers|Pesquisadores
media|Mídia
donors|Doadores
accessLevels
open|Acesso aberto
registration|Cadastro obrigatório
paywalled|Acesso pago
organizationRoles
author|Autor
publisher|Editora
funder|Financiador
implementer|Entidade executora
regions
001|Mundo
002|África
015|Norte da África
202|África Subsaariana
014|África Oriental
017|África Central
018|África Austral
011|África Ocidental
019|Américas
419|América Latina e Caribe
029|Caribe
013|América Central
005|América do Sul
021|América Setentrional
142|Ásia
143|Ásia Central
030|Ásia Oriental
035|Sudeste Asiático
034|Ásia Meridional
145|Ásia Ocidental
150|Europa
151|Europa Oriental
154|Europa Setentrional
830|Ilhas do Canal
039|Europa Meridional
155|Europa Ocidental
009|Oceania
053|Austrália e Nova Zelândia
054|Melanésia
057|Micronésia
061|Polinésia
`;
