/**
 * JSON.parse keeps the last of two equal keys in one object and says nothing, so a record edited twice keeps
 * whichever value came last. This scans JSON text (already known to be valid) for objects that repeat a key
 * and returns where each repeat is: the path to the object (array indexes and keys) and the key.
 *
 *   duplicateJsonKeys('[{"id":"a","label":"x","label":"y"}]')  // [{ path: [0], key: 'label', line: 1 }]
 */
export interface DuplicateKey {
  /** Path from the root to the object holding the repeated key, e.g. `[3, 'period']`. */
  path: (string | number)[];
  key: string;
  /** 1-based line of the repeat. */
  line: number;
}

export function duplicateJsonKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  const value = (path: (string | number)[]): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      const keys = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const at = i;
        const key = string();
        if (keys.has(key)) found.push({ path, key, line: lineAt(at) });
        keys.add(key);
        ws();
        i++; // colon
        value([...path, key]);
        ws();
        if (i >= text.length || text[i++] === '}') return;
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, n]);
        ws();
        if (i >= text.length || text[i++] === ']') return;
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    while (i < text.length && !',]} \t\r\n'.includes(text[i]!)) i++; // number, true, false, null
  };
  value([]);
  return found;
}
