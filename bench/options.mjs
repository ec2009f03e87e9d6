// The numeric command-line options of the bench scripts, written `--name N`.

/** The number after `--name` on the command line, or `fallback` when the option is absent. */
export function numberOption(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
