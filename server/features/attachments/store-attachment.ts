import { createHash } from 'node:crypto';
import type { Tx } from '../../db/client.js';
import { attachments } from '../../db/schema/system.js';

/** A file to keep: plan sources, evidence, agencies' own plans. */
export type AttachmentInput = { filename: string; mimeType: string; bytes: Uint8Array };

/** Stores a file in the database (inside the caller's transaction), with its SHA-256; returns its id. */
export async function storeAttachment(tx: Tx, file: AttachmentInput): Promise<number> {
  const [row] = await tx
    .insert(attachments)
    .values({
      filename: file.filename.normalize('NFC'),
      mimeType: file.mimeType,
      size: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      data: file.bytes,
    })
    .returning({ id: attachments.id });
  return row!.id;
}
