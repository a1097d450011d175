/**
 * The data of an administrative document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * Mẫu 1.4 (a document with a type name: KẾ HOẠCH, BÁO CÁO …) or Mẫu 1.5 (công văn, no type name,
 * "V/v …" under the number). The renderer owns every size and style; this type carries only content.
 */

import { z } from 'zod';
import { IsoDate } from '../../../common/contracts/plan-json.js';

/** A run of text with optional emphasis inside a paragraph. */
export const InlineRun = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type InlineRun = z.infer<typeof InlineRun>;

/** Paragraph content: plain text, or runs when part of it is emphasised (e.g. a bold label). */
export const InlineContent = z.union([z.string(), z.array(InlineRun)]);
export type InlineContent = z.infer<typeof InlineContent>;

/** One column of a body table; widths are relative weights, scaled to the text width. */
export const TableColumn = z.object({
  header: z.string(),
  weight: z.number().positive().default(1),
  align: z.enum(['left', 'center', 'right']).default('left'),
});
export type TableColumn = z.input<typeof TableColumn>;

/** A block of the document body, in reading order. */
export const BodyBlock = z.discriminatedUnion('type', [
  /** Numbered heading; the number is part of the text ("I. MỤC ĐÍCH, YÊU CẦU", "1.1. …"). */
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: z.string(),
  }),
  /** Justified paragraph with first-line indent; `indent: false` for a flush paragraph. */
  z.object({ type: z.literal('paragraph'), content: InlineContent, indent: z.boolean().optional() }),
  /** Lines starting with a marker ("- …", "+ …"), each its own paragraph. */
  z.object({ type: z.literal('bullets'), items: z.array(InlineContent), marker: z.enum(['-', '+']).default('-') }),
  /** A bordered table with a repeated header row; `fontSize` in pt (tables may use 12–13). */
  z.object({
    type: z.literal('table'),
    title: z.string().optional(),
    columns: z.array(TableColumn).min(1),
    rows: z.array(z.array(z.string())),
    fontSize: z.number().min(8).max(14).default(12),
  }),
  z.object({ type: z.literal('page-break') }),
]);
export type BodyBlock = z.input<typeof BodyBlock>;

/** The signature block (thể thức ký): authority lines, title, signer name. */
export const Signature = z.object({
  /** Upper-case authority lines, outermost first: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  authority: z.array(z.string()),
  /** Upper-case title of the signer: "PHÓ CHỦ TỊCH". */
  title: z.string(),
  /** Full name; null leaves the line empty (draft). */
  name: z.string().nullable(),
});
export type Signature = z.infer<typeof Signature>;

/** The full document. */
export const OfficialDocument = z
  .object({
    /** 'typed' = Mẫu 1.4 (KẾ HOẠCH, BÁO CÁO …); 'cong-van' = Mẫu 1.5. */
    form: z.enum(['typed', 'cong-van']),
    issuer: z.object({
      /** Parent agency (cơ quan chủ quản), printed upright; null when there is none (UBND tỉnh). */
      parent: z.string().nullable(),
      /** Issuing agency, one entry per printed line: ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"]. */
      nameLines: z.array(z.string()).min(1),
    }),
    /**
     * Registered number; null prints a blank for the văn thư to fill in. Numbers < 10 get a 0;
     * a string is printed as is (party-style "391-KH" before "/TU").
     */
    number: z.union([z.number().int().positive(), z.string().min(1)]).nullable(),
    /** Symbol after the slash: "KH-UBND", "BC-UBND", "UBND-VX". */
    symbol: z.string().min(1),
    /** Place name in the date line: "Tuyên Quang". */
    place: z.string().min(1),
    /** Issue date; null prints "ngày      tháng      năm <year>" to be filled in by hand. */
    date: IsoDate.nullable(),
    /** Year printed when `date` is null. */
    year: z.number().int(),
    /** Type name for Mẫu 1.4: "KẾ HOẠCH", "BÁO CÁO"; ignored for công văn. */
    typeName: z.string().nullable(),
    /** Trích yếu: "Công tác thông tin đối ngoại năm 2025"; for công văn the text after "V/v ". */
    subject: z.string().min(1),
    /** Công văn only: addressees after "Kính gửi:". */
    addressees: z.array(z.string()).default([]),
    body: z.array(BodyBlock),
    signature: Signature,
    /** "Nơi nhận" lines without the leading "- " and trailing ";": ["Bộ Thông tin và Truyền thông", …]. */
    recipients: z.array(z.string()),
    /** The archive line after "Lưu:", e.g. "VT, THCBKS (T)". */
    archive: z.string().default('VT'),
  })
  .refine((d) => d.form === 'cong-van' || (d.typeName ?? '').trim() !== '', {
    message: 'Văn bản có tên loại cần typeName',
    path: ['typeName'],
  });
/** Input shape (defaults optional) of an official document. */
export type OfficialDocument = z.input<typeof OfficialDocument>;
/** Validated shape, with defaults applied. */
export type OfficialDocumentData = z.output<typeof OfficialDocument>;
