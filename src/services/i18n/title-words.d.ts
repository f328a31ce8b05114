// The title's own English words: the first chunk carries just these keys of ui.json (resources.ts).
declare module '*/locales/en/ui.json?keys=app+title+common+storage' {
  type Ui = typeof import('../../../locales/en/ui.json');
  const words: Pick<Ui, 'app' | 'title' | 'common' | 'storage'>;
  export default words;
}
