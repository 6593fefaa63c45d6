/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them. matchAll clones the
 * pattern on each call, and for the long cue alternations the clone costs more than the scan
 * itself (about 3 µs a sentence for the working copy's blanks); this walks the pattern in place.
 * The pattern's lastIndex is reset to 0 before and after, so it must not be reused inside the loop.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would repeat at the same place: step on, as matchAll does.
    if (match[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return matches;
}
