import { lstatSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isInside, realPath } from '../config/confine.js';
import { matchAllEach, PatternSkippedError, PatternTimeoutError, type MatchJob } from './budget.js';
import { FileTree, hasWildcard } from './glob.js';
import { requiredLiteral } from './literal.js';
import { compilePattern, PatternError, type CompiledPattern } from './pattern.js';
import type { ReferenceProblem } from './problem.js';
import { readOnce, UNSEARCHED, type FileSearch, type FileText } from './read-once.js';
import { lineCounter, tokensOf, type TokenMatch } from './rewrite.js';
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
  /** Files the rule's path named (each read once, however many rules name it). */
  files: number;
  /** Files a glob matched that are not UTF-8 text, so not searched (in path order). */
  notText: string[];
}

export interface Matched {
  rules: RuleMatches[];
  /** The text of every file a pattern was run on, by repository-relative path, as read. */
  texts: Map<string, string>;
  problems: ReferenceProblem[];
}

/** A rule on its way through the search. */
interface RuleState {
  rule: ReferenceRule;
  index: number;
  problems: ReferenceProblem[];
  /** A file could not be searched: its problem says more than a count over the others. */
  broken: boolean;
  /** Absent when the pattern does not compile or the path names no file. */
  search?: Search;
}

/** A rule's search: its files (inside the repository, in path order) and its regexes. */
interface Search extends FileSearch {
  strict: CompiledPattern;
  loose: CompiledPattern;
}

/** One regex run over one file's text. */
interface Job {
  state: RuleState;
  file: string;
  text: string;
}

/**
 * Finds every rule's references in the repository and checks the counts against `expect`.
 * Reads only. The tree is walked once for all the rules and each file read once; a glob
 * rule's regex skips the files without the text every match of it contains, and the
 * searches run together, in as few budgeted runs as the time budget allows (budget.ts).
 * `guard` also looks for namespaced images and counts them as matches (the guard reports
 * them); otherwise they only explain a rule that matched nothing. A file that is a symbolic
 * link counts as its target when that is inside the repository (so the bump edits the
 * target and the link stays a link); a link leading out is a problem, and its target is
 * never read.
 */
