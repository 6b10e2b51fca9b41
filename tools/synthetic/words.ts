// Vocabulary of the synthetic corpus (seeds/synthetic.ts). Lists are ordered by how often a word
// should occur: the generator draws ranks from a Zipf-like distribution, so the first words are
// the most common. Nothing here comes from the source article.

/** English function words: about half of all running text, as in real prose. */
export const FUNCTION_WORDS = (
  'the of and to a in that is for on was with as at by said from it his but have has are be this not were ' +
  'they which an will been had its would their who after more we one also or she her about over than into could ' +
  'there up two new last when all some other year what out them three first before most against while under between'
).split(' ');

/** News vocabulary, roughly from common to rare. */
export const CONTENT_WORDS = (
  'government minister president country people officials week statement city state war security police talks ' +
  'report percent million court agreement support company plan military election leaders policy market energy ' +
  'budget region forces law public national international economic foreign data health group water power ' +
  'ministry council members workers families children prices growth sanctions troops border attack peace deal ' +
  'vote parliament party campaign candidate opposition coalition reform crisis inflation bank rates investment ' +
  'trade exports imports tariffs industry factory production supply demand jobs unemployment wages pension tax ' +
  'spending debt deficit currency bonds shares investors profits losses revenue quarter forecast analysts ' +
  'experts researchers scientists study evidence climate emissions weather storm flood drought heat winter summer ' +
  'spring autumn morning evening night hospital doctors patients vaccine disease schools students teachers ' +
  'university research technology software internet network cyber satellite rocket drone missile defence army ' +
  'navy air fleet soldiers commander general ceasefire negotiations delegation summit ambassador embassy treaty ' +
  'alliance partners allies neighbours residents villages district province capital streets bridge railway ' +
  'airport port ships cargo fuel gas oil electricity grid nuclear plant reactor solar wind coal pipeline ' +
  'infrastructure reconstruction aid humanitarian refugees shelter volunteers donors fund grant loan package ' +
  'assistance weapons equipment ammunition artillery tanks aircraft systems production contracts procurement ' +
  'corruption investigation prosecutors judge trial verdict sentence appeal lawyers rights freedom media ' +
  'journalists press newspaper broadcast television radio interview announcement decision proposal bill ' +
  'legislation regulation committee hearing chamber deputies senators governor mayor administration cabinet ' +
  'spokesperson adviser secretary director chief executive chairman board shareholders union strike protest ' +
  'demonstrators crowd rally square monument museum festival film music theatre artists exhibition book author ' +
  'novel history heritage culture language identity community church village farmers harvest grain wheat corn ' +
  'exports shipping routes corridor sea coast island mountains river forest land territory occupation ' +
  'liberation frontline offensive counteroffensive positions strikes shelling damage casualties victims ' +
  'survivors rescue emergency services firefighters engineers repairs restoration generators heating ' +
  'transport buses trains passengers tickets tourism hotels restaurants business entrepreneurs startups ' +
  'innovation artificial intelligence chips semiconductors batteries vehicles cars electric charging ' +
  'manufacturing steel metals mining lithium minerals resources environment pollution recycling waste ' +
  'transparency accountability oversight audit inspectors standards certification membership accession ' +
  'integration cooperation dialogue diplomacy mediation guarantees commitments obligations priorities strategy ' +
  'vision future generation youth elderly women men population census migration citizenship passports visas ' +
  'borders checkpoints customs smuggling crime arrests suspects charges fraud bribery money laundering ' +
  'assets property estate housing rent mortgage construction apartments neighbourhood park garden sports ' +
  'football match tournament championship team players coach season league stadium fans victory defeat ' +
  'record medal olympic athletes training competition final goal score result fixture transfer contract ' +
  'tomorrow yesterday today recently currently previously earlier later soon already still again however ' +
  'meanwhile despite although because since until during across around without within along behind beyond ' +
  'important significant major key critical serious difficult possible likely unclear official independent ' +
  'local regional global western eastern northern southern central european american asian african ' +
  'parliamentary presidential municipal federal military civilian political economic social financial legal ' +
  'strategic technical environmental digital historic cultural religious ethnic democratic authoritarian ' +
  'announced confirmed denied warned urged called told added noted stressed argued claimed suggested ' +
  'expected planned agreed rejected approved signed launched opened closed raised reduced increased ' +
  'cut boosted doubled fell rose dropped jumped recovered continued remained became began ended returned ' +
  'visited met discussed negotiated promised pledged demanded accused blamed criticised praised welcomed'
).split(' ');

