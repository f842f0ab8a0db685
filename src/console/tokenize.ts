/**
 * Split a command line into words the way a POSIX shell does for the commands the console knows:
 * whitespace separates, '…' is literal, "…" allows \" and \\, a backslash escapes one character outside
 * quotes. A leading `$ ` prompt (copied from a tutorial) is dropped. Never throws: an unterminated quote
 * is reported as `error` with the words read so far.
 */
export interface Tokens {
  words: string[];
  error?: string;
}

export function tokenize(line: string): Tokens {
  const words: string[] = [];
  let s = line.trim();
  if (s.startsWith('$ ') || s.startsWith('# ')) s = s.slice(2);
  else if (s === '$') s = '';
  let cur = '';
  let inWord = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) return { words: [...words, cur + s.slice(i + 1)], error: 'unterminated single quote' };
      cur += s.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < s.length) {
        const d = s[i];
        if (d === '\\' && (s[i + 1] === '"' || s[i + 1] === '\\' || s[i + 1] === '$')) {
          cur += s[i + 1];
          i += 2;
        } else if (d === '"') {
          closed = true;
          i++;
          break;
        } else {
          cur += d;
          i++;
        }
      }
      if (!closed) return { words: [...words, cur], error: 'unterminated double quote' };
    } else if (c === '\\') {
      if (i + 1 < s.length) cur += s[i + 1];
      i += 2;
    } else {
      cur += c;
      i++;
    }
  }
  if (inWord) words.push(cur);
  return { words };
}
