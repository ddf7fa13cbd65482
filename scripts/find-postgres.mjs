// Makes sure PostgreSQL (15 or newer, Debian's layout) is installed for @asm-kit/server's integration tests, or
// installs Debian's package when running as root on Debian. The tests are never skipped: without PostgreSQL this
// exits with the exact command to run. The tests start and stop their own cluster; nothing is started here.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const ROOT = '/usr/lib/postgresql';

function findInitdb() {
  if (!existsSync(ROOT)) return undefined;
  const version = readdirSync(ROOT)
    .map(Number)
    .filter((v) => v >= 15 && existsSync(`${ROOT}/${v}/bin/initdb`))
    .sort((a, b) => b - a)[0];
  return version === undefined ? undefined : `${ROOT}/${version}/bin/initdb`;
}

/** Returns the path of `initdb`, installing Debian's `postgresql` if that is possible here. */
export function ensurePostgres() {
  const found = findInitdb();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(
      'No PostgreSQL found: installing Debian package "postgresql" (apt-get install -y postgresql)...',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
    const installed = findInitdb();
    if (installed) return installed;
  }
  console.error(
    [
      "@asm-kit/server's tests need PostgreSQL 15 or newer (Debian's layout, /usr/lib/postgresql/<version>/bin)",
      'and none was found. Install it, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install -y postgresql',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensurePostgres());
