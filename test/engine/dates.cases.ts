/**
 * Date phrases in news style, with what findDates must report. Every expected value here was
 * worked out by hand (calendar arithmetic, Hijri dates from published Umm al-Qura tables), not
 * copied from the program.
 *
 * Row text marks each expected mention with ⟦…⟧ (the exact UTF-16 range the recognizer must
 * report); a row without marks expects no date at all. `want` has one value per mark, in order:
 *   '2014'            the year            '2014-03'      the month       '2014-03-18' the day
 *   '2013/2015'       a span FROM/TO (parts at any precision; the span runs first day..last day)
 *   '--08-09'         a day and month without a year
 *   '--04'            a month without a year (a range of days in it: "10-12 April")
 *   'A|B'             two readings (ambiguous numeric dates in English)
 *   { hijri: [...], not: [...] }  a Hijri date: Gregorian days that must fall inside its span, and
 *                     days that must not (Hijri spans are widened by a day each side, so bounds are
 *                     not tested exactly)
 *
 * Range conventions: a bare year is reported without its cue word ("in ⟦2013⟧", "في عام ⟦2013⟧");
 * Arabic proclitics and the article are outside the range ("ب⟦مارس 2014⟧", "الـ⟦18 من آذار 2014⟧");
 * era markers are inside ("⟦1435 هـ⟧", "⟦1965م⟧"); spans with words start at the first year
 * ("between ⟦2013 and 2015⟧").
 */
export type Lang = 'ar' | 'en';
export interface HijriWant { hijri: string[]; not: string[] }
export type Want = string | HijriWant;
export interface DateRow { lang: Lang; text: string; want: Want[] }

const ar = (text: string, ...want: Want[]): DateRow => ({ lang: 'ar', text, want });
const en = (text: string, ...want: Want[]): DateRow => ({ lang: 'en', text, want });
const hijri = (inside: string[], not: string[]): HijriWant => ({ hijri: inside, not });

// Hijri reference points (Umm al-Qura):
//   1 Muharram 1435 = 2013-11-04, 1 Muharram 1436 = 2014-10-25  => 1435 AH ≈ 2013-11-04 .. 2014-10-24
//   1 Ramadan 1435 = 2014-06-28, 1 Shawwal 1435 = 2014-07-28    => Ramadan 1435 ≈ 2014-06-28 .. 07-27
//   1 Sha'ban 1439 = 2018-04-17                                  => 15 Sha'ban 1439 ≈ 2018-05-01
//   10 Dhu al-Hijjah 1440 (Eid al-Adha) = 2019-08-11
//   1 Muharram 1441 = 2019-08-31, 1 Safar 1441 = 2019-09-30
//   1 Shawwal 1445 (Eid al-Fitr) = 2024-04-10
//   12 Rabi' al-Awwal 1443 (Mawlid) = 2021-10-19; the month runs ≈ 2021-10-08 .. 11-06
const RAMADAN_1435 = hijri(['2014-06-29', '2014-07-26'], ['2014-06-20', '2014-08-05']);
const YEAR_1435 = hijri(['2013-11-10', '2014-10-20'], ['2013-10-25', '2014-11-05']);
const SHABAN_15_1439 = hijri(['2018-05-01'], ['2018-04-25', '2018-05-08']);