/** Syllables for surnames and place names: a long tail of rare, capitalised words. */
export const NAME_SYLLABLES = [
  'ka',
  'ter',
  'yna',
  'lo',
  'va',
  'shen',
  'ko',
  'mar',
  'tin',
  'ov',
  'el',
  'ber',
  'gen',
  'son',
  'sky',
  'dal',
  'rin',
  'hol',
  'mi',
  'ra',
  'vich',
  'nen',
  'lind',
  'qvist',
  'an',
  'dre',
  'chuk',
  'bor',
  'is',
  'to',
  'fer',
  'ri',
  'ne',
  'stad',
  'wald',
  'ho',
  'du',
  'mo',
  'zar',
  'pet',
  'len',
  'sa',
  'vo',
  'gar',
  'ley',
  'ton',
  'wick',
  'ham',
  'field',
  'bro',
  'ok',
  'mann',
];

export const FIRST_NAMES = (
  'Anna Oleksandr Maria Andriy Olena Ivan Kateryna Dmytro Sofia Taras Iryna Mykola Yulia Serhiy Natalia Petro ' +
  'Emma Lucas Mia Noah Sara Oliver Laura Jonas Elena Marco Ingrid Lars Eva Tomas Clara Pierre Julia Martin Alice ' +
  'Daniel Hannah Erik Nora Felix Ida Mateusz Agnieszka Piotr Zofia Viktor Lena Karl Astrid Hugo Chloe Samuel ' +
  'Grace James Olivia Benjamin Amelia Henry Isla Adam Zuzana Jan Petra Miguel Lucia Paolo Giulia Ahmed Leila ' +
  'Yusuf Amira Kenji Yuki Priya Arjun Chen Mei David Rachel Thomas Charlotte'
).split(' ');

export const LAST_NAMES = (
  'Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliynyk Lysenko Marchenko Rudenko Savchenko ' +
  'Petrenko Moroz Pavlenko Hrytsenko Andersson Johansson Lindqvist Nielsen Hansen Virtanen Korhonen Berg Dahl ' +
  'Novak Horvat Kowalski Nowak Wisniewska Dvorak Svoboda Müller Schmidt Fischer Weber Wagner Becker Hoffmann ' +
  'Dubois Laurent Moreau Lefebvre Rossi Bianchi Romano Ricci Garcia Fernandez Lopez Martinez Smith Jones ' +
  'Taylor Brown Wilson Evans Walker Wright Robinson Thompson Clarke Hughes Edwards Murphy Kelly Byrne Walsh ' +
  "O'Brien Jensen Larsen Eriksen Kask Tamm Ozols Berzins Kazlauskas Petraitis Sato Tanaka Kim Park Patel Singh Khan"
).split(' ');

export const ROLES = [
  'Reporter',
  'News Editor',
  'Correspondent',
  'Senior Reporter',
  'Foreign Correspondent',
  'Columnist',
  'Business Editor',
  'Data Journalist',
  'Photographer',
  'Deputy Editor',
];

export const SECTIONS: [name: string, weight: number][] = [
  ['News', 22],
  ['World', 14],
  ['Politics', 12],
  ['Business', 10],
  ['Economy', 7],
  ['Europe', 7],
  ['Technology', 6],
  ['Opinion', 6],
  ['Culture', 5],
  ['Science', 4],
  ['Sport', 4],
  ['Investigations', 3],
];

export const CREDITS = [
  'Reuters',
  'AP Photo',
  'AFP',
  'Getty Images',
  'Contributor/Getty Images',
  'Newsdesk',
  'EPA',
  'Anadolu',
];

