import type { CatalogueOf } from '../../types.ts';
import type { kinds as en } from '../en/kinds.ts';

export const kinds: CatalogueOf<typeof en> = {
	event: { one: 'حدث', menu: 'الأحداث', inLine: 'الأحداث', count: { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '{n} أحداث', many: '{n} حدثًا', other: '{n} حدث' } },
	actor: { one: 'فاعل', menu: 'الفاعلون', inLine: 'الفاعلين', count: { zero: 'لا فاعلين', one: 'فاعل واحد', two: 'فاعلان', few: '{n} فاعلين', many: '{n} فاعلًا', other: '{n} فاعل' } },
	place: { one: 'مكان', menu: 'الأماكن', inLine: 'الأماكن', count: { zero: 'لا أماكن', one: 'مكان واحد', two: 'مكانان', few: '{n} أماكن', many: '{n} مكانًا', other: '{n} مكان' } },
	quote: { one: 'اقتباس', menu: 'الاقتباسات', inLine: 'الاقتباسات', count: { zero: 'لا اقتباسات', one: 'اقتباس واحد', two: 'اقتباسان', few: '{n} اقتباسات', many: '{n} اقتباسًا', other: '{n} اقتباس' } },
	article: { one: 'مصدر', menu: 'المصادر', inLine: 'المصادر', count: { zero: 'لا مصادر', one: 'مصدر واحد', two: 'مصدران', few: '{n} مصادر', many: '{n} مصدرًا', other: '{n} مصدر' } },
	statement: { one: 'قول', menu: 'الأقوال', inLine: 'الأقوال', count: { zero: 'لا أقوال', one: 'قول واحد', two: 'قولان', few: '{n} أقوال', many: '{n} قولًا', other: '{n} قول' } },
};
