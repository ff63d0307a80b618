import { isUtf8 } from 'node:buffer';
import { resolve } from 'node:path';
import { FileReader } from './read.js';

/** Something that reads files: a rule's search. */
export interface FileSearch {
  /** Repository-relative, `/`-separated paths, as the walk gave them. */
  files: string[];
  /** Bytes every match contains: a file without them is not searched. */
  literal?: Buffer | undefined;
}

/** What reading a file gave. */
export interface FileText {
  /** Its text, when some search wants it. */
  text?: string;
  /** Read, and not UTF-8. */
  binary?: boolean;
  unreadable?: string;
}

/** A file read and not decoded: no search wants it (no literal of theirs is in it). */
export const UNSEARCHED: FileText = Object.freeze({});

/**
 * Reads each file the searches name once, however many name it. A file is decoded only when
 * a search wants it: one without a literal, or one whose literal it holds. `searched` says
 * which files each search wants.
 */
export function readOnce<S extends FileSearch>(
  repoDir: string,
  searches: readonly S[],
): { read: Map<string, FileText>; searched: Map<S, Set<string>> } {
  // The searches per file. Searches with the same list of files share one list of searches.
  const byFiles = new Map<string[], S[]>();
  for (const search of searches) {
    const group = byFiles.get(search.files);
    if (group) group.push(search);
    else byFiles.set(search.files, [search]);
  }
  const readers = new Map<string, S[]>();
  for (const [files, group] of byFiles) {
    for (const file of files) {
      const list = readers.get(file);
      readers.set(file, list ? [...list, ...group] : group);
    }
  }
  const reader = new FileReader();
  const root = resolve(repoDir);
  // Paths relative to the working directory when it is the repository (as in a workflow or a
  // checkout): the kernel walks fewer components per open, ~8% of the reads' time over 10,000
  // files.
  const prefix = root === process.cwd() ? '' : `${root}/`;
  const read = new Map<string, FileText>();
  const searched = new Map<S, Set<string>>();
  for (const [file, list] of readers) {
    // The walk gave the path: `/`-separated, no `.` or `..`, so no need to normalise it.
    const unreadable = reader.read(`${prefix}${file}`);
    if (unreadable !== undefined) {
      read.set(file, { unreadable });
      continue;
    }
    const bytes = reader.bytes();
    let wanting: S[] | undefined;
    for (const s of list) {
      if (s.literal === undefined || bytes.indexOf(s.literal) !== -1) (wanting ??= []).push(s);
    }
    if (!wanting) {
      read.set(file, UNSEARCHED);
      continue;
    }
    if (!isUtf8(bytes)) {
      read.set(file, { binary: true });
      continue;
    }
    read.set(file, { text: bytes.toString('utf8') });
    for (const s of wanting) {
      const set = searched.get(s);
      if (set) set.add(file);
      else searched.set(s, new Set([file]));
    }
  }
  return { read, searched };
}
