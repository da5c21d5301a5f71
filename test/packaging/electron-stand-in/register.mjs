// `node --import ./register.mjs app.js`: every `import … from 'electron'` gets ./electron.mjs instead.
import { register } from 'node:module';

const standIn = new URL('./electron.mjs', import.meta.url).href;
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === 'electron' ? { url: ${JSON.stringify(standIn)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
