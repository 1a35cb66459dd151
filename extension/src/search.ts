/**
 * Finding a topic as you type: pure functions, no DOM. Each topic has search terms in bokmål,
 * nynorsk and English (plus its title in the UI language), so "prolaps", "sick leave" and
 * "røde flagg" all work whatever language the browser speaks.
 */

/**
 * Lower case, accents and Norwegian letters folded (ø → o, æ → ae, å → a), spaces collapsed:
 * so "Røde flagg", "rode flagg" and "RØDE  FLAGG" match the same terms.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Searchable {
  /** Everything the topic can be found by: keywords in every language and its title. */
  readonly terms: readonly string[];
}

/** How well one query word matches a topic's terms: 3 a whole term, 2 the start of a word, 1 inside a word, 0 not at all. */
function wordScore(word: string, terms: readonly string[]): number {
  let best = 0;
  for (const term of terms) {
    if (term === word) return 3;
    if (term.startsWith(word) || term.includes(` ${word}`)) best = Math.max(best, 2);
    else if (term.includes(word)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * The topics that match every word of the query, best match first (ties keep the catalogue
 * order). An empty query returns every topic.
 */
export function searchTopics<Topic extends Searchable>(query: string, topics: readonly Topic[]): Topic[] {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return [...topics];
  const folded = new Map(topics.map((topic) => [topic, topic.terms.map(foldForSearch)]));
  // Every query word is also tried as part of a phrase ("sick leave", "røde flagg").
  const phrase = words.join(' ');
  return topics
    .map((topic, order) => {
      const terms = folded.get(topic) ?? [];
      const scores = words.map((word) => wordScore(word, terms));
      const phraseBonus = words.length > 1 && terms.some((term) => term.includes(phrase)) ? 2 : 0;
      return {
        topic,
        order,
        matches: scores.every((score) => score > 0),
        score: scores.reduce((sum, score) => sum + score, 0) + phraseBonus,
      };
    })
    .filter((candidate) => candidate.matches)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((candidate) => candidate.topic);
}
