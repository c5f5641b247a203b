/**
 * The typed loader of the transcribed memos (kauniainen.json, espoo.json, lohja.json). A memo file holds
 * what is printed (names, roles, verbatim texts, theme coding) and nothing that follows from it: ids,
 * bullet numbers, sides and source references are built here, the same way for every memo. Every coded
 * value is checked (../check.ts), so a typo in a memo file fails at import time.
 */
import { oneOf } from '../check';
import { MUNICIPALITY_IDS } from '../municipalities';
import type { LocalizedText, SourceRef } from '../types';
import { THEME_IDS } from '../themes';
import type { ThemeId } from '../themes';
import { MEMO_SECTIONS } from './sections';
import type {
  ActionStatus,
  CodedSection,
  MemoMeeting,
  NegotiationAction,
  NegotiationMemo,
  NegotiationParticipant,
  NegotiationPoint,
  NegotiationSide,
  PointSide,
  SpeakerCapacity,
} from './types';

/** A speaker of section 2 or 3; `key` is the id without the memo prefix, `speaker` the 1-based position. */
export interface ParticipantRecord extends Pick<NegotiationParticipant, 'name'> {
  readonly key: string;
  /** The role in the three languages (which of them are unofficial is the loader's to add). */
  readonly role: Omit<LocalizedText, 'unofficial'>;
  readonly capacity: string;
  readonly section: number;
  readonly speaker: number;
  /** The sentence that introduces the speaker. */
  readonly printed: string;
}

/** A bullet of sections 2–4, in memo order (its number is its position in its section). */
export interface PointRecord extends Pick<NegotiationPoint, 'text'> {
  readonly section: number;
  /** Participant keys; empty in section 4. */
  readonly speakers: readonly string[];
  readonly themes: readonly string[];
}

/** An item of section 5; `at` is its place in the section for the locator: "bullet N" or "paragraph N". */
export interface ActionRecord extends Pick<NegotiationAction, 'text' | 'agreement'> {
  readonly at: string;
  readonly status: string;
  readonly proposedBy: { readonly side: string; readonly printed: string } | null;
}

/** The shape of a memo file: its date, time and place are the memo's as they are. */
export interface MemoRecord extends Pick<MemoMeeting, 'date' | 'time' | 'place'> {
  readonly municipalityId: string;
  readonly file: string;
  readonly schedule: { readonly locator: string; readonly printed: string } | null;
  readonly sections: string;
  readonly participants: readonly ParticipantRecord[];
  readonly points: readonly PointRecord[];
  readonly actions: readonly ActionRecord[];
}

const CAPACITIES: readonly SpeakerCapacity[] = ['elected-leadership', 'executive-leadership'];
const STATUSES: readonly ActionStatus[] = ['agreed', 'proposed', 'intended'];
const SIDES: readonly NegotiationSide[] = ['municipality', 'welfare-area'];
/** Who speaks in each coded section. */
const SECTION_SIDES: Readonly<Record<CodedSection, PointSide>> = {
  2: 'municipality',
  3: 'welfare-area',
  4: 'joint-discussion',
};

function participant(
  record: ParticipantRecord,
  prefix: string,
  source: (locator: string, printed?: string) => SourceRef,
): NegotiationParticipant {
  const section = oneOf<2 | 3>([2, 3], record.section, 'speaker section');
  const { fi, sv, en } = record.role;
  return {
    id: `${prefix}${record.key}`,
    name: record.name,
    role: { fi, sv, en, unofficial: ['sv', 'en'] },
    side: section === 2 ? 'municipality' : 'welfare-area',
    capacity: oneOf(CAPACITIES, record.capacity, 'capacity'),
    section,
    source: source(`section ${section}, speaker ${record.speaker}`, record.printed),
  };
}

function points(
  records: readonly PointRecord[],
  participants: readonly NegotiationParticipant[],
  prefix: string,
  source: (locator: string) => SourceRef,
): NegotiationPoint[] {
  const counts = new Map<CodedSection, number>();
  return records.map((record) => {
    const section = oneOf<CodedSection>([2, 3, 4], record.section, 'point section');
    const bullet = (counts.get(section) ?? 0) + 1;
    counts.set(section, bullet);
    const speakerIds = record.speakers.map((key) => {
      const speaker = participants.find((candidate) => candidate.id === `${prefix}${key}`);
      if (speaker?.section !== section) {
        throw new Error(`Not a speaker of section ${section}: ${JSON.stringify(key)}`);
      }
      return speaker.id;
    });
    return {
      id: `${prefix}s${section}-b${bullet}`,
      section,
      bullet,
      speakerIds,
      side: SECTION_SIDES[section],
      themeIds: record.themes.map((theme): ThemeId => oneOf(THEME_IDS, theme, 'theme')),
      text: record.text,
      source: source(`section ${section}, bullet ${bullet}`),
    };
  });
}

function action(
  record: ActionRecord,
  prefix: string,
  source: (locator: string) => SourceRef,
): NegotiationAction {
  // "bullet 1" → id suffix "s5-b1", "paragraph 1" → "s5-p1".
  const place = /^([bp])(?:ullet|aragraph) ([1-9]\d*)$/.exec(record.at);
  if (place === null) throw new Error(`Not a place in section 5: ${JSON.stringify(record.at)}`);
  const { proposedBy } = record;
  return {
    id: `${prefix}s5-${place[1]}${place[2]}`,
    text: record.text,
    status: oneOf(STATUSES, record.status, 'action status'),
    proposedBy: proposedBy && {
      side: oneOf(SIDES, proposedBy.side, 'side'),
      printed: proposedBy.printed,
    },
    agreement: record.agreement,
    source: source(`section 5, ${record.at}`),
  };
}

/** The memo of a memo file. */
export function loadMemo(record: MemoRecord): NegotiationMemo {
  const municipalityId = oneOf(MUNICIPALITY_IDS, record.municipalityId, 'municipality');
  const { file } = record;
  const source = (locator: string, printed?: string): SourceRef =>
    printed === undefined ? { file, locator } : { file, locator, printed };
  const prefix = `${municipalityId}-`;
  const participants = record.participants.map((p) => participant(p, prefix, source));
  const layout = oneOf(['standard', 'espoo'] as const, record.sections, 'section layout');
  return {
    id: `negotiation-2025-${municipalityId}`,
    municipalityId,
    date: record.date,
    time: record.time && { start: record.time.start, end: record.time.end },
    place: record.place,
    schedule: record.schedule && source(record.schedule.locator, record.schedule.printed),
    sections: MEMO_SECTIONS[layout],
    participants,
    points: points(record.points, participants, prefix, source),
    actions: record.actions.map((a) => action(a, prefix, source)),
    source: source('whole memo'),
  };
}
