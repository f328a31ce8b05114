import { css } from 'lit';

/** The class report on one A4 page: small, plain type that prints well in black and white. */
export const classReportStyles = css`
  :host {
    display: none;
    font-family: 'Andika', system-ui, sans-serif;
    color: #000;
  }
  @media print {
    :host {
      display: block;
    }
  }
  .sheet {
    display: grid;
    gap: 2.5mm;
    font-size: 9.5pt;
    line-height: 1.2;
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 4mm;
    border-bottom: 1.5pt solid #000;
    padding-bottom: 1.5mm;
  }
  h1 {
    font-size: 15pt;
    margin: 0;
  }
  h2 {
    font-size: 11pt;
    margin: 0;
  }
  p {
    margin: 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 1mm 8mm;
    font-weight: 700;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border: 0.75pt solid #777;
    padding: 0.6mm 2mm;
    text-align: start;
  }
  td.number {
    text-align: end;
  }
  thead th {
    background: #eee;
  }
  tr {
    break-inside: avoid;
  }
  ol {
    margin: 0;
    padding-inline-start: 5mm;
    display: grid;
    gap: 1.2mm;
  }
  .statement {
    display: block;
    font-size: 0.92em;
  }
`;
