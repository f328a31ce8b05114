import type { KeyStage } from '../content/key-stage';
import type { GameLanguage } from './languages';
import { tidyTrustedAdults, trustedLimits } from './trusted-adults';

export type Signers = 'pupil' | 'parent' | 'both';

/** How a school makes the game its own. Set up by a grown-up; kept on the device. */
export interface SchoolSettings {
  readonly name: string;
  /** The web address of the school's full policy, printed in the note for parents and carers. */
  readonly policyUrl: string;
  /** The trusted adults in school, one name each, as pupils know them: ["Mrs Khan", "Mr Lee"]. */
  readonly trustedAtSchool: readonly string[];
  readonly keyStages: readonly KeyStage[];
  readonly signers: Signers;
  /** The school's logo, resized on this device, as a PNG data URL; empty for none. */
  readonly logo: string;
  /** Pupils may sign My Promise before they have played every statement. */
  readonly earlySigning: boolean;
  /** The language the game speaks on this device. */
  readonly language: GameLanguage;
}

export const defaultSchool: SchoolSettings = {
  name: '',
  policyUrl: '',
  trustedAtSchool: [],
  keyStages: ['ks1', 'ks2'],
  signers: 'pupil',
  logo: '',
  earlySigning: false,
  language: 'en',
};

export const schoolLimits = { name: 80, policyUrl: 300 } as const;

export type SchoolProblem =
  | { field: 'name'; problem: 'empty' | 'tooLong' }
  | { field: 'policyUrl'; problem: 'notAnAddress' | 'tooLong' }
  | { field: 'trustedAtSchool'; problem: 'tooLong'; index: number }
  | { field: 'trustedAtSchool'; problem: 'tooMany' }
  | { field: 'keyStages'; problem: 'none' };

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Every problem with a school's settings as typed; an empty list means they can be saved. */
export function checkSchool(settings: SchoolSettings): SchoolProblem[] {
  const problems: SchoolProblem[] = [];
  const name = settings.name.trim();
  if (name === '') problems.push({ field: 'name', problem: 'empty' });
  else if (name.length > schoolLimits.name) problems.push({ field: 'name', problem: 'tooLong' });
  const url = settings.policyUrl.trim();
  if (url.length > schoolLimits.policyUrl) problems.push({ field: 'policyUrl', problem: 'tooLong' });
  else if (url !== '' && !isWebAddress(url)) problems.push({ field: 'policyUrl', problem: 'notAnAddress' });
  settings.trustedAtSchool.forEach((adult, index) => {
    if (adult.trim().length > trustedLimits.nameLength)
      problems.push({ field: 'trustedAtSchool', problem: 'tooLong', index });
  });
  if (tidyTrustedAdults(settings.trustedAtSchool).length > trustedLimits.names)
    problems.push({ field: 'trustedAtSchool', problem: 'tooMany' });
  if (settings.keyStages.length === 0) problems.push({ field: 'keyStages', problem: 'none' });
  return problems;
}

export function tidySchool(settings: SchoolSettings): SchoolSettings {
  return {
    ...settings,
    name: settings.name.trim(),
    policyUrl: settings.policyUrl.trim(),
    trustedAtSchool: tidyTrustedAdults(settings.trustedAtSchool),
  };
}
