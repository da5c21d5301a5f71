// The dictionary's files as text, bundled by Vite (`?raw`; the alias is in vite.config.ts).
declare module 'dictionary-en-files/index.aff?raw' {
  const text: string;
  export default text;
}
declare module 'dictionary-en-files/index.dic?raw' {
  const text: string;
  export default text;
}
