import type { VocabularyLabels } from '../register.js';

/**
 * French labels of every built-in vocabulary term and M49 region, for `registerVocabularyLabels('fr', labels)`.
 * '@asm-kit/schema' registers them itself; with '@asm-kit/schema/core', import this module where French is
 * needed (e.g. in the chunk of a page's French UI strings). Format: see {@link VocabularyLabels}.
 */
export const labels: VocabularyLabels = `
resourceTypes
report|Rapport
guide|Guide
toolkit|Boîte à outils
case-study|Étude de cas
policy-brief|Note d’orientation
workshop-report|Rapport d’atelier
academic-article|Article scientifique
book|Livre
book-chapter|Chapitre d’ouvrage
conference-paper|Communication de conférence
thesis|Thèse
training-material|Matériel de formation
video|Vidéo
webinar|Webinaire
presentation|Présentation
infographic-poster|Infographie ou affiche
dataset|Jeu de données
country-profile|Profil de pays
map|Carte
standard|Norme
policy-document|Document de politique publique
newsletter|Bulletin d’information
tool|Outil
knowledgeAreas
mercury-reduction|Réduction du mercure
mercury-free-technology|Technologies sans mercure
formalization|Formalisation
access-to-finance|Accès au financement
market-access|Accès aux marchés
gender|Genre
occupational-health-safety|Santé et sécurité au travail
health|Santé
environment|Environnement
policy-governance|Politiques et gouvernance
awareness-communications|Sensibilisation et communication
data-monitoring|Données et suivi
human-rights|Droits humains
livelihoods|Moyens de subsistance
commodities
gold|Or
diamonds|Diamants
coloured-gemstones|Pierres précieuses de couleur
3t|Étain, tantale et tungstène (3T)
cobalt|Cobalt
other|Autres minerais
audiences
miners|Mineurs et coopératives
government|Gouvernement
industry|Acheteurs, affineurs et industrie
ngos|ONG et projets
researchers|Chercheurs
media|Médias
donors|Bailleurs de fonds
accessLevels
open|Accès libre
registration|Inscription requise
paywalled|Accès payant
organizationRoles
author|Auteur
publisher|Éditeur
funder|Financeur
implementer|Organisme de mise en œuvre
regions
001|Monde
002|Afrique
015|Afrique du Nord
202|Afrique subsaharienne
014|Afrique de l’Est
017|Afrique centrale
018|Afrique australe
011|Afrique de l’Ouest
019|Amériques
419|Amérique latine et Caraïbes
029|Caraïbes
013|Amérique centrale
005|Amérique du Sud
021|Amérique septentrionale
142|Asie
143|Asie centrale
030|Asie de l’Est
035|Asie du Sud-Est
034|Asie du Sud
145|Asie de l’Ouest
150|Europe
151|Europe de l’Est
154|Europe du Nord
830|Îles Anglo-Normandes
039|Europe du Sud
155|Europe de l’Ouest
009|Océanie
053|Australie et Nouvelle-Zélande
054|Mélanésie
057|Micronésie
061|Polynésie
`;
