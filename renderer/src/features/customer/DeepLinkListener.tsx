import { useEffect } from 'react';
import { navigate } from '../../app/router';
import { kcc } from '../../bridge';

/**
 * A kcc://customer/<nr> link (parsed and checked by main) opens that customer. Mounted for the whole
 * app, so a link that arrives before sign-in sets the route the sign-in then returns to.
 */
export function DeepLinkListener() {
  useEffect(() => kcc.deepLinks.onLink((link) => navigate(`/customer/${link.customerNumber}`)), []);
  return null;
}
