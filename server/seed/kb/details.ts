import type { Advice, FollowUp } from '../../../shared/api/kb';

/** Follow-up questions and advice of some demo questions (by description), showing every kind of answer and link. */
export interface SeedDetail {
  answer: string;
  followUps: FollowUp[];
  advice: Advice | null;
  keywords?: string[];
}

export const seedDetails: Record<string, SeedDetail> = {
  'Ik heb een huurachterstand. Wat nu?': {
    answer: 'Heeft u een achterstand? **Wacht niet**, maar neem snel contact met ons op. Samen zoeken we een oplossing.',
    followUps: [
      { question: 'Heeft u op dit moment een betalingsachterstand?', answers: ['Ja', 'Nee'], dataItem: 'paymentArrears' },
      { question: 'Heeft u al een betalingsregeling?', answers: ['Ja', 'Nee'], dataItem: 'paymentArrangement' },
    ],
    advice: {
      text: 'Sluit een **betalingsregeling** af, dan voorkomt u extra kosten:\n* u betaalt de achterstand in termijnen\n* u betaalt daarnaast uw gewone huur\nMeer hulp bij geldzorgen vindt u op <https://www.geldfit.nl>.',
      linkLabel: 'Betalingsregeling aanvragen',
      url: '/financien/betalingsregeling',
    },
    keywords: ['betalingsregeling', 'achterstand'],
  },
  'Ik wil een betalingsregeling afsluiten. Kan dat?': {
    answer: 'Ja, dat kan als uw achterstand niet hoger is dan *drie maanden huur*.',
    followUps: [{ question: 'Hoe hoog is uw achterstand?', answers: ['Minder dan drie maanden huur', 'Drie maanden huur of meer'], dataItem: 'paymentArrears' }],
    advice: { text: 'Vraag de regeling aan in het klantportaal. U krijgt binnen **5 werkdagen** antwoord.', linkLabel: 'Regeling aanvragen', url: '/financien/betalingsregeling' },
  },
  'Hoe kan ik mijn huur betalen?': {
    answer: 'U kunt de huur betalen via:\n* automatische incasso (aanbevolen)\n* een overboeking\n* een acceptgiro',
    followUps: [{ question: 'Hoe betaalt u nu?', answers: ['Automatische incasso', 'Overboeking', 'Acceptgiro'], dataItem: 'paymentMethod' }],
    advice: { text: 'Met **automatische incasso** betaalt u altijd op tijd. U kunt dit zelf regelen bij [Mijn financiën](/financien).', linkLabel: 'Betaalwijze wijzigen', url: '/financien/betaalwijze' },
  },
  'Ik wil mijn betaalwijze wijzigen': {
    answer: 'Uw betaalwijze wijzigt u in het klantportaal.',
    followUps: [{ question: 'Wat is uw huidige betaalwijze?', answers: ['Automatische incasso', 'Overboeking', 'Acceptgiro'], dataItem: 'paymentMethod' }],
    advice: { text: 'De nieuwe betaalwijze gaat in bij de eerstvolgende huurbetaling.', linkLabel: 'Betaalwijze wijzigen', url: '/financien/betaalwijze' },
  },
  'Hoe hoog is mijn huur?': {
    answer: 'Uw huur bestaat uit de kale huur en de servicekosten.',
    followUps: [{ question: 'Wat is uw huidige maandhuur?', answers: ['Zie bedrag'], dataItem: 'monthlyRent' }],
    advice: { text: 'De opbouw van uw huur ziet u in de *huurspecificatie*.', linkLabel: 'Huurspecificatie bekijken', url: '/financien/huur' },
  },
  'Ik wil mijn huurovereenkomst beëindigen, wat moet ik doen?': {
    answer: 'U zegt de huur op met een opzegtermijn van **één maand**.',
    followUps: [
      { question: 'Heeft u de huur al opgezegd?', answers: ['Ja', 'Nee'], dataItem: 'contractEndDate' },
      { question: 'Staat er een medehuurder op het contract?', answers: ['Ja', 'Nee'], dataItem: 'coTenant' },
      { question: 'Gaat u verhuizen naar een andere woning van ons?', answers: ['Ja', 'Nee'], dataItem: null },
    ],
    advice: {
      text: 'Zeg de huur op via het klantportaal. Daarna:\n* plannen we een **voorinspectie**\n* ontvangt u een bevestiging met de einddatum\nLees ook de [opleveringsvoorwaarden](https://www.woonstichting-demo.nl/opleveren).',
      linkLabel: 'Huur opzeggen',
      url: '/acties/huur-opzeggen',
    },
  },
  'Hoe meld ik een reparatie?': {
    answer: 'Een reparatie meldt u het snelst in het klantportaal, *24 uur per dag*.',
    followUps: [
      { question: 'Is het een spoedgeval (gas, water, geen verwarming)?', answers: ['Ja', 'Nee'], dataItem: null },
      { question: 'Heeft u al een openstaand reparatieverzoek?', answers: ['Ja', 'Nee'], dataItem: 'openRepairRequests' },
    ],
    advice: { text: 'Meld de reparatie met foto. Bij **spoed** belt u ons storingsnummer.', linkLabel: 'Reparatie melden', url: '/onderhoud/reparatieverzoek' },
  },
  'Mijn cv-ketel doet het niet': {
    answer: 'Controleer eerst de **waterdruk**: die moet tussen 1,5 en 2 bar zijn.',
    followUps: [
      { question: 'Wat voor woning heeft u?', answers: ['Eengezinswoning', 'Appartement', 'Seniorenwoning'], dataItem: 'dwellingType' },
      { question: 'Staat er een foutcode op het display?', answers: ['Ja', 'Nee'], dataItem: null },
    ],
    advice: { text: 'Bel de installateur via het storingsnummer op de ketel. Uitleg over bijvullen: <https://www.youtube.com/watch?v=cvketel>', linkLabel: 'Storingsnummers', url: 'https://www.woonstichting-demo.nl/storing' },
  },
  'Hoe word ik medehuurder?': {
    answer: 'U kunt medehuurder worden als u **minstens twee jaar** samen met de huurder op dit adres woont.',
    followUps: [{ question: 'Staat er al een medehuurder op het contract?', answers: ['Ja', 'Nee'], dataItem: 'coTenant' }],
    advice: { text: 'Vraag het medehuurderschap samen met de huurder aan. Neem een uittreksel uit de *BRP* mee.', linkLabel: 'Medehuurderschap aanvragen', url: '/acties/medehuurder' },
  },
  'Heb ik recht op huurtoeslag?': {
    answer: 'Dat hangt af van uw inkomen, vermogen en huur.',
    followUps: [{ question: 'Hoe hoog is uw huur?', answers: ['Zie bedrag'], dataItem: 'monthlyRent' }],
    advice: { text: 'Maak een proefberekening bij de Belastingdienst.', linkLabel: 'Proefberekening maken', url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/' },
  },
  'Mag ik mijn woning ruilen?': {
    answer: 'Ja, met onze toestemming. Beide huurders moeten **minstens een jaar** in hun woning wonen.',
    followUps: [
      { question: 'Wat voor woning heeft u?', answers: ['Eengezinswoning', 'Appartement'], dataItem: 'dwellingType' },
      { question: 'Heeft u een huurachterstand?', answers: ['Ja', 'Nee'], dataItem: 'paymentArrears' },
    ],
    advice: { text: 'Zoek een ruilpartner op [woningruil.nl](https://www.woningruil.nl) en vraag de ruil daarna aan.', linkLabel: 'Woningruil aanvragen', url: '/acties/woningruil' },
  },
  'Waarom gaat mijn huur omhoog?': {
    answer: 'Elk jaar op **1 juli** mag de huur omhoog, binnen de grenzen die de overheid stelt.',
    followUps: [{ question: 'Wat is uw huidige maandhuur?', answers: ['Zie bedrag'], dataItem: 'monthlyRent' }],
    advice: { text: 'In het voorstel staat uw nieuwe huur. Bent u het er niet mee eens? Maak dan vóór 1 juli bezwaar.', linkLabel: 'Bezwaar maken', url: '/acties/bezwaar-huurverhoging' },
  },
};
