/**
 * The console's bash: reading lines (lex.ts), expansion (expand.ts) and running (session.ts). Expected texts
 * are what bash 5.2 prints for the same lines (`env -i bash --norc -c '…'`), unless a test says otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ConsoleResult, EngineRequest } from '../types';
import { lex } from './lex';
import { INITIAL_SHELL, leftOut, runCommand, type ShellHost, type ShellState } from './session';

describe('lex: commands and words', () => {
  const words = (input: string) => lex(`${input}\n`).commands.map((c) => c.words.map((w) => w.parts));

  it('quotes: single quotes are literal, double quotes keep $, a backslash quotes one character', () => {
    expect(words(`echo 'a $X' "b $Y" c\\ d`)).toEqual([[
      [{ kind: 'text', text: 'echo', quoted: false }],
      [{ kind: 'text', text: 'a $X', quoted: true }],
      [{ kind: 'text', text: 'b ', quoted: true }, { kind: 'param', name: 'Y', quoted: true }],
      [{ kind: 'text', text: 'c', quoted: false }, { kind: 'text', text: ' ', quoted: true }, { kind: 'text', text: 'd', quoted: false }],
    ]]);
  });

  it('a backslash at the end of a line continues the command on the next (the seed post\'s first command)', () => {
    const l = lex("$ INGRESS_IP=`kubectl get ingress sample-ingress \\\n-o jsonpath='{.status.loadBalancer.ingress[0].ip}'`\n");
    expect(l.incomplete).toBeUndefined();
    expect(l.commands).toHaveLength(1);
    expect(l.commands[0].text).toBe("$ INGRESS_IP=`kubectl get ingress sample-ingress \\\n-o jsonpath='{.status.loadBalancer.ingress[0].ip}'`");
    expect(l.commands[0].words[1].parts).toEqual([
      { kind: 'text', text: 'INGRESS_IP=', quoted: false },
      { kind: 'command', text: "kubectl get ingress sample-ingress \\\n-o jsonpath='{.status.loadBalancer.ingress[0].ip}'", quoted: false },
    ]);
  });

  it('a continuation inside a word joins the word (bash removes backslash-newline before splitting)', () => {
    expect(words('kube\\\nctl get\\\n svc')).toEqual([[[{ kind: 'text', text: 'kubectl', quoted: false }], [{ kind: 'text', text: 'get', quoted: false }], [{ kind: 'text', text: 'svc', quoted: false }]]]);
  });

  it.each([
    ['a trailing backslash', 'kubectl get ingress sample-ingress \\'],
    ['an open single quote', "echo 'open"],
    ['an open double quote', 'echo "open'],
    ['an open $(', 'X=$(kubectl get svc'],
    ['an open backquote', 'X=`kubectl get svc'],
    ['an open ${', 'echo ${X'],
  ])('%s waits for the next line (bash\'s "> " prompt)', (_name, input) => {
    expect(lex(`${input}\n`)).toEqual({ commands: [], incomplete: `${input}\n` });
  });

  it('one command per line; # starts a comment at the start of a word', () => {
    expect(lex('# 인그레스 리소스 확인\necho a#b # c\n\n').commands.map((c) => c.text)).toEqual(['echo a#b # c']);
    expect(words('echo a#b # c')[0]).toHaveLength(2);
  });

  it('pipes and redirections are refused with a reason, the other lines still run', () => {
    const l = lex('kubectl get svc | grep web\necho ok\n');
    expect(l.commands[0].error).toEqual({ message: "bash: `|': pipes, redirections, background jobs and subshells are not simulated here (;, && and || are)", exitCode: 2 });
    expect(l.commands[1].words).toHaveLength(2);
  });

  it('${} is a bad substitution (as bash says); other ${…} forms are not simulated', () => {
    expect(lex('echo ${}\n').commands[0].error).toEqual({ message: 'bash: ${}: bad substitution', exitCode: 1 });
    expect(lex('echo ${1a}\n').commands[0].error?.message).toBe('bash: ${1a}: bad substitution');
    expect(lex('echo ${X:-default}\n').commands[0].error?.message).toMatch(/^bash: \$\{X:-default\}: this form of parameter expansion is not simulated/);
  });

  it("$'…' reads ANSI-C escapes", () => {
    expect(words("echo $'a\\tb\\n'")[0][1]).toEqual([{ kind: 'text', text: 'a\tb\n', quoted: true }]);
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => {
      expect(() => lex(s)).not.toThrow();
    }), { numRuns: 2000, seed: 7 });
  });
});

/** A host that answers requests with fixed results and remembers them. */
function fakeHost(answer: (r: EngineRequest) => ConsoleResult = () => ({ output: '', exitCode: 0 })) {
  const requests: EngineRequest[] = [];
  const host: ShellHost = { source: { kind: 'client', name: 'internet' }, run: async (r) => (requests.push(r), answer(r)) };
  return { host, requests };
}