export async function matchRules(
  repoDir: string,
  rules: readonly ReferenceRule[],
  opts: { guard: boolean },
): Promise<Matched> {
  const tree = new FileTree(repoDir);
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

  /** A path's files, inside the repository, each once; rules with the same path share them. */
  const named = new Map<string, { files: string[]; outside: string[]; empty: boolean }>();
  const namedBy = (path: string): { files: string[]; outside: string[]; empty: boolean } => {
    let found = named.get(path);
    if (found) return found;
    const { paths, linked } = tree.glob(path);
    let files = paths;
    const outside: string[] = [];
    if (linked.size > 0) {
      // A link may lead to a file another path names too: each file once.
      const inside = new Set<string>();
      for (const p of paths) {
        const file = linked.has(p) ? target(p) : p;
        if (file === undefined) outside.push(p);
        else inside.add(file);
      }
      files = [...inside];
    }
    found = { files, outside, empty: paths.length === 0 };
    named.set(path, found);
    return found;
  };

  const states = rules.map((rule, index): RuleState => {
    const state: RuleState = { rule, index, problems: [], broken: false };
    const problem = problemOf(state);
    let strict: CompiledPattern;
    let loose: CompiledPattern;
    try {
      strict = compilePattern(rule.pattern, rule.flags);
      loose = compilePattern(rule.pattern, rule.flags, { namespaced: true });
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
      problem(`pattern ${err.message}`);
      return state;
    }
    const named = namedBy(rule.path);
    if (named.empty) {
      problem(hasWildcard(rule.path) ? 'matches no files' : notAFile(repoDir, rule.path));
      return state;
    }
    for (const path of named.outside) {
      problem(
        'is a symbolic link leading outside the repository; refusing to read or edit it',
        path,
      );
      state.broken = true;
    }
    const files = named.files;
    // A file named outright must be text, and a YAML rule reports a file it cannot parse:
    // those rules search every file they name.
    const literal =
      rule.yamlPath || !hasWildcard(rule.path)
        ? undefined
        : requiredLiteral(rule.pattern, rule.flags);
    state.search = {
      strict,
      loose,
      ...(literal === undefined ? {} : { literal: Buffer.from(literal) }),
      files,
    };
    return state;
  });

  const { read, searched } = readOnce(
    repoDir,
    states.flatMap((s) => (s.search ? [s.search] : [])),
  );

  // Every rule's search of every file at once; a YAML rule searches values, below.
  const strictJobs: Job[] = states.flatMap((state) =>
    state.search && !state.rule.yamlPath ? jobsOf(state, state.search.files, read, searched) : [],
  );
  const strictFound = runJobs(strictJobs, (s) => s.strict);

  const texts = new Map<string, string>();
  const lines = new Map<string, (offset: number) => number>();
  const lineOf = (file: string, text: string): ((offset: number) => number) => {
    let counter = lines.get(file);
    if (!counter) {
      counter = lineCounter(text);
      lines.set(file, counter);
    }
    return counter;
  };

  const results = states.map((state): RuleMatches => {
    const { rule, search } = state;
    const result: RuleMatches = { rule, tokens: [], namespaced: [], files: 0, notText: [] };
    if (!search) return result;
    const problem = problemOf(state);
    result.files = search.files.length;
    const clean: { file: string; text: string; strict: TokenMatch[] }[] = [];
    const outright = !hasWildcard(rule.path);
    const mine = searched.get(search);
    // Once the pattern is stopped on a file, the rule fails there and its other files are
    // not searched: a slow pattern costs one time budget, not one per file.
    let stoppedOn: string | undefined;
    let unsearched = 0;
    for (const file of search.files) {
      const got = read.get(file) ?? UNSEARCHED;
      if (got.unreadable !== undefined) {
        problem(got.unreadable, file);
        state.broken = true;
        continue;
      }
      // A glob may sweep up binaries; a file named outright must be text.
      if (got.binary && outright) {
        problem('is not UTF-8 text', file);
        state.broken = true;
        continue;
      }
      if (got.binary) result.notText.push(file);
      const text = got.text;
      if (text === undefined || !mine?.has(file)) continue;
      const matches = rule.yamlPath ? undefined : strictFound.get(key(state, file));
      if (matches instanceof PatternSkippedError || (rule.yamlPath && stoppedOn !== undefined)) {
        unsearched++;
        continue;
      }
      texts.set(file, text);
      const found = rule.yamlPath
        ? yamlTokens(text, rule.yamlPath, search.strict)
        : fromMatches(matches, () => lineOf(file, text));
      if (found.stopped) stoppedOn ??= file;
      if (found.problem) {
        problem(found.problem.message, file, found.problem.line);
        state.broken = true;
        continue;
      }
      result.tokens.push(...found.tokens.map((t) => ({ ...t, file })));
      clean.push({ file, text, strict: found.tokens });
    }
    if (stoppedOn !== undefined && unsearched > 0) {
      problem(
        `pattern was stopped past its time budget on ${stoppedOn}, so the rule's ${unsearched} other ${
          unsearched === 1 ? 'file was' : 'files were'
        } not searched; simplify the pattern`,
      );
    }
    // Namespaced images: every one for the guard; for a bump, only to explain a rule that
    // matched nothing. Not for a pattern already stopped once: it would be stopped again.
    if (stoppedOn === undefined && (opts.guard || result.tokens.length === 0)) {
      const looseFound = rule.yamlPath
        ? new Map<string, never>()
        : runJobs(
            clean.map(({ file, text }) => ({ state, file, text })),
            (s) => s.loose,
          );
      for (const { file, text, strict } of clean) {
        const others =
          (rule.yamlPath
            ? yamlTokens(text, rule.yamlPath, search.loose)
            : fromMatches(looseFound.get(key(state, file)), () => lineOf(file, text))
          ).tokens ?? [];
        result.namespaced.push(
          ...others
            .filter((t) => t.namespace && !strict.some((s) => s.start < t.end && t.start < s.end))
            .map((t) => ({ ...t, file })),
        );
      }
    }
    if (!state.broken) checkCount(result, opts.guard, search.files, problem);
    return result;
  });

  return { rules: results, texts, problems: states.flatMap((s) => s.problems) };
}

