import { ConfirmEmailChange, EmailChangeConfirmed, OneTimeRedeemed, OneTimeTokenParam } from '../customers';
import { IdParam } from '../common';
import {
  AccountRequestDetails,
  AccountRequestDetailsResponse,
  ConfirmAccount,
  ConfirmAccountResponse,
  StartAccountRequest,
  StartAccountRequestResponse,
  TenantSession,
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
    summary: 'Tenant sign-in, with the lockout; the session follows the portal settings (time-out, keep signed in)',
    tag: 'portal',
    access: 'public',
    body: TenantSignIn,
    response: TenantSignInResponse,
    status: 201,
  },
  'portal.session': {
    method: 'GET',
    path: '/portal/session',
    summary: "The tenant's own session (tenant bearer token); extends it like any use, 401 when expired or unknown",
    tag: 'portal',
    access: 'public',
    response: TenantSession,
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
  // Opening the link never uses it up (mail scanners and link previews open links): the page's button posts.
  'portal.redeemLinkGet': {
    method: 'GET',
    path: '/portal/one-time/:token',
    summary: 'Landing page of a one-time portal link (HTML with a button that posts to the same URL); does not redeem',
    tag: 'portal',
    access: 'public',
    params: OneTimeTokenParam,
    response: null,
    file: 'text/html',
  },
  'portal.redeemLink': {
    method: 'POST',
    path: '/portal/one-time/:token',
    summary:
      'Redeems a one-time portal link (once; 2 minutes) into a tenant session for the look-along time left; ' +
      'a browser form post gets an HTML page instead of JSON',
    tag: 'portal',
    access: 'public',
    params: OneTimeTokenParam,
    response: OneTimeRedeemed,
  },
});
