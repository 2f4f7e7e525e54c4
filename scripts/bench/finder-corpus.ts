// A second corpus for `npm run bench:finder`: invented reports in the style of wire copy and news sites, in six languages,
// with the gold figures and who each is attributed to written beside them. None of these sentences is quoted from a real
// article; names of agencies and monitors are used as reporters use them.
import type { FinderLanguage } from '../../src/domain/finder-languages';
import type { Source } from '../../src/domain/schema';
import type { GoldArticle, GoldFigure } from './finder-eval';

/** The sources a workspace would already hold; a claimant outside this list is written 'new:<name>'. */
export const CORPUS_SOURCES: Source[] = [
  src('wire-news', 'Wire News', 'outlet', 'Invented English-language news site.'),
  src('le-quotidien', 'Le Quotidien', 'outlet', 'Invented French daily.'),
  src('el-diario', 'El Diario Sur', 'outlet', 'Invented Spanish daily.'),
  src('folha-norte', 'Folha do Norte', 'outlet', 'Invented Brazilian daily.'),
  src('tagesblatt', 'Tagesblatt', 'outlet', 'Invented German daily.'),
  src('al-khabar', 'Al-Khabar', 'outlet', 'Invented Arabic-language news site.'),
  src('afp', 'AFP', 'news agency', 'Agence France-Presse.'),
  src('reuters', 'Reuters', 'news agency', 'British news agency.'),
  src('sohr', 'Syrian Observatory for Human Rights', 'monitoring group', 'Britain-based monitor, also "the Observatory".'),
  src('ocha', 'UN Office for the Coordination of Humanitarian Affairs', 'international organisation', 'Also "OCHA".'),
  src('unhcr', 'UNHCR', 'international organisation', 'The UN refugee agency.'),
  src('who', 'World Health Organization', 'international organisation', 'Also "WHO".'),
  src('civil-defence', 'Civil Defence', 'government', 'Rescue service; "civil defence" in the reports.'),
  src('health-ministry', 'Health Ministry', 'government', 'Ministry of Health of the country reported on.'),
  src('msf', 'Doctors Without Borders', 'international organisation', 'Médecins Sans Frontières, also "MSF".'),
  src('red-cross', 'Red Cross', 'international organisation', 'International Committee of the Red Cross.'),
];

function src(id: string, name: string, kind: Source['kind'], description: string): Source {
  return { id, name, kind, alignment: 'independent', description, parentId: null, aliases: [] };
}

type Gold = [
  asWritten: string,
  low: number | null,
  high: number | null,
  lowInclusive: boolean,
  highInclusive: boolean,
  approximate: boolean,
  claimant: string,
  /** Which occurrence of asWritten, from 1. */
  nth?: number,
];

interface RawArticle {
  id: string;
  outletId: string;
  date: string;
  language: FinderLanguage;
  place: string;
  text: string;
  gold: Gold[];
}

const pt = (v: number): [number, number, boolean, boolean] => [v, v, true, true];
const gt = (v: number): [number, null, boolean, boolean] => [v, null, false, false];
const ge = (v: number): [number, null, boolean, boolean] => [v, null, true, false];
const le = (v: number): [null, number, boolean, boolean] => [null, v, false, true];
const lt = (v: number): [null, number, boolean, boolean] => [null, v, false, false];
const range = (a: number, b: number): [number, number, boolean, boolean] => [a, b, true, true];
const g = (
  asWritten: string,
  [low, high, li, hi]: [number | null, number | null, boolean, boolean],
  approx: boolean,
  claimant: string,
  nth?: number,
): Gold => [asWritten, low, high, li, hi, approx, claimant, nth];

