/** One rule per check code, with the help text that SARIF viewers (and code scanning) show. */
import type { Code, Severity } from '../engine/index';

export interface Rule { summary: string; help: string; severity: Severity }

export const RULES: Record<Code, Rule> = {
  'yaml-syntax': { severity: 'error', summary: 'A claim block, front matter or register is not valid YAML.', help: 'Fix the YAML syntax at the reported position: check indentation, quotes around values containing ":" or "#", and closing brackets.' },
  schema: { severity: 'error', summary: 'A field is unknown, of the wrong type, or a date is not a date.', help: 'Use only the documented keys (claim blocks: ref, date, place, speaker, quote, ignore) and write dates as 2013, 2013-08, 2013-08-09 or FROM/TO.' },
  'unknown-ref': { severity: 'error', summary: 'A ref, speaker, place or role names no register entry.', help: 'Correct the id (the message suggests the nearest one; `claimcheck --fix` applies it) or add the entry to the claims register.' },
  'date-mismatch': { severity: 'error', summary: 'A date in the passage or claim block contradicts the claim\'s date.', help: 'Correct the date in the article to agree with the register entry, or correct the register if the article is right. Dates agree when the periods they cover overlap (2013 agrees with 9 August 2013).' },
  'relative-date-mismatch': { severity: 'error', summary: 'A relative date resolved against `published` contradicts the claim\'s date.', help: 'Check the relative expression ("last Sunday", "يوم الأحد الماضي") against the front matter `published` date and the claim\'s date; write an absolute date if in doubt.' },
  'elapsed-mismatch': { severity: 'warning', summary: 'An elapsed span ("more than 20 years ago") disagrees with the claim\'s date.', help: 'Recount the span from the claim\'s date to the article\'s `published` date and correct the wording.' },
  'attribution-mismatch': { severity: 'error', summary: 'A quote or statement is attributed to someone other than the claim\'s speaker.', help: 'Attribute the words to the speaker recorded in the register (the message names them), or link the passage to the right claim.' },
  'quote-mismatch': { severity: 'warning', summary: 'Quoted words differ materially from the register\'s quote.', help: 'Quote the words as recorded in the register, or mark the passage as a paraphrase by removing the quotation marks.' },
  'place-mismatch': { severity: 'error', summary: 'The passage or claim block places the claim somewhere else.', help: 'Correct the place to the one recorded for the claim (the message names it).' },
  'role-anachronism': { severity: 'warning', summary: 'A person is given an office they did not hold at that time.', help: 'Check who held the office on the date of the passage (the message names the holder) and correct the name or the title.' },
  'name-variant': { severity: 'warning', summary: 'An entity\'s name is spelled in a way the register does not list.', help: 'Use one of the spellings listed in the register (`claimcheck --fix` applies the suggestion), or add the variant to the entity\'s names.' },
  'claim-status': { severity: 'error', summary: 'The passage states a claim whose status is not `verified` (false or retracted: error; disputed: warning; unverified: info).', help: 'Do not state a false or retracted claim as fact; attribute or qualify a disputed one; verify an unverified one before publication.' },
  'stale-review': { severity: 'info', summary: 'The claim\'s last review is older than the configured policy.', help: 'Ask the desk to review the claim again and update `reviewed: { by, on }` in the register.' },
  unregistered: { severity: 'info', summary: 'A claim block without `ref`: a claim that is not in the register yet.', help: 'Add the claim to the register and reference it with `ref:`.' },
  'unlinked-claim': { severity: 'hint', summary: 'A sentence with a date or an attribution that no claim block covers.', help: 'Link the sentence to a register claim with a claim block, or silence the check for this passage.' },
  'duplicate-id': { severity: 'error', summary: 'A register id is defined twice (also across include: files).', help: 'Rename or merge one of the two entries.' },
  'dangling-ref': { severity: 'error', summary: 'A register entry refers to an entity or role that does not exist.', help: 'Correct the id or add the missing entity or role to the register.' },
  'role-overlap': { severity: 'warning', summary: 'One office is held by two people at the same time.', help: 'Correct the `from`/`to` dates of the two terms.' },
  'date-order': { severity: 'error', summary: 'A span or a term ends before it begins.', help: 'Swap or correct the two dates.' },
  'no-register': { severity: 'warning', summary: 'An article has claim blocks but no register was found.', help: 'Put claims.yaml in the article\'s folder or a parent, set `register:` in the front matter, pass --register, or set `register` in .claimcheck.yaml.' },
};

export function ruleOf(code: string): Rule {
  return (RULES as Record<string, Rule>)[code] ?? { severity: 'warning', summary: code, help: `See the claimcheck documentation for "${code}".` };
}
