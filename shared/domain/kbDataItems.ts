/**
 * The customer data a follow-up question can be answered from automatically ("Volgens onze gegevens …",
 * seed 001 §2.13): the portal fills the answer from the signed-in tenant's own data and skips the question.
 * One list, shared by the editor (which shows the choice and an example) and the server (which refuses
 * anything else).
 */
export const KB_DATA_ITEMS = {
  paymentArrears: {
    nl: 'Betalingsachterstand (openstaand bedrag)',
    en: 'Payment arrears (amount outstanding)',
    exampleNl: 'Volgens onze gegevens heeft u een achterstand van € 412,50.',
    exampleEn: 'According to our records you are € 412.50 in arrears.',
  },
  paymentArrangement: {
    nl: 'Lopende betalingsregeling',
    en: 'Running payment arrangement',
    exampleNl: 'Volgens onze gegevens heeft u een betalingsregeling tot 1 juni 2027.',
    exampleEn: 'According to our records you have a payment arrangement until 1 June 2027.',
  },
  paymentMethod: {
    nl: 'Betaalwijze (automatische incasso, acceptgiro, overboeking)',
    en: 'Payment method (direct debit, giro slip, transfer)',
    exampleNl: 'Volgens onze gegevens betaalt u de huur via automatische incasso.',
    exampleEn: 'According to our records you pay the rent by direct debit.',
  },
  monthlyRent: {
    nl: 'Huidige maandhuur',
    en: 'Current monthly rent',
    exampleNl: 'Volgens onze gegevens is uw huur € 735,20 per maand.',
    exampleEn: 'According to our records your rent is € 735.20 a month.',
  },
  contractEndDate: {
    nl: 'Einddatum huurcontract (opgezegd of niet)',
    en: 'Tenancy end date (given notice or not)',
    exampleNl: 'Volgens onze gegevens eindigt uw huurcontract op 31 maart 2027.',
    exampleEn: 'According to our records your tenancy ends on 31 March 2027.',
  },
  coTenant: {
    nl: 'Medehuurder geregistreerd',
    en: 'Co-tenant registered',
    exampleNl: 'Volgens onze gegevens staat er geen medehuurder op uw contract.',
    exampleEn: 'According to our records there is no co-tenant on your tenancy.',
  },
  dwellingType: {
    nl: 'Soort woning (eengezinswoning, appartement, …)',
    en: 'Type of dwelling (house, flat, …)',
    exampleNl: 'Volgens onze gegevens huurt u een appartement.',
    exampleEn: 'According to our records you rent a flat.',
  },
  openRepairRequests: {
    nl: 'Openstaande reparatieverzoeken',
    en: 'Open repair requests',
    exampleNl: 'Volgens onze gegevens heeft u 1 openstaand reparatieverzoek.',
    exampleEn: 'According to our records you have 1 open repair request.',
  },
} as const;

export type KbDataItem = keyof typeof KB_DATA_ITEMS;
export const kbDataItemKeys = Object.keys(KB_DATA_ITEMS) as [KbDataItem, ...KbDataItem[]];
