// The library packages never evaluate strings as code or inject raw HTML. Tested in
// tests/security/lintRules.test.ts (each rule must fire on a bad snippet).

/** The security rules' config block for the packages' sources. */
export const securityConfig = {
  files: ['packages/*/src/**/*.{ts,tsx}'],
  rules: {
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error', // new Function(…), Function(…), Function.call/apply/bind
    'no-script-url': 'error',
    'no-restricted-properties': [
      'error',
      { property: 'innerHTML', message: 'Build DOM nodes instead of injecting HTML.' },
      { property: 'outerHTML', message: 'Build DOM nodes instead of injecting HTML.' },
      { property: 'insertAdjacentHTML', message: 'Build DOM nodes instead of injecting HTML.' },
      { property: 'createContextualFragment', message: 'Do not parse strings as HTML.' },
      { property: 'srcdoc', message: 'Do not inject HTML documents.' },
      { object: 'document', property: 'write', message: 'Never write markup into the page.' },
      { object: 'document', property: 'writeln', message: 'Never write markup into the page.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'dangerouslySetInnerHTML is not allowed in the library packages.',
      },
      {
        selector: "Property[key.name='dangerouslySetInnerHTML']",
        message: 'dangerouslySetInnerHTML is not allowed in the library packages.',
      },
      {
        selector: "JSXAttribute[name.name='style']",
        message: 'Use SVG presentation attributes: strict CSP pages block style attributes.',
      },
      {
        selector:
          "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(style$|on)/i]",
        message: 'No style or on* attributes: strict CSP pages block them.',
      },
      {
        selector:
          "CallExpression[callee.property.name='setAttributeNS'][arguments.1.value=/^(style$|on)/i]",
        message: 'No style or on* attributes: strict CSP pages block them.',
      },
    ],
  },
};