const RAW: RawArticle[] = [
  {
    id: 'b-01',
    outletId: 'wire-news',
    date: '2024-02-14',
    language: 'en',
    place: 'Idlib',
    text: `Air strikes kill dozens in north-west Syria, monitor says

IDLIB, Syria, Feb 14 (Wire News) - Air strikes on towns south of Idlib killed at least 34 people on Tuesday, including 11 children, according to the Syrian Observatory for Human Rights.

The Britain-based monitor said more than 120 people were wounded in the raids, which hit a market and two schools.

Rescuers from the civil defence said they had pulled 27 bodies from the rubble by nightfall. "We are still searching for about 15 people under the collapsed buildings," a rescuer told Wire News.

The Observatory's figure could not be independently verified. The UN Office for the Coordination of Humanitarian Affairs said some 8,000 people had fled the area since Sunday.

12 comments
Share this article`,
    gold: [
      g('dozens', [24, null, true, false], false, 'sohr'),
      g('at least 34', ge(34), false, 'sohr'),
      g('11', pt(11), false, 'sohr'),
      g('more than 120', gt(120), false, 'sohr'),
      g('27', pt(27), false, 'civil-defence'),
      g('about 15', pt(15), true, 'new:rescuer'),
      g('some 8,000', pt(8000), true, 'ocha'),
      g('two', pt(2), false, 'sohr'),
    ],
  },
  {
    id: 'b-02',
    outletId: 'wire-news',
    date: '2023-09-12',
    language: 'en',
    place: 'Derna',
    text: `Libya floods: death toll passes 5,000 as aid arrives

By a staff reporter | Updated 3 hours ago | 5 min read

DERNA, Libya (Wire News) — More than 5,000 people have died in the floods that swept through the eastern city of Derna, the Health Ministry said on Tuesday, and as many as 10,000 remain missing.

The Red Cross put the number of missing at 10,000[2] while local officials said 20 to 25 per cent of the city had been washed away.

"Whole neighbourhoods are gone," said Ahmed Salem, a 42-year-old teacher who lost his brother. Around 30,000 people have been displaced, according to the UN refugee agency UNHCR.

Two dams burst after Storm Daniel dropped 400mm of rain in a day.

Page 1 of 3`,
    gold: [
      g('5,000', pt(5000), false, 'wire-news'),
      g('More than 5,000', gt(5000), false, 'health-ministry'),
      g('as many as 10,000', le(10000), false, 'health-ministry'),
      g('10,000', pt(10000), false, 'red-cross', 2),
      g('20 to 25 per cent', range(20, 25), false, 'new:local officials'),
      g('42-year-old', pt(42), false, 'wire-news'),
      g('Around 30,000', pt(30000), true, 'unhcr'),
      g('Two', pt(2), false, 'wire-news'),
    ],
  },
  {
    id: 'b-03',
    outletId: 'wire-news',
    date: '2024-06-03',
    language: 'en',
    place: 'Khartoum',
    text: `Sudan: hospitals overwhelmed as fighting enters second year

KHARTOUM, June 3 (Wire News) - Doctors Without Borders said its teams had treated 500+ wounded patients at a single hospital in Omdurman between 20 and 27 May, about 40% of them women and children.

The World Health Organization said fewer than 30% of health facilities in the hardest-hit states were still working. It counted c. 1,200 attacks on health care since the war began.

"We are running out of everything," a doctor at the hospital said. He said nearly 90 patients had died in the emergency ward over two weeks.

Fighting between the army and a paramilitary force has displaced over 9 million people, the UN says[14].`,
    gold: [
      g('500+', ge(500), false, 'msf'),
      g('about 40%', pt(40), true, 'msf'),
      g('fewer than 30%', lt(30), false, 'who'),
      g('c. 1,200', pt(1200), true, 'who'),
      g('nearly 90', pt(90), true, 'new:doctor'),
      g('over 9 million', gt(9_000_000), false, 'new:UN'),
    ],
  },
  {
    id: 'b-04',
    outletId: 'wire-news',
    date: '2023-02-08',
    language: 'en',
    place: 'Kahramanmaras',
    text: `Quake toll climbs above 11,000 in Turkey and Syria

Rescue teams worked through freezing temperatures on Wednesday as the combined death toll from Monday's 7.8-magnitude earthquake rose above 11,000.

Turkey's disaster agency AFAD said 8,574 people had been killed in Turkey and 49,133 injured. In Syria, at least 2,662 people were killed, according to the government and rescuers in the rebel-held north-west.

The WHO warned that up to 23 million people could be affected. More than 6,400 buildings collapsed, AFAD said, and some 380,000 people had taken refuge in shelters or hotels.

Posted 8 Feb 2023, 14:05`,
    gold: [
      g('above 11,000', gt(11000), false, 'wire-news'),
      g('7.8', pt(7.8), false, 'wire-news'),
      g('above 11,000', gt(11000), false, 'wire-news', 2),
      g('8,574', pt(8574), false, 'new:AFAD'),
      g('49,133', pt(49133), false, 'new:AFAD'),
      g('at least 2,662', ge(2662), false, 'new:government'),
      g('up to 23 million', le(23_000_000), false, 'who'),
      g('More than 6,400', gt(6400), false, 'new:AFAD'),
      g('some 380,000', pt(380000), true, 'new:AFAD'),
    ],
  },
  {
    id: 'b-05',
    outletId: 'wire-news',
    date: '2024-08-20',
    language: 'en',
    place: 'Mediterranean',
    text: `Migrant boat capsizes off Libya; dozens feared dead

At least 41 people are feared dead after a boat carrying migrants capsized off the Libyan coast, the UN refugee agency said on Monday.

Survivors told UNHCR staff that the boat had left Sfax with about 45 people on board, among them three children. Only four people survived, UNHCR said.

So far this year, more than 1,100 migrants have died or gone missing in the central Mediterranean, per the International Organization for Migration.

The coast guard said it had intercepted 2,300 people at sea in the past two weeks.`,
    gold: [
      g('At least 41', ge(41), false, 'unhcr'),
      g('dozens', [24, null, true, false], false, 'wire-news'),
      g('about 45', pt(45), true, 'new:Survivors'),
      g('three', pt(3), false, 'new:Survivors'),
      g('four', pt(4), false, 'unhcr'),
      g('more than 1,100', gt(1100), false, 'new:International Organization for Migration'),
      g('2,300', pt(2300), false, 'new:coast guard'),
    ],
  },
  {
    id: 'b-06',
    outletId: 'wire-news',
    date: '2025-01-10',
    language: 'en',
    place: 'Los Angeles',
    text: `Wildfires: 10,000 structures destroyed as winds return

LOS ANGELES (Wire News) — The Palisades and Eaton fires have destroyed roughly 10,000 homes and other structures, fire officials said on Friday, and have burned over 35,000 acres.

At least 10 people have died, the county medical examiner said. About 180,000 residents remain under evacuation orders.

"This is the most destructive fire in the history of the county," the fire chief said. Firefighters had contained only 8% of the Palisades fire by Friday morning.`,
    gold: [
      g('10,000', pt(10000), false, 'wire-news'),
      g('roughly 10,000', pt(10000), true, 'new:fire officials'),
      g('over 35,000', gt(35000), false, 'new:fire officials'),
      g('At least 10', ge(10), false, 'new:county medical examiner'),
      g('About 180,000', pt(180000), true, 'wire-news'),
      g('8%', pt(8), false, 'wire-news'),
    ],
  },
  {
    id: 'b-07',
    outletId: 'le-quotidien',
    date: '2024-03-22',
    language: 'fr',
    place: 'Gaza',
    text: `Gaza : l'ONU alerte sur la famine

Plus de 1,1 million de personnes, soit environ la moitié de la population, sont menacées de famine, a indiqué lundi le Programme alimentaire mondial.

Selon le ministère de la Santé, au moins 27 enfants sont morts de malnutrition depuis le début du mois de mars. L'OCHA a recensé environ 1 700 camions d'aide entrés dans le territoire en février, contre plus de 500 par jour avant la guerre.

« Nous avons besoin de 300 camions par jour », a déclaré un responsable de l'agence.

Publié le 22 mars 2024 à 10h15`,
    gold: [
      g('Plus de 1,1 million', gt(1_100_000), false, 'new:Programme alimentaire mondial'),
      g('au moins 27', ge(27), false, 'health-ministry'),
      g('environ 1 700', pt(1700), true, 'ocha'),
      g('plus de 500', gt(500), false, 'ocha'),
      g('300', pt(300), false, 'new:responsable de l’agence'),
    ],
  },
  {
    id: 'b-08',
    outletId: 'le-quotidien',
    date: '2023-09-10',
    language: 'fr',
    place: 'Al-Haouz',
    text: `Séisme au Maroc : le bilan dépasse 2 000 morts

Le séisme de magnitude 6,8 qui a frappé le Maroc vendredi soir a fait au moins 2 012 morts et 2 059 blessés, dont 1 404 dans un état grave, selon un nouveau bilan du ministère de l'Intérieur.

La province d'Al-Haouz est la plus touchée avec 1 293 morts. Près de 300 000 personnes ont été affectées, a estimé l'OMS.

Les secours ont travaillé du 8 au 10 septembre sans interruption.`,
    gold: [
      g('2 000', pt(2000), false, 'le-quotidien'),
      g('6,8', pt(6.8), false, 'le-quotidien'),
      g('au moins 2 012', ge(2012), false, 'new:ministère de l’Intérieur'),
      g('2 059', pt(2059), false, 'new:ministère de l’Intérieur'),
      g('1 404', pt(1404), false, 'new:ministère de l’Intérieur'),
      g('1 293', pt(1293), false, 'le-quotidien'),
      g('Près de 300 000', pt(300000), true, 'new:OMS'),
    ],
  },
  {
    id: 'b-09',
    outletId: 'el-diario',
    date: '2024-11-01',
    language: 'es',
    place: 'Valencia',
    text: `La DANA deja más de 200 muertos en Valencia

Más de 200 personas han muerto por las inundaciones en la provincia de Valencia, según el Centro de Coordinación de Emergencias, que cifra en alrededor de 1.900 los desaparecidos.

Unos 120.000 vehículos quedaron destruidos, informó el Consorcio de Compensación de Seguros. En algunas zonas cayeron 491 litros por metro cuadrado en ocho horas.

"Hay calles enteras cubiertas de barro", dijo una vecina de Paiporta, de 67 años de edad. Cerca de 2.000 militares participan en las labores de rescate, según el Ministerio de Defensa.`,
    gold: [
      g('más de 200', gt(200), false, 'el-diario'),
      g('Más de 200', gt(200), false, 'new:Centro de Coordinación de Emergencias'),
      g('alrededor de 1.900', pt(1900), true, 'new:Centro de Coordinación de Emergencias'),
      g('Unos 120.000', pt(120000), true, 'new:Consorcio de Compensación de Seguros'),
      g('491', pt(491), false, 'el-diario'),
      g('ocho', pt(8), false, 'el-diario'),
      g('67', pt(67), false, 'el-diario'),
      g('Cerca de 2.000', pt(2000), true, 'new:Ministerio de Defensa'),
    ],
  },
  {
    id: 'b-10',
    outletId: 'el-diario',
    date: '2024-07-30',
    language: 'es',
    place: 'Caracas',
    text: `Protestas en Venezuela tras las elecciones

Al menos 11 personas murieron durante las protestas del lunes, según la organización Foro Penal, que contabilizó además 749 detenidos.

El fiscal general aseguró que la policía había arrestado a más de 700 personas. La ONG Provea elevó la cifra de heridos a entre 40 y 50.

Entre el 28 y el 30 de julio se registraron 187 protestas en 20 estados, de acuerdo con el Observatorio Venezolano de Conflictividad Social.`,
    gold: [
      g('Al menos 11', ge(11), false, 'new:Foro Penal'),
      g('749', pt(749), false, 'new:Foro Penal'),
      g('más de 700', gt(700), false, 'new:fiscal general'),
      g('entre 40 y 50', range(40, 50), false, 'new:Provea'),
      g('187', pt(187), false, 'new:Observatorio Venezolano de Conflictividad Social'),
      g('20', pt(20), false, 'new:Observatorio Venezolano de Conflictividad Social'),
    ],
  },
  {
    id: 'b-11',
    outletId: 'folha-norte',
    date: '2024-05-10',
    language: 'pt',
    place: 'Rio Grande do Sul',
    text: `Enchentes no Rio Grande do Sul: mais de 100 mortos

As chuvas que atingem o Rio Grande do Sul desde o fim de abril já deixaram mais de 100 mortos e cerca de 130 desaparecidos, segundo a Defesa Civil.

Pelo menos 1,4 milhão de pessoas foram afetadas em 425 municípios, e mais de 160 mil estão fora de casa, informou o governo do estado.

"Perdemos tudo", disse um morador de Canoas. O nível do Guaíba chegou a 5,35 metros, o maior da história.`,
    gold: [
      g('mais de 100', gt(100), false, 'folha-norte'),
      g('mais de 100', gt(100), false, 'civil-defence', 2),
      g('cerca de 130', pt(130), true, 'civil-defence'),
      g('Pelo menos 1,4 milhão', ge(1_400_000), false, 'new:governo do estado'),
      g('425', pt(425), false, 'new:governo do estado'),
      g('mais de 160 mil', gt(160000), false, 'new:governo do estado'),
      g('5,35', pt(5.35), false, 'folha-norte'),
    ],
  },
  {
    id: 'b-12',
    outletId: 'tagesblatt',
    date: '2021-07-17',
    language: 'de',
    place: 'Ahrtal',
    text: `Hochwasser: Zahl der Toten steigt auf über 150

Nach den schweren Unwettern im Westen Deutschlands ist die Zahl der Toten auf über 150 gestiegen. Allein im Kreis Ahrweiler kamen nach Angaben der Polizei mindestens 98 Menschen ums Leben, rund 670 wurden verletzt.

Etwa 1.300 Menschen galten am Samstag noch als vermisst, teilte die Kreisverwaltung mit. Laut dem Deutschen Wetterdienst fielen vom 13. bis 15. Juli bis zu 150 Liter Regen pro Quadratmeter.

Ein 58-jähriger Anwohner sagte: „Das Wasser stieg innerhalb von 20 Minuten um zwei Meter.“`,
    gold: [
      g('über 150', gt(150), false, 'tagesblatt'),
      g('über 150', gt(150), false, 'tagesblatt', 2),
      g('mindestens 98', ge(98), false, 'new:Polizei'),
      g('rund 670', pt(670), true, 'new:Polizei'),
      g('Etwa 1.300', pt(1300), true, 'new:Kreisverwaltung'),
      g('bis zu 150', le(150), false, 'new:Deutschen Wetterdienst'),
      g('58-jähriger', pt(58), false, 'tagesblatt'),
      g('20', pt(20), false, 'new:Anwohner'),
    ],
  },
  {
    id: 'b-13',
    outletId: 'al-khabar',
    date: '2024-02-14',
    language: 'ar',
    place: 'إدلب',
    text: `مقتل العشرات في غارات على ريف إدلب

قال المرصد السوري لحقوق الإنسان إن أكثر من ٣٠ شخصاً قتلوا يوم الثلاثاء في غارات جوية على بلدات جنوب إدلب، بينهم ١١ طفلاً.

وأضاف المرصد أن نحو ١٢٠ شخصاً أصيبوا بجروح. وبحسب الدفاع المدني، تم انتشال ٢٧ جثة من تحت الأنقاض.

وقالت الأمم المتحدة إن حوالي ٨٬٠٠٠ شخص نزحوا من المنطقة منذ يوم الأحد.`,
    gold: [
      g('أكثر من ٣٠', gt(30), false, 'sohr'),
      g('١١', pt(11), false, 'sohr'),
      g('نحو ١٢٠', pt(120), true, 'sohr'),
      g('٢٧', pt(27), false, 'civil-defence'),
      g('حوالي ٨٬٠٠٠', pt(8000), true, 'new:الأمم المتحدة'),
    ],
  },
];

/** The corpus with each gold figure placed at its offsets; throws when a figure is not in its text, so the gold stays true. */
export function corpusArticles(): GoldArticle[] {
  return RAW.map((raw) => {
    const figures: GoldFigure[] = raw.gold.map(([asWritten, low, high, lowInclusive, highInclusive, approximate, claimant, nth = 1]) => {
      let at = -1;
      for (let k = 0; k < nth; k++) {
        at = raw.text.indexOf(asWritten, at + 1);
        if (at < 0) throw new Error(`${raw.id}: "${asWritten}" (occurrence ${nth}) is not in the text`);
      }
      return {
        start: at,
        end: at + asWritten.length,
        asWritten,
        value: { low, high, lowInclusive, highInclusive, approximate },
        claimant,
        attributed: claimant !== raw.outletId,
      };
    });
    return { id: raw.id, text: raw.text, outletId: raw.outletId, date: raw.date, language: raw.language, place: raw.place, figures };
  });
}
