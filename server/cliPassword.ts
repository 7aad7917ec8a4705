/**
 * How `create-staff` gets a password without it ever being a command-line argument (those end up in
 * shell history and in every other user's process list): typed at a prompt that does not echo, or,
 * for scripts, the first line of standard input (`printf '%s\n' "$PW" | npm run portal -- create-staff …`).
 */

/** The slice of process.stdin this needs (a fake in tests). */
export interface PasswordInput extends AsyncIterable<string | Buffer> {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

export interface PasswordOutput {
  write(text: string): unknown;
}

export class PasswordInputError extends Error {}

/** The first line of a piped standard input (without its line ending). */
export async function readPipedPassword(input: AsyncIterable<string | Buffer>): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (text.includes('\n') || text.length > 10_000) break;
  }
  const line = text.split('\n')[0] ?? '';
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Reads one line from a terminal in raw mode, echoing nothing. Ctrl-C aborts. */
export function promptHidden(prompt: string, input: PasswordInput, output: PasswordOutput): Promise<string> {
  const setRawMode = input.setRawMode?.bind(input);
  if (!setRawMode) return Promise.reject(new PasswordInputError('De terminal kan de invoer niet verbergen.'));
  output.write(prompt);
  setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let chars: string[] = [];
    const finish = (result: () => void) => {
      input.off('data', onData);
      setRawMode(false);
      input.pause();
      output.write('\n');
      result();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(() => resolve(chars.join('')));
        if (ch === '\u0003') return finish(() => reject(new PasswordInputError('Afgebroken.')));
        if (ch === '\u007f' || ch === '\b') chars = chars.slice(0, -1);
        else if (ch >= ' ') chars.push(ch);
      }
    };
    input.on('data', onData);
  });
}

/**
 * The new staff member's password: at a terminal asked twice without echo (they must match),
 * otherwise the first line of standard input.
 */
export async function readNewPassword(input: PasswordInput, output: PasswordOutput): Promise<string> {
  if (!input.isTTY) return readPipedPassword(input);
  const first = await promptHidden('Wachtwoord: ', input, output);
  const again = await promptHidden('Wachtwoord (nogmaals): ', input, output);
  if (first !== again) throw new PasswordInputError('De wachtwoorden zijn niet gelijk.');
  return first;
}
