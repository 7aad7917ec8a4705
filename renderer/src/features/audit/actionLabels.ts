import type { Language } from '../../i18n/translate';

/**
 * Every audit action in words, per language: the log stores codes (account.block), people read sentences.
 * A code missing here shows as itself; a unit test requires every action of the route table and of the
 * server's own entries (sign-in, views, redeemed links) to be listed.
 */
const labels: Record<string, { nl: string; en: string }> = {
  'account.activate': { nl: 'Account geactiveerd', en: 'Account activated' },
  'account.block': { nl: 'Account geblokkeerd', en: 'Account blocked' },
  'account.create': { nl: 'Account aangemaakt', en: 'Account created' },
  'account.delete': { nl: 'Account verwijderd', en: 'Account deleted' },
  'account.erp_sync': { nl: 'Account met ERP gesynchroniseerd', en: 'Account synchronised with the ERP' },
  'account.resend_activation': { nl: 'Activatiemail opnieuw verstuurd', en: 'Activation e-mail sent again' },
  'account.unblock': { nl: 'Account gedeblokkeerd', en: 'Account unblocked' },
  'account.update': { nl: 'Account gewijzigd', en: 'Account changed' },
  'account_request.delete': { nl: 'Accountaanvraag verwijderd', en: 'Account request deleted' },
  'account_request.resend_activation': { nl: 'Activatiemail van aanvraag opnieuw verstuurd', en: 'Activation e-mail of a request sent again' },
  'activation_letters.download': { nl: 'Activatiebrieven gedownload', en: 'Activation letters downloaded' },
  'activation_letters.generate': { nl: 'Activatiebrieven aangemaakt', en: 'Activation letters generated' },
  'audit.export': { nl: 'Auditlogboek geëxporteerd', en: 'Audit log exported' },
  'customer.activation_code.regenerate': { nl: 'Nieuwe activeringscode aangemaakt', en: 'New activation code generated' },
  'customer.activation_code.view': { nl: 'Activeringscode bekeken', en: 'Activation code viewed' },
  'customer.activation_letter.print': { nl: 'Activatiebrief afgedrukt', en: 'Activation letter printed' },
  'customer.activation_letter.request': { nl: 'Activatiebrief aangevraagd', en: 'Activation letter requested' },
  'customer.correspondence_address.update': { nl: 'Correspondentieadres gewijzigd', en: 'Correspondence address changed' },
  'customer.email.change_requested': { nl: 'Wijziging e-mailadres aangevraagd', en: 'E-mail address change requested' },
  'customer.person.create': { nl: 'Persoon toegevoegd', en: 'Person added' },
  'customer.person.delete': { nl: 'Persoon verwijderd', en: 'Person removed' },
  'customer.person.update': { nl: 'Persoon gewijzigd', en: 'Person changed' },
  'customer.phone.update': { nl: 'Telefoonnummer gewijzigd', en: 'Phone number changed' },
  'customer.portal_link.create': { nl: 'Portaallink aangemaakt', en: 'Portal link created' },
  'customer.portal_link.redeem': { nl: 'Portaallink gebruikt', en: 'Portal link used' },
  'customer.view': { nl: 'Klantgegevens ingezien', en: 'Customer data viewed' },
  'iban_change.approve': { nl: 'IBAN-wijziging goedgekeurd', en: 'IBAN change approved' },
  'iban_change.create': { nl: 'IBAN-wijziging ingevoerd', en: 'IBAN change entered' },
  'iban_change.reject': { nl: 'IBAN-wijziging afgewezen', en: 'IBAN change rejected' },
  'customer_group.create': { nl: 'Klantgroep aangemaakt', en: 'Customer group created' },
  'customer_group.delete': { nl: 'Klantgroep verwijderd', en: 'Customer group deleted' },
  'customer_group.update': { nl: 'Klantgroep gewijzigd', en: 'Customer group changed' },
  'import.commit': { nl: 'Klanten geïmporteerd', en: 'Customers imported' },
  'import.plan': { nl: 'Import voorbereid (kolommen, rijen, groep)', en: 'Import prepared (columns, rows, group)' },
  'import.upload': { nl: 'Importbestand geladen', en: 'Import file uploaded' },
  'job.cancel': { nl: 'Bulkopdracht gestopt', en: 'Bulk job stopped' },
  'job.item.account': { nl: 'Account aangemaakt (bulk)', en: 'Account created (bulk)' },
  'job.item.activation_code': { nl: 'Nieuwe activeringscode (bulk)', en: 'New activation code (bulk)' },
  'job.start': { nl: 'Bulkopdracht gestart', en: 'Bulk job started' },
  'ip_range.create': { nl: 'IP-bereik toegevoegd', en: 'IP range added' },
  'ip_range.delete': { nl: 'IP-bereik verwijderd', en: 'IP range deleted' },
  'ip_range.update': { nl: 'IP-bereik gewijzigd', en: 'IP range changed' },
  'kb.question.create': { nl: 'Klantvraag toegevoegd', en: 'Customer question added' },
  'kb.question.delete': { nl: 'Klantvraag verwijderd', en: 'Customer question deleted' },
  'kb.question.move': { nl: 'Klantvraag verplaatst', en: 'Customer question moved' },
  'kb.question.update': { nl: 'Klantvraag gewijzigd', en: 'Customer question changed' },
  'kb.topic.create': { nl: 'Kennisbankonderwerp toegevoegd', en: 'Knowledge-base topic added' },
  'kb.topic.delete': { nl: 'Kennisbankonderwerp verwijderd', en: 'Knowledge-base topic deleted' },
  'kb.topic.move': { nl: 'Kennisbankonderwerp verplaatst', en: 'Knowledge-base topic moved' },
  'kb.topic.update': { nl: 'Kennisbankonderwerp gewijzigd', en: 'Knowledge-base topic changed' },
  'email_template.preview': { nl: 'Voorbeeld van e-mailsjabloon bekeken', en: 'E-mail template preview viewed' },
  'email_template.test': { nl: 'Testmail van e-mailsjabloon verstuurd', en: 'E-mail template test mail sent' },
  'email_template.update': { nl: 'E-mailsjabloon gewijzigd', en: 'E-mail template changed' },
  'label.export': { nl: 'Flexibele labels geëxporteerd', en: 'Flexible labels exported' },
  'label.import': { nl: 'Flexibele labels geïmporteerd', en: 'Flexible labels imported' },
  'label.reset': { nl: 'Label naar standaardtekst hersteld', en: 'Label restored to its default' },
  'label.update': { nl: 'Label gewijzigd', en: 'Label changed' },
  'look_along.end': { nl: 'Meekijken beëindigd', en: 'Look-along ended' },
  'look_along.start': { nl: 'Meekijken gestart', en: 'Look-along started' },
  'partner.approve': { nl: 'Partner goedgekeurd', en: 'Partner approved' },
  'partner.reject': { nl: 'Partner afgewezen', en: 'Partner rejected' },
  'partner.update': { nl: 'Partnergegevens gewijzigd', en: 'Partner details changed' },
  'settings.update': { nl: 'Instellingen gewijzigd', en: 'Settings changed' },
  'staff.sign_in': { nl: 'Medewerker aangemeld', en: 'Staff member signed in' },
  'staff.sign_in_failed': { nl: 'Aanmelden mislukt', en: 'Sign-in failed' },
  'staff.sign_out': { nl: 'Medewerker afgemeld', en: 'Staff member signed out' },
  'weborder.create': { nl: 'Weborder aangemaakt', en: 'Weborder created' },
  'weborder.export': { nl: 'Weborders geëxporteerd', en: 'Weborders exported' },
  'weborder.transition': { nl: 'Weborderstatus gewijzigd', en: 'Weborder status changed' },
  'weborder_request.create': { nl: 'Weborderverzoek vastgelegd', en: 'Weborder request recorded' },
  'theme.update': { nl: 'Huisstijl van het portaal opgeslagen', en: 'Portal look saved' },
  'theme.compile': { nl: 'Stylesheet van het portaal gecompileerd', en: 'Portal stylesheet compiled' },
  'theme.preview': { nl: 'Voorbeeld-stylesheet gecompileerd', en: 'Preview stylesheet compiled' },
  'theme.asset_upload': { nl: 'Plaatje van het portaal opgeslagen', en: 'Portal image uploaded' },
  'theme.asset_remove': { nl: 'Plaatje van het portaal verwijderd', en: 'Portal image removed' },
  'theme.restore': { nl: 'Eerder stylesheet hersteld', en: 'Earlier stylesheet restored' },
  'functionality.update': { nl: 'Functionaliteit aan- of uitgezet', en: 'Functionality turned on or off' },
  'functionality.options_update': { nl: 'Instellingen functionaliteiten gewijzigd', en: 'Functionality options changed' },
  'portal_role.update': { nl: 'Rol in portaal gewijzigd', en: 'Portal role changed' },
};

