import { nlMessages as networkNL } from '../features/network/messages';
import { nlMessages as knowledgeBaseNL } from '../features/knowledge-base/messages';
import { nlMessages as auditNL } from '../features/audit/messages';
import { nlMessages as customerNL } from '../features/customer/messages';
import { nlMessages as accountsNL } from '../features/accounts/messages';
import { nlMessages as accountRequestsNL } from '../features/account-requests/messages';
import { nlMessages as profilesNL } from '../features/profiles/messages';
import { nlMessages as ibanNL } from '../features/iban/messages';
import { nlMessages as attentionNL } from '../features/attention/messages';
import { nlMessages as webordersNL } from '../features/weborders/messages';
import { nlMessages as weborderRequestsNL } from '../features/weborder-requests/messages';
import { nlMessages as partnersNL } from '../features/partners/messages';
import { nlMessages as financeNL } from '../features/finance/messages';
import { nlMessages as importNL } from '../features/import/messages';
import { nlMessages as groupsNL } from '../features/groups/messages';
import { nlMessages as jobsNL } from '../features/jobs/messages';
import { nlMessages as labelsNL } from '../features/labels/messages';
import { nlMessages as templatesNL } from '../features/email-templates/messages';
import { nlMessages as outboxNL } from '../features/outbox/messages';
import { nlMessages as themeNL } from '../features/theme/messages';
import { nlMessages as functionalitiesNL } from '../features/functionalities/messages';

