// The 2025 §14 negotiation memos: data, lookup and the municipality × theme matrix (explicit exports).
export { negotiations2025, negotiationPointById } from './memos';
export type { LocatedNegotiationPoint } from './memos';
export { MEMO_SECTIONS } from './sections';
export { themeCounts } from './matrix';
export type { ThemeCountMatrix } from './matrix';
export type {
  NegotiationSide,
  PointSide,
  CodedSection,
  MemoSectionNumber,
  MemoSection,
  SpeakerCapacity,
  NegotiationParticipant,
  NegotiationPoint,
  ActionStatus,
  NegotiationAction,
  NegotiationMemo,
} from './types';