export const OUTLETS = [
  'reuters',
  'apnews',
  'bbc',
  'politico',
  'ft',
  'euronews',
  'dw',
  'france24',
  'aljazeera',
  'theguardian',
];

const TOPIC_TAGS = (
  'energy|nato|sanctions|elections|economy|inflation|climate|defence|diplomacy|eu accession|corruption|reconstruction|' +
  'humanitarian aid|refugees|agriculture|grain exports|technology|cybersecurity|drones|artificial intelligence|' +
  'health|education|culture|sport|football|human rights|media freedom|justice|courts|parliament|budget|taxes|' +
  'banking|markets|trade|shipping|black sea|nuclear safety|infrastructure|railways|aviation|tourism|housing|' +
  'labour|pensions|demography|migration|environment|pollution|water|forests|mining|steel|oil and gas|' +
  'renewables|electricity|heating|winter|war crimes|prisoners of war|mobilisation|veterans|volunteers|' +
  'donors|weapons|air defence|artillery|navy|intelligence|espionage|propaganda|disinformation|religion|' +
  'history|language|literature|cinema|music|theatre|museums|heritage|science|space|research|universities|' +
  'startups|investment|privatisation|anti-corruption|local government|decentralisation|regions|cities|' +
  'transport|roads|ports|borders|customs|visas|diaspora|opinion|analysis|explainer|interview|investigation|' +
  'fact check|live updates|breaking news|photo story|podcast|newsletter|weekend read|long read'
).split('|');

const PLACE_TAGS = (
  'Ukraine|Kyiv|Kharkiv|Odesa|Lviv|Dnipro|Zaporizhzhia|Mykolaiv|Kherson|Donetsk|Luhansk|Crimea|Sumy|Chernihiv|' +
  'Poltava|Vinnytsia|Zhytomyr|Ivano-Frankivsk|Ternopil|Uzhhorod|Poland|Warsaw|Germany|Berlin|France|Paris|' +
  'United Kingdom|London|United States|Washington|Brussels|European Union|Moldova|Romania|Hungary|Slovakia|' +
  'Czech Republic|Lithuania|Latvia|Estonia|Finland|Sweden|Norway|Denmark|Netherlands|Belgium|Italy|Spain|' +
  'Portugal|Greece|Turkey|Georgia|Armenia|Azerbaijan|Kazakhstan|China|Japan|South Korea|India|Israel|Iran|' +
  'Middle East|Africa|Latin America|Canada|Australia|Baltic states|Nordic countries|Balkans|Serbia|Croatia|' +
  'Bulgaria|Austria|Switzerland|Ireland|Belarus|Russia|Moscow|Arctic|Black Sea region|Danube'
).split('|');

const TAG_QUALIFIERS = ['policy', 'reform', 'talks', 'funding', 'crisis', 'report'];

/** About 300 tags: topics, places, and topic/qualifier pairs (the same for every seed). */
export const TAG_POOL: string[] = (() => {
  const pool = [...TOPIC_TAGS, ...PLACE_TAGS];
  for (let i = 0; pool.length < 300; i++)
    pool.push(`${TOPIC_TAGS[i % 60]} ${TAG_QUALIFIERS[i % TAG_QUALIFIERS.length]}`);
  return [...new Set(pool)];
})();

/** Ukrainian function words and news vocabulary, for the Cyrillic share of the corpus. */
export const CYRILLIC_FUNCTION_WORDS =
  'і в на що з до не за про як та у від це його але також після під час для вже ще які був була були буде можуть'.split(
    ' ',
  );
