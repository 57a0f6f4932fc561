/**
 * Words the synthetic archive is made of: names in Latin and Arabic script, place-name
 * parts, organisation patterns and prose fragments. Every name is invented by
 * combination; the pairs keep the Latin and Arabic forms of one name together.
 */

export type Pair = readonly [latin: string, arabic: string];

export const FIRST_NAMES: readonly Pair[] = [
	['Ahmad', 'أحمد'], ['Mohammad', 'محمد'], ['Khaled', 'خالد'], ['Omar', 'عمر'], ['Hassan', 'حسن'],
	['Hussein', 'حسين'], ['Ali', 'علي'], ['Youssef', 'يوسف'], ['Ibrahim', 'إبراهيم'], ['Mahmoud', 'محمود'],
	['Samer', 'سامر'], ['Bassam', 'بسام'], ['Fadi', 'فادي'], ['Rami', 'رامي'], ['Walid', 'وليد'],
	['Ziad', 'زياد'], ['Tarek', 'طارق'], ['Nour', 'نور'], ['Rania', 'رانيا'], ['Lina', 'لينا'],
	['Hala', 'هالة'], ['Maysa', 'ميساء'], ['Reem', 'ريم'], ['Salma', 'سلمى'], ['Huda', 'هدى'],
	['Amal', 'أمل'], ['Faisal', 'فيصل'], ['Anas', 'أنس'], ['Mustafa', 'مصطفى'], ['Jamil', 'جميل'],
	['Nizar', 'نزار'], ['Karim', 'كريم'], ['Adnan', 'عدنان'], ['Suhail', 'سهيل'], ['Marwan', 'مروان'],
	['Bashir', 'بشير'], ['Hisham', 'هشام'], ['Ayman', 'أيمن'], ['Majd', 'مجد'], ['Wael', 'وائل'],
];

export const FAMILY_NAMES: readonly Pair[] = [
	['al-Hamwi', 'الحموي'], ['al-Halabi', 'الحلبي'], ['al-Shami', 'الشامي'], ['al-Masri', 'المصري'], ['Darwish', 'درويش'],
	['Haddad', 'حداد'], ['Khoury', 'خوري'], ['al-Ali', 'العلي'], ['al-Ahmad', 'الأحمد'], ['Shaaban', 'شعبان'],
	['Qassem', 'قاسم'], ['Mansour', 'منصور'], ['Nasser', 'ناصر'], ['Saleh', 'صالح'], ['Hamdan', 'حمدان'],
	['al-Khatib', 'الخطيب'], ['al-Najjar', 'النجار'], ['Barakat', 'بركات'], ['al-Zoubi', 'الزعبي'], ['al-Jabri', 'الجابري'],
	['al-Attar', 'العطار'], ['Kanaan', 'كنعان'], ['Sabbagh', 'صباغ'], ['al-Hariri', 'الحريري'], ['Othman', 'عثمان'],
	['Issa', 'عيسى'], ['Yassin', 'ياسين'], ['Abboud', 'عبود'], ['Sharif', 'شريف'], ['Mardini', 'مارديني'],
	['al-Rifai', 'الرفاعي'], ['Hijazi', 'حجازي'], ['al-Omar', 'العمر'], ['Sleiman', 'سليمان'], ['al-Hussein', 'الحسين'],
	['Zaidan', 'زيدان'], ['Fares', 'فارس'], ['Hallaq', 'حلاق'], ['Jaber', 'جابر'], ['al-Sayed', 'السيد'],
];

/** Transliteration variants that readers meet in other outlets' spelling. */
export const LATIN_VARIANTS: readonly (readonly [RegExp, string])[] = [
	[/\bal-/g, 'el-'], [/Mohammad/g, 'Muhammad'], [/Hussein/g, 'Husayn'], [/Youssef/g, 'Yusuf'], [/ou/g, 'u'],
	[/Khaled/g, 'Khalid'], [/Tarek/g, 'Tariq'], [/Omar/g, 'Umar'], [/Qassem/g, 'Qasim'], [/Deir/g, 'Dayr'],
	[/Kafr/g, 'Kfar'], [/Tell/g, 'Tal'], [/ee/g, 'i'], [/Sheikh/g, 'Shaykh'], [/Ain/g, 'Ayn'], [/Jisr/g, 'Jisr ash'],
];

