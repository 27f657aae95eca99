/**
 * Small curated lists that no data package covers: everyday aliases of a few countries, seats
 * of power that stand for governments, international organisations, and titles.
 */

/** Common aliases missing from world-countries' alternative spellings. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  'United States': ['U.S.', 'US', 'U.S.A.', 'America'],
  'United Kingdom': ['U.K.', 'UK', 'Britain', 'Great Britain'],
  'South Korea': ['Republic of Korea'],
  China: ["People's Republic of China", 'PRC'],
  Netherlands: ['Holland'],
  Czechia: ['Czech Republic'],
};

/** Places and buildings whose name stands for a government or institution: [name, stands for]. */
export const SEATS_OF_POWER: [string, string][] = [
  ['Kremlin', 'Russia'],
  ['White House', 'United States'],
  ['Pentagon', 'United States'],
  ['Capitol Hill', 'United States'],
  ['Foggy Bottom', 'United States'],
  ['Downing Street', 'United Kingdom'],
  ['Whitehall', 'United Kingdom'],
  ['Élysée', 'France'],
  ['Elysee', 'France'],
  ['Quai d’Orsay', 'France'],
  ['Zhongnanhai', 'China'],
  ['Blue House', 'South Korea'],
  ['Brussels', 'European Union'],
];

/** International organisations: canonical name, then aliases and acronyms. */
export const ORGANIZATIONS: string[][] = [
  ['United Nations', 'UN', 'U.N.'],
  ['European Union', 'EU', 'E.U.'],
  ['NATO', 'North Atlantic Treaty Organization', 'Nato'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Health Organization', 'WHO'],
  ['World Trade Organization', 'WTO'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['African Union', 'AU'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['Group of Seven', 'G7'],
  ['Group of 20', 'G20'],
];

/** Titles before a person's name; the value is the gender they imply, if any. */
export const TITLES: Record<string, 'm' | 'f' | ''> = {
  'Mr.': 'm',
  Mr: 'm',
  'Mrs.': 'f',
  Mrs: 'f',
  'Ms.': 'f',
  Ms: 'f',
  Miss: 'f',
  Sir: 'm',
  Dame: 'f',
  Lord: 'm',
  Lady: 'f',
  King: 'm',
  Queen: 'f',
  Prince: 'm',
  Princess: 'f',
  President: '',
  'Vice President': '',
  'Prime Minister': '',
  Chancellor: '',
  Minister: '',
  Secretary: '',
  Senator: '',
  'Sen.': '',
  'Rep.': '',
  Representative: '',
  Governor: '',
  'Gov.': '',
  Mayor: '',
  General: '',
  'Gen.': '',
  'Dr.': '',
  Dr: '',
  'Prof.': '',
  Professor: '',
  Judge: '',
  Justice: '',
  Pope: 'm',
  Ambassador: '',
  Premier: '',
  Leader: '',
  Chairman: 'm',
  Chairwoman: 'f',
};

/** Role nouns that, after a demonym ("the Russian leader"), describe a person. */
export const ROLE_NOUNS = new Set([
  'leader',
  'president',
  'premier',
  'prime minister',
  'chancellor',
  'foreign minister',
  'defense minister',
  'defence minister',
  'head of state',
  'dictator',
  'autocrat',
  'monarch',
  'king',
  'queen',
]);
