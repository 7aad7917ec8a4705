import { ConfirmEmailChange, EmailChangeConfirmed, OneTimeRedeemed, OneTimeTokenParam } from '../customers';
import { IdParam } from '../common';
import {
  AccountRequestDetails,
  AccountRequestDetailsResponse,
  ConfirmAccount,
  ConfirmAccountResponse,
  StartAccountRequest,
  StartAccountRequestResponse,
  TenantSignIn,
  TenantSignInResponse,
} from '../portal';
import { defineRoutes } from '../route';

/** What the resident portal calls (no staff session): self-registration, confirmation, sign-in, one-time links. */
export const portalRoutes = defineRoutes({
  'portal.startAccountRequest': {
    method: 'POST',
    path: '/portal/account-requests',
    summary: 'Registration step 1: customer number and activation code; a right pair gets the continuation secret',
    tag: 'portal',
    access: 'public',
    body: StartAccountRequest,
    response: StartAccountRequestResponse,
    status: 201,
  },
  'portal.accountDetails': {
    method: 'POST',
    path: '/portal/account-requests/:id/details',
    summary: 'Registration step 2: username, password and e-mail, with the continuation secret',
    tag: 'portal',
    access: 'public',
    params: IdParam,
    body: AccountRequestDetails,
    response: AccountRequestDetailsResponse,
  },
  'portal.confirmAccount': {
    method: 'POST',
    path: '/portal/account-confirmations',
    summary: 'The link in the confirmation mail',
    tag: 'portal',
    access: 'public',
    body: ConfirmAccount,
    response: ConfirmAccountResponse,
  },
  'portal.signIn': {
    method: 'POST',
    path: '/portal/sessions',
    summary: 'Tenant sign-in, with the lockout',
    tag: 'portal',
    access: 'public',
    body: TenantSignIn,
    response: TenantSignInResponse,
    status: 201,
  },
  'portal.confirmEmail': {
    method: 'POST',
    path: '/portal/email-confirmations',
    summary: 'The link in the e-mail change mail',
    tag: 'portal',
    access: 'public',
    body: ConfirmEmailChange,
    response: EmailChangeConfirmed,
  },
  'portal.redeemLinkGet': {
    method: 'GET',
    path: '/portal/one-time/:token',
    summary: 'Redeems a one-time portal link (once; 2 minutes)',
    tag: 'portal',
    access: 'public',
    params: OneTimeTokenParam,
    response: OneTimeRedeemed,
  },
  'portal.redeemLink': {
    method: 'POST',
    path: '/portal/one-time/:token',
    summary: 'Redeems a one-time portal link (once; 2 minutes)',
    tag: 'portal',
    access: 'public',
    params: OneTimeTokenParam,
    response: OneTimeRedeemed,
  },
});