export const ENGLISH: DateRow[] = [
  // bare years with a cue word
  en('The last Russia–US 2+2 meeting was held in Washington in ⟦2013⟧.', '2013'),
  en('Relations have been frozen since ⟦2011⟧, diplomats say.', '2011/..'),
  en('In ⟦2013⟧, the ministers met twice.', '2013'),
  en('The pipeline is due to open by ⟦2030⟧.', '../2030'),
  en('Talks stalled in early ⟦2014⟧ and resumed in late ⟦2015⟧.', '2014', '2015'),
  en('Prices peaked in mid-⟦2008⟧.', '2008'),
  en('The ⟦2016⟧ election changed the map.', '2016'),
  en('In the summer of ⟦2015⟧, thousands crossed the border.', '2015'),
  en('Ministers met in ⟦2013⟧ and ⟦2014⟧ without a deal.', '2013', '2014'),
  en('The figures are correct as of ⟦2019⟧.', '2019'),
  en('Troops left at the end of ⟦2013⟧.', '2013'),
  en('Elections were held in the year ⟦2000⟧.', '2000'),
  en('Security Council Resolution 2254 of ⟦2015⟧ calls for elections.', '2015'),
  en('It was the largest protest since ⟦2011⟧; the march in March drew thousands.', '2011/..'),
  // month + year
  en('The ceasefire was agreed in ⟦March 2014⟧.', '2014-03'),
  en('The ceasefire was agreed in ⟦March, 2014⟧.', '2014-03'),
  en('The consulate reopened in ⟦Sept. 2017⟧ after a long closure.', '2017-09'),
  en('The consulate reopened in ⟦Sept 2017⟧.', '2017-09'),
  en('Sanctions were tightened in ⟦December of 2019⟧.', '2019-12'),
  en('A new round began in ⟦Jan. 2016⟧.', '2016-01'),
  en('The embassy was attacked in ⟦May 2013⟧.', '2013-05'),
  en('⟦May 2013⟧ was the deadliest month of the war.', '2013-05'),
  en('The wall fell in ⟦Nov. 1989⟧.', '1989-11'),
  en('A march in ⟦March 2019⟧ drew large crowds.', '2019-03'),
  // day + month + year
  en('The meeting took place on ⟦9 August 2013⟧ in Washington.', '2013-08-09'),
  en('The meeting took place on ⟦August 9, 2013⟧, in Washington.', '2013-08-09'),
  en('The treaty was signed on the ⟦9th of August 2013⟧.', '2013-08-09'),
  en('The treaty was signed on ⟦Aug. 9, 2013⟧.', '2013-08-09'),
  en('Russia annexed Crimea on Tuesday, ⟦March 18, 2014⟧.', '2014-03-18'),
  en('The vote was held on ⟦1st May 2019⟧.', '2019-05-01'),
  en('Britain voted on ⟦12 December 2019⟧.', '2019-12-12'),
  en('The wall fell on ⟦November 9, 1989⟧.', '1989-11-09'),
  en('The result was certified on ⟦February 29, 2016⟧.', '2016-02-29'),
  en('The agreement of ⟦9 August 2013⟧ was never ratified.', '2013-08-09'),
  en('Ramadan began on ⟦28 June 2014⟧ in Saudi Arabia.', '2014-06-28'),
  en('The accord, signed ⟦Sept. 12, 2017⟧, has held.', '2017-09-12'),
  // day ranges
  en('The talks ran from ⟦1–5 March 2014⟧ in Geneva.', '2014-03-01/2014-03-05'),
  en('Voting took place on ⟦March 8 and 9, 2013⟧.', '2013-03-08/2013-03-09'),
  en('The forum meets on ⟦10-12 April⟧.', '--04'),
  // day + month, no year
  en('The ministers met on ⟦9 August⟧ and again in September.', '--08-09'),
  en('They are expected to meet on ⟦March 18⟧.', '--03-18'),
  en('The 1500 metres final was held on ⟦9 August⟧.', '--08-09'),
  // numeric
  en('The report is dated ⟦2013-08-09⟧.', '2013-08-09'),
  en('The filing, dated ⟦2013/08/09⟧, was released.', '2013-08-09'),
  en('The letter is dated ⟦9/8/2013⟧.', '2013-08-09|2013-09-08'),
  en('The letter is dated ⟦25/12/2013⟧.', '2013-12-25'),
  en('The letter is dated ⟦12/25/2013⟧.', '2013-12-25'),
  // year spans and decades
  en('Exports fell between ⟦2013 and 2015⟧.', '2013/2015'),
  en('The programme ran from ⟦2013 to 2015⟧.', '2013/2015'),
  en('The commission sat from ⟦2001 through 2003⟧.', '2001/2003'),
  en('The blockade lasted from ⟦2013 until 2015⟧.', '2013/2015'),
  en('Growth slowed during the ⟦2013–2015⟧ downturn.', '2013/2015'),
  en('Output fell in the ⟦2013-2015⟧ period.', '2013/2015'),
  en('Much of the city was destroyed in the ⟦1939–45⟧ war.', '1939/1945'),
  en('The club won the league in the ⟦2013/14⟧ season.', '2013/2014'),
  en('Revenue fell in ⟦2013-14⟧.', '2013/2014'),
  en('Inflation was high in the ⟦1990s⟧.', '1990/1999'),
  en('The group was founded in the mid-⟦1980s⟧.', '1980/1989'),
  en('Oil was found there in the early ⟦1900s⟧.', '1900/1999'),
  // Hijri in English
  en('The mosque was completed in ⟦1435 AH⟧.', YEAR_1435),
  en('The fast of ⟦Ramadan 1435 AH⟧ ended in late July.', RAMADAN_1435),
  en('Violence escalated during ⟦Ramadan 2014⟧.', hijri(['2014-07-01'], ['2014-06-15', '2014-08-10'])),
  // more news phrasing
  en('The ⟦2016⟧ elections were disputed.', '2016'),
  en('The talks, held in Geneva in ⟦January 2014⟧, failed.', '2014-01'),
  en('The resolution was adopted on ⟦December 18, 2015⟧.', '2015-12-18'),
  en('He was appointed in ⟦October 2017⟧ and left in ⟦October 2019⟧.', '2017-10', '2019-10'),
  en('The protests began on ⟦17 December 2010⟧ in Sidi Bouzid.', '2010-12-17'),
  en('Exports grew in ⟦2011⟧, ⟦2012⟧ and ⟦2013⟧.', '2011', '2012', '2013'),
  en('Inflation hit 12% in ⟦2019⟧.', '2019'),
  en('The deal expires at the end of ⟦2025⟧.', '2025'),
  en('The conflict, which began in ⟦2011⟧, has killed more than 500,000 people.', '2011'),
  en('Some 1,500 troops were deployed in ⟦2014⟧.', '2014'),
  en('A census of ⟦2011⟧ counted 20 million people.', '2011'),
  en('The summit opens on Monday, ⟦9 August 2021⟧.', '2021-08-09'),
  en('On ⟦Jan. 20, 2017⟧, the new president took office.', '2017-01-20'),
  en('The ⟦Sept. 11, 2001⟧ attacks changed US policy.', '2001-09-11'),
  en('Israel occupied the West Bank in the ⟦1967⟧ war.', '1967'),
  en('Villages destroyed before ⟦1948⟧ were mapped.', '../1948'),
  en('He was born on ⟦3 March 1970⟧.', '1970-03-03'),
  en('Parliament passed the ⟦2014–15⟧ budget.', '2014/2015'),
  en('The siege lasted from ⟦March 2011⟧ to ⟦April 2013⟧.', '2011-03', '2013-04'),
  en('The memo is dated ⟦9/11/2001⟧.', '2001-11-09|2001-09-11'),
  en('The vote closes at 10:30 on ⟦March 3⟧.', '--03-03'),
  en('Athletes at the ⟦2000⟧ Sydney Olympics protested.', '2000'),
  en('Tech stocks boomed in the mid-⟦2010s⟧.', '2010/2019'),
  en('The index closed at 2013.45 in late trading.'),
  en('The index fell to 2013 points.'),
  en('Talks resumed earlier this year.'),
  en('The company sold 2015 units in May.'),
  en('By ⟦2014⟧, 1500 of them had left.', '../2014'),
  // no date: counts, codes, words that look like months
  en('The 2+2 format was revived.'),
  en('Up to 2000 troops took part in the drill.'),
  en('More than 2000 people were evacuated.'),
  en('The survey of 2000 people found broad support.'),
  en('Attendance rose from 2000 to 3000.'),
  en('Between 1500 and 1600 people attended.'),
  en('The 2000-strong force crossed the river.'),
  en('The council adopted Resolution 2254 unanimously.'),
  en('May I ask a question?'),
  en('Organisers planned a march in March.'),
  en('Elections are due in October.'),
  en('The price rose by $2013 last year.'),
  en('For tickets call (202) 2013-2015.'),
  en('Call +1 202-555-2013 for details.'),
  en('The motion passed by 2000 votes.'),
  en('He spent 2013 days in jail.'),
  en('Since 9/11, security has tightened.'),
  en('The memo was dated February 30, 2015.'),
  en('Flight 2013 landed safely.'),
];

