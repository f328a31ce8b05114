import { describe, expect, it } from 'vitest';
import {
  checkContent,
  describeContentProblems,
  describeFigures,
} from '../../../src/core/content/content-check';
import { englishWords, scenariosOnDisk } from './content-on-disk';

describe('the content check over levels/ and locales/en', () => {
  it('finds nothing that misleads a child, and prints the figures', () => {
    const { problems, figures } = checkContent(scenariosOnDisk(), englishWords());
    console.log(`Content figures\n${describeFigures(figures)}`);
    expect(problems, describeContentProblems(problems)).toEqual([]);
  });
});
