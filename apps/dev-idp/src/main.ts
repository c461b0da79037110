import { runCli } from './cli.js';

const outcome = await runCli(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});

if ('exitCode' in outcome) {
  process.exitCode = outcome.exitCode;
} else {
  const stop = () => {
    outcome.idp.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
