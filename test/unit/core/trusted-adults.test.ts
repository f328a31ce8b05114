import { describe, expect, it } from 'vitest';
import { checkSchool, defaultSchool, tidySchool } from '../../../src/core/school/school-settings';
import {
  joinNames,
  splitTrustedAdults,
  trustedLimits,
  trustedStoryValues,
} from '../../../src/core/school/trusted-adults';
import { SchoolRecord, readRecord } from '../../../src/core/save/saved-data';
import { readTransfer } from '../../../src/core/transfer/transfer-file';

const defaults = {
  atSchool: 'a grown-up at school',
  AtSchool: 'A grown-up at school',
  oneAtSchool: 'my teacher',
  OneAtSchool: 'My teacher',
};

/** The school's settings as version 2 saved them, trusted adults typed as one line. */
const version2School = {
  name: 'Hill Top',
  policyUrl: '',
  trustedAtSchool: 'Mrs Khan, Mr Lee and Miss Ray',
  keyStages: ['ks1'],
  signers: 'pupil',
};

describe("the school's trusted adults", () => {
  it.each([
    ['Mrs Khan, Mr Lee', ['Mrs Khan', 'Mr Lee']],
    ['Mrs Khan and Mr Lee', ['Mrs Khan', 'Mr Lee']],
    ['Mrs Khan or Mr Lee', ['Mrs Khan', 'Mr Lee']],
    ['Mrs Khan / Mr Lee, Miss Ray', ['Mrs Khan', 'Mr Lee', 'Miss Ray']],
    ['  Mr Anderson  ', ['Mr Anderson']],
    ['', []],
  ])('splits "%s" into names', (text, names) => {
    expect(splitTrustedAdults(text)).toEqual(names);
  });

  it('joins them as a sentence wants: "or" in a story, "and" on a certificate', () => {
    expect(joinNames(['Mrs Khan', 'Mr Lee'], 'en', 'disjunction')).toBe('Mrs Khan or Mr Lee');
    expect(joinNames(['Mrs Khan', 'Mr Lee', 'Miss Ray'], 'en', 'conjunction')).toBe(
      'Mrs Khan, Mr Lee, and Miss Ray',
    );
    expect(joinNames(['Mrs Khan'], 'en-XA', 'disjunction')).toBe('Mrs Khan');
  });

  it('gives the stories every name, or only the first for a short KS1 label, and defaults with none', () => {
    expect(trustedStoryValues(['Mrs Khan', 'Mr Lee'], 'en', defaults)).toEqual({
      atSchool: 'Mrs Khan or Mr Lee',
      AtSchool: 'Mrs Khan or Mr Lee',
      oneAtSchool: 'Mrs Khan',
      OneAtSchool: 'Mrs Khan',
    });
    expect(trustedStoryValues(['miss Ray'], 'en', defaults).OneAtSchool).toBe('Miss Ray');
    expect(trustedStoryValues([], 'en', defaults)).toEqual(defaults);
  });

  it('keeps the list short and each name short, and saves it tidy', () => {
    const long = 'x'.repeat(trustedLimits.nameLength + 1);
    const many = Array.from({ length: trustedLimits.names + 1 }, (_, i) => `Mr ${i}`);
    const school = { ...defaultSchool, name: 'Hill Top' };
    expect(checkSchool({ ...school, trustedAtSchool: ['Mrs Khan', long] })).toEqual([
      { field: 'trustedAtSchool', problem: 'tooLong', index: 1 },
    ]);
    expect(checkSchool({ ...school, trustedAtSchool: many })).toEqual([
      { field: 'trustedAtSchool', problem: 'tooMany' },
    ]);
    expect(tidySchool({ ...school, trustedAtSchool: [' Mrs Khan ', '', '  '] }).trustedAtSchool).toEqual([
      'Mrs Khan',
    ]);
  });

  it('migrates version 2 saved settings, splitting the line into names', () => {
    const read = readRecord(SchoolRecord, { version: 2, school: version2School });
    expect(read.state).toBe('valid');
    if (read.state === 'valid')
      expect(read.value.school.trustedAtSchool).toEqual(['Mrs Khan', 'Mr Lee', 'Miss Ray']);
  });

  it('reads a version 2 export file the same way', () => {
    const file = JSON.stringify({
      format: 'safe-online-quest/pupils',
      version: 2,
      exportedAt: 1,
      pupils: [],
      school: version2School,
    });
    const read = readTransfer(file, file.length);
    expect(read.ok && read.file.school?.trustedAtSchool).toEqual(['Mrs Khan', 'Mr Lee', 'Miss Ray']);
  });
});
