import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PasswordInputError, promptHidden, readNewPassword, readPipedPassword, type PasswordInput } from '../../../server/cliPassword';

/** A terminal: raw-mode switch recorded, keystrokes delivered as 'data' chunks. */
class FakeTty extends EventEmitter implements PasswordInput {
  isTTY = true;
  raw: boolean[] = [];
  setRawMode(mode: boolean) {
    this.raw.push(mode);
    return this;
  }
  setEncoding() {
    return this;
  }
  resume() {
    return this;
  }
  pause() {
    return this;
  }
  /** Resolves once a prompt listens (the second prompt starts after the first one's promise settles). */
  async listening() {
    while (this.listenerCount('data') === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  type(...chunks: string[]) {
    for (const chunk of chunks) this.emit('data', chunk);
  }
  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    // A terminal is never read as a stream here.
  }
}

function output() {
  const written: string[] = [];
  return { written, write: (text: string) => written.push(text) };
}

describe('create-staff password input', () => {
  it('reads the first line of piped standard input', async () => {
    expect(await readPipedPassword(Readable.from(['Geheim!2026\n', 'tweede regel\n']))).toBe('Geheim!2026');
    expect(await readPipedPassword(Readable.from([Buffer.from('Win!2026x\r\n')]))).toBe('Win!2026x');
    expect(await readPipedPassword(Readable.from(['Zonder!Regeleinde1']))).toBe('Zonder!Regeleinde1');
    expect(await readPipedPassword(Readable.from([]))).toBe('');
  });

  it('prompts at a terminal in raw mode without echoing what is typed', async () => {
    const tty = new FakeTty();
    const out = output();
    const typed = promptHidden('Wachtwoord: ', tty, out);
    tty.type('Gehx', '\u007f', 'eim!2026', '\r');
    expect(await typed).toBe('Geheim!2026');
    expect(out.written.join('')).toBe('Wachtwoord: \n');
    expect(tty.raw).toEqual([true, false]);
  });

  it('asks twice at a terminal and refuses two different passwords', async () => {
    const tty = new FakeTty();
    const same = readNewPassword(tty, output());
    tty.type('Geheim!2026\r');
    await tty.listening();
    tty.type('Geheim!2026\r');
    expect(await same).toBe('Geheim!2026');

    const differ = readNewPassword(tty, output());
    tty.type('Geheim!2026\r');
    await tty.listening();
    tty.type('Anders!2026\r');
    await expect(differ).rejects.toThrow(PasswordInputError);
  });

  it('aborts on Ctrl-C and restores the terminal', async () => {
    const tty = new FakeTty();
    const typed = promptHidden('Wachtwoord: ', tty, output());
    tty.type('Geh\u0003');
    await expect(typed).rejects.toThrow(/Afgebroken/);
    expect(tty.raw).toEqual([true, false]);
  });
});
