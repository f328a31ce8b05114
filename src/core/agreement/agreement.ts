import type { KeyStage } from '../content/key-stage';

export type Signature =
  { readonly kind: 'drawn'; readonly image: string } | { readonly kind: 'typed'; readonly text: string };

/** A pupil's signed promise: their key stage's statements, trusted adults and signature. */
export interface Agreement {
  readonly profileId: string;
  readonly keyStage: KeyStage;
  readonly trustedAtSchool: string;
  readonly trustedAtHome: string;
  readonly signature: Signature;
  /** The day it was signed, as YYYY-MM-DD in the device's time zone. */
  readonly signedOn: string;
  /** The version of the school's wording it was signed against. */
  readonly wordingVersion: number;
}

export interface AgreementDraft {
  readonly trustedAtSchool: string;
  readonly trustedAtHome: string;
  readonly signature?: Signature;
}

export type AgreementProblem = 'noSignature' | 'adultTooLong';

export const maxAdultsLength = 120;

/** Today's date as YYYY-MM-DD in the device's own time zone. */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function checkDraft(draft: AgreementDraft): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  if ([draft.trustedAtSchool, draft.trustedAtHome].some((text) => text.length > maxAdultsLength)) {
    problems.push('adultTooLong');
  }
  const signature = draft.signature;
  if (!signature || (signature.kind === 'typed' ? signature.text.trim() === '' : signature.image === '')) {
    problems.push('noSignature');
  }
  return problems;
}

export function signAgreement(
  profileId: string,
  keyStage: KeyStage,
  draft: AgreementDraft,
  signature: Signature,
  today: Date,
  wordingVersion: number,
): Agreement {
  return {
    profileId,
    keyStage,
    trustedAtSchool: draft.trustedAtSchool.trim(),
    trustedAtHome: draft.trustedAtHome.trim(),
    signature: signature.kind === 'typed' ? { kind: 'typed', text: signature.text.trim() } : signature,
    signedOn: localDay(today),
    wordingVersion,
  };
}