export const ORG_NOUNS: readonly (readonly [latin: string, arabic: string, kind: 'armed-group' | 'security-force' | 'political-party' | 'organisation' | 'community'])[] = [
	['Brigade', 'لواء', 'armed-group'], ['Division', 'فرقة', 'security-force'], ['Front', 'جبهة', 'armed-group'],
	['Army', 'جيش', 'armed-group'], ['Movement', 'حركة', 'political-party'], ['Council', 'مجلس', 'organisation'],
	['Committee', 'لجنة', 'community'], ['Gathering', 'تجمع', 'political-party'], ['Union', 'اتحاد', 'organisation'],
	['Battalion', 'كتيبة', 'armed-group'], ['Guard', 'حرس', 'security-force'], ['Party', 'حزب', 'political-party'],
];

export const ORG_QUALIFIERS: readonly Pair[] = [
	['Liberation', 'التحرير'], ['Dignity', 'الكرامة'], ['Unity', 'الوحدة'], ['Free Men', 'الأحرار'], ['Dawn', 'الفجر'],
	['Victory', 'النصر'], ['Martyrs', 'الشهداء'], ['Sham', 'الشام'], ['Euphrates', 'الفرات'], ['Coast', 'الساحل'],
	['Badia', 'البادية'], ['Hauran', 'حوران'], ['Golan', 'الجولان'], ['Qalamoun', 'القلمون'], ['Orontes', 'العاصي'],
	['Salvation', 'الإنقاذ'], ['Reform', 'الإصلاح'], ['Justice', 'العدالة'], ['Future', 'المستقبل'], ['Homeland', 'الوطن'],
];

export const MINISTRIES: readonly Pair[] = [
	['Interior', 'الداخلية'], ['Defence', 'الدفاع'], ['Health', 'الصحة'], ['Justice', 'العدل'], ['Foreign Affairs', 'الخارجية'],
	['Information', 'الإعلام'], ['Local Administration', 'الإدارة المحلية'], ['Economy', 'الاقتصاد'], ['Energy', 'الطاقة'],
	['Education', 'التربية'], ['Social Affairs', 'الشؤون الاجتماعية'], ['Transport', 'النقل'], ['Agriculture', 'الزراعة'],
	['Finance', 'المالية'], ['Awqaf', 'الأوقاف'],
];

export const STATES: readonly Pair[] = [
	['Turkey', 'تركيا'], ['Jordan', 'الأردن'], ['Lebanon', 'لبنان'], ['Iraq', 'العراق'], ['Qatar', 'قطر'],
	['Saudi Arabia', 'السعودية'], ['United States', 'الولايات المتحدة'], ['Russia', 'روسيا'], ['France', 'فرنسا'],
	['Germany', 'ألمانيا'], ['United Kingdom', 'المملكة المتحدة'], ['Egypt', 'مصر'],
];

export const MEDIA_QUALIFIERS: readonly Pair[] = [
	['Levant', 'المشرق'], ['Orontes', 'العاصي'], ['Euphrates', 'الفرات'], ['Jasmine', 'الياسمين'], ['Qasioun', 'قاسيون'],
	['Barada', 'بردى'], ['Citadel', 'القلعة'], ['Horizon', 'الأفق'], ['Mosaic', 'الفسيفساء'], ['Olive', 'الزيتون'],
	['Crossroads', 'المفترق'], ['Caravan', 'القافلة'],
];
export const MEDIA_NOUNS: readonly Pair[] = [
	['Post', 'بوست'], ['Daily', 'اليومية'], ['News', 'نيوز'], ['Observer', 'المراقب'], ['Herald', 'البشير'],
	['Monitor', 'الرصد'], ['Times', 'تايمز'], ['Radio', 'راديو'], ['TV', 'تي في'], ['Network', 'الشبكة'],
];
export const AGENCY_NOUN: Pair = ['Press Agency', 'وكالة الأنباء'];

