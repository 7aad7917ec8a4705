// Real Dutch cities with their postcode ranges and area codes, and common street names.

export interface City {
  name: string;
  /** Four-digit postcode range of the city (inclusive). */
  pcFrom: number;
  pcTo: number;
  /** Area code without the leading 0, e.g. '20' for Amsterdam; 2 or 3 digits. */
  area: string;
  /** Relative share of the housing stock. */
  weight: number;
}

export const cities: readonly City[] = [
  { name: 'Amsterdam', pcFrom: 1011, pcTo: 1109, area: '20', weight: 18 },
  { name: 'Rotterdam', pcFrom: 3011, pcTo: 3089, area: '10', weight: 15 },
  { name: 'Den Haag', pcFrom: 2491, pcTo: 2597, area: '70', weight: 12 },
  { name: 'Utrecht', pcFrom: 3511, pcTo: 3585, area: '30', weight: 8 },
  { name: 'Eindhoven', pcFrom: 5611, pcTo: 5658, area: '40', weight: 5 },
  { name: 'Groningen', pcFrom: 9711, pcTo: 9747, area: '50', weight: 5 },
  { name: 'Tilburg', pcFrom: 5011, pcTo: 5049, area: '13', weight: 4 },
  { name: 'Almere', pcFrom: 1311, pcTo: 1359, area: '36', weight: 4 },
  { name: 'Breda', pcFrom: 4811, pcTo: 4839, area: '76', weight: 3 },
  { name: 'Nijmegen', pcFrom: 6511, pcTo: 6546, area: '24', weight: 3 },
  { name: 'Apeldoorn', pcFrom: 7311, pcTo: 7339, area: '55', weight: 3 },
  { name: 'Haarlem', pcFrom: 2011, pcTo: 2037, area: '23', weight: 3 },
  { name: 'Arnhem', pcFrom: 6811, pcTo: 6846, area: '26', weight: 3 },
  { name: 'Zaandam', pcFrom: 1501, pcTo: 1509, area: '75', weight: 2 },
  { name: 'Amersfoort', pcFrom: 3811, pcTo: 3829, area: '33', weight: 2 },
  { name: 'Zwolle', pcFrom: 8011, pcTo: 8047, area: '38', weight: 2 },
  { name: 'Leiden', pcFrom: 2311, pcTo: 2334, area: '71', weight: 2 },
  { name: 'Maastricht', pcFrom: 6211, pcTo: 6229, area: '43', weight: 2 },
  { name: 'Dordrecht', pcFrom: 3311, pcTo: 3329, area: '78', weight: 2 },
  { name: 'Zoetermeer', pcFrom: 2711, pcTo: 2729, area: '79', weight: 2 },
  { name: 'Deventer', pcFrom: 7411, pcTo: 7429, area: '570', weight: 1 },
  { name: 'Delft', pcFrom: 2611, pcTo: 2629, area: '15', weight: 1 },
  { name: 'Alkmaar', pcFrom: 1811, pcTo: 1827, area: '72', weight: 1 },
  { name: 'Leeuwarden', pcFrom: 8911, pcTo: 8939, area: '58', weight: 1 },
  { name: 'Hilversum', pcFrom: 1211, pcTo: 1223, area: '35', weight: 1 },
  { name: 'Enschede', pcFrom: 7511, pcTo: 7548, area: '53', weight: 2 },
  { name: "'s-Hertogenbosch", pcFrom: 5211, pcTo: 5247, area: '73', weight: 2 },
  { name: 'Gouda', pcFrom: 2801, pcTo: 2809, area: '182', weight: 1 },
  { name: 'Hengelo', pcFrom: 7550, pcTo: 7559, area: '74', weight: 1 },
  { name: 'Purmerend', pcFrom: 1441, pcTo: 1448, area: '299', weight: 1 },
];

export const streets = [
  'Kerkstraat', 'Schoolstraat', 'Molenstraat', 'Dorpsstraat', 'Stationsweg', 'Julianastraat', 'Beatrixlaan',
  'Wilhelminastraat', 'Nieuwstraat', 'Parallelweg', 'Eikenlaan', 'Lindenlaan', 'Beukenlaan', 'Kastanjelaan',
  'Prins Bernhardstraat', 'Oranjestraat', 'Marktstraat', 'Sportlaan', 'Tulpstraat', 'Rozenstraat',
  'Irisstraat', 'Anjerstraat', 'Merelstraat', 'Lijsterstraat', 'Vinkenstraat', 'Mezenlaan', 'Spoorstraat',
  'Industrieweg', 'Havenstraat', 'Kanaalweg', 'Burgemeester de Withstraat', 'Koningin Julianaplein',
  'Rembrandtlaan', 'Vondelstraat', 'Bilderdijkstraat', 'Van Goghstraat', 'Mozartlaan', 'Beethovenstraat',
  'Thorbeckestraat', 'Troelstralaan', 'Van Speijkstraat', 'De Ruyterstraat', 'Tromplaan', 'Pieter de Hoochstraat',
  'Johan de Wittlaan', 'Hugo de Grootstraat', 'Erasmusweg', 'Graaf Florisstraat', 'Willem van Oranjelaan',
  'Zonnebloemstraat', 'Goudsbloemlaan', 'Klaverweide', 'Boterbloem', 'Hoefslag', 'Esdoornstraat',
  'Populierenlaan', 'Wilgenhof', 'Berkenlaan', 'Iepenstraat', 'Akkerweg', 'Veldweg', 'Weteringstraat',
  'Dijkstraat', 'Polderweg', 'Meidoornstraat', 'Hazelaarstraat', 'Nachtegaalstraat', 'Zwaluwstraat',
  'Kievitlaan', 'Reigerstraat', 'Valkenburgerstraat', 'Marnixstraat', 'Van Heemskerckstraat', 'Prinsengracht',
  'Bloemgracht', 'Lange Nieuwstraat', 'Korte Kerkstraat', 'Oude Gracht', 'Nieuwe Binnenweg', 'Hoogstraat',
] as const;

export const houseNumberAdditions = ['A', 'B', 'C', 'a', 'bis', '1', '2', '3', 'I', 'II', 'hs', 'zw'] as const;

/** Postcode letters as used in practice (F, I, O, Q, U and Y are not issued; SA, SD, SS are skipped). */
export const postcodeLetters = 'ABCDEGHJKLMNPRSTVWXZ';
export const postcodeSuffixes: readonly string[] = (() => {
  const out: string[] = [];
  for (const a of postcodeLetters) {
    for (const b of postcodeLetters) {
      const s = a + b;
      if (s !== 'SA' && s !== 'SD' && s !== 'SS') out.push(s);
    }
  }
  return out;
})();

/** The e-mail providers Dutch households actually use, roughly by share. */
export const emailDomains: readonly (readonly [string, number])[] = [
  ['gmail.com', 30], ['hotmail.com', 18], ['outlook.com', 8], ['ziggo.nl', 9], ['kpnmail.nl', 7],
  ['live.nl', 5], ['hotmail.nl', 5], ['xs4all.nl', 2], ['planet.nl', 3], ['home.nl', 3],
  ['icloud.com', 4], ['yahoo.com', 2], ['telfort.nl', 1], ['upcmail.nl', 2],
];

export const banks = ['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ', 'RBRB'] as const;
