// Entry point VS Code's extension test runner calls inside the extension host
// (`extensionTestsPath`): runs every `*.e2e.js` beside it with mocha.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/**
 * Marks the suite's own lines in the extension host's console, which the page forwards mixed
 * with the workbench's log: the e2e runner echoes only these.
 */
export const REPORT_PREFIX = '[unres-e2e] ';

/** Runs the suite; rejects when a test fails, which makes the extension host exit non-zero. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: PrefixedReporter });
  for (const file of readdirSync(__dirname)
    .filter(f => f.endsWith('.e2e.js'))
    .sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const failures = await new Promise<number>(resolve => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}

/** A spec-like reporter whose every line carries {@link REPORT_PREFIX}. */
class PrefixedReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const say = (line: string) => console.log(`${REPORT_PREFIX}${line}`);
    const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
    let passed = 0;
    let failed = 0;
    runner.on(EVENT_SUITE_BEGIN, suite => {
      if (suite.title) say(suite.title);
    });
    runner.on(EVENT_TEST_PASS, test => {
      passed++;
      say(`  ✔ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_PENDING, test => say(`  - ${test.title} (pending)`));
    runner.on(EVENT_TEST_FAIL, (test, err: Error) => {
      failed++;
      say(`  ✘ ${test.title}`);
      for (const line of String(err.stack ?? err.message)
        .split('\n')
        .slice(0, 40))
        say(`      ${line}`);
    });
    runner.once(EVENT_RUN_END, () => say(`extension host: ${passed} passed, ${failed} failed`));
  }
}