export const CYRILLIC_WORDS = (
  'україна уряд міністр президент країна люди тиждень заява місто держава війна безпека поліція переговори звіт ' +
  'відсотків мільйонів суд угода підтримка компанія план армія вибори лідери політика ринок енергетика бюджет ' +
  'регіон сили закон громадськість економіка здоров’я вода влада міністерство рада працівники родини діти ціни ' +
  'зростання санкції кордон атака мир голосування парламент партія кампанія опозиція реформа криза інфляція банк ' +
  'інвестиції торгівля експорт промисловість виробництво робота зарплата пенсія податок борг валюта аналітики ' +
  'експерти дослідження клімат погода зима літо весна осінь ранок вечір ніч лікарня лікарі вакцина школи студенти ' +
  'університет технології мережа супутник дрон ракета оборона флот солдати командир перемир’я делегація саміт ' +
  'посол посольство союзники мешканці села область столиця вулиці міст залізниця аеропорт порт кораблі пальне газ ' +
  'електрика енергосистема атомна електростанція відновлення допомога біженці волонтери фонд кредит зброя ' +
  'обладнання корупція розслідування прокурори суддя вирок права свобода журналісти телебачення інтерв’ю рішення ' +
  'законопроєкт комітет депутати мер адміністрація кабінет речник радник директор профспілка протест музей ' +
  'фестиваль фільм музика театр художники виставка книга історія культура мова громада церква фермери урожай ' +
  'зерно пшениця море узбережжя річка ліс територія окупація звільнення фронт наступ позиції удари обстріл ' +
  'руйнування жертви рятувальники генератори опалення транспорт поїзди пасажири туризм бізнес стартапи ' +
  'інновації акумулятори автомобілі сталь ресурси довкілля прозорість аудит членство інтеграція співпраця ' +
  'дипломатія гарантії стратегія майбутнє молодь населення міграція громадянство митниця злочин арешт ' +
  'шахрайство майно житло будівництво футбол матч турнір команда гравці тренер сезон стадіон перемога рекорд'
).split(' ');
export const CYRILLIC_NAMES = (
  'Київ Харків Одеса Львів Дніпро Запоріжжя Миколаїв Херсон Суми Чернігів Полтава Вінниця Житомир Ужгород ' +
  'Шевченко Коваленко Бондаренко Ткаченко Кравченко Мельник Бойко Олійник Лисенко Марченко Руденко Савченко ' +
  'Петренко Мороз Павленко Гриценко Олена Андрій Марія Іван Катерина Дмитро Софія Тарас Ірина Микола'
).split(' ');

/**
 * People and places in the news with the spellings outlets give them: Latin ones (the first most
 * often; each article keeps to one) and the Cyrillic one the Ukrainian share uses. Earlier
 * entries are mentioned more often. What search's spellings are measured on (`npm run bench`).
 */
export const NEWSMAKERS: { first?: [latin: string, cyrillic: string]; latin: string[]; cyrillic: string }[] = [
  { first: ['Volodymyr', 'Володимир'], latin: ['Zelensky', 'Zelenskyy', 'Zelenskiy'], cyrillic: 'Зеленський' },
  { latin: ['Kyiv', 'Kiev'], cyrillic: 'Київ' },
  { latin: ['Kharkiv', 'Kharkov'], cyrillic: 'Харків' },
  { first: ['Valerii', 'Валерій'], latin: ['Zaluzhnyi', 'Zaluzhny'], cyrillic: 'Залужний' },
  { latin: ['Odesa', 'Odessa'], cyrillic: 'Одеса' },
  { first: ['Denys', 'Денис'], latin: ['Shmyhal', 'Shmygal'], cyrillic: 'Шмигаль' },
  { first: ['Oleksandr', 'Олександр'], latin: ['Syrskyi', 'Syrsky', 'Syrskiy'], cyrillic: 'Сирський' },
  { latin: ['Zaporizhzhia', 'Zaporizhia'], cyrillic: 'Запоріжжя' },
  { first: ['Vitali', 'Віталій'], latin: ['Klitschko', 'Klychko'], cyrillic: 'Кличко' },
  { first: ['Yulia', 'Юлія'], latin: ['Svyrydenko', 'Sviridenko'], cyrillic: 'Свириденко' },
  { first: ['Andriy', 'Андрій'], latin: ['Yermak'], cyrillic: 'Єрмак' },
  { first: ['Dmytro', 'Дмитро'], latin: ['Kuleba'], cyrillic: 'Кулеба' },
];
