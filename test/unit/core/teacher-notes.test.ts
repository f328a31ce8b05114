import { describe, expect, it } from 'vitest';
import { classQuestionsOf, mechanicsOf } from '../../../src/core/teaching/scenario-outline';
import {
  linkProblems,
  teacherNoteKeys,
  type TeacherNoteShape,
} from '../../../src/core/teaching/teacher-notes';
import type { Scenario } from '../../../src/core/content/schema';
import { allScenarios, readJson } from '../levels';

const notes = readJson('locales/en/teacher-notes.json') as Record<string, TeacherNoteShape>;
const aup = readJson('locales/en/aup.json') as Record<'ks1' | 'ks2', { statements: Record<string, string> }>;
const statementIds = [...Object.keys(aup.ks1.statements), ...Object.keys(aup.ks2.statements)];

describe("the teacher's notes", () => {
  it('cover every statement, and link only to other statements that exist', () => {
    expect(statementIds).toHaveLength(35);
    expect(linkProblems(notes, statementIds)).toEqual([]);
  });

  it('finds a link to an unknown statement, to itself, and a statement without notes', () => {
    const note = notes['ks1-04'] as TeacherNoteShape;
    const bad = { 'ks1-04': { ...note, links: { 'ks1-04': 'x', 'ks3-01': 'y' } } };
    expect(linkProblems(bad, ['ks1-04', 'ks1-05'])).toEqual([
      "ks1-05 has no teacher's notes",
      'ks1-04 links to itself',
      'ks1-04 links to ks3-01, which is not a statement',
    ]);
  });

  it('link KS1 4 and KS2 8, which both teach the funny feeling', () => {
    expect(Object.keys(notes['ks1-04']?.links ?? {})).toContain('ks2-08');
    expect(Object.keys(notes['ks2-08']?.links ?? {})).toContain('ks1-04');
  });

  it('give each statement what it teaches, teaching points, key words and a link, with no web address', () => {
    for (const id of statementIds) {
      const keys = teacherNoteKeys(id, notes[id] as TeacherNoteShape);
      expect(keys.points.length, id).toBeGreaterThan(0);
      expect(keys.keyWords.length, id).toBeGreaterThan(0);
      expect(keys.links.length, id).toBeGreaterThan(0);
      expect(JSON.stringify(notes[id]), id).not.toMatch(/https?:|www\.|\.com\b|\.co\.uk/);
    }
  });
});

describe('what a scenario asks of the class', () => {
  it('names the mechanics of every scenario from its steps', () => {
    for (const scenario of allScenarios()) {
      const kinds = mechanicsOf(scenario);
      expect(kinds.length, scenario.id).toBeGreaterThan(0);
      expect(new Set(kinds).size).toBe(kinds.length);
      expect(kinds).not.toContain('story');
    }
  });

  it('reads the class questions from any discuss key of a step, the one after the feedback last', () => {
    const [first] = allScenarios();
    const scenario = first as Scenario;
    const step = Object.assign({}, scenario.steps[0], {
      discuss: 'ks1-01.a.before',
      discussAfter: 'ks1-01.a.after',
    });
    const questions = classQuestionsOf({ ...scenario, steps: [step] });
    expect(questions).toEqual(['ks1-01.a.before', 'ks1-01.a.after']);
  });
});
