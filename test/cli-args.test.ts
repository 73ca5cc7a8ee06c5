/** `unres` arguments: subcommands by hand, options by `node:util` parseArgs, every mistake a usage error naming the option. */
import * as assert from 'node:assert';
import { parseArgs, UsageError } from '../server/src/cli/args';

describe('unres arguments', () => {
  it('reads options in both spellings, repeated ones, and positionals in any order', () => {
    assert.deepStrictEqual(parseArgs(['check', '--format', 'json', 'a', '--catalog', 'x', '--catalog=y', '--jobs', '2']), {
      command: 'check',
      format: 'json',
      catalogs: ['x', 'y'],
      config: undefined,
      jobs: 2,
      paths: ['a'],
    });
    assert.deepStrictEqual(parseArgs(['rollover', '-o', 'next.unres', 'f.unres']), { command: 'rollover', out: 'next.unres', file: 'f.unres' });
    assert.deepStrictEqual(parseArgs(['catalog', 'import', '--out=x.json', 'a.csv']), { command: 'catalog-import', out: 'x.json', files: ['a.csv'] });
    assert.deepStrictEqual(parseArgs(['diff', '-', 'b.unres']), { command: 'diff', format: 'text', old: '-', new: 'b.unres' });
  });

  const mistakes: [string[], RegExp][] = [
    [['check', '--bogus', 'a'], /^unknown option '--bogus'; see 'unres --help'$/],
    [['check', 'a', '--format'], /^option --format needs a value$/],
    [['rollover', '--out', '--format', 'f'], /^option --out needs a value$/],
    [['check', '--format', 'xml', 'a'], /--format must be 'text' or 'json', not 'xml'/],
    [['check', '--jobs', '0', 'a'], /--jobs must be a whole number from 1, not '0'/],
    [['check'], /needs at least one file or folder/],
    [['diff', 'a'], /needs two files/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ];
  for (const [argv, message] of mistakes) {
    it(`unres ${argv.join(' ')}: ${message.source}`, () => {
      assert.throws(
        () => parseArgs(argv),
        (e: unknown) => e instanceof UsageError && message.test(e.message),
      );
    });
  }
});
