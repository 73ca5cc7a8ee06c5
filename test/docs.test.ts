/** The docs keep up with the code: every rule code is documented, with its default severity. */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/languageService/config';

const ROOT = path.resolve(__dirname, '../..');

describe('docs/rules.md', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');

  for (const rule of RULES) {
    it(`documents ${rule.code} with its default severity, a bad and a good example`, () => {
      const start = doc.indexOf(`## ${rule.code} — `);
      assert.ok(start >= 0, `no section for ${rule.code}`);
      const next = doc.indexOf('\n## ', start + 1);
      const section = doc.slice(start, next < 0 ? undefined : next);
      assert.match(section.split('\n')[0], new RegExp(`— ${rule.severity}\\b`));
      assert.match(section, /- Bad/);
      assert.match(section, /- Good/);
    });
  }
});

describe('README', () => {
  it('opens with the set-up command and the test command', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    assert.match(block, /npm ci && npm start/);
    assert.match(block, /npm test/);
  });
});
