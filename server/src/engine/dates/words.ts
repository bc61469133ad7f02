/**
 * Words the date recognizer needs beyond data/lexicon.json: cue words that make a four-digit
 * number a year, nouns that make it a count, Arabic ordinal day words, decade words, English
 * Hijri month names. Arabic entries are folded (text/fold.ts): ا for every alef, ه for ة, ي for ى.
 */

/** A four-digit number right after one of these is a year ("في 2013", "منذ 2011", "مطلع 2014"). */
export const AR_YEAR_CUES = [
  'في', 'عام', 'العام', 'لعام', 'للعام', 'بعام', 'وعام', 'سنه', 'السنه', 'لسنه', 'للسنه', 'بسنه',
  'منذ', 'خلال', 'مطلع', 'اوائل', 'اواخر', 'منتصف', 'اواسط', 'نهايه', 'بدايه', 'عامي',
  'ربيع', 'صيف', 'خريف', 'شتاء', 'قبل', 'بعد', 'بحلول',
];

/** English cue words; "for", "up to", "of N people" and "from N to M" are counts, handled apart. */
export const EN_YEAR_CUES = [
  'in', 'since', 'by', 'during', 'until', 'till', 'through', 'throughout', 'from', 'of', 'before',
  'after', 'early', 'late', 'mid', 'the', 'year', 'around', 'circa', 'summer', 'winter', 'spring',
  'autumn', 'fall',
];

/**
 * Nouns counted after a number: "في 2000 حالة", "منذ 2000 عام" (2000 years ago), "2000 جندي".
 * A four-digit number followed by one of these (with or without the accusative ا) is not a year.
 */
export const AR_COUNT_NOUNS = [
  // time
  'عام', 'اعوام', 'سنه', 'سنوات', 'سنين', 'يوم', 'ايام', 'شهر', 'اشهر', 'شهور', 'اسبوع', 'اسابيع',
  'ساعه', 'ساعات', 'دقيقه', 'دقائق', 'ثانيه', 'ثوان', 'ليله', 'ليال', 'عقود', 'قرن', 'قرون',
  // people
  'شخص', 'اشخاص', 'فرد', 'افراد', 'جندي', 'جنود', 'عسكري', 'عسكريين', 'مقاتل', 'مقاتلين', 'مسلح',
  'مسلحين', 'عنصر', 'عناصر', 'قتيل', 'قتلي', 'جريح', 'جرحي', 'مصاب', 'مصابين', 'ضحيه', 'ضحايا',
  'مدني', 'مدنيين', 'طفل', 'اطفال', 'امراه', 'نساء', 'رجل', 'رجال', 'لاجئ', 'لاجئين', 'نازح',
  'نازحين', 'مهاجر', 'مهاجرين', 'معتقل', 'معتقلين', 'سجين', 'سجناء', 'اسير', 'اسري', 'عامل', 'عمال',
  'موظف', 'موظفين', 'طلاب', 'مواطن', 'مواطنين', 'نسمه', 'شرطي', 'عائله', 'عائلات', 'اسره',
  'متظاهر', 'متظاهرين', 'ناخب', 'ناخبين', 'زائر', 'سائح', 'مشارك', 'متطوع', 'طبيب', 'مريض',
  'حاله', 'حالات', 'اصابه', 'اصابات', 'وفاه', 'وفيات', 'شهيد', 'شهداء',
  // money and units
  'دولار', 'يورو', 'جنيه', 'ريال', 'دينار', 'درهم', 'ليره', 'روبل', 'فرنك', 'طن', 'اطنان', 'كيلو',
  'كيلوغرام', 'كيلوجرام', 'غرام', 'جرام', 'كيلومتر', 'كلم', 'كم', 'متر', 'امتار', 'ميل', 'هكتار',
  'فدان', 'دونم', 'برميل', 'براميل', 'ميغاواط', 'ميجاوات', 'لتر', 'الف', 'مليون', 'مليار',
  // things
  'منزل', 'منازل', 'مبني', 'مباني', 'بيت', 'بيوت', 'صاروخ', 'صواريخ', 'قذيفه', 'قذائف', 'غاره',
  'غارات', 'طائره', 'طائرات', 'دبابه', 'دبابات', 'مركبه', 'مركبات', 'سياره', 'سيارات', 'شاحنه',
  'شاحنات', 'اصوات', 'مقعد', 'مقاعد', 'مشروع', 'مشاريع', 'وظيفه', 'وظائف', 'فرصه', 'موقع',
  'مواقع', 'قريه', 'قري', 'مدرسه', 'مدارس', 'مستشفي', 'هجوم', 'هجمات', 'عمليه', 'عمليات', 'انتهاك',
  'انتهاكات', 'خروقات', 'نسخه', 'صفحه', 'كلمه', 'مره', 'مرات', 'قطعه', 'وحدات', 'سلاح', 'رصاصه',
  'نقطه', 'درجه',
  // "2000 منهم": of them
  'منهم', 'منها',
];
// Left out on purpose, though they count things: verbs of the same spelling that often follow a
// year at the head of a clause ("في 2013 عقد", "صوت", "طالب", "أسر", "أسهم", "خرق") and "وحده"
// ("في 2013 وحده": in 2013 alone).

/**
 * English words after a number that make it a count but do not end in -s (regular plurals are
 * caught by shape): "of 2000 people", "the 2000 km border".
 */
export const EN_COUNT_WORDS = [
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'infantry', 'feet', 'foot',
  'sheep', 'cattle', 'livestock', 'km', 'kg', 'm', 'mm', 'cm', 'ft', 'mi', 'mph', 'mw', 'gw', 'kw',
  'kwh', 'hp', 'sq', 'square', 'metre', 'meter', 'mile', 'acre', 'ton', 'tonne', 'barrel', 'bpd',
  'dollar', 'euro', 'pound', 'who', 'of', 'percent',
];

