/**
 * Register loading and integrity, data-driven: each case is a set of YAML files (written to a
 * temporary folder as real files) with expected findings marked ⟦code:text⟧ in the file they
 * belong to. The first file is the root register.
 */
export interface RegisterCase { name: string; files: Record<string, string>; outside?: Record<string, string> }

const person = (id: string, extra = '') => `  ${id}:\n    type: person\n    names: { en: [${id}] }\n${extra}`;

export const REGISTER_CASES: RegisterCase[] = [
  { name: 'a clean register', files: { 'claims.yaml': `version: 1\nentities:\n${person('lavrov')}claims:\n  c1: { speaker: lavrov, date: 2013-08-09, status: verified }\n` } },
  { name: 'status: false is the status false, not a YAML boolean', files: { 'claims.yaml': `version: 1\nclaims:\n  c1: { date: 2016, status: false }\n` } },
  { name: 'duplicate claim id in one file', files: { 'claims.yaml': `version: 1\nclaims:\n  c1: { status: verified }\n  ⟦duplicate-id:c1⟧: { status: false }\n` } },
  { name: 'duplicate entity id across an include', files: {
    'claims.yaml': `version: 1\ninclude: [people.yaml]\nentities:\n${person('lavrov')}`,
    'people.yaml': `version: 1\nentities:\n  ⟦duplicate-id:lavrov⟧:\n    type: person\n    names: { en: [Sergey Lavrov] }\n`,
  } },
  { name: 'entities from an include resolve references', files: {
    'claims.yaml': `version: 1\ninclude: people.yaml\nclaims:\n  c1: { speaker: lavrov, status: verified }\n`,
    'people.yaml': `version: 1\nentities:\n${person('lavrov')}`,
  } },
  { name: 'dangling speaker, place and participant', files: { 'claims.yaml':
    `version: 1\nentities:\n${person('lavrov')}  vienna: { type: place, names: { en: [Vienna] } }\nclaims:\n  c1: { speaker: ⟦dangling-ref:lavrof⟧, place: ⟦dangling-ref:viena⟧, participants: [lavrov, ⟦dangling-ref:tillerson⟧], status: verified }\n` } },
  { name: 'dangling role', files: { 'claims.yaml':
    `version: 1\nentities:\n${person('tefft', '    roles: [{ role: ⟦dangling-ref:us-ambasador-russia⟧, from: 2014-11 }]\n')}roles:\n  us-ambassador-russia: { names: { en: [US ambassador to Russia] } }\n` } },
  { name: 'a role that ends before it begins', files: { 'claims.yaml':
    `version: 1\nentities:\n${person('tefft', '    roles:\n      - ⟦date-order:{ role: amb, from: 2017-09, to: 2014-11 }⟧\n')}roles:\n  amb: { names: { en: [ambassador] } }\n` } },
  { name: 'a claim span that ends before it begins', files: { 'claims.yaml': `version: 1\nclaims:\n  c1: { date: ⟦date-order:2017-09-02/2017-08-31⟧, status: verified }\n` } },
  { name: 'one office held by two people at once', files: { 'claims.yaml':
    `version: 1\nentities:\n${person('a', '    roles: [{ role: amb, from: 2014-11, to: 2017-09 }]\n')}${person('b', '    roles: [⟦role-overlap:{ role: amb, from: 2017-03 }⟧]\n')}roles:\n  amb: { names: { en: [ambassador] } }\n` } },
  { name: 'handover within one month at month precision is not an overlap', files: { 'claims.yaml':
    `version: 1\nentities:\n${person('a', '    roles: [{ role: amb, from: 2014-11, to: 2017-09 }]\n')}${person('b', '    roles: [{ role: amb, from: 2017-09-15 }]\n')}roles:\n  amb: { names: { en: [ambassador] } }\n` } },
  { name: 'schema: unknown keys, bad status, bad date, bad version, bad type', files: { 'claims.yaml':
    `version: ⟦schema:2⟧\n⟦schema:people⟧: {}\nentities:\n  x:\n    type: ⟦schema:robot⟧\n    names: { en: [X] }\nclaims:\n  c1:\n    status: ⟦schema:checked⟧\n    date: ⟦schema:2013-02-30⟧\n    ⟦schema:speakr⟧: x\n` } },
  { name: 'a comma inside a flow mapping value', files: { 'claims.yaml':
    `version: 1\nclaims:\n  c1:\n    status: verified\n    source: { name: US Department of State, ⟦schema:2+2 talks⟧ }\n` } },
  { name: 'YAML syntax error', files: { 'claims.yaml': `version: 1\nclaims:\n  c1: { status: verified\n  ⟦yaml-syntax:c2: { status: false }⟧\n` } },
  { name: 'include cycle', files: {
    'claims.yaml': `version: 1\ninclude: [a.yaml]\n`,
    'a.yaml': `version: 1\ninclude: [⟦schema:claims.yaml⟧]\n`,
  } },
  { name: 'include of a missing file', files: { 'claims.yaml': `version: 1\ninclude: [⟦dangling-ref:people.yaml⟧]\n` } },
  { name: 'include outside the workspace root', files: { 'claims.yaml': `version: 1\ninclude: [⟦schema:../secret.yaml⟧]\n` }, outside: { 'secret.yaml': 'version: 1\n' } },
];
