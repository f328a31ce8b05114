import type { KeyStage } from '../content/key-stage';
import { classRows, hardestStatements, type HardStatement, type PupilRecord } from './class-summary';

/** One pupil's line in the class report. */
export interface ReportLine {
  readonly name: string;
  readonly done: number;
  readonly finished: boolean;
  readonly signedOn?: string;
}

/** What the printed class report holds: who finished and signed, and what the class found hardest. */
export interface ClassReport {
  readonly keyStage: KeyStage;
  readonly statementCount: number;
  readonly lines: readonly ReportLine[];
  readonly finished: number;
  readonly signed: number;
  readonly hardest: readonly HardStatement[];
}

/** The class report of one key stage, pupils in the order of their names. */
export function classReport(
  pupils: readonly PupilRecord[],
  keyStage: KeyStage,
  statementIds: readonly string[],
  hardestLimit = 5,
): ClassReport {
  const lines = classRows(pupils, keyStage, statementIds).map((row) => ({
    name: row.profile.name,
    done: row.done,
    finished: row.done === statementIds.length,
    signedOn: row.signedOn,
  }));
  return {
    keyStage,
    statementCount: statementIds.length,
    lines,
    finished: lines.filter((line) => line.finished).length,
    signed: lines.filter((line) => line.signedOn).length,
    hardest: hardestStatements(
      pupils.filter((pupil) => pupil.profile.keyStage === keyStage),
      statementIds,
      hardestLimit,
    ),
  };
}