/** Plurals after a year that name events, not counted things: "the 2016 elections". */
export const EN_EVENT_PLURALS = [
  'elections', 'talks', 'games', 'olympics', 'paralympics', 'protests', 'riots', 'uprisings',
  'negotiations', 'polls', 'sanctions', 'accords', 'floods', 'midterms', 'primaries', 'reforms',
  'championships', 'finals', 'hearings', 'demonstrations', 'clashes', 'revolutions', 'budgets',
  'figures', 'results', 'rules', 'regulations', 'amendments', 'statistics', 'accounts', 'events',
];

/** Words in -s that are not plurals. */
export const EN_NOT_PLURAL = /(?:ss|us|is|ous|ics|was|has|its|this|thus|always|perhaps|whereas|yes|news|series|species|status|gas|chaos|plus|across)$/;

/** Arabic ordinal day words (folded), 1..31, as written before "من + month". */
export const AR_ORDINAL_DAYS = new Map<string, number>();
{
  const units = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  units.forEach((w, i) => AR_ORDINAL_DAYS.set(w, i + 1));
  AR_ORDINAL_DAYS.set('العاشر', 10);
  // Maghreb usage: "فاتح يوليوز", "فاتح ماي" (the first of the month), with no "من".
  AR_ORDINAL_DAYS.set('فاتح', 1);
  const teenUnits = ['الحادي', ...units.slice(1)];
  teenUnits.forEach((w, i) => AR_ORDINAL_DAYS.set(`${w} عشر`, 11 + i));
  for (const [tens, n] of [['العشرين', 20], ['العشرون', 20], ['الثلاثين', 30], ['الثلاثون', 30]] as const) {
    AR_ORDINAL_DAYS.set(tens, n);
    const ones = n === 20 ? [...teenUnits, 'الواحد'] : ['الحادي', 'الواحد'];
    ones.forEach(w => AR_ORDINAL_DAYS.set(`${w} و${tens}`, n + (w === 'الواحد' ? 1 : teenUnits.indexOf(w) + 1)));
  }
}

/** Words before an ordinal that make it a day ("في الأول من", "يوم الجمعة الخامس من"; not
 * "الأسبوع الأول من"). */
export const AR_ORDINAL_LEADS = [
  'في', 'يوم', 'منذ', 'حتي', 'من', 'الي', 'قبل', 'بعد', 'صباح', 'مساء', 'ليله', 'ظهر', 'فجر', 'عصر',
  'بتاريخ', 'تاريخ', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت',
];

/** "تسعينيات القرن العشرين": decade words and the centuries they may be anchored to. */
export const AR_DECADES = new Map<string, number>([
  ['عشرين', 20], ['ثلاثين', 30], ['اربعين', 40], ['خمسين', 50], ['ستين', 60], ['سبعين', 70],
  ['ثمانين', 80], ['تسعين', 90],
]);
export const AR_CENTURIES = new Map<string, number>([
  ['العشرين', 1900], ['التاسع عشر', 1800], ['الحادي والعشرين', 2000], ['ال20', 1900], ['ال19', 1800], ['ال21', 2000],
  ['20', 1900], ['19', 1800], ['21', 2000],
]);

/** English spellings of the Hijri months (lower case; apostrophes and hyphens optional). */
export const EN_HIJRI_MONTHS: [RegExp, number][] = [
  [/^muharram$/, 1],
  [/^safar$/, 2],
  [/^rabi['’]?[\s-]+(?:al|ul|el)[\s-]*awwal$|^rabi\s+i$/, 3],
  [/^rabi['’]?[\s-]+(?:al|ul|el|ath)[\s-]*(?:thani|akhir|akhar)$|^rabi\s+ii$/, 4],
  [/^jumad[ai][\s-]+(?:al|ul|el)[\s-]*(?:awwal|ula|oula)$|^jumada\s+i$/, 5],
  [/^jumad[ai][\s-]+(?:al|ul|el|ath)[\s-]*(?:thani|thaniyah|akhir|akhirah|akhira)$|^jumada\s+ii$/, 6],
  [/^rajab$/, 7],
  [/^sha['’]?ban$/, 8],
  [/^ramadh?an$/, 9],
  [/^shawwal$/, 10],
  [/^dhu['’]?[\s-]*(?:al|l)?[\s-]*qa['’]?(?:dah|da|idah|ida|adah)$/, 11],
  [/^dhu['’]?[\s-]*(?:al|l)?[\s-]*hijj?ah?$/, 12],
];
/** One regex source covering every form above (the month is then told apart by EN_HIJRI_MONTHS). */
export const EN_HIJRI_MONTH_SRC =
  "muharram|safar|rabi['’]?[\\s-]+(?:al|ul|el|ath)[\\s-]?(?:awwal|thani|akhir|akhar)|rabi\\s+ii?" +
  "|jumad[ai][\\s-]+(?:al|ul|el|ath)[\\s-]?(?:awwal|ula|oula|thaniyah|thani|akhirah|akhira|akhir)|jumada\\s+ii?" +
  "|rajab|sha['’]?ban|ramadh?an|shawwal|dhu['’]?[\\s-]?(?:al|l)?[\\s-]?(?:qa['’]?(?:dah|da|idah|ida|adah)|hijj?ah?)";

export function enHijriMonth(s: string): number | undefined {
  const key = s.toLowerCase();
  return EN_HIJRI_MONTHS.find(([re]) => re.test(key))?.[1];
}
