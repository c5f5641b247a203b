// RescueRadar's public face: the radar and its bars twin (data required), data types, adapter, layout.
export { RescueRadar } from './RescueRadar';
export type { RescueRadarProps } from './RescueRadar';
export type { RescueRadarItemInfo } from './item';
export { RescueBars } from './RescueBars';
export type { RescueBarsProps } from './RescueBars';
export type { RescueRadarWithTwinProps } from './RescueRadarWithTwin';
export type { RadarAxis, RadarSeries, RescueRadarData, RescueRadarTwin } from './types';
export type {
  MultiplesReason,
  RadarArrangement,
  RadarArrangementOption,
  RadarAxisKeyEntry,
  RadarTextBlock,
} from './layoutTypes';
export { rescueRadarFromSurvey } from './fromSurvey';
export { validateRescueRadarData } from './validate';
export { computeRescueRadarLayout } from './compute';
export type {
  RescueRadarLayout,
  RescueRadarLayoutInput,
  RescueRadarOptions,
  RadarAxisLayout,
  RadarPanelLayout,
  RadarPointLayout,
  RadarSeriesLayout,
} from './compute';
export { radarKeyFinding } from './describe';
export type { RadarSeriesFinding } from '../locale/rescueRadar';