/** Run lines one after another, as typed into the console; the outputs, statuses and the final state. */
async function session(lines: string[], host: ShellHost, start: ShellState = INITIAL_SHELL) {
  let state = start;
  const outcomes = [];
  for (const l of lines) {
    const lexed = lex(`${l}\n`);
    for (const c of lexed.commands) {
      if (leftOut(c, state.status)) continue;
      const r = await runCommand(c, state, host);
      state = r.state;
      outcomes.push(r.outcome);
    }
  }
  return { outcomes, state, outputs: outcomes.map((o) => o.output), statuses: outcomes.map((o) => o.exitCode) };
}

describe('variables and expansion (bash 5.2)', () => {
  it('NAME=value, export NAME=value and NAME="quoted value" print nothing and exit 0', async () => {
    const { host } = fakeHost();
    const s = await session(['A=1', 'export B=two', 'C="a  b"', "D='$A'", 'echo $A $B $C "$C" $D ${#C}'], host);
    expect(s.outputs).toEqual(['', '', '', '', '1 two a b a  b $A 4\n']);
    expect(s.statuses).toEqual([0, 0, 0, 0, 0]);
    expect(s.state.vars).toEqual({ ...INITIAL_SHELL.vars, A: '1', B: 'two', C: 'a  b', D: '$A' });
  });

  it('an unset variable is empty, and an unquoted empty expansion is no word at all', async () => {
    const { host, requests } = fakeHost();
    const s = await session(['echo "[$NOPE]" [$NOPE]', 'kubectl get svc $NOPE', 'unset A', 'echo "[$A]"'], host, { vars: { A: 'x' }, status: 0 });
    expect(s.outputs[0]).toBe('[] []\n');
    expect(requests[0]).toMatchObject({ kind: 'kubectl.get', names: [] });
    expect(s.outputs[3]).toBe('[]\n');
  });

  it('unquoted expansions are split into words, quoted ones are not', async () => {
    const { host, requests } = fakeHost();
    await session(['NAMES="web  db"', 'kubectl get svc $NAMES', 'kubectl get svc "$NAMES"'], host);
    expect(requests.map((r) => (r.kind === 'kubectl.get' ? r.names : []))).toEqual([['web', 'db'], ['web  db']]);
  });

  it('$(…) and `…` give the command\'s standard output without its trailing newlines', async () => {
    const { host } = fakeHost(() => ({ output: '203.0.113.21\n\n', exitCode: 0 }));
    const s = await session(['A=$(kubectl get svc)', 'B=`kubectl get svc`', 'echo "$A|$B"'], host);
    expect(s.state.vars).toMatchObject({ A: '203.0.113.21', B: '203.0.113.21' });
    expect(s.outputs).toEqual(['', '', '203.0.113.21|203.0.113.21\n']);
  });

  it('what a substituted command writes to standard error shows on the terminal and is not kept; $? is its status', async () => {
    const { host } = fakeHost(() => ({ output: 'Error from server (NotFound): services "ghost" not found\n', stdout: '', exitCode: 1 }));
    const s = await session(['X=$(kubectl get svc ghost -o name)', 'echo "[$X] $?"'], host);
    expect(s.outputs).toEqual(['Error from server (NotFound): services "ghost" not found\n', '[] 1\n']);
    expect(s.statuses).toEqual([1, 0]);
  });

  it('$(…) sees the shell\'s variables', async () => {
    const { host } = fakeHost();
    const s = await session(['X=web', 'Y=$(echo "$X-0")', 'echo $Y'], host);
    expect(s.outputs[2]).toBe('web-0\n');
  });

  it('X=$(false) leaves $? at 1, X=$(true) at 0; an assignment inside $(…) does not last', async () => {
    const { host } = fakeHost();
    const s = await session(['X=$(false)', 'echo $?', 'X=$(true)', 'echo $?', 'Y=$(Z=1)', 'echo "[$Z]"'], host);
    expect(s.statuses.slice(0, 1)).toEqual([1]);
    expect(s.outputs).toEqual(['', '1\n', '', '0\n', '', '[]\n']);
  });

  it('a command\'s exit status is $? on the next line', async () => {
    const { host } = fakeHost(() => ({ output: 'curl: (6) Could not resolve host: nope\n', exitCode: 6 }));
    const s = await session(['curl http://nope/', 'echo $?'], host);
    expect(s.outputs[1]).toBe('6\n');
  });

  it('kubectl exec POD -- curl http://$X/ is expanded by the console\'s shell first; sh -c \'…$X…\' is not', async () => {
    const { host, requests } = fakeHost();
    await session(['X=10.96.0.50', 'kubectl exec db-0 -- curl http://$X/', "kubectl exec db-0 -- sh -c 'curl http://$X/'", 'kubectl exec db-0 -- sh -c "curl http://$X/"'], host);
    expect(requests.map((r) => (r.kind === 'curl' ? r.url : r.kind))).toEqual(['http://10.96.0.50/', 'http://$X/', 'http://10.96.0.50/']);
  });

  it('an engine command with expansions reports itself expanded and re-quoted (what a share link replays)', async () => {
    const { host } = fakeHost();
    const s = await session(['IP=203.0.113.21', 'curl -ivk http://${IP}/path1/ -H "Host: sample.example.com"', 'curl -v http://web/'], host);
    expect(s.outcomes[1].expanded).toBe("curl -ivk http://203.0.113.21/path1/ -H 'Host: sample.example.com'");
    expect(s.outcomes[2].expanded).toBeUndefined();
  });

  it('the expanded command reads back as the same words (round trip through the lexer)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 12 }), async (value) => {
      const { host, requests } = fakeHost();
      const s = await session([`V=${"'"}${value.replace(/'/g, "'\\''")}'`, 'kubectl get svc "$V" x'], host);
      const ran = requests[0];
      if (!ran || ran.kind !== 'kubectl.get' || value.includes('\n')) return;
      const again = lex(`${s.outcomes[1].expanded}\n`).commands[0].words.map((w) => w.parts.map((p) => (p.kind === 'text' ? p.text : '?')).join(''));
      expect(again).toEqual(['kubectl', 'get', 'svc', value, 'x']);
    }), { numRuns: 300, seed: 11 });
  });

  it('echo: -n, -e and words joined by one space', async () => {
    const { host } = fakeHost();
    const s = await session(['echo -n hi', 'echo -e "a\\tb\\c" x', 'echo -x  y'], host);
    expect(s.outputs).toEqual(['hi', 'a\tb', '-x y\n']);
  });

  it('export lists as declare -x; bad names are refused as bash refuses them', async () => {
    const { host } = fakeHost();
    const s = await session(["export Y='a\"b$c`d\\e'", 'export', 'export 1x', 'unset -v 1x', 'unset 1x'], host, { vars: {}, status: 0 });
    expect(s.outputs[1]).toBe('declare -x Y="a\\"b\\$c\\`d\\\\e"\n');
    expect(s.outputs.slice(2)).toEqual(["bash: export: `1x': not a valid identifier\n", "bash: unset: `1x': not a valid identifier\n", '']);
    expect(s.statuses.slice(2)).toEqual([1, 1, 0]);
  });

  it('a copied "$ " prompt is dropped; clear keeps the variables', async () => {
    const { host, requests } = fakeHost();
    const s = await session(['$ X=web', 'clear', '$ kubectl get svc $X'], host);
    expect(s.outcomes[1]).toMatchObject({ clear: true });
    expect(requests[0]).toMatchObject({ names: ['web'] });
  });

  it('unknown commands, help, and engine failures', async () => {
    const s = await session(['frobnicate', 'help'], fakeHost().host);
    expect(s.outcomes[0]).toMatchObject({ exitCode: 127, output: expect.stringContaining('frobnicate: command not found') });
    expect(s.outcomes[1].output).toContain('Commands');
    const failing: ShellHost = { source: { kind: 'client', name: 'internet' }, run: vi.fn(async () => { throw new Error('worker died'); }) };
    expect((await session(['X=$(dig web)', 'dig web'], failing)).outcomes.map((o) => o.exitCode)).toEqual([70, 70]);
  });

  it('never throws and always answers, whatever the line', async () => {
    const { host } = fakeHost(() => ({ output: 'x\n', exitCode: 0 }));
    const pieces = ['X=', '$X', '${X}', '$(', ')', '`', '"', "'", '\\', 'echo', 'export', 'unset', 'kubectl get svc', ' ', '\n', '$?', '#', '|', '${#X}', '$(echo $(echo a))'];
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), async (ps) => {
      const lexed = lex(`${ps.join('')}\n`);
      for (const c of lexed.commands) {
        const r = await runCommand(c, INITIAL_SHELL, host);
        expect(typeof r.outcome.output).toBe('string');
        expect(Number.isInteger(r.outcome.exitCode)).toBe(true);
      }
    }), { numRuns: 500, seed: 3 });
  });
});

