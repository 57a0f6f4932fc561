import type { CatalogueOf } from '../../types.ts';
import type { site as en } from '../en/site.ts';

export const site: CatalogueOf<typeof en> = {
	siteName: 'أرشيف المرحلة الانتقالية في سوريا',
	skipToContent: 'انتقل إلى المحتوى',
	sections: 'الأقسام',
	timeline: 'الخط الزمني',
	map: 'الخريطة',
	quickSearch: 'بحث سريع',
	searchField: 'ابحث في الأرشيف',
	searchPlaceholder: 'اسم بأي كتابة…',
	searchButton: 'بحث',
	footer: 'أرشيف مفتوح للمرحلة الانتقالية في سوريا منذ {fall}. لكل مدخل مصدر، ولكل ادعاء قائل.',
	aboutLink: 'عن الأرشيف وبياناته',
	printedFrom: 'طُبع من',
	built: 'بُني في {day}',
	listComma: '، ',
	notFound: 'الصفحة غير موجودة',
	notFoundText: 'لا توجد صفحة بهذا العنوان. ربما تغيّر اسمها حين تغيّر معرِّف مدخل: ابحث عن اسمه، أو ابدأ من {home} أو من {timeline}.',
	notFoundTry: 'جرّب {search}، أو قوائم {event} و{actor} و{place}.',
	notFoundLinks: { home: 'الصفحة الرئيسية', timeline: 'الخط الزمني', search: 'البحث', event: 'الأحداث', actor: 'الفاعلين', place: 'الأماكن' },
	language: 'اللغة',
	inOriginal: 'بـ{language}',
	events: { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '{n} أحداث', many: '{n} حدثًا', other: '{n} حدث' },
};
