import { useCallback, useRef, useState } from 'react';
import { kcc } from '../../bridge';
import type { TestOutcome } from './ConnectionTestResult';
import { bridgeMessage } from './profileForm';

/** One connection test at a time; a newer test's answer replaces an older one's, whichever arrives last. */
export function useConnectionTest() {
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const latest = useRef(0);

  const run = useCallback(async (serverUrl: string) => {
    const ticket = ++latest.current;
    setTesting(true);
    setOutcome(null);
    let next: TestOutcome;
    try {
      next = { result: await kcc.profiles.test(serverUrl) };
    } catch (error) {
      next = { error: bridgeMessage(error) };
    }
    if (ticket !== latest.current) return;
    setOutcome(next);
    setTesting(false);
  }, []);

  const clear = useCallback(() => {
    latest.current += 1;
    setOutcome(null);
    setTesting(false);
  }, []);

  return { testing, outcome, run, clear };
}