export const MONITOR_PATTERNS: readonly Pair[] = [
	['Observatory for Civil Rights', 'المرصد للحقوق المدنية'], ['Network for Human Rights', 'الشبكة لحقوق الإنسان'],
	['Centre for Documentation', 'مركز التوثيق'], ['Civil Defence Volunteers', 'متطوعو الدفاع المدني'],
	['Missing Persons Registry', 'سجل المفقودين'], ['Humanitarian Response Group', 'مجموعة الاستجابة الإنسانية'],
];

export const GOVERNORATES: readonly (readonly [latin: string, arabic: string, lat: number, lon: number])[] = [
	['Damascus', 'دمشق', 33.513, 36.292], ['Rif Dimashq', 'ريف دمشق', 33.6, 36.5], ['Aleppo', 'حلب', 36.202, 37.134],
	['Idlib', 'إدلب', 35.931, 36.634], ['Hama', 'حماة', 35.131, 36.757], ['Homs', 'حمص', 34.732, 36.714],
	['Latakia', 'اللاذقية', 35.523, 35.792], ['Tartus', 'طرطوس', 34.889, 35.887], ['Deir ez-Zor', 'دير الزور', 35.336, 40.141],
	['Raqqa', 'الرقة', 35.95, 39.01], ['Hasakah', 'الحسكة', 36.5, 40.75], ['Daraa', 'درعا', 32.625, 36.106],
	['Suwayda', 'السويداء', 32.708, 36.566], ['Quneitra', 'القنيطرة', 33.126, 35.824],
];

export const PLACE_PREFIXES: readonly Pair[] = [
	['Kafr', 'كفر'], ['Tell', 'تل'], ['Deir', 'دير'], ['Ain', 'عين'], ['Jisr', 'جسر'], ['Khan', 'خان'],
	['Beit', 'بيت'], ['Maarat', 'معرة'], ['Qasr', 'قصر'], ['Ras', 'رأس'], ['Bab', 'باب'], ['Wadi', 'وادي'],
];
export const PLACE_ROOTS: readonly Pair[] = [
	['Zeita', 'زيتا'], ['al-Hamra', 'الحمرا'], ['al-Sheikh', 'الشيخ'], ['Abyad', 'أبيض'], ['al-Nour', 'النور'],
	['al-Qadim', 'القديم'], ['al-Jadid', 'الجديد'], ['al-Zahra', 'الزهرا'], ['al-Sultan', 'السلطان'], ['Rumman', 'الرمان'],
	['Tuffah', 'التفاح'], ['Shams', 'الشمس'], ['al-Ward', 'الورد'], ['al-Bahr', 'البحر'], ['al-Jabal', 'الجبل'],
	['al-Nahr', 'النهر'], ['Hajar', 'الحجر'], ['al-Sawda', 'السودا'], ['al-Khadra', 'الخضرا'], ['al-Kabir', 'الكبير'],
];
export const DIRECTIONS: readonly Pair[] = [['East', 'الشرقي'], ['West', 'الغربي'], ['North', 'الشمالي'], ['South', 'الجنوبي'], ['Upper', 'العلوي'], ['Lower', 'السفلي']];

export const ISSUES = [
	'electricity cuts', 'bread prices', 'detentions', 'unpaid salaries', 'the new curriculum', 'checkpoints', 'property seizures',
	'water shortages', 'fuel prices', 'the fate of the missing', 'local elections', 'housing demolitions',
] as const;

export const ROLE_TITLES = ['Minister', 'Deputy Minister', 'Spokesperson', 'Governor', 'Commander', 'Director', 'Envoy', 'Chair'] as const;

