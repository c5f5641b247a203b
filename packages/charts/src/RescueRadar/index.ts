// RescueRadar's public face: the radar and its bars twin (data required), data types, adapter, layout.
export { RescueRadar } from './RescueRadar';
export type { RescueRadarProps } from './RescueRadar';
export type { RescueRadarItemInfo } from './item';
export { RescueBars } from './RescueBars';
export type { RescueBarsProps } from './RescueBars';
export type { RescueRadarWithTwinProps } from './RescueRadarWithTwin';
// The data's types, and the layout's: what computeRescueRadarLayout takes and gives (types-only modules).
export type * from './types';
export type * from './layoutTypes';
export { rescueRadarFromSurvey } from './fromSurvey';
export { validateRescueRadarData } from './validate';
export { computeRescueRadarLayout } from './compute';
export { radarKeyFinding } from './describe';
export type { RadarSeriesFinding } from '../locale/rescueRadar';
