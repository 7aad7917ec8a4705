/**
 * The demo knowledge base of a Dutch housing corporation: topics with keywords and their customer questions.
 * A question starting with "!" is for internal use only (KCC staff, not the portal), so the search preview
 * has something to leave out. Follow-ups and advice for some questions are in ./details.ts.
 */
export interface SeedTopic {
  description: string;
  keywords: string[];
  questions: string[];
}

export const seedTopics: SeedTopic[] = [
  { description: 'Huurachterstand', keywords: ['achterstand', 'schuld', 'aanmaning', 'deurwaarder'], questions: [
    'Ik heb een huurachterstand. Wat nu?', 'Ik wil een betalingsregeling afsluiten. Kan dat?', 'Ik heb een aanmaning ontvangen',
    'Waarom krijg ik een brief van de deurwaarder?', 'Hoe hoog is mijn achterstand?', '!Ontruimingsprocedure starten bij achterstand',
    'Waar kan ik hulp krijgen bij geldzorgen?', 'Mijn betalingsregeling loopt niet goed', '!Afspraak schuldhulpverlening vastleggen'] },
  { description: 'Reparaties', keywords: ['onderhoud', 'kapot', 'defect', 'storing'], questions: [
    'Hoe meld ik een reparatie?', 'Mijn cv-ketel doet het niet', 'Er is een lekkage in mijn woning', 'De afvoer is verstopt',
    'Mijn voordeur sluit niet goed', 'Wie betaalt welke reparatie?', 'Wanneer komt de monteur?', 'Ik wil mijn reparatieverzoek wijzigen',
    'Er zit schimmel in de badkamer', 'Mijn raam is kapot', 'De mechanische ventilatie maakt lawaai', '!Spoedreparatie buiten kantoortijd inplannen'] },
  { description: 'Overlast', keywords: ['geluid', 'buren', 'klacht', 'burenruzie'], questions: [
    'Mijn buren maken veel lawaai', 'Hoe meld ik overlast?', 'Wat doet de corporatie met mijn klacht?', 'Ik heb last van stankoverlast',
    'Er staat afval in het portiek', 'Wat is buurtbemiddeling?', '!Dossier overlast aanleggen', 'Er wordt in mijn straat gedeald', 'Huisdieren van de buren veroorzaken overlast'] },
  { description: 'Woningruil', keywords: ['ruilen', 'ruil', 'verhuizen'], questions: [
    'Mag ik mijn woning ruilen?', 'Hoe vraag ik woningruil aan?', 'Wat zijn de voorwaarden voor woningruil?', 'Kan ik ruilen met iemand van een andere corporatie?',
    'Hoe lang duurt de beoordeling van een woningruil?', 'Welke huurprijs krijg ik na de ruil?', '!Woningruil toetsen aan inkomensgrens', 'Waar vind ik een ruilpartner?'] },
  { description: 'Medehuurderschap', keywords: ['medehuurder', 'partner', 'samenwonen'], questions: [
    'Hoe word ik medehuurder?', 'Mijn partner wil medehuurder worden', 'Wat zijn de rechten van een medehuurder?', 'Medehuurderschap beëindigen',
    'Mijn huisgenoot woont al lang bij mij, kan hij het contract overnemen?', '!Controle inschrijving BRP medehuurder', 'We gaan uit elkaar: wie mag blijven wonen?'] },
  { description: 'Woningaanpassing', keywords: ['aanpassing', 'wmo', 'beperking', 'traplift'], questions: [
    'Ik heb een aanpassing nodig vanwege een beperking', 'Wie betaalt een traplift?', 'Hoe vraag ik een Wmo-voorziening aan?', 'Mag ik zelf beugels in de badkamer plaatsen?',
    'Kan mijn drempel worden verlaagd?', 'Wordt mijn huur hoger na een aanpassing?', '!Overleg met gemeente over Wmo-aanvraag', 'Ik wil een douche in plaats van een bad'] },
  { description: 'Huur en betalen', keywords: ['huur', 'betalen', 'incasso', 'acceptgiro', 'betaalwijze'], questions: [
    'Hoe kan ik mijn huur betalen?', 'Ik wil mijn betaalwijze wijzigen', 'Wanneer wordt de huur afgeschreven?', 'Hoe hoog is mijn huur?',
    'Ik wil de huur per acceptgiro betalen', 'Waar vind ik mijn huurspecificatie?', 'Mijn automatische incasso is mislukt', 'Kan ik de huur in delen betalen?',
    'Wat zijn servicekosten?', 'Ik heb te veel huur betaald', 'Hoe wijzig ik mijn rekeningnummer?', '!Handmatige correctie huurboeking'] },
  { description: 'Huuropzegging', keywords: ['opzeggen', 'verhuizen', 'einde huur', 'vertrek'], questions: [
    'Ik wil mijn huurovereenkomst beëindigen, wat moet ik doen?', 'Wat is de opzegtermijn?', 'Hoe gaat de eindinspectie?', 'Moet ik de woning leeg opleveren?',
    'Mag ik spullen overlaten aan de nieuwe huurder?', 'Mijn huurder is overleden, hoe zeg ik de huur op?', 'Krijg ik mijn borg terug?', '!Voorinspectie inplannen na opzegging'] },
  { description: 'Jaarlijkse huurverhoging', keywords: ['huurverhoging', 'verhoging', 'bezwaar', 'inkomensafhankelijk'], questions: [
    'Waarom gaat mijn huur omhoog?', 'Hoeveel wordt de huurverhoging?', 'Ik ben het niet eens met de huurverhoging', 'Hoe maak ik bezwaar tegen de huurverhoging?',
    'Wat is een inkomensafhankelijke huurverhoging?', 'Mijn inkomen is gedaald, kan de verhoging omlaag?', 'Wanneer krijg ik het voorstel voor de huurverhoging?',
    'Geldt de huurverhoging ook voor mijn garage?', 'Wat doet de Huurcommissie?', '!Bezwaren huurverhoging registreren', 'Wordt mijn huur ook verlaagd als ik weinig verdien?'] },
  { description: 'Huurtoeslag', keywords: ['toeslag', 'belastingdienst', 'tegemoetkoming'], questions: [
    'Heb ik recht op huurtoeslag?', 'Hoe vraag ik huurtoeslag aan?', 'Welke huurprijs geef ik door aan de Belastingdienst?', 'Mijn huurtoeslag is stopgezet',
    'Moet ik huurtoeslag terugbetalen?', 'Ontvangt de corporatie mijn huurtoeslag rechtstreeks?'] },
  { description: 'Servicekosten', keywords: ['afrekening', 'schoonmaak', 'energie', 'voorschot'], questions: [
    'Wat betaal ik aan servicekosten?', 'Wanneer krijg ik de afrekening servicekosten?', 'Ik ben het niet eens met mijn afrekening', 'Kan mijn voorschot omlaag?',
    'Waarom betaal ik voor schoonmaak van het trappenhuis?', '!Afrekening servicekosten corrigeren'] },
  { description: 'Woning zoeken', keywords: ['inschrijven', 'woningzoekende', 'wachttijd', 'reageren'], questions: [
    'Hoe schrijf ik mij in als woningzoekende?', 'Hoe lang is de wachttijd?', 'Hoe reageer ik op een woning?', 'Kom ik in aanmerking voor urgentie?',
    'Mijn inschrijving is verlopen', 'Welke inkomensgrens geldt voor een sociale huurwoning?', 'Wat gebeurt er na een bezichtiging?'] },
  { description: 'Nieuwe huurder', keywords: ['sleutel', 'contract', 'tekenen', 'oplevering'], questions: [
    'Wanneer krijg ik de sleutels?', 'Hoe teken ik mijn huurcontract?', 'Wat moet ik regelen voor mijn verhuizing?', 'Kan ik de woning eerder in?',
    'Wat zit er in het welkomstpakket?', '!Sleuteloverdracht registreren'] },
  { description: 'Zelf aanpassingen doen', keywords: ['verbouwen', 'klussen', 'toestemming', 'ZAV'], questions: [
    'Mag ik mijn woning verbouwen?', 'Moet ik toestemming vragen voor een nieuwe keuken?', 'Mag ik een schutting plaatsen?', 'Wat gebeurt er met mijn aanpassingen als ik verhuis?',
    'Mag ik zonnepanelen leggen?', 'Krijg ik een vergoeding voor mijn aanpassingen?', 'Mag ik een dakkapel plaatsen?'] },
  { description: 'Onderhoud en renovatie', keywords: ['planmatig onderhoud', 'renovatie', 'schilderwerk', 'verduurzaming'], questions: [
    'Wanneer wordt mijn woning geschilderd?', 'Mijn complex wordt gerenoveerd, wat betekent dat voor mij?', 'Moet ik tijdens de renovatie mijn woning uit?',
    'Krijg ik een vergoeding bij renovatie?', 'Wordt mijn woning geïsoleerd?', 'Wat is een sociaal plan?', '!Bewonersbrief renovatie versturen'] },
  { description: 'Energie en duurzaamheid', keywords: ['energielabel', 'isolatie', 'zonnepanelen', 'warmtepomp'], questions: [
    'Wat is het energielabel van mijn woning?', 'Hoe kan ik energie besparen?', 'Krijg ik zonnepanelen op mijn dak?', 'Mijn woning is vochtig en koud',
    'Wat betekent een warmtepomp voor mijn energierekening?', 'Wordt de huur hoger na verduurzaming?'] },
  { description: 'Schimmel en vocht', keywords: ['schimmel', 'vocht', 'condens', 'ventileren'], questions: [
    'Er zit schimmel op mijn muren', 'Hoe ventileer ik goed?', 'Mijn ramen zijn vaak beslagen', 'Is schimmel schadelijk voor mijn gezondheid?',
    'Wie verhelpt de vochtproblemen?', '!Vochtmeting laten uitvoeren'] },
  { description: 'Ongedierte', keywords: ['muizen', 'ratten', 'kakkerlakken', 'wespen', 'bedwantsen'], questions: [
    'Ik heb muizen in huis', 'Er zit een wespennest bij mijn woning', 'Wie bestrijdt ongedierte?', 'Ik heb last van kakkerlakken', 'Wat doe ik tegen bedwantsen?'] },
  { description: 'Glasschade', keywords: ['ruit', 'glas', 'glasfonds', 'inbraak'], questions: [
    'Mijn ruit is gebroken', 'Wat is het glasfonds?', 'Ik heb inbraakschade aan mijn raam', 'Wie betaalt glasschade?', 'Mijn dubbel glas is beslagen aan de binnenkant'] },
  { description: 'Verwarming en cv', keywords: ['cv-ketel', 'verwarming', 'radiator', 'warm water', 'stadsverwarming'], questions: [
    'Mijn verwarming wordt niet warm', 'Ik heb geen warm water', 'Hoe vul ik mijn cv-ketel bij?', 'Mijn radiator lekt', 'Wie onderhoudt de cv-ketel?',
    'Storing aan de stadsverwarming', '!Storingsnummer installateur doorgeven'] },
  { description: 'Sleutels en sloten', keywords: ['sleutel', 'slot', 'buitengesloten', 'cilinder'], questions: [
    'Ik heb mijn sleutel verloren', 'Ik sta buitengesloten', 'Mag ik mijn slot vervangen?', 'Hoe krijg ik een extra sleutel van de algemene deur?', 'Het slot van de berging is kapot'] },
  { description: 'Tuin en buitenruimte', keywords: ['tuin', 'balkon', 'schutting', 'groen', 'boom'], questions: [
    'Wie onderhoudt mijn tuin?', 'Mag ik een boom kappen?', 'Mijn balkon is beschadigd', 'Mag ik een overkapping bouwen?', 'De erfafscheiding is kapot',
    'Wie onderhoudt het groen rond mijn complex?'] },
  { description: 'Parkeren en bergingen', keywords: ['parkeren', 'garage', 'berging', 'fietsenstalling'], questions: [
    'Kan ik een garage huren?', 'Mijn berging is opengebroken', 'Er staat een fietswrak in de stalling', 'Hoe zeg ik mijn parkeerplaats op?', 'Mag ik een laadpaal plaatsen?'] },
  { description: 'Algemene ruimten en schoonmaak', keywords: ['trappenhuis', 'lift', 'portiek', 'galerij', 'schoonmaak'], questions: [
    'De lift is kapot', 'Het trappenhuis wordt niet schoongemaakt', 'De verlichting in de galerij doet het niet', 'Mag ik spullen in het portiek zetten?',
    'Wanneer wordt de algemene ruimte schoongemaakt?'] },
  { description: 'Afval', keywords: ['afval', 'container', 'grofvuil', 'containerpas'], questions: [
    'Waar laat ik mijn grofvuil?', 'De afvalcontainer is vol', 'Ik heb een nieuwe containerpas nodig', 'Er wordt afval gedumpt naast de container'] },
  { description: 'Huisdieren', keywords: ['hond', 'kat', 'dieren'], questions: [
    'Mag ik een huisdier houden?', 'De hond van de buren blaft de hele dag', 'Mag ik een kattenluik plaatsen?', 'Er lopen katten in het trappenhuis'] },
  { description: 'Veiligheid', keywords: ['brand', 'rookmelder', 'inbraak', 'koolmonoxide'], questions: [
    'Heeft mijn woning een rookmelder?', 'Mijn rookmelder piept', 'Wat doe ik bij brand?', 'Ik ben bang voor inbraak', 'Wat is een koolmonoxidemelder?',
    '!Melding onveilige situatie doorzetten naar wijkbeheer'] },
  { description: 'Mijn gegevens', keywords: ['gegevens', 'adres', 'telefoonnummer', 'e-mailadres', 'privacy'], questions: [
    'Hoe wijzig ik mijn telefoonnummer?', 'Hoe wijzig ik mijn e-mailadres?', 'Welke gegevens bewaart de corporatie?', 'Ik wil mijn correspondentieadres wijzigen',
    'Hoe vraag ik mijn gegevens op?', 'Mijn naam staat verkeerd in het systeem'] },
  { description: 'Klantportaal en account', keywords: ['inloggen', 'wachtwoord', 'account', 'activatiecode', 'portaal'], questions: [
    'Hoe maak ik een account aan?', 'Ik ben mijn wachtwoord vergeten', 'Mijn account is geblokkeerd', 'Ik heb geen activatiecode ontvangen',
    'Kan iemand anders namens mij inloggen?', 'Hoe verwijder ik mijn account?', '!Account handmatig deblokkeren na controle'] },
  { description: 'Klachten', keywords: ['klacht', 'ontevreden', 'klachtencommissie'], questions: [
    'Hoe dien ik een klacht in?', 'Mijn klacht is niet goed afgehandeld', 'Wat doet de klachtencommissie?', 'Hoe lang duurt het afhandelen van een klacht?'] },
  { description: 'Wonen met zorg', keywords: ['zorg', 'ouderen', 'seniorenwoning', 'begeleiding'], questions: [
    'Ik zoek een woning met zorg', 'Wat is een seniorenwoning?', 'Kan ik met voorrang verhuizen vanwege mijn gezondheid?', 'Welke zorgorganisaties werken samen met de corporatie?'] },
  { description: 'Bewonerscommissie', keywords: ['bewonerscommissie', 'huurdersvereniging', 'inspraak', 'participatie'], questions: [
    'Wat doet de bewonerscommissie?', 'Hoe word ik lid van de huurdersvereniging?', 'Hoe kan ik meepraten over mijn buurt?', 'Krijgt de bewonerscommissie een budget?'] },
  { description: 'Leefbaarheid en buurt', keywords: ['buurt', 'wijk', 'buurtbudget', 'wijkbeheerder'], questions: [
    'Wie is mijn wijkbeheerder?', 'Ik heb een idee voor mijn buurt', 'Er hangt graffiti op de gevel', 'Wat doet de corporatie aan eenzaamheid?'] },
  { description: 'Onderhuur en kamerverhuur', keywords: ['onderhuur', 'kamer', 'airbnb', 'hospitaverhuur'], questions: [
    'Mag ik een kamer verhuren?', 'Mag ik mijn woning via Airbnb verhuren?', 'Wat is hospitaverhuur?', '!Signaal illegale onderhuur onderzoeken'] },
  { description: 'Huurcontract', keywords: ['contract', 'huurovereenkomst', 'voorwaarden', 'tijdelijk'], questions: [
    'Waar vind ik mijn huurcontract?', 'Wat staat er in de algemene huurvoorwaarden?', 'Heb ik een tijdelijk contract?', 'Kan ik mijn contract op naam van mijn kind zetten?',
    'Wat gebeurt er met het contract bij overlijden?'] },
  { description: 'Inkomen en huurprijs', keywords: ['inkomen', 'huurprijs', 'huurbevriezing', 'passend toewijzen'], questions: [
    'Mijn inkomen is gedaald, kan mijn huur omlaag?', 'Wat is passend toewijzen?', 'Hoe wordt mijn huurprijs berekend?', 'Wat is het puntensysteem?', 'Klopt mijn huurprijs wel?'] },
  { description: 'Verhuizen binnen de corporatie', keywords: ['doorstromen', 'verhuizen', 'kleiner wonen'], questions: [
    'Ik wil kleiner gaan wonen', 'Krijg ik voorrang als ik doorstroom?', 'Houd ik mijn huurprijs als ik verhuis?', 'Kan ik een verhuisvergoeding krijgen?'] },
  { description: 'Bezichtiging en inspectie', keywords: ['bezichtiging', 'inspectie', 'opname', 'afspraak'], questions: [
    'Wanneer is de bezichtiging van mijn woning?', 'Moet ik thuis zijn bij de inspectie?', 'Wat wordt er gecontroleerd bij de eindinspectie?', 'Kan ik de afspraak verzetten?'] },
  { description: 'Asbest', keywords: ['asbest', 'sanering', 'inventarisatie'], questions: [
    'Zit er asbest in mijn woning?', 'Mag ik zelf asbest verwijderen?', 'Hoe gaat een asbestsanering?', '!Asbestinventarisatie opvragen bij afdeling vastgoed'] },
  { description: 'Water en riool', keywords: ['water', 'riool', 'afvoer', 'wateroverlast', 'waterdruk'], questions: [
    'Ik heb wateroverlast in de kelder', 'Mijn waterdruk is te laag', 'Het riool stinkt', 'Mijn toilet loopt door', 'Wie ontstopt de afvoer?'] },
  { description: 'Internet en tv', keywords: ['internet', 'glasvezel', 'schotel', 'kabel'], questions: [
    'Mag ik een schotelantenne plaatsen?', 'Krijgt mijn woning glasvezel?', 'Wie legt de aansluiting voor internet aan?'] },
];