/** Why a path named outright (not a glob) names no file: missing, a folder, or not a file. */
function notAFile(repoDir: string, path: string): string {
  const full = join(repoDir, path);
  let own: Stats | undefined;
  let target: Stats | undefined;
  try {
    own = lstatSync(full, { throwIfNoEntry: false });
    target = own?.isSymbolicLink() ? statSync(full, { throwIfNoEntry: false }) : own;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOTDIR' ? 'file not found' : `cannot be read (${code ?? 'error'})`;
  }
  if (!own) return 'file not found';
  const is = own.isSymbolicLink() ? 'is a symbolic link to' : 'is';
  if (!target) return `${is} a missing file`;
  if (target.isDirectory()) {
    return `${is} a folder, not a file: name a file in it, or its files with a glob (${path.replace(/\/+$/, '')}/*)`;
  }
  const kind = target.isFIFO()
    ? 'a FIFO (named pipe)'
    : target.isSocket()
      ? 'a socket'
      : target.isCharacterDevice() || target.isBlockDevice()
        ? 'a device'
        : 'something other than a file';
  return `${is} ${kind}, not a regular file; a rule reads regular files only`;
}

function jobsOf(
  state: RuleState,
  files: string[],
  read: Map<string, FileText>,
  searched: Map<Search, Set<string>>,
): Job[] {
  const mine = state.search && searched.get(state.search);
  return files.flatMap((file) => {
    const text = read.get(file)?.text;
    return text !== undefined && mine?.has(file) ? [{ state, file, text }] : [];
  });
}

function key(state: RuleState, file: string): string {
  return `${state.index}\0${file}`;
}

/** The jobs' matches by key(), run together under the time budget. */
function runJobs(
  jobs: Job[],
  regexOf: (search: NonNullable<RuleState['search']>) => CompiledPattern,
): Map<string, RegExpMatchArray[] | PatternTimeoutError | PatternSkippedError> {
  const found = matchAllEach(
    jobs.map((j): MatchJob => {
      if (!j.state.search) throw new Error('internal: a job for a rule without a search');
      return { regex: regexOf(j.state.search).regex, text: j.text, group: j.state };
    }),
  );
  return new Map(jobs.map((j, i) => [key(j.state, j.file), found[i] ?? []]));
}

function problemOf(state: RuleState): (message: string, file?: string, line?: number) => void {
  const { rule } = state;
  return (message, file = rule.path, line) => {
    state.problems.push({
      rule: rule.name,
      file,
      ...(line ? { line } : {}),
      pattern: rule.pattern,
      message,
    });
  };
}

/** A search's tokens; a pattern past its time budget is the file's problem. */
function fromMatches(
  found: RegExpMatchArray[] | PatternTimeoutError | PatternSkippedError | undefined,
  lineOf: () => (offset: number) => number,
): YamlTokens & { stopped?: boolean } {
  if (found instanceof PatternTimeoutError) {
    return { problem: { message: `pattern ${found.message}` }, stopped: true };
  }
  if (found instanceof PatternSkippedError) return { problem: { message: found.message } };
  if (!found || found.length === 0) return { tokens: [] };
  return { tokens: tokensOf(found, { offset: 0, lineOf: lineOf() }) };
}

/** A YAML rule's tokens in one file; a pattern past its time budget is the file's problem. */
function yamlTokens(
  text: string,
  yamlPath: string,
  compiled: CompiledPattern,
): YamlTokens & { stopped?: boolean } {
  try {
    return findYamlTokens(text, yamlPath, compiled);
  } catch (err) {
    if (!(err instanceof PatternTimeoutError)) throw err;
    return { problem: { message: `pattern ${err.message}` }, stopped: true };
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