/** Dutch: the default language and the source of the message keys (en.ts must have every key). */
export const nl = {
  'app.name': 'KCC Desk',
  'app.tagline': 'Backoffice klantportaal',
  'common.loading': 'Laden…',
  'common.retry': 'Opnieuw proberen',
  'common.close': 'Sluiten',
  'common.cancel': 'Annuleren',
  'common.busy': 'Bezig…',
  'common.searching': 'Zoeken…',
  'common.failed': 'Het is niet gelukt: {message}',

  'form.required': 'Dit veld is verplicht',
  'form.invalid': 'Controleer de gemarkeerde velden.',
  'form.stale': 'Iemand anders heeft dit intussen gewijzigd. Uw invoer is bewaard; laad de actuele gegevens om verder te gaan.',
  'form.reload': 'Opnieuw laden',
  'form.gone': 'Dit bestaat niet meer: iemand anders heeft het intussen verwijderd.',
  'form.network': 'De portaalserver is niet bereikbaar. Uw invoer is bewaard; probeer het opnieuw zodra de verbinding terug is.',
  'form.unavailable': 'De database is even niet bereikbaar; er is niets opgeslagen. Uw invoer is bewaard; probeer het opnieuw zodra de melding bovenaan weg is.',

  'lang.switchTo': 'English',
  'lang.switchLabel': 'Switch to English',
  'lang.current': 'Taal: Nederlands',

  'role.kcc': 'KCC-medewerker',
  'role.kcc-admin': 'KCC-medewerker (beheerder)',
  'role.admin': 'Beheerder',
  'role.helpdesk': 'Helpdesk',

  'nav.label': 'Hoofdnavigatie',
  'nav.customers': 'Klanten',
  'nav.accounts': 'Accounts',
  'nav.accountRequests': 'Accountaanvragen',
  'nav.weborders': 'Weborders',
  'nav.iban': 'IBAN-wijzigingen',
  'nav.knowledgeBase': 'Kennisbank',
  'nav.labels': 'Flexibele labels',
  'nav.theme': 'Flexibele GUI',
  'nav.settings': 'Instellingen',
  'nav.network': 'Netwerk',
  'nav.audit': 'Audit',
  'nav.attention': 'Aandacht',
  'nav.weborderRequests': 'Weborderverzoeken',
  'nav.partners': 'Partners',
  'nav.finance': 'Financiën',
  'nav.emailTemplates': 'E-mailsjablonen',
  'nav.outbox': 'Uitgaande e-mail',
  'nav.functionalities': 'Functionaliteiten',
  'nav.import': 'Importeren',
  'nav.groups': 'Klantgroepen',
  'nav.jobs': 'Bulkacties',
  'nav.group.start': 'Start',
  'nav.group.kcc': 'Klantcontact',
  'nav.group.helpdesk': 'Helpdesk',
  'nav.group.admin': 'Beheer',

  'shell.signOut': 'Afmelden',
  'shell.account': 'Aangemeld als {name}',
  'shell.noAreas': 'Uw account heeft geen rol met toegang tot een onderdeel van KCC Desk. Neem contact op met een beheerder.',
  'shell.notAllowed': 'U hebt geen toegang tot dit onderdeel.',
  'shell.notFound': 'Deze pagina bestaat niet.',
  'shell.forbidden': 'U hebt geen rechten voor deze actie.',
  'shell.areaFailed': 'Dit onderdeel kon niet worden geladen.',

  'placeholder.badge': 'In ontwikkeling',
  'placeholder.intro': 'Dit onderdeel is nog niet gebouwd. Straks vindt u hier:',
  'area.customers.plan': 'Klanten zoeken op klantnummer, naam, adres of postcode, en meekijken met de klant: het klantbeeld zoals de huurder het in het portaal ziet, met contracten, financiën, reparaties en tijdlijn.',
  'area.accounts.plan': 'Portaalaccounts zoeken (klantnummer, e-mail, gebruikersnaam) met filters voor niet bevestigd, automatisch en handmatig geblokkeerd; details bekijken, blokkeren, deblokkeren, activeren, wijzigen, verwijderen en naar het ERP versturen.',
  'area.accountRequests.plan': 'Accountaanvragen met elke stap en het tijdstip ervan (klantnummer ingevoerd, geïdentificeerd, gegevens ingevuld, e-mail verzonden), de activatiemail opnieuw versturen en aanvragen verwijderen.',
  'area.weborders.plan': 'Weborders van partners beoordelen: goedkeuren of afwijzen, met de status en de betrokken budgethouder.',
  'area.iban.plan': 'Aangevraagde wijzigingen van het IBAN (bankrekeningnummer) controleren en goedkeuren of afwijzen.',
  'area.knowledgeBase.plan': 'De kennisbankboom beheren: onderwerpen, klantvragen, vervolgvragen en adviezen toevoegen, wijzigen, verplaatsen en verwijderen.',
  'area.labels.plan': 'Flexibele labels van het portaal zoeken per pagina of op tekst, wijzigen, terugzetten naar de standaardtekst en uitwisselen via Excel.',
  'area.theme.plan': 'De huisstijl van het portaal: logo’s, achtergrondfoto, copyright en de 17 kleurvakken, met live voorbeeld en het compileren van het stylesheet.',
  'area.settings.plan': 'Portaalinstellingen: Google Analytics-tracking-id, sessie-time-out (5–30 minuten), ingelogd blijven (1–30 dagen) en anoniem reparatieverzoek.',
  'area.network.plan': 'De IP-bereiken die beheerders en KCC-medewerkers toegang geven, met een waarschuwing als een wijziging deze werkplek zou buitensluiten.',
  'area.audit.plan': 'Het auditlogboek van alle medewerkeracties, doorzoekbaar op medewerker, klant, actie en periode.',
  'area.attention.plan': 'Wat nu iemand nodig heeft: geblokkeerde accounts, vastgelopen accountaanvragen, openstaande IBAN-wijzigingen, weborders en weborderverzoeken, en de activiteit van de laatste 90 dagen.',
  'area.weborderRequests.plan': 'Verzoeken van docenten: bekijken en omzetten in een weborder met de velden al ingevuld.',
  'area.partners.plan': 'Partners (culturele instellingen): aanmeldingen beoordelen, contact- en financiële gegevens, activiteit en status.',
  'area.finance.plan': 'Inkomsten, commissie (5 %) en uitbetalingen per partner en in totaal, met het grootboek per betaalde weborder.',
  'area.emailTemplates.plan': 'De e-mails die het portaal verstuurt: onderwerp en tekst met plaatshouders, voorbeeld per klant en een testmail.',
  'area.outbox.plan': 'Wat het portaal verstuurd heeft of nog moet versturen, met pogingen en de laatste fout.',
  'area.functionalities.plan': 'De functies van het portaal als boom aan- en uitzetten, en per rol in het huishouden tonen en gebruiken in het portaal.',
  'area.import.plan': 'Huishoudens inlezen uit Excel of CSV: sjabloon, kolommen koppelen, controleren en importeren.',
  'area.groups.plan': 'Klantgroepen met hun rechten in het portaal en hun leden.',
  'area.jobs.plan': 'Accounts aanmaken, activatiecodes genereren en activatiebrieven maken voor veel klanten tegelijk, als taak met voortgang.',

  'signin.title': 'Aanmelden',
  'signin.subtitle': 'Meld u aan met uw medewerkeraccount van de portaalserver.',
  'signin.username': 'Gebruikersnaam',
  'signin.password': 'Wachtwoord',
  'signin.showPassword': 'Wachtwoord tonen',
  'signin.hidePassword': 'Wachtwoord verbergen',
  'signin.submit': 'Aanmelden',
  'signin.submitting': 'Bezig met aanmelden…',
  'signin.required': 'Vul uw gebruikersnaam en wachtwoord in.',
  'signin.error.invalidCredentials': 'Gebruikersnaam of wachtwoord is onjuist.',
  'signin.error.ipNotAllowed': 'Aanmelden vanaf dit adres ({address}) is niet toegestaan. Vraag een beheerder dit adres toe te voegen onder Netwerk.',
  'signin.error.unreachable': 'De portaalserver is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  'signin.error.unavailable': 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.',
  'signin.error.rateLimited': 'Te veel aanmeldpogingen. Probeer het over {seconds} seconden opnieuw.',
  'signin.error.blocked': 'Dit account is geblokkeerd.',
  'signin.error.other': 'Aanmelden is mislukt: {message}',
  'signin.sessionExpired': 'Uw sessie is verlopen. Meld u opnieuw aan.',
  'signin.signedOut': 'U bent afgemeld.',
  'signin.demo.title': 'Demo-accounts',
  'signin.demo.hint': 'Deze portaalserver draait in demomodus. Kies een account om het formulier in te vullen.',
  'signin.demo.use': 'Gebruiken',
  'signin.demo.useLabel': 'Gebruiken: {name}',

  'connection.lost': 'Geen verbinding met de portaalserver',
  'connection.databaseAway': 'De database is even niet bereikbaar',
  'connection.retryIn': 'Opnieuw proberen over {seconds} s.',
  'connection.retrying': 'Bezig met verbinden…',
  'connection.retryNow': 'Nu opnieuw proberen',
  'connection.kept': 'Wat u hebt ingevoerd blijft bewaard.',
  'settings.title': 'Instellingen',
  'settings.intro': 'Instellingen van het klantportaal. Wijzigingen gelden direct voor alle gebruikers.',
  'settings.gaTrackingId': 'Google Analytics-tracking-id',
  'settings.gaTrackingId.help': 'Bijvoorbeeld G-ABC123XYZ of UA-12345-1; leeg = geen tracking.',
  'settings.sessionTimeoutMinutes': 'Sessie-time-out (minuten)',
  'settings.sessionTimeoutMinutes.help': 'Na zoveel minuten zonder activiteit wordt een gebruiker afgemeld (5–30).',
  'settings.keepSignedInDays': 'Ingelogd blijven (dagen)',
  'settings.keepSignedInDays.help': 'Hoe lang “ingelogd blijven” geldig is (1–30).',
  'settings.anonymousRepairRequest': 'Anoniem reparatieverzoek toestaan',
  'settings.anonymousRepairRequest.help': 'Bezoekers kunnen zonder in te loggen een reparatieverzoek indienen.',
  'settings.save': 'Opslaan',
  'settings.saving': 'Bezig met opslaan…',
  'settings.saved': 'De instellingen zijn opgeslagen.',
  'settings.conflict': 'Iemand anders heeft de instellingen intussen gewijzigd. Uw invoer is bewaard; laad de actuele waarden om verder te gaan.',
  'settings.reload': 'Actuele waarden laden',
  'settings.loadFailed': 'De instellingen konden niet worden geladen.',
  'settings.saveFailed': 'Opslaan is mislukt: {message}',
  'settings.invalid': 'Controleer de gemarkeerde velden.',
  ...accountsNL,
  ...accountRequestsNL,
  ...customerNL,
  ...networkNL,
  ...knowledgeBaseNL,
  ...auditNL,
  ...profilesNL,
  ...ibanNL,
  ...attentionNL,
  ...webordersNL,
  ...weborderRequestsNL,
  ...partnersNL,
  ...financeNL,
  ...importNL,
  ...groupsNL,
  ...jobsNL,
  ...labelsNL,
  ...templatesNL,
  ...outboxNL,
  ...themeNL,
  ...functionalitiesNL,
} satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
export type Dictionary = Record<MessageKey, string>;
