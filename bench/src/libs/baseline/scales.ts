/** d3-scale helpers shared by the baseline charts: the 1–5 colour ramp and value axis. */
import { scaleLinear } from 'd3-scale';

/** Light to dark blue over the 1–5 rating scale (d3-scale interpolates the colours). */
export function ratingColor() {
  return scaleLinear<string>().domain([1, 5]).range(['#deebf7', '#08519c']);
}
