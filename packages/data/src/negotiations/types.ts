/**
 * Types of the 2025 §14 negotiation memos (Laki hyvinvointialueesta 14 §): one memo per municipality,
 * its speakers, the points raised (coded to themes, see packages/data/README.md, "Theme coding") and the agreed actions.
 */
import type { LocalizedText, MunicipalityId, SourceRef } from '../types';
import type { ThemeId } from '../themes';

/** The two parties of a negotiation. */
export type NegotiationSide = 'municipality' | 'welfare-area';

/** Who a point comes from: a party's opening statements (sections 2 and 3) or the joint discussion (4). */
export type PointSide = NegotiationSide | 'joint-discussion';

/** The memo sections whose bullets are coded as points. */
export type CodedSection = 2 | 3 | 4;

/** The numbered sections of a memo (1 opening, 2–3 opening statements, 4 discussion, 5 actions, 6 closing). */
export type MemoSectionNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface MemoSection {
  readonly number: MemoSectionNumber;
  /** The heading without its number: `fi` as printed, sv/en translated by the project. */
  readonly title: LocalizedText;
  /** Whether the section's bullets are coded as points (sections 2–4). */
  readonly coded: boolean;
}

/**
 * In whose name a speaker spoke, as printed: "luottamushenkilöjohdon puolesta" (elected leadership) or
 * "viranhaltijajohdon puolesta" (executive leadership, i.e. officials).
 */
export type SpeakerCapacity = 'elected-leadership' | 'executive-leadership';

/** A named person who gave an opening statement. Ids are unique within the memos (memo-prefixed). */
export interface NegotiationParticipant {
  readonly id: string;
  readonly name: string;
  /**
   * `fi` exactly as printed before the name (so its case is the sentence's: "aluevaltuuston puheenjohtaja"
   * mid-sentence; capitalise for display); sv/en translated by the project.
   */
  readonly role: LocalizedText;
  readonly side: NegotiationSide;
  readonly capacity: SpeakerCapacity;
  /** The memo section of the statement. */
  readonly section: 2 | 3;
  /** `printed` is the whole sentence that introduces the speaker. */
  readonly source: SourceRef;
}

/** What every coded entry of a memo has: a point (sections 2–4) or an action (section 5). */
export interface MemoEntry {
  /** `${municipalityId}-s${section}-b${bullet}`, e.g. "kauniainen-s2-b2" (a section-5 paragraph: "-s5-p1"). */
  readonly id: string;
  /**
   * The entry's Finnish text, verbatim; only the extraction's line breaks are joined (with one space, or
   * none after a line-final hyphen, as in "TE-alueet").
   */
  readonly text: string;
  readonly source: SourceRef;
}

/** One bullet of sections 2–4: the unit of coding. */
export interface NegotiationPoint extends MemoEntry {
  readonly section: CodedSection;
  /** 1-based position among the section's bullets (counted across speakers). */
  readonly bullet: number;
  /** The speaker(s) whose opening statement the bullet is under; empty in the discussion (section 4). */
  readonly speakerIds: readonly string[];
  readonly side: PointSide;
  /** One or more themes, in the order of `themes`; coded by the project (README.md, "Theme coding"). */
  readonly themeIds: readonly ThemeId[];
}

/**
 * What became of an item of section 5: "Sovittiin…" (agreed), a party's proposal or wish without an
 * agreement (proposed), or a plan stated without a proposer or an agreement (intended, "on tarkoitus").
 */
export type ActionStatus = 'agreed' | 'proposed' | 'intended';

/** An item of section 5 ("Muut asiat" / "Kokouksessa sovitut asiat"). */
export interface NegotiationAction extends MemoEntry {
  readonly status: ActionStatus;
  /** The proposer as printed (e.g. "Kauniaisten kaupunki"); null when the memo names none. */
  readonly proposedBy: { readonly side: NegotiationSide; readonly printed: string } | null;
  /** The verbatim "Sovittiin, …" sentence where the item was agreed, else null. */
  readonly agreement: string | null;
}

/** When and where a negotiation met, as its memo states it (a memo file gives the first three as they are). */
export interface MemoMeeting {
  /** ISO date; null where the memo does not state it. */
  readonly date: string | null;
  /** Start and end as "HH:MM"; null where not stated. */
  readonly time: { readonly start: string; readonly end: string } | null;
  /** The place as printed (e.g. "Teams-yhteys"); null where not stated. */
  readonly place: string | null;
  /** The printed "Aika ja paikka" line the date, time and place come from; null where there is none. */
  readonly schedule: SourceRef | null;
}

export interface NegotiationMemo extends MemoMeeting {
  /** e.g. "negotiation-2025-espoo". */
  readonly id: string;
  readonly municipalityId: MunicipalityId;
  readonly sections: readonly MemoSection[];
  readonly participants: readonly NegotiationParticipant[];
  /** Every bullet of sections 2–4, in memo order. */
  readonly points: readonly NegotiationPoint[];
  /** The items of section 5, in memo order. */
  readonly actions: readonly NegotiationAction[];
  readonly source: SourceRef;
}
