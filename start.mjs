// `npm start [-- path/to/episode.md]`: runs the app in Electron. Electron is an optional dependency:
// where its binary could not be downloaded, say so plainly instead of failing with "electron: not found".
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';

/** The command that opens the same file in the browser harness, as the user would type it from the same folder. */
function harnessCommand(args) {
  const file = args.find((arg) => !arg.startsWith('-'));
  const quoted = file && (/^[\w./:@+-]+$/.test(file) ? file : `'${file.replaceAll("'", "'\\''")}'`);
  return `npm run -s harness -- --port 5199${quoted ? ` --episode ${quoted}` : ''}`;
}

let electron;
try {
  // The electron package's main export is the path of the binary it downloaded; it throws when there is none.
  electron = createRequire(import.meta.url)('electron');
} catch (err) {
  console.error(
    [
      'Episode Editor: Electron is not installed here (it is an optional dependency, and its binary',
      'could not be downloaded). On a machine with internet access, run `npm install` again, then `npm start`.',
      'Without Electron, the same app runs in a browser:',
      '',
      `  ${harnessCommand(process.argv.slice(2))}`,
      '',
      'then open the address it prints (http://127.0.0.1:5199/t/...) in Chromium or Chrome.',
      `(${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    ].join('\n'),
  );
  process.exit(1);
}

// npm runs scripts from the package folder; a relative path means the folder the user typed it in.
const cwd = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).map((arg) => (arg.startsWith('-') || isAbsolute(arg) ? arg : resolve(cwd, arg)));
const child = spawn(electron, ['.', ...args], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
