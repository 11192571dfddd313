/**
 * Checks what `npm pack` would publish: the built library and its types, and nothing from
 * the tests, the emulator or the sources. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';

interface PackEntry {
  files: Array<{ path: string }>;
}

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
) as PackEntry[];
const files = pack.files.map((file) => file.path);

const required = ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/main.js'];
const missing = required.filter((path) => !files.includes(path));
const forbidden = files.filter((path) => /^(test|src|scripts|\.ci)\//.test(path) || /\.spec\.|\.map$/.test(path));

if (missing.length > 0 || forbidden.length > 0) {
  console.error(
    `Package contents are wrong.\n missing: ${missing.join(', ') || '-'}\n unexpected: ${forbidden.join(', ') || '-'}`,
  );
  process.exit(1);
}
console.log(`Package contents OK: ${files.length} files, library entry dist/index.js with types.`);