/** Groups for the filter: the start of a code ("account.") matches every action of that group. */
const groups: Record<string, { nl: string; en: string }> = {
  account: { nl: 'Accounts', en: 'Accounts' },
  account_request: { nl: 'Accountaanvragen', en: 'Account requests' },
  activation_letters: { nl: 'Activatiebrieven (bulk)', en: 'Activation letters (bulk)' },
  audit: { nl: 'Auditlogboek', en: 'Audit log' },
  customer: { nl: 'Klanten', en: 'Customers' },
  iban_change: { nl: 'IBAN-wijzigingen', en: 'IBAN changes' },
  customer_group: { nl: 'Klantgroepen', en: 'Customer groups' },
  import: { nl: 'Importeren', en: 'Import' },
  job: { nl: 'Bulkopdrachten', en: 'Bulk jobs' },
  ip_range: { nl: 'IP-bereiken', en: 'IP ranges' },
  kb: { nl: 'Kennisbank', en: 'Knowledge base' },
  email_template: { nl: 'E-mailsjablonen', en: 'E-mail templates' },
  label: { nl: 'Flexibele labels', en: 'Flexible labels' },
  look_along: { nl: 'Meekijken', en: 'Look-along' },
  partner: { nl: 'Partners', en: 'Partners' },
  settings: { nl: 'Instellingen', en: 'Settings' },
  staff: { nl: 'Aanmelden en afmelden', en: 'Signing in and out' },
  weborder: { nl: 'Weborders', en: 'Weborders' },
  weborder_request: { nl: 'Weborderverzoeken', en: 'Weborder requests' },
  theme: { nl: 'Flexibele GUI', en: 'Flexible GUI' },
  functionality: { nl: 'Functionaliteiten', en: 'Functionalities' },
  portal_role: { nl: 'Rollen in het portaal', en: 'Portal roles' },
};

/** The action in words in the UI language; an unknown code shows as itself. */
export function actionLabel(action: string, language: Language): string {
  return labels[action]?.[language] ?? action;
}

/** Whether an action has words of its own (for tests). */
export function hasActionLabel(action: string): boolean {
  return action in labels;
}

export interface ActionGroup {
  /** The filter value that selects the whole group (a code prefix). */
  prefix: string;
  label: string;
  actions: { value: string; label: string }[];
}

/** Every known action, by group and in words, sorted for a select list. */
export function actionGroups(language: Language): ActionGroup[] {
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, language);
  return Object.entries(groups)
    .map(([key, g]) => ({
      prefix: `${key}.`,
      label: g[language],
      actions: Object.keys(labels)
        .filter((code) => code.slice(0, code.indexOf('.')) === key)
        .map((code) => ({ value: code, label: actionLabel(code, language) }))
        .sort(byLabel),
    }))
    .sort(byLabel);
}
