// Records LadybugDB's per-platform binary packages in package-lock.json. The registry reachable here serves
// only the linux-x64 one; without entries for the others `npm ci` refuses the lock file as out of sync.
// Run after `npm install` has rewritten the lock file: node scripts/lock-platform-packages.mjs
import fs from 'node:fs';

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const core = lock.packages['node_modules/@ladybugdb/core'];
if (!core) throw new Error('package-lock.json has no @ladybugdb/core; run npm install first');
const platforms = {
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'linux-arm64': ['linux', 'arm64'],
  'linux-x64': ['linux', 'x64'],
  'win32-x64': ['win32', 'x64'],
};
let added = 0;
for (const [name, [os, cpu]] of Object.entries(platforms)) {
  const key = `node_modules/@ladybugdb/core-${name}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version: core.version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
  added++;
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platform-packages: ${added} entries added`);
