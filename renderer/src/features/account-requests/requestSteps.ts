import type { AccountRequest } from '../../../../shared/api/accounts';
import type { MessageKey } from '../../i18n';

export type StepState = 'done' | 'stopped' | 'notReached';

export interface RequestStep {
  key: 'customerNumberEntered' | 'identified' | 'detailsFilled' | 'emailSent';
  label: MessageKey;
  at: string | null;
  state: StepState;
}

const order = [
  { key: 'customerNumberEntered', label: 'accountRequests.step.customerNumberEntered', field: 'customerNumberEnteredAt' },
  { key: 'identified', label: 'accountRequests.step.identified', field: 'identifiedAt' },
  { key: 'detailsFilled', label: 'accountRequests.step.detailsFilled', field: 'detailsFilledAt' },
  { key: 'emailSent', label: 'accountRequests.step.emailSent', field: 'emailSentAt' },
] as const;

/**
 * The four steps of a request (customer number entered, identified, details filled in, e-mail sent) with their times: green ticks up to the last step reached, a red cross at the
 * first step that did not happen (where the request stopped), the ones after it not reached.
 */
export function requestSteps(request: AccountRequest): RequestStep[] {
  let stopped = false;
  return order.map((s) => {
    const at = request[s.field];
    let state: StepState;
    if (stopped) state = 'notReached';
    else if (at) state = 'done';
    else {
      state = 'stopped';
      stopped = true;
    }
    return { key: s.key, label: s.label, at, state };
  });
}
