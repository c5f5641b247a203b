/** A server-render child for a React library: the timed render is renderToStaticMarkup of its element. */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { BenchCase } from '../cases';
import { runChild } from './child';

export function runReactChild(library: string, element: (benchCase: BenchCase) => ReactElement) {
  runChild(library, (benchCase) => {
    const tree = element(benchCase);
    return () => renderToStaticMarkup(tree);
  });
}
