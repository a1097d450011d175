import { formatDate, isoDateInVietnam } from '../../../common/calendar/iso-date.js';
import { translate } from '../../../common/i18n/translate.js';
import type { BodyBlock, OfficialDocument } from '../../documents/official-docx/official-document.js';
import { renderOfficialDocx } from '../../documents/official-docx/render-official-docx.js';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/system.js';
import type { Digest } from './digests.js';

/** The issuing agency of digests: the coordinator's agency (the first active coordinator's). */
export async function digestIssuer(db: Db): Promise<string> {
  const [row] = await db
    .select({ name: agencies.name })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.role, 'coordinator'))
    .orderBy(users.id)
    .limit(1);
  return row?.name ?? 'Sở Văn hóa, Thể thao và Du lịch';
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI'];

/** The digest as an official document (Nghị định 30/2020, Mẫu 1.4): topics as parts, one paragraph per story. */
export function digestDocument(digest: Digest, province: string, issuer: string): OfficialDocument {
  const body: BodyBlock[] = [{ type: 'paragraph', content: digest.summary }];
  digest.groups.forEach((group, i) => {
    body.push({ type: 'heading', level: 1, text: `${ROMAN[i] ?? i + 1}. ${group.label.toUpperCase()}` });
    group.items.forEach((s, j) => {
      const tone = translate('vi', `monitor.tone.${s.tone ?? 'neutral'}`).toLowerCase();
      body.push({ type: 'paragraph', content: [{ text: `${j + 1}. ${s.title}`, bold: true }] });
      body.push({
        type: 'paragraph',
        content: [{ text: `${s.outlet}, ${formatDate(s.day)} (${tone}). `, italic: true }, { text: s.gist }],
      });
      const more = [
        s.outlets.length ? translate('vi', 'monitor.digest.alsoIn', { outlets: s.outlets.join(', ') }) : '',
        s.url ?? '',
      ]
        .filter(Boolean)
        .join(' · ');
      if (more) body.push({ type: 'paragraph', content: more, indent: true });
    });
  });
  return {
    form: 'typed',
    issuer: { parent: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`, nameLines: [issuer.toUpperCase()] },
    number: null,
    symbol: 'ĐTBC',
    place: province,
    date: digest.issuedAt ? isoDateInVietnam(new Date(digest.issuedAt)) : null,
    year: Number(digest.periodEnd.slice(0, 4)),
    typeName: 'ĐIỂM TIN BÁO CHÍ',
    subject: `Về tỉnh ${province}: ${digest.subtitle.charAt(0).toLowerCase()}${digest.subtitle.slice(1)}`,
    body,
    signature: { authority: ['TL. GIÁM ĐỐC'], title: 'TRƯỞNG PHÒNG', name: null },
    recipients: ['Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh'],
    archive: 'VT',
  };
}

/** The digest as DOCX bytes. */
export async function renderDigestDocx(digest: Digest, province: string, issuer: string): Promise<Buffer> {
  return renderOfficialDocx(digestDocument(digest, province, issuer));
}
