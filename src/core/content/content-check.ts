import { keyStageRules, type KeyStageFigures } from './content-figures';
import {
  scenarioContentRules,
  type ContentProblem,
  type ContentScenario,
  type ContentWords,
} from './content-rules';

/**
 * The content check: every rule a scenario's words must keep (reading level, kind wrong feedback, a
 * trusted adult named, not-your-fault where it is needed, class questions that do not give the answer
 * away) and the rules across a key stage (the safe option not guessable by its length or picture, no
 * character name in both key stages). Returns every problem, with file and key, and the figures.
 */
export function checkContent(
  items: readonly ContentScenario[],
  content: ContentWords,
): { problems: ContentProblem[]; figures: KeyStageFigures[] } {
  const across = keyStageRules(items, content);
  return {
    problems: [...items.flatMap((item) => scenarioContentRules(item, content)), ...across.problems],
    figures: across.figures,
  };
}

export function describeFigures(figures: readonly KeyStageFigures[]): string {
  return figures
    .map((f) => {
      const share = f.groups === 0 ? 0 : Math.round((f.safeLongest / f.groups) * 100);
      const pictures = Object.entries(f.safeOnlyPictures)
        .map(([picture, count]) => `${picture} ×${count}`)
        .join(', ');
      return [
        `${f.keyStage.toUpperCase()}: ${f.sentences} sentences, mean ${f.meanWords.toFixed(1)} words, longest ${f.maxWords}`,
        `  safe option longest in ${f.safeLongest} of ${f.groups} choice and chat groups (${share}%)`,
        `  pictures only on safe options: ${pictures || 'none'}`,
        `  characters: ${f.names.join(', ')}`,
      ].join('\n');
    })
    .join('\n');
}

export function describeContentProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.key}: [${p.rule}] ${p.reason}`).join('\n');
}
