// The pointer's tooltip is drawn within the pointermove event (useActiveItem's flushSync), not in a
// scheduler task after it: browsers dispatch pointer moves at the start of a frame, so the tooltip is
// painted in that frame (bench: pointer → tooltip painted one frame sooner). Outside act(), as a browser
// runs it: React's act() would flush any update before the assertion and hide the difference.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { DEMO_ITEMS, renderDemoForPointer } from './support/DemoChart';

type ActGlobal = { IS_REACT_ACT_ENVIRONMENT?: boolean };
const actGlobal = globalThis as ActGlobal;
let actEnvironment: boolean | undefined;

beforeEach(() => {
  actEnvironment = actGlobal.IS_REACT_ACT_ENVIRONMENT;
});
afterEach(() => {
  actGlobal.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
});

describe('useActiveItem: pointer moves', () => {
  it('draw the hovered mark’s tooltip before the event’s dispatch returns', () => {
    const { group, at } = renderDemoForPointer();
    actGlobal.IS_REACT_ACT_ENVIRONMENT = false;
    group.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, ...at(2) }));
    expect(screen.queryByRole('tooltip')?.textContent).toContain(DEMO_ITEMS[2]);
    group.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, ...at(1) }));
    expect(screen.queryByRole('tooltip')?.textContent).toContain(DEMO_ITEMS[1]);
  });
});
