import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isInside, realPath } from '../config/confine.js';
import { PatternTimeoutError } from './budget.js';
import { glob, hasWildcard } from './glob.js';
import { compilePattern, PatternError, type CompiledPattern } from './pattern.js';
import type { ReferenceProblem } from './problem.js';
import { findTokens, type TokenMatch } from './rewrite.js';
import type { ReferenceRule } from './rules.js';
import { findYamlTokens, type YamlTokens } from './yaml-edit.js';

/** A token a rule found, in its file. */
export interface Found extends TokenMatch {
  file: string;
}

export interface RuleMatches {
  rule: ReferenceRule;
  /** Default-namespace references: the ones a bump rewrites. */
  tokens: Found[];
  /** References of the rule's shape naming a namespaced image (`batch-worker-alice-3`). */
  namespaced: Found[];
}

export interface Matched {
  rules: RuleMatches[];
  /** Every file read, by repository-relative path, as read. */
  texts: Map<string, string>;
  problems: ReferenceProblem[];
}

/**
 * Finds every rule's references in the repository, reading each file once, and checks the
 * counts against `expect`. Reads only. `guard` also looks for namespaced images and counts
 * them as matches (the guard reports them); otherwise they only explain a rule that matched
 * nothing. A file that is a symbolic link counts as its target when that is inside the
 * repository (so the bump edits the target and the link stays a link); a link leading out
 * is a problem, and its target is never read.
 */
export async function matchRules(
  repoDir: string,
  rules: readonly ReferenceRule[],
  opts: { guard: boolean },
): Promise<Matched> {
  const texts = new Map<string, string>();
  const reads = new Map<string, Promise<FileText>>();
  const realRepo = realPath(repoDir);
  /** The repository-relative file a matched path stands for, or undefined when it leads out. */
  const target = (file: string): string | undefined => {
    let real: string;
    try {
      real = realPath(join(repoDir, file));
    } catch {
      return undefined;
    }
    return isInside(real, realRepo) ? relative(realRepo, real).split(sep).join('/') : undefined;
  };
  const read = (file: string): Promise<FileText> => {
    let text = reads.get(file);
    if (!text) {
      text = readText(join(repoDir, file));
      reads.set(file, text);
    }
    return text;
  };

  const results = await Promise.all(
    rules.map(async (rule): Promise<RuleMatches & { problems: ReferenceProblem[] }> => {
      const problems: ReferenceProblem[] = [];
      const problem = (message: string, file = rule.path, line?: number): void => {
        problems.push({
          rule: rule.name,
          file,
          ...(line ? { line } : {}),
          pattern: rule.pattern,
          message,
        });
      };
      const result = { rule, tokens: [] as Found[], namespaced: [] as Found[], problems };
      let strict: CompiledPattern;
      let loose: CompiledPattern;
      try {
        strict = compilePattern(rule.pattern, rule.flags);
        loose = compilePattern(rule.pattern, rule.flags, { namespaced: true });
      } catch (err) {
        if (!(err instanceof PatternError)) throw err;
        problem(`pattern ${err.message}`);
        return result;
      }

      const matched = await glob(repoDir, rule.path);
      if (matched.length === 0) {
        problem(hasWildcard(rule.path) ? 'matches no files' : 'file not found');
        return result;
      }
      let broken = false;
      const files: string[] = [];
      for (const path of matched) {
        const file = target(path);
        if (file === undefined) {
          problem(
            'is a symbolic link leading outside the repository; refusing to read or edit it',
            path,
          );
          broken = true;
        } else if (!files.includes(file)) {
          files.push(file);
        }
      }
      for (const file of files) {
        const { text, unreadable } = await read(file);
        if (text === undefined) {
          // A glob may sweep up binaries; a file named outright must be text.
          if (unreadable || !hasWildcard(rule.path)) {
            problem(unreadable ?? 'is not UTF-8 text', file);
            broken = true;
          }
          continue;
        }
        texts.set(file, text);
        const found = tokensIn(text, rule, strict);
        if (found.problem) {
          problem(found.problem.message, file, found.problem.line);
          broken = true;
          continue;
        }
        result.tokens.push(...found.tokens.map((t) => ({ ...t, file })));
        if (opts.guard || result.tokens.length === 0) {
          const others = tokensIn(text, rule, loose).tokens ?? [];
          result.namespaced.push(
            ...others
              .filter(
                (t) => t.namespace && !found.tokens.some((s) => s.start < t.end && t.start < s.end),
              )
              .map((t) => ({ ...t, file })),
          );
        }
      }
      // A file that could not be searched says more than a count over the others would.
      if (!broken) checkCount(result, opts.guard, files, problem);
      return result;
    }),
  );
  // Rules are matched concurrently; their problems are reported in rule order.
  return {
    rules: results.map(({ problems: _, ...matches }) => matches),
    texts,
    problems: results.flatMap((r) => r.problems),
  };
}

/** The rule's tokens in one file; a pattern past its time budget is the file's problem. */
function tokensIn(text: string, rule: ReferenceRule, compiled: CompiledPattern): YamlTokens {
  try {
    return rule.yamlPath
      ? findYamlTokens(text, rule.yamlPath, compiled)
      : { tokens: findTokens(text, compiled) };
  } catch (err) {
    if (!(err instanceof PatternTimeoutError)) throw err;
    return { problem: { message: `pattern ${err.message}` } };
  }
}

function checkCount(
  result: RuleMatches,
  guard: boolean,
  files: string[],
  problem: (message: string, file?: string, line?: number) => void,
): void {
  const { rule } = result;
  const all = guard ? [...result.tokens, ...result.namespaced] : result.tokens;
  const where = (f: Found): string => (files.length > 1 ? `${f.file}:${f.line}` : `line ${f.line}`);
  const only = files.length === 1 ? files[0] : undefined;
  if (all.length === 0) {
    const ns = result.namespaced[0];
    const hint = ns
      ? `; ${where(ns)} names an image of namespace ${ns.namespace} (${ns.namespace}-${ns.version}), which a bump never rewrites`
      : `; a version is digits with optional .parts and a letter (23, 17a, 0.0.14)${rule.yamlPath ? ` at ${rule.yamlPath}` : ''}`;
    problem(`matched nothing${hint}`, ns?.file ?? only, ns?.line);
    return;
  }
  if (rule.expect === undefined || all.length === rule.expect) return;
  const sorted = [...all].sort((a, b) =>
    a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1,
  );
  const at = sorted[rule.expect] ?? sorted[0];
  problem(
    `matched ${all.length} times (${sorted.map(where).join(', ')}), expected exactly ${rule.expect}`,
    at?.file,
    at?.line,
  );
}

/** No text for a file that is not UTF-8 (writing it back would corrupt it) or cannot be read. */
interface FileText {
  text?: string;
  unreadable?: string;
}

async function readText(path: string): Promise<FileText> {
  try {
    const bytes = await readFile(path);
    return isUtf8(bytes) ? { text: bytes.toString('utf8') } : {};
  } catch (err) {
    return { unreadable: `cannot be read: ${(err as Error).message}` };
  }
}