export const ARABIC: DateRow[] = [
  // bare years with a cue word
  ar('عُقد الاجتماع الأخير بصيغة 2+2 في واشنطن في عام ⟦2013⟧.', '2013'),
  ar('وقال إن العلاقات متوترة منذ ⟦2011⟧.', '2011/..'),
  ar('وارتفعت الصادرات خلال ⟦2016⟧ بنسبة 12%.', '2016'),
  ar('وبدأت المفاوضات مطلع ⟦2014⟧.', '2014'),
  ar('وتراجعت الأسعار أواخر ⟦2019⟧.', '2019'),
  ar('وكان ذلك في العام ⟦2013⟧.', '2013'),
  ar('شهد العام ⟦2013⟧ تحولا كبيرا في العلاقات.', '2013'),
  ar('وفي ⟦٢٠١٣⟧ التقى الوزيران في جنيف.', '2013'),
  ar('تعيش البلاد أزمة اقتصادية منذ عام ⟦۲۰۱۳⟧.', '2013/..'),
  ar('وُلد في عام ⟦1965م⟧ في دمشق.', '1965'),
  ar('ومن المتوقع أن يكتمل المشروع بحلول عام ⟦2030⟧.', '../2030'),
  ar('وفي صيف ⟦2015⟧ عبر آلاف اللاجئين الحدود.', '2015'),
  ar('وفي ⟦2013⟧ و⟦2014⟧ تضاعفت الأرقام.', '2013', '2014'),
  ar('مقارنة بعام ⟦2013⟧ ارتفع العجز.', '2013'),
  ar('وبقي التضخم مرتفعا حتى عامَ ⟦٢٠١٩⟧.', '../2019'),
  ar('القرار الدولي 2254 لعام ⟦2015⟧ يدعو إلى انتخابات.', '2015'),
  ar('ومارس الرئيس ضغوطا كبيرة عام ⟦2014⟧.', '2014'),
  // clause-initial verbs after a year are not counted nouns; more cues
  ar('وفي ⟦2016⟧ صوت البريطانيون لصالح الخروج من الاتحاد.', '2016'),
  ar('وفي ⟦2013⟧ وحده قتل أكثر من ألف شخص.', '2013'),
  ar('وفي ⟦2011⟧ طالب المتظاهرون بإسقاط النظام.', '2011'),
  ar('وارتفعت الأسعار خلال ⟦2016⟧ و⟦2017⟧.', '2016', '2017'),
  ar('وتسعى الحكومة إلى خفض الانبعاثات بحلول ⟦2030⟧.', '../2030'),
  ar('وكان الوضع مستقرا قبل ⟦2011⟧.', '../2011'),
  ar('وتدهور الأمن بعد ⟦2003⟧.', '2003/..'),
  ar('وتأسست الجمعية عام ⟦1995 ميلادية⟧.', '1995'),
  ar('وتصاعد القتال في الأسبوع الأول من ⟦آذار 2014⟧.', '2014-03'),
  ar('وتبدأ الهدنة يوم الجمعة ⟦الأول من آذار 2019⟧.', '2019-03-01'),
  ar('وفي ⟦2014⟧، 1200 منهم غادروا البلاد.', '2014'),
  ar('ووقع الرئيس المرسوم في ⟦١٨ آذار/مارس ٢٠١٤⟧.', '2014-03-18'),
  // Levantine and Iraqi months
  ar('وفي ⟦كانون الثاني 2015⟧ أعلنت الحكومة خطتها.', '2015-01'),
  ar('صدر القرار في ⟦شباط 2016⟧.', '2016-02'),
  ar('اندلعت الاحتجاجات في ⟦آذار 2011⟧.', '2011-03'),
  ar('وزار الوفد دمشق في ⟦نيسان 2017⟧.', '2017-04'),
  ar('أجريت الانتخابات في ⟦أيار 2018⟧.', '2018-05'),
  ar('وفي ⟦حزيران 2019⟧ انسحبت القوات.', '2019-06'),
  ar('وقع الانفجار في ⟦تموز 2012⟧.', '2012-07'),
  ar('التقى الوزيران في ⟦آب 2013⟧.', '2013-08'),
  ar('غيرت هجمات ⟦أيلول 2001⟧ السياسة الأمريكية.', '2001-09'),
  ar('وانطلقت الاحتجاجات في ⟦تشرين الأول 2019⟧.', '2019-10'),
  ar('جرت الانتخابات في ⟦تشرين الثاني 2010⟧.', '2010-11'),
  ar('وأُعلن الاتفاق في ⟦كانون الأول 2009⟧.', '2009-12'),
  // Egyptian and Gulf months, with their variants
  ar('في ⟦يناير 2011⟧ خرج المتظاهرون إلى الشوارع.', '2011-01'),
  ar('وأقر البرلمان القانون في ⟦فبراير 2012⟧.', '2012-02'),
  ar('وبدأت الأزمة في ⟦مارس 2013⟧.', '2013-03'),
  ar('زار الرئيس القاهرة في ⟦أبريل 2014⟧.', '2014-04'),
  ar('أعلنت النتائج في ⟦مايو 2015⟧.', '2015-05'),
  ar('وفي ⟦يونيو 2016⟧ صوتت بريطانيا.', '2016-06'),
  ar('وقع الانقلاب الفاشل في ⟦يوليو 2016⟧.', '2016-07'),
  ar('افتتحت القناة في ⟦أغسطس 2015⟧.', '2015-08'),
  ar('عُقدت القمة في ⟦سبتمبر 2019⟧.', '2019-09'),
  ar('وفي ⟦أكتوبر 2020⟧ وقع الطرفان الاتفاق.', '2020-10'),
  ar('أجريت الانتخابات الأمريكية في ⟦نوفمبر 2020⟧.', '2020-11'),
  ar('وانتهت المهلة في ⟦ديسمبر 2022⟧.', '2022-12'),
  ar('صدر الحكم في ⟦يونيه 2014⟧.', '2014-06'),
  ar('وتأسس الحزب في ⟦يوليه 2013⟧.', '2013-07'),
  ar('زار الوفد القاهرة في ⟦إبريل 2010⟧.', '2010-04'),
  ar('وفي ⟦ابريل 2010⟧ عاد الوفد.', '2010-04'),
  // Maghrebi (Algeria, Tunisia) months
  ar('انطلق الحراك في ⟦فيفري 2019⟧.', '2019-02'),
  ar('وفي ⟦جانفي 2014⟧ صادق المجلس على الدستور.', '2014-01'),
  ar('أعلن الاتفاق في ⟦أفريل 2014⟧.', '2014-04'),
  ar('وتنحى الرئيس في ⟦ماي 2019⟧.', '2019-05'),
  ar('ونُظمت الانتخابات في ⟦جوان 2016⟧.', '2016-06'),
  ar('وشهدت العاصمة مسيرات في ⟦جويلية 2019⟧.', '2019-07'),
  ar('وفي ⟦أوت 2020⟧ أعلنت الحكومة الحجر الصحي.', '2020-08'),
  // Moroccan and Mauritanian months
  ar('وصادق البرلمان على القانون في ⟦يوليوز 2017⟧.', '2017-07'),
  ar('وعُين الوزير في ⟦غشت 2018⟧.', '2018-08'),
  ar('وانطلق الموسم الدراسي في ⟦شتنبر 2016⟧.', '2016-09'),
  ar('واحتضنت مراكش المؤتمر في ⟦نونبر 2016⟧.', '2016-11'),
  ar('وصدر الظهير في ⟦دجنبر 2019⟧.', '2019-12'),
  ar('ونُصب الرئيس في ⟦أغشت 2019⟧.', '2019-08'),
  ar('وجرت الانتخابات في ⟦شتمبر 2018⟧.', '2018-09'),
  ar('وانطلقت الحملة في ⟦دجمبر 2017⟧.', '2017-12'),
  // two names of one month
  ar('وضمت روسيا القرم في ⟦آذار/ مارس عام 2014⟧.', '2014-03'),
  ar('وضمت روسيا القرم في ⟦آذار (مارس) 2014⟧.', '2014-03'),
  ar('وضمت روسيا القرم في ⟦مارس/آذار 2014⟧.', '2014-03'),
  ar('وتولى منصبه في ⟦كانون الثاني/يناير 2018⟧.', '2018-01'),
  ar('ووقعت الهجمات في ⟦أيلول/سبتمبر 2001⟧.', '2001-09'),
  ar('واحتلت إسرائيل الضفة في ⟦حزيران (يونيو) من العام 1967⟧.', '1967-06'),
  // day + month + year
  ar('وعُقد الاجتماع في ⟦9 آب/أغسطس 2013⟧ في واشنطن.', '2013-08-09'),
  ar('وعُقد الاجتماع في ⟦٩ آب ٢٠١٣⟧.', '2013-08-09'),
  ar('وتسلم الرئيس مهامه في ⟦15 كانون الثاني 2018⟧.', '2018-01-15'),
  ar('ووقع بوتين معاهدة الضم في ⟦18 مارس 2014⟧.', '2014-03-18'),
  ar('واندلعت ثورة ⟦25 يناير 2011⟧ في مصر.', '2011-01-25'),
  ar('ودخل القانون حيز التنفيذ في ⟦1 أيار/مايو 2019⟧.', '2019-05-01'),
  ar('وعُقد الاجتماع يوم الجمعة ⟦9 من آب 2013⟧.', '2013-08-09'),
  ar('وبدأت الحرب في ⟦الخامس من حزيران/يونيو 1967⟧.', '1967-06-05'),
  // Maghreb: "فاتح" is the first of the month, with or without "من", after any word.
  ar('وصوت المغاربة في استفتاء ⟦فاتح يوليوز 2011⟧ على دستور جديد.', '2011-07-01'),
  ar('وتحتفل الشغيلة المغربية ب⟦فاتح ماي⟧ من كل عام.', '--05-01'),
  ar('ودخل القانون حيز التنفيذ ⟦فاتح من نونبر 2019⟧.', '2019-11-01'),
  ar('وقال فاتح أربكان إن حزبه سيشارك في الانتخابات.'),
  ar('ودخلت الاتفاقية حيز التنفيذ في ⟦الأول من يناير 2014⟧.', '2014-01-01'),
  ar('ووقعت الهجمات في ⟦الحادي عشر من أيلول 2001⟧.', '2001-09-11'),
  ar('وخرجت المسيرات في ⟦٢٣ جويلية ٢٠١٩⟧.', '2019-07-23'),
  ar('وفي الـ⟦18 من آذار 2014⟧ وقع الرئيس المعاهدة.', '2014-03-18'),
  ar('و⟦9 آب 2013⟧ هو تاريخ الاجتماع الأخير.', '2013-08-09'),
  // day ranges
  ar('وعُقدت الجولة في ⟦8 و9 آب 2013⟧ في جنيف.', '2013-08-08/2013-08-09'),
  ar('ويستمر المعرض خلال الفترة من ⟦1 إلى 5 آذار 2014⟧.', '2014-03-01/2014-03-05'),
  ar('وتُعقد الدورة في ⟦10-12 نيسان⟧ المقبل.', '--04'),
  // day + month, no year
  ar('والتقى الوزيران في ⟦9 آب⟧ الماضي.', '--08-09'),
  ar('ومن المقرر أن تبدأ المحادثات يوم ⟦18 مارس⟧.', '--03-18'),
  ar('وانسحبت القوات في ⟦5 حزيران/يونيو⟧.', '--06-05'),
  ar('وتنتهي المهلة في ⟦الأول من أيار⟧.', '--05-01'),
  // numeric
  ar('وجاء في الرسالة المؤرخة في ⟦9/8/2013⟧ أن الاجتماع انتهى.', '2013-08-09'),
  ar('صدر البيان بتاريخ ⟦9-8-2013⟧.', '2013-08-09'),
  ar('صدر البيان بتاريخ ⟦2013/8/9⟧.', '2013-08-09'),
  ar('صدر البيان بتاريخ ⟦2013-08-09⟧.', '2013-08-09'),
  ar('صدر البيان بتاريخ ⟦٩/٨/٢٠١٣⟧.', '2013-08-09'),
  // year spans and decades
  ar('وتراجعت الاستثمارات بين عامي ⟦2013 و2015⟧.', '2013/2015'),
  ar('وامتدت الأزمة من ⟦2013 إلى 2015⟧.', '2013/2015'),
  ar('وتولى المنصب من عام ⟦2013 حتى عام 2015⟧.', '2013/2015'),
  ar('وتضاعف الدين خلال الفترة ⟦2013-2015⟧.', '2013/2015'),
  ar('واستمر الحصار منذ ⟦2011 وحتى 2015⟧.', '2011/2015'),
  ar('وشهدت البلاد حربا أهلية في ⟦تسعينيات القرن العشرين⟧.', '1990/1999'),
  ar('وازدهرت الصناعة في ⟦ثمانينيات القرن العشرين⟧.', '1980/1989'),
  // Hijri
  ar('وفي ⟦رمضان 1435 هـ⟧ أُعلن عن الاتفاق.', RAMADAN_1435),
  ar('وبُني المسجد عام ⟦1435 هـ⟧.', YEAR_1435),
  ar('وتوفي الشيخ سنة ⟦1435 هجرية⟧.', YEAR_1435),
  ar('وصدر المرسوم في ⟦15 شعبان 1439 هـ⟧.', SHABAN_15_1439),
  ar('وصدر المرسوم في ⟦15 شعبان 1439 هـ⟧ الموافق ⟦1 مايو 2018 م⟧.', SHABAN_15_1439, '2018-05-01'),
  ar('ويصادف عيد الأضحى ⟦10 ذي الحجة 1440هـ⟧.', hijri(['2019-08-11'], ['2019-08-05', '2019-08-17'])),
  ar('وبدأ العام الدراسي في ⟦محرم ١٤٤١ هـ⟧.', hijri(['2019-09-05'], ['2019-08-20', '2019-10-05'])),
  ar('ويحل عيد الفطر في ⟦الأول من شوال 1445 هـ⟧.', hijri(['2024-04-10'], ['2024-04-05', '2024-04-15'])),
  ar('وأقيم الاحتفال في ⟦ربيع الأول 1443 هـ⟧.', hijri(['2021-10-19'], ['2021-09-20', '2021-11-15'])),
  ar('وتصاعد العنف خلال ⟦رمضان 2014⟧.', hijri(['2014-07-01'], ['2014-06-15', '2014-08-10'])),
  // diacritics, tatweel, hamza forms, proclitics
  ar('وضمت روسيا القرم في ⟦آذَارَ 2014⟧.', '2014-03'),
  ar('وعُقدت الجولة في ⟦شـباط 2016⟧.', '2016-02'),
  ar('وتسلم مهامه في ⟦كانونَ الثاني 2015⟧.', '2015-01'),
  ar('وعاد الوفد في ⟦أبريل 2014⟧.', '2014-04'),
  ar('وفي ⟦آذار 2014⟧ ضمت روسيا القرم.', '2014-03'),
  ar('وارتفع العجز مقارنة ب⟦مارس 2014⟧.', '2014-03'),
  ar('وأشار التقرير إلى أرقام مماثلة ل⟦آذار 2014⟧.', '2014-03'),
  // no date: counts, codes, titles, father
  ar('شارك في المناورات أكثر من 2000 جندي.'),
  ar('نشرت الوزارة 2000 جندي على الحدود.'),
  ar('وقال إن حتى 2000 شخص قد يفرون من المدينة.'),
  ar('يعود تاريخ المدينة إلى ما قبل 2000 عام.'),
  ar('بُنيت القلعة منذ 2000 عام تقريبا.'),
  ar('سُجلت الإصابة في 2000 حالة.'),
  ar('اتفق الطرفان على صيغة 2 + 2 للمحادثات.'),
  ar('ودعا إلى تطبيق القرار 2254.'),
  ar('وقال السفير الأمريكي إن الأمين العام سيزور موسكو.'),
  ar('وكان بين الضحايا 12 أب وأم.'),
  ar('وهو أب لثلاثة أطفال.'),
  ar('وفاز العداء بسباق 1500م.'),
  ar('وحلقت الطائرة على ارتفاع 2000 م.'),
  ar('للاستفسار يرجى الاتصال على الرقم 0114-2013-2015.'),
  ar('وبيع السهم بـ2013 دولارا.'),
  ar('وتراجع الإنتاج في التسعينيات.'),
  ar('وقُدر عدد المشاركين بما بين 1500 و1600 شخص.'),
  ar('وبدأ القصف في الساعة 20:13 مساء.'),
  ar('وقال إن الاجتماع سيعقد في آذار.'),
];

export const ROWS: DateRow[] = [...ENGLISH, ...ARABIC];
