import { useEffect } from 'react';
import { navigate } from '../../app/router';
import { kcc } from '../../bridge';

/**
 * C4: kcc://customer/<nr> (parsed and checked by main) opens that customer. Mounted for the whole
 * app, so a link that arrives before sign-in sets the route the sign-in then returns to.
 */
export function DeepLinkListener() {
  useEffect(() => kcc.deepLinks.onLink((link) => navigate(`/customer/${link.customerNumber}`)), []);
  return null;
}
