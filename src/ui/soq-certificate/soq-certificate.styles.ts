import { css } from 'lit';

/** An A4 certificate for print: big type and pictures, readable in black and white, no screen chrome. */
export const certificateStyles = css`
  :host {
    display: none;
    font-family: var(--soq-font, 'Andika', system-ui, sans-serif);
    color: #000;
  }
  @media print {
    :host {
      display: block;
      break-before: page;
    }
    :host(:first-of-type) {
      break-before: auto;
    }
  }
  /* A pupil's own script: the fonts are loaded with their language before printing. */
  :host(:lang(ur)) {
    --soq-font: var(--soq-font-ur);
  }
  /* Nastaliq letters stack high and low: Urdu lines need twice their size (the English keeps its own). */
  :host(:lang(ur)) :is(h1, p, li, .form-name, .school) {
    line-height: 2.1;
  }
  :host(:lang(ar)) {
    --soq-font: var(--soq-font-ar);
  }
  .english {
    display: block;
    font-size: 0.8em;
    font-family: 'Andika', system-ui, sans-serif;
    line-height: 1.2;
    color: #333;
  }
  .sheet {
    border: 5pt double #000;
    border-radius: 14pt;
    padding: 7mm 9mm;
    display: grid;
    gap: 3mm;
    font-size: var(--cert-font, 10.5pt);
  }
  /* Two languages to a statement: a little smaller, so a KS2 agreement still fits two pages. */
  :host([bilingual][key-stage='ks2']) .sheet {
    --cert-font: 9.5pt;
  }
  :host([key-stage='ks1']) .sheet {
    --cert-font: 13pt;
    --cert-icon: 9mm;
  }
  header {
    display: flex;
    align-items: center;
    gap: 5mm;
  }
  header .pic {
    width: 15mm;
    height: 15mm;
  }
  h1 {
    font-size: 2.1em;
    margin: 0;
    line-height: 1.1;
  }
  .form-name {
    margin: 0;
    font-size: 0.95em;
  }
  .name {
    font-size: 1.5em;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .intro {
    margin: 0;
  }
  ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 1.2mm;
  }
  li {
    display: grid;
    grid-template-columns: var(--cert-icon, 7mm) 1fr var(--sticker);
    --sticker: var(--cert-icon, 7mm);
    gap: 3mm;
    align-items: center;
    break-inside: avoid;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  li .sticker {
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  li .sticker .pic {
    width: 70%;
    height: 70%;
  }
  li > .pic {
    width: var(--cert-icon, 7mm);
    height: var(--cert-icon, 7mm);
  }
  .adults {
    display: grid;
    gap: 1.5mm;
    break-inside: avoid;
  }
  .adults p,
  .signed p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .signed {
    display: flex;
    flex-wrap: wrap;
    gap: 4mm 12mm;
    align-items: end;
    break-inside: avoid;
  }
  .signature {
    max-height: 22mm;
    max-width: 90mm;
    border-bottom: 1pt solid #000;
  }
  .blank {
    display: inline-block;
    width: 70mm;
    border-bottom: 1pt solid #000;
  }
  .blank.short {
    width: 35mm;
  }
  .logo {
    max-width: 40mm;
    max-height: 20mm;
    object-fit: contain;
  }
  .typed-signature {
    font-size: 1.6em;
    font-style: italic;
    border-bottom: 1pt solid #000;
    padding: 0 4mm;
  }
  .parents {
    border: 1.5pt solid #000;
    border-radius: 8pt;
    padding: 3mm 4mm;
    font-size: 0.85em;
    break-inside: avoid;
  }
  .parents h2 {
    font-size: 1.1em;
    margin: 0 0 1mm;
  }
  .parents p {
    margin: 0;
  }
  .address {
    display: block;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .school {
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }
`;
