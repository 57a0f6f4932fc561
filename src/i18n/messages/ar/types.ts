import type { CatalogueOf } from '../../types.ts';
import type { types as en } from '../en/types.ts';

export const types: CatalogueOf<typeof en> = {
	'battle': { label: 'معركة', meaning: 'اشتباك مسلح بين جماعات منظمة.' },
	'explosion-remote-violence': { label: 'انفجار أو عنف عن بُعد', meaning: 'قصف، غارة جوية أو بطائرة مسيّرة، تفجير.' },
	'violence-against-civilians': { label: 'عنف ضد المدنيين', meaning: 'قتل أو خطف أو اعتداء على أناس عزّل.' },
	'protest': { label: 'احتجاج', meaning: 'مظاهرة أو تجمع سلمي.' },
	'riot': { label: 'شغب', meaning: 'مظاهرة عنيفة أو عنف جماعي.' },
	'strategic-development': { label: 'تطور استراتيجي', meaning: 'انتشار قوات، سيطرة، اتفاقات، حظر تجول وغيرها من الخطوات غير العنيفة التي ترسم مسار النزاع.' },
	'security-operation': { label: 'عملية أمنية', meaning: 'حملة تمشيط أو مداهمة أو عملية تنفذها قوات الدولة.' },
	'political-transition': { label: 'انتقال سياسي', meaning: 'تغيير حكومة أو نظام، تعيينات، حلّ هيئات.' },
	'constitutional': { label: 'دستوري', meaning: 'دساتير وإعلانات دستورية وانتخابات وأطر قانونية.' },
	'diplomatic': { label: 'دبلوماسي', meaning: 'اعتراف، عضوية، زيارات، عقوبات، مواقف دولية.' },
	'statement': { label: 'تصريح', meaning: 'خطاب أو إعلان أو بيان هو بذاته الخبر.' },
	'humanitarian': { label: 'إنساني', meaning: 'نزوح، مساعدات، وصول إنساني.' },
	'justice': { label: 'العدالة والمساءلة', meaning: 'تحقيقات، محاكمات، لجان.' },
};
