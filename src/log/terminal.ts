import { visible } from '../config/excerpt.js';

/**
 * What a terminal acts on beyond colour: control characters other than tab and line break
 * (a bare carriage return that lets later text overwrite earlier, a bell, DEL, the C1 set)
 * and escape sequences other than SGR (`ESC [ … m`, colour and weight). An OSC sequence a VM's
 * console prints (`ESC ] 0 ; title BEL`, `ESC ] 52 ; c ; …` writing the clipboard) or a
 * cursor movement would act on the terminal of whoever runs the CLI.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const ACTING = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` for a terminal: colour kept, every other control character written as its escape. */
export function forTerminal(text: string): string {
  return text.replace(ACTING, (found) => (found.length > 1 ? found : visible(found)));
}
