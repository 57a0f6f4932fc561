/** Casualty claims: the figure, whom it counts, the table and the charts. */
export const claims = {
	/** The word after a figure; its form follows the figure (Arabic: ٣ قتلى, ١١ قتيلًا, ١٠٠ قتيل). */
	kinds: {
		killed: { one: 'killed', other: 'killed' }, injured: { one: 'injured', other: 'injured' }, 'killed-or-injured': { one: 'killed or injured', other: 'killed or injured' }, detained: { one: 'detained', other: 'detained' }, displaced: { one: 'displaced', other: 'displaced' }, missing: { one: 'missing', other: 'missing' },
	},
	/** The people a chart counts, for its title. */
	chartKinds: { killed: 'killed', injured: 'injured', 'killed-or-injured': 'killed or injured', detained: 'detained', displaced: 'displaced', missing: 'missing' },
	groups: { civilians: 'civilians', 'security-forces': 'security forces', combatants: 'combatants', total: 'in total' },
	atLeast: 'at least {n}',
	upTo: 'up to {n}',
	/** "311 killed" */
	figure: '{figure} {kind}',
	unverified: '{claim} (unverified)',
	/** "311 civilians killed" */
	ofGroup: '{figure} {group} {kind}',
	inTotal: '{figure} {kind} in total',
	table: 'Casualty claims',
	event: 'Event',
	figureHeading: 'Figure',
	ofWhom: 'Of whom',
	claimedBy: 'Claimed by',
	asOf: 'As of',
	source: 'Source',
	chartTitle: 'People {kind}, as each claimant counted them, by the date of the count',
	series: '{claimant} ({group})',
	chartNote: 'A range is drawn as a bar; figures are not combined. The table below gives every claim with its source.',
};
