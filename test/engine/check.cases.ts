/**
 * Article checks, data-driven: each case is an article with its expected findings marked as
 * ⟦code:text⟧ (or ⟦code/severity:text⟧). Every finding the engine reports must be marked, at
 * exactly that range, and every marked one must be reported. Register: fixtures/engine/newsroom.yaml.
 */
export interface CheckCase { name: string; article: string; register?: false; severity?: Record<string, string>; review?: { today: string; maxAgeDays: number } }

const fence = (yaml: string) => '```claim\n' + yaml + '\n```';

export const CASES: CheckCase[] = [
  // ---------- dates, English
  { name: 'en: day month year that agrees', article: `The port of Beirut exploded on 4 August 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: wrong year in day month year', article: `The port of Beirut exploded on ⟦date-mismatch:4 August 2021⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: month day, year', article: `The blast, on ⟦date-mismatch:August 5, 2020⟧, destroyed the port.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: month year agrees with a day', article: `The explosion in August 2020 killed more than 200 people.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: bare year with a cue', article: `Britain voted to leave the EU in ⟦date-mismatch:2015⟧.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'en: bare year at register day precision agrees', article: `Britain voted to leave the EU in 2016.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'en: yearless day month', article: `The referendum was held on ⟦date-mismatch:24 June⟧.\n\n${fence('ref: brexit-referendum')}\n` },
  // Background: with the claim's date written, a date years away is another event, not a slip; without it, it is compared.
  { name: 'en: a background year next to the claim\'s date', article: `Britain voted to leave the EU on 23 June 2016, more than four decades after it joined in 1973.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'ar: a background year next to the claim\'s date', article: `وصوت البريطانيون في 23 حزيران/ يونيو 2016 على الخروج من الاتحاد الأوروبي الذي انضموا إليه عام 1973.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'en: a year slip next to the claim\'s date is still an error', article: `Britain voted on 23 June 2016 and left the EU in ⟦date-mismatch:2014⟧.\n\n${fence('ref: brexit-referendum')}\n` },
  // A period is how long something lasted: with the claim's date written, background; without it, compared.
  { name: 'en: a period next to the claim\'s date', article: `The port of Beirut exploded on 4 August 2020, in a hangar that had been used from 2015 to 2017 for seized cargo.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: a period next to the claim\'s date', article: `انفجر مرفأ بيروت في 4 آب/ أغسطس 2020 في عنبر استخدم من 2015 إلى 2017 لتخزين البضائع المصادرة.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: a period without the claim\'s date is compared', article: `The port of Beirut was hit by explosions from ⟦date-mismatch:2015 to 2017⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: a far year without the claim\'s date is compared', article: `Britain voted to leave the EU in ⟦date-mismatch:1973⟧.\n\n${fence('ref: brexit-referendum')}\n` },
  // A day and month that name a movement, a revolution, a street: part of a name, not compared.
  { name: 'ar: "حركة 20 فبراير" names a movement', article: `وصوت البريطانيون في استفتاء 23 حزيران/ يونيو 2016، بعد سنوات من احتجاجات حركة 20 فبراير في المغرب.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'ar: "ثورة 25 يناير" and "ميدان 23 يوليو"', article: `وقال متظاهرون في ميدان 23 يوليو إن تصويت 23 حزيران/ يونيو 2016 أعاد إلى الأذهان أجواء ثورة 25 يناير.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'ar: the same date not after a name is still compared', article: `وصوت البريطانيون في ⟦date-mismatch:20 فبراير⟧ على الخروج من الاتحاد الأوروبي.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'en: yearless that agrees', article: `The referendum was held on June 23.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'en: a register span agrees with a month inside it', article: `Talks resumed in Geneva in February 2016.\n\n${fence('ref: geneva-syria-talks\nignore: [claim-status]')}\n` },
  { name: 'en: a register span does not cover a later month', article: `Talks resumed in Geneva in ⟦date-mismatch:June 2016⟧.\n\n${fence('ref: geneva-syria-talks\nignore: [claim-status]')}\n` },
  { name: 'en: a year inside an event name is that event\'s', article: `Beirut's port exploded in August 2020, a year before the 2021 Arab Cup.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: "since" opens a period: a later claim agrees', article: `Ships had been stored there since 2014 when the port exploded in August 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  // A season or a part of the year between the bound and the year: still a bound.
  { name: 'en: "until the summer of" closes a period', article: `Britons were told they would remain EU citizens until the summer of 2019, whatever they voted.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'ar: "حتى صيف عام" closes a period', article: `وكان من المقرر أن تبقى شحنة نترات الأمونيوم في المرفأ حتى صيف عام 2021، لكنها انفجرت.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: "قبل نهاية العام" before the claim does not agree', article: `وانفجر مرفأ بيروت قبل نهاية العام ⟦date-mismatch:2019⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: منذ opens a period: a claim before it does not agree', article: `والمرفأ مغلق منذ عام ⟦date-mismatch:2021⟧ بعد الانفجار.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: counts are not years', article: `Up to 2000 troops were sent, and 2020 people signed.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: years inside link targets and code are not prose', article: 'See [the report](https://example.org/2019/beirut) and `id-2018`.\n\n' + fence('ref: beirut-port-explosion') + '\n' },
  // ---------- dates, Arabic
  { name: 'ar: paired month with عام agrees', article: `وقع الانفجار في مرفأ بيروت في آب/ أغسطس عام 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: paired month, wrong month', article: `وقع الانفجار في مرفأ بيروت في ⟦date-mismatch:تموز/ يوليو عام 2020⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: Eastern Arabic digits', article: `انفجر مرفأ بيروت في ⟦date-mismatch:٤ آب/أغسطس ٢٠٢١⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: Persian digits that agree', article: `انفجر مرفأ بيروت عام ۲۰۲۰.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: bare year with في عام', article: `وصوت البريطانيون على الخروج من الاتحاد الأوروبي في عام ⟦date-mismatch:2015⟧.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'ar: Maghrebi month', article: `انفجر مرفأ بيروت في 4 أوت 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: Maghrebi month, wrong day', article: `انفجر مرفأ بيروت في ⟦date-mismatch:5 أوت 2020⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: Hijri date that agrees', article: `انفجر مرفأ بيروت في 14 ذي الحجة 1441 هـ.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: Hijri month that does not', article: `انفجر مرفأ بيروت في ⟦date-mismatch:رمضان 1440 هـ⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: counts after من are not years', article: `قتل أكثر من 2000 شخص في الحرب.\n\n${fence('ref: beirut-port-explosion')}\n` },
  // ---------- claim block forms and what they annotate
  { name: 'comment form, multi-line', article: `The referendum was held in ⟦date-mismatch:June 2017⟧.\n\n<!-- claim\nref: brexit-referendum\n-->\n` },
  { name: 'comment form, one line', article: `The referendum was held in ⟦date-mismatch:June 2017⟧.\n<!-- claim ref: brexit-referendum -->\n` },
  { name: 'a block after a list annotates the last item', article: `- ⟦unlinked-claim/hint:Britain voted in 2016.⟧\n- Beirut port exploded in ⟦date-mismatch:2021⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'a block inside a list item annotates that item\'s paragraph', article: `- Beirut port exploded in ⟦date-mismatch:2021⟧.\n\n  ${fence('ref: beirut-port-explosion').replace(/\n/g, '\n  ')}\n- ⟦unlinked-claim/hint:Britain voted in 2015.⟧\n` },
  { name: 'a block quote', article: `> The port of Beirut exploded in ⟦date-mismatch:July 2020⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'a heading', article: `# Beirut port blast of ⟦date-mismatch:August 2019⟧\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'two blocks in a row annotate the same passage', article: `Britain voted in ⟦date-mismatch:2015⟧, after warnings in 2014.\n\n${fence('ref: brexit-referendum')}\n\n${fence('ref: port-warnings\nignore: [claim-status]')}\n` },
  { name: 'a list of refs: a date agreeing with either is fine', article: `Britain voted in 2016; the port blew up in 2020.\n\n${fence('ref: [brexit-referendum, beirut-port-explosion]')}\n` },
  { name: 'a list of refs: a date agreeing with neither', article: `Britain voted in 2016; the port blew up in ⟦date-mismatch:2022⟧.\n\n${fence('ref: [brexit-referendum, beirut-port-explosion]')}\n` },
  { name: 'a list of mappings', article: `Britain voted in 2016 and Beirut's port exploded in 2020.\n\n${fence('- ref: brexit-referendum\n- ref: beirut-port-explosion\n  date: ⟦date-mismatch:2019⟧')}\n` },
  // ---------- refs and status
  { name: 'unknown ref suggests the nearest id', article: `Britain voted in 2016.\n\n${fence('ref: ⟦unknown-ref:brexit-referndum⟧')}\n` },
  { name: 'unknown entity in place and speaker', article: `Britain voted in 2016.\n\n${fence('ref: brexit-referendum\nplace: ⟦unknown-ref:londn⟧\nspeaker: ⟦unknown-ref:nobody-at-all⟧')}\n` },
  { name: 'false claim is an error', article: `A missile hit the port.\n\n${fence('ref: ⟦claim-status/error:beirut-missile-claim⟧')}\n` },
  { name: 'retracted claim is an error', article: `Ten thousand died.\n\n${fence('ref: ⟦claim-status/error:early-casualty-count⟧')}\n` },
  { name: 'disputed claim is a warning', article: `Talks were held in Geneva.\n\n${fence('ref: ⟦claim-status/warning:geneva-syria-talks⟧')}\n` },
  { name: 'unverified claim is info', article: `Officials warned in 2014.\n\n${fence('ref: ⟦claim-status/info:port-warnings⟧')}\n` },
  { name: 'a block without ref is unregistered', article: `Officials warned the cabinet.\n\n${fence('⟦unregistered/info:date: 2014⟧')}\n` },
  // ---------- review policy
  { name: 'a review older than the policy is stale', review: { today: '2021-12-01', maxAgeDays: 365 }, article: `The port exploded in 2020.\n\n${fence('ref: ⟦stale-review/info:beirut-port-explosion⟧')}\n` },
  { name: 'a recent review is not', review: { today: '2020-12-01', maxAgeDays: 365 }, article: `The port exploded in 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'a claim with no review date is stale', review: { today: '2020-12-01', maxAgeDays: 365 }, article: `The agreement was opened for signature in 2016.\n\n${fence('ref: ⟦stale-review:paris-agreement-signing⟧')}\n` },
  // ---------- block facts
  { name: 'block date contradicts the register', article: `The port exploded.\n\n${fence('ref: beirut-port-explosion\ndate: ⟦date-mismatch:2019-08-04⟧')}\n` },
  { name: 'block date at coarser precision agrees', article: `The port exploded.\n\n${fence('ref: beirut-port-explosion\ndate: 2020')}\n` },
  { name: 'block place contradicts the register', article: `The port exploded.\n\n${fence('ref: beirut-port-explosion\nplace: ⟦place-mismatch:paris⟧')}\n` },
  { name: 'block speaker contradicts the register', article: `The UN stands with Lebanon.\n\n${fence('ref: guterres-solidarity\nspeaker: ⟦attribution-mismatch:ban-ki-moon⟧')}\n` },
  { name: 'block quote differs', article: `He spoke.\n\n${fence('ref: guterres-solidarity\nquote: ⟦quote-mismatch:"The UN will rebuild Beirut."⟧')}\n` },
  { name: 'block quote matches after normalisation', article: `He spoke.\n\n${fence('ref: guterres-solidarity\nquote: "the United Nations stands with Lebanon"')}\n` },
  // ---------- places in the passage
  { name: 'en: a passage placing the claim elsewhere', article: `The port exploded in ⟦place-mismatch:Paris⟧ in August 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: a passage placing the claim elsewhere', article: `انفجر المرفأ في ⟦place-mismatch:باريس⟧ عام 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: a venue between the preposition and the place', article: `انفجر المرفأ في مدينة ⟦place-mismatch:باريس⟧ عام 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: "in the city of"', article: `The port exploded in the city of ⟦place-mismatch:Paris⟧ in August 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: a venue before the right place', article: `انفجر مرفأ في العاصمة بيروت عام 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: attached preposition', article: `انفجار ⟦place-mismatch:بباريس⟧ عام 2020.\n\n${fence('ref: beirut-port-explosion')}\n`.replace('⟦place-mismatch:بباريس⟧', 'ب⟦place-mismatch:باريس⟧') },
  { name: 'the right place named anywhere silences others', article: `The blast in Beirut was felt in Paris and New York.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: "from" after a verb of motion is where people came from', article: `Rescuers who flew in from Paris searched the port of Beirut in 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'en: "from" after a verb of saying is where it was said', article: `Officials announced from ⟦place-mismatch:Paris⟧ that the port exploded in 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: من after a verb of motion', article: `ووصل مسعفون قادمون من باريس إلى المرفأ عام 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'a place that is not a location of the event', article: `Paris sent aid after the blast of 2020.\n\n${fence('ref: beirut-port-explosion')}\n` },
  // ---------- YAML and schema
  { name: 'yaml syntax error in a block', article: `Britain voted in 2016.\n\n${fence('⟦yaml-syntax:ref: [brexit-referendum⟧')}\n` },
  { name: 'unknown key in a block', article: `Britain voted in 2016.\n\n${fence('ref: brexit-referendum\n⟦schema:when⟧: 2016')}\n` },
  { name: 'a date that is not a date', article: `Britain voted in 2016.\n\n${fence('ref: brexit-referendum\ndate: ⟦schema:2016-13⟧')}\n` },
  { name: 'front matter: published is not a date', article: `---\nlang: en\npublished: ⟦schema:last tuesday⟧\n---\nBritain voted in 2016.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'front matter: YAML error', article: `---\nlang: en\n⟦yaml-syntax:title: "unclosed⟧\n---\n⟦unlinked-claim:Britain voted in 2016.⟧\n` },
  { name: 'front matter opened and never closed', article: `⟦yaml-syntax/warning:---⟧\ntitle: draft\nlang: en\n\nThe port exploded.\n` },
  { name: 'a claim comment that is never closed', article: `⟦unlinked-claim:Britain voted in 2016.⟧\n\n⟦yaml-syntax:<!-- claim⟧ ref: brexit-referendum\n\nMore text.\n` },
  { name: 'a YAML error is reported once', article: `Britain voted in 2016.\n\n${fence('ref: [brexit-referendum\n⟦yaml-syntax:date: : :⟧')}\n`, register: undefined },
  // ---------- silencing and settings
  { name: 'ignore in the block', article: `Britain voted in 2015.\n\n${fence('ref: brexit-referendum\nignore: [date-mismatch]')}\n` },
  { name: 'disable-next-line', article: `<!-- claimcheck-disable-next-line date-mismatch -->\nBritain voted in 2015.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'disable-next-line for another code does not silence', article: `<!-- claimcheck-disable-next-line place-mismatch -->\nBritain voted in ⟦date-mismatch:2015⟧.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'disable / enable region', article: `<!-- claimcheck-disable -->\nBritain voted in 2015.\n\n${fence('ref: brexit-referendum')}\n\n<!-- claimcheck-enable -->\nThe port exploded in ⟦date-mismatch:2021⟧.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'severity setting changes and drops findings', severity: { 'date-mismatch': 'warning', 'claim-status': 'off' },
    article: `Officials warned in ⟦date-mismatch/warning:2015⟧.\n\n${fence('ref: port-warnings')}\n` },
  { name: 'no register', register: false, article: `Britain voted in 2015.\n\n⟦no-register:${fence('ref: brexit-referendum')}⟧\n` },
  // ---------- line endings and encodings
  { name: 'CRLF line endings keep exact ranges', article: `Britain voted in ⟦date-mismatch:2015⟧.\r\n\r\n\`\`\`claim\r\nref: ⟦unknown-ref:brexit⟧\r\n\`\`\`\r\n`.replace('⟦unknown-ref:brexit⟧', 'brexit-referendum') },
  { name: 'a BOM and emoji before the date', article: `\uFEFF🇬🇧 Britain voted in ⟦date-mismatch:2015⟧ 🗳️.\n\n${fence('ref: brexit-referendum')}\n` },
];
