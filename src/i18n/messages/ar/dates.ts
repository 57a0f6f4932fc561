import type { CatalogueOf } from '../../types.ts';
import type { dates as en } from '../en/dates.ts';

export const dates: CatalogueOf<typeof en> = {
	approximate: 'نحو {date}',
	uncertain: '{date} (غير مؤكد)',
	unknownMonth: '{year}، الشهر غير معروف',
};
