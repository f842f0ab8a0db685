/**
 * curl's URL slashes: `curl -ivk http://${INGRESS_IP}/path1/` with INGRESS_IP unset is `http:///path1/`, which
 * curl (lib/urlapi.c, 1–3 slashes after the scheme) reads as host `path1`; checked with curl 7.88:
 * "curl: (6) Could not resolve host: path1", exit 6.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { curlSlashes } from './curl';
import { engineTools } from './engine-tools';
import { parseCommandLine } from './parse';
import { runRequest } from './run';
import type { ConsoleSource } from './types';

const internet: ConsoleSource = { kind: 'client', name: 'internet' };

describe('curl URL slashes', () => {
  it.each([
    ['http:///path1/', 'http://path1/'], ['http:/web/', 'http://web/'], ['https:///x', 'https://x'],
    ['http://web/', 'http://web/'], ['web:8080/x', 'web:8080/x'], ['http:////x/', 'http:////x/'],
  ])('%s → %s', (url, want) => {
    expect(curlSlashes(url)).toBe(want);
  });

  it('an empty ${INGRESS_IP} makes path1 the host: "Could not resolve host: path1", exit 6', () => {
    const cmd = parseCommandLine('curl -ivk http:///path1/ -H "Host: sample.example.com"', internet);
    expect(cmd).toMatchObject({ kind: 'curl', host: 'path1', path: '/', url: 'http://path1/' });
    if (cmd.kind !== 'curl') throw new Error('not curl');
    const r = runRequest(cmd, simulate(''), engineTools);
    expect(r).toMatchObject({ output: '* Could not resolve host: path1\n* Closing connection\ncurl: (6) Could not resolve host: path1\n', exitCode: 6 });
  });
});
