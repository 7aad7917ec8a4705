import type { EmailTemplateId, TemplatePlaceholder } from '../../shared/api/emailTemplates';

export interface TemplateDefault {
  id: EmailTemplateId;
  name: string;
  description: string;
  subject: string;
  /** Portal markup (seed 001 §4.11); `<{link}>` makes a placeholder link clickable. */
  body: string;
  placeholders: TemplatePlaceholder[];
  /** Example values for the preview without a customer and for a test mail. */
  example: Record<string, string>;
}

const p = (name: string, description: string, required = false): TemplatePlaceholder => ({ name, description, required });
const customerName = p('customerName', 'Naam van het huishouden');
const portalUrl = p('portalUrl', 'Adres van het klantportaal');
const validHours = p('validHours', 'Hoeveel uur de link werkt');
const exampleBase = { customerName: 'Fam. de Vries', portalUrl: 'https://mijn.woonportaal.example.nl', customerNumber: 'HM-010001' };
const customerNumber = p('customerNumber', 'Huurdernummer');

/**
 * The shipped mail templates, in Dutch. Each lists its placeholders; a required one (the link a mail exists
 * for, the changed value it reports) must stay in the body, and no other names may be added.
 */
export const templateDefaults: readonly TemplateDefault[] = [
  {
    id: 'account_confirmation',
    name: 'Account bevestigen',
    description: 'Na stap 2 van "Account aanmaken": de link die het account bevestigt.',
    subject: 'Bevestig uw account voor het klantportaal',
    body: [
      'Beste {customerName},',
      '',
      'U heeft een account aangemaakt voor het klantportaal met de gebruikersnaam **{username}**. Klik op de onderstaande link om uw account te bevestigen:',
      '<{confirmationLink}>',
      '',
      'Deze link werkt {validHours} uur en één keer. Is hij verlopen? Neem dan contact op met de klantenservice voor een nieuwe link.',
      '',
      'Heeft u geen account aangevraagd? Dan kunt u deze e-mail negeren.',
    ].join('\n'),
    placeholders: [customerName, customerNumber, p('username', 'Gekozen gebruikersnaam'), p('confirmationLink', 'Link die het account bevestigt', true), validHours, portalUrl],
    example: { ...exampleBase, username: 'devries12', confirmationLink: 'https://mijn.woonportaal.example.nl/account/bevestigen?token=voorbeeld', validHours: '24' },
  },
  {
    id: 'activation_resent',
    name: 'Activatielink opnieuw verstuurd',
    description: 'Een medewerker verstuurt de bevestigingslink opnieuw (Accounts, Accountaanvragen).',
    subject: 'Nieuwe link om uw account te bevestigen',
    body: [
      'Beste {customerName},',
      '',
      'Op uw verzoek sturen wij u een nieuwe link om uw account voor het klantportaal te bevestigen. Eerdere links werken niet meer.',
      '<{confirmationLink}>',
      '',
      'Deze link werkt {validHours} uur en één keer. Is hij verlopen? Neem dan contact op met de klantenservice voor een nieuwe link.',
      '',
      'Heeft u geen account aangevraagd? Dan kunt u deze e-mail negeren.',
    ].join('\n'),
    placeholders: [customerName, customerNumber, p('username', 'Gebruikersnaam'), p('confirmationLink', 'Link die het account bevestigt', true), validHours, portalUrl],
    example: { ...exampleBase, username: 'devries12', confirmationLink: 'https://mijn.woonportaal.example.nl/account/bevestigen?token=voorbeeld', validHours: '24' },
  },
  {
    id: 'email_change_confirmation',
    name: 'Nieuw e-mailadres bevestigen',
    description: 'Gaat naar het nieuwe adres; tot de klant klikt, blijft het oude in gebruik.',
    subject: 'Bevestig uw nieuwe e-mailadres',
    body: [
      'Beste {customerName},',
      '',
      'Er is gevraagd dit e-mailadres ({newEmail}) te gebruiken voor het klantportaal. Klik op de link om het te bevestigen:',
      '<{confirmationLink}>',
      '',
      'Deze link werkt {validHours} uur en één keer.',
      '',
      'Tot u bevestigt, blijft uw oude e-mailadres in gebruik. Heeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren.',
    ].join('\n'),
    placeholders: [customerName, customerNumber, p('newEmail', 'Het nieuwe e-mailadres'), p('confirmationLink', 'Link die het adres bevestigt', true), validHours, portalUrl],
    example: { ...exampleBase, newEmail: 'nieuw@voorbeeld.nl', confirmationLink: 'https://mijn.woonportaal.example.nl/email/bevestigen?token=voorbeeld', validHours: '24' },
  },
  {
    id: 'phone_changed',
    name: 'Telefoonnummer gewijzigd',
    description: 'Bevestiging van een nieuw telefoonnummer, naar het e-mailadres van het huishouden.',
    subject: 'Uw telefoonnummer is gewijzigd',
    body: ['Beste {customerName},', '', 'Uw telefoonnummer is gewijzigd in: {phone}.', '', 'Heeft u dit niet zelf (laten) doen? Neem dan contact met ons op.'].join('\n'),
    placeholders: [customerName, customerNumber, p('phone', 'Het nieuwe telefoonnummer', true), portalUrl],
    example: { ...exampleBase, phone: '06 12345678' },
  },
  {
    id: 'correspondence_address_changed',
    name: 'Correspondentieadres gewijzigd',
    description: 'Bevestiging van een nieuw correspondentieadres.',
    subject: 'Uw correspondentieadres is gewijzigd',
    body: ['Beste {customerName},', '', 'Uw correspondentieadres is gewijzigd in: {address}.', '', 'Heeft u dit niet zelf (laten) doen? Neem dan contact met ons op.'].join('\n'),
    placeholders: [customerName, customerNumber, p('address', 'Het nieuwe correspondentieadres', true), portalUrl],
    example: { ...exampleBase, address: 'Postbus 123, 1234 AB Wisselstad' },
  },
  {
    id: 'password_reset',
    name: 'Wachtwoord herstellen',
    description: 'Na "Inloggegevens vergeten": de knop om een nieuw wachtwoord te kiezen.',
    subject: 'Nieuw wachtwoord kiezen voor het klantportaal',
    body: [
      'Beste {customerName},',
      '',
      'U heeft gevraagd uw wachtwoord voor het klantportaal te herstellen (gebruikersnaam **{username}**). Klik op de link om een nieuw wachtwoord te kiezen:',
      '[Account resetten]({resetLink})',
      '',
      'Deze link werkt {validHours} uur en één keer. Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft dan gelijk.',
    ].join('\n'),
    placeholders: [customerName, customerNumber, p('username', 'Gebruikersnaam'), p('resetLink', 'Link om een nieuw wachtwoord te kiezen', true), validHours, portalUrl],
    example: { ...exampleBase, username: 'devries12', resetLink: 'https://mijn.woonportaal.example.nl/wachtwoord/herstellen?token=voorbeeld', validHours: '2' },
  },
  {
    id: 'password_changed',
    name: 'Wachtwoord gewijzigd',
    description: 'Bevestiging dat het wachtwoord van het account is gewijzigd.',
    subject: 'Uw wachtwoord is gewijzigd',
    body: [
      'Beste {customerName},',
      '',
      'Het wachtwoord van uw account **{username}** voor het klantportaal is gewijzigd op {changedAt}.',
      '',
      'Heeft u dit niet zelf gedaan? Neem dan direct contact met ons op.',
    ].join('\n'),
    placeholders: [customerName, customerNumber, p('username', 'Gebruikersnaam'), p('changedAt', 'Datum en tijd van de wijziging'), portalUrl],
    example: { ...exampleBase, username: 'devries12', changedAt: '30-11-2026 14:05' },
  },
];

export const templateDefaultById: ReadonlyMap<EmailTemplateId, TemplateDefault> = new Map(templateDefaults.map((t) => [t.id, t]));
