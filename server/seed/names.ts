// Dutch (and Dutch-resident) first names and surnames for the demo households.

export const maleFirstNames = [
  'Jan', 'Pieter', 'Johannes', 'Hendrik', 'Cornelis', 'Willem', 'Gerrit', 'Jacob', 'Dirk', 'Thomas',
  'Daan', 'Sem', 'Lucas', 'Bram', 'Ruben', 'Tim', 'Lars', 'Jeroen', 'Martijn', 'Sander',
  'Bas', 'Kees', 'Henk', 'Gert', 'Wim', 'Frank', 'Erik', 'Marco', 'Rob', 'Ad',
  'Mohamed', 'Ahmed', 'Youssef', 'Mustafa', 'Mehmet', 'Ali', 'Hamza', 'Rachid', 'Emre', 'Tarik',
  'Stefan', 'Dennis', 'Niels', 'Joost', 'Maarten', 'Vincent', 'Koen', 'Mark', 'Hans', 'Theo',
  'Finn', 'Noah', 'Levi', 'Jesse', 'Milan', 'Luuk', 'Stijn', 'Thijs', 'Sven', 'Rik',
] as const;

export const femaleFirstNames = [
  'Maria', 'Johanna', 'Anna', 'Cornelia', 'Wilhelmina', 'Elisabeth', 'Geertruida', 'Hendrika', 'Catharina', 'Margaretha',
  'Emma', 'Julia', 'Sophie', 'Tess', 'Zoë', 'Sara', 'Eva', 'Lotte', 'Fleur', 'Anouk',
  'Sanne', 'Linda', 'Marieke', 'Ingrid', 'Monique', 'Petra', 'Esther', 'Annemarie', 'Karin', 'Wendy',
  'Fatima', 'Khadija', 'Aïcha', 'Nadia', 'Samira', 'Elif', 'Zeynep', 'Ayşe', 'Yasmina', 'Naima',
  'Ilse', 'Mirjam', 'Femke', 'Lisa', 'Iris', 'Nina', 'Britt', 'Noor', 'Roos', 'Merel',
  'Mila', 'Saar', 'Liv', 'Yara', 'Nora', 'Evi', 'Fenna', 'Lieke', 'Hanneke', 'Gerda',
] as const;

/** [tussenvoegsel, surname]; the tussenvoegsel is '' when there is none. */
export const surnames: readonly (readonly [string, string])[] = [
  ['de', 'Jong'], ['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], ['', 'Bakker'],
  ['', 'Janssen'], ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'],
  ['de', 'Groot'], ['', 'Bos'], ['', 'Vos'], ['', 'Peters'], ['', 'Hendriks'], ['van', 'Leeuwen'],
  ['', 'Dekker'], ['', 'Brouwer'], ['de', 'Wit'], ['', 'Dijkstra'], ['', 'Smits'], ['de', 'Graaf'],
  ['van der', 'Meer'], ['van der', 'Linden'], ['', 'Kok'], ['', 'Jacobs'], ['de', 'Haan'], ['', 'Vermeulen'],
  ['van den', 'Heuvel'], ['van der', 'Veen'], ['van den', 'Broek'], ['de', 'Bruijn'], ['de', 'Bruin'],
  ['van der', 'Heijden'], ['', 'Schouten'], ['van', 'Beek'], ['', 'Willems'], ['van', 'Vliet'],
  ['van de', 'Ven'], ['', 'Hoekstra'], ['', 'Maas'], ['', 'Verhoeven'], ['', 'Koster'], ['van', 'Dam'],
  ['van der', 'Wal'], ['', 'Prins'], ['', 'Blom'], ['', 'Huisman'], ['', 'Peeters'], ['van', 'Wijk'],
  ['', 'Kuipers'], ['', 'Veenstra'], ['', 'Kramer'], ['van den', 'Brink'], ['', 'Scholten'], ['van', 'Wijngaarden'],
  ['', 'Post'], ['', 'Kuiper'], ['', 'Martens'], ['', 'Vink'], ['', 'Timmermans'], ['', 'Groen'],
  ['', 'Koning'], ['', 'Boersma'], ['', 'Bosch'], ['', 'Wouters'], ['', 'Postma'], ['van der', 'Laan'],
  ['', 'Hermans'], ['van', 'Rijn'], ['', 'Evers'], ['', 'Bosman'], ['', 'Hofman'], ['', 'Verbeek'],
  ['', 'Gerritsen'], ['', 'Molenaar'], ['van', 'Doorn'], ['', 'Cedee'], ['', 'Batter'], ["'t", 'Hart'],
  ['in het', 'Veld'], ['ten', 'Brink'], ['ter', 'Horst'], ['op de', 'Beek'], ['van', 'Gogh'], ['', 'Mertens'],
  ['', 'Yılmaz'], ['', 'Kaya'], ['', 'Demir'], ['', 'Şahin'], ['', 'Öztürk'], ['', 'Çelik'],
  ['el', 'Amrani'], ['', 'Bouzid'], ['el', 'Idrissi'], ['', 'Benali'], ['', 'Ouali'], ['', 'Haddou'],
  ['', 'Nguyen'], ['', 'Tran'], ['', 'Pinas'], ['', 'Biharie'], ['', 'Ramdin'], ['', 'Kartosen'],
  ['', 'Kowalski'], ['', 'Nowak'], ['', 'Wiśniewska'], ['dos', 'Santos'], ['da', 'Silva'], ['', 'Müller'],
];

/** Lower-case ASCII for usernames and e-mail local parts ("Öztürk" -> "ozturk", "'t Hart" -> "thart"). */
export function asciiLower(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ş/g, 's')
    .replace(/ś/g, 's')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
