// Fixed reference data of the demo: household roles, dwellings, WWS points, rent, texts.

export interface HouseholdRole {
  code: string;
  description: string;
  sort: number;
  showInPortal: boolean;
  useInPortal: boolean;
  isContractHolder: boolean;
}

export const householdRoles: readonly HouseholdRole[] = [
  { code: 'CONTRACTANT', description: 'Contractant', sort: 1, showInPortal: true, useInPortal: true, isContractHolder: true },
  { code: 'MEDEHUURDER', description: 'Medehuurder', sort: 2, showInPortal: true, useInPortal: true, isContractHolder: true },
  { code: 'PARTNER', description: 'Partner', sort: 3, showInPortal: true, useInPortal: true, isContractHolder: false },
  { code: 'KIND', description: 'Kind', sort: 4, showInPortal: true, useInPortal: true, isContractHolder: false },
  { code: 'INWONEND', description: 'Inwonend', sort: 5, showInPortal: true, useInPortal: false, isContractHolder: false },
  { code: 'BEWINDVOERDER', description: 'Bewindvoerder', sort: 6, showInPortal: false, useInPortal: false, isContractHolder: false },
];

export interface DwellingType {
  name: string;
  weight: number;
  rooms: readonly [number, number];
  surface: readonly [number, number];
  years: readonly [number, number];
  /** Flats with collective heating pay stookkosten. */
  collectiveHeating: number;
}

export const dwellingTypes: readonly DwellingType[] = [
  { name: 'Eengezinswoning', weight: 30, rooms: [3, 6], surface: [75, 130], years: [1920, 2022], collectiveHeating: 0 },
  { name: 'Portiekflat', weight: 22, rooms: [2, 4], surface: [45, 85], years: [1950, 1975], collectiveHeating: 0.4 },
  { name: 'Galerijflat', weight: 20, rooms: [2, 4], surface: [50, 90], years: [1960, 1990], collectiveHeating: 0.5 },
  { name: 'Seniorenwoning', weight: 10, rooms: [2, 3], surface: [45, 70], years: [1970, 2015], collectiveHeating: 0.3 },
  { name: 'Maisonnette', weight: 6, rooms: [3, 5], surface: [70, 110], years: [1965, 2000], collectiveHeating: 0.2 },
  { name: 'Benedenwoning', weight: 6, rooms: [2, 4], surface: [50, 90], years: [1900, 1940], collectiveHeating: 0 },
  { name: 'Bovenwoning', weight: 4, rooms: [2, 4], surface: [50, 90], years: [1900, 1940], collectiveHeating: 0 },
  { name: 'Studio', weight: 2, rooms: [1, 1], surface: [22, 38], years: [1985, 2022], collectiveHeating: 0.6 },
];

/** Second contracts (about 3% of households rent one). */
export const extraUnitTypes = ['Garagebox', 'Parkeerplaats', 'Berging'] as const;

export const energyLabels: readonly (readonly [string, number])[] = [
  ['A+++', 2], ['A++', 3], ['A+', 4], ['A', 18], ['B', 22], ['C', 24], ['D', 12], ['E', 7], ['F', 5], ['G', 3],
];

/** WWS points for the energy label of an independent dwelling (simplified). */
export const energyPoints: Readonly<Record<string, number>> = {
  'A+++': 44, 'A++': 40, 'A+': 36, A: 32, B: 28, C: 22, D: 15, E: 11, F: 5, G: 1,
};

/** WWS ("woningwaarderingsstelsel") categories, in the order the portal shows them. */
export const wwsCategories = [
  'Oppervlakte vertrekken',
  'Oppervlakte overige ruimtes',
  'Verwarming',
  'Energieprestatie',
  'Keuken',
  'Sanitair',
  'Buitenruimte',
  'WOZ-waarde',
] as const;

export const paymentMethods: readonly (readonly [string, number])[] = [
  ['automatische_incasso', 68], ['overboeking', 22], ['acceptgiro', 10],
];

export const paymentMethodLabel: Readonly<Record<string, string>> = {
  automatische_incasso: 'Automatische incasso',
  overboeking: 'Overboeking',
  acceptgiro: 'Acceptgiro',
};

export const blockReasons = [
  'Misbruik van het account gemeld door de huurder',
  'Verdachte inlogpogingen vanaf een buitenlands IP-adres',
  'Huurcontract beëindigd, account in afwachting van verwijdering',
  'Op verzoek van de bewindvoerder geblokkeerd',
  'Account gedeeld met derden, in strijd met de gebruiksvoorwaarden',
  'Fraudeonderzoek lopend, zie interactie in ERP',
] as const;

