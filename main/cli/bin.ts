import { runCli } from './episode.js';

process.exitCode = await runCli(process.argv.slice(2));
