import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';

// The fuses are flipped in Electron's binary at packaging time, which cannot run here (no Electron
// binary): this checks what electron-builder is told, against the option names its own schema knows.

const config = parse(readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown> };

/** The fuse options electron-builder's configuration schema allows. */
function knownFuseOptions(): string[] {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
    definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
  };
  return Object.keys(schema.definitions.FuseOptionsV1.properties);
}

describe('Electron fuses in electron-builder.yml', () => {
  it('turn off running as Node, NODE_OPTIONS and the inspector; load only a checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('are all options electron-builder knows (a misspelt one would be left at its default)', () => {
    expect(knownFuseOptions()).toEqual(expect.arrayContaining(Object.keys(config.electronFuses ?? {})));
  });

  it('are left out only for the stand-in Electron, whose dummy executables have no fuses', () => {
    const script = readFileSync(join(REPO_ROOT, 'scripts/package.mjs'), 'utf8');
    expect(script.match(/electronFuses: null/g)).toHaveLength(1);
    expect(script).toMatch(/\.\.\.\(standIn \? \{[^}]*electronFuses: null/);
  });
});