export const repairItems: readonly (readonly [string, string])[] = [
  ['Keuken', 'Kraan in de keuken lekt'],
  ['Keuken', 'Afvoer van het aanrecht is verstopt'],
  ['Keuken', 'Afzuigkap werkt niet meer'],
  ['Badkamer', 'Douchekraan druppelt na'],
  ['Badkamer', 'Schimmel op het plafond van de badkamer'],
  ['Badkamer', 'Tegel in de douche zit los'],
  ['Toilet', 'Toilet loopt door'],
  ['Toilet', 'Toiletpot lekt bij de aansluiting'],
  ['Woonkamer', 'Raam klemt en sluit niet goed'],
  ['Woonkamer', 'Stopcontact geeft geen stroom'],
  ['Slaapkamer', 'Condens en vocht bij het raamkozijn'],
  ['Hal', 'Voordeur sluit niet goed'],
  ['Hal', 'Intercom werkt niet'],
  ['Cv-installatie', 'Cv-ketel geeft storing (F28)'],
  ['Cv-installatie', 'Radiator wordt niet warm'],
  ['Balkon', 'Balkonhek zit los'],
  ['Tuin', 'Schutting is omgewaaid'],
  ['Dak', 'Lekkage bij de dakgoot'],
  ['Algemene ruimte', 'Verlichting in het trappenhuis is kapot'],
  ['Algemene ruimte', 'Lift staat stil'],
];

export interface InteractionTemplate {
  template: string;
  channel: string;
  description: string;
  byStaff: boolean;
  showInPortal: boolean;
  weight: number;
}

/** Templates for the timeline; CP_* are the portal's own interaction templates. */
export const interactionTemplates: readonly InteractionTemplate[] = [
  { template: 'CP_PHONE_CHANGED', channel: 'portaal', description: 'Telefoonnummer gewijzigd via het Klantportaal', byStaff: false, showInPortal: true, weight: 8 },
  { template: 'CP_EMAIL_CHANGED', channel: 'portaal', description: 'E-mailadres gewijzigd via het Klantportaal', byStaff: false, showInPortal: true, weight: 5 },
  { template: 'CP_ADDRESS_CHANGED', channel: 'portaal', description: 'Correspondentieadres gewijzigd via het Klantportaal', byStaff: false, showInPortal: true, weight: 2 },
  { template: 'CP_VERIFICATION_CODE', channel: 'portaal', description: 'Nieuwe activeringscode aangevraagd (code kwijt)', byStaff: false, showInPortal: true, weight: 4 },
  { template: 'CP_REPAIR_REQUEST', channel: 'portaal', description: 'Reparatieverzoek ingediend via het Klantportaal', byStaff: false, showInPortal: true, weight: 6 },
  { template: 'CP_ARRANGEMENT_ADD', channel: 'portaal', description: 'Betalingsregeling aangevraagd via het Klantportaal', byStaff: false, showInPortal: true, weight: 1 },
  { template: 'TELEFOON', channel: 'telefoon', description: 'Klant belt met een vraag over de jaarafrekening servicekosten', byStaff: true, showInPortal: true, weight: 6 },
  { template: 'TELEFOON', channel: 'telefoon', description: 'Klant belt over een betalingsachterstand', byStaff: true, showInPortal: false, weight: 3 },
  { template: 'TELEFOON', channel: 'telefoon', description: 'Klant belt over geluidsoverlast van de buren', byStaff: true, showInPortal: false, weight: 3 },
  { template: 'TELEFOON', channel: 'telefoon', description: 'Klant kan niet inloggen op het Klantportaal, uitleg gegeven', byStaff: true, showInPortal: true, weight: 4 },
  { template: 'BALIE', channel: 'balie', description: 'Klant aan de balie voor een extra sleutel van de berging', byStaff: true, showInPortal: true, weight: 2 },
  { template: 'BALIE', channel: 'balie', description: 'Klant aan de balie met vragen over de huurverhoging', byStaff: true, showInPortal: true, weight: 2 },
  { template: 'EMAIL', channel: 'e-mail', description: 'E-mail van klant over de staat van het trappenhuis beantwoord', byStaff: true, showInPortal: true, weight: 2 },
  { template: 'BRIEF', channel: 'brief', description: 'Brief jaarlijkse huuraanpassing verstuurd', byStaff: false, showInPortal: true, weight: 5 },
];

/** Fictitious ERP colleagues who log the calls and counter visits. */
export const erpStaffNames = [
  'Anna Bakker', 'Pieter de Jong', 'Fatima El Amrani', 'Sanne Visser', 'Mark Hendriks',
  'Joyce van Dam', 'Hakan Yılmaz', 'Ellen Kuipers',
] as const;
