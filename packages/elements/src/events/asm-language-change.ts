/** The language the user picked and the element whose `lang` was set (none when the switcher has no target). */
export interface AsmLanguageChangeDetail {
  readonly language: string;
  readonly target?: Element;
}
/** Fired by `<asm-language-switcher>` when the user picks another UI language. */
export type AsmLanguageChangeEvent = CustomEvent<AsmLanguageChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-language-change': AsmLanguageChangeEvent;
  }
}
