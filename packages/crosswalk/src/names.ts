/** A name as CSL-JSON writes it: a person split into parts, or an organization as one literal. */
export interface CslName {
  family?: string;
  given?: string;
  /** Particle that stays with the family name when sorting and citing ('van der', 'da', 'de la'). */
  'non-dropping-particle'?: string;
  suffix?: string;
  /** A corporate author or any name that must not be split ('Alliance for Responsible Mining'). */
  literal?: string;
}

// Lower-case words that start a family name in Dutch, German, French, Spanish, Portuguese, Italian and Arabic
// names. Any other all-lower-case word in the middle of a name is treated as a particle too.
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'les',
  'ter',
  'ten',
  'zu',
  'y',
  'e',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
  'st.',
]);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

function isParticle(word: string): boolean {
  return PARTICLES.has(word) || (word === word.toLowerCase() && word !== word.toUpperCase());
}

/**
 * Splits a personal name into CSL parts, keeping particles: 'Jan van der Berg' gives given 'Jan', particle
 * 'van der', family 'Berg'. The last word is the family name unless a particle run starts earlier, so compound
 * Spanish surnames need the explicit 'Racionero Gómez, Blanca' form, which is always honoured.
 * @example splitPersonalName('Kamila Gómez') // { family: 'Gómez', given: 'Kamila' }
 */
export function splitPersonalName(name: string): CslName {
  const clean = name.replace(/\s+/g, ' ').trim();
  const commaParts = clean.split(/\s*,\s*/);
  if (commaParts.length >= 2 && commaParts[0] && commaParts[1]) {
    // 'Family, Given' or 'Family, Given, Jr.': the data owner has already said where the family name is.
    const familyWords = commaParts[0].split(' ');
    const particle: string[] = [];
    while (familyWords.length > 1 && isParticle(familyWords[0] ?? ''))
      particle.push(familyWords.shift() ?? '');
    const result: CslName = { family: familyWords.join(' '), given: commaParts[1] };
    if (particle.length > 0) result['non-dropping-particle'] = particle.join(' ');
    if (commaParts[2]) result.suffix = commaParts.slice(2).join(', ');
    return result;
  }
  const words = clean.split(' ').filter((word) => word !== '');
  let suffix: string | undefined;
  const last = words[words.length - 1];
  if (words.length > 2 && last && SUFFIXES.has(last.toLowerCase())) {
    suffix = words.pop();
  }
  if (words.length < 2) return { family: words.join(' ') || clean };
  let particleStart = -1;
  for (let index = 1; index < words.length - 1; index++) {
    if (isParticle(words[index] ?? '')) {
      particleStart = index;
      break;
    }
  }
  const result: CslName =
    particleStart > 0
      ? (() => {
          let familyStart = particleStart;
          while (familyStart < words.length - 1 && isParticle(words[familyStart] ?? '')) familyStart++;
          return {
            given: words.slice(0, particleStart).join(' '),
            'non-dropping-particle': words.slice(particleStart, familyStart).join(' '),
            family: words.slice(familyStart).join(' '),
          };
        })()
      : { given: words.slice(0, -1).join(' '), family: words[words.length - 1] ?? '' };
  if (suffix) result.suffix = suffix;
  return result;
}

/** 'Jan Willem' -> 'J. W.', 'Marie-Claire' -> 'M.-C.': initials as APA-like styles print them. */
export function initials(given: string): string {
  return given
    .split(' ')
    .filter((word) => word !== '')
    .map((word) =>
      word
        .split('-')
        .map((part) => (part.endsWith('.') && part.length <= 3 ? part : `${Array.from(part)[0] ?? ''}.`))
        .join('-'),
    )
    .join(' ');
}

/** Family name with its particle, as printed in a citation ('van der Berg'). */
export function familyWithParticle(name: CslName): string {
  return [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}