describe('review fixes (each checked with bash 5.2)', () => {
  const partsOf = (input: string) => lex(`${input}\n`).commands.map((c) => c.words.map((w) => w.parts));

  it('backquotes inside double quotes turn \\" into " (bash: echo "`echo \\"hi\\"`" prints hi; unquoted `echo \\"hi\\"` prints "hi")', async () => {
    expect(partsOf('echo "`echo \\"hi\\"`"')[0][1]).toEqual([{ kind: 'command', text: 'echo "hi"', quoted: true }]);
    expect(partsOf('echo `echo \\"hi\\"`')[0][1]).toEqual([{ kind: 'command', text: 'echo \\"hi\\"', quoted: false }]);
    const s = await session(['echo "`echo \\"hi\\"`"', 'echo `echo \\"hi\\"`'], fakeHost().host);
    expect(s.outputs).toEqual(['hi\n', '"hi"\n']);
  });

  it('in backquotes \\\\ is one backslash (bash: echo `echo a\\\\\\\\b` prints a\\b)', () => {
    expect(partsOf('echo `echo a\\\\\\\\b`')[0][1]).toEqual([{ kind: 'command', text: 'echo a\\\\b', quoted: false }]);
  });

  it("$'…' is not special inside double quotes (bash: echo \"$'a'\" prints $'a')", async () => {
    const s = await session(['echo "$\'a\\tb\'"'], fakeHost().host);
    expect(s.outputs).toEqual(["$'a\\tb'\n"]);
  });

  it('input ending in a backslash (no newline after it) waits for more, as bash does at its "> " prompt', () => {
    expect(lex('echo a \\')).toEqual({ commands: [], incomplete: 'echo a \\' });
    expect(lex('echo a\\')).toEqual({ commands: [], incomplete: 'echo a\\' });
  });

  const refusal = "bash: `|': pipes, redirections, background jobs and subshells are not simulated here (;, && and || are)";
  it.each([
    // bash: `kubectl … | \` + `  jq …` is one command line; the refusal covers both physical lines.
    ['a \\-newline continuation', 'kubectl get pods -o json | \\\n  jq .items\necho after\n', 'kubectl get pods -o json | \\\n  jq .items'],
    // bash: an open " goes on to the next line (echo "a<newline>echo b" | cat prints both lines).
    ['an open double quote', 'kubectl get pods | grep "web\necho x"\necho after\n', 'kubectl get pods | grep "web\necho x"'],
    ["an open single quote, a line ending in |, a $( … ) over lines", "echo 'a\nb' |\ncat $(echo\n)\necho after\n", "echo 'a\nb' |\ncat $(echo\n)"],
    // bash: cat <<EOF | … reads the here-document up to the EOF line; <<-'E F' drops leading tabs.
    ['a here-document', 'cat <<EOF | kubectl apply -f -\nkind: Pod\nmetadata:\n  name: x\nEOF\necho after\n', 'cat <<EOF | kubectl apply -f -\nkind: Pod\nmetadata:\n  name: x\nEOF'],
    ["a <<-'WORD' here-document", "cat <<-'E F' | cat\n\tx\n\tE F\necho after\n", "cat <<-'E F' | cat\n\tx\n\tE F"],
    ['a ( … ) over lines', '(echo a\necho b) | cat\necho after\n', '(echo a\necho b) | cat'],
  ])('a refused line with %s is skipped whole, one refusal, and the next line still runs', (_name, input, text) => {
    const l = lex(input);
    expect(l.incomplete).toBeUndefined();
    expect(l.commands).toHaveLength(2);
    expect(l.commands[0]).toMatchObject({ text, words: [], error: { exitCode: 2 } });
    expect(l.commands[0].error?.message).toMatch(/^bash: `(\||\(|<<)'/);
    expect(l.commands[1].text).toBe('echo after');
  });

  it('a refused line whose quote or here-document is still open waits for more (bash\'s "> " prompt)', () => {
    for (const input of ['kubectl get pods | grep "web\n', 'cat <<EOF | kubectl apply -f -\nkind: Pod\n', 'kubectl get pods |\n', 'kubectl get pods | \\\n']) {
      expect(lex(input)).toEqual({ commands: [], incomplete: input });
    }
    expect(lex('kubectl get pods | grep web\n').commands[0].error?.message).toBe(refusal);
  });

  it('; && || run as bash runs them (bash: false && echo x; echo $? prints 1; true || echo x; echo $? prints 0)', async () => {
    const { host } = fakeHost();
    const s = await session(["X='a b'; echo $X", 'false && echo x; echo $?', 'true || echo x; echo $?', 'false || echo y && echo z', 'echo a;', 'echo b; # c', 'true &&\necho next'], host);
    expect(s.outputs).toEqual(['', 'a b\n', '', '1\n', '', '0\n', '', 'y\n', 'z\n', 'a\n', 'b\n', '', 'next\n']);
  });

  it('a line of several commands keeps the whole line on its first command', () => {
    const l = lex("X='a b'; echo $X && true\n");
    expect(l.commands.map((c) => [c.text, c.connector, c.list])).toEqual([["X='a b'", undefined, "X='a b'; echo $X && true"], ['echo $X', ';', undefined], ['true', '&&', undefined]]);
  });

  it.each([
    ['echo a;;', ';;'], ['echo a ;; echo b', ';;'], [';; echo', ';;'], ['; echo a', ';'], ['echo a; ;', ';'], ['&& echo', '&&'], ['echo a || || echo b', '||'],
  ])('%s is bash\'s syntax error near `%s\' (exit 2) and nothing of the line runs', (input, token) => {
    expect(lex(`${input}\necho after\n`).commands.map((c) => c.error ?? c.text)).toEqual([{ message: `bash: syntax error near unexpected token \`${token}'`, exitCode: 2 }, 'echo after']);
  });

  it('&& or || at the end of the input waits for the next command (bash\'s "> " prompt)', () => {
    expect(lex('echo a &&\n')).toEqual({ commands: [], incomplete: 'echo a &&\n' });
  });

  it('$( … ) runs its ; && || lists too (bash: echo $(false || echo b; echo c) prints b c)', async () => {
    const s = await session(['echo $(false || echo b; echo c)'], fakeHost().host);
    expect(s.outputs).toEqual(['b c\n']);
  });

  it('export lists only exported names (bash 5.2: A=1; export B=2; export C; export prints declare -x B="2" and declare -x C)', async () => {
    const s = await session(['A=1', 'export B=2', 'export C', 'export', 'export -p', 'export --', 'export -n B', 'export', 'echo $B', "export D=$'a\\tb\\\\c\\'d\\x01'", 'export -p'], fakeHost().host, { vars: {}, status: 0 });
    expect(s.outputs).toEqual(['', '', '', 'declare -x B="2"\ndeclare -x C\n', 'declare -x B="2"\ndeclare -x C\n', 'declare -x B="2"\ndeclare -x C\n', '', 'declare -x C\n', '2\n', '', "declare -x C\ndeclare -x D=$'a\\tb\\\\c\\'d\\001'\n"]);
    expect(s.statuses).toEqual(Array(11).fill(0));
  });

  it('export -f NAME is "not a function" (exit 1), a bad option is bash\'s usage (exit 2), unset drops the mark', async () => {
    const s = await session(['export -f x', 'export -z', 'export A=1', 'unset A', 'A=2', 'export', 'export -f', 'export -n 1y'], fakeHost().host, { vars: {}, status: 0 });
    expect(s.outputs).toEqual([
      'bash: export: x: not a function\n',
      'bash: export: -z: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n',
      '', '', '', '', '',
      "bash: export: `1y': not a valid identifier\n",
    ]);
    expect(s.statuses).toEqual([1, 2, 0, 0, 0, 0, 0, 1]);
  });

  it.each(['readonly X=1', 'printf "%s\\n" a', 'set -e', 'read X', 'source ./env', '. ./env', 'alias k=kubectl', 'for i in a b; do echo $i; done', 'while true; do :; done', 'if true; then :; fi', 'case x in x) :;; esac', 'function f', 'do', 'done', 'then', 'fi', '{ echo a; }', '$ for x in a; do :; done', '"printf" x'])(
    '%s says its builtin or reserved word is not simulated (bash runs it; it is not "command not found")', async (input) => {
      const s = await session([input], fakeHost().host);
      const name = input.replace(/^(?:\$ )?"?([^\s"]+).*$/, '$1');
      expect(s.outcomes[0]).toMatchObject({ exitCode: 2, output: `bash: ${name}: not simulated here; the console's shell runs echo, export, unset, true, false, : and the commands help lists\n` });
    });

  it('a quoted reserved word is no reserved word (bash: "for" is command not found); : is true', async () => {
    const s = await session(['"for" x', ':', 'false', ': x y'], fakeHost().host);
    expect(s.outcomes[0]).toMatchObject({ exitCode: 127, output: expect.stringContaining('for: command not found') });
    expect(s.statuses.slice(1)).toEqual([0, 1, 0]);
  });

  it('~ is HOME (/root) where bash expands it (HOME=/root bash: echo ~ ~/x ~root ~nobody1 ~"/x" "~" a~ X=~/a prints /root /root/x /root ~nobody1 ~/x ~ a~ X=/root/a)', async () => {
    const s = await session(['echo ~ ~/x ~root ~nobody1 ~"/x" "~" a~ X=~/a', 'X=~/a:~/b', 'echo $X', 'HOME=/home/u', 'echo ~'], fakeHost().host);
    expect(s.outputs).toEqual(['/root /root/x /root ~nobody1 ~/x ~ a~ X=/root/a\n', '', '/root/a:/root/b\n', '', '/home/u\n']);
  });

  it('the shell starts with a root shell\'s HOME, USER, PWD and PATH, exported', async () => {
    const s = await session(['echo $HOME $USER $PWD', 'export'], fakeHost().host);
    expect(s.outputs[0]).toBe('/root root /root\n');
    expect(s.outputs[1]).toBe('declare -x HOME="/root"\ndeclare -x PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\ndeclare -x PWD="/root"\ndeclare -x USER="root"\n');
  });

  it('X+=b appends (bash: Y=x; Y+=b; export Y+=c; Z+=q gives Y=xbc, Z=q)', async () => {
    const s = await session(['Y=x', 'Y+=b', 'export Y+=c', 'Z+=q', 'echo $Y $Z'], fakeHost().host, { vars: {}, status: 0 });
    expect(s.outputs).toEqual(['', '', '', '', 'xbc q\n']);
  });

  it('brace expansion is refused, not printed as it is (bash: echo {a,b} {1..3} prints a b 1 2 3; {x} and "{a,b}" stay)', async () => {
    const s = await session(['echo {a,b}', 'echo x{1..3}', 'echo {a,"b"}', 'export W={a,b}', 'echo {x} "{a,b}" \'{1..2}\' {a..}', 'V={a,b}', 'echo $V'], fakeHost().host);
    expect(s.outputs).toEqual([
      'bash: {a,b}: brace expansion is not simulated here; write the words out\n',
      'bash: x{1..3}: brace expansion is not simulated here; write the words out\n',
      'bash: {a,b}: brace expansion is not simulated here; write the words out\n',
      'bash: W={a,b}: brace expansion is not simulated here; write the words out\n',
      '{x} {a,b} {1..2} {a..}\n', '', '{a,b}\n',
    ]);
    expect(s.statuses.slice(0, 4)).toEqual([1, 1, 1, 1]);
  });

  it('word splitting by pieces gives bash\'s fields (runs of blank, tab, newline separate; none at the ends)', async () => {
    const { host, requests } = fakeHost();
    await fc.assert(fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', '\n'), maxLength: 30 }), async (value) => {
      requests.length = 0;
      await session(['kubectl get svc x$V"y"'], host, { vars: { V: value }, status: 0 });
      const expected = `x${value}`.split(/[ \t\n]+/);
      expected[expected.length - 1] += 'y';
      expect(requests[0]).toMatchObject({ names: expected.filter((f, i) => f !== '' || i === expected.length - 1) });
    }), { numRuns: 300, seed: 5 });
  });

  it('a value, a command\'s words or a substitution over 1 MB is refused as the simulator\'s limit (bash has none of its own)', async () => {
    const big = 'a'.repeat(1 << 19);
    const { host } = fakeHost(() => ({ output: 'x'.repeat((1 << 20) + 1), exitCode: 0 }));
    const s = await session([`X=${big}`, 'X+=$X', 'echo ${#X}', 'Y=$X$X$X', 'echo $X $X $X', 'Z=$(kubectl get svc)', 'echo "[$Y][$Z]"'], host, { vars: {}, status: 0 });
    expect(s.outputs).toEqual([
      '', '', `${1 << 20}\n`,
      "bash: Y: too large for this console (over 1 MB; the simulator's limit, not bash's)\n",
      "bash: echo: too large for this console (over 1 MB; the simulator's limit, not bash's)\n",
      "bash: $(kubectl get svc): too large for this console (over 1 MB; the simulator's limit, not bash's)\n",
      '[][]\n',
    ]);
    expect(s.statuses).toEqual([0, 0, 0, 1, 1, 1, 0]);
  });

  it('a quoted NAME= is no assignment (bash: "X=1" and X"=1" are X=1: command not found, exit 127)', async () => {
    const s = await session(['"X=1"', 'X"=1"', 'echo "[$X]"'], fakeHost().host, { vars: {}, status: 0 });
    expect(s.outcomes.slice(0, 2)).toMatchObject([{ exitCode: 127, output: expect.stringContaining('X=1: command not found') }, { exitCode: 127 }]);
    expect(s.outputs[2]).toBe('[]\n');
  });

  it.each([
    ['stdout named: the rest of the output is standard error', { output: 'warn\nout\n', stdout: 'out\n', exitCode: 0 }, 'warn\n', 'out'],
    ['no stdout, exit 0: all of it is standard output', { output: 'out\n', exitCode: 0 }, '', 'out'],
    ['no stdout, exit 1: all of it is standard error', { output: 'err\n', exitCode: 1 }, 'err\n', ''],
  ])('$(…) keeps an engine answer\'s standard output only (%s)', async (_name, answer, terminal, value) => {
    const s = await session(['X=$(kubectl get svc)', 'echo "[$X]"'], fakeHost(() => answer).host);
    expect(s.outputs).toEqual([terminal, `[${value}]\n`]);
  });

  it('$(…) nested deeper than 16 stops with a message instead of recursing on (the simulator\'s guard)', async () => {
    const nest = (n: number): string => (n === 0 ? 'echo deep' : `echo $(${nest(n - 1)})`);
    const s = await session([nest(16), nest(17)], fakeHost().host);
    expect(s.outputs[0]).toBe('deep\n');
    expect(s.outputs[1]).toBe('bash: command substitution nested too deeply\n\n');
  });

  it("$'\\u00e9' $'\\U0001F600' $'\\cA' $'\\ca' $'\\c?' $'\\uzz' $'\\U1' as bash 5.2 (UTF-8) reads them: é 😀 ^A ^A DEL \\uzz ^A éx and nothing past U+10FFFF", () => {
    const parts = partsOf("echo $'\\u00e9' $'\\U0001F600' $'\\cA' $'\\ca' $'\\c?' $'\\uzz' $'\\U1' $'\\u00e9x' $'\\UFFFFFFFF'")[0].slice(1);
    expect(parts.map((p) => (p[0].kind === 'text' ? p[0].text : '?'))).toEqual(['é', '😀', '\x01', '\x01', '\x7f', '\\uzz', '\x01', 'éx', '']);
  });

  it('${10} is empty, ${#?} is the length of $? (bash: false; echo ${10} ${#?} ${#0} prints 1 4; $10 is $1 then 0)', async () => {
    const s = await session(['false', 'echo ${10} ${#?} ${#0} $10'], fakeHost().host);
    expect(s.outputs[1]).toBe('1 4 0\n');
  });

  it('a loop or conditional over several lines is refused whole, its body not run (bash runs for … do … done as one command)', () => {
    const input = 'for i in a b; do\n  curl http://$i/\n  if true; then echo "done"; fi\ndone\necho after\n';
    expect(lex(input).commands.map((c) => c.error?.message ?? c.text)).toEqual([
      "bash: for: not simulated here; the console's shell runs echo, export, unset, true, false, : and the commands help lists",
      'echo after',
    ]);
    expect(lex('while true; do\n  echo x\n')).toEqual({ commands: [], incomplete: 'while true; do\n  echo x\n' });
    expect(lex('kubectl get pods | while read p; do\necho $p\ndone\necho after\n').commands.map((c) => c.text)).toEqual(['kubectl get pods | while read p; do\necho $p\ndone', 'echo after']);
    // Reserved only where a command starts: echo for done, X=1 for are words.
    expect(lex('echo for done; echo ${X:-a} for x\necho after\n').commands.map((c) => c.text)).toEqual(['echo for done; echo ${X:-a} for x', 'echo after']);
  });
});
