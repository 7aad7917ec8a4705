import { describe, expect, it, vi } from 'vitest';
import { DeepLinkQueue, deepLinkFromArgv } from '../../../main/deepLinks/deepLinks';
import { LinkBuffer } from '../../../preload/linkBuffer';

describe('deepLinkFromArgv', () => {
  it('finds the link a second instance was started with (Windows/Linux)', () => {
    expect(deepLinkFromArgv(['C:\\Program Files\\KCC Desk\\KCC Desk.exe', '--allow-file-access-from-files', 'kcc://customer/HM-123456'])).toEqual({
      kind: 'customer',
      customerNumber: 'HM-123456',
    });
    expect(deepLinkFromArgv(['/usr/bin/electron', '/work/app', 'KCC://customer/hm-12345/'])).toEqual({ kind: 'customer', customerNumber: 'HM-12345' });
  });

  it('ignores argv without a (valid) link', () => {
    expect(deepLinkFromArgv(['/opt/KCC Desk/kcc-desk'])).toBeNull();
    expect(deepLinkFromArgv(['app', 'kcc://customer/HM-123456?x=<script>'])).toBeNull();
    expect(deepLinkFromArgv(['app', 'https://kcc//customer/HM-123456'])).toBeNull();
    expect(deepLinkFromArgv(['app', '--url=kcc://customer/HM-123456'])).toBeNull();
    expect(deepLinkFromArgv([])).toBeNull();
  });

  it('uses only the first kcc: argument', () => {
    expect(deepLinkFromArgv(['app', 'kcc://evil/x', 'kcc://customer/HM-123456'])).toBeNull();
  });
});

describe('DeepLinkQueue', () => {
  const link = (n: string) => ({ kind: 'customer' as const, customerNumber: `HM-${n}` });

  it('queues until the renderer is ready, then delivers in order and directly', () => {
    const queue = new DeepLinkQueue();
    queue.push(link('000001'));
    queue.push(link('000002'));
    const deliver = vi.fn();
    queue.ready(deliver);
    expect(deliver.mock.calls.map((c) => c[0].customerNumber)).toEqual(['HM-000001', 'HM-000002']);
    queue.push(link('000003'));
    expect(deliver).toHaveBeenCalledTimes(3);
  });

  it('queues again while the renderer reloads, and caps the backlog', () => {
    const queue = new DeepLinkQueue();
    const first = vi.fn();
    queue.ready(first);
    queue.notReady();
    for (let i = 0; i < 25; i++) queue.push(link(String(100000 + i)));
    expect(first).not.toHaveBeenCalled();
    const second = vi.fn();
    queue.ready(second);
    expect(second).toHaveBeenCalledTimes(10);
  });
});

describe('LinkBuffer (preload side)', () => {
  it('keeps links until the first subscriber and stops after unsubscribe', () => {
    const buffer = new LinkBuffer<string>();
    buffer.push('a');
    const listener = vi.fn();
    const unsubscribe = buffer.subscribe(listener);
    expect(listener).toHaveBeenCalledWith('a');
    buffer.push('b');
    unsubscribe();
    buffer.push('c');
    expect(listener.mock.calls.map((c) => c[0])).toEqual(['a', 'b']);
  });
});
