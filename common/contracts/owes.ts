/** Kinds of dated reorganisation [sắp xếp] an agency goes through. */
export type SuccessionKind = 'rename' | 'merge' | 'split' | 'transfer' | 'dissolve';

/** One step of the explanation of why an agency holds a role ("the why"), shown to users. */
export type PathStep =
  | { kind: 'direct'; agencyId: number; name: string }
  | { kind: 'group'; groupId: number; name: string; referenceDate: string }
  | { kind: 'open-group'; groupId: number; name: string }
  | {
      kind: 'succession';
      eventId: number;
      eventKind: SuccessionKind;
      effectiveOn: string;
      fromAgencyId: number;
      fromName: string;
      toAgencyId: number | null;
      toName: string | null;
      functions: string[];
    };
