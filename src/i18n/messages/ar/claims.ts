import type { CatalogueOf } from '../../types.ts';
import type { claims as en } from '../en/claims.ts';

export const claims: CatalogueOf<typeof en> = {
	kinds: {
		killed: { zero: 'قتيل', one: 'قتيل', two: 'قتيلان', few: 'قتلى', many: 'قتيلًا', other: 'قتيل' },
		injured: { zero: 'جريح', one: 'جريح', two: 'جريحان', few: 'جرحى', many: 'جريحًا', other: 'جريح' },
		'killed-or-injured': { zero: 'بين قتيل وجريح', one: 'بين قتيل وجريح', two: 'بين قتيل وجريح', few: 'بين قتيل وجريح', many: 'بين قتيل وجريح', other: 'بين قتيل وجريح' },
		detained: { zero: 'معتقل', one: 'معتقل', two: 'معتقلان', few: 'معتقلين', many: 'معتقلًا', other: 'معتقل' },
		displaced: { zero: 'نازح', one: 'نازح', two: 'نازحان', few: 'نازحين', many: 'نازحًا', other: 'نازح' },
		missing: { zero: 'مفقود', one: 'مفقود', two: 'مفقودان', few: 'مفقودين', many: 'مفقودًا', other: 'مفقود' },
	},
	chartKinds: { killed: 'القتلى', injured: 'الجرحى', 'killed-or-injured': 'القتلى والجرحى', detained: 'المعتقلين', displaced: 'النازحين', missing: 'المفقودين' },
	groups: { civilians: 'من المدنيين', 'security-forces': 'من قوات الأمن', combatants: 'من المقاتلين', total: 'إجمالًا' },
	atLeast: 'ما لا يقل عن {n}',
	upTo: 'حتى {n}',
	figure: '{figure} {kind}',
	unverified: '{claim} (غير مُتحقَّق منه)',
	ofGroup: '{figure} {kind} {group}',
	inTotal: '{figure} {kind} إجمالًا',
	table: 'أعداد الضحايا المعلنة',
	event: 'الحدث',
	figureHeading: 'العدد',
	ofWhom: 'من هم',
	claimedBy: 'أعلنه',
	asOf: 'حتى تاريخ',
	source: 'المصدر',
	chartTitle: 'أعداد {kind} كما أحصاها كل طرف، بحسب تاريخ الإحصاء',
	series: '{claimant} ({group})',
	chartNote: 'يُرسم النطاق شريطًا؛ ولا تُجمع الأرقام. يذكر الجدول أدناه كل ادعاء مع مصدره.',
};
