/**
 * The tenant portal's functions (seed 001 §4.1, tab "Functionaliteiten"), as a tree: some are whole menu items,
 * others a part of one. Turning a parent off turns off everything under it. The keys are the contract between
 * the functionalities screen (D4), the portal (`GET /portal/functionalities`) and customer groups' rights (H2).
 */
export interface PortalFunction {
  key: string;
  /** The ERP's name for the switch (Dutch) and an English one. */
  name: { nl: string; en: string };
  /** The portal menu item it stands for, where it is a whole menu item (names as in the demo portal). */
  menu?: { nl: string; en: string };
  children?: readonly PortalFunction[];
}

export const portalFunctions: readonly PortalFunction[] = [
  {
    key: 'household',
    name: { nl: 'Gegevens huishouden', en: 'Household details' },
    menu: { nl: 'Gegevens', en: 'Details' },
    children: [{ key: 'changePassword', name: { nl: 'Wachtwoord wijzigen', en: 'Change password' } }],
  },
  {
    key: 'contract',
    name: { nl: 'Contractgegevens', en: 'Contract details' },
    menu: { nl: 'Woning', en: 'Home' },
    children: [
      { key: 'propertyDetails', name: { nl: 'Woningdetails', en: 'Property details' } },
      { key: 'changePaymentMethod', name: { nl: 'Betaalwijze aanpassen', en: 'Change payment method' } },
      { key: 'terminateContract', name: { nl: 'Huur opzeggen', en: 'Terminate the lease' } },
      { key: 'propertyValuation', name: { nl: 'Woningwaardering', en: 'Property valuation' } },
      { key: 'plannedMaintenance', name: { nl: 'Gepland onderhoud', en: 'Planned maintenance' } },
      { key: 'contractDocuments', name: { nl: 'Contractdocumenten', en: 'Contract documents' } },
    ],
  },
  {
    key: 'repairs',
    name: { nl: 'Overzicht reparaties', en: 'Repairs overview' },
    menu: { nl: 'Onderhoud', en: 'Maintenance' },
    children: [{ key: 'newRepairRequest', name: { nl: 'Onderhoudsverzoeken', en: 'Repair requests' } }],
  },
  {
    key: 'finance',
    name: { nl: 'Saldo inzien', en: 'View balance' },
    menu: { nl: 'Financiën', en: 'Finance' },
    children: [
      { key: 'onlinePayment', name: { nl: 'Online betalen', en: 'Pay online' } },
      { key: 'payments', name: { nl: 'Betalingen', en: 'Payments' } },
      { key: 'paymentArrangements', name: { nl: 'Betalingsregelingen', en: 'Payment arrangements' } },
    ],
  },
  {
    key: 'timeline',
    name: { nl: 'Acties/Interactielogposten', en: 'Actions/interaction log' },
    menu: { nl: 'Tijdlijn', en: 'Timeline' },
  },
  { key: 'otherActions', name: { nl: 'Overige acties', en: 'Other actions' }, menu: { nl: 'Acties', en: 'Actions' } },
  {
    key: 'documents',
    name: { nl: 'DMS-dossier inzien', en: 'Document file' },
    menu: { nl: 'Correspondentie', en: 'Correspondence' },
  },
  { key: 'questions', name: { nl: 'Vragen? (kennisbank)', en: 'Questions? (knowledge base)' }, menu: { nl: 'Vragen?', en: 'Questions?' } },
  { key: 'contact', name: { nl: 'Contact', en: 'Contact' } },
  { key: 'news', name: { nl: 'Nieuws', en: 'News' }, menu: { nl: 'Nieuws', en: 'News' } },
];

/** "Direct regelen top 5" on the portal's home page, in this order; an item that is off is left out. */
export const homeTop5Keys = ['repairs', 'household', 'finance', 'terminateContract', 'otherActions'] as const;

export type PortalFunctionKey = string;

/** Every key with its parent (null at the top), depth first in catalogue order. */
export function flattenPortalFunctions(): { key: string; parent: string | null; fn: PortalFunction }[] {
  const out: { key: string; parent: string | null; fn: PortalFunction }[] = [];
  const walk = (list: readonly PortalFunction[], parent: string | null) => {
    for (const fn of list) {
      out.push({ key: fn.key, parent, fn });
      if (fn.children) walk(fn.children, fn.key);
    }
  };
  walk(portalFunctions, null);
  return out;
}

export const portalFunctionKeys: readonly string[] = flattenPortalFunctions().map((f) => f.key);

/** Whether a function is effectively on: it and every parent enabled (a missing entry counts as on). */
export function isEffective(key: string, enabled: Readonly<Record<string, boolean>>): boolean {
  const parents = new Map(flattenPortalFunctions().map((f) => [f.key, f.parent]));
  for (let k: string | null | undefined = key; k; k = parents.get(k)) {
    if (enabled[k] === false) return false;
  }
  return parents.has(key);
}
