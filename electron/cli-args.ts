// Parsing `plandesk` arguments: positionals, `--flag value` / `--flag=value`, and boolean flags.

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/** Flags that take no value. */
const BOOLEAN_FLAGS = new Set(['json', 'no-open', 'help', 'version', 'simplified', 'no-red-header', 'accept', 'rejected', 'restore']);

export class ArgsError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (BOOLEAN_FLAGS.has(name)) {
        flags.add(name);
        continue;
      }
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new ArgsError(`参数 --${name} 缺少取值。`);
      options.set(name, value);
      continue;
    }
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, options, flags };
}
