import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { CSV_TABLES, tableCsv } from '../../views/exports.ts';

export const getStaticPaths = () => CSV_TABLES.map((t) => ({ params: { table: t.file.replace(/\.csv$/, '') }, props: { table: t } }));

export const GET: APIRoute<{ table: (typeof CSV_TABLES)[number] }> = async ({ props }) =>
	new Response(tableCsv(props.table, (await getArchive()).graph), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
