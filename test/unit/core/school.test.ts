import { starsFor } from '../../../src/core/progress/stars';
import { describe, expect, it, vi } from 'vitest';
import { classRows, hardestStatements, type PupilRecord } from '../../../src/core/class/class-summary';
import {
  checkNewPin,
  isLocked,
  openGate,
  waitAfterWrongTries,
  wrongPin,
} from '../../../src/core/grown-ups/pin-gate';
import { checkSchool, defaultSchool } from '../../../src/core/school/school-settings';
import {
  checkStatement,
  defaultWording,
  maxStatementLength,
  restoreDefault,
  reword,
  schoolText,
  setHidden,
  shownStatements,
} from '../../../src/core/school/wording';
import { WordingSchema } from '../../../src/core/save/saved-data';
import * as v from 'valibot';
import { Store } from '../../../src/core/state/store';

describe('school settings', () => {
  it('need a name, a real web address if any, and at least one key stage', () => {
    expect(checkSchool(defaultSchool)).toEqual([{ field: 'name', problem: 'empty' }]);
    const school = { ...defaultSchool, name: 'Oak', policyUrl: 'javascript:alert(1)', keyStages: [] };
    expect(checkSchool(school)).toEqual([
      { field: 'policyUrl', problem: 'notAnAddress' },
      { field: 'keyStages', problem: 'none' },
    ]);
    expect(checkSchool({ ...defaultSchool, name: 'Oak', policyUrl: 'https://oak.example/p' })).toEqual([]);
    expect(checkSchool({ ...defaultSchool, name: 'x'.repeat(81) })).toEqual([
      { field: 'name', problem: 'tooLong' },
    ]);
  });
});

describe('the wording', () => {
  it('makes a new version with every change, and restores the default', () => {
    const changed = reword(defaultWording, 'ks1-04', ' New words ');
    expect(changed).toEqual({ version: 2, texts: { 'ks1-04': 'New words' }, hidden: [] });
    const hidden = setHidden(changed, 'ks1-11', true);
    expect(shownStatements(hidden, [{ id: 'ks1-04' }, { id: 'ks1-11' }])).toEqual([{ id: 'ks1-04' }]);
    const back = restoreDefault(setHidden(hidden, 'ks1-11', false), 'ks1-04');
    expect(back).toEqual({ version: 5, texts: {}, hidden: [] });
  });

  it("keeps a school's corrections of each language apart from its English, each a new version", () => {
    const english = reword(defaultWording, 'ks2-05', 'English words');
    const polish = reword(english, 'ks2-05', ' Polskie słowa ', 'pl');
    expect(polish.version).toBe(3);
    expect(schoolText(polish, 'ks2-05', 'en')).toBe('English words');
    expect(schoolText(polish, 'ks2-05', 'pl')).toBe('Polskie słowa');
    expect(schoolText(polish, 'ks2-05', 'ur')).toBeUndefined();
    const back = restoreDefault(polish, 'ks2-05', 'pl');
    expect(schoolText(back, 'ks2-05', 'pl')).toBeUndefined();
    expect(schoolText(back, 'ks2-05', 'en')).toBe('English words');
    expect(v.safeParse(WordingSchema, back).success).toBe(true);
    expect(v.safeParse(WordingSchema, { ...back, translated: { pl: { 'ks2-05': 7 } } }).success).toBe(false);
  });

  it('refuses empty or overlong statements', () => {
    expect(checkStatement('  ** ** ')).toBe('empty');
    expect(checkStatement('x'.repeat(maxStatementLength + 1))).toBe('tooLong');
    expect(checkStatement('I am **KIND**')).toBeUndefined();
  });
});

describe('the grown-ups’ gate', () => {
  it('takes a PIN of 4 to 8 digits, typed the same twice', () => {
    expect(checkNewPin('123', '123')).toBe('notDigits');
    expect(checkNewPin('12a4', '12a4')).toBe('notDigits');
    expect(checkNewPin('123456789', '123456789')).toBe('notDigits');
    expect(checkNewPin('1234', '1235')).toBe('mismatch');
    expect(checkNewPin('482915', '482915')).toBeUndefined();
  });

  it('waits a minute after every third wrong PIN', () => {
    let gate = openGate;
    gate = wrongPin(wrongPin(gate, 0), 0);
    expect(isLocked(gate, 1)).toBe(false);
    gate = wrongPin(gate, 1000);
    expect(isLocked(gate, 1000 + waitAfterWrongTries - 1)).toBe(true);
    expect(isLocked(gate, 1000 + waitAfterWrongTries)).toBe(false);
  });
});

describe('the class summary', () => {
  const profile = (id: string, name: string) => ({
    id,
    name,
    avatar: 'cat' as const,
    keyStage: 'ks1' as const,
    createdAt: 1,
  });
  const done = (misses: Record<string, number>) => ({
    status: 'done' as const,
    step: 5,
    misses,
    stars: starsFor(misses),
    updatedAt: 1,
  });
  const pupils: PupilRecord[] = [
    { profile: profile('b', 'Bea'), progress: { 'ks1-04': done({ a: 2 }) }, agreements: {} },
    {
      profile: profile('a', 'Amir'),
      progress: { 'ks1-04': done({ a: 1, b: 1 }), 'ks1-01': done({}) },
      agreements: {},
    },
  ];

  it('lists pupils by name with each statement’s status and stars', () => {
    const rows = classRows(pupils, 'ks1', ['ks1-01', 'ks1-04']);
    expect(rows.map((row) => [row.profile.name, row.cells, row.done, row.stars])).toEqual([
      [
        'Amir',
        [
          { status: 'done', stars: 3 },
          { status: 'done', stars: 1 },
        ],
        2,
        4,
      ],
      [
        'Bea',
        [
          { status: 'not-started', stars: 0 },
          { status: 'done', stars: 2 },
        ],
        1,
        2,
      ],
    ]);
  });

  it('finds the statements that took most tries', () => {
    expect(hardestStatements(pupils, ['ks1-01', 'ks1-04'])).toEqual([
      { statementId: 'ks1-04', misses: 4, pupils: 2 },
    ]);
  });
});

describe('the store', () => {
  it('tells subscribers of changes only, until they unsubscribe, even when one of them fails', () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = new Store({ n: 0 });
    const seen: number[] = [];
    store.subscribe(() => {
      throw new Error('a picture could not draw');
    });
    const stop = store.subscribe((state) => seen.push(state.n));
    store.update((s) => s);
    store.update((s) => ({ n: s.n + 1 }));
    stop();
    store.update((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([1]);
    expect(store.get()).toEqual({ n: 2 });
    expect(reported).toHaveBeenCalledTimes(2);
    reported.mockRestore();
  });
});