/** English quote clauses; `{p}` is a place name. No clause ends in punctuation, so an article can quote it inside its own sentence. */
export const QUOTE_OPENINGS = [
	'We will not allow chaos to return to {p}',
	'The people of {p} have suffered enough and deserve security',
	'Our forces have secured {p} and the roads around it',
	'There will be accountability for every violation committed in {p}',
	'Reconstruction in {p} cannot wait for the politicians to agree',
	'We call on all parties in {p} to respect the ceasefire',
	'No one in {p} will be punished for who they are',
	'The families of {p} want to know where their sons are',
	'What happened in {p} must be investigated by an independent commission',
	'The services in {p} will be restored within weeks',
	'We have opened a channel with the community leaders of {p}',
	'The road between {p} and the coast is open again',
	'Aid has reached {p} but it is not enough',
	'We reject any attempt to divide the country, starting with {p}',
	'The elections in {p} will be held on time',
	'Every weapon in {p} must be under the authority of the state',
	'We are ready to talk, but not while {p} is under fire',
	'The prisoners taken in {p} will be handed to the courts',
	'Our teams documented the damage in {p} house by house',
	'The curfew in {p} is a temporary measure',
] as const;
export const QUOTE_TAILS = [
	'and we will keep our word',
	'whatever the cost',
	'and that is our first duty',
	'as the law requires',
	'in the coming days',
	'before the winter',
	'and the world is watching',
	'and we ask for patience',
	'without exception',
	'as we promised in December',
	'and the state will protect them',
	'together with the local council',
	'and nobody is above the law',
	'step by step',
	'in cooperation with the United Nations',
	'because the Syrian people demand it',
] as const;

/** Arabic quote clauses for Arabic-language articles; `{p}` is a place name in Arabic. */
export const QUOTE_OPENINGS_AR = [
	'لن نسمح بعودة الفوضى إلى {p}',
	'أهالي {p} يستحقون الأمن والكرامة',
	'سنحاسب كل من ارتكب انتهاكات في {p}',
	'الحوار هو الطريق الوحيد لبناء {p} من جديد',
	'وصلت المساعدات إلى {p} لكنها غير كافية',
	'الطريق إلى {p} أصبح مفتوحاً',
	'نطالب بكشف مصير المفقودين من {p}',
	'ستعود الخدمات إلى {p} قريباً',
] as const;
export const QUOTE_TAILS_AR = ['خلال الأيام المقبلة', 'مهما كان الثمن', 'كما ينص القانون', 'دون استثناء', 'بالتعاون مع الأهالي', 'وهذا واجبنا الأول', 'قبل حلول الشتاء', 'خطوة بخطوة'] as const;

export const UNNAMED_SPEAKERS = ['a security source', 'a local official', 'a resident', 'a military source', 'a medical source', 'a member of the local council'] as const;

export const FILLER_SENTENCES = [
	'Residents described a tense night, with gunfire heard until the early hours.',
	'Shops in the main market stayed closed for most of the day.',
	'The account could not be independently verified.',
	'Local activists published videos that appeared to show the aftermath.',
	'Officials did not respond to requests for comment.',
	'The area has seen repeated incidents since the start of the year.',
	'Humanitarian groups warned that access remained limited.',
	'Roads into the town were reopened in the afternoon.',
	'Several families said they had left for relatives in nearby villages.',
	'The statement gave no further details.',
	'Figures given by different sources varied widely.',
	'Community leaders met the new administration the following day.',
] as const;

/** Short sentences for summaries: never the articles' words, so the copied-text check stays quiet. */
export const SUMMARY_SENTENCES = [
	'Gunfire was heard overnight, residents said.',
	'Most shops stayed shut.',
	'No one could confirm the account.',
	'Videos of the aftermath circulated online.',
	'Officials gave no comment.',
	'Such incidents have recurred this year.',
	'Aid groups said access was limited.',
	'Roads reopened later that day.',
	'Some families left for nearby villages.',
	'No further details were given.',
	'Sources gave very different figures.',
	'Local leaders met officials the next day.',
];

export const FILLER_SENTENCES_AR = [
	'وصف السكان ليلة متوترة سُمع فيها إطلاق النار حتى ساعات الفجر.',
	'بقيت المحال في السوق الرئيسي مغلقة معظم النهار.',
	'لم يتسن التحقق من هذه الرواية بشكل مستقل.',
	'نشر ناشطون محليون مقاطع مصورة قالوا إنها تظهر آثار الحادثة.',
	'لم يرد المسؤولون على طلبات التعليق.',
	'أعيد فتح الطرق المؤدية إلى البلدة بعد الظهر.',
] as const;
