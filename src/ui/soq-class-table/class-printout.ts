import { html, type TemplateResult } from 'lit';
import { localDay } from '../../core/agreement/agreement';
import type { ClassReport } from '../../core/class/class-report';
import type { PupilRecord } from '../../core/class/class-summary';
import { languageOf } from '../../core/profile/profile';
import type { StatementEntry } from '../../core/content/schema';
import type { GameLanguage } from '../../core/school/languages';
import type { SchoolSettings } from '../../core/school/school-settings';
import type { KeyStageContent } from '../../content/levels';
import { certificatePictures } from '../soq-certificate/soq-certificate';
import { preparePaperPictures } from '../shared/paper-pictures';
import '../soq-class-report/soq-class-report';

/** What the Class tab prints: some pupils' agreements, or the class report. */
export type Printing =
  { kind: 'agreements'; pupils: readonly PupilRecord[] } | { kind: 'report'; report: ClassReport };

/** The languages a print job's agreements are in: their words and fonts must load before printing. */
export function printLanguages(printing: Printing, deviceLanguage: GameLanguage): GameLanguage[] {
  if (printing.kind === 'report') return [];
  return [...new Set(printing.pupils.map((pupil) => languageOf(pupil.profile, deviceLanguage)))];
}

/**
 * Gets agreements' pictures ready for paper, each drawn once however many agreements print it: when a
 * key stage's class shows, so that pressing Print does not wait for them.
 */
export function prepareAgreementPictures(statements: readonly StatementEntry[]): Promise<void> {
  return preparePaperPictures(certificatePictures(statements));
}

/** The pages of a print job, hidden on screen: one agreement a page, or the one-page class report. */
export function printout(
  printing: Printing | undefined,
  content: KeyStageContent,
  page: { school: SchoolSettings; statements: readonly StatementEntry[]; wordingVersion: number },
): TemplateResult | TemplateResult[] {
  if (printing?.kind === 'report')
    return html`<soq-class-report
      .report=${printing.report}
      .school=${page.school.name}
      .day=${localDay(new Date())}
    ></soq-class-report>`;
  return (printing?.pupils ?? []).map(
    (pupil) =>
      html`<soq-certificate
        .keyStage=${content.keyStage}
        .statements=${page.statements}
        .name=${pupil.profile.name}
        .agreement=${pupil.agreements[content.keyStage]}
        .progress=${pupil.progress}
        .school=${page.school}
        .wordingVersion=${page.wordingVersion}
        .language=${languageOf(pupil.profile, page.school.language)}
      ></soq-certificate>`,
  );
}
