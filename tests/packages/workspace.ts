import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Root of the repository (tests/ sits one level below it). */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface WorkspacePackage {
  dir: string;
  name: string;
  private: boolean;
  manifest: Record<string, unknown> & {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
}

/** Every workspace package under packages/ and apps/. */
export function workspacePackages(): WorkspacePackage[] {
  return ['packages', 'apps'].flatMap((group) => {
    const groupDir = join(repoRoot, group);
    return readdirSync(groupDir)
      .map((name) => join(groupDir, name))
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        return { dir, name: manifest.name, private: manifest.private === true, manifest };
      });
  });
}

/** The published packages: what partners install from npm. */
export function publishedPackages(): WorkspacePackage[] {
  return workspacePackages().filter((pkg) => !pkg.private);
}
